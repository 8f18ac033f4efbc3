# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bz documents (SYNTHETIC_BZ.md) — INVENTED 2026 "人工智能+" documents of 四川 / 贵州 places no
folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- guangyuan-ai-plus-action-plan-2026-synthetic.docx — a city's 行动方案 as a Word file whose roles stand in real Word
  FOOTNOTES (word/footnotes.xml, w:footnoteReference at the end of each task's heading): "牵头单位：市X；配合单位：市Y、市Z",
  some with a second line "责任领导：副市长…";
- enyang-ai-plus-implementation-2026-synthetic.html — a district's 实施方案 as its portal page, items OPENING on the lead in
  brackets "【区X牵头】1.…" / "〖区X〗1.…" / "【区X、区Y牵头】" and closing on "配合：区Y、区Z" on the same line;
- zhenfeng-ai-plus-implementation-2026-synthetic.pdf — a county's 实施方案 printed to PDF by LibreOffice, its body listing the
  tasks without annotations and an annexed 重点任务分工表 with the ROLE columns first (序号 | 牵头单位 | 配合单位 | 重点任务 |
  完成时限), the 牵头单位 cell merged down over the rows it leads.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bz/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_enyang as EY  # noqa: E402
import doc_guangyuan as GY  # noqa: E402
import doc_zhenfeng as ZF  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.opc.packuri import PackURI  # noqa: E402
from docx.opc.part import XmlPart  # noqa: E402
from docx.oxml import OxmlElement, parse_xml  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
SEPARATORS = (
    f'<w:footnotes xmlns:w="{W_NS}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    "<w:r><w:separator/></w:r></w:p></w:footnote>"
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
    "</w:footnotes>"
)


def _footnotes(doc):
    """[footnotes element, next id] of the document, its footnotes part made on first use."""
    if not hasattr(doc.part, "bz_footnotes"):
        element = parse_xml(SEPARATORS)
        part = XmlPart(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, element, doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)
        doc.part.bz_footnotes = [element, 1]
    return doc.part.bz_footnotes


def _superscript(run_element):
    rpr = run_element.get_or_add_rPr()
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)


def add_footnote(doc, paragraph, lines):
    """A real Word footnote: its text (one paragraph per line) in footnotes.xml, its reference
    (Word numbers it) at the end of `paragraph`."""
    holder = _footnotes(doc)
    element, number = holder
    holder[1] += 1
    note = OxmlElement("w:footnote")
    note.set(qn("w:id"), str(number))
    for k, line in enumerate(lines):
        p = OxmlElement("w:p")
        if k == 0:
            r = OxmlElement("w:r")
            _superscript(r)
            r.append(OxmlElement("w:footnoteRef"))
            p.append(r)
        r = OxmlElement("w:r")
        rpr = r.get_or_add_rPr()
        fonts = OxmlElement("w:rFonts")
        fonts.set(qn("w:eastAsia"), "仿宋_GB2312")
        rpr.append(fonts)
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), "21")
        rpr.append(size)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = (" " if k == 0 else "") + line
        r.append(t)
        p.append(r)
        note.append(p)
    element.append(note)
    run = paragraph.add_run()
    _superscript(run._element)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(number))
    run._element.append(ref)


def fnhead(doc, text):
    """A task's heading line (仿宋, bold), a footnote reference at its end when it has roles."""
    heading, lines = text
    p = office.para(doc, [(heading, True)])
    if lines:
        add_footnote(doc, p, lines)


def fnbody(doc, text):
    """A body paragraph with a footnote after the phrase `after`."""
    body, after, lines = text
    cut = body.index(after) + len(after)
    p = office.para(doc, body[:cut])
    add_footnote(doc, p, lines)
    office.run_font(p.add_run(body[cut:]), "仿宋_GB2312", 16)


def fnitem(doc, text):
    """A safeguard item: its bold name, a footnote after the name when it has roles, the rest."""
    name, lines, rest = text
    p = office.para(doc, [(name, True)])
    if lines:
        add_footnote(doc, p, lines)
    office.run_font(p.add_run(rest), "仿宋_GB2312", 16)


def plain(doc, text):
    office.para(doc, text, indent=False)


def duty_table(doc, rows):
    """The 重点任务分工表: 序号 | 牵头单位 | 配合单位 | 重点任务 | 完成时限, the 牵头单位 cell merged down over the
    consecutive rows it leads. rows: header, then (序号, 牵头单位, 配合单位, 重点任务, 完成时限)."""
    widths = [1.2, 3.0, 4.2, 4.9, 2.3]
    t = doc.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    t.autofit = False
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.width = Cm(widths[c])
            if r > 0 and c == 1 and text == rows[r - 1][1]:
                continue  # merged below
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if r == 0 or c in (0, 1, 4) else None
            p.paragraph_format.line_spacing = Pt(18)
            office.run_font(p.add_run(text), "黑体" if r == 0 else "仿宋_GB2312", 11, r == 0)
    start = 1
    for r in range(2, len(rows) + 1):
        if r == len(rows) or rows[r][1] != rows[start][1]:
            if r - 1 > start:
                t.cell(start, 1).merge(t.cell(r - 1, 1))
            start = r
    for c, col in enumerate(t.columns):
        col.width = Cm(widths[c])
    # the header row repeats on every page
    trpr = t.rows[0]._tr.get_or_add_trPr()
    head = OxmlElement("w:tblHeader")
    trpr.append(head)


RENDER = office.renderer(
    {
        "rule": office.rule,
        "plain": plain,
        "fnhead": fnhead,
        "fnbody": fnbody,
        "fnitem": fnitem,
        "duty": duty_table,
    },
    size=12,
)


if __name__ == "__main__":
    office.build(HERE, (GY, EY, ZF), RENDER)

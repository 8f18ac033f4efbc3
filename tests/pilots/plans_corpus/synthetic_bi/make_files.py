# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bi documents (SYNTHETIC_BI.md) — INVENTED 2026 "人工智能+" documents of 西藏 / 贵州 /
广西 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- naqu-ai-plus-action-2026-synthetic.pdf — a prefecture-level city's three-year 行动方案 built as .docx and printed to
  PDF by LibreOffice: goals in dated paragraphs, task chapters in prose, the tasks themselves in an annex
  重点任务分工表 on landscape pages (序号 | 重点任务 | 具体举措 | 牵头单位 | 配合单位 | 完成时限, vertically merged cells,
  the header row repeated on every page);
- pingtang-ai-plus-implementation-2026-synthetic.docx — a county's 实施方案 as a Word file whose headings 一、/（一）/1.
  are Word's automatic list numbering (numbering.xml: the numbers are in no paragraph's text), items closing on
  "（牵头单位：县X；配合单位：县Y、各乡镇人民政府）";
- pingguo-park-ai-aluminium-measures-2026-synthetic.html — an industrial park's 若干措施 as the portal page: articles
  第一条–第二十五条 in five chapters, subsidies and caps, a few real goal figures, "（责任单位：X、Y）" after most articles, and
  a 附则 (第二十六条–第三十条) whose first article names the bodies of the four articles that print none.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bi/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_naqu as NQ  # noqa: E402
import doc_pingguo as PG  # noqa: E402
import doc_pingtang as PT  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

# ---------------------------------------------------------------- Word's automatic list numbering

LEVELS = [  # (number format, level text, east-asian font of the number)
    ("chineseCounting", "%1、", "黑体"),
    ("chineseCounting", "（%2）", "楷体_GB2312"),
    ("decimal", "%3.", "仿宋_GB2312"),
]
NUM_ID = "21"


def _el(tag, **attrs):
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), v)
    return el


def numbering_definition(doc):
    """One multilevel list (一、 / （一） / 1.) in numbering.xml, used by every numbered paragraph."""
    numbering = doc.part.numbering_part.element
    abstract = _el("w:abstractNum", abstractNumId=NUM_ID)
    abstract.append(_el("w:multiLevelType", val="multilevel"))
    for i, (fmt, text, font) in enumerate(LEVELS):
        lvl = _el("w:lvl", ilvl=str(i))
        lvl.append(_el("w:start", val="1"))
        lvl.append(_el("w:numFmt", val=fmt))
        lvl.append(_el("w:suff", val="nothing"))
        lvl.append(_el("w:lvlText", val=text))
        lvl.append(_el("w:lvlJc", val="left"))
        ppr = _el("w:pPr")
        ppr.append(_el("w:ind", left="0", firstLine="640"))
        lvl.append(ppr)
        rpr = _el("w:rPr")
        rpr.append(_el("w:rFonts", ascii="Times New Roman", hAnsi="Times New Roman", eastAsia=font))
        rpr.append(_el("w:sz", val="32"))
        lvl.append(rpr)
        abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = _el("w:num", numId=NUM_ID)
    num.append(_el("w:abstractNumId", val=NUM_ID))
    numbering.append(num)


def numbered(doc, text):
    """text = (level, runs): a paragraph numbered by the list at `level` (0 一、, 1 （一）, 2 1.)."""
    level, runs = text
    font = {0: "黑体", 1: "楷体_GB2312"}.get(level, "仿宋_GB2312")
    p = office.para(doc, runs if isinstance(runs, list) else [(runs, False)], font)
    if not getattr(doc, "_bi_numbering", False):
        numbering_definition(doc)
        doc._bi_numbering = True
    ppr = p._p.get_or_add_pPr()
    numpr = _el("w:numPr")
    numpr.append(_el("w:ilvl", val=str(level)))
    numpr.append(_el("w:numId", val=NUM_ID))
    ppr.insert(0, numpr)
    return p


# ---------------------------------------------------------------- a landscape annex with a merged table


def landscape(doc, text):
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.top_margin, section.bottom_margin = Cm(2.6), Cm(2.4)
    section.left_margin, section.right_margin = Cm(2.4), Cm(2.4)


def portrait(doc, text):
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


def _row_property(row, tag):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(_el(tag))


def merged_table(doc, spec):
    """spec: {"rows": [[...]], "widths": [cm...], "merge": [(column, first_row, last_row)], "left": {columns}}:
    a bordered table whose first row is the header (repeated on every page), no row split by a page end,
    the cells of each merge range one cell holding the first row's text."""
    rows, widths = spec["rows"], spec["widths"]
    n = len(rows[0])
    t = doc.add_table(rows=len(rows), cols=n)
    t.style = "Table Grid"
    t.autofit = False
    hidden = {(r, c) for c, a, b in spec["merge"] for r in range(a + 1, b + 1)}
    for r, row in enumerate(rows):
        _row_property(t.rows[r], "w:cantSplit")
        if r == 0:
            _row_property(t.rows[r], "w:tblHeader")
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.width = Cm(widths[c])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if (r, c) in hidden:
                continue
            p = cell.paragraphs[0]
            left = r > 0 and c in spec.get("left", ())
            p.alignment = None if left else WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.line_spacing = Pt(18)
            office.run_font(p.add_run(text), "黑体" if r == 0 else "仿宋_GB2312", 12, r == 0)
    for c, a, b in spec["merge"]:
        t.cell(a, c).merge(t.cell(b, c))
    for c, col in enumerate(t.columns):
        col.width = Cm(widths[c])


RENDER = office.renderer(
    {
        "rule": office.rule,
        "num": numbered,
        "landscape": landscape,
        "portrait": portrait,
        "grid": merged_table,
        "annex": lambda doc, text: office.para(doc, text, "黑体", 16, None, False),
        "plain": lambda doc, text: office.para(doc, text, indent=False),
    },
    widths=lambda n: [1.2, 6.0, 1.6, 2.0, 2.0, 2.0][:n],
    size=11,
)


if __name__ == "__main__":
    office.build(HERE, (NQ, PT, PG), RENDER)

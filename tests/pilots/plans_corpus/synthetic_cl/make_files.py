# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cl documents (SYNTHETIC_CL.md) — INVENTED 2026 "人工智能+" documents of 华南 / 西南 coastal and
border places no folder held, each published BILINGUALLY (Chinese with an English translation, as places courting foreign
investment post them) — and their expected extractions (.yaml beside each, the CHINESE plan only), from doc_*.py:

- chengyu-ai-plus-action-plan-bilingual-2026-synthetic.docx — a city's 行动方案 as a Word file in 中英对照 form: each Chinese
  paragraph followed by its English translation paragraph (numbering "(I)", "1.", "(Lead: Municipal …; Support: …)");
- langgang-ai-measures-bilingual-2026-synthetic.pdf — a new area's 若干措施 built as .docx and printed to PDF by LibreOffice,
  set as a two-column TABLE (中文 left, English right; the header row repeated on every page, rows not split), one article a row;
- mangling-ai-plus-implementation-bilingual-2026-synthetic.html — a border district's 实施方案 as its portal page: the Chinese
  full text, then "English Version" with the whole translation (a language switch link at the top, English headings in Title Case).

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cl/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_chengyu as CY  # noqa: E402
import doc_langgang as LG  # noqa: E402
import doc_mangling as ML  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm  # noqa: E402

EN_FONT = "Times New Roman"
CENTRE = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT


def en(doc, text):
    """An English translation paragraph under its Chinese one: Times New Roman 14 pt, indented."""
    office.para(doc, text, EN_FONT, 14)


def en_item(doc, text):
    office.para(doc, [(text[0], True), (text[1], False)], EN_FONT, 14)


def bitable(doc, rows):
    """The 若干措施 as a two-column table: 中文 | English, its header row repeated on every page
    (w:tblHeader) and no row split across a page (w:cantSplit), as the new area's office set it."""
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    t.autofit = False
    widths = [Cm(7.6), Cm(8.0)]
    for r, row in enumerate(rows):
        trpr = t.rows[r]._tr.get_or_add_trPr()
        flag = OxmlElement("w:tblHeader" if r == 0 else "w:cantSplit")
        trpr.append(flag)
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.width = widths[c]
            p = cell.paragraphs[0]
            p.alignment = CENTRE if r == 0 else None
            p.paragraph_format.line_spacing = 1.15
            east = "黑体" if r == 0 else "仿宋_GB2312"
            office.run_font(p.add_run(text), east, 10.5, r == 0)
            if r and c == 1:
                rpr = p.runs[0]._element.get_or_add_rPr()
                rpr.find(qn("w:rFonts")).set(qn("w:ascii"), EN_FONT)
    for c, col in enumerate(t.columns):
        col.width = widths[c]


RENDER = office.renderer(
    {
        "rule": office.rule,
        "note": lambda doc, text: office.para(doc, text, "楷体_GB2312", 12, indent=False),
        "en_note": lambda doc, text: office.para(doc, text, EN_FONT, 11, indent=False),
        "en_head": lambda doc, text: office.para(
            doc, [(text, True)], EN_FONT, 16, CENTRE, False, (0xD0, 0, 0)
        ),
        "en_centre": lambda doc, text: office.para(doc, text, EN_FONT, 14, CENTRE, False),
        "en_title": lambda doc, text: office.para(doc, [(text, True)], EN_FONT, 16, CENTRE, False),
        "en_plain": lambda doc, text: office.para(doc, text, EN_FONT, 14, indent=False),
        "en_right": lambda doc, text: office.para(doc, text, EN_FONT, 14, RIGHT, False),
        "en_h1": lambda doc, text: office.para(doc, [(text, True)], EN_FONT, 14),
        "en_h2": lambda doc, text: office.para(doc, [(text, True)], EN_FONT, 14),
        "en": en,
        "en_item": en_item,
        "bitable": bitable,
        "small": lambda doc, text: office.para(doc, text, "仿宋_GB2312", 12, indent=False),
        "en_small": lambda doc, text: office.para(doc, text, EN_FONT, 11, indent=False),
    },
    size=12,
)


if __name__ == "__main__":
    office.build(HERE, (CY, LG, ML), RENDER)

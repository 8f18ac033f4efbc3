# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ci documents (SYNTHETIC_CI.md) — INVENTED 2026 "人工智能+" plans of 华北 places no folder held, as
they reach a reader through OCR (a paper copy scanned and its text recognised) — and their expected extractions (.yaml beside
each), from doc_*.py (the paper's text written once, its OCR misreadings marked in it: ocr_layout.py):

- fenyu-ai-plus-action-2026-synthetic.txt — a 山西 county's 行动方案 as the text "copied from the OCR of a scan": the paper's
  printed lines, page numbers between the pages, mixed punctuation widths, spaces between characters, 2O28 / l00P / 8O%, a
  seal's words as a stray line, 己 / 曰 / 纳人;
- huyang-ai-plus-action-2026-synthetic.pdf — a 河北 city's 行动计划 as a PDF rebuilt from OCR: the OCR editor's .docx
  (paragraphs cut where the paper's pages ended, the paper's page numbers as paragraphs, the numbering misread: —、 （ 二 ） 1，
  l0.) printed by LibreOffice;
- talinhaote-ai-plus-implementation-2026-synthetic.html — a 内蒙古 city's 实施方案 on the portal's 政府公报 page: the OCR text
  of the gazette's scanned pages, one <p> per scanned line, the gazette's running header and page numbers between.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ci/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_fenyu as FY  # noqa: E402
import doc_huyang as HY  # noqa: E402
import doc_talin as TL  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402

CENTRE, RIGHT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT

# how the OCR editor's .docx prints each kind of rebuilt paragraph: (font, size, align, indent, bold, colour)
STYLE = {
    "head": ("方正小标宋简体", 22, CENTRE, False, True, (0xD0, 0, 0)),
    "title": ("方正小标宋简体", 20, CENTRE, False, False, None),
    "plain": ("仿宋_GB2312", 16, None, False, False, None),
    "h1": ("黑体", 16, None, True, False, None),
    "h2": ("楷体_GB2312", 16, None, True, False, None),
    "p": ("仿宋_GB2312", 16, None, True, False, None),
    "right": ("仿宋_GB2312", 16, RIGHT, False, False, None),
    "stray": ("仿宋_GB2312", 16, RIGHT, False, False, None),
    "furniture": ("宋体", 14, CENTRE, False, False, None),
}


def ocr_docx(module, path: Path):
    """The OCR editor's .docx: its rebuilt paragraphs, no page footer of its own (the paper's page
    numbers stand in the text where the OCR read them)."""
    doc = office.new_document(module.PLAN["title"])
    for kind, text in module.PARAGRAPHS:
        font, size, align, indent, bold, colour = STYLE[kind]
        office.para(doc, text, font, size, align, indent, colour, bold)
    doc.save(str(path))
    office.fixed_zip(path)


if __name__ == "__main__":
    only = "--extractions-only" in sys.argv
    for module in (FY, HY, TL):
        office.write_extraction(HERE, module)
        if only:
            continue
        target = HERE / f"{module.SLUG}.{module.KIND}"
        if module.KIND == "pdf":
            office.write_pdf(module, target, ocr_docx)
        else:
            target.write_text(module.TEXT, encoding="utf-8")

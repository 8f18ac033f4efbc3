# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_aq documents (SYNTHETIC_AQ.md) — INVENTED 2026 "人工智能+" documents of
陕西 / 河南 / 广东 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- hanzhong-ai-plus-2026-synthetic.pdf — a city's three-year 行动方案 built as .docx and printed to PDF by
  LibreOffice: a goals paragraph and a 主要指标 table repeating it, items 1.–12. numbered on across four
  groups closing on "（牵头单位：X；责任单位：Y）";
- gongyi-ai-plus-work-points-2026-synthetic.docx — a county-level city's 工作要点 (python-docx): "——" goal
  lines in Chinese numerals, a rule stated once, own-paragraph "责任单位：…；完成时限：…" after each item;
- pengjiang-ai-plus-2026-synthetic.html — a district's 实施方案 as its portal page saved: two dated goal
  paragraphs, tasks （一）–（十一） with own-line "牵头单位：X；配合单位：Y" and one task of three clauses.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_aq/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_gongyi as GY  # noqa: E402
import doc_hanzhong as HZ  # noqa: E402
import doc_pengjiang as PJ  # noqa: E402
import synthetic_office as office  # noqa: E402
from synthetic_office import para, run_font, write_extraction  # noqa: E402

# ---------------------------------------------------------------- Word


def render(doc, blocks):
    for kind, text in blocks:
        if kind == "head":
            para(
                doc,
                [(text, True)],
                "方正小标宋简体",
                22,
                WD_ALIGN_PARAGRAPH.CENTER,
                False,
                (0xD0, 0, 0),
            )
        elif kind == "docno":
            para(doc, text, "仿宋_GB2312", 16, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "title":
            para(doc, text, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "addressee":
            para(doc, text, indent=False)
        elif kind == "h1":
            para(doc, text, "黑体")
        elif kind in ("sign", "date"):
            para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif kind == "h2":
            para(doc, text, "楷体_GB2312")
        elif kind == "caption":
            para(doc, text, "黑体", 14, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "table":
            table_block(doc, text)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            para(doc, text)


def table_block(doc, rows):
    """A bordered table of 仿宋 cells, the header row bold, as offices print an indicator table."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run_font(p.add_run(text), "黑体" if r == 0 else "仿宋_GB2312", 12)


def write_docx(module, path: Path):
    office.write_docx(path, module.PLAN["title"], module.BLOCKS, render)


def write_pdf(module, path: Path):
    office.write_pdf(module, path, write_docx)


def main():
    only = "--extractions-only" in sys.argv
    for module in (HZ, GY, PJ):
        write_extraction(HERE, module)
        if only:
            continue
        target = HERE / f"{module.SLUG}.{module.KIND}"
        if module.KIND == "docx":
            write_docx(module, target)
        elif module.KIND == "pdf":
            write_pdf(module, target)
        else:
            target.write_text(module.TEXT, encoding="utf-8")


if __name__ == "__main__":
    main()

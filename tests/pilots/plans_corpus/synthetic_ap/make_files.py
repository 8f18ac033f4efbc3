# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ap documents (SYNTHETIC_AP.md) — INVENTED 2026 "人工智能+" documents of
黑龙江 / 宁夏 / 海南 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- jiamusi-ai-plus-2026-synthetic.docx — a prefecture city's 实施方案 (python-docx): two dated goal
  paragraphs, items 1.–12. numbered on across four groups with no annotation, the roles and 完成时限
  only in an annex 重点任务分工表 (a Word table);
- helan-ai-plus-2026-synthetic.pdf — a county's 行动方案 built as .docx and printed to PDF by
  LibreOffice: goals as two dated sentences in one paragraph, figures in Chinese numerals, tasks
  （一）–（十） numbered on across chapters closing on "（牵头单位：X；配合单位：Y）", one task of two clauses;
- xiuying-ai-plus-work-points-2026-synthetic.html — a district's 工作要点 as its portal page is saved,
  "——" goal lines, items restarting per group with own lines "责任单位：X（牵头）、Y" and "完成时限：…".

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ap/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_helan as HL  # noqa: E402
import doc_jiamusi as JM  # noqa: E402
import doc_xiuying as XY  # noqa: E402
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
        elif kind == "h2":
            para(doc, text, "楷体_GB2312")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            table_add(doc, text)
        elif kind in ("sign", "date"):
            para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif kind == "article":
            para(doc, text)
        else:
            para(doc, text)


def table_add(doc, rows):
    """A bordered table, its header row in 黑体, the cells in 仿宋_GB2312 of 12 pt."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    widths = (Cm(1.3), Cm(4.6), Cm(3.4), Cm(4.2), Cm(2.4))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.width = widths[c] if len(row) == len(widths) else cell.width
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if r == 0 or c in (0, 4) else None
            run_font(p.add_run(text), "黑体" if r == 0 else "仿宋_GB2312", 12)


def write_docx(module, path: Path):
    office.write_docx(path, module.PLAN["title"], module.BLOCKS, render)


def write_pdf(module, path: Path):
    office.write_pdf(module, path, write_docx)


def main():
    only = "--extractions-only" in sys.argv
    for module in (JM, HL, XY):
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

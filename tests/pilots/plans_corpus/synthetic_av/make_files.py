# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_av documents (SYNTHETIC_AV.md) — INVENTED 2026 documents of the genre in
内蒙古 / 辽宁 / 河北 — and their expected extractions (.yaml beside each), from doc_*.py:

- inner-mongolia-ai-plus-action-2026-synthetic.pdf — the autonomous region's "人工智能+" 行动计划, built as
  .docx and printed to PDF by LibreOffice, tasks （一）–（十四） numbered on across three chapters, 抄送 / 印发 lines;
- jinzhou-ai-plus-measures-2026-synthetic.html — a prefecture city's 若干措施 as its portal page, measures 1.–18.
  numbered on across five groups, "（责任单位：…）" under a rule printed once in the closing paragraph;
- qianan-ai-steel-three-year-2026-synthetic.docx — a county-level city's "人工智能+钢铁" 三年行动计划 (python-docx),
  items restarting per 行动 closing on "（牵头单位：X；配合单位：Y；完成时限：Z）", an annex 主要指标表.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_av/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_jinzhou as JZ  # noqa: E402
import doc_neimenggu as NM  # noqa: E402
import doc_qianan as QA  # noqa: E402
import synthetic_office as office  # noqa: E402
from synthetic_office import para, run_font, write_extraction  # noqa: E402


def table(doc, rows):
    """A bordered table, its first row the header (bold, 黑体), cells in 仿宋 12pt."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    widths = [Cm(1.4), Cm(7.4), Cm(1.8), Cm(2.5), Cm(2.5)]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.width = widths[c]
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c != 1 or r == 0 else None
            run_font(p.add_run(text), "黑体" if r == 0 else "仿宋_GB2312", 12, r == 0)
    for c, col in enumerate(t.columns):
        col.width = widths[c]


def page_break(doc):
    run = doc.add_paragraph().add_run()
    br = OxmlElement("w:br")
    br.set(qn("w:type"), "page")
    run._element.append(br)


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
        elif kind == "item":  # (bold heading, rest) in one paragraph
            para(doc, [(text[0], True), (text[1], False)])
        elif kind == "caption":
            para(doc, text, "方正小标宋简体", 18, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "table":
            table(doc, text)
        elif kind == "pagebreak":
            page_break(doc)
        elif kind == "rule":  # the line above the 抄送 block
            para(doc, "", indent=False)
        elif kind == "cc":
            para(doc, text, "仿宋_GB2312", 14, None, False)
        elif kind in ("sign", "date"):
            para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        else:
            para(doc, text)


def write_docx(module, path: Path):
    office.write_docx(path, module.PLAN["title"], module.BLOCKS, render)


def write_pdf(module, path: Path):
    office.write_pdf(module, path, write_docx)


def main():
    only = "--extractions-only" in sys.argv
    for module in (NM, JZ, QA):
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

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_aw documents (SYNTHETIC_AW.md) — INVENTED 2026 "人工智能+" documents of 浙江 / 广东
places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- quzhou-ai-plus-three-year-2026-synthetic.pdf — a prefecture city's 三年行动计划, built as .docx and printed to
  PDF by LibreOffice: six named 行动 of items 1.–3. with no annotation in the body, the roles in an annexed
  重点任务分工表 (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限), 抄送 / 印发 lines;
- shantou-longhu-ai-measures-2026-synthetic.docx — an urban district's 若干措施 (python-docx), articles 第一条–
  第十六条 numbered on across five headings, each followed by an own line "责任单位：…" under a rule stated once;
- huizhou-zhongkai-ai-plus-2026-synthetic.html — a high-tech zone 管委会's 实施方案 as its portal page saved.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_aw/make_files.py
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

import doc_longhu as LH  # noqa: E402
import doc_quzhou as QZ  # noqa: E402
import doc_zhongkai as ZK  # noqa: E402
import synthetic_office as office  # noqa: E402
from synthetic_office import para, run_font, write_extraction  # noqa: E402

WIDTHS = {5: [1.2, 5.0, 3.8, 3.8, 2.0]}


def table(doc, rows):
    """A bordered table, its first row the header (bold, 黑体), cells in 仿宋 12pt."""
    n = len(rows[0])
    widths = [Cm(w) for w in WIDTHS.get(n, [15.6 / n] * n)]
    t = doc.add_table(rows=len(rows), cols=n)
    t.style = "Table Grid"
    t.autofit = False
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.width = widths[c]
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c in (0, n - 1) or r == 0 else None
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
        elif kind in ("addressee", "annexno"):
            para(doc, text, "黑体" if kind == "annexno" else "仿宋_GB2312", indent=False)
        elif kind == "h1":
            para(doc, text, "黑体")
        elif kind == "h2":
            para(doc, text, "楷体_GB2312")
        elif kind == "item":  # (bold heading, rest) in one paragraph
            para(doc, [(text[0], True), (text[1], False)])
        elif kind == "article":  # 第X条 in bold, a full-width space, the article
            para(doc, [(text[0], True), ("　" + text[1], False)])
        elif kind == "caption":
            para(doc, text, "方正小标宋简体", 18, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "table":
            table(doc, text)
        elif kind == "pagebreak":
            page_break(doc)
        elif kind == "rule":  # 抄送 / 印发 lines
            para(doc, text, "仿宋_GB2312", 14, indent=False)
        elif kind == "sign":
            para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        else:
            para(doc, text)


def write_docx(module, path: Path):
    office.write_docx(path, module.PLAN["title"], module.BLOCKS, render)


def write_pdf(module, path: Path):
    office.write_pdf(module, path, write_docx)


def main():
    only = "--extractions-only" in sys.argv
    for module in (QZ, LH, ZK):
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

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ax documents (SYNTHETIC_AX.md) — INVENTED 2026 documents of the genre
(重庆 / 四川 / 贵州 places no folder held) — and their expected extractions (.yaml beside each), from doc_*.py:

- beibei-ai-plus-task-division-2026-synthetic.txt — a Chongqing district's 任务分工方案 saved from its portal as text,
  items 1.–19. each followed by a line "牵头单位：…；配合单位：…";
- liangshan-ai-plus-action-2026-synthetic.docx — an autonomous prefecture's 行动方案 (python-docx), items restarting
  1.–3. in each group, annotations （X牵头，Y配合） / （X负责）;
- bijie-ai-plus-implementation-2026-synthetic.pdf — a prefecture city's 实施方案 with a 主要指标 table, printed to PDF by
  LibreOffice, tasks （一）–（十二） numbered on across three 行动 chapters.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ax/make_files.py
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

import doc_beibei as BB  # noqa: E402
import doc_bijie as BJ  # noqa: E402
import doc_liangshan as LS  # noqa: E402
import synthetic_office as office  # noqa: E402
from synthetic_office import para, run_font, write_extraction  # noqa: E402

# ---------------------------------------------------------------- Word


def table(doc, rows):
    """A bordered table, its first row the header (bold, 黑体), cells in 仿宋 14pt."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    rest = 8.6 / (len(rows[0]) - 1)
    widths = [Cm(7.0) if c == 1 else Cm(rest) for c in range(len(rows[0]))]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.width = widths[c]
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c != 1 or r == 0 else None
            run_font(p.add_run(text), "黑体" if r == 0 else "仿宋_GB2312", 14, r == 0)
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
            para(doc, text, "黑体", 14, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "table":
            table(doc, text)
        elif kind == "pagebreak":
            page_break(doc)
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
    for module in (BB, LS, BJ):
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

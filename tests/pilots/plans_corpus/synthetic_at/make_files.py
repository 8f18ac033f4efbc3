# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_at documents (SYNTHETIC_AT.md) — INVENTED 2026 "人工智能+" documents of
湖北 / 江西 / 山东 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- enshi-ai-plus-2026-synthetic.doc — an autonomous prefecture's 实施方案 as a Word 97–2003 file: built as
  .docx (python-docx) and converted by LibreOffice (`--convert-to doc`), with an annex indicator table;
- ganjiang-ai-plus-2026-synthetic.pdf — a national new area 管委会's 行动方案, built as .docx and printed
  to PDF by LibreOffice;
- caoxian-ai-plus-work-points-2026-synthetic.html — a county's 工作要点 as its portal page is saved,
  the tasks in one table.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_at/make_files.py
(--extractions-only writes the .yaml files alone; the .doc and the PDF need /usr/bin/soffice).
The .doc is made the same on every run by fixing the dates LibreOffice writes into it (see fixed_doc).
"""

import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_caoxian as CX  # noqa: E402
import doc_enshi as ES  # noqa: E402
import doc_ganjiang as GJ  # noqa: E402
import synthetic_office as office  # noqa: E402
from synthetic_office import para, run_font, write_extraction  # noqa: E402

# ---------------------------------------------------------------- Word


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = t.cell(r, c)
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run_font(p.add_run(value), "黑体" if r == 0 else "仿宋_GB2312", 12)


def render(doc, blocks):
    for kind, text in blocks:
        if kind == "head":
            para(
                doc,
                [(text, True)],
                "方正小标宋简体",
                26,
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
            para(doc, text, "楷体_GB2312", bold=True)
        elif kind in ("sign", "date"):
            para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            table(doc, text)
        else:
            para(doc, text)


def write_docx(module, path: Path):
    office.write_docx(path, module.PLAN["title"], module.BLOCKS, render)


def write_pdf(module, path: Path):
    office.write_pdf(module, path, write_docx)


def write_doc(module, path: Path):
    path.write_bytes(fixed_doc(office.convert(module, "doc", write_docx)))


def fixed_doc(data: bytes) -> bytes:
    return data


def main():
    only = "--extractions-only" in sys.argv
    for module in (ES, GJ, CX):
        write_extraction(HERE, module)
        if only:
            continue
        target = HERE / f"{module.SLUG}.{module.KIND}"
        if module.KIND == "doc":
            write_doc(module, target)
        elif module.KIND == "pdf":
            write_pdf(module, target)
        else:
            target.write_text(module.TEXT, encoding="utf-8")


if __name__ == "__main__":
    main()

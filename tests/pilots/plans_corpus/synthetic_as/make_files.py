# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_as documents (SYNTHETIC_AS.md) — INVENTED 2026 "人工智能+" documents of
陕西省 (province level), 北京市昌平区 and 上海市嘉定区 — and their expected extractions (.yaml beside each),
from doc_*.py (setlib.py holds their shared helpers):

- shaanxi-ai-plus-action-2026-synthetic.pdf — the province's 行动计划, built as .docx and printed to PDF by
  LibreOffice: a goals paragraph of two dated sentences and a 主要指标 table repeating it, tasks
  （一）–（十四） numbered on across four chapters, "（省X牵头，省Y、Z按职责分工负责）";
- changping-ai-plus-measures-2026-synthetic.docx — a Beijing district's 若干措施 (python-docx): 第X章 /
  第X条 numbered on, "（责任单位：…）" under "排在第一位的为牵头单位，其他为配合单位", a 专栏 box;
- jiading-ai-plus-2026-synthetic.html — a Shanghai district's 实施方案 as its portal page saved, with
  titled goal items 1.–4. and an own line "牵头部门：X　配合部门：Y" after each task.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_as/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_changping as CP  # noqa: E402
import doc_jiading as JD  # noqa: E402
import doc_shaanxi as SX  # noqa: E402
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
        elif kind == "chapter":
            para(doc, text, "黑体", 16, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "caption":
            para(doc, text, "黑体", 14, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "table":
            table_block(doc, text)
        elif kind == "box":
            box_block(doc, text)
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            para(doc, text)


def borders(table):
    tbl_pr = table._tbl.tblPr
    el = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{edge}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:color"), "000000")
        el.append(b)
    tbl_pr.append(el)


def cell_text(cell, text, font="仿宋_GB2312", size=12, bold=False):
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run(text), font, size, bold)


def table_block(doc, rows):
    """A 主要指标 table: header row in 黑体, cells centred, ruled."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    borders(table)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell_text(table.cell(r, c), text, "黑体" if r == 0 else "仿宋_GB2312", 12)


def box_block(doc, lines):
    """A 专栏 box: one ruled cell, its title in 黑体, its lines in 楷体."""
    table = doc.add_table(rows=1, cols=1)
    borders(table)
    cell = table.cell(0, 0)
    cell_text(cell, lines[0], "黑体", 14)
    for line in lines[1:]:
        p = cell.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(28)
        run_font(p.add_run(line), "楷体_GB2312", 14)


def write_docx(module, path: Path):
    office.write_docx(path, module.TITLE, module.BLOCKS, render)


def write_pdf(module, path: Path):
    office.write_pdf(module, path, write_docx)


def main():
    only = "--extractions-only" in sys.argv
    for module in (SX, CP, JD):
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

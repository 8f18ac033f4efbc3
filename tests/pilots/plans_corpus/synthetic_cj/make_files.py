# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cj documents (SYNTHETIC_CJ.md) — INVENTED 2026 "人工智能+" documents of 华北 places no folder
held, whose tasks live in a 任务分解 / 督办 TABLE as offices circulate them for supervision — and their expected extractions
(.yaml beside each), from doc_*.py:

- fenlan-ai-plus-implementation-2026-synthetic.docx — 汾岚市 (山西)'s 实施方案（2026—2027年） as a Word file: notice, four
  parts (goals in 二、, 三、 pointing to the annex, 四、保障措施), then on landscape pages 附件 重点任务分解表 with columns 序号 |
  重点任务 | 具体措施 | 责任领导 | 牵头单位 | 配合单位 | 督办单位 | 完成时限, 重点任务 and 责任领导 merged vertically over their
  rows, 督办单位 merged over the whole table, several measures in one cell numbered ①②③;
- luantang-ai-plus-task-list-2026-synthetic.pdf — 滦塘区 (河北)'s 2026年工作任务清单 built as .docx and printed to PDF by
  LibreOffice: one landscape table over several pages, its two header rows repeated on each page, group rows across the
  table, one 责任单位 column ("X（牵头）、Y" or the first listed leading under a note), a 季度进度 block (一季度…四季度: ✓ or a
  short step) and a 联系人及电话 column;
- yinling-ai-plus-supervision-ledger-2026-synthetic.html — 阴岭县 (内蒙古)'s 督查台账 as its portal page: a <table> with
  rowspan (任务事项 / 责任单位 / 分管领导 over several 目标要求 rows) and colspan (group rows), columns 序号 | 任务事项 | 目标要求 |
  责任单位 | 分管领导 | 时间节点 | 完成情况 (empty or 推进中).

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cj/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_fenlan as FL  # noqa: E402
import doc_luantang as LT  # noqa: E402
import doc_yinling as YL  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402


def landscape(doc, _text):
    """A new section on landscape A4 pages (the annex's wide table), as offices print a 分解表."""
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(2.2), Cm(2.2)


def _row_flag(row, tag):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement(f"w:{tag}")
    trpr.append(el)


def grid(doc, spec):
    """A bordered table with merged cells: spec = {rows, header (rows repeated on every page), widths (cm),
    size (pt), merges [(r0, c0, r1, c1)], full [row indexes printed bold across the table], centre {columns}}.
    Text is written into each merge's first cell only; rows never split across pages."""
    rows, widths = spec["rows"], spec["widths"]
    n = len(widths)
    t = doc.add_table(rows=len(rows), cols=n)
    t.style = "Table Grid"
    t.autofit = False
    cms = [Cm(w) for w in widths]
    for r in range(len(rows)):
        for c in range(n):
            t.cell(r, c).width = cms[c]
    covered = set()
    for r0, c0, r1, c1 in spec.get("merges", []):
        t.cell(r0, c0).merge(t.cell(r1, c1))
        covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
    header = spec.get("header", 1)
    for r, row in enumerate(rows):
        tr = t.rows[r]
        _row_flag(tr, "cantSplit")
        if r < header:
            _row_flag(tr, "tblHeader")
        for c, text in enumerate(row):
            if (r, c) in covered or text is None:
                continue
            cell = t.cell(r, c)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            strong = r < header or r in spec.get("full", ())
            for i, line in enumerate(text.split("\n")):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                centre = r < header or c in spec.get("centre", ())
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if centre else None
                pf = p.paragraph_format
                pf.space_before = pf.space_after = Pt(0)
                pf.line_spacing = 1.0
                office.run_font(
                    p.add_run(line), "黑体" if strong else "仿宋_GB2312", spec["size"], strong
                )
    for c, col in enumerate(t.columns):
        col.width = cms[c]


def plain(doc, text):
    """A line standing on its own, not indented (附件, a 注 line)."""
    office.para(doc, text, indent=False)


def small(doc, text):
    """A note under a table's title in a smaller face."""
    office.para(doc, text, "楷体_GB2312", 12, indent=False)


RENDER = office.renderer(
    {"landscape": landscape, "grid": grid, "plain": plain, "small": small}, size=12
)


if __name__ == "__main__":
    office.build(HERE, (FL, LT, YL), RENDER)

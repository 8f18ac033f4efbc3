# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ck documents (SYNTHETIC_CK.md) — INVENTED 2026 "人工智能+" documents of 华南 places no folder
held, whose roles and figures REFER BACK instead of being restated — and their expected extractions (.yaml beside each),
from doc_*.py:

- lanjiang-ai-plus-action-2026-synthetic.docx — a city's 行动方案 as a Word file whose annotations refer back
  ("（以下简称市经信局）", "（以下统称各地）", "（牵头单位、配合单位同第（三）项）", "（责任分工同本部分第1项）",
  "（市科技局牵头，其余同上）", "（责任单位：同上）", "本部分各项任务均由市数据局牵头，配合单位见各项");
- chengzhou-ai-plus-task-division-2026-synthetic.pdf — a district's 重点任务分工表 built as .docx and printed to PDF by
  LibreOffice, its cells filled with ditto marks ("同上", "〃", "—〃—", a merged 牵头单位 cell, "同序号5");
- shalong-ai-plus-implementation-2026-synthetic.html — a county's 实施方案 as its portal page whose figures refer back
  ("上述指标分别达到…", "较2025年翻一番", "占比不低于上述总量的30%", "此后每年新增同等规模", "与上年持平").

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ck/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_chengzhou as CZ  # noqa: E402
import doc_lanjiang as LJ  # noqa: E402
import doc_shalong as SL  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

WIDTHS = [
    1.1,
    2.2,
    3.4,
    8.6,
    2.6,
    3.8,
    2.7,
]  # 序号 类别 重点任务 工作措施及目标 牵头单位 配合单位 完成时限 (cm)
CENTRED = {0, 1, 4, 5, 6}


def plain(doc, text):
    """A line standing on its own (the 注 under a table), not indented."""
    office.para(doc, text, size=12, indent=False)


def landscape(doc, text):
    """A new section on a landscape A4 page (the 分工表 after the portrait covering letter)."""
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)


def _row_flag(row, tag):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement(f"w:{tag}")
    trpr.append(el)


def fentable(doc, spec):
    """The 分工表: a bordered table, its header row repeated on each page, no row split across pages; (top, bottom,
    column) merges a column's cells down (the text stays in the top cell, the cells under it left empty)."""
    rows, merges = spec
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    for top, bottom, col in merges:
        t.cell(top, col).merge(t.cell(bottom, col))
    covered = {(r, c) for top, bottom, c in merges for r in range(top + 1, bottom + 1)}
    for r, row in enumerate(rows):
        _row_flag(t.rows[r], "cantSplit")
        if r == 0:
            _row_flag(t.rows[r], "tblHeader")
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            cell = t.cell(r, c)
            cell.width = Cm(WIDTHS[c])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = cell.paragraphs[0]
            p.paragraph_format.space_before = Pt(0)
            p.paragraph_format.space_after = Pt(0)
            if r == 0 or c in CENTRED:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if text:
                office.run_font(p.add_run(text), "黑体" if r == 0 else "仿宋_GB2312", 11, r == 0)
    for c, col in enumerate(t.columns):
        col.width = Cm(WIDTHS[c])
    return t


RENDER = office.renderer(
    {"rule": office.rule, "plain": plain, "landscape": landscape, "fentable": fentable}, size=12
)


if __name__ == "__main__":
    office.build(HERE, (LJ, CZ, SL), RENDER)

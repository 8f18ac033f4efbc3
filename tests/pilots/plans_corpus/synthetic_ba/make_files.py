# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ba documents (SYNTHETIC_BA.md) — INVENTED 2026 "人工智能+" documents of 甘肃 / 宁夏 /
新疆生产建设兵团 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- linxia-prefecture-ai-plus-2026-synthetic.pdf — an autonomous prefecture's 实施方案, built as .docx and printed to
  PDF by LibreOffice, a 主要指标体系 table with 2025年基期 and 属性 (预期性 / 约束性) columns, four named 行动 of items
  1.–16. numbered on, "（X牵头，Y按职责分工负责）", a 专栏 box, 抄送 / 印发;
- qingtongxia-ai-plus-opinions-2026-synthetic.html — a county-level city's 实施意见 as its portal page, tasks
  （一）–（十六） of 一是…；二是… points in one paragraph closing on "（责任单位：…）" under a rule stated once;
- shihezi-8th-division-ai-plus-tasks-2026-synthetic.docx — a 兵团 division's 任务分工方案 as a Word file whose body is
  one task table with the 任务类别 and 牵头单位 cells merged down their rows.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ba/make_files.py
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

import doc_linxia as LX  # noqa: E402
import doc_qingtongxia as QTX  # noqa: E402
import doc_shihezi as SHZ  # noqa: E402
import synthetic_office as office  # noqa: E402


def rule(doc, text):
    """The thin line above and below the 抄送 block: a paragraph with a bottom border."""
    p = doc.add_paragraph()
    ppr = p._element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{k}"), v)
    borders.append(bottom)
    ppr.append(borders)


def plain(doc, text):
    office.para(doc, text, "仿宋_GB2312", 14, indent=False)


def box(doc, text):
    """A 专栏: one bordered cell holding the box's text."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.cell(0, 0)
    cell.width = Cm(15.6)
    office.run_font(cell.paragraphs[0].add_run(text), "楷体_GB2312", 14)


def merged_table(doc, rows):
    """The 分工 table: header row, then rows whose 任务类别 (column 1) is merged down each run of equal values and
    whose 牵头单位 (column 3) likewise, its text written once in the top cell."""
    widths = [1.1, 2.0, 7.4, 2.2, 2.6, 1.9]
    n = len(rows[0])
    t = doc.add_table(rows=len(rows), cols=n)
    t.style = "Table Grid"
    t.autofit = False
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.width = Cm(widths[c])
            if (
                r > 1
                and c in (1, 3)
                and rows[r - 1][c] == text
                and (c == 1 or rows[r - 1][1] == row[1])
            ):
                continue
            p = cell.paragraphs[0]
            p.alignment = None if c == 2 and r else WD_ALIGN_PARAGRAPH.CENTER
            office.run_font(p.add_run(text), "黑体" if r == 0 else "仿宋_GB2312", 12, r == 0)
    for c in (1, 3):
        start = 1
        for r in range(2, len(rows) + 1):
            same = (
                r < len(rows)
                and rows[r][c] == rows[start][c]
                and (c == 1 or rows[r][1] == rows[start][1])
            )
            if not same:
                if r - 1 > start:
                    t.cell(start, c).merge(t.cell(r - 1, c))
                start = r
    for c, col in enumerate(t.columns):
        col.width = Cm(widths[c])


RENDER = office.renderer(
    {"rule": rule, "plain": plain, "box": box, "mtable": merged_table},
    widths=lambda n: [1.0, 1.9, 5.4, 1.2, 2.0, 2.0, 2.1][:n],
    size=11,
)


if __name__ == "__main__":
    office.build(HERE, (LX, QTX, SHZ), RENDER)

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cf documents (SYNTHETIC_CF.md) — INVENTED 2026 "人工智能+" plans of 中南 places (广东 /
an invented 湖南-region province / 河南) whose ANNEXES stand beside the plan — and their expected extractions (.yaml beside
each), from doc_*.py:

- luwan-ai-plus-action-2026-synthetic.docx — a city's 行动方案 as a Word file, followed by 附件1 重点任务分工表 (a Word
  table restating the twelve tasks with their roles and 完成时限), 附件2 重点项目清单 (总投资 / 建设期限 / 责任单位) and
  附件3 名词解释;
- xiangyuan-ai-plus-implementation-2026-synthetic.pdf — a province's 实施方案 built as .docx and printed to PDF by
  LibreOffice, with 附件1 主要指标 (一级指标 merged over its rows, 2025年基期值, 2026年目标, 2027年目标, 指标属性) and
  附件2 配套政策清单 (政策名称 / 牵头单位 / 出台时间);
- zhechuan-ai-plus-work-plan-2026-synthetic.html — a county's 工作方案 as its portal page, with an annex 2026年度任务清单
  split by quarter (季度 as a rowspan cell / 序号 / 任务 / 责任单位 / 完成标志).

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cf/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_luwan as LW  # noqa: E402
import doc_xiangyuan as XY  # noqa: E402
import doc_zhechuan as ZC  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402


def grid(doc, spec):
    """An annex table: (rows, column widths in cm), header row bold, every body cell left-aligned but the first."""
    rows, widths = spec
    office.table(doc, rows, widths=lambda n: widths, size=11, centre=lambda c, n: c == 0)


def indicators(doc, spec):
    """The 主要指标 table: (rows, widths, merges) — merges = [(first row, last row)] of column 0 (一级指标)."""
    rows, widths, merges = spec
    office.table(doc, rows, widths=lambda n: widths, size=11, centre=lambda c, n: c != 1)
    table = doc.tables[-1]
    for first, last in merges:  # the rows below the first hold an empty cell: merging moves nothing
        table.cell(first, 0).merge(table.cell(last, 0))


def label(doc, text):
    """附件N, 黑体, at the top left of an annex page."""
    office.para(doc, text, "黑体", indent=False)


def indent(doc, text):
    """A continuation line of the 附件 list, indented under its first entry."""
    p = office.para(doc, text, indent=False)
    p.paragraph_format.left_indent = office.Pt(16 * 3)


def caption(doc, text):
    office.para(doc, text, "方正小标宋简体", 18, WD_ALIGN_PARAGRAPH.CENTER, False)


RENDER = office.renderer(
    {"grid": grid, "indicators": indicators, "label": label, "indent": indent, "caption": caption},
    size=12,
)


if __name__ == "__main__":
    office.build(HERE, (LW, XY, ZC), RENDER)

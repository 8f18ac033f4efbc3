# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bw documents (SYNTHETIC_BW.md) — INVENTED 2026 "人工智能+" plans of bodies below the county
and of a development zone (山东 / 四川 places no folder held) — and their expected extractions (.yaml beside each), from
doc_*.py:

- laiwu-hitech-zone-ai-plus-three-year-2026-synthetic.docx — a national 高新区 管委会's 三年行动方案 as a Word file, its own
  局 / 部 / 中心 and a 国有平台公司 in annotations "（牵头部门：X；责任单位：Y；完成时限：2026年12月底前）", an indicator table
  with a 2025 基期 column and an 指标属性 column;
- weizhou-town-ai-plus-grassroots-governance-2026-synthetic.pdf — a 镇人民政府's "人工智能+基层治理" 工作方案 printed to PDF by
  LibreOffice, each task followed by a line "时间节点：…；…" of milestones and a line of roles (办 / 中心 / 队, 派出所 配合,
  各村（社区） as a collective), some targets per 村（社区）;
- luding-ai-plus-work-points-2026-synthetic.txt — a county's 2026年工作要点 as plain text, its 任务清单 a table typed in a
  text editor (cells separated by runs of spaces), 完成时间 in 季度 / 全年 / 持续推进, 38 rows.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bw/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_laiwu as LW  # noqa: E402
import doc_luding as LD  # noqa: E402
import doc_weizhou as WZ  # noqa: E402
import synthetic_office as office  # noqa: E402


def plain(doc, text):
    """A line standing on its own under an item (时间节点：… / 牵头单位：…), not indented."""
    office.para(doc, text, indent=False)


def indicators(doc, rows):
    """The indicator table: eight narrow columns, the indicator's name wider."""
    office.table(
        doc,
        rows,
        widths=lambda n: [1.2, 4.4, 1.2, 1.9, 1.6, 1.6, 1.6, 2.1],
        size=10.5,
        centre=lambda c, n: c != 1,
    )


RENDER = office.renderer({"rule": office.rule, "plain": plain, "table": indicators}, size=12)


if __name__ == "__main__":
    office.build(HERE, (LW, WZ, LD), RENDER)

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bo documents (SYNTHETIC_BO.md) — INVENTED long 2026 "人工智能+" documents of 山西 / 辽宁 /
陕西 places — and their expected extractions (.yaml beside each), from doc_*.py:

- shanxi-ai-plus-action-2026-synthetic.docx — a province 办公厅's 行动方案 as a Word file, 第一章–第七章 of 第X节, the
  annotation on each 节's heading line covering the items 1.… under it, a 主要指标 table 2025年基期 / 2027年 / 2030年;
- dalian-ai-plus-implementation-2026-synthetic.pdf — a big city's 实施方案 printed by LibreOffice, an annex 重点项目清单 table
  (项目名称 | 建设内容 | 总投资（亿元） | 2026年计划投资 | 责任单位: no tasks, no targets), subsidies, caps, a fund, 翻一番,
  年均增长, 提高X个百分点, 千亿级, 前列;
- xian-aerospace-base-ai-plus-2026-synthetic.html — a development zone's 行动计划 as its portal page, mixed annotation forms
  and a group's roles stated once at its end, AI+ / 5G-A / L4级 / GPU / model names, 至 ranges, 万 / 亿 and Chinese numerals.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bo/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_dalian as DL  # noqa: E402
import doc_shanxi as SX  # noqa: E402
import doc_xian as XA  # noqa: E402
import synthetic_office as office  # noqa: E402

MODULES = [SX, DL, XA]


def plain(doc, text):
    """A line standing on its own, not indented (抄送, 印发, 附件 lines)."""
    office.para(doc, text, indent=False)


def wide(n):
    """Column widths (cm) of the 主要指标 table (5 columns) and the annex project table (6 columns)."""
    if n == 5:
        return [5.6, 2.2, 2.6, 2.6, 2.6]
    return [1.0, 3.2, 5.6, 1.8, 1.8, 2.2]


RENDER = office.renderer(
    {"rule": office.rule, "plain": plain},
    size=11,
    widths=wide,
    centre=lambda c, n: c not in (1, 2) if n == 6 else c != 0,
)


if __name__ == "__main__":
    office.build(HERE, MODULES, RENDER)

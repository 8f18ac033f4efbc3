# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cy documents (SYNTHETIC_CY.md) — INVENTED 2026 "人工智能+" plans that SPLIT THEIR GOALS
among the places under them — and their expected extractions (.yaml beside each), from doc_*.py:

- tuanchuan-province-ai-plus-action-2026-synthetic.pdf — a province's 行动计划 built as .docx and printed to PDF by
  LibreOffice: goals for the province as a whole, tasks annotated with province departments and 各市人民政府, an annex
  主要目标分解表 (a row per city, 2026 and 2027 figures of two indicators, a 全省合计 row);
- maochuan-city-ai-plus-implementation-2026-synthetic.docx — a city's 实施方案 as a Word file whose goal sentences name
  district shares ("其中泖湖区不少于…、桐汀区不少于…、其余各区县各不少于…") and "各区县至少…", tasks led by 市 bodies with
  各区县人民政府 responsible;
- zhixi-county-ai-plus-work-plan-2026-synthetic.html — a county's 工作方案 as its portal page, per-township quotas in a
  table (乡镇 | 数字乡村示范点 | 智慧农业基地, a 合计 row) and a 县直部门 task list.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cy/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs LibreOffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_maochuan as MC  # noqa: E402
import doc_tuanchuan as TC  # noqa: E402
import doc_zhixi as ZX  # noqa: E402
import synthetic_office as office  # noqa: E402


def five_columns(n):
    return [3.0] + [12.6 / (n - 1)] * (n - 1)


def plain(doc, text):
    office.para(doc, text, indent=False)


RENDER = office.renderer(
    {"rule": office.rule, "plain": plain},
    size=12,
    widths=five_columns,
    centre=lambda c, n: True,
)

if __name__ == "__main__":
    office.build(HERE, (TC, MC, ZX), RENDER)

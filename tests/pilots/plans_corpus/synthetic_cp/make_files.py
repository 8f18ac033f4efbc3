# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cp documents (SYNTHETIC_CP.md) — INVENTED 2026 "人工智能+" documents of 东北 places (辽宁 /
黑龙江 / 吉林) circulated as EXCEL WORKBOOKS (.xlsx, openpyxl) — and their expected extractions (.yaml beside each), from
doc_*.py:

- yujin-ai-plus-task-breakdown-2026-synthetic.xlsx — a city's 重点任务分解表: 填表说明 sheet first, a 重点任务 sheet (two-row
  header, 重点任务 merged over its 具体举措 rows, 完成时限 as date cells "yyyy年m月", line breaks inside cells), a 主要指标 sheet
  (percentages stored as fractions, formatted 0%), a hidden sheet feeding the 牵头单位 dropdown;
- zuolin-ai-plus-supervision-ledger-2026-synthetic.xlsx — a district's 督办台账: one sheet, frozen panes, group rows merged across,
  targets in numeric 目标值 cells with thousands separators, a 完成情况 column, a SUM 合计 row, a hidden column and a hidden row;
- songquan-ai-plus-work-plan-2026-synthetic.xlsx — a county's 工作方案: sheet 1 the plan's text one paragraph per row (column A
  merged wide), sheet 2 the 任务清单 (任务类别 merged down, 完成时限 dates formatted "yyyy年m月底前").

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cp/make_files.py
(--extractions-only writes the .yaml files alone).
"""

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py: shared

import doc_songquan as SQ  # noqa: E402
import doc_yujin as YJ  # noqa: E402
import doc_zuolin as ZL  # noqa: E402
import xlsx_book  # noqa: E402
from synthetic_model import extraction  # noqa: E402


def with_owners(data: dict, goals: list) -> dict:
    """A target read from an indicator table's 责任单位 cell carries `owner` (the Target object's
    owner attribute, set by the document module), placed before its source_phrase."""
    for goal, made in zip(goals, data["goals"], strict=True):
        for target, out in zip(goal.targets, made["targets"], strict=True):
            owner = getattr(target, "owner", None)
            if owner:
                phrase = out.pop("source_phrase")
                out["owner"] = owner
                out["source_phrase"] = phrase
    return data


def write_extraction(module):
    data = with_owners(extraction(**module.EXTRACTION), module.EXTRACTION["goals"])
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000)
    (HERE / f"{module.SLUG}.yaml").write_text(module.HEADER + body, encoding="utf-8")


if __name__ == "__main__":
    for module in (YJ, ZL, SQ):
        write_extraction(module)
        if "--extractions-only" not in sys.argv:
            wb, cached = module.workbook()
            xlsx_book.save(wb, HERE / f"{module.SLUG}.xlsx", cached)

# ruff: noqa: E501  (plan text as the office writes it)
"""Builds the three synthetic_cq documents (SYNTHETIC_CQ.md) — INVENTED 2026 "人工智能+" documents of 湖南 / 江西 /
安徽 places whose figures are written in UNUSUAL WORDS (三分之一以上, 过半, 两成, 近五成, 逾百家, 翻两番, 倍增, 提高5个百分点,
缩短至3个工作日以内, 控制在2%以内, 3—5个, 两千余人, 1.2万亿元, 千亿级, 十余个, "十百千" …) beside numbers that are NOT
quantities (“1+N+X”, 5G+, 〔2026〕12号, 第3代, V2.0, 12345, phone numbers, 3D, 6G, 二级 / 三级, 第一批, 前三名, 24小时) — and their
expected extractions (.yaml beside each), from doc_*.py:

- xiaolan-ai-plus-action-plan-2026-synthetic.docx — a city's 行动方案（2026—2028年） as a Word file, tasks （一）… per part
  "（牵头单位：市X；配合单位：市Y、市Z）" / "（责任单位：市X、市Y）";
- xunxi-ai-plus-work-points-2026-synthetic.pdf — a district's 2026年工作要点 built as .docx and printed to PDF by
  LibreOffice, items 1.–21. numbered on, "（区X牵头，区Y、区Z配合）" / "（区X负责）";
- piyuan-ai-plus-implementation-plan-2026-synthetic.html — a county's 实施方案（2026—2030年） as its portal page, tasks
  1.–15. each followed by its own line "责任单位：县X、县Y" under "列第一位的为牵头单位".

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cq/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_piyuan as PY  # noqa: E402
import doc_xiaolan as XL  # noqa: E402
import doc_xunxi as XX  # noqa: E402
import synthetic_office as office  # noqa: E402

RENDER = office.renderer({"rule": office.rule}, size=12)


if __name__ == "__main__":
    office.build(HERE, (XL, XX, PY), RENDER)

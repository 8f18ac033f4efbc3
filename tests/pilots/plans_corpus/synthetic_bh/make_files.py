# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bh documents (SYNTHETIC_BH.md) — INVENTED 2026 "人工智能+" documents of 陕西 / 浙江 /
天津 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- ankang-ai-plus-implementation-plan-2026-synthetic.docx — a prefecture city's three-year 实施方案 as a Word file,
  two dated goal paragraphs, groups （一）–（六） whose items 1.… restart per group and close on "（X牵头，Y按职责分工负责）"
  and kin, a 专栏 box of 工程, two annotated safeguards;
- hongqiao-tianjin-ai-plus-action-plan-2026-synthetic.pdf — a 天津 urban district's 行动方案 printed to PDF by
  LibreOffice, chapters 第一章–第六章, measures （一）–（二十九） numbered on across chapters (the safeguards too), each followed by its own
  line "牵头单位：X　配合单位：Y", a 主要指标 table adding figures of its own, a 专栏 of 重点项目;
- tiantai-ai-plus-work-points-2026-synthetic.html — a county's 2026年 工作要点 as its portal page, items 1．–25． numbered
  on across groups, closing on "（牵头单位：X；责任单位：Y）", some with "完成时限", unnumbered 工作要求, an 附件 project table.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bh/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_ankang as AK  # noqa: E402
import doc_hongqiao as HQ  # noqa: E402
import doc_tiantai as TT  # noqa: E402
import synthetic_office as office  # noqa: E402

RENDER = office.renderer(
    {"rule": office.rule, "box": lambda doc, text: office.para(doc, text, size=14)},
    widths=lambda n: [1.4, 7.0, 2.6, 2.6][:n],
    size=12,
)


if __name__ == "__main__":
    office.build(HERE, (AK, HQ, TT), RENDER)

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ct documents (SYNTHETIC_CT.md) — INVENTED 2026 "人工智能+" plans written and issued JOINTLY
by bodies of more than one place, agencies of several provinces or cities in one annotation — and their expected
extractions (.yaml beside each), from doc_*.py:

- kehui-ai-corridor-action-plan-2026-synthetic.docx — two provinces' joint 行动方案 for a cross-border AI corridor, issued
  by both 人民政府办公厅 (a joint red head), annotations naming bodies of both provinces, "两省X" collective mentions, "X牵头，
  Y配合" per side;
- tingxu-metro-ai-three-year-2026-synthetic.pdf — a 都市圈 (three cities) 三年行动计划 issued by the 都市圈's joint office and
  printed by LibreOffice, its tasks' roles only in the annex 重点任务分工表 (a 牵头单位 cell naming one body of each city,
  "三市X" in 配合单位, some rows led by the joint office itself);
- minggang-duole-ai-cooperation-2026-synthetic.html — a coastal city's and its paired western county's 东西部协作 plan as the
  county portal's page: agencies of both places, "两地" phrases, each side's figures printed separately.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ct/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_kehui as KH  # noqa: E402
import doc_minggang as MG  # noqa: E402
import doc_tingxu as TX  # noqa: E402
import synthetic_office as office  # noqa: E402


def plain(doc, text):
    """A line standing on its own, not indented (附件 label, 抄送 / 印发)."""
    office.para(doc, text, indent=False)


RENDER = office.renderer(
    {"rule": office.rule, "plain": plain},
    size=10.5,
    widths=lambda n: [1.2, 4.6, 4.2, 3.8, 2.2][:n] if n == 5 else office.second_column_wide(n),
)


if __name__ == "__main__":
    office.build(
        HERE, [m for m in (KH, TX, MG) if "--only" not in sys.argv or m.SLUG in sys.argv], RENDER
    )

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cx documents (SYNTHETIC_CX.md) — INVENTED 2026 documents that AMEND, REISSUE or CARRY ON an
earlier "人工智能+" plan — and their expected extractions (.yaml beside each), from doc_*.py:

- liaochuan-anhui-ai-plus-action-revised-2026-synthetic.docx — a city's 行动方案（2026—2028年）（修订版） re-issued as a Word
  file, a 修订说明 up front (old figure → new figure, an item deleted, one added, a lead and a due changed), then the whole
  revised plan;
- zhuxi-zhejiang-ai-plan-adjustment-2026-synthetic.pdf — a county's notice adjusting its 三年行动计划（2024—2026年） and
  extending it to 2027 ("由50家调整为80家", "目标值由30%提高至45%", "完成时限由2026年底延至2027年6月"), new tasks with roles,
  an annex 调整后目标任务表 (序号 | 任务 | 原目标 | 调整后目标 | 牵头单位 | 配合单位 | 完成时限); built as .docx, printed by
  LibreOffice;
- fengmian-sichuan-ai-plus-work-points-2026-synthetic.html — a district portal's page of its 2026年工作要点 carrying on its
  三年行动方案（2026—2028年）: "完成《三年行动方案》确定的2026年度目标：…", items "继续实施…" in the plan's order and new ones
  numbered on, the plan's 2028 goals restated as background.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cx/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_fengmian as FM  # noqa: E402
import doc_liaochuan as LC  # noqa: E402
import doc_zhuxi as ZX  # noqa: E402
import synthetic_office as office  # noqa: E402


def plain(doc, text):
    """A line standing on its own (附件, an annex caption's neighbours), not indented."""
    office.para(doc, text, indent=False)


def annex_widths(n):
    return [1.0, 2.6, 2.6, 2.8, 2.2, 2.6, 1.8][:n] if n == 7 else office.second_column_wide(n)


RENDER = office.renderer(
    {"rule": office.rule, "plain": plain},
    size=10.5,
    widths=annex_widths,
    centre=lambda c, n: c in (0, 6),
)

MODULES = [LC, ZX, FM]

if __name__ == "__main__":
    office.build(HERE, MODULES, RENDER)

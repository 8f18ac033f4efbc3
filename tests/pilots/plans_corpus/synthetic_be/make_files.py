# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_be documents (SYNTHETIC_BE.md) — INVENTED 2026 "人工智能+" documents of 安徽 /
江西 / 上海 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- chizhou-ai-plus-implementation-2026-synthetic.pdf — a prefecture city's 实施方案, built as .docx and printed
  to PDF by LibreOffice, outline 一、/（一）/1. (no 第X章), goals "由2025年的X提高到Y", items restarting per
  group and closing on "（牵头单位：X；配合单位：Y）";
- xiushui-ai-plus-three-year-2026-synthetic.docx — a county's 三年行动方案 as a Word file, tasks 1．–22．
  numbered on across five 行动 chapters closing on "（X牵头，Y、Z配合）", the rest on bare name lists read
  through a rule stated once ("各项任务所列第一个单位为牵头单位，其他单位为配合单位"), a 专栏 box;
- songjiang-ai-plus-measures-2026-synthetic.html — a 上海 district's 若干政策措施 as its portal page, measures
  （一）… restarting per chapter, each followed by its own line "责任单位：…", subsidy rates, caps and a
  fund's size that are no targets beside a few real ones.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_be/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_chizhou as CZ  # noqa: E402
import doc_songjiang as SJ  # noqa: E402
import doc_xiushui as XS  # noqa: E402
import synthetic_office as office  # noqa: E402


def widths(n):
    """A one-column 专栏 box the page's width; other tables a narrow first column."""
    return [15.6] if n == 1 else [1.4, 8.0, 3.0, 3.2][:n]


RENDER = office.renderer(
    {"rule": office.rule}, widths=widths, size=12, centre=lambda c, n: n > 1 and c != 1
)


if __name__ == "__main__":
    office.build(HERE, (CZ, XS, SJ), RENDER)

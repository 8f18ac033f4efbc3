# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bc documents (SYNTHETIC_BC.md) — INVENTED 2026 "人工智能+" documents of 云南 / 海南 /
四川 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- wenshan-ai-plus-action-2026-synthetic.docx — an autonomous prefecture's three-year 行动方案 as a Word file, seven named
  行动 of items restarting per 行动, closing on "（州X牵头，州Y、Z配合）" / "（X负责）";
- qionghai-ai-plus-work-points-2026-synthetic.html — a county-level city's 2026年工作要点 as its portal page, one-line
  items 1.–29. numbered on across six groups, each closing on "（责任单位：X、Y，完成时限：…）";
- leshan-hitech-ai-plus-2026-synthetic.pdf — a 高新区's 实施方案 built as .docx and printed to PDF by LibreOffice, a
  专栏 indicator table, items 1.–18. numbered on, five of them with sub-items （1）（2）（3） each closing on its own
  "〔牵头单位：X；责任单位：Y〕".

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bc/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_leshan as LS  # noqa: E402
import doc_qionghai as QH  # noqa: E402
import doc_wenshan as WS  # noqa: E402
import synthetic_office as office  # noqa: E402

RENDER = office.renderer(
    {"rule": office.rule}, widths=lambda n: [1.2, 6.0, 1.6, 2.0, 2.0, 2.0][:n], size=11
)


if __name__ == "__main__":
    office.build(HERE, (WS, QH, LS), RENDER)

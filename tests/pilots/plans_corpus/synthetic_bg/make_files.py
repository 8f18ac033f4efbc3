# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bg documents (SYNTHETIC_BG.md) — INVENTED 2026 "人工智能+" documents of 广东 / 湖南 /
福建 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- yangjiang-ai-plus-2026-synthetic.html — a prefecture city's 实施方案 as the city portal's page (nav, 索引号 table,
  footer), items 1.–18. numbered on across five groups closing on "（责任单位：X、Y）" under a rule stated once
  ("排在第一位的为牵头单位"), a 专栏 of scenes;
- anhua-ai-plus-2026-synthetic.docx — a county's 三年行动方案 as a Word file, goals with Chinese numerals, items
  "1．" restarting per 行动 closing on "（牵头单位：X；责任单位：Y）", one 行动 annotated on its heading alone, one item
  of sub-items each annotated (clauses), unnumbered safeguards;
- nanping-jianyang-ai-plus-work-points-2026-synthetic.pdf — an urban district's 2026年工作要点, built as .docx and
  printed to PDF by LibreOffice, a 主要指标 table repeating the goals paragraph, items closing on "（X牵头，Y配合）" and
  kin, annotated safeguards, 抄送 / 印发 lines.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bg/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_anhua as AH  # noqa: E402
import doc_jianyang as JY  # noqa: E402
import doc_yangjiang as YJ  # noqa: E402
import synthetic_office as office  # noqa: E402

RENDER = office.renderer({"rule": office.rule}, widths=lambda n: [1.4, 7.4, 3.4, 3.4][:n], size=12)


if __name__ == "__main__":
    office.build(HERE, (YJ, AH, JY), RENDER)

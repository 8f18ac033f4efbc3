# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bd documents (SYNTHETIC_BD.md) — INVENTED 2026 "人工智能+" documents of 河北 / 山西 /
北京 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- cangzhou-ai-plus-action-2026-synthetic.docx — a prefecture city's three-year 行动计划 as a Word file: goals
  numbered 1.–6., a three-level outline 三、→（一）→1. whose items close on "〔牵头单位：X；配合单位：Y〕", a rule
  stated once for the part;
- houma-ai-plus-work-points-2026-synthetic.pdf — a county-level city's 2026年工作要点, built as .docx and printed
  to PDF by LibreOffice, items （一）–（二十） numbered on across parts, own lines "责任单位：…" / "完成时限：…";
- shunyi-ai-plus-implementation-2026-synthetic.html — a Beijing district's 实施方案 as its portal page, two dated
  goal paragraphs and a 主要指标 table, tasks closing on "（X牵头，Y配合）" and kin, one task of two clauses.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bd/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_cangzhou as CZ  # noqa: E402
import doc_houma as HM  # noqa: E402
import doc_shunyi as SY  # noqa: E402
import synthetic_office as office  # noqa: E402

RENDER = office.renderer({"rule": office.rule}, size=12)


if __name__ == "__main__":
    office.build(HERE, (CZ, HM, SY), RENDER)

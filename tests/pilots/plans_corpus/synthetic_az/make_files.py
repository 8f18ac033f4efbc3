# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_az documents (SYNTHETIC_AZ.md) — INVENTED 2026 "人工智能+" documents of 湖北 / 江苏 /
福建 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- huangshi-ai-plus-2026-synthetic.docx — a prefecture city's three-year 行动计划 as a Word file, in 第一章–第七章
  chapters, numbered principles that are not tasks, tasks （一）–（十七） numbered on across chapters closing on
  "（牵头单位：市X；配合单位：市Y、Z）" (the 市 prefix shared), and a 专栏 box of named projects ending each task chapter;
- pizhou-ai-plus-2026-synthetic.pdf — a county-level city's 实施方案, built as .docx and printed to PDF by
  LibreOffice, "——X。" goal lines, six named 行动 with items 1.–19. numbered on, closing on
  "（牵头单位：X；责任单位：Y[；完成时限：Z]）";
- haicang-ai-plus-2026-synthetic.html — an urban district's 工作方案 as its portal page, one goals paragraph of two
  dated sentences, roles on group headings and on items.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_az/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_haicang as HC  # noqa: E402
import doc_huangshi as HS  # noqa: E402
import doc_pizhou as PZ  # noqa: E402
import synthetic_office as office  # noqa: E402


def cc(doc, text):
    """抄送 / 印发 lines: 14 pt, no first-line indent."""
    office.para(doc, text, size=14, indent=False)


RENDER = office.renderer({"rule": office.rule, "cc": cc, "box": HS.box}, size=12)


if __name__ == "__main__":
    office.build(HERE, (HS, PZ, HC), RENDER)

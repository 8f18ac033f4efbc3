# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cw documents (SYNTHETIC_CW.md) — INVENTED 2026 "人工智能+" documents of the invented province
汀澜 whose division of work is NOT one bracket closing each task — and their expected extractions (.yaml beside each), from
doc_*.py:

- tinglan-ai-plus-implementation-2026-synthetic.docx — the province's 实施方案 as a Word file, each measure several clauses
  closed by their own annotations (one in mid-sentence, one pushed to the next page, sub-items handed to another body);
- zhuyang-ai-plus-action-plan-2026-synthetic.pdf — a city's 行动计划 printed by LibreOffice, every annotation printed BEFORE
  what it covers ("【牵头单位：X；配合单位：Y】" over its item, one over a group heading) and lines covering the items above
  ("以上两项由X牵头，Y配合。", "以上各项工作，各县（市、区）人民政府负责本辖区落实。");
- mianxi-ai-plus-work-plan-2026-synthetic.txt — a county's 工作方案 copied from its portal, measures of run-in points
  "一是…（县X负责）；二是…（县Y负责）", one annotation covering two points, one wrapped onto the next line.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cw/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_mianxi as MX  # noqa: E402
import doc_tinglan as TL  # noqa: E402
import doc_zhuyang as ZY  # noqa: E402
import synthetic_office as office  # noqa: E402


def plain(doc, text):
    """A line standing on its own (an annotation before or after its item, a covering line), not indented."""
    office.para(doc, text, indent=False)


RENDER = office.renderer({"rule": office.rule, "plain": plain}, size=12)


if __name__ == "__main__":
    office.build(HERE, (TL, ZY, MX), RENDER)

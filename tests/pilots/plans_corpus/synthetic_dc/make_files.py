# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_dc documents (SYNTHETIC_DC.md) — INVENTED 2026 "人工智能+" plans of 福建 places whose outlines
carry NO NUMBERS, their levels shown by typography — and their expected extractions (.yaml beside each), from doc_*.py:

- lanzhu-ai-plus-action-plan-2026-synthetic.docx — 岚渚市's 行动方案 as a Word file: unnumbered bold part headings, each task a
  paragraph opened by a BOLD LEAD SENTENCE then its text and "（牵头单位：X；配合单位：Y）";
- danxi-ai-plus-implementation-2026-synthetic.html — 澹溪区's 实施方案 as its portal page: 【】 parts, ■ groups, ● tasks with
  "——" sub-points, ▲ safeguards;
- qiantang-ai-plus-work-plan-2026-synthetic.txt — 芡塘县's 工作方案 copied from its portal: levels by full-width indentation and
  short heading lines without 。, tasks closed by "（X牵头，Y配合）".

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_dc/make_files.py
(--extractions-only writes the .yaml files alone).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_danxi as DX  # noqa: E402
import doc_lanzhu as LZ  # noqa: E402
import doc_qiantang as QT  # noqa: E402
import synthetic_office as office  # noqa: E402


def plain(doc, text):
    office.para(doc, text, indent=False)


def part(doc, text):
    """An unnumbered part heading: bold, 黑体, indented like the body."""
    office.para(doc, [(text, True)], "黑体")


RENDER = office.renderer({"rule": office.rule, "plain": plain, "part": part}, size=12)


if __name__ == "__main__":
    office.build(HERE, (LZ, DX, QT), RENDER)

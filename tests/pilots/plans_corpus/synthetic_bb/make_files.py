# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bb documents (SYNTHETIC_BB.md) — INVENTED 2026 "人工智能+" documents of 辽宁 / 吉林 /
内蒙古东部 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- liaoyang-ai-plus-action-2026-synthetic.docx — a prefecture city's three-year 行动方案 as a Word file, a 主要指标
  table with two deadline columns (2027年, 2028年), five named 行动 each opening on a "具体目标：…" sentence, items
  1.–17. numbered on, each followed by its own line "牵头：X　配合：Y";
- yanji-ai-plus-work-points-2026-synthetic.html — a county-level city's 工作要点 as its portal page, goals in Chinese
  numerals, leads on group headings "（一）标题（牵头单位：X）" over items closing on "（配合单位：Y）" or on nothing;
- morin-dawa-ai-plus-implementation-2026-synthetic.pdf — an autonomous banner's 实施方案, built as .docx and printed to
  PDF by LibreOffice, tasks （一）–（十六） numbered on across chapters closing on "（X牵头，Y配合）" and its kin, a 专栏 box.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bb/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_liaoyang as LY  # noqa: E402
import doc_molidawa as MD  # noqa: E402
import doc_yanji as YJ  # noqa: E402
import synthetic_office as office  # noqa: E402


def box(doc, rows):
    """A 专栏: a one-column bordered table, its title in the first row."""
    office.table(doc, rows, widths=lambda n: [15.6], size=14, centre=lambda c, n: False)


def widths(n):
    return {5: [1.3, 7.1, 2.4, 2.4, 2.4]}.get(n, [1.4, 8.0, 3.0, 3.2][:n])


RENDER = office.renderer({"rule": office.rule, "box": box}, widths=widths, size=12)


if __name__ == "__main__":
    office.build(HERE, (LY, YJ, MD), RENDER)

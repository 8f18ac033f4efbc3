# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bj documents (SYNTHETIC_BJ.md) — INVENTED 2026 "人工智能+" documents of 青海 / 江苏 /
黑龙江 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- tongren-qinghai-ai-plus-three-year-2026-synthetic.docx — a county-level city's 三年行动计划 as a Word file, four levels
  deep (一、→（一）→1.→（1）), items with points carrying their annotation on the heading line, three 专栏 boxes of 工程;
- jiangyan-ai-plus-work-points-2026-synthetic.pdf — a district's 2026年工作要点 built as .docx and printed to PDF by
  LibreOffice, items 1.–34. numbered on across groups, each followed by its own lines "牵头单位：X　配合单位：Y" /
  "责任单位：X、Y" and "完成时限：…" (no brackets), a rule stated once for one group;
- yichun-ai-plus-opinions-2026-synthetic.html — a prefecture city's 实施意见 as its portal page, tasks （一）–（三十二）
  numbered on across parts (the safeguards too) closing on "（X牵头，Y参与）" / "（X负责）" / "（各县（市、区）人民政府，市X按职责分工负责）", goals
  in Chinese numerals with 百亿级 / 千亿元 / 三年内 / 两倍.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bj/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_jiangyan as JY  # noqa: E402
import doc_tongren as TR  # noqa: E402
import doc_yichun as YC  # noqa: E402
import synthetic_office as office  # noqa: E402


def box(doc, rows):
    """A 专栏 box: a one-column bordered table, its title row first, one row per 工程."""
    office.table(
        doc, [[r] for r in rows], widths=lambda n: [15.6], size=12, centre=lambda c, n: False
    )


def plain(doc, text):
    """A line standing on its own under an item (责任单位：… / 完成时限：…), not indented."""
    office.para(doc, text, indent=False)


RENDER = office.renderer({"rule": office.rule, "box": box, "plain": plain}, size=12)


if __name__ == "__main__":
    office.build(HERE, (TR, JY, YC), RENDER)

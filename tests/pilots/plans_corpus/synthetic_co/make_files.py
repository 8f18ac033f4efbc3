# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_co documents (SYNTHETIC_CO.md) — INVENTED documents of 陕西 / 甘肃 / 云南 places that LOOK BACK
and FORWARD: the plan is only part of each; the rest reports what was done — and their expected extractions (.yaml beside
each), from doc_*.py:

- qinlan-ai-industry-summary-and-plan-2026-synthetic.docx — a city 工信局's 2025年工作总结及2026年工作计划 as a Word file: a
  past part of bold-led paragraphs full of 2025 figures, problems, then the 2026 plan (goals, items 1.–13. with
  "（牵头单位：X；配合单位：Y）"), safeguards and requests to the city government;
- gansu-ai-three-year-plan-final-evaluation-2026-synthetic.pdf — a province's 三年行动计划（2023—2025年）终期评估报告 built as
  .docx and printed to PDF by LibreOffice: 表1 of the old plan's targets and readings, 表2 of its tasks with 牵头单位, then
  六、下一步工作安排（2026—2027年） with new goals and tasks "（X牵头，Y配合）";
- cangping-government-work-report-2026-synthetic.html — a district's 2026 政府工作报告 as its portal page: the 2025 review,
  the 十五五 纲要's figures, eight areas of 2026 work of which ONE is AI / 数字经济, and an appended 重点工作任务分工 table
  (the only place the AI tasks' roles stand).

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_co/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_cangping as CP  # noqa: E402
import doc_gansu as GS  # noqa: E402
import doc_qinlan as QL  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402


def cover(doc, text):
    """The report's cover title: large, centred, with space above."""
    for _ in range(4):
        office.para(doc, "", indent=False)
    office.para(doc, text, "方正小标宋简体", 26, WD_ALIGN_PARAGRAPH.CENTER, False)
    office.para(doc, "", indent=False)


def coverline(doc, text):
    office.para(doc, text, "楷体_GB2312", 18, WD_ALIGN_PARAGRAPH.CENTER, False)


def wtable(doc, spec):
    """A bordered table with its own column widths (cm), cells in 10.5 pt."""
    widths, rows = spec
    office.table(doc, rows, widths=lambda n: widths, size=10.5, centre=lambda c, n: c != 1)


RENDER = office.renderer(
    {"cover": cover, "coverline": coverline, "wtable": wtable}, caption=("黑体", 14)
)


if __name__ == "__main__":
    office.build(HERE, (QL, GS, CP), RENDER)

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_de documents (SYNTHETIC_DE.md) — INVENTED 2026 "人工智能+" documents of the invented city 泾槐 (江西省)
and two places under it whose division of work carries DEADLINES AND STAGES beside the roles — and their expected extractions
(.yaml beside each), from doc_*.py:

- jinghuai-ai-plus-implementation-2026-synthetic.docx — the city's 实施方案 as a Word file: annotations "（牵头单位：X；配合单位：Y；
  完成时限：2026年12月底前）" / "（X牵头，Y配合，2026年6月底前完成）" / "（责任单位：X；持续推进）", 时间节点 lines under items, stage lines
  "第一阶段（2026年1—6月）：…" with counts;
- rongling-ai-plus-action-plan-2026-synthetic.pdf — a district's 行动计划 printed by LibreOffice, its tasks a table with columns
  完成时限 and 阶段性目标 ("2026年底前建成…1个");
- wentang-ai-plus-work-plan-2026-synthetic.html — a county's 工作方案 as its portal page, dated annotations, 时间节点 paragraphs, stage
  lines and an annex 进度安排表 by quarter (2026年第二季度).

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_de/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_jinghuai as JH  # noqa: E402
import doc_rongling as RL  # noqa: E402
import doc_wentang as WT  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402


def task_table(doc, rows):
    """The 重点任务分工表: six columns, the task cell wide, 10.5 pt; its header row repeated on each page
    (Word's 重复标题行), as offices set long tables."""
    office.table(
        doc,
        rows,
        widths=lambda n: [0.9, 5.2, 1.9, 2.3, 1.8, 3.5],
        size=10.5,
        centre=lambda c, n: c in (0, 4),
    )
    trpr = doc.tables[-1].rows[0]._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))


RENDER = office.renderer({"rule": office.rule, "table": task_table}, size=12)


if __name__ == "__main__":
    office.build(HERE, (JH, RL, WT), RENDER)

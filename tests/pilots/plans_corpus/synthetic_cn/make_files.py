# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cn documents (SYNTHETIC_CN.md) — INVENTED 2026 "人工智能+" documents of 东南 coastal places
(福建 / 浙江) whose figures are mostly POLICY INSTRUMENTS (subsidy rates and ceilings, rewards, eligibility thresholds, budgets,
funds being set up, procedural time limits) beside a few true goals — and their expected extractions (.yaml beside each), from
doc_*.py:

- xipu-ai-industry-support-measures-2026-synthetic.docx — a city's 若干政策措施 as a Word file: the goals inside the purpose
  sentence, articles 第一条–第十五条 of support measures each closing on "（责任单位：X、Y）", the role rule stated in the 附则;
- cuiyu-ai-policy-implementation-guide-2026-synthetic.pdf — a district's 实施细则（申报指南） built as .docx and printed to PDF
  by LibreOffice: support items of 申报条件 / 支持标准 / 申报材料 / 受理部门；审核部门, a procedure with its 时限, ONE target;
- chengao-ai-plus-action-plan-2026-synthetic.html — a county's 行动方案 as its portal page: goals and tasks with true targets
  (money among them), a 专栏 table of 重点项目 with 总投资, a 保障措施 part dense with money.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cn/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_chengao as CA  # noqa: E402
import doc_cuiyu as CY  # noqa: E402
import doc_xipu as XP  # noqa: E402
import synthetic_office as office  # noqa: E402


def plain(doc, text):
    """A line standing on its own, not indented (the 附件 list's second line)."""
    office.para(doc, text, indent=False)


def contacts(doc, rows):
    """The 联系方式 table: four bordered columns, the second (the office) wide."""
    office.table(
        doc,
        rows,
        widths=lambda n: [4.6, 5.0, 2.8, 3.2],
        size=12,
        centre=lambda c, n: c in (2, 3),
    )


RENDER = office.renderer({"rule": office.rule, "plain": plain, "table": contacts}, size=12)


if __name__ == "__main__":
    office.build(HERE, (XP, CY, CA), RENDER)

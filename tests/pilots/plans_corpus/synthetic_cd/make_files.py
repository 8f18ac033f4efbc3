# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cd documents (SYNTHETIC_CD.md) — INVENTED 2026 "人工智能+" documents of invented 西南 places whose
annotations name ACTORS BEYOND GOVERNMENT — and their expected extractions (.yaml beside each), from doc_*.py:

- dianling-ai-plus-action-plan-2026-synthetic.docx — a province's 行动计划 as a Word file, tasks （一）–（十三） closing on
  "（牵头单位：X；配合单位：Y、Z）" over central bodies in the province, state firms, a university, an academy institute, an
  association and party bodies beside 省 departments;
- tangxi-ai-plus-work-plan-2026-synthetic.pdf — a city's 工作方案 built as .docx and printed to PDF by LibreOffice, items 1.–12.
  closing on "（责任领导：…；牵头单位：X；配合单位：Y；[督办单位：…；]完成时限：2026年12月底）", some followed by a 联系人 line;
- yanping-ai-plus-task-list-2026-synthetic.txt — a district's 任务清单 as plain text, entries of labelled lines whose 责任主体
  hold 各街道办事处, the district's state firm and platform company, a park's 管委会 and two 社会组织.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cd/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_dianling as DL  # noqa: E402
import doc_tangxi as TX  # noqa: E402
import doc_yanping as YP  # noqa: E402
import synthetic_office as office  # noqa: E402


def plain(doc, text):
    """A line standing on its own under an item (联系人：…), not indented."""
    office.para(doc, text, indent=False)


RENDER = office.renderer({"rule": office.rule, "plain": plain}, size=12)


if __name__ == "__main__":
    office.build(HERE, (DL, TX, YP), RENDER)

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_da documents (SYNTHETIC_DA.md) — INVENTED 2026 "人工智能+" plans of DEPARTMENTS whose agencies
are the department's own INTERNAL DIVISIONS and subordinate units — and their expected extractions (.yaml beside each),
from doc_*.py:

- yunchuan-education-ai-plus-action-2026-synthetic.docx — a province's 教育厅 行动方案 as a Word file (牵头处室 / 配合处室 /
  责任单位: 规划处, 科技处 …, 省电化教育馆, 省教育考试院, 各市（州）教育局);
- xuning-health-ai-plus-implementation-2026-synthetic.pdf — a city 卫生健康委员会's 实施方案 printed by LibreOffice (牵头科室 /
  配合科室 / 责任单位: 医政医管科 …, 市疾控中心, 委属各医疗机构, 各区县卫生健康局);
- longyuan-transport-ai-plus-work-points-2026-synthetic.html — a city 交通运输局's 工作要点 as its portal page (牵头科室 /
  配合单位 / 实施主体: 科技信息科 …, 市交通运输综合行政执法支队, 市公交集团, 市轨道交通集团).

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_da/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_longyuan as LY  # noqa: E402
import doc_xuning as XN  # noqa: E402
import doc_yunchuan as YC  # noqa: E402
import synthetic_office as office  # noqa: E402


def plain(doc, text):
    """A line standing on its own (联系处室, 抄送, 印发), not indented."""
    office.para(doc, text, indent=False)


RENDER = office.renderer({"rule": office.rule, "plain": plain}, size=12)


if __name__ == "__main__":
    office.build(HERE, (YC, XN, LY), RENDER)

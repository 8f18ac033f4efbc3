# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_av documents (SYNTHETIC_AV.md) — INVENTED 2026 documents of the genre in
内蒙古 / 辽宁 / 河北 — and their expected extractions (.yaml beside each), from doc_*.py:

- inner-mongolia-ai-plus-action-2026-synthetic.pdf — the autonomous region's "人工智能+" 行动计划, built as
  .docx and printed to PDF by LibreOffice, tasks （一）–（十四） numbered on across three chapters, 抄送 / 印发 lines;
- jinzhou-ai-plus-measures-2026-synthetic.html — a prefecture city's 若干措施 as its portal page, measures 1.–18.
  numbered on across five groups, "（责任单位：…）" under a rule printed once in the closing paragraph;
- qianan-ai-steel-three-year-2026-synthetic.docx — a county-level city's "人工智能+钢铁" 三年行动计划 (python-docx),
  items restarting per 行动 closing on "（牵头单位：X；配合单位：Y；完成时限：Z）", an annex 主要指标表.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_av/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_jinzhou as JZ  # noqa: E402
import doc_neimenggu as NM  # noqa: E402
import doc_qianan as QA  # noqa: E402
import synthetic_office as office  # noqa: E402
from synthetic_office import para  # noqa: E402


def cc(doc, text):
    para(doc, text, "仿宋_GB2312", 14, None, False)


RENDER = office.renderer(
    {"rule": lambda doc, text: para(doc, "", indent=False), "cc": cc},  # rule: the line above 抄送
    caption=("方正小标宋简体", 18),
    widths=lambda n: [1.4, 7.4, 1.8, 2.5, 2.5],
    size=12,
)


if __name__ == "__main__":
    office.build(HERE, (NM, JZ, QA), RENDER)

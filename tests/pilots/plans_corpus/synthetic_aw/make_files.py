# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_aw documents (SYNTHETIC_AW.md) — INVENTED 2026 "人工智能+" documents of 浙江 / 广东
places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- quzhou-ai-plus-three-year-2026-synthetic.pdf — a prefecture city's 三年行动计划, built as .docx and printed to
  PDF by LibreOffice: six named 行动 of items 1.–3. with no annotation in the body, the roles in an annexed
  重点任务分工表 (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限), 抄送 / 印发 lines;
- shantou-longhu-ai-measures-2026-synthetic.docx — an urban district's 若干措施 (python-docx), articles 第一条–
  第十六条 numbered on across five headings, each followed by an own line "责任单位：…" under a rule stated once;
- huizhou-zhongkai-ai-plus-2026-synthetic.html — a high-tech zone 管委会's 实施方案 as its portal page saved.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_aw/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_longhu as LH  # noqa: E402
import doc_quzhou as QZ  # noqa: E402
import doc_zhongkai as ZK  # noqa: E402
import synthetic_office as office  # noqa: E402
from synthetic_office import para  # noqa: E402

WIDTHS = {5: [1.2, 5.0, 3.8, 3.8, 2.0]}


def annexno(doc, text):
    para(doc, text, "黑体", indent=False)


def article(doc, text):
    """第X条 in bold, a full-width space, the article."""
    para(doc, [(text[0], True), ("　" + text[1], False)])


def rule(doc, text):
    """抄送 / 印发 lines."""
    para(doc, text, "仿宋_GB2312", 14, indent=False)


RENDER = office.renderer(
    {"annexno": annexno, "article": article, "rule": rule, "date": para},
    caption=("方正小标宋简体", 18),
    widths=lambda n: WIDTHS.get(n, [15.6 / n] * n),
    size=12,
    centre=lambda c, n: c in (0, n - 1),
)


if __name__ == "__main__":
    office.build(HERE, (QZ, LH, ZK), RENDER)

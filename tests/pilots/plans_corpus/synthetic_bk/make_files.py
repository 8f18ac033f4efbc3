# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bk documents (SYNTHETIC_BK.md) — INVENTED 2026 "人工智能+" documents of 山东 / 新疆 /
四川 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- rongcheng-ai-plus-action-2026-synthetic.pdf — a county-level city's 行动计划 built as .docx and printed to PDF by
  LibreOffice, its goals' figures ONLY in a 主要指标 table (指标 | 单位 | 2025年基数 | 2027年 | 2028年 | 属性), tasks
  （一）–（二十） numbered on across chapters, each followed by a line "牵头单位：X　责任单位：Y";
- altay-ai-plus-notice-2026-synthetic.docx — a prefecture 行署办公室's notice as a Word file printing the plan after
  "附件", the plan's tasks a 重点任务分工表 with merged cells and cells of several paragraphs, the lead rule stated once;
- anyue-ai-plus-plan-2026-synthetic.html — a county's 实施方案 as its portal page, annotations in 【】 and
  "（责任单位：X（牵头）、Y、Z）", two groups annotated on their heading only, 各乡镇 / 有关部门 as actors and not.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bk/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_altay as AL  # noqa: E402
import doc_anyue as AY  # noqa: E402
import doc_rongcheng as RC  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402


def indicator_table(doc, rows):
    """The 主要指标 table as offices set it in Word: no row split by a page end, the header row
    repeated on the next page."""
    office.table(
        doc,
        rows,
        widths=lambda n: [5.4, 1.7, 2.3, 2.0, 2.0, 2.0][:n],
        size=11,
        centre=lambda c, n: c != 0,
    )
    for r, row in enumerate(doc.tables[-1].rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if r == 0:
            tr_pr.append(OxmlElement("w:tblHeader"))


RENDER = office.renderer(
    {"rule": office.rule, "table": indicator_table, "tasktable": AL.task_table}
)


if __name__ == "__main__":
    office.build(HERE, (RC, AL, AY), RENDER)

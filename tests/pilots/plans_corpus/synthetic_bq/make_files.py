# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bq documents (SYNTHETIC_BQ.md) — INVENTED 2026 sector plans issued by DEPARTMENTS of 云南 /
海南 / 天津 places — and their expected extractions (.yaml beside each), from doc_*.py:

- zhaotong-ai-plus-health-2026-synthetic.docx — a JOINT notice of four city departments printing the 卫健委's "人工智能+医疗卫生"
  实施方案 as a Word file, tasks annotated with the 卫健委's internal 科室 / units beside the other departments;
- dongfang-transport-ai-plus-work-plan-2026-synthetic.pdf — a city 交通运输局's 工作方案 printed by LibreOffice, goals year by year
  in one paragraph ("2026年：…；2027年：…；2028年：…"), its tasks the rows of a 任务清单 table (序号 | 工作任务 | 具体内容 |
  责任处室（单位） | 完成时限) with a lead rule stated once;
- hedong-education-ai-plus-action-plan-2026-synthetic.html — a district 教育局's 行动计划 as its portal page, goals split by school
  stage and by year, tasks closing on "（责任科室：X；配合科室：Y）", an 附件 试点学校名单.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bq/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_dongfang as DF  # noqa: E402
import doc_hedong as HD  # noqa: E402
import doc_zhaotong as ZT  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402


def list_table(doc, rows):
    """The 任务清单: a bordered table, its header row first and repeated on every page, no row
    split by a page end; 具体内容 the wide column."""
    office.table(
        doc,
        rows,
        widths=lambda n: [1.2, 2.6, 7.4, 2.8, 2.0],
        size=10.5,
        centre=lambda c, n: c in (0, 4),
    )
    table = doc.tables[-1]
    for i, row in enumerate(table.rows):
        trpr = row._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))
        if i == 0:
            trpr.append(OxmlElement("w:tblHeader"))


def plain(doc, text):
    office.para(doc, text, indent=False)


RENDER = office.renderer({"rule": office.rule, "tasklist": list_table, "plain": plain}, size=12)


if __name__ == "__main__":
    office.build(HERE, (ZT, DF, HD), RENDER)

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cv documents (SYNTHETIC_CV.md) — INVENTED 2026 "人工智能+" documents of 湖北 / 安徽 / 江西
places whose division of work uses the WIDER VOCABULARY of real offices, with persons beside bodies — and their expected
extractions (.yaml beside each), from doc_*.py:

- hengchuan-hubei-ai-plus-implementation-2026-synthetic.docx — a city's 实施方案 as a Word file, items closing on
  "（主办单位：X；协办单位：Y）" (one 承办单位, one 第一责任单位), a "责任领导：姓名（副市长）" line under each group heading, a
  联系人 / 联系电话 line;
- luting-anhui-ai-plus-work-points-2026-synthetic.pdf — a district's 2026年工作要点 built as .docx and printed to PDF by
  LibreOffice, its tasks a table 序号 | 工作任务 | 主责单位 | 协同单位 | 责任领导 | 督办单位 | 完成时限 (header repeated on each page,
  rows not split);
- songlan-jiangxi-ai-plus-action-2026-synthetic.html — a county's 行动方案 as its portal page, roles in run-in prose ("由X统筹，
  Y具体实施", "X主抓，Y协助", "X抓总，Y分工落实", "X负责，Y支持") and "（实施主体：公司；牵头单位：县X）" on enterprise-led tasks,
  the site footer's 主办 / 承办.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cv/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_hengchuan as HC  # noqa: E402
import doc_luting as LT  # noqa: E402
import doc_songlan as SL  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402

WIDTHS = [0.9, 5.9, 1.9, 2.1, 1.8, 1.5, 1.5]  # cm: 15.6, the text width


def plain(doc, text):
    """A line standing on its own (责任领导：…, 注：…, 联系人：…), not indented."""
    office.para(doc, text, indent=False)


def task_table(doc, rows):
    """The 工作要点's task table: 10.5 pt, the header row repeated at the top of each page, no row
    split across a page end (as offices set a 分工表 so that it prints whole)."""
    office.table(doc, rows, widths=lambda n: WIDTHS, size=10.5, centre=lambda c, n: c != 1)
    table = doc.tables[-1]
    for r, row in enumerate(table.rows):
        props = row._tr.get_or_add_trPr()
        props.append(OxmlElement("w:cantSplit"))
        if r == 0:
            props.append(OxmlElement("w:tblHeader"))


RENDER = office.renderer({"rule": office.rule, "plain": plain, "tasktable": task_table}, size=12)


if __name__ == "__main__":
    office.build(HERE, (HC, LT, SL), RENDER)

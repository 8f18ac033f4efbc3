# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bt documents (SYNTHETIC_BT.md) — INVENTED 2026 "人工智能+" plans issued by single government
DEPARTMENTS (a city 公安局, a province 农业农村厅, a county 文化广电体育和旅游局) naming their own internal units — and their
expected extractions (.yaml beside each), from doc_*.py:

- guangyuan-police-ai-plus-implementation-2026-synthetic.docx — 广元市公安局's 实施方案 as a Word file, items 1.–22. numbered
  on across five groups, each closing on "（牵头：X；配合：Y、Z）" / "（责任部门：X、Y）" naming 警种 and units;
- hunan-agriculture-ai-plus-action-2026-synthetic.pdf — 湖南省农业农村厅's 行动方案 built as .docx and printed to PDF by
  LibreOffice, a 2026–2028 indicator table, each item followed by its own line "牵头处室：X　参与单位：Y、Z";
- leishan-culture-tourism-ai-plus-work-2026-synthetic.html — 雷山县文化广电体育和旅游局's 工作方案 as its web page, tasks the rows
  of a table 序号|工作任务|责任股室|责任人|完成时限 (责任人 a post, not an agency).

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bt/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_guangyuan as GY  # noqa: E402
import doc_hunan as HN  # noqa: E402
import doc_leishan as LS  # noqa: E402
import synthetic_office as office  # noqa: E402


def box(doc, rows):
    """A 专栏 box: a one-column bordered table, its title row first, one row per 工程."""
    office.table(
        doc, [[r] for r in rows], widths=lambda n: [15.6], size=12, centre=lambda c, n: False
    )


def plain(doc, text):
    """A line standing on its own under an item (责任单位：… / 完成时限：…), not indented."""
    office.para(doc, text, indent=False)


def indicator_widths(n):
    """The indicator table (湖南): a wide first column for the indicator's name, narrow year columns."""
    return [5.4] + [10.2 / (n - 1)] * (n - 1)


RENDER = office.renderer(
    {"rule": office.rule, "box": box, "plain": plain},
    size=12,
    widths=indicator_widths,
    centre=lambda c, n: c != 0,
)


if __name__ == "__main__":
    office.build(HERE, (GY, HN, LS), RENDER)

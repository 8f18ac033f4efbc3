# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cm documents (SYNTHETIC_CM.md) — INVENTED 2026 "人工智能+" plans of 华中 places no folder held,
whose tasks are written as TASK CARDS (任务卡 / 项目卡) — and their expected extractions (.yaml beside each), from doc_*.py:

- huanyang-ai-plus-implementation-2026-synthetic.docx — a city's 实施方案 as a Word file: goals in prose, then each task a
  bold heading "任务一：…" followed by labelled lines 工作目标： / 主要举措： / 进度安排： / 牵头单位： / 配合单位： / 责任人： /
  完成时限：;
- zhichuan-ai-plus-battle-map-list-2026-synthetic.pdf — a district's 挂图作战 项目清单 built as .docx and printed to PDF by
  LibreOffice: each card a caption "项目卡NN" and a small two-column bordered table (label | content), one after another,
  some split over a page break;
- ganyuan-ai-plus-work-plan-2026-synthetic.html — a county's 工作方案 as its portal page: each card a <div class="card">,
  its lines a <dl> (<dt>/<dd>) or paragraphs led by <strong>label：</strong>, a 考核指标 line with its 分值 per card.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cm/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_ganyuan as GY  # noqa: E402
import doc_huanyang as HY  # noqa: E402
import doc_zhichuan as ZC  # noqa: E402
import synthetic_office as office  # noqa: E402


def card(doc, text):
    """A task card's heading "任务一：…": bold 楷体, indented."""
    office.para(doc, text, "楷体_GB2312", bold=True)


def label(doc, line):
    """A card's labelled line: its label bold, the content plain; a "——" line under 进度安排 has no label."""
    name, content = line
    if name is None:
        office.para(doc, content)
    else:
        office.para(doc, [(name, True), (content, False)])


def cardcap(doc, text):
    """The caption over a project card's table: "项目卡01", 黑体, flush left."""
    office.para(doc, text, "黑体", 14, indent=False)


def cardtable(doc, rows):
    """A project card: a bordered two-column table, label | content, no header row; rows may break over a page."""
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    t.autofit = False
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(2.8), Cm(12.8))
    for r, (name, content) in enumerate(rows):
        for c, text in enumerate((name, content)):
            cell = t.cell(r, c)
            cell.width = widths[c]
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c == 0 else WD_ALIGN_PARAGRAPH.JUSTIFY
            office.run_font(
                p.add_run(text), "黑体" if c == 0 else "仿宋_GB2312", 12, r == 0 and c == 1
            )
    for c, col in enumerate(t.columns):
        col.width = widths[c]
    office.para(doc, "", size=8, indent=False)


def note(doc, text):
    office.para(doc, text, size=14, indent=False)


RENDER = office.renderer(
    {
        "rule": office.rule,
        "card": card,
        "label": label,
        "cardcap": cardcap,
        "cardtable": cardtable,
        "note": note,
    },
    size=12,
)


if __name__ == "__main__":
    office.build(HERE, (HY, ZC, GY), RENDER)

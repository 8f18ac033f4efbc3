# ruff: noqa: E501  (plan text as the office writes it)
"""Builds the three synthetic_ch documents (SYNTHETIC_CH.md) — INVENTED "十五五" (2026—2030年) plans of an invented 华北
province, one of its cities and one of that city's districts — and their expected extractions (.yaml beside each), from
doc_*.py:

- shuoyuan-ai-industry-15th-five-year-plan-synthetic.docx — a province's "十五五"人工智能产业发展规划 as a Word file:
  a 目录, chapters 第一章…第六章 of sections 第一节…, 第一章 of PAST figures, 表1 主要指标 (2025年（基期） | 2030年 |
  年均增速/累计 | 属性), task sections without annotation whose roles stand only in 附件 重点任务分工表, two 专栏 boxes of 工程;
- huyang-digital-economy-ai-15th-five-year-plan-synthetic.pdf — a city's 数字经济和人工智能 十五五 plan printed to PDF by
  LibreOffice: milestones 到2028年 / 到2030年, a 远景目标 展望2035年 with figures, tasks "（责任单位：X、Y）" under a rule
  "列第一位的为牵头单位";
- baitai-ai-industry-15th-five-year-plan-synthetic.html — a district's 十五五 AI plan as its portal page, 一、/（一）/1.,
  its 主要指标 written as prose with baselines in brackets, tasks "（牵头单位：X；配合单位：Y）".

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ch/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_baitai as BT  # noqa: E402
import doc_huyang as HY  # noqa: E402
import doc_shuoyuan as SY  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402

CENTRE = WD_ALIGN_PARAGRAPH.CENTER


def box(doc, rows):
    """A 专栏 box: a one-column bordered table, its title row first, one row per 工程."""
    office.table(
        doc, [[r] for r in rows], widths=lambda n: [15.6], size=12, centre=lambda c, n: False
    )


def indicators(doc, rows):
    """表1 主要指标: 指标 | 单位 | 2025年（基期） | 2030年 | 年均增速/累计 | 属性."""
    office.table(
        doc,
        rows,
        widths=lambda n: [4.6, 1.7, 2.3, 1.9, 3.0, 2.1],
        size=11,
        centre=lambda c, n: c != 0,
    )


def annex(doc, rows):
    """附件 重点任务分工表: 序号 | 重点任务 | 牵头单位 | 参与单位 | 完成时限."""
    office.table(
        doc,
        rows,
        widths=lambda n: [1.2, 4.6, 3.4, 4.2, 2.2],
        size=12,
        centre=lambda c, n: c in (0, 4),
    )


RENDER = office.renderer(
    {
        "rule": office.rule,
        "box": box,
        "table": indicators,
        "annex": annex,
        "chapter": lambda doc, text: office.para(doc, text, "黑体", 16, CENTRE, False),
        "section": lambda doc, text: office.para(
            doc, text, "楷体_GB2312", 16, CENTRE, False, bold=True
        ),
        "toc": lambda doc, text: office.para(doc, text, indent=False),
        "note": lambda doc, text: office.para(doc, text, "仿宋_GB2312", 12, None, False),
    },
    caption=("黑体", 14),
)


if __name__ == "__main__":
    office.build(HERE, (SY, HY, BT), RENDER)

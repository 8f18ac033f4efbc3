# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_au documents (SYNTHETIC_AU.md) — INVENTED 2026 documents of the genre's neighbours
(山东 / 江西 / 广西 places no folder held) — and their expected extractions (.yaml beside each), from doc_*.py:

- dongying-ai-manufacturing-2026-synthetic.docx — a city's "人工智能+制造" 专项行动方案 (python-docx), items 1.–12.
  numbered on across four groups, a rule stated once in the first annotation;
- yingtan-data-digital-economy-2026-synthetic.pdf — a city's 数据要素和数字经济 三年行动计划 with AI goals inside,
  built as .docx and printed to PDF by LibreOffice, with a 主要指标 table repeating the goals paragraph;
- chongzuo-ai-plus-work-points-2026-synthetic.html — a city's "人工智能+" 2026年工作要点 as its portal page, the tasks
  rows of one table 序号 | 工作任务 | 责任单位 | 完成时间 in the body.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_au/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_chongzuo as CZ  # noqa: E402
import doc_dongying as DY  # noqa: E402
import doc_yingtan as YT  # noqa: E402
import synthetic_office as office  # noqa: E402

if __name__ == "__main__":
    office.build(HERE, (DY, YT, CZ), office.renderer())

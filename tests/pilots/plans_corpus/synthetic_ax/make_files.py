# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ax documents (SYNTHETIC_AX.md) — INVENTED 2026 documents of the genre
(重庆 / 四川 / 贵州 places no folder held) — and their expected extractions (.yaml beside each), from doc_*.py:

- beibei-ai-plus-task-division-2026-synthetic.txt — a Chongqing district's 任务分工方案 saved from its portal as text,
  items 1.–19. each followed by a line "牵头单位：…；配合单位：…";
- liangshan-ai-plus-action-2026-synthetic.docx — an autonomous prefecture's 行动方案 (python-docx), items restarting
  1.–3. in each group, annotations （X牵头，Y配合） / （X负责）;
- bijie-ai-plus-implementation-2026-synthetic.pdf — a prefecture city's 实施方案 with a 主要指标 table, printed to PDF by
  LibreOffice, tasks （一）–（十二） numbered on across three 行动 chapters.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ax/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_beibei as BB  # noqa: E402
import doc_bijie as BJ  # noqa: E402
import doc_liangshan as LS  # noqa: E402
import synthetic_office as office  # noqa: E402

if __name__ == "__main__":
    office.build(HERE, (BB, LS, BJ), office.renderer())

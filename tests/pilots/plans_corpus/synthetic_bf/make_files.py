# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bf documents (SYNTHETIC_BF.md) — INVENTED 2026 "人工智能+" documents of 河南 / 山东 /
湖北 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- linzhou-ai-plus-implementation-plan-2026-synthetic.docx — a county-level city's 实施方案 as a Word file, items
  restarting per group closing on "（市X牵头，市Y配合）" and kin, a 主要指标 table, a 专栏 box of 工程;
- yishui-ai-plus-work-points-2026-synthetic.pdf — a county's 2026年工作要点 built as .docx and printed to PDF by
  LibreOffice, tasks numbered on across parts with 〔…〕 annotations;
- xinzhou-ai-plus-policy-measures-2026-synthetic.html — a 武汉 district's 若干政策措施 as its portal page.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bf/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_linzhou as LZ  # noqa: E402
import doc_xinzhou as XZ  # noqa: E402
import doc_yishui as YS  # noqa: E402
import synthetic_office as office  # noqa: E402

RENDER = office.renderer({"rule": office.rule}, size=12)


if __name__ == "__main__":
    office.build(HERE, (LZ, YS, XZ), RENDER)

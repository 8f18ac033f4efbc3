# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_dd documents (SYNTHETIC_DD.md) — INVENTED 2026 "人工智能+" documents whose annotations name the
same body in CHANGING FORMS (a full name defined once "X（以下简称Y）", 挂牌 names in brackets, "（原X）" after 机构改革, a division
in brackets, central units, 群团 and party bodies) — and their expected extractions (.yaml beside each), from doc_*.py:

- chenglan-ai-plus-implementation-2026-synthetic.docx — 澄岚市's 实施方案 as a Word file;
- yingjiang-ai-plus-action-plan-2026-synthetic.pdf — 潆江省's 行动计划 printed by LibreOffice (bodies with and without 省);
- liaopu-ai-plus-work-plan-2026-synthetic.html — 蓼浦区's 工作方案 as its portal page.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_dd/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_chenglan as CL  # noqa: E402
import doc_liaopu as LP  # noqa: E402
import doc_yingjiang as YJ  # noqa: E402
import synthetic_office as office  # noqa: E402


def plain(doc, text):
    office.para(doc, text, indent=False)


RENDER = office.renderer({"rule": office.rule, "plain": plain}, size=12)


if __name__ == "__main__":
    office.build(HERE, (CL, YJ, LP), RENDER)

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cu documents (SYNTHETIC_CU.md) — INVENTED 2026 "人工智能+" plans of 江西 / 湖北 / 湖南 places
whose outlines are NUMBERED IN UNUSUAL CHARACTERS — and their expected extractions (.yaml beside each), from doc_*.py:

- qinxi-jiangxi-ai-plus-implementation-2026-synthetic.docx — a city's 实施方案 as typed in WPS: parts Ⅰ、Ⅱ、, sections ㈠ ㈡,
  tasks ⒈ ⒉, sub-items ⑴ ⑵, annotations （牵头单位：X；配合单位：Y）;
- weichuan-hubei-ai-plus-action-2026-synthetic.pdf — a district's 行动方案 printed by LibreOffice: parts 第一部分…, sections
  "任务一：…", tasks "１．" in full-width digits with ◆-bulleted points, goals as ● bullets;
- fengyuan-hunan-ai-plus-work-plan-2026-synthetic.html — a county's 工作方案 as its portal page: parts 一、, sections A. B. C.,
  tasks ❶ ❷ with annotations in 【】, goals ① ②.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cu/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs LibreOffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_fengyuan as FY  # noqa: E402
import doc_qinxi as QX  # noqa: E402
import doc_weichuan as WC  # noqa: E402
import synthetic_office as office  # noqa: E402


def plain(doc, text):
    """A line standing on its own (a bullet point, an annotation line), indented as body text."""
    office.para(doc, text)


RENDER = office.renderer({"rule": office.rule, "plain": plain}, size=12)

MODULES = [QX, WC, FY]

if __name__ == "__main__":
    office.build(HERE, MODULES, RENDER)

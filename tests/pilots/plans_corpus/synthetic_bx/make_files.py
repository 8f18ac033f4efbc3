# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bx documents (SYNTHETIC_BX.md) — INVENTED 2026 "人工智能+" plans as they reach a reader in other
scripts and languages — and their expected extractions (.yaml beside each), from doc_*.py (through bx_plan.py):

- kaiping-ai-plus-action-2026-synthetic.html — a county-level city's 行动方案 reposted by a Hong Kong news site in TRADITIONAL
  characters (the site's chrome, 「」 quotes, annotations （牽頭單位：…；配合單位：…））;
- jinghong-ai-plus-bilingual-2026-synthetic.docx — a border city's bilingual plan, each Chinese paragraph followed by its English
  translation (headings and annotated tasks too);
- xiangzhou-ai-plus-implementation-2026-synthetic.txt — a district plan copied from a traditional-character PDF into a .txt:
  hard line breaks, page numbers, full-width digits, （責任單位：…）.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bx/make_files.py
(--extractions-only writes the .yaml files alone)."""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_jinghong as JH  # noqa: E402
import doc_kaiping as KP  # noqa: E402
import doc_xiangzhou as XZ  # noqa: E402
import synthetic_office as office  # noqa: E402


def english(doc, text):
    """An English translation paragraph: Times New Roman, grey, not indented."""
    office.para(doc, [(text, False)], "Times New Roman", 14, None, False, (0x40, 0x40, 0x40))


RENDER = office.renderer({"english": english}, size=12)


if __name__ == "__main__":
    office.build(HERE, (KP, JH, XZ), RENDER)

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_df documents (SYNTHETIC_DF.md) — INVENTED 2026 "人工智能+" plans of the invented city 璟川 and
two places under it, as Word files CIRCULATED AS DRAFTS — and their expected extractions (.yaml beside each), from doc_*.py:

- jingchuan-ai-plus-action-plan-2026-draft-synthetic.docx — the city's 行动方案 征求意见稿 (title in a content control, a TOC
  field, tracked changes, comments, a 专栏 in a text box, a hidden drafting note);
- huanning-ai-plus-implementation-2026-draft-synthetic.docx — a district's 实施方案 送审稿 (title and the 文号 / date layout
  table in content controls, tracked changes, comments, hidden text closing paragraphs);
- linxi-ai-plus-work-plan-2026-draft-synthetic.docx — a county's 工作方案 修改稿 (文号 and date in a layout table, a 专栏 text
  box, a whole hidden task, tracked changes, comments).

The extraction is the document AS ACCEPTED: insertions in, deletions out, comments and hidden text out.
Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_df/make_files.py
(--extractions-only writes the .yaml files alone).
"""

import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_huanning as HN  # noqa: E402
import doc_jingchuan as JC  # noqa: E402
import doc_linxi as LX  # noqa: E402
import synthetic_office as office  # noqa: E402
from df_word import extra_kinds  # noqa: E402

RENDER = office.renderer(extra_kinds(), size=14)


def steady(path: Path):
    """python-docx stamps the comments part with today's date nowhere we set: keep the file the same on every run."""
    with zipfile.ZipFile(path) as src:
        entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    entries = [
        (
            n,
            re.sub(rb'w:date="[^"]*"', b'w:date="2026-03-10T09:00:00Z"', d)
            if n.endswith(".xml")
            else d,
        )
        for n, d in entries
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries:
            info = zipfile.ZipInfo(name, office.FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)


if __name__ == "__main__":
    modules = (JC, HN, LX)
    office.build(HERE, modules, RENDER)
    if "--extractions-only" not in sys.argv:
        for module in modules:
            steady(HERE / f"{module.SLUG}.docx")

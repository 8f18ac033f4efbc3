# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cs documents (SYNTHETIC_CS.md) — INVENTED 2026 "人工智能+" plans of 山东 / 江苏 / 河北 places,
each a portal page (.html) whose article body was PASTED FROM WORD into the site's CMS — and their expected extractions
(.yaml beside each), from doc_*.py:

- yize-shandong-ai-plus-implementation-2026-synthetic.html — Word's HTML pasted whole (MsoNormal, mso-* styles, <o:p>,
  list numbers in <![if !supportLists]> blocks, an annex MsoTableGrid with merged cells);
- chengmei-jiangsu-ai-plus-work-points-2026-synthetic.html — the article one <div> of text lines split by <br> and
  &nbsp; indents (no <p>), <font> and <b>, numbers in a span of another font, annotations in coloured spans;
- fuxi-hebei-ai-plus-three-year-2026-synthetic.html — every paragraph a <tr><td> of a one-column layout table, <h3> /
  <strong> headings beside numbered <p>, a real task table nested inside.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cs/make_files.py
(--extractions-only writes the .yaml files alone).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_chengmei as CM  # noqa: E402
import doc_fuxi as FX  # noqa: E402
import doc_yize as YZ  # noqa: E402
import synthetic_office as office  # noqa: E402

MODULES = [YZ, CM, FX]

if __name__ == "__main__":
    office.build(HERE, MODULES, None)

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bp documents (SYNTHETIC_BP.md) — INVENTED 2026 "人工智能+" plans of 浙江 / 广东 / 吉林 places
no folder held, as plain-text files users paste them into — and their expected extractions (.yaml beside each), from doc_*.py:

- lanxi-ai-plus-action-2026-synthetic.txt — a county-level city's 行动方案 copied out of a PDF viewer: hard line breaks
  every ~34 characters inside words, names and figures, the running header and "— N —" left between lines, the title and a
  heading broken over two lines;
- xinxing-ai-plus-implementation-2026-synthetic.txt — a county's 实施方案 copied from its web page with the paragraph
  breaks lost: the plan in a handful of very long lines, headings run inline into the text, annotations in brackets;
- longshan-ai-plus-work-plan-2026-synthetic.txt — a district's 工作方案 saved in GBK: numbering ㈠㈡㈢ / ⑴⑵⑶, "第一，…第二，…"
  and "一是…；二是…" points inside paragraphs, each point its own task annotated "（X牵头，Y配合）", full-width spaces for
  indentation, a 联系人 / 联系电话 line at the end.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bp/make_files.py
(--extractions-only writes the .yaml files alone)."""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_lanxi as LX  # noqa: E402
import doc_longshan as LS  # noqa: E402
import doc_xinxing as XX  # noqa: E402
import synthetic_office as office  # noqa: E402
from bp_text import mark_flows  # noqa: E402

if __name__ == "__main__":
    for module in (LX, XX, LS):
        mark_flows(module.GOALS)
        office.write_extraction(HERE, module)
        if "--extractions-only" not in sys.argv:
            (HERE / f"{module.SLUG}.txt").write_bytes(module.TEXT.encode(module.ENCODING))

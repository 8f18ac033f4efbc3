# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cz documents (SYNTHETIC_CZ.md) — INVENTED 2026 "人工智能+" plans of the invented city 澄霁 (江西)
and two places in it, as readers get them through government WeChat accounts (政务公众号) — and their expected extractions
(.yaml beside each), from doc_*.py:

- chengji-ai-plus-action-plan-2026-synthetic.html — the city's 行动方案 as a WeChat article saved from the browser (div#js_content,
  nested <section>s, words split over <span>s, two part headings only as images with alt text);
- zhaoxi-ai-plus-implementation-2026-synthetic.html — a district account's repost of its 实施方案, a 导读 restating figures in
  the editor's words before "全文如下", ▶ / ◆ markers and 1️⃣–4️⃣ group headings;
- zhitang-ai-plus-work-plan-2026-synthetic.txt — a county's 工作方案 copied from the article on a phone (a clause per line,
  long clauses broken at the screen's width, the account's chrome around it).

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cz/make_files.py
(--extractions-only writes the .yaml files alone).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_chengji as CJ  # noqa: E402
import doc_zhaoxi as ZX  # noqa: E402
import doc_zhitang as ZT  # noqa: E402
import synthetic_office as office  # noqa: E402

if __name__ == "__main__":
    office.build(HERE, (CJ, ZX, ZT), None)

# ruff: noqa: E501
"""Builds the three synthetic_ca documents (SYNTHETIC_CA.md) — INVENTED 2026 "人工智能+" web pages of 新疆 / 吉林
places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- tacheng-ai-plus-implementation-2026-synthetic.html — a county-level city's 实施方案 whose outline numbers are HTML
  list numbering (<ol style="list-style-type: cjk-ideographic"> parts, nested decimal <ol> items): no number in the text;
- dushanzi-ai-plus-work-plan-2026-synthetic.html — a district portal page as saved, the article body in a script
  (var articleData = {"title": …, "content": "<p>…"}) that fills an empty <div id="content">;
- jingyu-ai-plus-action-plan-2026-synthetic.html — a county's 政务公开 page holding the plan, then its 政策解读
  ("一图读懂"), a 附件 list and a 相关文件 box.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ca/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_dushanzi as DS  # noqa: E402
import doc_jingyu as JY  # noqa: E402
import doc_tacheng as TC  # noqa: E402
import synthetic_office as office  # noqa: E402

if __name__ == "__main__":
    for module in (TC, DS, JY):
        (HERE / f"{module.SLUG}.html").write_bytes(module.TEXT.encode("utf-8"))
        office.write_extraction(HERE, module)

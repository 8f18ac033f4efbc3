# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bn documents (SYNTHETIC_BN.md) — INVENTED 2026 "人工智能+" documents of 河北 / 江西 / 湖南
places, as web pages (.html) in forms the corpus lacked — and their expected extractions (.yaml beside each), from doc_*.py:

- hejian-ai-plus-action-2026-synthetic.html — a WeChat official account's article reposting a county-level city's 行动方案
  whole, nested <section>/<span> styling, an editor's "划重点" box restating figures before the plan;
- yongfeng-ai-plus-implementation-2026-synthetic.html — an old TRS-style county portal page in GB2312: layout tables, the
  text inside one <td> with <br> between lines, an 索引号 info table, a 附件 list, tasks annotated "（责任单位：X、Y）" under a
  rule stated once (the first named leads);
- hunan-ai-plus-manufacturing-2026-synthetic.html — a province department's page publishing a province 行动方案, tasks 1.–30.
  numbered straight through six chapters, 省直 departments written with and without 省, a 政策解读 Q&A after the plan.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bn/make_files.py
(--extractions-only writes the .yaml files alone).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_hejian as HJ  # noqa: E402
import doc_hunan as HN  # noqa: E402
import doc_yongfeng as YF  # noqa: E402
import synthetic_office as office  # noqa: E402

if __name__ == "__main__":
    for module in (HJ, YF, HN):
        office.write_extraction(HERE, module)
        if "--extractions-only" not in sys.argv:
            # each page saved as served: the TRS portal's in its declared GB2312 (read as GB18030), the others UTF-8
            (HERE / f"{module.SLUG}.html").write_bytes(module.TEXT.encode(module.ENCODING))

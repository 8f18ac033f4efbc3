# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bm documents (SYNTHETIC_BM.md) — INVENTED 2026 "人工智能+" documents of 福建 / 内蒙古 /
甘肃 places, as PDFs printed by headless Chromium (printing.py lays the pages out itself) — and their expected extractions
(.yaml beside each), from doc_*.py:

- fuding-ai-plus-gazette-2026-synthetic.pdf — a county-level city's 实施方案 as pages of the city government GAZETTE
  (福鼎市人民政府公报 2026年第2期) in TWO COLUMNS per page: a 目录 page, the end of another document before the plan and the
  start of another after it, running header and "— N —" numbers;
- liangcheng-ai-plus-task-list-2026-synthetic.pdf — a county's 实施方案 whose tasks stand ONLY in a 重点任务清单 table (序号 |
  任务名称 | 工作内容 | 牵头单位 | 配合单位 | 完成时限) running over several pages, rows split by the page end, "续表" and the
  header row repeated;
- liangzhou-ai-plus-action-2026-synthetic.pdf — a district's 行动方案 with letter-spaced headings ("一 、 总 体 要 求"), a red
  header "凉州区人民政府办公室文件", "— N —" folios, goals with 其中 and 累计, tasks closing on "（牵头单位：X；责任单位：Y）" cut by
  page ends.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bm/make_files.py
(--extractions-only writes the .yaml files alone; the PDFs need /usr/bin/chromium and Playwright).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_fuding as FD  # noqa: E402
import printing  # noqa: E402
import synthetic_office as office  # noqa: E402

MODULES = [FD]
for name in ("doc_liangcheng", "doc_liangzhou"):  # built as they exist
    if (HERE / f"{name}.py").exists():
        MODULES.append(__import__(name))


if __name__ == "__main__":
    for module in MODULES:
        office.write_extraction(HERE, module)
        if "--extractions-only" not in sys.argv:
            pages = printing.print_pdf(module.SPEC, HERE / f"{module.SLUG}.pdf")
            print(module.SLUG, pages, "pages")

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_dg documents (SYNTHETIC_DG.md) — INVENTED 2026 "人工智能+" documents of the invented 江西
city 蓼州 and two places in it, published as OLD GOVERNMENT PORTAL PAGES (whole page in nested <table>s, article lines
separated by <br> inside one <p>, headings split over <b> fragments) — and their expected extractions (.yaml beside each):

- liaozhou-ai-plus-action-plan-2026-synthetic.html — the city's 行动方案 (2026—2028) from a TRS WCM template, the file
  ENCODED IN GB2312 with <meta http-equiv="Content-Type" content="text/html; charset=gb2312">;
- chengling-ai-plus-implementation-2026-synthetic.html — a district's 实施方案 (2026—2027) from a 大汉 template whose tasks
  are a table with 序号 / 重点任务 merged (rowspan) over their 具体举措 rows and group rows spanning all columns (colspan);
- langxi-ai-plus-work-points-2026-synthetic.html — a county's 2026年工作要点 from a 拓尔思 template with <script> / <style>,
  a 【字体：大 中 小】 bar, <td class="bt_content">, 打印 / 关闭 links and a 相关附件 list.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_dg/make_files.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_chengling as CL  # noqa: E402
import doc_langxi as LX  # noqa: E402
import doc_liaozhou as LZ  # noqa: E402
import synthetic_office as office  # noqa: E402
from dg_page import check  # noqa: E402


def write(module):
    check(module.TEXT, module.EXTRACTION)
    data = (
        module.TEXT.replace("\r\n", "\n").replace("\n", "\r\n")
        if module.ENCODING != "utf-8"
        else module.TEXT
    )
    (HERE / f"{module.SLUG}.html").write_bytes(data.encode(module.ENCODING))
    office.write_extraction(HERE, module)


if __name__ == "__main__":
    for module in (LZ, CL, LX):
        write(module)

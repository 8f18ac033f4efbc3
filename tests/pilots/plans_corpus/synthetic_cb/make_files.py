# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cb documents (SYNTHETIC_CB.md) — INVENTED 2026 "人工智能+" documents of invented places,
PDFs with marks on every page that are not the plan — and their expected extractions (.yaml beside each), from doc_*.py:

- jichuan-ai-plus-implementation-2026-synthetic.pdf — a city's 实施方案 as downloaded from its portal: a grey diagonal
  watermark "霁川市人民政府网站 2026-05-12 下载" in the text layer of every page, a running header with the document number
  and "公开方式：主动公开", a footer "第 N 页 共 M 页"; tasks （一）–（二十四） closing on "（牵头单位：X；配合单位：Y）";
- lanzhou-province-ai-manufacturing-action-2026-synthetic.pdf — a province department's 行动方案 whose tasks carry no
  annotation; its annex 重点任务分工表 (序号|任务|牵头单位|配合单位|时限) is drawn turned 90° on portrait pages;
- hongjiang-ai-plus-work-plan-draft-2026-synthetic.pdf — a district's 工作方案 征求意见稿 on numbered paper (line numbers
  1–28 in the margin of every page), a "征求意见稿" box top right, a 修改说明 after the plan.

All three are drawn by reportlab (pdfpages.py, canvas invariant: the same bytes on every run).
Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cb/make_files.py
(--extractions-only writes the .yaml files alone)."""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_hongjiang as HJ  # noqa: E402
import doc_jichuan as JC  # noqa: E402
import doc_lanzhou as LZ  # noqa: E402
import pdfpages as P  # noqa: E402
from synthetic_office import write_extraction  # noqa: E402


def jichuan(path):
    pages = P.layout(JC.BLOCKS)
    c = P.new_canvas(path, JC.TITLE, JC.PLAN["issuer"])
    for i, page in enumerate(pages, 1):
        P.watermark(c, JC.WATERMARK)
        P.header(c, JC.HEADER_LINE)
        P.draw_lines(c, page)
        P.footer(c, i, len(pages))
        c.showPage()
    c.save()


def lanzhou(path):
    pages = P.layout(LZ.BLOCKS)
    per_page = 18
    chunks = [LZ.ROWS[i : i + per_page] for i in range(0, len(LZ.ROWS), per_page)]
    total = len(pages) + len(chunks)
    c = P.new_canvas(path, LZ.TITLE, LZ.PLAN["issuer"])
    for i, page in enumerate(pages, 1):
        P.draw_lines(c, page)
        c.setFont(P.FONT, 10)
        c.drawCentredString(P.W / 2, 40, f"— {i} —")
        c.showPage()
    for j, rows in enumerate(chunks):
        title = "附件　　重点任务分工表" if j == 0 else "附件　　重点任务分工表（续）"
        P.turned_table(c, title, LZ.HEAD, rows, LZ.WIDTHS)
        c.setFont(P.FONT, 10)
        c.drawCentredString(P.W / 2, 40, f"— {len(pages) + j + 1} —")
        c.showPage()
    assert total == len(pages) + len(chunks)
    c.save()


def hongjiang(path):
    pages = P.layout(HJ.BLOCKS)
    c = P.new_canvas(path, HJ.PLAN["title"], HJ.PLAN["issuer"])
    for i, page in enumerate(pages, 1):
        P.corner_mark(c, "征求意见稿")
        P.line_numbers(c, P.LINES)
        P.draw_lines(c, page)
        c.setFont(P.FONT, 10)
        c.drawCentredString(P.W / 2, 40, f"— {i} —")
        c.showPage()
    c.save()


if __name__ == "__main__":
    for module, draw in ((JC, jichuan), (LZ, lanzhou), (HJ, hongjiang)):
        write_extraction(HERE, module)
        if "--extractions-only" not in sys.argv:
            draw(HERE / f"{module.SLUG}.pdf")

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ar documents (SYNTHETIC_AR.md) — INVENTED 2026 "人工智能+" documents of
天津 / 湖南 / 安徽 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- jinghai-ai-plus-work-points-2026-synthetic.html — 天津市静海区's one-year 工作要点 as its portal page is
  saved by a browser: goals in Chinese numerals, items 1.–13. numbered on across four groups closing on
  "（X牵头，Y配合）" / "（X负责）", one group's lead on its heading;
- loudi-ai-plus-2026-synthetic.pdf — 娄底市's three-year 实施方案 built as .docx and printed to PDF by
  LibreOffice: two dated goal paragraphs and a ruled 主要指标 table repeating them, items with no heading of
  their own closing on "（责任单位：…）" under "列第一位的为牵头单位";
- tianchang-ai-plus-2026-synthetic.docx — 天长市's three-year 行动方案 (python-docx): unannotated tasks
  （一）–（十一） whose roles and 完成时限 stand only in an annex 重点任务分工表.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ar/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import html
import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_jinghai as JH  # noqa: E402
import doc_loudi as LD  # noqa: E402
import doc_tianchang as TC  # noqa: E402
import synthetic_office as office  # noqa: E402
from synthetic_office import run_font, write_extraction  # noqa: E402

# ---------------------------------------------------------------- Word


def para(holder, runs, font="仿宋_GB2312", size=16, align=None, indent=True, color=None):
    """runs: a string, or [(text, bold)]."""
    p = holder.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28 if size >= 16 else 18)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if isinstance(runs, str):
        runs = [(runs, False)]
    for text, bold in runs:
        run_font(p.add_run(text), font, size, bold, color)
    return p


def table(doc, rows):
    """A ruled table (Table Grid), the header row bold, 仿宋 11pt."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
            para(
                cell,
                [(text, r == 0)],
                "黑体" if r == 0 else "仿宋_GB2312",
                11,
                WD_ALIGN_PARAGRAPH.CENTER if len(text) < 8 else None,
                False,
            )


def render(doc, blocks):
    for kind, text in blocks:
        if kind == "head":
            para(
                doc,
                [(text, True)],
                "方正小标宋简体",
                26,
                WD_ALIGN_PARAGRAPH.CENTER,
                False,
                (0xD0, 0, 0),
            )
        elif kind == "docno":
            para(doc, text, "仿宋_GB2312", 16, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind in ("title", "caption"):
            size = 22 if kind == "title" else 16
            para(doc, text, "方正小标宋简体", size, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind in ("addressee", "annex"):
            para(doc, text, "黑体" if kind == "annex" else "仿宋_GB2312", indent=False)
        elif kind == "h1":
            para(doc, text, "黑体")
        elif kind == "h2":
            para(doc, text, "楷体_GB2312")
        elif kind == "task":
            no, title, rest = text
            para(doc, [(f"{no}{title}。", True), (rest, False)])
        elif kind in ("sign", "date"):
            para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif kind == "table":
            table(doc, text)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "cc":
            para(doc, text, size=14, indent=False)
        else:
            para(doc, text)


def write_docx(module, path: Path):
    office.write_docx(path, module.TITLE, module.BLOCKS, render)


def write_pdf(module, path: Path):
    office.write_pdf(module, path, write_docx, date=b"D:20260420090000")


# ---------------------------------------------------------------- portal page

PAGE_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="{title}">
<title>{title}_区政府办文件_天津市静海区人民政府</title>
<style>body{{font-family:"Microsoft YaHei";}} .content p{{text-indent:2em;line-height:2;}}</style>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top"><a href="/">天津市静海区人民政府</a> | <a href="#">无障碍</a> | <a href="#">长者模式</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
"""
PAGE_FOOT = """<div class="footer">
<p>主办：天津市静海区人民政府办公室　　网站标识码：1200000000　　津ICP备00000000号</p>
</div>
</body>
</html>
"""


def write_html(module, path: Path):
    out = [PAGE_HEAD.format(title=html.escape(module.NOTICE_TITLE))]
    for kind, text in module.BLOCKS:
        t = html.escape(text)
        if kind == "portal":
            out.append(f'<div class="crumb">{t}</div>\n')
        elif kind == "meta":
            out.append(f'<div class="info">{t}</div>\n<div class="content">\n')
        elif kind == "title":
            out.append(f'<h2 style="text-align:center">{t}</h2>\n')
        elif kind in ("sign", "date"):
            out.append(f'<p style="text-align:right">{t}</p>\n')
        elif kind in ("h1", "h2"):
            out.append(f"<p><strong>{t}</strong></p>\n")
        else:
            out.append(f"<p>{t}</p>\n")
    out.append("</div>\n")
    out.append(PAGE_FOOT)
    path.write_text("".join(out), encoding="utf-8")


def main():
    only = "--extractions-only" in sys.argv
    for module in (JH, LD, TC):
        write_extraction(HERE, module)
        if only:
            continue
        target = HERE / f"{module.SLUG}.{module.KIND}"
        {"docx": write_docx, "pdf": write_pdf, "html": write_html}[module.KIND](module, target)


if __name__ == "__main__":
    main()

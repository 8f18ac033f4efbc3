# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ay documents (SYNTHETIC_AY.md) — INVENTED 2026 "人工智能+" documents of 湖南 / 安徽 /
河南 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- hengyang-ai-plus-2026-synthetic.txt — a prefecture city's 行动方案 as the city portal's page saved to text
  (来源 / 发布时间 lines, an 附件 note and the portal footer), items restarting per group, closing on
  "（牵头单位：X；配合单位：Y）";
- maanshan-etdz-ai-plus-work-plan-2026-synthetic.pdf — a 经济技术开发区's one-year 工作方案, built as .docx and
  printed to PDF by LibreOffice, a 主要指标 table, items 1.–14. numbered on across chapters, own lines
  "责任单位：…" / "完成时限：…" under a rule stated once;
- gushi-ai-plus-opinions-2026-synthetic.doc — a county's 实施意见 as a Word 97–2003 file (the .docx converted by
  LibreOffice), eight named 工程 / 行动 closing on "（X牵头，Y配合）".

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ay/make_files.py
(--extractions-only writes the .yaml files alone; the PDF and the .doc need /usr/bin/soffice).
"""

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_gushi as GS  # noqa: E402
import doc_hengyang as HY  # noqa: E402
import doc_maanshan as MAS  # noqa: E402
import synthetic_office as office  # noqa: E402
from synthetic_office import para, run_font, write_extraction  # noqa: E402

# ---------------------------------------------------------------- Word


def table(doc, rows):
    """A bordered table, its first row the header (bold, 黑体), cells in 仿宋 12pt."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    widths = [Cm(1.4), Cm(8.0), Cm(3.0), Cm(3.2)][: len(rows[0])]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.width = widths[c]
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c != 1 or r == 0 else None
            run_font(p.add_run(text), "黑体" if r == 0 else "仿宋_GB2312", 12, r == 0)
    for c, col in enumerate(t.columns):
        col.width = widths[c]


def page_break(doc):
    run = doc.add_paragraph().add_run()
    br = OxmlElement("w:br")
    br.set(qn("w:type"), "page")
    run._element.append(br)


def rule(doc):
    """The thin line above the 抄送 block: a paragraph with a bottom border."""
    p = doc.add_paragraph()
    ppr = p._element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{k}"), v)
    borders.append(bottom)
    ppr.append(borders)


def render(doc, blocks):
    for kind, text in blocks:
        if kind == "head":
            para(
                doc,
                [(text, True)],
                "方正小标宋简体",
                22,
                WD_ALIGN_PARAGRAPH.CENTER,
                False,
                (0xD0, 0, 0),
            )
        elif kind == "docno":
            para(doc, text, "仿宋_GB2312", 16, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "title":
            para(doc, text, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "addressee":
            para(doc, text, indent=False)
        elif kind == "h1":
            para(doc, text, "黑体")
        elif kind == "h2":
            para(doc, text, "楷体_GB2312")
        elif kind == "item":  # (bold heading, rest) in one paragraph
            para(doc, [(text[0], True), (text[1], False)])
        elif kind == "caption":
            para(doc, text, "黑体", 14, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "table":
            table(doc, text)
        elif kind == "pagebreak":
            page_break(doc)
        elif kind == "rule":
            rule(doc)
        elif kind in ("sign", "date"):
            para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        else:
            para(doc, text)


def write_docx(module, path: Path):
    office.write_docx(path, module.PLAN["title"], module.BLOCKS, render)


def write_pdf(module, path: Path):
    office.write_pdf(module, path, write_docx)


def write_doc(module, path: Path):
    data = office.convert(module, "doc", write_docx)
    path.write_bytes(data)


def main():
    only = "--extractions-only" in sys.argv
    for module in (HY, MAS, GS):
        write_extraction(HERE, module)
        if only:
            continue
        target = HERE / f"{module.SLUG}.{module.KIND}"
        if module.KIND == "pdf":
            write_pdf(module, target)
        elif module.KIND == "doc":
            write_doc(module, target)
        else:
            target.write_text(module.TEXT, encoding="utf-8")


if __name__ == "__main__":
    main()

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ao documents (SYNTHETIC_AO.md) — INVENTED 2026 "人工智能+" documents of
浙江 / 江苏 / 山东 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- zhoushan-ai-ocean-2026-synthetic.pdf — a plan issued jointly by the province's 经济和信息化厅 and
  舟山市人民政府, built as .docx and printed to PDF by LibreOffice: tasks （一）–（十） under 二、 closing on
  annotations naming province bodies with and without 省;
- jiangyin-ai-plus-measures-2026-synthetic.docx — a county-level city's 若干政策措施 (python-docx):
  articles 第一条–第十二条 numbered on across four parts, "（牵头单位：X；责任单位：Y）";
- rencheng-ai-plus-work-plan-2026-synthetic.txt — a district's one-year 工作方案 as its portal page is
  saved to text, with an own-line annotation after each item.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ao/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_jiangyin as JY  # noqa: E402
import doc_rencheng as RC  # noqa: E402
import doc_zhoushan as ZS  # noqa: E402
import synthetic_office as office  # noqa: E402
from synthetic_office import para, write_extraction  # noqa: E402

# ---------------------------------------------------------------- Word


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
        elif kind in ("sign", "date"):
            para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif kind == "article":
            para(doc, text)
        else:
            para(doc, text)


def write_docx(module, path: Path):
    office.write_docx(path, module.PLAN["title"], module.BLOCKS, render)


def write_pdf(module, path: Path):
    office.write_pdf(module, path, write_docx)


def main():
    only = "--extractions-only" in sys.argv
    for module in (ZS, JY, RC):
        write_extraction(HERE, module)
        if only:
            continue
        target = HERE / f"{module.SLUG}.{module.KIND}"
        if module.KIND == "docx":
            write_docx(module, target)
        elif module.KIND == "pdf":
            write_pdf(module, target)
        else:
            target.write_text(module.TEXT, encoding="utf-8")


if __name__ == "__main__":
    main()

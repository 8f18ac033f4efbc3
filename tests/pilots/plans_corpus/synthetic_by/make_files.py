# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_by documents (SYNTHETIC_BY.md) — INVENTED 2026 documents of 甘肃 places no folder held as
a zone — and their expected extractions (.yaml beside each), from doc_*.py:

- gansu-digital-economy-ai-plus-plan-2026-synthetic.docx — a province's 数字经济和“人工智能+”发展规划（2026—2030年） as a
  Word file: 第一章–第十章, 第X节, items 1.… restarting per 节 closing on "（牵头单位：省X；配合单位：省Y、省Z）" or
  "（省X、各市州人民政府按职责分工负责）", a 主要指标 table repeating the goals, 专栏 boxes of 重点项目;
- pingliang-ai-plus-action-plan-2026-synthetic.pdf — a city's 行动方案 printed by LibreOffice with a running header and
  page numbers, tasks numbered on across groups closing on "（市X牵头，市Y、市Z配合）" / "（市X负责）";
- minqin-ai-plus-work-points-2026-synthetic.txt — a county's 2026年工作要点 as plain text, items 1.–30. numbered on across
  groups closing on "（责任单位：县X、县Y）".

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_by/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_gansu as GS  # noqa: E402
import doc_minqin as MQ  # noqa: E402
import doc_pingliang as PL  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402


def box(doc, rows):
    """A 专栏 box: a one-column bordered table, its title row first, one row per project."""
    office.table(
        doc, [[r] for r in rows], widths=lambda n: [15.6], size=12, centre=lambda c, n: False
    )


RENDER = office.renderer({"rule": office.rule, "box": box}, size=12)


def header_docx(module, path):
    """The module's Word file with a running header (the plan's short title) on every page."""
    doc = office.new_document(module.PLAN["title"])
    office.page_footer(doc)
    p = doc.sections[0].header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    office.run_font(p.add_run(module.RUNNING_HEADER), "宋体", 10)
    RENDER(doc, module.BLOCKS)
    doc.save(str(path))
    office.fixed_zip(path)


if __name__ == "__main__":
    office.build(HERE, (GS, MQ), RENDER)
    office.write_extraction(HERE, PL)
    if "--extractions-only" not in sys.argv:
        office.write_pdf(PL, HERE / f"{PL.SLUG}.pdf", header_docx)

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_db documents (SYNTHETIC_DB.md) — INVENTED 2026 "人工智能+" plans of the invented city 沅陂
printed to PDF by LibreOffice from Word files whose layout puts extra text into the PDF's text layer — and their expected
extractions (.yaml beside each), from doc_*.py:

- yuanbei-ai-plus-action-plan-2026-synthetic.pdf — the city's 行动计划: running header (title and 文号), "第 X 页 共 Y 页"
  footer, a watermark text box "内部资料" on every page;
- tangxu-ai-plus-implementation-2026-synthetic.pdf — a district's 实施方案: Word footnotes ①–⑤ explaining terms, its task
  table over two pages (续表, header row repeated);
- laichuan-ai-plus-work-plan-2026-synthetic.pdf — a county's 工作方案: annex 指标表 on a landscape section, two annotations
  cut by the page end.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_db/make_files.py
(--extractions-only writes the .yaml files alone; the PDFs need /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import db_parts as parts  # noqa: E402
import doc_laichuan as LC  # noqa: E402
import doc_tangxu as TX  # noqa: E402
import doc_yuanbei as YB  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm  # noqa: E402


def cut_item(doc, text):
    """An item whose paragraph is cut by the page end: the page breaks inside its annotation."""
    head, before, after = text
    p = office.para(doc, [(head, True), (before, False)])
    run = p.add_run()
    br = OxmlElement("w:br")
    br.set(qn("w:type"), "page")
    run._element.append(br)
    office.run_font(p.add_run(after), "仿宋_GB2312", 16)


def portrait(doc, _):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)


def write_docx(module, path):
    doc = office.new_document(module.PLAN["title"])
    sec = doc.sections[0]
    notes = parts.Footnotes(doc)
    if module is YB:
        header = parts.running_header(sec, module.RUNNING_HEADER)
        parts.watermark(header, module.WATERMARK)
        parts.page_x_of_y(sec)
    else:
        parts.dash_page(sec)
    render = office.renderer(
        {
            "rule": office.rule,
            "marked": lambda d, pieces: parts.marked(d, notes, pieces),
            "marked_item": lambda d, pieces: parts.marked(d, notes, pieces, bold_first=True),
            "continued": lambda d, text: office.para(d, text, "黑体", 14, indent=False),
            "annex": lambda d, text: office.para(d, text, "黑体", 16, indent=False),
            "cut_item": cut_item,
            "landscape": lambda d, _: parts.landscape(d),
            "portrait": portrait,
        },
        size=12,
        widths=lambda n: (
            [1.2, 7.0, 3.0, 3.4, 1.8] if n == 5 else [1.2, 2.2, 5.6, 1.6, 2.6, 2.0, 2.0, 2.2]
        ),
        centre=lambda c, n: c not in (1, 2) if n == 8 else c != 1,
    )
    render(doc, module.BLOCKS)
    if notes.notes:
        notes.save()
    doc.save(str(path))
    office.fixed_zip(path)


if __name__ == "__main__":
    only = "--extractions-only" in sys.argv
    for module in (YB, TX, LC):
        office.write_extraction(HERE, module)
        if not only:
            office.write_pdf(module, HERE / f"{module.SLUG}.pdf", write_docx)

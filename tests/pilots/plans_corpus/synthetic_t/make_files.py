# ruff: noqa: E501
"""Builds the three synthetic_t documents (SYNTHETIC_T.md) — FIGURE-DENSE "人工智能+" plans — and their
expected extractions (.yaml beside each):

- zhuzhou-ai-plus-2026-synthetic.docx — 株洲市's 行动计划 as a python-docx Word file: two dated goals, a
  主要指标 table (2025 基期 | 2027年 | 2028年), 专栏 one-cell tables of 工程, tasks with （1）（2） sub-items;
- heilongjiang-ai-plus-2026-synthetic.pdf — 黑龙江省's 实施方案, a .docx printed to PDF by LibreOffice, its
  indicator table crossing a page break under a repeated header row;
- dongxihu-ai-2026-synthetic.txt — 东西湖区's 工作方案 as pasted from the portal (UTF-8), goals stated in the
  tasks and an annual 任务清单 at the end.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_t/make_files.py
(the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_dongxihu as DX  # noqa: E402
import doc_heilongjiang as HL  # noqa: E402
import doc_zhuzhou as ZZ  # noqa: E402
from common import agencies, number_targets, tgt, write_yaml  # noqa: E402

FONTS = {
    "title": ("方正小标宋简体", 22),
    "h1": ("黑体", 16),
    "h2": ("楷体_GB2312", 16),
    "p": ("仿宋_GB2312", 16),
}


# ---------------------------------------------------------------- Word helpers


def run_font(run, font, size, bold=False):
    run.font.name = font
    run.font.size = Pt(size)
    run.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def para(document_or_cell, text, style="p", align=None, indent=True, bold=False):
    p = document_or_cell.add_paragraph()
    font, size = FONTS.get(style, FONTS["p"])
    run = p.add_run(text)
    run_font(run, font, size, bold)
    fmt = p.paragraph_format
    fmt.line_spacing = Pt(28)
    fmt.space_after = Pt(0)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        fmt.first_line_indent = Pt(32)
    return p


def page_setup(document):
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(footer.add_run("— "), "宋体", 14)
    run = footer.add_run()
    for kind, text in (
        ("begin", None),
        (None, "PAGE"),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText" if text == "PAGE" else "w:t")
            el.text = text
        run._element.append(el)
    run_font(run, "宋体", 14)
    run_font(footer.add_run(" —"), "宋体", 14)


def grid_table(document, head, rows, widths, repeat_header=False, size=12):
    table = document.add_table(rows=1 + len(rows), cols=len(head))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, values in enumerate([head, *rows]):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            cell.width = widths[c]
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run_font(p.add_run(value), "黑体" if r == 0 else "仿宋_GB2312", size)
    if repeat_header:
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        tr_pr.append(header)
    return table


def box(document, label, title, tasks):
    """A 专栏: a one-cell table, its label and title centred, then the 工程 paragraphs."""
    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.cell(0, 0)
    first = cell.paragraphs[0]
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(first.add_run(f"{label}  {title}"), "黑体", 14)
    for task in tasks:
        for line in task.paragraphs():
            p = cell.add_paragraph()
            run_font(p.add_run(line), "仿宋_GB2312", 14)
            p.paragraph_format.first_line_indent = Pt(28)


def blocks(document, items):
    for kind, text in items:
        if kind == "break":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "title":
            para(document, text, "title", "center")
        elif kind == "center":
            para(document, text, "p", "center")
        elif kind == "right":
            para(document, text, "p", "right")
        elif kind == "p0":
            para(document, text, "p", indent=False)
        else:
            para(document, text, kind)


def chars(text):
    return sum(1 for ch in text if not ch.isspace())


# ---------------------------------------------------------------- 株洲 (.docx)


def zhuzhou_docx(path):
    document = Document()
    page_setup(document)
    blocks(document, ZZ.NOTICE)
    para(document, ZZ.GOAL_PARAGRAPH)
    para(document, ZZ.TABLE_CAPTION, "h1", "center")
    w = [Cm(1.2), Cm(5.0), Cm(1.6), Cm(2.4), Cm(1.7), Cm(1.7), Cm(1.6)]
    grid_table(document, ZZ.TABLE_HEAD, ZZ.TABLE_ROWS, w, repeat_header=True, size=11)
    para(document, "三、重点任务", "h1")
    for numbering, title, tasks, special in ZZ.CHAPTERS:
        para(document, f"{numbering}{title}", "h2")
        for task in tasks:
            for line in task.paragraphs():
                para(document, line)
        if special:
            box(document, *special)
    para(document, "四、保障措施", "h1")
    for task in ZZ.SAFEGUARDS:
        p = para(document, "")
        run_font(p.add_run(f"{task.numbering}{task.title}。"), "楷体_GB2312", 16)
        run_font(p.add_run(task.body), "仿宋_GB2312", 16)
    document.save(str(path))


def zhuzhou_extraction(source_file):
    goals = [
        {
            "title": "到2026年底",
            "text": ZZ.GOAL_2026,
            "targets": [
                tgt(
                    "智能算力规模",
                    "PFlops",
                    "eq",
                    1200,
                    2026,
                    "全市智能算力规模达到1200PFlops",
                    kind="computing_power",
                ),
                tgt(
                    "“人工智能+”典型应用场景",
                    "个",
                    "gte",
                    80,
                    2026,
                    "建成“人工智能+”典型应用场景80个以上",
                    kind="application_scenarios",
                ),
                tgt(
                    "人工智能核心产业规模",
                    "亿元",
                    "gt",
                    180,
                    2026,
                    "人工智能核心产业规模突破180亿元",
                    kind="ai_industry_scale",
                ),
            ],
        },
    ]
    firms = tgt(
        "人工智能企业", "家", "gte", 300, 2028, "培育人工智能企业300家以上", kind="ai_enterprises"
    )
    goals.append(
        {
            "title": "到2028年",
            "text": ZZ.GOAL_2028,
            "targets": [
                tgt(
                    "人工智能核心产业规模",
                    "亿元",
                    "eq",
                    300,
                    2028,
                    "全市人工智能核心产业规模达到300亿元",
                    kind="ai_industry_scale",
                ),
                firms,
                tgt(
                    "营业收入超亿元人工智能企业",
                    "家",
                    "eq",
                    30,
                    2028,
                    "其中营业收入超亿元企业30家",
                    kind="ai_enterprises",
                    parent=firms,
                ),
                tgt(
                    "国家级人工智能创新平台",
                    "个",
                    "range",
                    2,
                    2028,
                    "建成国家级人工智能创新平台2—3个",
                    value_max=3,
                    kind="innovation_platforms",
                ),
            ],
        }
    )
    table = []
    for no, metric, unit, base, y27, y28, _ in ZZ.TABLE_ROWS:
        for year, value in ((2027, y27), (2028, y28)):
            number = float(value) if "." in value else int(value)
            b = float(base) if "." in base else int(base)
            table.append(
                tgt(
                    metric,
                    unit,
                    "eq",
                    number,
                    year,
                    metric,
                    kind=ZZ.TABLE_KINDS.get(no),
                    baseline=b,
                    baseline_year=2025,
                )
            )
    goals.append({"title": ZZ.TABLE_CAPTION.split("  ")[1], "targets": table})
    sections = []
    for numbering, title, tasks, special in ZZ.CHAPTERS:
        code = f"三.{numbering.strip('（）').join('()')}"
        section = {
            "code": code,
            "numbering": numbering,
            "title": title,
            "kind": "key_task",
            "tasks": [t.fixture(f"{code}.{t.numbering.rstrip('.')}") for t in tasks],
        }
        for t in tasks:
            if t.targets:
                goals.append(
                    {
                        "numbering": t.numbering,
                        "title": t.title,
                        "text": t.text(),
                        "targets": t.targets,
                    }
                )
        if special:
            label, btitle, btasks = special
            bcode = f"{code}.{label}"
            section["sections"] = [
                {
                    "code": bcode,
                    "numbering": label,
                    "title": btitle,
                    "kind": "engineering",
                    "tasks": [t.fixture(f"{bcode}.{t.numbering.rstrip('.')}") for t in btasks],
                }
            ]
            for t in btasks:
                if t.targets:
                    goals.append(
                        {
                            "numbering": t.numbering,
                            "title": t.title,
                            "text": t.text(),
                            "targets": t.targets,
                        }
                    )
        sections.append(section)
    key = {
        "code": "三",
        "numbering": "三、",
        "title": "重点任务",
        "kind": "key_task",
        "sections": sections,
    }
    safe = {
        "code": "四",
        "numbering": "四、",
        "title": "保障措施",
        "kind": "safeguard",
        "tasks": [t.fixture(f"四.{i}") for i, t in enumerate(ZZ.SAFEGUARDS, 1)],
    }
    plan = dict(ZZ.PLAN, source_file=source_file)
    return {
        "format": 1,
        "zone": ZZ.ZONE,
        "plan": plan,
        "agencies": agencies(ZZ.AGENCIES),
        "goals": number_targets(goals),
        "sections": [key, safe],
    }


ZZ_HEADER = """# 株洲市推进“人工智能+”行动计划（2026—2028年） (株洲市人民政府, 株政发〔2026〕5号, 2026-03-18) — SYNTHETIC (synthetic_t):
# INVENTED by the collector (helper bT, 2026-12-03); not copied from any page, no such document is claimed to exist.
# Built by make_files.py as a python-docx Word file. Zone zhuzhou-city (the corpus's zhuzhou-hitech is another zone).
# Goals: one paragraph with two dated goals "到2026年底…；到2028年…" → goals titled by their date phrase; "其中营业收入超亿元企业30家"
#   is part of the 300家 target (parent). Table 1 (序号|指标名称|单位|2025年（基期）|2027年|2028年|属性) → one goal titled by its caption,
#   two targets a row (deadline 2027 and 2028, comparator eq: bare numbers), the 2025 column as baseline; 属性 ignored; the metric cell
#   is the source phrase. Tasks 1. 2. under （一）–（五）, each closing "（牵头单位：X；配合单位：Y、Z）" (lead / supporting); a task with
#   （1）（2） sub-items and its annotation on its own line is ONE task (the annotation covers the item), its text all its paragraphs.
#   专栏1/专栏2 (one-cell tables) → engineering sub-sections of their chapter, each 工程 a task (no roles). Tasks and 工程 holding figures
#   are also goals titled like the item. 新增/新培育 → flow; 每年 → per_year flow; no year → plan end 2028.
# NOT targets: the preamble's 2025 figures (150亿元, 650PFlops: baselines), 算力券资金3000万元 (a budget), 单个项目支持金额不超过500万元 (a cap), 专项资金3亿元 (a budget), "全覆盖" (no figure).
# 万 figures (1.2万个, 5万个, the table's 万人 row) are multiplied out to the base unit (corrected after measurement 1: the blind
#   extraction kept "万个"/"万人" as units, against every other extraction of the corpus).
# Safeguards: five run-in items "（一）加强组织领导。…", three annotated.
"""


# ---------------------------------------------------------------- main


def main():
    built = {}
    zz = HERE / "zhuzhou-ai-plus-2026-synthetic.docx"
    zhuzhou_docx(zz)
    write_yaml(zz.with_suffix(".yaml"), ZZ_HEADER, zhuzhou_extraction(zz.name))
    built[zz.name] = zz
    if hasattr(HL, "build"):
        HL.build(HERE, sys.modules[__name__])
    if hasattr(DX, "build"):
        DX.build(HERE, sys.modules[__name__])


if __name__ == "__main__":
    main()

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_z documents (SYNTHETIC_Z.md) — INVENTED 2026 successor plans of the
kind pilot-zone cities issue — and their expected extractions (.yaml beside each), from doc_*.py:

- taiyuan-ai-pilot-zone-2026-synthetic.docx — a city's 2026–2028 三年行动计划 (python-docx), its
  一、/（一）/1． typed as plain text, goals in a 到2026年 and a 到2028年 paragraph, a 重点工程 part of
  named "X工程：…" items, annotations （责任单位：X、Y） and （X牵头负责，Y按职责分工负责）;
- deyang-ai-measures-2026-synthetic.txt — a city's 若干措施 of 第一条…第十二条, the roles in an annex
  list "各条款责任单位见附件";
- weibin-ai-work-points-2026-synthetic.pdf — a district's 2026 工作要点 whose tasks are a table
  (序号/工作任务/具体措施/牵头单位/配合单位/完成时间, merged cells, a row split across pages), built
  as .docx and printed to PDF by LibreOffice.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_z/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_deyang as DY  # noqa: E402
import doc_taiyuan as TY  # noqa: E402
import doc_weibin as WB  # noqa: E402
from model import extraction  # noqa: E402

HEADERS = {
    TY.SLUG: """# 太原市建设国家人工智能创新应用先导区三年行动计划（2026—2028年） (太原市人民政府办公室, 并政办发〔2026〕6号, 2026-02-26) — SYNTHETIC (synthetic_z):
# WRITTEN by the collector (helper bZ, 2026-12-03) before reading the importer; no such document is claimed to exist (number, date,
# figures made up). Built by make_files.py from doc_taiyuan.py as a Word file whose numbering is typed text (no Word list numbering).
# Zone taiyuan-city. Outline: notice, plan title, two preamble paragraphs (the second states 2025 figures: baselines, no target);
#   一、总体要求 （一）指导思想 （二）基本原则 (four principles “坚持X。…” in one paragraph, no tasks) （三）发展目标 = two dated paragraphs 到2026年 (deadline 2026) and 到2028年 → goals titled by their date phrase;
#   二、重点任务 four （一） chapters of tasks 1．–13． numbered ON across chapters, "N．标题。正文（annotation）" in one paragraph → title the
#   first sentence, text the paragraph after its number, annotation included; 三、重点工程 four named items "N．X工程：正文（annotation）"
#   → tasks of an engineering section titled "X工程"; 四、保障措施 （一）–（四） run-on, unannotated → safeguard tasks without roles.
# Roles as worded: （责任单位：X、Y） → responsible, no lead; （X牵头负责，Y、Z按职责分工负责） → X lead, Y Z responsible (SOURCES.md).
#   "市经信局、科技局、发展改革委" shares the 市 prefix: 科技局 = 市科技局, 发展改革委 = 市发展改革委. 各县（市、区）人民政府 after a comma is
#   one collective agency. The 领导小组办公室 "设在市科技局" of 保障措施（一） is no annotation.
# Targets: task and 工程 paragraphs holding figures are also goals titled like the task. Not targets: the 2025 baselines of the preamble,
#   subsidy caps and rewards (单个企业每年最高50万元, 一次性奖励100万元), a project's investment (总投资约15亿元), the yearly budget of
#   保障措施（二） (每年安排不少于5亿元), names holding numbers (12345, 2026太原人工智能产业大会, 二级以上). 其中 → parent; 累计 / 新增 / 新引进 /
#   三年培养 → flow; 每年 → per_year flow (deadline 2028); 5万人 → 50000 人, 2万人 → 20000 人.
""",
    DY.SLUG: """# 德阳市加快人工智能产业高质量发展若干措施 (德阳市人民政府办公室, 德府办规〔2026〕2号, 2026-03-12) — SYNTHETIC (synthetic_z):
# WRITTEN by the collector (helper bZ, 2026-12-03) before reading the importer; no such document is claimed to exist. Built by
# make_files.py from doc_deyang.py as a UTF-8 text with full-width indents, as copied from the portal.
# Zone deyang-city. Period: the measures take effect 2026-04-01 and are valid to 2027-12-31 → 2026–2027; the preamble's goal is dated
#   力争到2027年 (the goal's title, SOURCES.md). Tasks: the twelve articles 第一条…第十二条 "第X条　标题。正文" → title the heading phrase,
#   text after the article number. The closing paragraphs (validity, 就高不重复, "以上措施由市科技局会同市经信局、市财政局负责解释", "各条款责任
#   单位见附件") are no tasks; interpreting the measures is no role in any article. Roles stand only in the annex 责任分工 list,
#   one line per article "第X条　X、Y、Z" under the rule "（列第一位的为牵头单位）" → the first name leads, the others are responsible
#   (SOURCES.md); the annex lines are not tasks of their own. 各县（市、区）人民政府 is one collective agency.
#   "市数据局会同市财政局…开展绩效评估" inside 第二条 is prose, no annotation.
# Targets (SOURCES.md, 若干措施): subsidy rates and caps, rewards, the yearly voucher budget (总额不超过2000万元), a fund's size (规模10亿元),
#   conditions (算力规模达到50P以上的, 实缴注册资本5000万元以上, 首次突破1亿元、5亿元、10亿元) and the 3 years of a subsidy are NOT targets;
#   commitments the government makes are: 到2027年 figures (deadline 2027) and yearly ones (每年遴选…10个, 每年组织…培训1000人次以上,
#   每年遴选…50名 → per_year flow, deadline 2027); each article holding one is also a goal titled like the article.
""",
    WB.SLUG: """# 渭滨区2026年人工智能产业发展工作要点 (宝鸡市渭滨区人民政府办公室, 渭政办发〔2026〕3号, 2026-02-16) — SYNTHETIC (synthetic_z):
# WRITTEN by the collector (helper bZ, 2026-12-03) before reading the importer; no such document is claimed to exist. Built by
# make_files.py from doc_weibin.py as a .docx and printed to PDF by LibreOffice (footer "— N —").
# Zone weibin-district (parent baoji-city); a one-year plan: period 2026–2026, every target due 2026. Outline: notice, title, an intro
#   paragraph (2025 figures: baselines, no target), 一、总体目标 (one paragraph → goal titled 总体目标), 二、重点任务 (one paragraph, then a
#   table 序号 | 工作任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时间, header repeated on every page), 三、保障措施 （一）–（三） → safeguard
#   tasks without roles (the 专班办公室 "设在区工信局" and the reporting duty are no annotation).
# Table: each 序号 / 工作任务 is a task (title = the 工作任务 cell). A task of ONE row: text = its 具体措施 cell, roles from its row.
#   A task whose 序号, 工作任务 and 完成时间 cells are merged down over 2–3 具体措施 rows: text = the 工作任务 cell, each row a clause
#   (its 具体措施 cell) with the row's roles (牵头单位 → lead, 配合单位 → supporting); a 牵头单位 cell merged down over the rows gives
#   each of them the lead. 完成时间 "2026年10月底前" → due 2026-10-31; "持续推进" → no due. The table runs over
#   five pages under its repeated header: rows split at page ends (three 具体措施 cells, one between "…直播带货活动" and "20场以上").
# Targets: every row holding figures is a goal titled like its task, text its 具体措施 cell. Not targets: the 2025 baselines, the
#   算力券 budget (300万元), a fund's size (规模2亿元), rewards (10万元, 5万元), ordinals (第二届), 亿元以上 as a project's condition
#   inside its metric. Things done within the year (新增, 新引进, 诊断, 举办, 开展, 组织培训, 新接入) → flow; things that exist → stock.
""",
}


def write_extraction(module):
    data = extraction(**module.EXTRACTION)
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000)
    (HERE / f"{module.SLUG}.yaml").write_text(HEADERS[module.SLUG] + body, encoding="utf-8")


# ---------------------------------------------------------------- Word


def run_font(run, east_asia, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asia)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(
    holder,
    text,
    font="仿宋_GB2312",
    size=16,
    align=None,
    indent=True,
    bold=False,
    color=None,
    line=28,
):
    p = holder.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        run_font(p.add_run(text), font, size, bold, color)
    return p


def footer_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    run_font(run, "宋体", 14)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._element.append(el)
    run_font(p.add_run(" —"), "宋体", 14)


def a4(doc):
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    footer_page_number(section)
    return section


def notice(doc, lines):
    for kind, text in lines:
        if kind == "red":
            para(
                doc,
                text,
                "方正小标宋简体",
                26,
                WD_ALIGN_PARAGRAPH.CENTER,
                False,
                color=(0xE6, 0, 0),
                line=40,
            )
        elif kind == "title":
            para(doc, text, "方正小标宋简体", 20, WD_ALIGN_PARAGRAPH.CENTER, False, line=32)
        elif kind == "center":
            para(doc, text, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif kind == "right":
            para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif kind == "plain":
            para(doc, text, indent=False)
        else:
            para(doc, text)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def taiyuan_docx(path):
    doc = Document()
    a4(doc)
    notice(doc, TY.NOTICE)
    page_break(doc)
    para(doc, TY.TITLE, "方正小标宋简体", 20, WD_ALIGN_PARAGRAPH.CENTER, False, line=32)
    para(doc, "")
    for text in TY.PREAMBLE:
        para(doc, text)
    para(doc, "一、总体要求", "黑体")
    para(doc, "（一）指导思想", "楷体_GB2312")
    para(doc, TY.GUIDING)
    para(doc, "（二）基本原则", "楷体_GB2312")
    para(doc, TY.PRINCIPLES)
    para(doc, "（三）发展目标", "楷体_GB2312")
    para(doc, TY.GOAL_2026)
    para(doc, TY.GOAL_2028)
    para(doc, "二、重点任务", "黑体")
    for chap_no, chap_title, items in TY.CHAPTERS:
        para(doc, f"{chap_no}{chap_title}", "楷体_GB2312")
        for n, title, body, annotation, *_ in items:
            p = para(doc, "")
            run_font(p.add_run(f"{n}{title}。"), "仿宋_GB2312", 16, bold=True)
            run_font(p.add_run(f"{body}{annotation}"), "仿宋_GB2312", 16)
    para(doc, "三、重点工程", "黑体")
    for n, title, body, annotation, *_ in TY.ENGINEERING:
        p = para(doc, "")
        run_font(p.add_run(f"{n}{title}："), "仿宋_GB2312", 16, bold=True)
        run_font(p.add_run(f"{body}{annotation}"), "仿宋_GB2312", 16)
    para(doc, "四、保障措施", "黑体")
    for n, title, body in TY.SAFEGUARDS:
        p = para(doc, "")
        run_font(p.add_run(f"{n}{title}。"), "楷体_GB2312", 16)
        run_font(p.add_run(body), "仿宋_GB2312", 16)
    doc.save(str(path))


# ---------------------------------------------------------------- text


def deyang_txt(path):
    lines = list(DY.HEAD)
    lines += [DY.TITLE, "", f"　　{DY.PREAMBLE}"]
    for n, title, body in DY.ARTICLES:
        lines.append(f"　　{n}　{title}。{body}")
    lines += [f"　　{c}" if c and not c.startswith("附件") else c for c in DY.CLOSING]
    lines += ["", "附件", "", DY.ANNEX_TITLE, DY.ANNEX_RULE]
    titles = {n: title for n, title, _ in DY.ARTICLES}
    for n, names, *_ in DY.ANNEX:
        lines.append(f"{n}　{titles[n]}　{names}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- table PDF


def cell_text(cell, text, size=10.5, align=None, bold=False, font="仿宋_GB2312"):
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(16)
    if text:
        run_font(p.add_run(text), font, size, bold)


def borders(table):
    tbl_pr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tbl_pr.append(b)


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


WIDTHS = (Cm(1.1), Cm(2.6), Cm(6.6), Cm(2.1), Cm(2.6), Cm(2.0))


def weibin_docx(path):
    doc = Document()
    a4(doc)
    notice(doc, WB.NOTICE)
    page_break(doc)
    para(doc, WB.TITLE, "方正小标宋简体", 20, WD_ALIGN_PARAGRAPH.CENTER, False, line=32)
    para(doc, "")
    para(doc, WB.INTRO)
    para(doc, "一、总体目标", "黑体")
    para(doc, WB.GOAL_TEXT)
    para(doc, "二、重点任务", "黑体")
    para(doc, WB.TASKS_INTRO)
    n_rows = 1 + sum(len(rows) for _, _, rows, *_ in WB.ROWS)
    table = doc.add_table(rows=n_rows, cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(table)
    table.autofit = False
    for column, width in zip(table.columns, WIDTHS, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, WIDTHS, strict=True):
            cell.width = width
    header = table.rows[0]
    repeat_header(header)
    for cell, text in zip(
        header.cells,
        ("序号", "工作任务", "具体措施", "牵头单位", "配合单位", "完成时间"),
        strict=True,
    ):
        cell_text(cell, text, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, font="黑体")
    r = 1
    for no, title, rows, when, _due, merge_lead in WB.ROWS:
        first, last = r, r + len(rows) - 1
        for i, (text, lead, sup, *_codes) in enumerate(rows):
            cells = table.rows[r + i].cells
            cell_text(cells[2], text)
            if not merge_lead or i == 0:
                cell_text(cells[3], lead, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(cells[4], sup, align=WD_ALIGN_PARAGRAPH.CENTER)
        top = table.rows[first].cells
        cell_text(top[0], no, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(top[1], title, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(top[5], when, align=WD_ALIGN_PARAGRAPH.CENTER)
        if last > first:
            for col in (0, 1, 5) + ((3,) if merge_lead else ()):
                table.cell(first, col).merge(table.cell(last, col))
                # merge() leaves the emptied cells' paragraphs behind: keep the first one only
                merged = table.cell(first, col)
                for extra in merged.paragraphs[1:]:
                    if not extra.text:
                        extra._p.getparent().remove(extra._p)
        r = last + 1
    para(doc, "三、保障措施", "黑体")
    for n, title, body in WB.SAFEGUARDS:
        p = para(doc, "")
        run_font(p.add_run(f"{n}{title}。"), "楷体_GB2312", 16)
        run_font(p.add_run(body), "仿宋_GB2312", 16)
    doc.save(str(path))


def to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(docx_path),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(tmp) / f"{docx_path.stem}.pdf", pdf_path)


def main():
    for module in (TY, DY, WB):
        write_extraction(module)
    if "--extractions-only" in sys.argv:
        return
    taiyuan_docx(HERE / f"{TY.SLUG}.docx")
    deyang_txt(HERE / f"{DY.SLUG}.txt")
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / f"{WB.SLUG}.docx"
        weibin_docx(docx_path)
        to_pdf(docx_path, HERE / f"{WB.SLUG}.pdf")


if __name__ == "__main__":
    main()

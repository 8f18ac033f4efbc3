# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ac documents (SYNTHETIC_AC.md) — INVENTED 2026 "人工智能+" plans of
华北 / 华中 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- nanyang-ai-plus-work-points-2026-synthetic.pdf — a prefecture city's 2026 工作要点 whose tasks
  1.–30. run on with no chapters, roles in a trailing "（责任单位：…）" / "（X牵头，各县市区落实）" /
  "（X牵头，Y、Z配合）", built as .docx and printed to PDF by LibreOffice;
- tengzhou-ai-plus-2026-synthetic.docx — a county-level city's 行动方案 (python-docx) whose whole task
  list is one Word table 序号/重点任务/具体举措/牵头单位/配合单位/完成时限 with the 牵头单位 cell merged
  over each group of rows sharing a lead, two dated goal paragraphs before it;
- hubei-ai-plus-health-2026-synthetic.txt — a province department's sector plan as Windows Notepad
  saves it (GBK, CRLF): parts 一、, tasks （一） with their annotation on its own line in 〔〕.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ac/make_files.py
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
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, shared by the sets

import doc_hubei as HB  # noqa: E402
import doc_nanyang as NY  # noqa: E402
import doc_tengzhou as TZ  # noqa: E402
from synthetic_model import extraction  # noqa: E402

HEADERS = {
    NY.SLUG: """# 南阳市2026年“人工智能+”行动工作要点 (南阳市人民政府办公室, 宛政办〔2026〕5号, 2026-02-27) — SYNTHETIC (synthetic_ac):
# WRITTEN by the collector (helper bAC, 2026-12-04) before reading the importer; no such document is claimed to exist (number, date,
# figures, programme names made up). Built by make_files.py from doc_nanyang.py as a .docx printed to PDF by LibreOffice ("— N —").
# Zone nanyang-city; a one-year plan: period 2026–2026, every target due 2026. Outline: notice, title, an intro paragraph (no figure), a paragraph of 2025 figures (baselines, no target),
#   一、总体目标 (one paragraph opened by "2026年，" → goal titled 总体目标, as 渭滨's), 二、重点任务 = tasks 1.–30. numbered on with NO
#   chapters, "N.标题。正文（annotation）" in one paragraph → title the first sentence, text the paragraph after its number, annotation
#   included; 三、保障措施 （一）–（四） run-on, unannotated → safeguard tasks without roles (the 专班办公室 "设在市工业和信息化局" and
#   the reporting duty are no annotation).
# Roles as worded (SOURCES.md): （责任单位：X、Y） → responsible, no lead; （X牵头，各县市区落实） → X lead, 各县市区 responsible (落实 is the
#   responsible body's word; 各县市区 one collective agency 南阳市各县市区); （X牵头，Y、Z配合） → X lead, Y Z supporting (配合 as 配合单位);
#   "（责任单位：市商务局、市工业和信息化局，各县市区）" → all three responsible; 淅川县人民政府 a county government named in full.
# Targets: the goal paragraph's seven figures; every task holding figures is also a goal titled like the task (text without the
#   annotation). Within the year: 新增 / 新建 / 新认定 / 引进 / 实施 / 组织实施 / 完成…改造 / 推动N家…实施改造 / 全年培训 / 举办 /
#   新接入 / 发布 → flow; things that exist (基地, 场景, 示范单位, 产值, 入驻企业, 覆盖…家以上) → stock. 其中亿元以上项目 → parent.
#   Not targets: the 2025 baselines, the 算力券 yearly total (不超过1000万元), a fund's size (5亿元), rewards (50万元, 最高100万元), names with numbers
#   (2026南阳人工智能产业发展大会, “十五五”), 亿元以上 as the projects' condition. 1.8万人 → 18000 人, 1万个 → 10000 个, 1.5万人次 → 15000 人次.
""",
    TZ.SLUG: """# 滕州市“人工智能+”行动方案（2026—2027年） (滕州市人民政府办公室, 滕政办发〔2026〕8号, 2026-03-06) — SYNTHETIC (synthetic_ac):
# WRITTEN by the collector (helper bAC, 2026-12-04) before reading the importer; no such document is claimed to exist. Built by
# make_files.py from doc_tengzhou.py as a Word file (python-docx).
# Zone tengzhou-city (county-level city, parent zaozhuang-city): period 2026–2027. Outline: notice, title, preamble, a paragraph of 2025 figures
#   (baselines, no target), 一、总体要求 (one paragraph, no figure), 二、发展目标 = two dated paragraphs 到2026年底 (deadline 2026) and 到2027年 (deadline 2027) → goals titled by their
#   date phrase; 三、重点任务 = one sentence ("三个方面", "29项重点任务": the plan's own structure, no targets) then ONE Word table
#   序号 | 重点任务 | 具体举措 | 牵头单位 | 配合单位 | 完成时限 of 29 rows; 四、保障措施 （一）–（五） → safeguard tasks without roles.
# Table: every row is a task: title = its 重点任务 cell, text = its 具体举措 cell, numbering its 序号. The 牵头单位 cell is MERGED down over
#   each group of rows sharing a lead (GROUP_RANGES) → every row of the group has that lead; 配合单位 →
#   supporting (各镇街 one collective agency 滕州市各镇街). 完成时限 (some merged over rows of a group): "2027年12月底前" → due 2027-12-31,
#   "2026年12月底前" → 2026-12-31, "2026年6月底前" → 2026-06-30, "长期坚持" → no due.
# Targets: the goal paragraphs' figures (其中 → parent; 年均增长 → a growth rate; 累计 / 培养引进 → flow); every row holding figures is also a
#   goal titled like its task, text its 具体举措 cell, due at the row's 完成时限 year (row 20, 2026年6月底前 → 2026: SOURCES.md's convention
#   settled 2026-12-05, helper conv; was 2027) unless the cell dates it (row 1: "2026年底形成智能算力300P" → 2026,
#   "2027年总规模达到800P" → 2027). 新培育 / 新增 / 引进 → flow; 每年 → per_year flow (deadline 2027). Not targets: the 2025 baselines
#   (18亿元, 76家, 22个), 算力券 rates and caps (30%, 20万元), a fund's size (2亿元), "全覆盖" (no figure).
""",
    HB.SLUG: """# 湖北省“人工智能+医疗卫生”行动方案（2026—2027年） (湖北省卫生健康委员会 with 湖北省数据局, 湖北省经济和信息化厅, 湖北省医疗保障局;
# 鄂卫发〔2026〕4号, 2026-03-20) — SYNTHETIC (synthetic_ac): WRITTEN by the collector (helper bAC, 2026-12-04) before reading the importer;
# no such document is claimed to exist. Built by make_files.py from doc_hubei.py as a text saved by Windows Notepad: GBK bytes, CRLF
# line ends, full-width indents, one paragraph a line.
# Zone hubei (province → municipality level): period 2026–2027. Outline: joint notice, title, preamble, 一、总体要求 (a principles
#   paragraph, then a goal paragraph opened by "力争到2027年" → goal titled 力争到2027年, deadline 2027); 二、–五、 parts of tasks （一）…
#   restarting in each part, "（N）标题。正文" on one line and its annotation on the NEXT line in 〔〕 → the annotation belongs to the task
#   and its text includes it (SOURCES.md); 六、保障措施 （一）–（五） → safeguard tasks without roles (the 协调机制 that 省卫生健康委
#   "会同" others sets up is prose, no annotation).
# Roles as worded: 〔X牵头，Y配合〕 → X lead, Y supporting; 〔X、Y按职责分工负责〕 → responsible; 〔责任单位：X、Y〕 → responsible;
#   〔牵头单位：X；配合单位：Y〕 → lead, supporting; 〔X牵头，各市州卫生健康委落实〕 → 各市州卫生健康委 responsible, one collective agency;
#   〔省卫生健康委（省中医药管理局）牵头…〕 → one body printed with two names (省卫生健康委); 〔省经信厅、科技厅、卫生健康委…〕 shares the 省 prefix.
# Targets: the goal paragraph's seven figures (两个 → 2, 三十家 → 30, 比2025年增长50% a growth rate, 累计 → flow, 每年…不少于2000万人次 →
#   per_year flow 20000000 人次); tasks holding figures are also goals titled like the task (text without the annotation): 不少于二十个 → 20,
#   每年 → per_year flow, 累计…5万人次 → flow 50000. Not targets: the yearly budget of 保障措施（二） (每年安排不少于1亿元), 年营业收入超10亿元
#   as the 龙头企业's condition, the 2025
#   figures of the preamble (约100亿元, 62%: baselines).
#   Also in tasks: 达到五十家 → 50; 累计发布…十项以上 → gte 10, flow; 年诊疗服务量突破300万人次 → an annual figure: stock, gt 3000000 人次;
#   undated task figures are due 2027 (the plan's end).
""",
}


def group_ranges() -> str:
    """滕州's groups of rows under one merged 牵头单位 cell, as "1–4, 5–7, …"."""
    found, first = [], 1
    for _code, _printed, group in TZ.GROUPS:
        if len(group) > 1:
            found.append(f"{first}–{first + len(group) - 1}")
        first += len(group)
    return ", ".join(found)


def write_extraction(module):
    data = extraction(**module.EXTRACTION)
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000)
    header = HEADERS[module.SLUG].replace("GROUP_RANGES", group_ranges())
    (HERE / f"{module.SLUG}.yaml").write_text(header + body, encoding="utf-8")


# ---------------------------------------------------------------- Word


def run_font(run, east_asia, size=16, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asia)


def para(holder, text, font="仿宋_GB2312", size=16, align=None, indent=True, bold=False, line=28):
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
        run_font(p.add_run(text), font, size, bold)
    return p


def titled(holder, title, body, numbering=""):
    """A paragraph "numbering + bold title。 + body" (the title a bold run)."""
    p = para(holder, "")
    if numbering:
        run_font(p.add_run(numbering), "仿宋_GB2312")
    run_font(p.add_run(f"{title}。"), "仿宋_GB2312", bold=True)
    run_font(p.add_run(body), "仿宋_GB2312")
    return p


def footer_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)
    run_font(run, "宋体", 14)
    run_font(p.add_run(" —"), "宋体", 14)


def a4(doc):
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    footer_page_number(section)


def notice(doc, lines):
    for how, text in lines:
        if how == "center":
            para(doc, text, "方正小标宋简体", 18, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif how == "left":
            para(doc, text, indent=False)
        elif how == "right":
            para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        else:
            para(doc, text)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def heading(doc, text):
    para(doc, text, "黑体")


def plan_title(doc, text):
    para(doc, text, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)


def nanyang_docx(path):
    doc = Document()
    a4(doc)
    notice(doc, NY.NOTICE)
    page_break(doc)
    plan_title(doc, NY.TITLE)
    para(doc, NY.INTRO)
    para(doc, NY.BASE)
    heading(doc, "一、总体目标")
    para(doc, NY.GOAL_TEXT)
    heading(doc, "二、重点任务")
    for i, (title, body, note, _roles, _targets) in enumerate(NY.ITEMS, 1):
        titled(doc, title, body + note, f"{i}.")
    heading(doc, "三、保障措施")
    for i, (title, body) in enumerate(NY.SAFEGUARDS):
        titled(doc, title, body, f"（{NY.CHINESE[i]}）")
    doc.save(path)


def cell_text(cell, text, size=10.5, align=None, bold=False, font="仿宋_GB2312"):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    run_font(p.add_run(text), font, size, bold)


def borders(table):
    tbl_pr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tbl_pr.append(b)


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    tr_pr.append(e)


def tengzhou_docx(path):
    doc = Document()
    a4(doc)
    notice(doc, TZ.NOTICE)
    page_break(doc)
    plan_title(doc, TZ.TITLE)
    para(doc, TZ.PREAMBLE)
    para(doc, TZ.BASE)
    heading(doc, "一、总体要求")
    para(doc, TZ.PRINCIPLES)
    heading(doc, "二、发展目标")
    para(doc, TZ.GOAL_2026)
    para(doc, TZ.GOAL_2027)
    heading(doc, "三、重点任务")
    para(doc, TZ.TASK_INTRO)
    all_rows = list(TZ.rows())
    table = doc.add_table(rows=1 + len(all_rows), cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(table)
    widths = [Cm(1.1), Cm(2.6), Cm(6.4), Cm(2.3), Cm(2.6), Cm(2.0)]
    header = ["序号", "重点任务", "具体举措", "牵头单位", "配合单位", "完成时限"]
    for c, text in enumerate(header):
        cell_text(table.cell(0, c), text, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, font="黑体")
    repeat_header(table.rows[0])
    center = WD_ALIGN_PARAGRAPH.CENTER
    for r, (n, _g, _first, (title, text, sup, _codes, due, _targets)) in enumerate(all_rows, 1):
        cell_text(table.cell(r, 0), str(n), align=center)
        cell_text(table.cell(r, 1), title)
        cell_text(table.cell(r, 2), text)
        cell_text(table.cell(r, 4), sup)
        cell_text(table.cell(r, 5), due, align=center)
    # 牵头单位: one cell merged over each group's rows; 完成时限: merged over a group's consecutive
    # rows that share it.
    r = 1
    for _code, printed, group in TZ.GROUPS:
        top, bottom = r, r + len(group) - 1
        cell = table.cell(top, 3)
        if bottom > top:
            cell = cell.merge(table.cell(bottom, 3))
        cell_text(cell, printed, align=center)
        k = 0
        while k < len(group):
            j = k
            while j + 1 < len(group) and group[j + 1][4] == group[k][4]:
                j += 1
            if j > k:
                merged = table.cell(top + k, 5).merge(table.cell(top + j, 5))
                cell_text(merged, group[k][4], align=center)
            k = j + 1
        r = bottom + 1
    for row in table.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
    heading(doc, "四、保障措施")
    for i, (title, body) in enumerate(TZ.SAFEGUARDS):
        titled(doc, title, body, f"（{TZ.CHINESE[i]}）")
    doc.save(path)


def hubei_txt(path):
    text = "\r\n".join(HB.lines())
    path.write_bytes(text.encode("gbk"))


def to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                "/usr/bin/soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(docx_path),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.copy(Path(tmp) / f"{docx_path.stem}.pdf", pdf_path)


def main():
    for module in (NY, TZ, HB):
        write_extraction(module)
    if "--extractions-only" in sys.argv:
        return
    tengzhou_docx(HERE / f"{TZ.SLUG}.docx")
    hubei_txt(HERE / f"{HB.SLUG}.txt")
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / f"{NY.SLUG}.docx"
        nanyang_docx(docx_path)
        to_pdf(docx_path, HERE / f"{NY.SLUG}.pdf")


if __name__ == "__main__":
    main()

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ag documents (SYNTHETIC_AG.md) — INVENTED 2026 "人工智能+" plans of
广东 / 湖南 / 陕西 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- maoming-ai-plus-2026-synthetic.html — a prefecture city's 行动方案 as its portal page (UTF-8), tasks
  1.–16. numbered on across groups, "（责任单位：X（牵头）、Y）" with the lead marked by "（牵头）";
- wuling-ai-plus-2026-synthetic.docx — a district's 实施方案 (python-docx) with a 主要指标 table and items
  1．restarting per group, each followed by own lines 牵头单位：… / 配合单位：… (or 责任单位：…);
- shaanxi-ai-plus-manufacturing-2026-synthetic.pdf — a province department's "人工智能+制造" sector plan,
  .docx printed to PDF by LibreOffice, "（X牵头，Y配合）" annotations and one group heading's annotation.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ag/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice). The .docx zip entries
and the PDF's dates and /ID are fixed afterwards so that the files are reproduced byte for byte.
"""

import datetime
import html
import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_maoming as MM  # noqa: E402
import doc_shaanxi as SX  # noqa: E402
import doc_wuling as WL  # noqa: E402
from model import extraction  # noqa: E402

FIXED = datetime.datetime(2026, 3, 25, 9, 0, 0)

HEADERS = {
    MM.SLUG: """# 茂名市“人工智能+”行动方案（2026—2027年） (茂名市人民政府办公室, 茂府办〔2026〕7号, 2026-03-12) — SYNTHETIC (synthetic_ag):
# WRITTEN by the collector (helper bag, 2026-12-04) before reading the importer; no such document is claimed to exist (number, date,
# figures and some names made up). Built by make_files.py from doc_maoming.py as the city portal's page saved by a browser (UTF-8).
# Zone maoming-city (广东): period 2026–2027. Outline: notice, title, preamble (its second paragraph gives 2025 figures — 900亿元,
#   1.2万个, 约70家: baselines, no target), 一、总体要求 with （一）指导思想 and （二）基本原则 (sub-headings of prose, no task; the
#   principles "坚持应用牵引。…" are no tasks either), 二、主要目标 (one paragraph opened by 到2027年 → goal titled 主要目标,
#   deadline 2027), 三、重点任务 = four groups （一）–（四） (sections, no annotation of their own) holding tasks 1.–16. NUMBERED ON across
#   the groups, "N.标题。正文（责任单位：…）" in one <p> → title the first sentence, text the paragraph after its number with the annotation;
#   四、保障措施 （一）–（六） run-on → safeguard tasks without roles (the 专班办公室 "设在市工业和信息化局" and the 每半年 report are
#   no annotation).
# Roles: "（责任单位：X（牵头）、Y、Z）" → X lead (marked by "（牵头）" after its name), Y Z responsible (the 责任单位 word); two names marked
#   (task 7) → two leads; an annotation with no mark (tasks 3, 9, 12, 13) → every name responsible, no lead. "各区（县级市）人民政府" is
#   one collective agency (茂名市各区（县级市）人民政府) — its own parentheses are part of the name, not a mark.
# Targets: the goal paragraph's seven figures (突破 gt; 达到 / bare eq; 以上 gte; 累计培育 → flow; 其中高新技术企业 → parent; 培养引进 → flow);
#   every task holding figures is also a goal titled like the task (text without the annotation), due 2027: 每年…不少于8项 / 每年培训…1万人次
#   → per_year flow; 推动200家…实施智能化改造 → flow; 建设 / 打造 counts → stock. Not targets: the 2025 baselines, the 算力券 cap
#   (单个企业每年最高补助50万元), names with numbers ("粤省事").
""",
    WL.SLUG: """# 武陵区推进“人工智能+”行动实施方案（2026—2028年） (常德市武陵区人民政府办公室, 武政办发〔2026〕3号, 2026-04-08) — SYNTHETIC (synthetic_ag):
# WRITTEN by the collector (helper bag, 2026-12-04) before reading the importer; no such document is claimed to exist. Built by
# make_files.py from doc_wuling.py as a Word file (python-docx), typed numbering, one table.
# Zone wuling-district (湖南, parent changde-city): period 2026–2028. Outline: notice, title, preamble, 一、总体要求 (no figure),
#   二、工作目标 = one paragraph (no figure; "主要指标如下") → goal titled 工作目标, and the table 序号 | 指标名称 | 单位 | 2025年基数 | 2026年目标 |
#   2028年目标: each row gives TWO targets, its 2026年 figure (deadline 2026) and its 2028年 figure (deadline 2028), comparator eq (bare
#   numbers), stock; source_phrase is the row's 指标名称 cell (the figures stand in other cells); the 2025年基数 column is baselines, no target.
#   三、重点任务 = groups （一）–（五） (sections) of items "1．标题。正文" RESTARTING at 1． in each group, each followed by its own lines
#   "牵头单位：X" and "配合单位：Y、Z" (or one line "责任单位：各街道办事处") → the lines belong to the item and its text includes them;
#   四、保障措施 （一）–（五） → safeguard tasks without roles. The notice's reporting duty (报区工信局汇总) is no annotation.
# Roles: 牵头单位 → lead (two names → two leads, group （二） item 2); 配合单位 → supporting; 责任单位 → responsible. "区直有关单位" (group （一）
#   item 2) is generic, no agency. 各街道办事处 → one collective agency (常德市武陵区各街道办事处). Aliases are the short forms printed (区工信局 …).
# Targets in items (each such item also a goal titled like the item, text without the own lines): 到2028年开放公共数据集50个以上 (gte, 2028);
#   每年推动20家以上… / 每年培训1000人次以上 / 每年发布…推出场景10个以上 → per_year flow, deadline 2028; 引进…项目15个以上 → flow; 打造智慧商圈3个, 建设人工智能教育实验室20个 → stock, 2028.
#   Not targets: the 专项资金 (每年…不少于500万元), the 2025年基数 column.
""",
    SX.SLUG: """# 陕西省“人工智能+制造”行动方案（2026—2027年） (陕西省工业和信息化厅 with 陕西省发展和改革委员会, 陕西省科学技术厅, 陕西省数据局;
# 陕工信发〔2026〕12号, 2026-03-25) — SYNTHETIC (synthetic_ag): WRITTEN by the collector (helper bag, 2026-12-04) before reading the
# importer; no such document is claimed to exist. Built by make_files.py from doc_shaanxi.py as a .docx printed to PDF by LibreOffice
# (footer "- N -").
# Zone shaanxi (province → municipality level): a department's sector plan, period 2026–2027. Outline: joint notice, title, preamble,
#   一、总体要求 (no figure), 二、行动目标 = two dated paragraphs → goals titled 到2026年底 (deadline 2026) and 到2027年 (deadline 2027);
#   三、重点任务 = groups （一）–（五） (sections) of items "1.标题。正文（annotation）" restarting in each group; 四、保障措施 （一）–（五）
#   → safeguard tasks without roles ("会同有关部门" is prose).
# Roles as worded: （X、Y牵头，Z配合） → leads and supporting; （X、Y按职责分工负责） / （X负责） → responsible; （X牵头，Y配合，Z负责） →
#   lead, supporting, responsible. Group （二）'s heading carries "（省工业和信息化厅牵头，各设区市人民政府、杨凌示范区管委会、西咸新区管委会
#   落实）": its items 1–3 carry none and take it (lead 省工业和信息化厅; 落实 → responsible); item 4 carries its own and keeps it alone.
#   The group's section title is the heading without the annotation. 各设区市人民政府 → one collective agency.
# Targets: 到2026年底 three (bare / 达到 → eq), 到2027年 seven (突破 gt; 年均增长20%以上 → a growth rate, gte; 累计建成 → flow and 其中 → parent;
#   以上 gte; 超过 gt; 2万人 → 20000, flow). Items holding figures are also goals titled like the item (text without the annotation), due 2027:
#   每年实施…30项以上 / 每年组织…1000家以上 → per_year flow; 建设…数据集50个, 打造…创新示范区5个, 培育…示范车间200个, 打造…示范场景30个
#   → stock. The notice's 联系人 line and its yearly report to 省工业和信息化厅 are no annotation; "首台（套）" is part of a task title. Not targets: the 奖补 cap
#   (单个项目最高支持200万元).
""",
}


def write_extraction(module):
    data = extraction(**module.EXTRACTION)
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000)
    (HERE / f"{module.SLUG}.yaml").write_text(HEADERS[module.SLUG] + body, encoding="utf-8")


# ---------------------------------------------------------------- portal page (茂名)


def maoming_html(path):
    def p(text, style="text-indent: 2em;"):
        return f'<p style="{style}">{html.escape(text, quote=False)}</p>'

    body = [p(MM.NOTICE_TITLE, "text-align: center;")]
    body += [p(MM.NOTICE[0], "")] + [p(t) for t in MM.NOTICE[1:]]
    body += [p(t, "text-align: right;") for t in MM.SIGNATURE]
    body.append(f'<p style="text-align: center;"><strong>{MM.TITLE}</strong></p>')
    body += [p(t) for t in MM.PREAMBLE]
    body += [
        p("一、总体要求"),
        p("（一）指导思想"),
        p(MM.GUIDING),
        p("（二）基本原则"),
        p(MM.PRINCIPLES),
        p("二、主要目标"),
        p(MM.GOAL_TEXT),
        p("三、重点任务"),
    ]
    for n, title, items in MM.GROUPS:
        body.append(p(f"{n}{title}"))
        body += [p(f"{i.numbering}{i.text}") for i in items]
    body.append(p("四、保障措施"))
    body += [p(f"{n}{t}。{r}") for n, t, r in MM.SAFEGUARDS]
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="{MM.NOTICE_TITLE}">
<meta name="PubDate" content="2026-03-13 16:20">
<meta name="ContentSource" content="茂名市人民政府办公室">
<title>{MM.NOTICE_TITLE}_茂名市人民政府门户网站</title>
<link rel="stylesheet" href="./{MM.SLUG}_files/style.css">
</head>
<body>
<div class="topbar"><span>欢迎访问茂名市人民政府门户网站</span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">English</a></div>
<div class="header"><img src="./{MM.SLUG}_files/logo.png" alt="茂名市人民政府"><form class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div>
<ul class="nav"><li><a href="#">首页</a></li><li><a href="#">要闻动态</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">走进茂名</a></li></ul>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; 市府办文件</div>
<table class="index">
<tr><td>索引号：</td><td>007033429/2026-00031</td><td>分类：</td><td>科技、教育；其他</td></tr>
<tr><td>发布机构：</td><td>茂名市人民政府办公室</td><td>成文日期：</td><td>2026-03-12</td></tr>
<tr><td>名称：</td><td colspan="3">{MM.NOTICE_TITLE}</td></tr>
<tr><td>文号：</td><td>{MM.DOC_NUMBER}</td><td>发布日期：</td><td>2026-03-13</td></tr>
</table>
<div class="article">
<h1>{MM.NOTICE_TITLE}</h1>
<div class="info">发布时间：2026-03-13 16:20　来源：茂名市人民政府办公室　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="content" id="zoom">
{chr(10).join(body)}
</div>
<div class="attach">扫一扫在手机打开当前页</div>
</div>
<div class="footer"><p>主办：茂名市人民政府办公室　承办：茂名市政务服务和数据管理局</p><p>网站标识码：4409000001　粤ICP备05003011号</p></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


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


def para(holder, text, font="仿宋_GB2312", size=16, align=None, indent=True, bold=False):
    p = holder.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        run_font(p.add_run(text), font, size, bold)
    return p


def new_document(footer_page_number=False):
    doc = Document()
    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    for s in doc.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
        s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
        if footer_page_number:
            fp = s.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run_font(fp.add_run("- "), "宋体", 14)
            fld = OxmlElement("w:fldSimple")
            fld.set(qn("w:instr"), "PAGE")
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = "1"
            r.append(t)
            fld.append(r)
            fp._p.append(fld)
            run_font(fp.add_run(" -"), "宋体", 14)
    return doc


def notice(doc, title, lines, signature):
    para(doc, title, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "")
    para(doc, lines[0], indent=False)
    for t in lines[1:]:
        para(doc, t)
    para(doc, "")
    for t in signature:
        para(doc, t, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    doc.add_page_break()


def cell(c, text, bold=False):
    c.text = ""
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run(text), "仿宋_GB2312", 12, bold)


def wuling_docx(path):
    doc = new_document()
    notice(doc, WL.NOTICE_TITLE, WL.NOTICE, WL.SIGNATURE)
    para(doc, WL.TITLE, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "")
    for t in WL.PREAMBLE:
        para(doc, t)
    para(doc, "一、总体要求", "黑体")
    para(doc, WL.GUIDING)
    para(doc, WL.PRINCIPLES)
    para(doc, "二、工作目标", "黑体")
    para(doc, WL.GOAL_TEXT)
    para(doc, WL.TABLE_CAPTION, "黑体", 14, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    table = doc.add_table(rows=1, cols=len(WL.TABLE_HEADER))
    table.style = "Table Grid"
    for c, h in zip(table.rows[0].cells, WL.TABLE_HEADER, strict=True):
        cell(c, h, bold=True)
    for n, (metric, unit, base, v26, v28, _k, _a) in enumerate(WL.TABLE_ROWS, 1):
        row = table.add_row().cells
        for c, v in zip(row, [str(n), metric, unit, base, str(v26), str(v28)], strict=True):
            cell(c, v)
    para(doc, "三、重点任务", "黑体")
    for n, title, items in WL.GROUPS:
        para(doc, f"{n}{title}", "楷体_GB2312")
        for i in items:
            para(doc, f"{i.numbering}{i.body}")
            for line in i.note.split("\n"):
                para(doc, line)
    para(doc, "四、保障措施", "黑体")
    for n, t, r in WL.SAFEGUARDS:
        para(doc, f"{n}{t}。{r}")
    doc.save(path)


def shaanxi_docx(path):
    doc = new_document(footer_page_number=True)
    notice(doc, SX.NOTICE_TITLE, SX.NOTICE, SX.SIGNATURE)
    para(doc, SX.TITLE, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "")
    para(doc, SX.PREAMBLE)
    para(doc, SX.BACKGROUND)
    para(doc, "一、总体要求", "黑体")
    para(doc, SX.GUIDING)
    para(doc, SX.PRINCIPLES)
    para(doc, "二、行动目标", "黑体")
    para(doc, SX.GOAL_2026)
    para(doc, SX.GOAL_2027)
    para(doc, "三、重点任务", "黑体")
    for n, title, note, items in SX.GROUPS:
        para(doc, f"{n}{title}{note}", "楷体_GB2312")
        for i in items:
            para(doc, f"{i.numbering}{i.text}")
    para(doc, "四、保障措施", "黑体")
    for n, t, r in SX.SAFEGUARDS:
        para(doc, f"{n}{t}。{r}")
    doc.save(path)


def fix_zip(path):
    """Rewrite a .docx with fixed entry dates so it is reproduced byte for byte."""
    data = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 25, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))
    path.write_bytes(data.getvalue())


def to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "/usr/bin/soffice",
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
        raw = (Path(tmp) / (docx_path.stem + ".pdf")).read_bytes()
    raw = re.sub(rb"D:\d{14}[^)]*", b"D:20260325090000+08'00'", raw)
    raw = re.sub(
        rb"(/ID \[\s*<)([0-9A-F]+)(>\s*<)([0-9A-F]+)(>)",
        lambda m: (
            m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5)
        ),
        raw,
    )
    raw = re.sub(
        rb"(/DocChecksum /)([0-9A-F]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), raw
    )
    pdf_path.write_bytes(raw)


def main():
    for module in (MM, WL, SX):
        write_extraction(module)
    if "--extractions-only" in sys.argv:
        return
    maoming_html(HERE / f"{MM.SLUG}.html")
    wuling_docx(HERE / f"{WL.SLUG}.docx")
    fix_zip(HERE / f"{WL.SLUG}.docx")
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / f"{SX.SLUG}.docx"
        shaanxi_docx(docx)
        fix_zip(docx)
        to_pdf(docx, HERE / f"{SX.SLUG}.pdf")
    shutil.rmtree(HERE / "__pycache__", ignore_errors=True)


if __name__ == "__main__":
    main()

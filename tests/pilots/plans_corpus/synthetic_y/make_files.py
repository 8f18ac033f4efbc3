# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_y documents (SYNTHETIC_Y.md) — INVENTED 2026 "人工智能+" plans as a tester
downloads them — and their expected extractions (.yaml beside each), from the lists in doc_*.py:

- taiyuan-ai-plus-2026-synthetic.html — a provincial capital's 行动计划 as the city portal's page saved by a
  browser (nav, breadcrumbs, 来源/发布时间 line, a 主要指标 <table>, share buttons and footer as text);
- zhangjiagang-ai-plus-2026-synthetic.docx — a county-level city's 实施方案 (python-docx), tasks 1.–20.
  numbered on across chapters, each closing on "（责任单位：…）", a 专栏 box as a one-cell table;
- xizang-ai-plus-industry-2026-synthetic.pdf — a province department's 公文 (red head, 文号, signature,
  an annex 重点任务分工表, 抄送) built as .docx and printed to PDF by LibreOffice.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_y/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
The helpers for Word files are synthetic_w's (make_files.py there), copied.
"""

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_taiyuan as TY  # noqa: E402
import doc_xizang as XZ  # noqa: E402
import doc_zhangjiagang as ZJG  # noqa: E402
from model import extraction  # noqa: E402

HEADERS = {
    TY.SLUG: """# 太原市“人工智能+”行动计划（2026—2027年） (太原市人民政府办公室, 并政办发〔2026〕6号, 2026-03-16) — SYNTHETIC (synthetic_y):
# WRITTEN by the collector (helper bY, 2026-12-03) before reading the importer; no such document is claimed to exist (number, date,
# figures, some bodies' names made up). Built by make_files.py from doc_taiyuan.py as the city portal's page saved by a browser.
# Zone taiyuan-city (a provincial capital: city). Outline: 一、总体要求 (no tasks: 总体思路, 基本原则, 主要目标); 二、–五、 parts whose
#   tasks are "（一）标题。正文（annotation）" paragraphs numbered （一）–（十六） ON across the parts → title the first sentence, text the paragraph
#   after its number, annotation included; 六、保障措施 （一）–（四） safeguard tasks without roles (a body named in their prose is no
#   annotation: 专班办公室设在市工信局). The four "——坚持…" principles are no tasks.
# Roles as worded: "X牵头，Y、Z配合" → X lead, Y Z supporting; "X、Y牵头" → two leads; "…配合，各县（市、区）人民政府负责落实" → the
#   collective 各县（市、区）人民政府 responsible (one agency; its brackets are part of the name).
# Goals: the 到2026年 paragraph holds no figure → no goal; the 到2027年 paragraph → goal "到2027年" (3 targets); the 主要指标 table
#   (2025年（基期） | 2026年 | 2027年) → goal titled by its caption, one target per row and year (deadline 2026 / 2027), the 基期
#   column no target (a baseline); source_phrase the row's cells through 2027年. A bare table value → eq; "（累计）" → flow;
#   万人 → 人 ×10000. Task paragraphs holding figures are also goals titled like the task (text without the annotation).
# Not targets: the preamble's 2025 baselines (约160亿元, 280余家, 约3000P), "第二批" (a batch number), subsidy caps (最高100万元,
#   50万元 reward, 概念验证中心 最高200万元, 贴息最高200万元), the 2026 budget "不少于2亿元" in 保障措施, "每半年" (a frequency).
""",
    ZJG.SLUG: """# 张家港市深入实施“人工智能+”行动实施方案（2026—2028年） (张家港市人民政府办公室, 张政办〔2026〕12号, 2026-02-27) — SYNTHETIC (synthetic_y):
# WRITTEN by the collector (helper bY, 2026-12-03) before reading the importer; no such document is claimed to exist. Built by
# make_files.py from doc_zhangjiagang.py as a Word file (notice, then the plan).
# Zone zhangjiagang-city (a county-level city → city; parent suzhou-city). Outline: 一、总体要求 (指导思想, 基本原则 one paragraph,
#   发展目标); 二、重点任务 five （一）–（五） chapters of tasks "N.标题。正文（责任单位：X、Y，各区镇）" numbered 1.–20. ON across the
#   chapters → title the first sentence, text the paragraph after its number, annotation included; 三、保障措施 （一）–（四） safeguard
#   tasks without roles.
# Roles: "责任单位" → every body named responsible (SOURCES.md: no lead is named); 各区镇 after a comma is one collective agency;
#   张家港经开区管委会 / 张家港保税区管委会 are park administrations.
# Goals: 到2026年底 (deadline 2026) and 到2028年 paragraphs; task paragraphs holding figures are also goals titled like the task (text
#   without the annotation); the 专栏 box (a one-cell table) is no task: its figures are a goal titled by its heading without "专栏",
#   deadline 2026 (the box lists 2026's projects). 其中… → parent; 累计/新增 → flow; 每年 → per-year flow; 两批次 → 2 批次;
#   1—2个, 2—3家 → range; "年均增长20%以上" its own target.
# Not targets: subsidy rates and caps (10%, 最高300万元, 最高50万元, 50%的贴息), project investments and floor areas in the box
#   (总投资约6亿元, 约2.5亿元, 5万平方米), the budget "每年…不少于1亿元" and the 1∶1 match in 保障措施, "全覆盖" with no figure, the closing 有效期至2028年12月31日.
""",
    XZ.SLUG: """# 西藏自治区推进“人工智能+”新型工业化行动方案（2026—2028年） (西藏自治区经济和信息化厅, 藏经信发〔2026〕15号, 2026-04-08) — SYNTHETIC (synthetic_y):
# WRITTEN by the collector (helper bY, 2026-12-03) before reading the importer; no such document is claimed to exist. Built by
# make_files.py from doc_xizang.py as a .docx printed to PDF by LibreOffice (footer "— N —").
# Zone xizang-region (the autonomous region at the provincial level → municipality). A department's 公文: red head, 文号, the
#   notice, signature, then the plan; 二、重点任务 four （一） chapters of tasks "N.标题。正文" whose numbers RESTART in each chapter
#   → title the first sentence; NO annotation in the body; 三、保障措施 （一）–（五） safeguard tasks without roles. The 基本原则
#   paragraph ("坚持…；坚持…") holds no task.
# Roles and dues stand only in the annex "附件 / 重点任务分工表" (序号 1–15 ON across chapters | 重点任务 = the body task's title |
#   牵头单位 | 配合单位 | 完成时限): 牵头单位 → lead, 配合单位 → supporting; the shared 自治区 prefix is expanded ("自治区数据局、能源局"
#   → 西藏自治区能源局); "各地（市）人民政府（行署）" is one collective; 拉萨市 / 林芝市人民政府 are agencies of their own.
#   "2028年12月底前" → due 2028-12-31; "持续推进" and "每年" → no due. The annex rows are not tasks of their own.
# Goals: 到2026年 (deadline 2026) and 到2028年 paragraphs, figures partly in Chinese numerals (百分之四十五, 三十个, 十家, 五十亿元,
#   三万人次) and with 万 (1.2万PFlops → 12000, 20万台（套） → 200000, 5000万条 → 50000000); task paragraphs holding figures are also
#   goals titled like the task. 累计/新增/新建 → flow; 每年 → per-year flow.
# Not targets: the 2025 baselines (百分之三十八, 约4000PFlops), "第三批" (a batch number), the 100万元 reward, the budget "每年…不少于
#   5000万元", the subsidy rate 20% and cap 300万元 in 保障措施, "全覆盖" with no figure, "较2025年" (a base year), 有效期至2028年12月31日.
""",
}


def write_extraction(module):
    data = extraction(
        zone=module.ZONE,
        plan=module.PLAN,
        agencies=module.AGENCIES,
        goals=module.goals(),
        sections=module.SECTIONS,
        deadline=module.PLAN["period_end"],
    )
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000)
    (HERE / f"{module.SLUG}.yaml").write_text(HEADERS[module.SLUG] + body, encoding="utf-8")


# ---------------------------------------------------------------- Word (synthetic_w's helpers)


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
    doc_or_cell, text, font="仿宋_GB2312", size=16, align=None, indent=True, bold=False, color=None
):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28) if size >= 15 else Pt(18)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    run_font(p.add_run(text), font, size, bold, color)
    return p


def paragraph_border(p, side, color="000000", size="12"):
    ppr = p._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.append(borders)
    b = OxmlElement(f"w:{side}")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), size)
    b.set(qn("w:space"), "4")
    b.set(qn("w:color"), color)
    borders.append(b)


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


def cell_borders(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "8")
        b.set(qn("w:color"), "000000")
        borders.append(b)
    tcpr.append(borders)


def table_grid(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:color"), "000000")
        borders.append(b)
    tblpr.append(borders)


def new_document():
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    footer_page_number(section)
    return doc


def task_paragraph(doc, numbering, text, heading_font="仿宋_GB2312", bold=True):
    """ "1.标题。正文（…）": the number and the first sentence bold, the rest plain, one paragraph."""
    head, _, rest = text.partition("。")
    p = para(doc, f"{numbering}{head}。", heading_font, bold=bold)
    run_font(p.add_run(rest), "仿宋_GB2312", 16)
    return p


def notice(doc, module, red_head=None):
    if red_head:
        para(
            doc,
            red_head,
            "方正小标宋简体",
            30,
            WD_ALIGN_PARAGRAPH.CENTER,
            False,
            color=(0xE0, 0, 0),
        )
        para(doc, "", indent=False)
    number = para(doc, module.DOC_NUMBER, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    if red_head:
        paragraph_border(number, "bottom", "E00000", "18")
    para(doc, "", indent=False)
    para(doc, module.NOTICE, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "", indent=False)
    para(doc, module.ADDRESSEES, indent=False)
    para(doc, module.NOTICE_BODY)
    para(doc, "", indent=False)
    for line in module.SIGNATURE:
        para(doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)


# ---------------------------------------------------------------- 张家港 (.docx)


def build_zhangjiagang():
    doc = new_document()
    notice(doc, ZJG)
    para(doc, "（此件公开发布）")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, ZJG.TITLE, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "", indent=False)
    para(doc, ZJG.PREAMBLE)
    para(doc, "一、总体要求", "黑体")
    para(doc, "（一）指导思想", "楷体_GB2312")
    para(doc, ZJG.GUIDING)
    para(doc, "（二）基本原则", "楷体_GB2312")
    para(doc, ZJG.PRINCIPLES)
    para(doc, "（三）发展目标", "楷体_GB2312")
    para(doc, ZJG.GOAL_2026)
    para(doc, ZJG.GOAL_2028)
    para(doc, "二、重点任务", "黑体")
    for chapter in ZJG.CHAPTERS:
        para(doc, f"{chapter.numbering}{chapter.title}", "楷体_GB2312")
        for task in chapter.tasks:
            task_paragraph(doc, task.numbering, task.text)
        if chapter.numbering == "（三）":
            box = doc.add_table(rows=1, cols=1)
            box.alignment = WD_TABLE_ALIGNMENT.CENTER
            cell = box.rows[0].cells[0]
            cell_borders(cell)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            run_font(cell.paragraphs[0].add_run(ZJG.BOX_TITLE), "黑体", 14)
            for line in ZJG.BOX_LINES:
                para(cell, line, "仿宋_GB2312", 14)
    para(doc, "三、保障措施", "黑体")
    for task in ZJG.SAFEGUARDS:
        task_paragraph(doc, task.numbering, task.text, "楷体_GB2312", bold=False)
    para(doc, ZJG.CLOSING)
    doc.core_properties.author = "张家港市政府办公室"
    doc.core_properties.title = ZJG.TITLE
    doc.save(HERE / f"{ZJG.SLUG}.docx")


# ---------------------------------------------------------------- 西藏 (.pdf)


def xizang_annex(doc):
    section = doc.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.top_margin, section.bottom_margin = Cm(2.6), Cm(2.4)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    para(doc, "附件", "黑体", indent=False)
    para(doc, "重点任务分工表", "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    table = doc.add_table(rows=1, cols=5)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_grid(table)
    widths = [Cm(1.5), Cm(6.5), Cm(5.5), Cm(7.5), Cm(3.2)]
    header = table.rows[0]
    header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for cell, text, w in zip(
        header.cells, ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"], widths, strict=True
    ):
        cell.width = w
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        run_font(cell.paragraphs[0].add_run(text), "黑体", 14)
    for cells in XZ.ANNEX_ROWS:
        row = table.add_row()
        for i, (cell, text, w) in enumerate(zip(row.cells, cells, widths, strict=True)):
            cell.width = w
            cell.paragraphs[0].alignment = (
                WD_ALIGN_PARAGRAPH.CENTER if i in (0, 4) else WD_ALIGN_PARAGRAPH.LEFT
            )
            run_font(cell.paragraphs[0].add_run(text), "仿宋_GB2312", 14)


def build_xizang():
    doc = new_document()
    notice(doc, XZ, red_head=XZ.RED_HEAD)
    para(doc, "（此件主动公开）")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, XZ.TITLE, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "", indent=False)
    para(doc, XZ.PREAMBLE)
    para(doc, "一、总体要求", "黑体")
    para(doc, "（一）指导思想", "楷体_GB2312")
    para(doc, XZ.GUIDING)
    para(doc, "（二）基本原则", "楷体_GB2312")
    para(doc, XZ.PRINCIPLES)
    para(doc, "（三）主要目标", "楷体_GB2312")
    para(doc, XZ.BASELINE)
    para(doc, XZ.GOAL_2026)
    para(doc, XZ.GOAL_2028)
    para(doc, "二、重点任务", "黑体")
    for chapter in XZ.CHAPTERS:
        para(doc, f"{chapter.numbering}{chapter.title}", "楷体_GB2312")
        for task in chapter.tasks:
            task_paragraph(doc, task.numbering, task.text)
    para(doc, "三、保障措施", "黑体")
    for task in XZ.SAFEGUARDS:
        task_paragraph(doc, task.numbering, task.text, "楷体_GB2312", bold=False)
    para(doc, XZ.CLOSING)
    para(doc, "", indent=False)
    para(doc, "附件：重点任务分工表", indent=True)
    xizang_annex(doc)
    # 版记 on a last portrait page: 抄送 and 印发 between rules
    last = doc.add_section()
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width, last.page_height = Cm(21), Cm(29.7)
    for _ in range(18):
        para(doc, "", indent=False)
    cc = para(doc, XZ.CC, size=14, indent=False)
    paragraph_border(cc, "top")
    paragraph_border(cc, "bottom", size="6")
    printed = para(
        doc, "　" + XZ.PRINTED[0] + "　　　　　　　" + XZ.PRINTED[1], size=14, indent=False
    )
    paragraph_border(printed, "bottom")
    doc.core_properties.author = "自治区经济和信息化厅"
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{XZ.SLUG}.docx"
        doc.save(source)
        subprocess.run(
            [
                "/usr/bin/soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.copy(Path(tmp) / f"{XZ.SLUG}.pdf", HERE / f"{XZ.SLUG}.pdf")


# ---------------------------------------------------------------- 太原 (.html)


def h(text):
    return html.escape(text, quote=False)


def taiyuan_html():
    p = []
    add = p.append
    add(f'<p style="text-align:center">{h(TY.DOC_NUMBER)}</p>')
    add(f"<p>{h(TY.ADDRESSEES)}</p>")
    add(f'<p style="text-indent:2em">{h(TY.NOTICE_BODY)}</p>')
    for line in TY.SIGNATURE:
        add(f'<p style="text-align:right">{h(line)}</p>')
    add('<p style="text-indent:2em">（此件公开发布）</p>')
    add(f'<p style="text-align:center"><strong>{h(TY.TITLE)}</strong></p>')
    for text in TY.PREAMBLE:
        add(f'<p style="text-indent:2em">{h(text)}</p>')
    add('<p style="text-indent:2em"><strong>一、总体要求</strong></p>')
    add('<p style="text-indent:2em"><strong>（一）总体思路</strong></p>')
    add(f'<p style="text-indent:2em">{h(TY.GUIDING)}</p>')
    add('<p style="text-indent:2em"><strong>（二）基本原则</strong></p>')
    for text in TY.PRINCIPLES:
        add(f'<p style="text-indent:2em">{h(text)}</p>')
    add('<p style="text-indent:2em"><strong>（三）主要目标</strong></p>')
    add(f'<p style="text-indent:2em">{h(TY.GOAL_2026)}</p>')
    add(f'<p style="text-indent:2em">{h(TY.GOAL_2027)}</p>')
    add(f'<p style="text-align:center"><strong>表1　{h(TY.TABLE_CAPTION)}</strong></p>')
    rows = ["<tr>" + "".join(f"<td><strong>{h(c)}</strong></td>" for c in TY.TABLE_HEAD) + "</tr>"]
    for i, row in enumerate(TY.TABLE_ROWS, 1):
        cells = [str(i), *row[:6]]
        rows.append("<tr>" + "".join(f'<td align="center">{h(c)}</td>' for c in cells) + "</tr>")
    add(
        '<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse">\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody>\n</table>"
    )
    for section in TY.SECTIONS:
        add(
            f'<p style="text-indent:2em"><strong>{h(section.numbering + section.title)}</strong></p>'
        )
        for task in section.tasks:
            head, _, rest = task.text.partition("。")
            add(
                f'<p style="text-indent:2em"><strong>{h(task.numbering + head)}。</strong>{h(rest)}</p>'
            )
    body = "\n".join(p)
    title = h(TY.NOTICE)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="太原市人民政府">
<meta name="SiteDomain" content="www.taiyuan.gov.cn">
<meta name="ColumnName" content="市政府办公室文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2026-03-18 10:30">
<meta name="ContentSource" content="太原市人民政府办公室">
<title>{title}_市政府办公室文件_太原市人民政府</title>
<link rel="stylesheet" href="/images/2023/css/common.css">
<script src="/images/2023/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?0a1b2c3d"; }})();</script>
<style>.TRS_Editor p {{ line-height: 2; font-size: 16px; }} .share a {{ margin: 0 4px; }}</style>
</head>
<body>
<div class="topbar">
  <span>您好，欢迎访问太原市人民政府门户网站！</span>
  <a href="/wza/">无障碍</a> | <a href="/zzlb/">长者模式</a> | <a href="/yhzx/login.shtml">登录</a> | <a href="/yhzx/reg.shtml">注册</a> | <a href="http://www.shanxi.gov.cn/">山西省人民政府</a>
</div>
<div class="header">
  <img src="/images/2023/logo.png" alt="太原市人民政府">
  <form action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form>
</div>
<ul class="nav">
  <li><a href="/">首页</a></li>
  <li><a href="/zwgk/">政务公开</a></li>
  <li><a href="/zwfw/">政务服务</a></li>
  <li><a href="/hdjl/">互动交流</a></li>
  <li><a href="/zjty/">走进太原</a></li>
</ul>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; <a href="/zwgk/zcwj/szfbgswj/">市政府办公室文件</a></div>
<div class="article">
<h1 class="article-title">{title}</h1>
<div class="article-info">来源：太原市人民政府办公室　　发布时间：2026-03-18 10:30　　浏览次数：<span id="views">2316</span>　　【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
<div class="TRS_Editor">
{body}
</div>
<div class="share">分享到：<a href="javascript:;">微信</a><a href="javascript:;">微博</a><a href="javascript:;">QQ空间</a><a href="javascript:;">复制链接</a></div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="related">
  <h3>相关阅读</h3>
  <ul>
    <li><a href="/zwgk/zcjd/202603/t20260319_1.shtml">一图读懂《太原市“人工智能+”行动计划（2026—2027年）》</a></li>
    <li><a href="/zwgk/zcjd/202603/t20260319_2.shtml">政策解读：到2027年全市智能算力规模达到8000P</a></li>
  </ul>
</div>
</div>
<div class="footer">
  <p><a href="/lxwm/">联系我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/sybz/">使用帮助</a></p>
  <p>主办：太原市人民政府办公室　承办：太原市数据局</p>
  <p>网站标识码：1401000001　<a href="https://beian.miit.gov.cn/">晋ICP备05002937号</a>　晋公网安备 14010502000123号</p>
  <p>扫一扫在手机打开当前页</p>
</div>
</body>
</html>
"""


def build_taiyuan():
    (HERE / f"{TY.SLUG}.html").write_text(taiyuan_html(), encoding="utf-8")


def main():
    for module in (TY, ZJG, XZ):
        write_extraction(module)
    if "--extractions-only" in sys.argv:
        return
    build_taiyuan()
    build_zhangjiagang()
    build_xizang()


if __name__ == "__main__":
    main()

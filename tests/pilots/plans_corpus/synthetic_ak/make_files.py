# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ak documents (SYNTHETIC_AK.md) — INVENTED 2026 "人工智能+" plans of
河北 / 江西 / 广西 places no folder held — and their expected extractions (.yaml beside each), from
doc_*.py through common.py and model.py:

- hengshui-ai-plus-2026-synthetic.docx — a prefecture city's three-year 实施方案 (python-docx): two dated
  goal paragraphs, tasks 1.–14. numbered on across four groups closing on
  "（牵头单位：…；配合单位：…）" (a shared 市 prefix, a shared 县人民政府 suffix), a 专栏 box of scene
  names, 四、保障措施;
- leping-ai-plus-work-points-2026-synthetic.pdf — a county-level city's 2026 工作要点 built as .docx and
  printed to PDF by LibreOffice: goals in Chinese numerals, tasks 1．–20． numbered on across parts
  二、–六、 with an own-line "责任单位：…" under the rule "标☆的为牵头单位" stated once;
- wuzhou-hitech-zone-ai-manufacturing-2026-synthetic.html — a high-tech zone's "人工智能+制造" plan as
  its portal page is saved: a metadata table, an indicator <table> with 2026 / 2027 columns, tasks
  （一）–（十二） closing on "〔牵头单位：…；责任单位：…〕" under a rule stated once (a supporting body
  for every task).

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ak/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import html
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, shared by the sets

import doc_hengshui as HS  # noqa: E402
import doc_leping as LP  # noqa: E402
import doc_wuzhou as WZ  # noqa: E402
from synthetic_model import extraction  # noqa: E402

FIXED = (2026, 12, 5, 0, 0, 0)
PDF_DATE = b"20260226010000"  # 2026-02-26 09:00 in Beijing, in UTC
XMP_DATE = b"2026-02-26T01:00:00"

HEADERS = {
    HS.SLUG: """# 衡水市推进“人工智能+”行动实施方案（2026—2028年） (衡水市人民政府办公室, 衡政办字〔2026〕11号, 2026-03-20) — SYNTHETIC (synthetic_ak):
# WRITTEN blind by the collector (helper blindAK, 2026-12-05) before reading or running the importer; no such document is claimed to
# exist (number, date, figures, scene and programme names made up). Built by make_files.py from doc_hengshui.py as a Word file (python-docx).
# Zone hengshui-city (河北; a prefecture city → city level); period 2026–2028. Outline: doc number, the 通知 (title, addressees, one
#   sentence, issuer and date, "（此件公开发布）"), the plan's title, preamble, 一、总体要求 (a paragraph holding 2025 figures — 86亿元,
#   9200个: baselines, no target — and a "基本原则：…" paragraph), 二、主要目标 = two untitled paragraphs "到2026年底，…" and "到2028年底，力争…" → goals titled by their
#   date phrase (到2026年底 due 2026, 到2028年底 due 2028); 三、重点任务 = four groups （一）–（四） (sub-sections) of items 1.–14. NUMBERED ON
#   across the groups, each "N.标题。正文（annotation）" in one paragraph; a 专栏 box (a one-cell table) after item 12 lists scene names
#   with no figure and no verb: no task, no goal; 四、保障措施 （一）–（五） unannotated → safeguard tasks without roles.
# Roles as worded: （牵头单位：X；配合单位：Y、Z） → X lead, Y Z supporting. Shared prefix expanded: "市发展改革委、工业和信息化局、交通运输局、
#   卫生健康委" → four 衡水市 bodies; the bare forms printed (工业和信息化局, 交通运输局, 卫生健康委) are kept as aliases because the text
#   prints them. Shared suffix: "安平县、武强县、枣强县人民政府" → three county governments (安平县人民政府 …; no alias: the bare county
#   names are not printed as bodies). 各县市区政府 is one collective agency (衡水市各县市区政府); 衡水湖管委会 = 河北衡水湖国家级自然保护区
#   管理委员会 (park_administration); 衡水学院 a university (other); 河北科技工程职业技术大学 stands only in the text (no agency).
# Targets: the two goal paragraphs' 3 + 7 figures (十个 → 10; 累计 of enterprises / scenes that exist → stock); every item holding
#   figures is also a goal titled like the item (text without the annotation), due 2028 unless dated inside (item 2: 到2027年底 → 2027).
#   每年 → per_year flow; 新增 / 引进 → flow; 其中投资亿元以上项目5个 → parent of 引进…项目. Item 1's "到2028年，城市智算中心实现…互联互通"
#   holds no figure. Not targets: 全覆盖 (no figure), 12345 (a hotline), 保障措施（二）'s yearly budget (不少于2000万元), 保障措施（五）'s
#   每年举办…大赛 (no figure), the 2025 baselines.
""",
    LP.SLUG: """# 乐平市2026年“人工智能+”行动工作要点 (乐平市人民政府办公室, 乐府办字〔2026〕8号, 2026-02-26) — SYNTHETIC (synthetic_ak):
# WRITTEN blind by the collector (helper blindAK, 2026-12-05) before reading or running the importer; no such document is claimed to
# exist. Built by make_files.py from doc_leping.py as a .docx printed to PDF by LibreOffice (footer "— N —").
# Zone leping-city (江西, a county-level city of 景德镇 → city level); a one-year plan: period 2026–2026, every target due 2026.
# Outline: doc number, the 通知 (title, addressees, one sentence, issuer and date), the title, a preamble ending with the rule stated once
#   "各项任务的责任单位中，标☆的为牵头单位，其余为责任单位。" (before it 2025 figures 48亿元, 1个: baselines), 一、工作目标 = one paragraph
#   "2026年，…：a；b；…" → goal titled 2026年, then a paragraph of principles (no figure, no goal); parts 二、–六、 (sections, no 重点任务
#   umbrella) of items 1．–20． (full-width dot) NUMBERED ON across the parts, each "N．标题。正文" in one paragraph and its annotation on
#   the NEXT paragraph "责任单位：X☆、Y、Z" → the annotation belongs to the item and its text includes it; 七、工作要求 （一）–（四）
#   unannotated → safeguard tasks without roles.
# Roles by the rule: the ☆-marked name lead, the others responsible. 市直各相关部门 is generic (no agency: item 2 has its lead only).
#   各乡镇（街道） is one collective agency (乐平市各乡镇（街道）); 市委组织部（市委人才办） one body printed with two names; 中国电信乐平分公司
#   and 国网乐平市供电公司 state enterprises; 人行乐平市支行 = 中国人民银行乐平市支行 (financial_regulation); 景德镇市乐平生态环境局 (the
#   prefecture's branch bureau) printed in full, no alias.
# Task 1's 全年新建5G基站三百个 restates the goal paragraph's figure word for word: one target, where first printed (SOURCES.md's
#   convention; settled by the lead after measurement 2, T7 as first written removed).
# Targets: the goal paragraph's six figures written in Chinese numerals (六十亿元 → 60, 三十五家 → 35, 三百个 → 300, 二十个 → 20,
#   百分之七十 → 70 %) and 1.2万人 → 12000 人; every item holding figures is also a goal titled like the item (text without the annotation
#   line); in items 二百个 → 200, 一个 → 1, 十个 → 10, 百分之六十 → 60 %, 一亿元 → 1 亿元, 一千万条 → 10000000 条. Things built, added, trained or brought in within the year are flow (新建, 新增, 建设, 打造, 培育, 引进, 全年…); counts and rates
#   that exist at the year's end (营业收入, 企业达到, 覆盖率, 从业人员达到, 接入率, 覆盖…比例) stock. Not targets: 5G (a name),
#   每季度召开一次 and 每月25日前 (working rules of 工作要求), the 2026年 of the preamble.
""",
    WZ.SLUG: """# 梧州高新技术产业开发区“人工智能+制造”行动方案（2026—2027年） (梧州高新技术产业开发区管理委员会, 梧高新管发〔2026〕4号, 2026-04-15;
# published 2026-04-17) — SYNTHETIC (synthetic_ak): WRITTEN blind by the collector (helper blindAK, 2026-12-05) before reading or running
# the importer; no such document is claimed to exist. Built by make_files.py from doc_wuzhou.py as the zone portal's page saved by a
# browser (UTF-8 .html: header, nav, breadcrumb, a metadata <table>, the body in <p>, an indicator <table>, footer).
# Zone wuzhou-hitech-zone (广西; a high-tech zone under its 管委会 → district level, no parent written); period 2026–2027.
# Outline: title, doc number, the 通知 (addressees, one sentence, issuer and date), preamble, 一、总体思路 (2025 figures 520亿元, 126家:
#   baselines, no target), 二、行动目标 = one "到2027年，" paragraph (→ goal titled 到2027年) and the table "表1 梧州高新区“人工智能+制造”主要指标"
#   (序号 | 指标名称 | 单位 | 2025年基数 | 2026年目标 | 2027年目标) → one goal titled by the caption, a target per row and year column
#   (2026 → due 2026, 2027 → due 2027; all eq; 2025 基数 not recorded), each target's phrase the row's cells from the indicator name to
#   its year's value (cells joined by spaces, which the comparison drops); the table's 2027 values that tasks repeat (200P, 3万台（套）,
#   50个) are one target each, the table's (SOURCES.md's convention, settled by the lead after measurement 2: as first written T16 and its
#   goal, T18 and T20 removed; 其中… is the table target's part); 三、重点任务 = tasks （一）–（十二） directly under the part, each "（N）标题。正文〔annotation〕";
#   四、保障措施 （一）–（四） unannotated → safeguard tasks, supporting body the rule's alone; 五、附则 (one paragraph: who interprets, validity to 2027-12-31)
#   holds no task and is no section.
# Roles as worded: 〔牵头单位：X；责任单位：Y〕 → X lead, Y responsible; 〔牵头单位：X〕 → lead alone. The rule stated once under
#   三、重点任务 "以下各项任务均需高新区财政局配合落实，不再一一列出。" → 高新区财政局 supporting on every task after it, the
#   四 safeguards too (SOURCES.md: a rule stated once is applied to the following tasks; so is synthetic_u's 闽侯; settled by the lead
#   after measurement 2 — written first as "none of 四").
#   Shared prefix "梧州市工业和信息化局、数据局" → 梧州市数据局 (alias 数据局 as printed); "科技创新局" printed bare in （五） is 高新区科技创新局.
#   梧州学院 a university (other); 自治区工业和信息化厅 / 自治区数据局 / 广西大学 stand only in the text (no agency).
# Targets: the goal paragraph's five figures (120亿元左右 → approx); every task holding figures is also a goal titled like the task, due 2027
#   ((一)'s 到2027年 too). 3万台（套） → 30000 台（套） and 5万平方米 → 50000 平方米 (万 multiplied out); 其中自治区级以上示范场景 → parent;
#   新增 / 引进 / 新建 → flow (引进项目的总投资不低于50亿元 too: a gte flow target of its own); 每年 → per_year flow.
#   Not targets: 全覆盖, the 索引号, 保障措施（二）'s yearly budget (不少于3000万元), the 2025 baselines.
""",
}


def write_extraction(module):
    data = extraction(**module.EXTRACTION)
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000)
    (HERE / f"{module.SLUG}.yaml").write_text(HEADERS[module.SLUG] + body, encoding="utf-8")


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


def para(container, runs, font="仿宋_GB2312", size=16, align=None, indent=True):
    """runs: a string, or [(text, bold)]."""
    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if isinstance(runs, str):
        runs = [(runs, False)]
    for text, bold in runs:
        run_font(p.add_run(text), font, size, bold)
    return p


def new_document():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    core = doc.core_properties
    core.author = core.last_modified_by = ""
    core.title = core.subject = core.keywords = core.comments = ""
    core.created = core.modified = datetime(*FIXED)
    core.revision = 1
    return doc


def page_number_footer(doc):
    """A footer "— N —" with Word's PAGE field."""
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    run_font(run, "宋体", 14)
    for kind, text in (
        ("begin", None),
        (None, " PAGE "),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == "1":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._element.append(el)
    run_font(p.add_run(" —"), "宋体", 14)


def word_blocks(doc, blocks):
    for kind, item in blocks:
        if kind == "title":
            for line in item.split("\n"):
                para(doc, line, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif kind == "notice":
            for line in item:
                para(
                    doc,
                    line,
                    indent=False,
                    align=WD_ALIGN_PARAGRAPH.CENTER if "〔" in line else None,
                )
        elif kind == "sign":
            for line in item:
                para(doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif kind == "p":
            para(doc, item)
        elif kind == "h1":
            para(doc, item, "黑体")
        elif kind == "h2":
            para(doc, [(item, True)], "楷体_GB2312")
        elif kind == "goal":
            para(doc, item.text)
        elif kind == "task":
            head = f"{item.numbering}{item.title}。"
            body = item.head[len(item.title) + 1 :]
            if item.own_line:
                para(doc, [(head, True), (body, False)])
                para(doc, item.note)
            else:
                para(doc, [(head, True), (body + item.note, False)])
        elif kind == "box":
            caption, lines = item
            table = doc.add_table(rows=1, cols=1)
            table.style = "Table Grid"
            cell = table.rows[0].cells[0]
            cell.paragraphs[0].text = ""
            first = cell.paragraphs[0]
            first.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run_font(first.add_run(caption), "黑体", 14)
            for line in lines:
                para(cell, line, size=14)
        else:
            raise ValueError(kind)


def fixed_zip(path: Path):
    """Rewrite a .docx with every entry dated FIXED, so the build is the same byte for byte."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            fixed = zipfile.ZipInfo(info.filename, FIXED)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            out.writestr(fixed, data)
    tmp.replace(path)


def write_docx(module, path: Path, footer=False):
    doc = new_document()
    if footer:
        page_number_footer(doc)
    word_blocks(doc, module.BLOCKS)
    doc.save(str(path))
    fixed_zip(path)


def write_pdf(module):
    target = HERE / f"{module.SLUG}.pdf"
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{module.SLUG}.docx"
        write_docx(module, source, footer=True)
        subprocess.run(
            [
                "soffice",
                "--headless",
                f"-env:UserInstallation=file://{tmp}/profile",
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
        data = (Path(tmp) / f"{module.SLUG}.pdf").read_bytes()
    target.write_bytes(fixed_pdf(data))


def fixed_pdf(data: bytes) -> bytes:
    """LibreOffice's dates (their digits) and file /ID replaced by fixed ones of the same length,
    so the cross-reference offsets stay right and the build is the same byte for byte."""
    data = re.sub(rb"\(D:\d{14}", b"(D:" + PDF_DATE, data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"5A" * 16 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"A5" * 16, data)
    return re.sub(
        rb"(<xmp:\w+Date>)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}",
        rb"\g<1>" + XMP_DATE,
        data,
    )


# ---------------------------------------------------------------- HTML


def html_page(module) -> str:
    out = []
    for kind, item in module.BLOCKS:
        if kind == "title":
            out.append(f'<h1 class="article-title">{html.escape(item)}</h1>')
        elif kind == "notice":
            out.extend(f"<p>{html.escape(line)}</p>" for line in item)
        elif kind == "sign":
            out.extend(f'<p style="text-align:right">{html.escape(line)}</p>' for line in item)
        elif kind in ("p", "goal"):
            text = item if kind == "p" else item.text
            out.append(f'<p style="text-indent:2em">{html.escape(text)}</p>')
        elif kind == "h1":
            out.append(f'<p style="text-indent:2em"><strong>{html.escape(item)}</strong></p>')
        elif kind == "task":
            out.append(
                f'<p style="text-indent:2em"><strong>{html.escape(item.numbering + item.title)}。</strong>'
                f"{html.escape(item.head[len(item.title) + 1 :] + item.note)}</p>"
            )
        elif kind == "table":
            caption, rows = item
            out.append(f'<p style="text-align:center"><strong>{html.escape(caption)}</strong></p>')
            out.append(
                '<table class="zbb" border="1" cellspacing="0" cellpadding="4" style="margin:0 auto">'
            )
            head, *body = rows
            out.append("<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in head) + "</tr>")
            for row in body:
                out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
        else:
            raise ValueError(kind)
    meta = "\n".join(
        f"<tr><th>{html.escape(k)}：</th><td>{html.escape(v)}</td></tr>" for k, v in module.META
    )
    body = "\n".join(out)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{html.escape(module.TITLE)}_政策文件_梧州高新技术产业开发区管理委员会门户网站</title>
<link rel="stylesheet" href="./{module.SLUG}_files/style.css">
<script src="./{module.SLUG}_files/jquery.min.js"></script>
<script>var _hmt = _hmt || []; var siteId = "wzgxq";</script>
</head>
<body>
<div class="header"><div class="logo">梧州高新技术产业开发区管理委员会</div>
<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>
<div class="nav"><ul><li><a href="#">首页</a></li><li><a href="#">园区概况</a></li><li><a href="#">政务公开</a></li><li><a href="#">招商引资</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a></div>
<div class="article">
<table class="meta">
{meta}
</table>
{body}
<div class="article-tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
<div class="footer"><p>主办：梧州高新技术产业开发区管理委员会　承办：高新区党政办公室</p>
<p>桂ICP备2026000412号-1　网站标识码：4504000015</p></div>
</body>
</html>
"""


def write_html(module):
    (HERE / f"{module.SLUG}.html").write_text(html_page(module), encoding="utf-8")


def main():
    for module in (HS, LP, WZ):
        write_extraction(module)
    if "--extractions-only" in sys.argv:
        return
    write_docx(HS, HERE / f"{HS.SLUG}.docx")
    if shutil.which("soffice"):
        write_pdf(LP)
    write_html(WZ)


if __name__ == "__main__":
    main()

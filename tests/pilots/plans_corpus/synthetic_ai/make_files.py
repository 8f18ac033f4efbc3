# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ai documents (SYNTHETIC_AI.md) — INVENTED 2026 "人工智能+" plans of
宁夏 / 天津 / 新疆 — and their expected extractions (.yaml beside each), from doc_*.py:

- shizuishan-ai-plus-2026-synthetic.pdf — a prefecture city's 实施方案, .docx printed by LibreOffice;
- xiqing-ai-plus-work-points-2026-synthetic.html — a 天津 district's 工作要点 as the portal page is saved;
- xinjiang-ai-plus-manufacturing-2026-synthetic.docx — a 自治区 department's sector plan (python-docx)
  with a 主要指标 table and an annex 重点任务分工表 that alone gives the roles.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ai/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import datetime
import html
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
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, shared by the sets

import doc_shizuishan as SZS  # noqa: E402
import doc_xinjiang as XJ  # noqa: E402
import doc_xiqing as XQ  # noqa: E402
from synthetic_model import extraction  # noqa: E402

COMMON = """# WRITTEN by the collector (helper bai, 2026-12-04) blind, before the importer ever ran on it; no such document is claimed to
# exist (number, date, figures, programme names and some bodies' exact names made up). Built by make_files.py from {module}.
"""

HEADERS = {
    SZS.SLUG: """# 石嘴山市“人工智能+”行动实施方案（2026—2028年） (石嘴山市人民政府办公室, 石政办发〔2026〕7号, 2026-03-12) — SYNTHETIC (synthetic_ai):
"""
    + COMMON.format(
        module='doc_shizuishan.py as a .docx printed to PDF by LibreOffice (footer "— N —")'
    )
    + """# Zone shizuishan-city (宁夏 prefecture city); period 2026–2028. Outline: notice, title, preamble, a paragraph of 2025 figures (46家, 约12亿元,
#   150P, 18个, 58%: baselines, no target), 一、总体要求 (two paragraphs, no figure), 二、行动目标 =
#   two untitled dated paragraphs → goals titled by their date phrase 到2026年底 (deadline 2026) and 到2028年 (deadline 2028);
#   三、重点任务 (一)(二)(三) groups → sub-sections, tasks 1.–17. NUMBERED ON across the groups (1–4, 5–12, 13–17), each "N.标题。正文（牵头单位：X；责任单位：Y、Z）"
#   in one paragraph → title the first sentence, text the paragraph after its number, annotation included; 四、保障措施 （一）–（四）
#   → safeguard tasks without roles (the 专班办公室 "设在市工业和信息化局" is no annotation).
# Roles as worded (SOURCES.md): 牵头单位 → lead, 责任单位 → responsible. 各县区人民政府 one collective agency; 大武口区/惠农区人民政府
#   are 石嘴山's districts (full names prefixed), 平罗县人民政府 named in full.
# Targets: the goal paragraphs' figures (力争突破 → gt; 年均增长35%以上 a growth rate, gte; 其中规模以上企业 → parent; 累计建成 → flow;
#   5000人左右 → approx; 3—5个 → range). Every task holding figures is also a goal titled like the task, text without its annotation;
#   undated task figures due 2028; 每年… → per_year flow; task 1's "到2026年底…300P" due 2026, "2028年达到1000P" due 2028.
#   Not targets: 数控化率 baseline none; "算力券" (no figure); 贷款贴息 (no figure); 二级以上 / 县级医院…全覆盖 (no figure).
""",
    XQ.SLUG: """# 天津市西青区2026年“人工智能+”行动工作要点 (天津市西青区人民政府办公室, 西青政办发〔2026〕3号, 2026-02-26) — SYNTHETIC (synthetic_ai):
"""
    + COMMON.format(
        module="doc_xiqing.py as the district portal's page saved by a browser (UTF-8 HTML)"
    )
    + """# Zone xiqing-district (a district of 天津, district level); a one-year plan: period 2026–2026, every target due 2026.
# Outline: portal chrome (nav, breadcrumb, index table, 来源/发布时间), notice, title, intro (no target), a paragraph of 2025 figures
#   (98亿元, 超过300家, 400P, 累计36家: baselines, no target), 一、工作目标 = three items ①②③
#   one a paragraph "①标题。2026年，…" → three goals numbered ①②③ titled by the item's first phrase; then a RULE paragraph stated once
#   ("责任单位中列第一位的为牵头单位，其他为责任单位，不再一一标注") → for every task below the first unit named is lead and
#   the others responsible (SOURCES.md's "列第一位的为牵头单位"); a task naming one unit has that lead alone. 二、–五、 parts, tasks (1)(2)… RESTARTING in each part, "(N)标题。正文" then the
#   annotation on ITS OWN LINE (a <p> of its own) "责任单位：X、Y" → it belongs to the task and the task text includes it.
#   五、强化要素保障 holds annotated tasks (人才, 资金, 安全) → a safeguard section whose tasks keep their roles. Parts hold 4, 5, 7 and
#   4 tasks. The two closing paragraphs (工作专班…月调度、季通报; 各责任单位要…, 区工业和信息化局要加强统筹调度) are no task and
#   no annotation.
# Agencies: 各街镇 one collective agency; 西青经开区 / 学府高新区 管委会 park administrations.
# Targets: goals' figures (突破 → gt; 同比增长20%左右 approx growth; 力争…增长15%以上 gte growth; 新增/新建/举办/全年发布 → flow; 总数达到 → stock); each task
#   holding figures is also a goal titled like the task, text its first paragraph (without the annotation line): 其中总投资亿元以上项目
#   → parent; 覆盖率 → stock. Not targets: "十五五", "雏鹰—瞪羚—领军", "海河英才", 亿元以上 as a condition.
""",
    XJ.SLUG: """# 新疆维吾尔自治区“人工智能+制造业”行动方案（2026—2027年） (新疆维吾尔自治区工业和信息化厅 with 发展和改革委员会, 科学技术厅, 数据局;
# 新工信发〔2026〕12号, 2026-04-08) — SYNTHETIC (synthetic_ai):
"""
    + COMMON.format(module="doc_xinjiang.py as a Word file (python-docx)")
    + """# Zone xinjiang-region (province-level 自治区 → municipality level, the slug an earlier extraction used); period 2026–2027.
# Issuer: the first of four signing bodies (工业和信息化厅, the plan's owner). Outline: joint notice, title, preamble, a paragraph of
#   2025 figures (45家, 210个, 72%, 3EFLOPS: baselines, no target), 一、总体要求 (two paragraphs, no figure), 二、主要目标 = one paragraph "到2027年，…主要指标见下表。" → goal titled 到2027年, then a TABLE 序号/指标名称/单位/2025年/
#   2027年/指标属性 under the caption "“人工智能+制造业”主要指标" → a second goal titled 主要指标 (text the caption), one target per row:
#   the 2027年 column is the target (eq, due 2027, unit the 单位 cell), the 2025年 column a baseline, source_phrase the 指标名称 cell
#   (the test reads a row's cells as lines, so a phrase holds within a cell); 三、重点任务 (一)–(四) → sub-sections with tasks 1.…
#   RESTARTING in each group and NO annotation in the body; 四、保障措施 （一）–（四） → safeguard tasks without roles (自治区工业和信息化厅
#   "会同有关部门" is prose).
# Roles: ONLY from the annex 附件 重点任务分工表 (序号 1–18 running on over the four groups of 4, 6, 4, 4 tasks in body order, 重点任务 = the task's title,
#   牵头单位 → lead, 配合单位 → supporting). Several leads in one cell (自治区数据局、自治区工业和信息化厅) → both lead.
#   各地（州、市）工业和信息化主管部门 one collective agency; 兵团工业和信息化局 = 新疆生产建设兵团工业和信息化局; 新疆通信管理局 a central
#   vertical body named in full.
# Targets: 到2027年 paragraph: 100家, 200个, 突破300亿元 (gt), 力争…3—5家 (range; 年营业收入超10亿元 is their condition, not a target);
#   tasks holding figures are also goals titled like the task (30个以上 gte; 5个以上…完成备案 gte flow; 下降5%左右 approx; 1000家以上
#   中小企业, 其中规模以上工业企业不少于300家 → parent, flow; 每年…不少于6场 per_year flow; 两年累计
#   培训10000人次 flow). Not targets: the 2025年 column, "八大产业集群", 5G, "一对一", 二级节点.
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


def new_document():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    props = doc.core_properties
    props.author = "User"
    props.last_modified_by = "User"
    props.created = datetime.datetime(2026, 3, 1, 9, 0, 0)
    props.modified = datetime.datetime(2026, 3, 1, 9, 0, 0)
    props.revision = 1
    return doc


def page_footer(doc):
    """ "— N —" centred in the footer."""
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    run_font(run, "宋体", 14)
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._element.append(el)
    run_font(p.add_run(" —"), "宋体", 14)


def table(doc, head, rows, widths):
    tab = doc.add_table(rows=0, cols=len(head))
    tab.style = "Table Grid"
    for r, cells in enumerate([head, *rows]):
        row = tab.add_row()
        for c, text in enumerate(cells):
            cell = row.cells[c]
            cell.width = Cm(widths[c])
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c != 1 or r == 0 else None
            run_font(p.add_run(text), "黑体" if r == 0 else "仿宋_GB2312", 12, bold=r == 0)
    return tab


def save_fixed(doc, path: Path):
    """Save, then rewrite the zip with fixed member times so the bytes repeat."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.docx"
        doc.save(raw)
        with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for item in src.infolist():
                info = zipfile.ZipInfo(item.filename, date_time=(2026, 3, 1, 9, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                out.writestr(info, src.read(item.filename))


def shizuishan_docx(path: Path):
    doc = new_document()
    page_footer(doc)
    para(doc, SZS.EXTRACTION["plan"]["doc_number"], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(
        doc,
        "石嘴山市人民政府办公室关于印发石嘴山市“人工智能+”行动实施方案（2026—2028年）的通知",
        font="方正小标宋简体",
        size=22,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False,
        line=36,
    )
    for kind, text in SZS.NOTICE:
        if kind == "addressee":
            para(doc, text, indent=False)
        elif kind == "sign":
            para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        else:
            para(doc, text)
    para(doc, "")
    para(
        doc,
        SZS.TITLE,
        font="方正小标宋简体",
        size=22,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False,
        line=36,
    )
    for text in SZS.PREAMBLE:
        para(doc, text)
    for kind, text in SZS.BODY:
        if kind == "h1":
            para(doc, text, font="黑体")
        elif kind == "h2":
            para(doc, text, font="楷体_GB2312")
        else:
            para(doc, text)
    save_fixed(doc, path)


def shizuishan_pdf():
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{SZS.SLUG}.docx"
        shizuishan_docx(src)
        subprocess.run(
            [
                soffice,
                "--headless",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(tmp) / f"{SZS.SLUG}.pdf", HERE / SZS.SOURCE)


def xinjiang_docx():
    doc = new_document()
    page_footer(doc)
    para(doc, XJ.NUMBER, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(
        doc,
        XJ.NOTICE_TITLE,
        font="方正小标宋简体",
        size=22,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False,
        line=36,
    )
    para(doc, XJ.NOTICE[0], indent=False)
    para(doc, XJ.NOTICE[1])
    for line in XJ.SIGN:
        para(doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "")
    para(
        doc,
        XJ.TITLE,
        font="方正小标宋简体",
        size=22,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False,
        line=36,
    )
    para(doc, XJ.PREAMBLE)
    para(doc, XJ.BASE)
    para(doc, "一、总体要求", font="黑体")
    para(doc, XJ.PART1)
    para(doc, XJ.PRINCIPLES)
    para(doc, "二、主要目标", font="黑体")
    para(doc, XJ.GOAL)
    para(doc, XJ.TABLE_CAPTION, font="黑体", size=14, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    table(doc, XJ.TABLE_HEAD, XJ.TABLE_ROWS, [1.2, 7.0, 1.8, 1.8, 1.8, 2.0])
    para(doc, "三、重点任务", font="黑体")
    for numbering, title, tasks in XJ.GROUPS:
        para(doc, numbering + title, font="楷体_GB2312")
        for t in tasks:
            para(doc, t.numbering + t.text)
    para(doc, "四、保障措施", font="黑体")
    for t in XJ.SAFEGUARDS:
        para(doc, t.numbering + t.text)
    para(doc, "")
    para(doc, "附件：重点任务分工表", indent=False)
    para(doc, "附件", font="黑体", indent=False)
    para(
        doc,
        "重点任务分工表",
        font="方正小标宋简体",
        size=18,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False,
    )
    flat = [t for _n, _title, tasks in XJ.GROUPS for t in tasks]
    rows = [
        [str(i), t.title, lead, sup]
        for i, (t, (lead, _l, sup, _s)) in enumerate(zip(flat, XJ.ANNEX, strict=True), 1)
    ]
    table(doc, ["序号", "重点任务", "牵头单位", "配合单位"], rows, [1.2, 5.5, 4.5, 5.0])
    save_fixed(doc, HERE / XJ.SOURCE)


# ---------------------------------------------------------------- portal page

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_政策文件_天津市西青区人民政府</title>
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2026-02-28 10:30">
<meta name="ContentSource" content="西青区人民政府办公室">
<link rel="stylesheet" href="/xqqzf/css/common.css">
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问天津市西青区人民政府网站</span><a href="/xqqzf/wza/">无障碍</a> | <a href="/xqqzf/ydb/">移动版</a></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/xqqzf/images/logo.png" alt="天津市西青区人民政府"></a>
<form class="search" action="/search/"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxq/">走进西青</a></li></ul></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; <a href="/zwgk/zcwj/qzfbwj/">区政府办文件</a></div>
<div class="w1200 main">
<table class="index-table">
<tr><td>索引号：</td><td>11120111MB1A26X03D/2026-00031</td><td>主题分类：</td><td>工业、交通\\信息产业（含电信）</td></tr>
<tr><td>发文机关：</td><td>西青区人民政府办公室</td><td>成文日期：</td><td>2026年02月26日</td></tr>
<tr><td>标　　题：</td><td colspan="3">{notice_title}</td></tr>
<tr><td>发文字号：</td><td>{number}</td><td>发布日期：</td><td>2026年02月28日</td></tr>
</table>
<h1 class="art-title">{notice_title}</h1>
<div class="art-info">来源：西青区人民政府办公室　发布时间：2026-02-28 10:30　浏览次数：<span id="views">1286</span>　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="art-content" id="zoom">
{body}
</div>
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer"><div class="w1200"><p>主办：天津市西青区人民政府办公室　承办：天津市西青区政务服务办公室</p><p>网站标识码：1201110001　津ICP备05004393号-1　津公网安备 12011102000123号</p></div></div>
</body>
</html>
"""


def xiqing_html():
    def p(text, style="text-indent: 2em;"):
        return f'<p style="{style}">{html.escape(text, quote=False)}</p>'

    def head(text):
        return p(text, "text-indent: 2em; font-family: 黑体;")

    center = "text-align: center;"
    right = "text-align: right;"
    lines = [
        p(XQ.NOTICE.split("：", 1)[0] + "：", "text-indent: 0;"),
        p(XQ.NOTICE.split("：", 1)[1]),
    ]
    lines += [p(s, right) for s in XQ.SIGN]
    lines += [
        p("（此件主动公开）"),
        "<p><br></p>",
        p(XQ.TITLE, center + " font-weight: bold; font-size: 22px;"),
        p(XQ.INTRO),
        p(XQ.BASE),
    ]
    lines.append(head("一、工作目标"))
    lines += [p(n + title + "。" + text) for n, title, text in XQ.GOAL_ITEMS]
    lines.append(p(XQ.RULE))
    for part, tasks in XQ.PARTS[1:]:
        lines.append(head(part))
        for t in tasks:
            first, annotation = t.text.split("\n")
            lines += [p(t.numbering + first), p(annotation)]
    lines += [p(s) for s in XQ.TAIL]
    page = PAGE.format(
        title=XQ.TITLE,
        notice_title=f"天津市西青区人民政府办公室关于印发{XQ.TITLE}的通知",
        number=XQ.EXTRACTION["plan"]["doc_number"],
        body="\n".join(lines),
    )
    (HERE / XQ.SOURCE).write_text(page, encoding="utf-8")


def main():
    for module in (SZS, XQ, XJ):
        write_extraction(module)
    if "--extractions-only" in sys.argv:
        return
    shizuishan_pdf()
    xiqing_html()
    xinjiang_docx()


if __name__ == "__main__":
    main()

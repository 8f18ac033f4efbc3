# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ab documents (SYNTHETIC_AB.md) — INVENTED 2026 "人工智能+" plans of
places in western and southern provinces — and their expected extractions (.yaml beside each),
from doc_*.py through model.py:

- qinzhou-ai-plus-2026-synthetic.html — 钦州市 (广西)'s 行动方案 as the city portal's page a
  browser saves (nav, breadcrumbs, index box, <p> body, a scene list as an HTML table, share
  links, footer);
- guanshanhu-ai-plus-2026-synthetic.docx — 观山湖区 (贵阳)'s 三年行动计划 as a Word file whose
  tasks run on "（一）标题。正文（X牵头，Y、Z配合）" / "（X负责）" / no annotation;
- zhangye-ai-plus-2026-synthetic.pdf — 张掖市 (甘肃)'s 实施方案 as a .docx printed to PDF by
  LibreOffice (一、/（一）/1., own-line 责任单位, a rule stated once, a 第X条 支持措施 part).

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ab/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_guanshanhu as GS  # noqa: E402
import doc_qinzhou as QZ  # noqa: E402
import doc_zhangye as ZY  # noqa: E402
from model import extraction  # noqa: E402

HEADERS = {
    QZ.SLUG: """# 钦州市“人工智能+”行动方案（2026—2027年） (钦州市人民政府办公室, 钦政办发〔2026〕11号, 2026-03-20) — SYNTHETIC (synthetic_ab):
# WRITTEN by the collector (helper bAB, 2026-12-04) before reading the importer; no such document is claimed to exist (number, date,
# figures, some bodies' names made up). Built by make_files.py from doc_qinzhou.py as the city portal's page saved by a browser (UTF-8).
# Zone qinzhou-city. Page furniture (nav, breadcrumbs, index box, 来源/发布时间, share links, related links, footer) is no plan text.
# Outline: notice, plan title, preamble; 一、总体要求 （一）指导思想 （二）基本原则 (four "——X，Y。" principles in one paragraph, no tasks) （三）发展目标 (one paragraph → goal titled 发展目标); the preamble's
#   second paragraph states 2025 figures (600亿元, 6800余个, 900万标箱): baselines, no target;
#   二、重点任务 tasks （一）–（十二） "（N）标题。正文（责任单位：X、Y、Z）" → title the first sentence, text after the numbering with the
#   annotation; 三、重点应用场景建设清单 = an HTML <table> 序号 | 场景名称 | 建设内容 | 牵头单位 | 配合单位 | 完成时限 → a task per row,
#   title the 场景名称 cell, text the 建设内容 cell, 牵头单位 → lead, 配合单位 → supporting, 完成时限 "2027年6月底前" → due 2027-06-30;
#   四、保障措施 （一）–（五） unannotated → safeguard tasks without roles.
# Roles: the rule stated once at the head of 二、 "各项任务所列责任单位中，第一个单位为牵头单位，其他单位按职责分工负责" → in every
#   （责任单位：…） of 二、 the first name leads, the others are responsible (SOURCES.md, 列第一位的为牵头单位). "市大数据发展局、工信局、
#   市交通运输局" and "市发展改革委、工信局、科技局" share the 市 prefix (工信局 = 市工业和信息化局, 科技局 = 市科技局). 各县（区）人民政府 is
#   one collective agency. 保障措施（一）'s "由市大数据发展局负责日常协调调度" is no annotation.
# Targets: tasks and table rows holding figures are also goals titled like the task (text without the annotation / the 建设内容 cell).
#   Not targets: the yearly budget of 保障措施（二） (每年安排不少于3000万元), names holding numbers (中国—东盟, 二级以上). 其中 → parent; 2万个 → 20000 个;
#   新增 / 新引进 → flow; 每年 → per_year flow (deadline 2027); 1—2个 → range 1–2; the 石化园区 row due 2026年12月底前 → its
#   figure's deadline 2026; every other deadline 2027.
""",
    GS.SLUG: """# 观山湖区推进“人工智能+”行动三年行动计划（2026—2028年） (贵阳市观山湖区人民政府办公室, 观府办发〔2026〕4号, 2026-02-27) — SYNTHETIC (synthetic_ab):
# WRITTEN by the collector (helper bAB, 2026-12-04) before reading the importer; no such document is claimed to exist (number, date,
# figures, some bodies' names made up). Built by make_files.py from doc_guanshanhu.py as a Word file (python-docx), numbering typed.
# Zone guanshanhu-district (a district of 贵阳). Outline: 红头, 文号, notice, page break, plan title, preamble (its second paragraph
#   states 2025 figures — 48%, 160余家, 1.2万架: baselines, no target); 一、总体要求 = a guiding paragraph, a paragraph of four principles
#   "坚持X。…" (no tasks) and two untitled dated paragraphs 到2026年底 (deadline 2026) and 到2028年 → goals titled by their date phrase;
#   二、三、四、五、 parts of tasks （一）… restarting per part, each ONE run-on paragraph "（N）标题。正文（annotation）" → title the first
#   sentence, text after the numbering with the annotation; 六、保障措施 （一）–（五） unannotated → safeguard tasks without roles.
# Roles as worded: "（X牵头，Y、Z配合）" → X lead, Y Z supporting; "（X负责）" → X responsible (also the collective
#   "（各街道办事处（社区服务中心）负责）"); two tasks carry no annotation (三（四）, 四（五）): no role is inferred for them. 区工信局 and 区工业和信息化局 are one body; 观山湖公安分局 is the city bureau's branch;
#   各街道办事处（社区服务中心） is one collective agency. 保障措施's 专班办公室 "设在区大数据局" is no annotation.
# Targets: task paragraphs holding figures are also goals titled like the task (text without the annotation). Chinese numerals:
#   三百家 → 300, 八十个 → 80, 十五个 → 15. 其中 → parent; 新增 / 新引进 / 累计 / 三年新增 → flow; 每年 → per_year flow (deadline 2028);
#   突破 → gt; 以上 / 不少于 → gte. Not targets: the yearly budget (每年安排…不少于2000万元), 一站式 and similar words.
""",
    ZY.SLUG: """# 张掖市“人工智能+”行动实施方案（2026—2027年） (张掖市人民政府办公室, 张政办发〔2026〕9号, 2026-03-06) — SYNTHETIC (synthetic_ab):
# WRITTEN by the collector (helper bAB, 2026-12-04) before reading the importer; no such document is claimed to exist (number, date,
# figures, some bodies' names made up). Built by make_files.py from doc_zhangye.py as a .docx printed to PDF by LibreOffice
# (footer "— N —"). Zone zhangye-city.
# Outline: notice, plan title, preamble (its second paragraph states 2025 figures — 210亿元, 8000架, 1000万千瓦: baselines, no
#   target); 一、总体要求 （一）指导思想 （二）基本原则 (four "坚持X。…", no tasks) （三）主要目标 (one paragraph of 到2027年 figures → goal
#   titled 主要目标); 二、重点任务 four （一） chapters of tasks 1.–N. restarting per chapter, "N.标题。正文" with its OWN LINE "责任单位：X、Y"
#   after it → title the first sentence, text the paragraph after its number plus the own line (SOURCES.md); 三、支持措施 of seven
#   articles "第X条　标题。正文（责任单位：X、Y）" → tasks titled by the heading phrase; the closing 就高不重复 sentence is no task;
#   四、保障措施 （一）–（四） unannotated → safeguard tasks without roles.
# Roles: 责任单位 → responsible, no lead; chapter （四） opens with the rule stated once "本部分以下各项任务均由市数据局牵头，不再列出"
#   → its three tasks take 市数据局 as lead beside their own 责任单位 (SOURCES.md). "市发展改革委、工信局、科技局" shares the 市 prefix;
#   市工信局 / 市工业和信息化局 / 工信局 are one body; 各县区人民政府 is one collective agency; 保障措施（一）'s "市数据局负责日常工作" is no
#   annotation.
# Targets: tasks holding figures are also goals titled like the task. Chinese numerals: 十个 → 10, 一万人次 → 10000, 二十个 → 20.
#   不低于 / 不少于 / 以上 → gte; 超过 → gt; 新增 / 累计 / 两年新建 → flow. 若干措施 (SOURCES.md): subsidy rates and caps (30%, 50万元),
#   rewards, the 3 years of a living allowance, the yearly budget of 保障措施（二） are NOT targets; commitments the government makes each
#   year (每年遴选10个…示范场景, 每年遴选…青年人才20名) are per_year flow targets, deadline 2027.
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
    holder, text, font="仿宋_GB2312", size=16, align=None, indent=True, bold=False, color=None
):
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
        run_font(p.add_run(text), font, size, bold, color)
    return p


def runs(holder, pieces, size=16):
    """One indented paragraph of (text, font, bold) runs."""
    p = para(holder, "", size=size)
    for text, font, bold in pieces:
        run_font(p.add_run(text), font, size, bold)
    return p


def field(paragraph, code):
    run = paragraph.add_run()
    for kind, text in (
        ("begin", None),
        (None, code),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == code:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = code
            run._r.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = text
            run._r.append(el)
    return run


def footer_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run("— "), "宋体", 14)
    run_font(field(p, " PAGE "), "宋体", 14)
    run_font(p.add_run(" —"), "宋体", 14)


def new_document():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    footer_page_number(sec)
    return doc


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def red_head(doc, office, number):
    para(doc, office, "方正小标宋简体", 26, WD_ALIGN_PARAGRAPH.CENTER, False, color=(0xE0, 0, 0))
    para(doc, "", indent=False)
    para(doc, number, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "", indent=False)


def notice_page(doc, notice_title, addressees_and_text, signer, date):
    para(doc, notice_title, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "", indent=False)
    para(doc, addressees_and_text[0], indent=False)
    for line in addressees_and_text[1:]:
        para(doc, line)
    para(doc, "", indent=False)
    para(doc, signer, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）")
    page_break(doc)


def guanshanhu_docx(path: Path):
    doc = new_document()
    red_head(doc, "贵阳市观山湖区人民政府办公室文件", GS.DOC_NUMBER)
    notice_page(
        doc,
        f"贵阳市观山湖区人民政府办公室关于印发《{GS.TITLE}》的通知",
        GS.NOTICE,
        "贵阳市观山湖区人民政府办公室",
        "2026年2月27日",
    )
    para(doc, GS.TITLE, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "", indent=False)
    para(doc, GS.PREAMBLE[0])
    para(doc, GS.PREAMBLE[1])
    para(doc, GS.PREAMBLE[2], "黑体")
    para(doc, GS.PREAMBLE[3])
    para(doc, GS.PREAMBLE[4])
    for g in GS.GOALS:
        para(doc, g.text)
    for s in GS.SECTIONS:
        para(doc, f"{s.numbering}{s.title}", "黑体")
        for t in s.tasks:
            head = f"{t.numbering}{t.title}。"
            rest = t.text[len(t.title) + 1 :]
            runs(doc, [(head, "楷体_GB2312", True), (rest, "仿宋_GB2312", False)])
    para(doc, "", indent=False)
    para(
        doc, "贵阳市观山湖区人民政府办公室                2026年2月27日印发", size=14, indent=False
    )
    doc.save(path)


def zhangye_docx(path: Path):
    doc = new_document()
    red_head(doc, "张掖市人民政府办公室文件", ZY.DOC_NUMBER)
    notice_page(
        doc,
        f"张掖市人民政府办公室关于印发{ZY.TITLE}的通知",
        ZY.NOTICE,
        "张掖市人民政府办公室",
        "2026年3月6日",
    )
    para(doc, ZY.TITLE, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "", indent=False)
    para(doc, ZY.PREAMBLE)
    para(doc, ZY.BASELINE)
    para(doc, "一、总体要求", "黑体")
    para(doc, "（一）指导思想", "楷体_GB2312")
    para(doc, ZY.GUIDING)
    para(doc, "（二）基本原则", "楷体_GB2312")
    para(doc, ZY.PRINCIPLES)
    para(doc, "（三）主要目标", "楷体_GB2312")
    para(doc, ZY.GOAL_TEXT)
    tasks_part, measures, safeguards = ZY.SECTIONS
    para(doc, f"{tasks_part.numbering}{tasks_part.title}", "黑体")
    for chapter in tasks_part.sections:
        para(doc, f"{chapter.numbering}{chapter.title}", "楷体_GB2312")
        if chapter.tasks is ZY.CH4:
            para(doc, ZY.RULE)
        for t in chapter.tasks:
            head = f"{t.numbering}{t.title}。"
            runs(
                doc,
                [(head, "仿宋_GB2312", True), (t.body[len(t.title) + 1 :], "仿宋_GB2312", False)],
            )
            para(doc, t.note)
    para(doc, f"{measures.numbering}{measures.title}", "黑体")
    para(doc, ZY.MEASURES_INTRO)
    for t in measures.tasks:
        runs(doc, [(f"{t.numbering}　", "黑体", False), (t.text, "仿宋_GB2312", False)])
    para(doc, ZY.MEASURES_CLOSE)
    para(doc, f"{safeguards.numbering}{safeguards.title}", "黑体")
    for t in safeguards.tasks:
        runs(
            doc,
            [
                (f"{t.numbering}{t.title}。", "楷体_GB2312", True),
                (t.text[len(t.title) + 1 :], "仿宋_GB2312", False),
            ],
        )
    para(doc, "", indent=False)
    para(
        doc,
        "抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级法院，市检察院，张掖军分区。",
        size=14,
        indent=False,
    )
    para(doc, "张掖市人民政府办公室                    2026年3月6日印发", size=14, indent=False)
    doc.save(path)


def zhangye_pdf(path: Path):
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{ZY.SLUG}.docx"
        zhangye_docx(source)
        subprocess.run(
            ["/usr/bin/soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(source)],
            check=True,
            capture_output=True,
        )
        shutil.copyfile(Path(tmp) / f"{ZY.SLUG}.pdf", path)


# ---------------------------------------------------------------- HTML

PAGE_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="钦州市人民政府门户网站">
<meta name="ColumnName" content="市政府办文件">
<meta name="ArticleTitle" content="{notice}">
<meta name="PubDate" content="2026-03-24 16:05">
<title>{notice}_市政府办文件_钦州市人民政府门户网站</title>
<link rel="stylesheet" href="./{slug}_files/common.css">
<script src="./{slug}_files/jquery.min.js"></script>
<script>var _hmt = _hmt || []; (function(){{ var hm = document.createElement("script"); hm.src = "https://hm.example.cn/hm.js"; }})();</script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>欢迎访问钦州市人民政府门户网站！</span><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">English</a> | <a href="#">手机版</a></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/">钦州市人民政府门户网站</a>
<form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="#">走进钦州</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">专题专栏</a></li></ul></div>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">市政府办文件</a></div>
<table class="xxgk-info"><tr><td>索引号：</td><td>11450700MB1H0000XX/2026-01234</td><td>主题分类：</td><td>科技、教育</td></tr>
<tr><td>发文机关：</td><td>钦州市人民政府办公室</td><td>成文日期：</td><td>2026-03-20</td></tr>
<tr><td>文号：</td><td>{number}</td><td>发布日期：</td><td>2026-03-24</td></tr>
<tr><td>标题：</td><td colspan="3">{notice}</td></tr></table>
<div class="article">
<h1>{notice}</h1>
<div class="info"><span>来源：钦州市人民政府办公室</span> <span>发布时间：2026-03-24 16:05</span> <span>浏览次数：<em id="hits">1268</em></span> <span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="TRS_Editor" id="zoom">
"""

PAGE_FOOT = """</div>
<div class="share">分享到：<a href="#" class="wx">微信</a> <a href="#" class="wb">微博</a> <a href="#" class="qq">QQ空间</a></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关解读</h3><ul><li><a href="#">图解：钦州市“人工智能+”行动方案（2026—2027年）</a></li><li><a href="#">《钦州市“人工智能+”行动方案（2026—2027年）》政策解读</a></li></ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办单位：钦州市人民政府办公室　承办单位：钦州市大数据发展局</p>
<p>桂ICP备05000000号-1　网站标识码：4507000000　桂公网安备 45070202000000号</p>
<p>建议使用1366×768分辨率浏览本网站</p>
</div></div>
</body>
</html>
"""


def p(text, style="text-indent: 2em;"):
    return f'<p style="{style}">{html.escape(text, quote=False)}</p>\n'


def qinzhou_html(path: Path):
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    out = [PAGE_HEAD.format(notice=QZ.NOTICE_TITLE, slug=QZ.SLUG, number=QZ.DOC_NUMBER)]
    out.append(p("各县（区）人民政府，市政府各组成部门、各直属机构：", "text-indent: 0;"))
    out.append(p(f"《{QZ.TITLE}》已经市人民政府同意，现印发给你们，请认真组织实施。"))
    out.append(p("钦州市人民政府办公室", "text-align: right;"))
    out.append(p("2026年3月20日", "text-align: right;"))
    out.append(p("（此件公开发布）"))
    out.append(f'<p style="text-align: center;"><strong>{e(QZ.TITLE)}</strong></p>\n')
    for line in QZ.PREAMBLE:
        out.append(p(line))
    out.append(p("一、总体要求"))
    out.append(p("（一）指导思想"))
    out.append(p(QZ.GUIDING))
    out.append(p("（二）基本原则"))
    out.append(p(QZ.PRINCIPLES))
    out.append(p("（三）发展目标"))
    out.append(p(QZ.GOAL_TEXT))
    tasks, scenes, safeguards = QZ.SECTIONS
    out.append(p(f"{tasks.numbering}{tasks.title}"))
    out.append(p(QZ.RULE))
    for t in tasks.tasks:
        out.append(p(f"{t.numbering}{t.text}"))
    out.append(p(f"{scenes.numbering}{scenes.title}"))
    out.append(p(QZ.SCENE_INTRO))
    out.append(
        '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse; width: 100%;">\n<tbody>\n<tr>'
    )
    out.extend(
        f'<td style="text-align: center;"><strong>{e(h)}</strong></td>' for h in QZ.SCENE_HEADER
    )
    out.append("</tr>\n")
    for n, name, content, lead_names, _l, sup_names, _s, when, _d, _t in QZ.SCENES:
        cells = [n, name, content, lead_names, sup_names, when]
        out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>\n")
    out.append("</tbody>\n</table>\n")
    out.append(p(f"{safeguards.numbering}{safeguards.title}"))
    for t in safeguards.tasks:
        out.append(p(f"{t.numbering}{t.text}"))
    out.append(PAGE_FOOT)
    path.write_text("".join(out), encoding="utf-8")


def main():
    only_extractions = "--extractions-only" in sys.argv
    for module in (QZ, GS, ZY):
        write_extraction(module)
    if only_extractions:
        return
    qinzhou_html(HERE / f"{QZ.SLUG}.html")
    guanshanhu_docx(HERE / f"{GS.SLUG}.docx")
    zhangye_pdf(HERE / f"{ZY.SLUG}.pdf")


if __name__ == "__main__":
    main()

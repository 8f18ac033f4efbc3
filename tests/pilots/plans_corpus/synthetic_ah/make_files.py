# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ah documents (SYNTHETIC_AH.md) — INVENTED 2026 "人工智能+" plans of
山东 / 安徽 / 黑龙江 places no folder held — and their expected extractions (.yaml beside each):

- rizhao-ai-plus-2026-synthetic.docx — a prefecture city's three-year 行动方案 (python-docx):
  two dated goal paragraphs, tasks 1.–14. numbered on across （一）–（四） groups, each closing on
  "（牵头单位：X；配合单位：Y）";
- ningguo-ai-plus-2026-synthetic.pdf — a county-level city's 实施方案 printed by LibreOffice: goal
  items 1.–4., tasks （一）–（十五） numbered on across parts with "（责任单位：…）" under a rule
  stated once (列第一位的为牵头单位), some with 完成时限;
- mudanjiang-etdz-ai-plus-2026-synthetic.html — a 经开区's 工作要点 as its portal page: an indicator
  table, part headings carrying "（牵头部门：X）", items 1. restarting, some annotated themselves.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ah/make_files.py
(the PDF needs /usr/bin/soffice).
"""

import datetime
import html
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, shared by the sets

import doc_mudanjiang as MDJ  # noqa: E402
import doc_ningguo as NG  # noqa: E402
import doc_rizhao as RZ  # noqa: E402
from synthetic_model import extraction  # noqa: E402

HEADERS = {
    RZ.SLUG: """# 日照市“人工智能+”行动方案（2026—2028年） (日照市人民政府办公室, 日政办发〔2026〕6号, 2026-03-12) — SYNTHETIC (synthetic_ah):
# WRITTEN by the collector (helper bah, 2026-12-04) blind, before the importer ran on it; no such document is claimed to exist
# (number, date, figures, programme names such as “日照英才” and “阳光海岸” made up). Built by make_files.py from doc_rizhao.py as a Word file.
# Zone rizhao-city (山东): period 2026–2028. Outline: notice, title, preamble, a paragraph of 2025 figures (约58亿元, 260P, 90余家: baselines,
#   no target), 一、总体要求 (two paragraphs; the second opens "到2028年，" but holds no figure → no goal), 二、主要目标 = two dated paragraphs
#   "到2026年底，…" (deadline 2026) and "到2028年，…" (deadline 2028) → goals titled by their date phrase; 三、重点任务 = five group headings
#   （一）–（五） (sub-sections, no annotation) over tasks 1.–17. NUMBERED ON across the groups, each "N.标题。正文（annotation）" in one
#   paragraph → title the first sentence, text the paragraph after its number, annotation included; 四、保障措施 （一）–（五） run on,
#   unannotated → safeguard tasks without roles (the 专班办公室 "设在市发展改革委" is no annotation).
# Roles: （牵头单位：X；配合单位：Y、Z） → X lead, Y Z supporting; （牵头单位：X、Y） → two leads (tasks 10, 15); 各区县人民政府 and
#   各功能区管委会 are two collective agencies; 日照港集团 a state enterprise (日照港集团有限公司).
# Targets: the goal paragraphs' figures (其中 → parent; 年均增长20%以上 a growth rate, gte; 累计培育 / 培养引进 → flow); every task holding
#   figures is also a goal titled like the task, text without the annotation; undated task figures due 2028; task 1's
#   "2026年底智能算力达到500P" → 2026, "2028年达到1000P" → 2028. 每年 → per_year flow; 新建 → flow; things that exist → stock.
#   Not targets: 算力券 rate (最高30%), a fund's size (5亿元), "二级以上公立医院" and "4A级以上景区" (grades, no count), "全覆盖".
# A figure repeated (same value, unit, thing, deadline — also in slightly other words: 智能算力规模 / 智能算力) is ONE target, kept where
# first printed (SOURCES.md's convention settled 2026-12-05, helper conv): the later restatements were removed from the goals.
""",
    NG.SLUG: """# 宁国市“人工智能+”行动实施方案（2026—2027年） (宁国市人民政府办公室, 宁政办秘〔2026〕12号, 2026-02-26) — SYNTHETIC (synthetic_ah):
# WRITTEN by the collector (helper bah, 2026-12-04) blind, before the importer ran on it; no such document is claimed to exist
# (number, date, figures, “宁聚英才”, “宁国智能客服” made up). Built by make_files.py from doc_ningguo.py as a .docx printed to PDF by LibreOffice.
# Zone ningguo-city (county-level city of 宣城, 安徽; parent xuancheng-city): period 2026–2027. Outline: notice, title, preamble, a paragraph of
#   2025 figures (约38亿元, 70%, 1个, 12个: baselines, no target; 百强县 a rank), 一、总体要求 (two paragraphs, no figure), 二、发展目标 = one sentence "力争到2027年，…具体实现以下目标：" then goal items 1.–4. each "N.标题。正文" → four goals
#   numbered 1.–4., titled by their first phrase, deadline 2027; a closing "到2027年底，…" paragraph with no figure (no goal); then ONE rule paragraph stated once: "以下重点任务中，责任单位列第一位的为
#   牵头单位，其他单位按职责分工负责，下同。"; 三、–五、 parts (each opened by one unnumbered prose sentence, no task) holding tasks （一）–（十六） NUMBERED ON across
#   the parts, each run on
#   "（N）标题。正文（责任单位：X、Y…）"; 六、保障措施 1.–5. (numbering restarts) → safeguard tasks without roles.
# Roles by the rule: the first unit named → lead, the others → responsible (SOURCES.md "列第一位的为牵头单位"); a task naming one unit has
#   it as lead alone (tasks 7, 8, 13); 市文旅局 = 宁国市文化旅游体育局. 各乡镇（街道） is one collective agency (宁国市各乡镇（街道）). "（…；完成时限：2026年12月底前）" → due
#   2026-12-31 (tasks 3, 6); "完成时限：长期坚持" → no due (task 13).
# Targets: goal items' figures (其中规上企业 → parent; 年均增长15%以上 a growth rate); tasks holding figures are also goals titled like the task,
#   text without the annotation, due 2027 unless dated: task 1 "2026年底前建成智能算力150P" → 2026, "2027年达到300P" → 2027; tasks 3 and 6
#   (完成时限 2026年12月底前) → 2026. 每年发布…2批次 → per_year flow; 累计 / 新培育 / 引进 / 新建 → flow. "建成省级智能工厂3个、智能车间20个" →
#   two targets, the second phrase "智能车间20个". Not targets: task 15's yearly budget (每年安排不少于2000万元) and 算力券 cap (最高20万元),
#   "第38次常务会议", 全覆盖 (task 7, no figure).
# A figure repeated (same value, unit, thing, deadline — also in slightly other words: 智能算力规模 / 智能算力) is ONE target, kept where
# first printed (SOURCES.md's convention settled 2026-12-05, helper conv): the later restatements were removed from the goals.
""",
    MDJ.SLUG: """# 牡丹江经济技术开发区2026年“人工智能+”行动工作要点 (牡丹江经济技术开发区管理委员会, 牡经开管发〔2026〕3号, 2026-04-08) — SYNTHETIC
# (synthetic_ah): WRITTEN by the collector (helper bah, 2026-12-04) blind, before the importer ran on it; no such document is claimed to exist
# (number, date, figures, bodies' exact names made up). Built by make_files.py from doc_mudanjiang.py as the zone portal's page saved by a
# browser (UTF-8 .html: nav, breadcrumb, index table, body <p>s, the indicator table an HTML <table>).
# Zone mudanjiang-etdz (a national 经开区 in 牡丹江, 黑龙江 → district level, parent mudanjiang-city): a one-year plan, period 2026–2026, every
#   target due 2026. Outline: notice, title, an intro paragraph, a paragraph of 2025 figures (186亿元, 28家, 3个: baselines, no target), 一、主要目标 = one sentence "2026年，…主要指标如下：" then a table
#   序号 | 指标名称 | 单位 | 2026年目标 | 备注 → ONE goal titled 主要目标 (text the sentence), a target per row, source_phrase the row's
#   name, unit and value cells (read across cells); a 备注 holding its own figure is a target too ("较上年增长25%" a growth rate, "新增12家"
#   flow, "其中亿元以上项目4个" a parent-linked part); "40以上" → gte; 新开放 / 年内完成 / 引进 → flow; "累计" on row 6 is a stock of things that exist.
#   二、–五、 parts of items 1. RESTARTING in each part; 六、保障措施 （一）–（四）, each a heading line then its paragraph → safeguard tasks; 七、工作要求 （一）（二） run-on
#   requirements to the departments → no section, no task (as an earlier set's 工作要求 part); the 附件 lines (略) are no task.
# Roles: a part heading "（牵头部门：X）" covers its items that carry no annotation (SOURCES.md: heading annotation); an item with its own
#   "（责任部门：X、Y）" → responsible only, "（X牵头，Y配合）" → X lead, Y supporting, and keeps its own alone (no part has every item
#   annotated, so the heading's roles are not added to them). Part 五、 has no heading annotation. 牡丹江市数据局 (市数据局) is the city's body.
#   Bodies are named bare (经济发展局 …) → full names under 牡丹江经济技术开发区.
# Targets in items: each item holding figures is also a goal titled like the item. Not targets: the fund (3000万元), "千兆光网…全覆盖", the
#   indicator table's 序号.
# A figure repeated (same value, unit, thing, deadline — also in slightly other words: 智能算力规模 / 智能算力) is ONE target, kept where
# first printed (SOURCES.md's convention settled 2026-12-05, helper conv): the later restatements were removed from the goals.
""",
}

FIXED = datetime.datetime(2026, 3, 1, 9, 0, 0)


def write_extraction(module):
    # A task's goal whose figures all restate earlier ones (SOURCES.md: one target, where first
    # printed) is left out with them.
    goals = [goal for goal in module.EXTRACTION["goals"] if goal.targets]
    data = extraction(**{**module.EXTRACTION, "goals": goals})
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000)
    (HERE / f"{module.SLUG}.yaml").write_text(HEADERS[module.SLUG] + body, encoding="utf-8")


def run_font(run, east_asia, size=16, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asia)


STYLES = {
    "title": ("方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False, False),
    "center": ("仿宋_GB2312", 16, WD_ALIGN_PARAGRAPH.CENTER, False, False),
    "right": ("仿宋_GB2312", 16, WD_ALIGN_PARAGRAPH.RIGHT, False, False),
    "plain": ("仿宋_GB2312", 16, None, False, False),
    "h1": ("黑体", 16, None, True, False),
    "h2": ("楷体_GB2312", 16, None, True, True),
    "p": ("仿宋_GB2312", 16, WD_ALIGN_PARAGRAPH.JUSTIFY, True, False),
}


def docx_bytes(module) -> bytes:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    for kind, text in module.PARAS:
        font, size, align, indent, bold = STYLES[kind]
        p = doc.add_paragraph()
        if align is not None:
            p.alignment = align
        pf = p.paragraph_format
        pf.space_before = pf.space_after = Pt(0)
        pf.line_spacing = Pt(28)
        if indent:
            pf.first_line_indent = Pt(size * 2)
        run_font(p.add_run(text), font, size, bold)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Administrator"
    cp.title = module.EXTRACTION["plan"]["title"]
    cp.created = cp.modified = FIXED
    cp.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    return fixed_zip(raw.getvalue())


def fixed_zip(data: bytes) -> bytes:
    """The same package with every member dated alike, so the file is reproduced byte for byte."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 1, 9, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


def write_docx(module):
    (HERE / f"{module.SLUG}.docx").write_bytes(docx_bytes(module))


def write_pdf(module):
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{module.SLUG}.docx"
        source.write_bytes(docx_bytes(module))
        subprocess.run(
            [
                "soffice",
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
        )
        shutil.copy(Path(tmp) / f"{module.SLUG}.pdf", HERE / f"{module.SLUG}.pdf")


def write_html(m):
    e = html.escape
    body = [
        f'<p style="text-align:center;font-size:22px;"><strong>{e(m.TITLE)}</strong></p>',
        f'<p style="text-indent:2em;">{e(m.INTRO)}</p>',
        f'<p style="text-indent:2em;">{e(m.BASE)}</p>',
        '<p style="text-indent:2em;"><strong>一、主要目标</strong></p>',
        f'<p style="text-indent:2em;">{e(m.GOAL_TEXT)}</p>',
        '<table class="zbb" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;margin:0 auto;">',
        "<tr><th>序号</th><th>指标名称</th><th>单位</th><th>2026年目标</th><th>备注</th></tr>",
    ]
    for row in m.INDICATORS:
        body.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
    body.append("</table>")
    for num, title, note, _roles, items in m.PARTS:
        body.append(f'<p style="text-indent:2em;"><strong>{e(num + title + note)}</strong></p>')
        for j, (text, _own) in enumerate(items, 1):
            body.append(f'<p style="text-indent:2em;">{j}.{e(text)}</p>')
    body.append(f'<p style="text-indent:2em;"><strong>{e(m.SAFEGUARD_HEAD)}</strong></p>')
    for num, title, text in m.SAFEGUARDS:
        body.append(f'<p style="text-indent:2em;"><strong>{e(num + title)}</strong></p>')
        body.append(f'<p style="text-indent:2em;">{e(text)}</p>')
    body.append('<p style="text-indent:2em;"><strong>七、工作要求</strong></p>')
    body.extend(f'<p style="text-indent:2em;">{e(text)}</p>' for text in m.WORK_REQ)
    body.append(
        '<p style="text-indent:2em;">附件：1.牡丹江经济技术开发区2026年“人工智能+”重点项目清单（略）</p>'
    )
    body.append(
        '<p style="text-indent:2em;">2.牡丹江经济技术开发区“人工智能+”应用场景需求清单（略）</p>'
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{e(m.NOTICE_TITLE)}_通知公告_牡丹江经济技术开发区管理委员会</title>
<meta name="ArticleTitle" content="{e(m.NOTICE_TITLE)}">
<meta name="PubDate" content="2026-04-08 15:20">
<link rel="stylesheet" href="./{m.SLUG}_files/style.css">
<script src="./{m.SLUG}_files/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><span>欢迎访问牡丹江经济技术开发区管理委员会门户网站</span><a href="#">无障碍</a> | <a href="#">长者模式</a></div></div>
<div class="header"><div class="w1200"><img src="./{m.SLUG}_files/logo.png" alt="牡丹江经济技术开发区"><form class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></form></div></div>
<div class="nav"><ul><li><a href="#">首页</a></li><li><a href="#">走进经开区</a></li><li><a href="#">政务公开</a></li><li><a href="#">招商引资</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li></ul></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a></div>
<table class="xxgk"><tr><td>索引号：</td><td>MDJETDZ-2026-00017</td><td>发文机关：</td><td>牡丹江经济技术开发区管理委员会</td></tr>
<tr><td>发文字号：</td><td>牡经开管发〔2026〕3号</td><td>成文日期：</td><td>2026年04月07日</td></tr></table>
<h1 class="article-title">{e(m.NOTICE_TITLE)}</h1>
<div class="article-info">来源：经济发展局　　发布时间：2026-04-08 15:20　　浏览次数：<span id="views">0</span></div>
<div class="article-content" id="zoom">
<p>各部门、各直属单位，各驻区企业：</p>
<p style="text-indent:2em;">经管委会研究同意，现将《{e(m.TITLE)}》印发给你们，请结合工作实际认真抓好落实。</p>
<p style="text-align:right;">牡丹江经济技术开发区管理委员会</p>
<p style="text-align:right;">2026年4月7日</p>
{chr(10).join(body)}
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：牡丹江经济技术开发区管理委员会　　网站标识码：2310000099　　黑ICP备00000000号-1</p></div>
<script>document.getElementById("views").innerText = "1268";</script>
</body>
</html>
"""
    (HERE / f"{m.SLUG}.html").write_text(page, encoding="utf-8")


def main():
    for module in (RZ, NG, MDJ):
        write_extraction(module)
    write_docx(RZ)
    write_html(MDJ)
    if "--extractions-only" not in sys.argv:
        write_pdf(NG)


if __name__ == "__main__":
    main()

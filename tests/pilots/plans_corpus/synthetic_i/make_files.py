# ruff: noqa: E501  (the saved page's lines are kept as a site writes them)
"""Builds the three synthetic_i documents as files, the way offices publish them, and their
expected extractions (SYNTHETIC_I.md):

- shaoxing-ai-plus-2026-synthetic.docx — a Word file with real automatic list numbering
  (numbering.xml: 一、 / （一） / 1.), header and footer with a PAGE field, and after a page
  break an annex 重点任务分工表 whose 牵头单位 (and some 完成时限) cells are merged vertically;
- yinzhou-ai-plus-2026-synthetic.pdf — printed by LibreOffice from a Word file built here: A4,
  仿宋 body, running header, page numbers "— N —", an annex task table that breaks across pages
  with its header row repeated;
- shanxi-ai-plus-2026-synthetic.html — the page as a provincial government site saves it.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_i/make_files.py
(the PDF needs /usr/bin/soffice; --extractions-only writes the .yaml files alone). The .yaml files are written from the same items as the text;
every quoted phrase is checked to be in the text before anything is written.
"""

import html
import re
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

from doc_shanxi import SHANXI  # noqa: E402
from doc_shaoxing import SHAOXING  # noqa: E402
from doc_yinzhou import YINZHOU  # noqa: E402

DOCUMENTS = [SHAOXING, YINZHOU, SHANXI]


# ---------------------------------------------------------------- Word helpers


def east_asian_font(run, name: str, size: float | None = None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), name)
    if size:
        run.font.size = Pt(size)


def page_field(paragraph, font: str, size: float):
    """The footer line "— N —", N a PAGE field as Word writes it."""

    def plain(text):
        east_asian_font(paragraph.add_run(text), font, size)

    def field_char(kind):
        run = paragraph.add_run()
        east_asian_font(run, font, size)
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run._element.append(char)

    plain("— ")
    field_char("begin")
    run = paragraph.add_run()
    east_asian_font(run, font, size)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._element.append(instr)
    field_char("separate")
    plain("1")
    field_char("end")
    plain(" —")


def a4(document, header_text: str, font: str):
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.header_distance, section.footer_distance = Cm(1.5), Cm(2.5)
    if header_text:
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        east_asian_font(header.add_run(header_text), font, 10.5)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(footer, font, 14)


def chinese_list(document) -> int:
    """An abstract list 一、 / （一） / 1. in numbering.xml; returns its numId."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "multilevel")
    abstract.append(multi)
    for level, (fmt, text) in enumerate(
        [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]
    ):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(level))
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt)):
            element = OxmlElement(tag)
            element.set(qn("w:val"), value)
            lvl.append(element)
        suffix = OxmlElement("w:suff")
        suffix.set(qn("w:val"), "nothing")
        lvl.append(suffix)
        label = OxmlElement("w:lvlText")
        label.set(qn("w:val"), text)
        lvl.append(label)
        justify = OxmlElement("w:lvlJc")
        justify.set(qn("w:val"), "left")
        lvl.append(justify)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), "640")
        ppr.append(ind)
        lvl.append(ppr)
        abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    return 90


def numbered(paragraph, num_id: int, level: int):
    ppr = paragraph._element.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    numid = OxmlElement("w:numId")
    numid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(numid)
    ppr.insert(0, numpr)


def paragraph(document, text, font, size, *, bold=False, center=False, indent=True, right=False):
    p = document.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(size * 1.75)
    if text:
        run = p.add_run(text)
        run.bold = bold
        east_asian_font(run, font, size)
    return p


def cell_text(cell, text, font, size, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if len(text) <= 8 else WD_ALIGN_PARAGRAPH.LEFT
    run = p.add_run(text)
    run.bold = bold
    east_asian_font(run, font, size)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    trpr.append(element)


def keep_row(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def column_widths(table, widths_cm):
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def page_break(document):
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- the Word file (绍兴)


def shaoxing_docx(doc: dict, path: Path):
    font, title_font = "仿宋_GB2312", "方正小标宋简体"
    document = Document()
    a4(document, doc["running_header"], font)
    list_id = chinese_list(document)
    for line in doc["notice"]:
        paragraph(document, line, font, 16, indent=not line.endswith("："))
    for line in doc["signature"]:
        paragraph(document, line, font, 16, right=True)
    paragraph(document, doc["public_note"], font, 16, indent=False)
    page_break(document)
    paragraph(document, doc["title"], title_font, 22, center=True)
    paragraph(document, "", font, 16)
    paragraph(document, doc["preamble"], font, 16)
    for part in doc["parts"]:
        p = paragraph(document, part["title"], "黑体", 16, indent=False)
        numbered(p, list_id, 0)
        for text in part.get("paragraphs", []):
            paragraph(document, text, font, 16)
        for chapter in part.get("chapters", []):
            p = paragraph(document, chapter["title"], "楷体_GB2312", 16, indent=False)
            numbered(p, list_id, 1)
            for task in chapter["tasks"]:
                p = paragraph(document, task_text(task), font, 16, indent=False)
                numbered(p, list_id, 2)
        for task in part.get("items", []):
            p = paragraph(document, task_text(task), font, 16, indent=False)
            numbered(p, list_id, 1)
    page_break(document)
    paragraph(document, "附件", "黑体", 16, indent=False)
    paragraph(document, doc["annex_title"], title_font, 18, center=True)
    header = doc["annex_header"]
    rows = doc["annex_rows"]
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(header):
        cell_text(table.rows[0].cells[i], name, "黑体", 12, bold=True)
    repeat_header(table.rows[0])
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value is not None:
                cell_text(table.rows[r].cells[c], value, font, 12)
    # vertical merges: a None cell continues the cell above it
    for c in range(len(header)):
        r = 1
        while r <= len(rows):
            end = r
            while end + 1 <= len(rows) and rows[end][c] is None:
                end += 1
            if end > r:
                merged = table.cell(r, c).merge(table.cell(end, c))
                cell_text(merged, rows[r - 1][c], font, 12)
            r = end + 1
    column_widths(table, doc["annex_widths"])
    document.save(path)


# ---------------------------------------------------------------- the PDF (鄞州)


def yinzhou_docx(doc: dict, path: Path):
    font, title_font = "仿宋_GB2312", "方正小标宋简体"
    document = Document()
    a4(document, doc["running_header"], font)
    for line in doc["notice"]:
        paragraph(document, line, font, 16, indent=not line.endswith("："))
    for line in doc["signature"]:
        paragraph(document, line, font, 16, right=True)
    page_break(document)
    paragraph(document, doc["title"], title_font, 22, center=True)
    paragraph(document, "", font, 16)
    paragraph(document, doc["preamble"], font, 16)
    for part in doc["parts"]:
        paragraph(document, part["numbering"] + part["title"], "黑体", 16)
        for text in part.get("paragraphs", []):
            paragraph(document, text, font, 16)
        for chapter in part.get("chapters", []):
            paragraph(document, chapter["numbering"] + chapter["title"], "楷体_GB2312", 16)
            for task in chapter["tasks"]:
                paragraph(document, task["numbering"] + task_text(task), font, 16)
        for task in part.get("items", []):
            paragraph(document, task["numbering"] + task_text(task), font, 16)
    page_break(document)
    paragraph(document, "附件", "黑体", 16, indent=False)
    paragraph(document, doc["annex_title"], title_font, 18, center=True)
    header = doc["annex_header"]
    rows = doc["annex_rows"]
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(header):
        cell_text(table.rows[0].cells[i], name, "黑体", 12, bold=True)
    repeat_header(table.rows[0])
    for r, row in enumerate(rows, start=1):
        keep_row(table.rows[r])
        for c, value in enumerate(row):
            cell_text(table.rows[r].cells[c], value, font, 12)
    column_widths(table, doc["annex_widths"])
    document.save(path)


def print_pdf(docx_path: Path, pdf_path: Path):
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(docx_path.parent),
                str(docx_path),
            ],
            check=True,
            capture_output=True,
        )
    shutil.move(docx_path.with_suffix(".pdf"), pdf_path)


# ---------------------------------------------------------------- the web page (山西)

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="山西省人民政府">
<meta name="SiteDomain" content="www.shanxi.gov.cn">
<meta name="SiteIDCode" content="1400000052">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{pubdate}">
<meta name="ContentSource" content="{issuer}">
<title>{title}_省政府办公厅文件_山西省人民政府门户网站</title>
<link rel="stylesheet" href="/images/2023/css/common.css">
<script src="/images/2023/js/jquery.min.js"></script>
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?1a2b3c";}})();</script>
<style>.xxgk td{{border:1px solid #ccc;padding:4px}} .zwnr p{{line-height:2em}}</style>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>今天是：<span id="today"></span></span><a href="/">无障碍</a> | <a href="/">长者模式</a> | <a href="/">繁體</a> | <a href="/">English</a> | <a href="/">登录</a></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/2023/logo.png" alt="山西省人民政府"></a>
<div class="search"><form action="/search"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjsx/">走进山西</a></li><li><a href="/ztzl/">专题专栏</a></li>
</ul></div>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgk/">政府信息公开</a> &gt; <a href="/zwgk/zfxxgk/bgtwj/">省政府办公厅文件</a></div>
<table class="xxgk" width="100%" cellspacing="0">
<tr><td>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td>14000000012345678X/2026-00123</td><td>主题分类：</td><td>工业、交通\\信息产业（含电信）</td></tr>
<tr><td>发文机关：</td><td>{issuer}</td><td>成文日期：</td><td>{written}</td></tr>
<tr><td>标&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td colspan="3">{notice_title}</td></tr>
<tr><td>发文字号：</td><td>{doc_number}</td><td>发布日期：</td><td>{published}</td></tr>
</table>
<div class="article">
<h1 class="article-title">{notice_title}</h1>
<div class="article-info"><span>发布时间：{pubdate}</span>&nbsp;&nbsp;<span>来源：{issuer}</span>&nbsp;&nbsp;<span>浏览次数：<b id="views">3268</b></span>&nbsp;&nbsp;<span class="font-size">字号：[ <a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a> ]</span>&nbsp;&nbsp;<a href="javascript:window.print()">打印本页</a>&nbsp;<a href="javascript:window.close()">关闭窗口</a></div>
<div class="zwnr" id="zoom">
{body}
</div>
<div class="share">分享到：<a href="javascript:void(0)" class="wx" title="分享到微信">微信</a><a href="javascript:void(0)" class="wb" title="分享到微博">微博</a><a href="javascript:void(0)" class="qq" title="分享到QQ空间">QQ空间</a></div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/zcjd/">图解：{short}</a></li><li><a href="/zcjd/">政策解读：{short}</a></li></ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="/">网站地图</a> | <a href="/">联系我们</a> | <a href="/">使用帮助</a> | <a href="/">隐私声明</a></p>
<p>主办：山西省人民政府办公厅&nbsp;&nbsp;承办：山西省政务信息管理局</p>
<p>网站标识码：1400000052&nbsp;&nbsp;<a href="https://beian.miit.gov.cn">晋ICP备05006478号-1</a>&nbsp;&nbsp;晋公网安备 14010502000123号</p>
<p><img src="/images/2023/jiucuo.png" alt="政府网站找错"> <img src="/images/2023/dzjg.png" alt="党政机关"></p>
</div></div>
<script src="/images/2023/js/share.js"></script>
</body>
</html>
"""


def indented(text: str) -> str:
    return (
        f'<p style="text-indent:2em;">&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(text, quote=False)}</p>'
    )


def shanxi_html(doc: dict, path: Path):
    body = []
    for line in doc["notice"]:
        if line.endswith("："):
            body.append(f"<p>{html.escape(line, quote=False)}</p>")
        else:
            body.append(indented(line))
    for line in doc["signature"]:
        body.append(f'<p style="text-align:right;">{html.escape(line, quote=False)}</p>')
    body.append(f"<p>{html.escape(doc['public_note'], quote=False)}</p>")
    body.append("<p>&nbsp;</p>")
    body.append(
        f'<p style="text-align:center;"><strong>{html.escape(doc["title"], quote=False)}</strong></p>'
    )
    body.append("<p>&nbsp;</p>")
    body.append(indented(doc["preamble"]))
    for part in doc["parts"]:
        body.append(
            f'<p style="text-indent:2em;"><strong>{part["numbering"]}{html.escape(part["title"], quote=False)}</strong></p>'
        )
        for text in part.get("paragraphs", []):
            body.append(indented(text))
        for chapter in part.get("chapters", []):
            body.append(
                '<p style="text-indent:2em;"><span style="font-family:楷体;">'
                f"{chapter['numbering']}{html.escape(chapter['title'], quote=False)}</span></p>"
            )
            for task in chapter["tasks"]:
                body.append(indented(task["numbering"] + task_text(task)))
        for task in part.get("items", []):
            body.append(indented(task["numbering"] + task_text(task)))
    body.append("<p>&nbsp;</p>")
    body.append(f"<p>附件：{html.escape(doc['annex_title'], quote=False)}</p>")
    body.append(
        f'<p style="text-align:center;"><strong>{html.escape(doc["annex_title"], quote=False)}</strong></p>'
    )
    table = [
        '<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;">'
    ]
    table.append("<tbody>")
    table.append(
        "<tr>"
        + "".join(
            f'<td style="text-align:center;"><strong>{h}</strong></td>' for h in doc["annex_header"]
        )
        + "</tr>"
    )
    for row in doc["annex_rows"]:
        table.append(
            "<tr>" + "".join(f"<td>{html.escape(v, quote=False)}</td>" for v in row) + "</tr>"
        )
    table.append("</tbody></table>")
    body.append("\n".join(table))
    body.append(f"<p>{html.escape(doc['annex_note'], quote=False)}</p>")
    page = PAGE.format(
        title=doc["notice_title"],
        notice_title=doc["notice_title"],
        short=doc["title"],
        issuer=doc["issuer"],
        doc_number=doc["doc_number"],
        pubdate=doc["pubdate"],
        written=doc["written"],
        published=doc["published"],
        body="\n".join(body),
    )
    path.write_text(page, encoding="utf-8")


# ---------------------------------------------------------------- text and extraction


def task_text(task: dict) -> str:
    return task["title"] + "。" + task["body"] + task.get("annotation", "")


def plain_text(doc: dict) -> str:
    """The document's words in reading order (for checking quotes; not the file's text)."""
    lines = [*doc["notice"], *doc["signature"], doc["title"], doc["preamble"]]
    for part in doc["parts"]:
        lines.append(part["title"])
        lines.extend(part.get("paragraphs", []))
        for chapter in part.get("chapters", []):
            lines.append(chapter["title"])
            lines.extend(task_text(t) for t in chapter["tasks"])
        lines.extend(task_text(t) for t in part.get("items", []))
    lines.append(doc["annex_title"])
    lines.extend(c for row in doc["annex_rows"] for c in row if c)
    return "\n".join(lines)


def roles(holder: dict) -> dict:
    return {
        role: holder[role] for role in ("lead", "responsible", "supporting") if holder.get(role)
    }


def extraction(doc: dict, source_file: str) -> dict:
    text = plain_text(doc)
    goals, sections = [], []
    target_count = 0

    def targets_of(specs, deadline):
        nonlocal target_count
        made = []
        for spec in specs:
            target_count += 1
            assert spec["source_phrase"] in text, spec["source_phrase"]
            target = {"code": f"T{target_count}"}
            target.update({k: v for k, v in spec.items() if k not in ("deadline",)})
            target["deadline"] = spec.get("deadline", deadline)
            ordered = {
                key: target[key]
                for key in (
                    "code",
                    "metric",
                    "unit",
                    "comparator",
                    "value",
                    "value_max",
                    "deadline",
                    "per_year",
                    "aggregation",
                    "kind",
                    "baseline",
                    "baseline_year",
                    "source_phrase",
                )
                if key in target
            }
            made.append(ordered)
        return made

    for goal in doc["goals"]:
        assert goal["title"] in text and goal.get("text", "") in text
        made = {"code": f"G{len(goals) + 1}", "title": goal["title"]}
        if goal.get("text"):
            made["text"] = goal["text"]
        made["targets"] = targets_of(goal["targets"], goal["deadline"])
        goals.append(made)

    def task_entry(code, task, numbering):
        entry = {
            "code": code,
            "numbering": numbering,
            "title": task["title"],
            "text": task_text(task),
        }
        if task.get("due") is not None:
            entry["due"] = task["due"]
        entry.update(roles(task))
        if task.get("targets"):
            goals.append(
                {
                    "code": f"G{len(goals) + 1}",
                    "numbering": numbering,
                    "title": task["title"],
                    "text": task_text(task),
                    "targets": targets_of(
                        task["targets"], task.get("target_deadline", doc["period_end"])
                    ),
                }
            )
        return entry

    for part in doc["parts"]:
        if not (part.get("chapters") or part.get("items")):
            continue
        section = {
            "code": part["code"],
            "numbering": part["numbering"],
            "title": part["title"],
            "kind": part["kind"],
        }
        if part.get("chapters"):
            section["sections"] = []
            for chapter in part["chapters"]:
                code = (
                    f"{part['code']}.{chapter['numbering'].replace('（', '(').replace('）', ')')}"
                )
                sub = {
                    "code": code,
                    "numbering": chapter["numbering"],
                    "title": chapter["title"],
                    "kind": part["kind"],
                }
                sub["tasks"] = [
                    task_entry(f"{code}.{t['numbering'].rstrip('.')}", t, t["numbering"])
                    for t in chapter["tasks"]
                ]
                section["sections"].append(sub)
        if part.get("items"):
            section["tasks"] = [
                task_entry(f"{part['code']}.{i}", t, t["numbering"])
                for i, t in enumerate(part["items"], start=1)
            ]
        sections.append(section)
    if doc.get("annex_tasks"):
        section = {"code": "附件", "title": doc["annex_title"], "kind": "key_task", "tasks": []}
        for task in doc["annex_tasks"]:
            entry = {
                "code": f"附件.{task['numbering']}",
                "numbering": task["numbering"],
                "title": task["title"],
            }
            entry["text"] = task["text"]
            assert task["title"] in text and task["text"] in text
            if task.get("due") is not None:
                entry["due"] = task["due"]
            entry.update(roles(task))
            if task.get("targets"):
                goals.append(
                    {
                        "code": f"G{len(goals) + 1}",
                        "numbering": task["numbering"],
                        "title": task["title"],
                        "text": task["text"],
                        "targets": targets_of(
                            task["targets"], task.get("target_deadline", doc["period_end"])
                        ),
                    }
                )
            section["tasks"].append(entry)
        sections.append(section)
    for agency in doc["agencies"]:
        for alias in agency.get("aliases", []):
            assert alias in text, alias
    used = set()
    for section in sections:
        for sub in [section, *section.get("sections", [])]:
            for task in sub.get("tasks", []):
                for role in ("lead", "responsible", "supporting"):
                    used.update(task.get(role, []))
    declared = {a["code"] for a in doc["agencies"]}
    assert used == declared, used ^ declared
    plan = dict(doc["plan"])
    plan["source_file"] = source_file
    return {
        "format": 1,
        "zone": doc["zone"],
        "plan": plan,
        "agencies": doc["agencies"],
        "goals": goals,
        "sections": sections,
    }


class Dumper(yaml.SafeDumper):
    pass


def write_extraction(doc: dict, path: Path):
    data = extraction(doc, path.with_suffix(doc["suffix"]).name)
    body = yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100000)
    header = "".join(
        f"# {line}\n" if line else "#\n" for line in doc["header"].strip("\n").split("\n")
    )
    path.write_text(header + body, encoding="utf-8")


def main():
    extractions_only = "--extractions-only" in sys.argv  # the files as committed, the .yaml anew
    for doc in DOCUMENTS:
        stem = HERE / doc["slug"]
        if extractions_only:
            pass
        elif doc["suffix"] == ".docx":
            shaoxing_docx(doc, stem.with_suffix(".docx"))
        elif doc["suffix"] == ".pdf":
            with tempfile.TemporaryDirectory() as work:
                built = Path(work) / f"{doc['slug']}.docx"
                yinzhou_docx(doc, built)
                print_pdf(built, stem.with_suffix(".pdf"))
        else:
            shanxi_html(doc, stem.with_suffix(".html"))
        write_extraction(doc, stem.with_suffix(".yaml"))
        chars = len(re.sub(r"\s", "", plain_text(doc)))
        print(f"{doc['slug']}{doc['suffix']}: {chars} characters of plan text")


if __name__ == "__main__":
    main()

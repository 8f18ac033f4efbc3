# ruff: noqa: E501  (page text is kept as the producers lay it out)
"""Builds the three synthetic_n documents and their expected extractions (SYNTHETIC_N.md):

- bengbu-ai-plus-2026-synthetic.html — a city portal's article page as a browser saves it
  ("网页，全部"): an old CMS's NESTED TABLES, words cut by <span> and <font> tags, &nbsp; indents,
  <br> between some paragraphs, the annex 重点任务分工 as an HTML table whose cells span rows, the
  portal's chrome; bytes in GBK under a "gb2312" meta label (昇 is outside GB2312);
- jimei-ai-plus-2026-synthetic.txt — a district plan copied from a WeChat public account's
  repost: one sentence a line, full-width indents, "01" chapter marks, 【】 headings, emoji and ▲
  captions, the account's head and tail (来源, 编辑/审核, 往期推荐, 阅读原文);
- inner-mongolia-ai-plus-2026-synthetic.html — an autonomous region's plan saved by Microsoft Word as a web page:
  mso- styles, <o:p></o:p>, list numbers in <span style='mso-list:Ignore'> inside
  <![if !supportLists]> comments, source lines wrapped inside words (CRLF), code page 936 (GBK)
  bytes under Word's "gb2312" label.

Written by hand as Python data (doc_*.py beside this file); this script lays them out. Run from the
repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_n/make_files.py
"""

import html
import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_bengbu as WH  # noqa: E402
import doc_jimei as LS  # noqa: E402
import doc_neimenggu as SX  # noqa: E402

E = html.escape


# ---------------------------------------------------------------- 蚌埠: old portal CMS page


def cut_by_tags(text: str, rng: random.Random) -> str:
    """The text escaped and cut into runs, some wrapped in <span>/<font> as pasting from Word
    into an old CMS leaves them: the cuts fall anywhere, inside words and numbers too."""
    out, i = [], 0
    while i < len(text):
        n = rng.randint(3, 18)
        run = E(text[i : i + n], quote=False)
        pick = rng.random()
        if pick < 0.3:
            out.append(f'<span style="font-family: 仿宋_GB2312; font-size: 16pt">{run}</span>')
        elif pick < 0.45:
            out.append(f'<font face="仿宋_GB2312" size="4">{run}</font>')
        elif pick < 0.5:
            out.append(f'<span lang="EN-US" style="font-size:16pt">{run}</span>')
        else:
            out.append(run)
        i += n
    return "".join(out)


INDENT = "&nbsp;&nbsp;&nbsp;&nbsp;"


def bengbu_body(rng) -> str:
    d = WH
    parts = []
    para = lambda t, style="": parts.append(  # noqa: E731
        f'<p style="line-height: 150%{style}">{INDENT}{cut_by_tags(t, rng)}</p>'
    )
    for line in d.NOTICE[:1]:
        parts.append(f"<p>{cut_by_tags(line, rng)}</p>")
    para(d.NOTICE[1])
    parts.append(
        '<p align="right">' + "<br>".join(cut_by_tags(s, rng) for s in d.SIGNATURE[:2]) + "</p>"
    )
    parts.append(f"<p>{INDENT}{E(d.SIGNATURE[2])}</p>")
    parts.append("<p>&nbsp;</p>")
    parts.append(
        f'<p align="center"><strong><font size="5">{cut_by_tags(d.PLAN["title"], rng)}</font></strong></p>'
    )
    para(d.PREAMBLE)
    parts.append(f"<p>{INDENT}<strong>{E(''.join(d.GOAL_PART))}</strong></p>")
    para(d.BASIS)
    # the goals: two paragraphs in one <p>, cut by <br>
    parts.append(
        '<p style="line-height: 150%">'
        + "<br>".join(INDENT + cut_by_tags(g[0], rng) for g in d.GOALS)
        + "</p>"
    )
    parts.append(f"<p>{INDENT}<strong>{E(''.join(d.TASK_PART))}</strong></p>")
    for k, (num, title, tasks) in enumerate(d.CHAPTERS):
        head = f"{INDENT}<strong>{cut_by_tags(num + title, rng)}</strong>"
        if k % 2 == 1:  # this chapter is one <p> of <br>-separated lines
            parts.append(
                '<p style="line-height: 150%">'
                + "<br>".join([head] + [INDENT + cut_by_tags(t[0] + t[2], rng) for t in tasks])
                + "</p>"
            )
        else:
            parts.append(f"<p>{head}</p>")
            for t in tasks:
                para(t[0] + t[2])
    parts.append(f"<p>{INDENT}<strong>{E(''.join(d.SAFEGUARD_PART))}</strong></p>")
    for num, _title, text in d.SAFEGUARDS:
        para(num + text)
    parts.append("<p>&nbsp;</p>")
    parts.append(f"<p>{INDENT}附件：{cut_by_tags(d.ANNEX_TITLE, rng)}</p>")
    parts.append(bengbu_annex(rng))
    return "\n".join(parts)


def bengbu_annex(rng) -> str:
    d = WH
    names = {code: aliases[0] for code, _n, aliases, _c in d.AGENCIES}
    rows = [
        (
            str(i + 1),
            area,
            task,
            "、".join(map(names.get, lead)),
            "、".join(map(names.get, sup)),
            due,
        )
        for i, (area, task, lead, sup, due) in enumerate(d.ANNEX)
    ]
    # rowspans: the area over its group; lead and time over equal neighbours inside the group
    span = [[1] * 6 for _ in rows]
    for col in (1, 3, 5):
        i = 0
        while i < len(rows):
            j = i
            while (
                j + 1 < len(rows)
                and rows[j + 1][col] == rows[i][col]
                and rows[j + 1][1] == rows[i][1]
            ):
                j += 1
            span[i][col] = j - i + 1
            for k in range(i + 1, j + 1):
                span[k][col] = 0
            i = j + 1
    out = [
        '<table border="1" cellspacing="0" cellpadding="0" width="96%" align="center" style="border-collapse: collapse">',
        "<tbody>",
        '<tr><td colspan="6" align="center"><strong>'
        + cut_by_tags(d.ANNEX_TITLE, rng)
        + "</strong></td></tr>",
        "<tr>"
        + "".join(f'<td align="center"><strong>{h}</strong></td>' for h in d.ANNEX_HEAD)
        + "</tr>",
    ]
    for r, row in enumerate(rows):
        cells = []
        for c, cell in enumerate(row):
            if span[r][c] == 0:
                continue
            rs = f' rowspan="{span[r][c]}"' if span[r][c] > 1 else ""
            cells.append(
                f'<td{rs} valign="middle"><p align="center">{cut_by_tags(cell, rng)}</p></td>'
            )
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def bengbu_html() -> bytes:
    d = WH
    rng = random.Random(20260508)
    nav = "".join(
        f'<td class="nav"><a href="http://www.bengbu.gov.cn/{p}/index.html">{n}</a></td><td><img src="./bengbu_files/nav_line.gif"></td>'
        for p, n in [
            ("", "首页"),
            ("zwgk", "政务公开"),
            ("zwfw", "政务服务"),
            ("hdjl", "互动交流"),
            ("zjwh", "走进蚌埠"),
        ]
    )
    page = f"""<!-- saved from url=(0066)http://www.bengbu.gov.cn/openness/public/6596241/41887712.html -->
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{E(d.PAGE_TITLE)}_蚌埠市人民政府</title>
<meta name="keywords" content="人工智能,行动方案,蚌埠">
<meta name="ArticleTitle" content="{E(d.PAGE_TITLE)}">
<meta name="PubDate" content="2026-05-12 16:20">
<link href="./bengbu_files/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="./bengbu_files/jquery.min.js"></script>
<script type="text/javascript">
function doZoom(size){{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
var _hmt = _hmt || [];
</script>
<style type="text/css">.nav a {{ color: #fff; font-size: 16px }} .bt_content p {{ margin: 0 }}</style>
</head>
<body>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="top_bar"><tbody><tr>
<td>欢迎访问蚌埠市人民政府网站！</td><td align="right"><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">English</a></td>
</tr></tbody></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tbody>
<tr><td height="120"><img src="./bengbu_files/banner.jpg" width="1000" height="120" alt="蚌埠市人民政府"></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0" class="navbg"><tbody><tr>{nav}</tr></tbody></table></td></tr>
<tr><td class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">市政府办公室文件</a></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="xxgk_table"><tbody>
<tr><td class="xxgk_l">索&nbsp;引&nbsp;号：</td><td>002988743/202605-00027</td><td class="xxgk_l">信息分类：</td><td>科技、教育 / 科技</td></tr>
<tr><td class="xxgk_l">发布机构：</td><td>蚌埠市人民政府办公室</td><td class="xxgk_l">生成日期：</td><td>2026-05-08</td></tr>
<tr><td class="xxgk_l">文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td>{E(d.PLAN["doc_number"])}</td><td class="xxgk_l">有&nbsp;效&nbsp;性：</td><td>有效</td></tr>
<tr><td class="xxgk_l">名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td colspan="3">{E(d.PAGE_TITLE)}</td></tr>
</tbody></table>
</td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tbody>
<tr><td align="center" class="bt_title"><font size="5" color="#c00000"><b>{E(d.PAGE_TITLE)}</b></font></td></tr>
<tr><td align="center" class="bt_time">发布时间：2026-05-12 16:20&nbsp;&nbsp;&nbsp;&nbsp;来源：市政府办公室&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">2361</span>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</td></tr>
<tr><td>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0"><tbody><tr><td class="bt_content" id="zoom">
{bengbu_body(rng)}
</td></tr></tbody></table>
</td></tr>
<tr><td align="right" class="bt_link"><a href="javascript:window.print()">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close()">【关闭窗口】</a>&nbsp;&nbsp;<a href="#">【我要纠错】</a></td></tr>
</tbody></table>
</td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="xglj"><tbody>
<tr><td class="xglj_t">相关链接</td></tr>
<tr><td>· <a href="#">《蚌埠市“人工智能+”行动实施方案（2026—2027年）》政策解读</a></td></tr>
<tr><td>· <a href="#">蚌埠市加快机器人产业发展若干政策</a></td></tr>
<tr><td>· <a href="#">图解：到2027年我市人工智能核心产业规模突破300亿元</a></td></tr>
</tbody></table>
</td></tr>
</tbody></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="footer"><tbody><tr><td align="center">
<a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a><br>
主办：蚌埠市人民政府办公室&nbsp;&nbsp;承办：蚌埠市数据资源管理局<br>
网站标识码：3403000008&nbsp;&nbsp;皖ICP备05002163号-1&nbsp;&nbsp;<img src="./bengbu_files/ga.png">皖公网安备 34030202000155号<br>
<script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E"));</script>
</td></tr></tbody></table>
</body></html>
"""
    return page.encode("gbk")


# ---------------------------------------------------------------- 集美: WeChat repost copied to .txt

FW = "\u3000\u3000"


def jimei_txt() -> str:
    d = LS
    out = list(d.HEAD)
    out.append(d.PLAN["title"])
    out.append("")
    out += [FW + s for s in d.PREAMBLE]
    out += ["", "01", "总体要求", "", "【发展基础】"]
    out += [FW + s for s in d.BASIS]
    out += ["", "【指导思想】"]
    out += [FW + s for s in d.GUIDING]
    out += ["", "【基本原则】"]
    out += ["🔸" + s for s in d.PRINCIPLES]
    out += ["", d.GOAL_HEAD]
    out += ["👉" + g[0] for g in d.GOALS]
    out += ["", "02", "重点任务", ""]
    for num, title, tasks in d.CHAPTERS:
        out.append(f"【{num}{title}】")
        if num in d.CAPTIONS:
            out += ["", d.CAPTIONS[num], ""]
        for tnum, _title, sentences, annot, _roles, _targets in tasks:
            out.append(FW + tnum + sentences[0])
            out += [FW + s for s in sentences[1:]]
            out.append(FW + annot)
        out.append("")
    out += ["03", "保障措施", ""]
    for title, sentences in d.SAFEGUARDS:
        out.append("📌" + title)
        out += [FW + s for s in sentences]
        out.append("")
    out += ["（以上内容来源于区政府网站，如有出入以原文为准）"]
    out += d.TAIL
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- 山西: Word "另存为网页"

FONT = 'font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman"'


def word_runs(text: str, style=FONT, bold=False) -> str:
    """Word's runs: digits and Latin letters in their own <span lang=EN-US>."""
    out, buf, latin = [], "", None
    for ch in text + "\0":
        is_latin = ch.isascii() and ch != "\0"
        if latin is None:
            latin = is_latin
        if ch == "\0" or is_latin != latin:
            if buf:
                lang = " lang=EN-US" if latin else ""
                run = f"<span{lang} style='{style}'>{E(buf, quote=False)}</span>"
                out.append(f"<b>{run}</b>" if bold else run)
            buf, latin = ch, is_latin
        else:
            buf += ch
    return "".join(out)


def word_para(
    inner: str,
    cls="MsoNormal",
    style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly",
) -> str:
    return f"<p class={cls} style='{style}'>{inner}<span lang=EN-US style='{FONT}'><o:p></o:p></span></p>"


def word_list_para(number: str, lst: str, inner: str, font=FONT) -> str:
    marker = (
        f"<![if !supportLists]><span lang=EN-US style='{font}'><span style='mso-list:Ignore'>{number}"
        f"<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]>"
    )
    style = f"margin-left:0cm;text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly;mso-list:{lst}"
    return f"<p class=MsoListParagraph style='{style}'>{marker}{inner}<span lang=EN-US style='{FONT}'><o:p></o:p></span></p>"


def word_wrap(markup: str, width=76) -> str:
    """Word writes its HTML in lines of about 76 characters, breaking at a space, or inside a run
    of text between two ideographs when no space comes (never inside a tag)."""
    cjk = lambda c: "\u4e00" <= c <= "\u9fff"  # noqa: E731
    lines = []
    for source_line in markup.split("\n"):
        line, in_tag, space, text_cut = "", False, -1, -1
        for ch in source_line:
            if len(line) >= width and (space > 0 or text_cut > 0):
                if space > 0:
                    lines.append(line[:space])
                    line = line[space + 1 :]
                else:
                    lines.append(line[:text_cut])
                    line = line[text_cut:]
                space = line.rfind(" ")
                text_cut = -1
            if ch == "<":
                in_tag = True
            elif ch == ">":
                in_tag = False
            if ch == " " and len(line) > 0:
                space = len(line)
            if not in_tag and line and cjk(line[-1]) and cjk(ch):
                text_cut = len(line)
            line += ch
        lines.append(line)
    return "\r\n".join(lines)


def neimenggu_html() -> bytes:
    d = SX
    hei = 'font-size:16.0pt;font-family:黑体;mso-hansi-font-family:"Times New Roman"'
    kai = 'font-size:16.0pt;font-family:楷体_GB2312;mso-hansi-font-family:"Times New Roman"'
    title = 'font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:"Times New Roman"'
    centre = "text-align:center;line-height:28.0pt;mso-line-height-rule:exactly"
    body = [
        word_para(word_runs(d.NOTICE_NUMBER), style=centre),
        word_para(word_runs(d.NOTICE_TITLE, title), style=centre + ";margin-top:12.0pt"),
        word_para(
            f"<span lang=EN-US style='{FONT}'><o:p>&nbsp;</o:p></span>", style="line-height:28.0pt"
        ),
        word_para(word_runs(d.NOTICE[0]), style="line-height:28.0pt;mso-line-height-rule:exactly"),
        word_para(word_runs(d.NOTICE[1])),
        word_para(
            word_runs(d.SIGNATURE[0]),
            style="text-align:right;margin-right:64.0pt;line-height:28.0pt",
        ),
        word_para(
            word_runs(d.SIGNATURE[1]),
            style="text-align:right;margin-right:72.0pt;line-height:28.0pt",
        ),
        word_para(word_runs("（此件公开发布）")),
        "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><br clear=all style='page-break-before:always'></span>",
        word_para(word_runs(d.PLAN["title"], title), style=centre),
        word_para(
            f"<span lang=EN-US style='{FONT}'><o:p>&nbsp;</o:p></span>", style="line-height:28.0pt"
        ),
        word_para(word_runs(d.PREAMBLE)),
        word_para(word_runs("一、总体要求", hei)),
    ]
    for num, head, text in d.GENERAL:
        body.append(
            word_list_para(
                num, "l0 level1 lfo1", word_runs(head + "。", kai) + word_runs(text), kai
            )
        )
    body.append(
        word_list_para(d.GOAL_HEAD[0], "l0 level1 lfo1", word_runs(d.GOAL_HEAD[1], kai), kai)
    )
    for g in d.GOALS:
        body.append(word_para(word_runs(g[0])))
    body.append(word_para(word_runs("".join(d.TASK_PART), hei)))
    for k, (num, head, tasks) in enumerate(d.CHAPTERS):
        body.append(word_list_para(num, f"l{2 + k} level1 lfo{3 + k}", word_runs(head, kai), kai))
        for tnum, ttitle, text, annot, place, _roles, _targets in tasks:
            rest = text[len(ttitle) + 1 :]
            inner = word_runs(ttitle + "。", bold=True) + word_runs(rest)
            if place == "inline":
                inner += word_runs(annot)
            body.append(word_list_para(tnum, "l1 level1 lfo2", inner))
            if place == "own_line":
                body.append(word_para(word_runs(annot)))
    body.append(word_para(word_runs("".join(d.SAFEGUARD_PART), hei)))
    for num, head, text in d.SAFEGUARDS:
        rest = text[len(head) + 1 :]
        body.append(
            word_list_para(
                num, "l7 level1 lfo9", word_runs(head + "。", kai) + word_runs(rest), kai
            )
        )
    head = f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="内政办发〔2026〕18号.files/filelist.xml">
<title>{E(d.NOTICE_TITLE)}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>szf-bgt</o:Author>
  <o:LastAuthor>admin</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:TotalTime>186</o:TotalTime>
  <o:Created>2026-04-15T02:11:00Z</o:Created>
  <o:LastSaved>2026-04-20T08:47:00Z</o:LastSaved>
  <o:Pages>6</o:Pages>
  <o:Company>Microsoft</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:UseFELayout/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:仿宋_GB2312;
	panose-1:2 1 6 9 3 1 1 1 1 1;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;}}
@font-face
	{{font-family:楷体_GB2312;
	mso-font-charset:134;}}
@font-face
	{{font-family:方正小标宋简体;
	mso-font-charset:134;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Calibri",sans-serif;}}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{{mso-style-priority:34;
	margin:0cm;
	text-indent:21.0pt;
	mso-char-indent-count:2.0;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:104.9pt 73.7pt 87.9pt 79.4pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-page-numbers:1;
	layout-grid:28.9pt;}}
div.WordSection1
	{{page:WordSection1;}}
 /* List Definitions */
 @list l0
	{{mso-list-id:1130437782;
	mso-list-type:hybrid;
	mso-list-template-ids:-1386712312 1590587918 67698713 67698715;}}
@list l0:level1
	{{mso-level-number-format:chinese-counting;
	mso-level-text:（%1）;
	mso-level-tab-stop:none;
	mso-level-number-position:left;}}
@list l1:level1
	{{mso-level-tab-stop:none;
	mso-level-number-position:left;}}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:28.9pt'>
"""
    page = head + "\n".join(body) + "\n\n</div>\n\n</body>\n\n</html>\n"
    return word_wrap(page).encode("gbk")


# ---------------------------------------------------------------- expected extractions


def target(code, spec, deadline=None):
    metric, unit, comparator, value, dl, aggregation, kind, phrase, *extra = spec
    t = {"code": code, "metric": metric, "unit": unit, "comparator": comparator, "value": value}
    extra = extra[0] if extra else {}
    if "value_max" in extra:
        t["value_max"] = extra["value_max"]
    t["deadline"] = deadline or dl
    if extra.get("per_year"):
        t["per_year"] = True
    t["aggregation"] = aggregation
    if kind:
        t["kind"] = kind
    t["source_phrase"] = phrase
    return t


def extraction(d, source_file, tasks_of, part, safeguard_part, safeguards) -> dict:
    """tasks_of(chapter) → [(numbering, title, text, roles, due, targets)]."""
    data = {"format": 1, "zone": d.ZONE, "plan": {**d.PLAN, "source_file": source_file}}
    data["agencies"] = [
        {"code": c, "name": n, "aliases": a, "category": cat} for c, n, a, cat in d.AGENCIES
    ]
    counter = iter(range(1, 1000))
    goals = []
    for text, title, targets in d.GOALS:
        goals.append(
            {
                "code": f"G{len(goals) + 1}",
                "title": title,
                "text": text,
                "targets": [target(f"T{next(counter)}", s) for s in targets],
            }
        )
    sections = []
    pnum, ptitle = part
    top = {
        "code": pnum.rstrip("、") or ptitle,
        "numbering": pnum,
        "title": ptitle,
        "kind": "key_task",
        "sections": [],
    }
    for num, title, chapter in d.CHAPTERS:
        sub = {
            "code": f"{top['code']}.{num.replace('（', '(').replace('）', ')')}",
            "numbering": num,
            "title": title,
            "kind": "key_task",
            "tasks": [],
        }
        for tnum, ttitle, text, roles, due, targets in tasks_of(chapter):
            task = {
                "code": f"{sub['code']}.{tnum.rstrip('.')}",
                "numbering": tnum,
                "title": ttitle,
                "text": text,
            }
            if due:
                task["due"] = due
            for role in ("lead", "responsible", "supporting"):
                if roles.get(role):
                    task[role] = roles[role]
            sub["tasks"].append(task)
            if targets:
                goals.append(
                    {
                        "code": f"G{len(goals) + 1}",
                        "numbering": tnum,
                        "title": ttitle,
                        "text": text,
                        "targets": [target(f"T{next(counter)}", s) for s in targets],
                    }
                )
        top["sections"].append(sub)
    sections.append(top)
    snum, stitle = safeguard_part
    sg = {"code": snum.rstrip("、") or stitle, "title": stitle, "kind": "safeguard", "tasks": []}
    if snum:
        sg["numbering"] = snum
    for i, (num, title, text) in enumerate(safeguards, 1):
        task = {"code": f"{sg['code']}.{i}"}
        if num:
            task["numbering"] = num
        task.update({"title": title, "text": text})
        sg["tasks"].append(task)
    sections.append(sg)
    data["goals"] = goals
    data["sections"] = sections
    return data


def bengbu_tasks(chapter):
    annex = {row[1]: row for row in WH.ANNEX}
    out = []
    for num, title, text, targets in chapter:
        _area, _t, lead, sup, due = annex[title]
        date = {"2026年12月": "2026-12-31", "2027年12月": "2027-12-31"}.get(due)
        out.append((num, title, text, {"lead": lead, "supporting": sup}, date, targets))
    return out


def jimei_tasks(chapter):
    return [
        (num, title, "".join(sentences) + annot, roles, None, targets)
        for num, title, sentences, annot, roles, targets in chapter
    ]


def neimenggu_tasks(chapter):
    return [
        (num, title, text + annot, roles, None, targets)
        for num, title, text, annot, _place, roles, targets in chapter
    ]


def write_yaml(path: Path, header: str, data: dict):
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10000)
    path.write_text(header + body, encoding="utf-8")


def main():
    (HERE / "bengbu-ai-plus-2026-synthetic.html").write_bytes(bengbu_html())
    (HERE / "jimei-ai-plus-2026-synthetic.txt").write_text(jimei_txt(), encoding="utf-8")
    (HERE / "inner-mongolia-ai-plus-2026-synthetic.html").write_bytes(neimenggu_html())
    write_yaml(
        HERE / "bengbu-ai-plus-2026-synthetic.yaml",
        (HERE / "bengbu.header").read_text(encoding="utf-8"),
        extraction(
            WH,
            "bengbu-ai-plus-2026-synthetic.html",
            bengbu_tasks,
            WH.TASK_PART,
            WH.SAFEGUARD_PART,
            WH.SAFEGUARDS,
        ),
    )
    write_yaml(
        HERE / "jimei-ai-plus-2026-synthetic.yaml",
        (HERE / "jimei.header").read_text(encoding="utf-8"),
        extraction(
            LS,
            "jimei-ai-plus-2026-synthetic.txt",
            jimei_tasks,
            ("02", "重点任务"),
            ("03", "保障措施"),
            [(None, t, "".join(s)) for t, s in LS.SAFEGUARDS],
        ),
    )
    write_yaml(
        HERE / "inner-mongolia-ai-plus-2026-synthetic.yaml",
        (HERE / "neimenggu.header").read_text(encoding="utf-8"),
        extraction(
            SX,
            "inner-mongolia-ai-plus-2026-synthetic.html",
            neimenggu_tasks,
            SX.TASK_PART,
            SX.SAFEGUARD_PART,
            SX.SAFEGUARDS,
        ),
    )


if __name__ == "__main__":
    main()

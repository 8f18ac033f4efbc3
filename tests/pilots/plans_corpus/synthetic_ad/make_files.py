# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ad documents (SYNTHETIC_AD.md) — INVENTED 2026 "人工智能+" plans of
江西 / 福建 / 海南 places no folder held — and their expected extractions (.yaml beside each), from
doc_*.py:

- shangrao-ai-plus-2026-synthetic.html — a prefecture city's 实施方案 as its portal page (GB2312
  declared), parts 第一部分/第二部分/第三部分, tasks （一）–（十六） numbered on across groups, each
  closing on "（责任单位：…）" whose first unit leads ("排第一位的为牵头单位，下同" inside the first);
- shanghang-ai-plus-2026-synthetic.docx — a county's 实施方案 (python-docx), "——" goal lines,
  tasks "N.标题。正文（牵头单位：X；协同单位：Y）" and two 专栏 boxes of 重点项目;
- hainan-ai-plus-culture-tourism-2026-synthetic.pdf — a province department's 三年行动计划 printed
  by LibreOffice, headings on their own lines, roles only in a landscape annex 重点任务分工表.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ad/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

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
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, shared by the sets

import doc_hainan as HN  # noqa: E402
import doc_shanghang as SH  # noqa: E402
import doc_shangrao as SR  # noqa: E402
from synthetic_model import extraction  # noqa: E402

WRITTEN = "WRITTEN by the collector (helper bad, 2026-12-04) before reading the importer; no such document is claimed to exist (number, date,\n# figures, programme names and some bodies' exact names made up)."

HEADERS = {
    SR.SLUG: f"""# 上饶市“人工智能+”行动实施方案（2026—2027年） (上饶市人民政府办公室, 饶府办发〔2026〕6号, 2026-03-12) — SYNTHETIC (synthetic_ad):
# {WRITTEN} Built by make_files.py from doc_shangrao.py as the city portal's saved page (meta charset gb2312, GBK bytes).
# Zone shangrao-city: period 2026–2027. Outline: page chrome (nav, breadcrumb, index table, footer: no plan text), notice, title, preamble,
#   第一部分 总体要求 (一、指导思想; 二、发展目标 = two paragraphs opened by 到2026年 / 到2027年 → goals titled by their date phrase, deadlines
#   2026 / 2027); 第二部分 重点任务 = one sentence ("四个方面", "16项重点任务": the plan's own structure, no target) and groups 一、–四、 of tasks
#   （一）–（十六） numbered ON across the groups (section 第二部分 holding sub-sections 一、–四、); 第三部分 保障措施 一、–四、 → safeguard tasks.
# Task = "（N）标题。正文（责任单位：…）" in one <p>: title the first sentence, text the paragraph after the number with its annotation.
# Roles: the FIRST annotation says "排第一位的为牵头单位，下同" → in every annotation (保障措施 too) the first unit leads and the others are
#   responsible (SOURCES.md "列第一位的为牵头单位"); a single unit leads alone. "各县（市、区）政府" inside the （…） is one collective agency
#   (上饶市各县（市、区）人民政府); 上饶经开区管委会 a park administration. 保障措施 一、/四、 carry no annotation (专班办公室 "设在市数据局" is prose).
# Targets: the goal paragraphs' figures (1.5万人 → 15000); every task holding figures is also a goal titled like the task (text without the
#   annotation), due 2027 unless dated (（一） "2026年新增智能算力300P" → 2026, flow). 新增 / 累计 / 实施改造N家 / 新增贷款 → flow; 每年 → per_year
#   flow; 建设 / 打造 / 培育 / 建成 / 推出 → stock. Not targets: 算力券 rate and cap (30%, 50万元), the yearly fund (不少于5000万元), 全覆盖 (no figure).
""",
    SH.SLUG: f"""# 上杭县“人工智能+”行动实施方案（2026—2028年） (上杭县人民政府办公室, 杭政办〔2026〕12号, 2026-04-08) — SYNTHETIC (synthetic_ad):
# {WRITTEN} Built by make_files.py from doc_shanghang.py as a Word file (python-docx), numbering typed.
# Zone shanghang-county (a county of 龙岩市 → level district, parent longyan-city): period 2026–2028. Outline: notice, title, preamble, 一、总体要求
#   (no figure), 二、主要目标 = a dated lead sentence "到2028年，…具体目标如下：" then three "——标题。正文" lines → three goals titled by their
#   heading (numbering ——), deadline 2028; 三、重点任务 = groups （一）–（四） (sub-sections) of tasks 1.–13. numbered on; 四、保障措施 （一）–（四）
#   → safeguard tasks without roles (领导小组办公室 "设在县工业和信息化局" is prose).
# Task = "N.标题。正文（牵头单位：X；协同单位：Y）": title the first sentence, text with the annotation. 牵头单位 → lead (two names → two leads);
#   协同单位 → supporting (the 配合 role in other words); "各乡（镇）人民政府" inside the annotation is one collective agency; 古田镇人民政府 a town.
# 专栏1 / 专栏2 (one-cell tables "专栏N　…重点项目" with numbered project lines) are NOT tasks and their investments (2.5亿元, 3000万元 …) and
#   建设期 years are NOT targets: they list projects under the tasks before them.
# Targets: the "——" lines' figures (其中国家高新技术企业 → parent; 引进培育…人才 → flow); every task holding figures is also a goal titled like the
#   task (text without the annotation), due 2028 unless dated (task 1 "到2026年底建成智能算力100P" → 2026). 每年 → per_year flow; 推动…改造N家 /
#   新建 → flow; 保持在95%以上 → gte.
""",
    HN.SLUG: f"""# 海南省“人工智能+文旅”三年行动计划（2026—2028年） (海南省旅游和文化广电体育厅, 琼旅文〔2026〕21号, 2026-02-16) — SYNTHETIC (synthetic_ad):
# {WRITTEN} Built by make_files.py from doc_hainan.py as a .docx printed to PDF by LibreOffice (page numbers "— N —";
#   the annex on landscape pages, its header row repeated).
# Zone hainan-province (province → level municipality; the zone slug an earlier set used): a department's sector plan, period 2026–2028.
# Outline: notice, title, preamble (2025 figures 1亿人次, 18家: baselines, no target), 一、总体要求 （一）基本原则 （二）行动目标 = two paragraphs
#   到2026年 / 到2028年 → goals titled by their date phrase; 二、–四、 parts of tasks （一）… restarting in each part, the heading "（N）标题" on its
#   own line and the body in the next paragraph → title the heading, text the body paragraph; 五、保障措施 （一）–（四） → safeguard tasks without
#   roles. The body carries NO annotation.
# Roles: only in 附件 重点任务分工表 (序号 1–11 numbered on across the parts, 重点任务 = the body task's title): each row gives its body task
#   牵头单位 → lead, 配合单位 → supporting; 完成时限 "2026年12月底前" → due 2026-12-31, "2027年6月底前" → 2027-06-30, "持续推进" → no due. The
#   department's own 处室 (厅科技教育处 …) are agencies named 海南省旅游和文化广电体育厅X处; 各市县旅文部门 one collective agency. The annex rows
#   are not tasks of their own.
# Targets: the goal paragraphs' figures (智能导览全覆盖 no figure; 年服务游客超过5000万人次 an annual figure: stock, gt 50000000; 1个以上 gte 1);
#   tasks holding figures are also goals titled like the task, text the body; a figure with no year of its own is due at its annex row's
#   完成时限 year (2026/2027年12月底前; SOURCES.md's convention settled 2026-12-05, helper conv — was the plan's end, 2028); 每年 → per_year flow; 100万条 → 1000000, 1000万人 → 10000000.
#   Not targets: the yearly fund of 保障措施（二） (不少于3000万元), 5A级 / 4A级 (grades).
""",
}


def write_extraction(module):
    data = extraction(**module.EXTRACTION)
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000)
    (HERE / f"{module.SLUG}.yaml").write_text(HEADERS[module.SLUG] + body, encoding="utf-8")


# ---------------------------------------------------------------- HTML (上饶)

PAGE_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>上饶市人民政府办公室关于印发上饶市“人工智能+”行动实施方案（2026—2027年）的通知_市政府办文件_上饶市人民政府</title>
<meta name="ArticleTitle" content="上饶市人民政府办公室关于印发上饶市“人工智能+”行动实施方案（2026—2027年）的通知" />
<meta name="PubDate" content="2026-03-14 09:30" />
<link rel="stylesheet" type="text/css" href="../../../css/zwgk_detail.css" />
<script type="text/javascript" src="../../../js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>
</head>
<body>
<div class="top"><div class="w1200"><span class="date">2026年3月14日 星期六</span><a href="../../../">网站首页</a> | <a href="#">无障碍</a> | <a href="#">长者模式</a></div></div>
<div class="header"><div class="w1200"><img src="../../../images/logo.png" alt="上饶市人民政府" />
<form action="/search" method="get"><input type="text" name="q" value="请输入关键字" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><ul><li><a href="../../../">首页</a></li><li><a href="#">走进上饶</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li></ul></div>
<div class="w1200 position">当前位置：<a href="../../../">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">市政府办文件</a></div>
<div class="w1200 detail">
<table class="xxgk_table" cellspacing="0" cellpadding="0" border="1">
<tr><td>索 引 号：</td><td>014522318/2026-00317</td><td>主题分类：</td><td>科技、教育</td></tr>
<tr><td>发文机关：</td><td>上饶市人民政府办公室</td><td>成文日期：</td><td>2026-03-12</td></tr>
<tr><td>标　　题：</td><td colspan="3">上饶市人民政府办公室关于印发上饶市“人工智能+”行动实施方案（2026—2027年）的通知</td></tr>
<tr><td>文　　号：</td><td>饶府办发〔2026〕6号</td><td>发布日期：</td><td>2026-03-14</td></tr>
</table>
<h1 class="title">上饶市人民政府办公室关于印发上饶市“人工智能+”行动实施方案（2026—2027年）的通知</h1>
<div class="info">来源：市政府办公室　发布时间：2026-03-14 09:30　浏览次数：<span id="hits">2306</span>　字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
<div class="content" id="zoom">
<div class="TRS_Editor">
"""

PAGE_FOOT = """</div>
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关解读</h3><ul><li><a href="#">图解：上饶市“人工智能+”行动实施方案（2026—2027年）</a></li></ul></div>
</div>
<div class="footer"><p>主办：上饶市人民政府办公室　承办：上饶市数据局</p><p>赣ICP备05004231号　赣公网安备36110202000123号　网站标识码：3611000001</p></div>
</body>
</html>
"""


def shangrao_html() -> bytes:
    out = [PAGE_HEAD]
    for style, text in SR.BODY:
        t = html.escape(text, quote=False)
        if style == "title":
            out.append(
                f'<p style="text-align: center;"><strong><span style="font-size: 22px;">{t}</span></strong></p>\n'
            )
        elif style == "center":
            out.append(f'<p style="text-align: center;"><strong>{t}</strong></p>\n')
        elif style == "h1":
            out.append(f'<p style="text-indent: 2em;"><strong>{t}</strong></p>\n')
        elif style == "sig":
            out.append(f'<p style="text-align: right;">{t}</p>\n')
        else:
            m = re.match(r"^(（[一二三四五六七八九十]+）[^。]+。)(.*)$", text)
            if m and style == "p":
                head, rest = (html.escape(x, quote=False) for x in m.groups())
                out.append(f'<p style="text-indent: 2em;"><strong>{head}</strong>{rest}</p>\n')
            else:
                out.append(f'<p style="text-indent: 2em;">{t}</p>\n')
    out.append(PAGE_FOOT)
    return "".join(out).replace("\n", "\r\n").encode("gbk")


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


def borders(table):
    tbl_pr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tbl_pr.append(b)


def shade(cell, fill="F2F2F2"):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    run_font(run, "宋体", 14)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), kind)
            run._element.append(f)
        else:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._element.append(instr)
    run_font(p.add_run(" —"), "宋体", 14)


def new_document():
    doc = Document()
    s = doc.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    cp = doc.core_properties
    from datetime import datetime

    cp.author = "上杭县人民政府办公室"
    cp.last_modified_by = ""
    cp.created = cp.modified = datetime(2026, 4, 8, 9, 0, 0)
    cp.revision = 1
    return doc


def body_into(doc, blocks, annex_font="仿宋_GB2312"):
    for block in blocks:
        style = block[0]
        if style == "title":
            para(
                doc,
                block[1],
                "方正小标宋简体",
                22,
                WD_ALIGN_PARAGRAPH.CENTER,
                indent=False,
                line=36,
            )
        elif style == "center":
            para(doc, block[1], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif style == "pl":
            para(doc, block[1], indent=False)
        elif style == "h1":
            para(doc, block[1], "黑体")
        elif style == "h2":
            para(doc, block[1], "楷体_GB2312")
        elif style == "sig":
            para(doc, block[1], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif style == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif style == "box":
            title, *lines = block[1]
            table = doc.add_table(rows=1, cols=1)
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            borders(table)
            cell = table.rows[0].cells[0]
            shade(cell)
            first = cell.paragraphs[0]
            first.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run_font(first.add_run(title), "黑体", 14)
            for line in lines:
                para(cell, line, size=14, line=24)
            para(doc, "", indent=False)
        elif style == "annex":
            header, rows = block[1], block[2]
            sec = doc.add_section()
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
            para(doc, "附件", "黑体", indent=False)
            para(
                doc,
                "重点任务分工表",
                "方正小标宋简体",
                20,
                WD_ALIGN_PARAGRAPH.CENTER,
                indent=False,
                line=32,
            )
            table = doc.add_table(rows=1, cols=len(header))
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            borders(table)
            widths = [Cm(1.6), Cm(8.0), Cm(4.5), Cm(7.5), Cm(3.5)]
            tr_pr = table.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            th.set(qn("w:val"), "true")
            tr_pr.append(th)
            for cell, text, w in zip(table.rows[0].cells, header, widths, strict=True):
                cell.width = w
                p = cell.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run_font(p.add_run(text), "黑体", 14)
            for row in rows:
                cells = table.add_row().cells
                for cell, text, w in zip(cells, row, widths, strict=True):
                    cell.width = w
                    run_font(cell.paragraphs[0].add_run(text), annex_font, 14)
        else:
            para(doc, block[1])


def fixed_zip(raw: bytes) -> bytes:
    """The same parts with a fixed timestamp, so the file is reproduced byte for byte."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 4, 8, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def docx_bytes(blocks, author, when) -> bytes:
    doc = new_document()
    doc.core_properties.author = author
    doc.core_properties.created = doc.core_properties.modified = when
    page_number_footer(doc.sections[0])
    body_into(doc, blocks)
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


def hainan_pdf():
    from datetime import datetime

    raw = docx_bytes(HN.BODY, "海南省旅游和文化广电体育厅", datetime(2026, 2, 16, 9, 0, 0))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{HN.SLUG}.docx"
        src.write_bytes(raw)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
        )
        pdf = (Path(tmp) / f"{HN.SLUG}.pdf").read_bytes()
    # fixed dates (same length), so the file is reproduced byte for byte
    pdf = re.sub(
        rb"/CreationDate\(D:[^)]*\)",
        lambda m: b"/CreationDate(D:20260216090000" + b"0" * (len(m.group(0)) - 31) + b")",
        pdf,
    )
    pdf = re.sub(rb"<xmp:CreateDate>[^<]*</xmp:CreateDate>", b"", pdf)
    pdf = re.sub(
        rb"/ID\s*\[\s*<[0-9A-F]{32}>\s*<[0-9A-F]{32}>\s*\]|/DocChecksum\s*/[0-9A-F]{32}",
        lambda m: re.sub(rb"[0-9A-F]{32}", b"5A" * 16, m.group(0)),
        pdf,
    )
    return pdf


def main():
    for module in (SR, SH, HN):
        write_extraction(module)
    if "--extractions-only" in sys.argv:
        return
    from datetime import datetime

    (HERE / f"{SR.SLUG}.html").write_bytes(shangrao_html())
    (HERE / f"{SH.SLUG}.docx").write_bytes(
        docx_bytes(SH.BODY, "上杭县人民政府办公室", datetime(2026, 4, 8, 9, 0, 0))
    )
    if shutil.which("soffice"):
        (HERE / f"{HN.SLUG}.pdf").write_bytes(hainan_pdf())


if __name__ == "__main__":
    main()

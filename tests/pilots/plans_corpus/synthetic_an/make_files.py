# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_an documents (SYNTHETIC_AN.md) — INVENTED 2026 "人工智能+" plans of
山西 / 甘肃 / 西藏 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- jincheng-ai-plus-work-points-2026-synthetic.docx — a city's 工作要点 (python-docx): a goals paragraph,
  then the tasks as rows of one table 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 with merged group rows;
- jinchang-ai-plus-2026-synthetic.pdf — a city's 实施方案 built as .docx and printed to PDF by LibreOffice,
  with a running header, "— N —" page numbers, a 附件 list, an indicator table and a scene list as annexes;
- shannan-ai-plus-2026-synthetic.html — a city's 实施方案 as its portal page is saved, numbered
  一、 / （一） / 1. / （1） with the tasks at the third level and own-line 〔牵头单位：…；配合单位：…〕.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_an/make_files.py
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
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, shared by the sets

import doc_jinchang as JC  # noqa: E402
import doc_jincheng as JS  # noqa: E402
import doc_shannan as SN  # noqa: E402
from synthetic_model import extraction  # noqa: E402

FIXED = (2026, 12, 5, 0, 0, 0)
WRITTEN = "WRITTEN by the collector (helper blindAN, 2026-12-05) before reading the importer; no such document is claimed to exist (number, date,\n# figures, programme names made up)."

HEADERS = {
    JS.SLUG: f"""# 晋城市2026年“人工智能+”行动工作要点 (晋城市人民政府办公室, 晋市政办〔2026〕9号, 2026-03-18) — SYNTHETIC (synthetic_an):
# {WRITTEN} Built by make_files.py from doc_jincheng.py as a Word file (python-docx).
# Zone jincheng-city (山西); a one-year 工作要点: period 2026–2026, every target due 2026.
# Outline: notice, title, preamble, a paragraph of principles, 一、工作目标 = a paragraph of 2025 figures (420P, 36座, 78个, 41家: baselines, no target) and one "2026年，"
#   paragraph (→ goal titled 2026年, by its date phrase); 二、重点任务 = a lead sentence and ONE table 序号 | 重点任务 | 牵头单位 | 配合单位 |
#   完成时限 whose group rows "（一）夯实智能底座" … (merged over all five cells) are sub-sections （一）–（四） of 二、, and whose rows 1–18
#   (numbered on across the groups) are tasks: title = the task cell's first sentence, text = the whole task cell (the agency and date cells
#   are not part of the text). 牵头单位 cell → lead, 配合单位 cell → supporting; 完成时限 "2026年N月底前" → the month's last day, "持续推进" →
#   no due. 三、工作要求 is one unnumbered paragraph: no section, no task.
# Agencies: 市 prefix shared in row 13's "市工信局、人社局、科技局" (→ 晋城市 bodies; the bare printed forms kept as aliases);
#   各县（市、区）人民政府 one collective agency; 国网晋城供电公司 a state enterprise; 市能源局 category other.
# Targets: the goal paragraph's eight; a row holding figures is also a goal titled like its task (text = the task cell), numbered by
#   its 序号. 新建 / 新增 / 新引进 / 全年认定 / 开展培训 / 举办 → flow; 累计建成智能化工作面 → stock (what exists by then); 培育…企业不少于60家 →
#   stock (the enterprises counted); 其中投资亿元以上项目 → parent. Rows 4 and 10 restate the goal paragraph's 新建智能化煤矿8座 and
#   2000项: one target each, where first printed (SOURCES.md's conventions; aligned by helper rALAN when the set was SEEN — the rows
#   were goals of their own at first).
""",
    JC.SLUG: f"""# 金昌市“人工智能+”行动实施方案（2026—2028年） (金昌市人民政府办公室, 金政办发〔2026〕21号, 2026-04-20) — SYNTHETIC (synthetic_an):
# {WRITTEN} Built by make_files.py from doc_jinchang.py as a .docx printed to PDF by
# LibreOffice: running header "{JC.RUNNING_HEADER}" on every page, footer "— N —".
# Zone jinchang-city (甘肃); period 2026–2028. Outline: notice with a 附件 list (1. 主要指标, 2. 重点应用场景清单), title, preamble,
#   a 发展基础 paragraph (no figure), 一、总体要求 with （一）指导思想 / （二）基本原则 (principles: no task), 二、发展目标 = one "到2028年，" paragraph (→ goal titled 到2028年, due 2028; "主要指标见附件1"),
#   三、重点任务 = a lead sentence and tasks （一）–（十二） "（N）标题。正文（annotation）" (title in bold, one paragraph each), 四、保障措施 （一）–（四)
#   unannotated → safeguard tasks (roles only by the rule stated once); then 附件1 (indicator table) and 附件2 (scene list: names and fields only → no task, no target).
# Roles as worded: （X牵头，Y、Z配合） → X lead, Y Z supporting; （X负责） and （X、Y按职责分工负责） → responsible.
#   Rule stated once in 三's lead sentence: "各县区人民政府、金昌经济技术开发区管委会负责本辖区相关任务落实，以下不再列出" → both are
#   responsible on each of the twelve tasks and on the four safeguards after them (SOURCES.md's conventions: a rule stated once covers
#   the tasks after it; aligned by helper rALAN when the set was SEEN — "not on the safeguards" at first). 市 prefix shared in （九）'s "市教育局、人社局". 金川集团 a state enterprise.
# Targets: the goal paragraph's three; the indicator table → one goal titled by the annex's title (no text), one target per figure of the
#   2026年 and 2028年 columns (eq, due that year, the metric = the 指标名称 cell, source_phrase = that cell; the 2025年（基期） column is a
#   baseline, no target); a task holding figures is also a goal titled like the task (text without the annotation), due 2028. 新增 → flow;
#   累计培育…人才 → flow; 每年 → per_year flow. Not targets: the yearly budget of 保障措施（二） (不少于2000万元), 全覆盖 (no figure).
""",
    SN.SLUG: f"""# 山南市推进“人工智能+”行动实施方案（2026—2027年） (山南市人民政府办公室, 山政办发〔2026〕11号, 2026-05-09; published 2026-05-14) —
# SYNTHETIC (synthetic_an): {WRITTEN}
# Built by make_files.py from doc_shannan.py as the city portal's page saved by a browser (UTF-8 .html: header, nav, breadcrumb, a
# metadata <table>, the body in <p>, footer). Zone shannan-city (西藏; a prefecture-level city); period 2026–2027.
# Outline four levels deep: a 发展基础 paragraph (no figure), 一、总体要求 with （一）指导思想 / （二）基本原则 (no task, no figure); 二、主要目标 = a "到2027年，" paragraph (→ goal 到2027年, due 2027) and a "2026年，"
#   paragraph (→ goal 2026年, due 2026); 三、重点任务 → groups （一）–（三） (sub-sections) → tasks 1.–11. numbered on across the groups, each
#   "N.标题。" on its own line followed by sub-items （1）（2） (parts of the task's text, not tasks) and an own-line annotation
#   "〔牵头单位：X；配合单位：Y、Z〕" (it belongs to the task; the task text — title sentence, sub-items, annotation — includes it);
#   四、保障措施 （一）–（四） unannotated → safeguard tasks without roles.
# Roles: 牵头单位 → lead (task 8 has two), 配合单位 → supporting. 各县（区）人民政府 one collective; 国网山南供电公司 a state enterprise.
# Targets: Chinese numerals read as numbers (三十 → 30, 四十 → 40, 二十 → 20, 一个 → 1, 十五 → 15, 六 → 6, 一百 → 100); "全覆盖" holds no
#   figure (no target). A task holding figures is also a goal titled like the task (text without the annotation line), due 2027.
#   新增 / 累计培训 → flow; 每年 → per_year flow (bare number → eq).
""",
}


def write_extraction(module):
    data = extraction(**module.EXTRACTION)
    for goal in data["goals"]:
        if not goal["text"]:  # a table's goal: its title, no running text
            del goal["text"]
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


def para(container, runs, font="仿宋_GB2312", size=16, align=None, indent=True, spacing=28):
    """runs: a string, or [(text, bold)]."""
    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(spacing)
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
    core.created = core.modified = datetime(*FIXED)
    core.revision = 1
    return doc


def heading(doc, text, font="黑体"):
    return para(doc, text, font=font)


def title(doc, text):
    return para(
        doc,
        text,
        font="方正小标宋简体",
        size=22,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False,
        spacing=36,
    )


def cell_text(cell, text, bold=False, size=12, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    run_font(p.add_run(text), "仿宋_GB2312", size, bold)


def table(doc, header, rows, widths):
    t = doc.add_table(rows=0, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = t.add_row().cells
    for c, text in zip(cells, header, strict=True):
        cell_text(c, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in rows:
        cells = t.add_row().cells
        if len(row) == 1:  # a group row merged across the table
            merged = cells[0].merge(cells[-1])
            cell_text(merged, row[0], bold=True)
            continue
        for c, text in zip(cells, row, strict=True):
            cell_text(c, text)
    for row in t.rows:
        for c, w in zip(row.cells, widths, strict=True):
            c.width = Cm(w)
    return t


def save_fixed(doc, path: Path):
    """Saves with every zip entry dated FIXED, so the file is the same byte for byte on every run."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.docx"
        doc.save(raw)
        with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for info in src.infolist():
                entry = zipfile.ZipInfo(info.filename, FIXED)
                entry.compress_type = zipfile.ZIP_DEFLATED
                out.writestr(entry, src.read(info.filename))


def jincheng_docx(path: Path):
    m = JS
    doc = new_document()
    para(doc, m.NOTICE[0], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    title(doc, m.NOTICE[2])
    para(doc, m.NOTICE[3], indent=False)
    para(doc, m.NOTICE[4])
    para(doc, m.SIGNATURE[0], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, m.SIGNATURE[1], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）")
    doc.add_page_break()
    title(doc, m.TITLE)
    para(doc, m.PREAMBLE)
    para(doc, m.PRINCIPLES)
    heading(doc, m.PART1)
    para(doc, m.BASELINE)
    para(doc, m.GOAL_TEXT)
    heading(doc, m.PART2)
    para(doc, m.PART2_LEAD)
    rows = [row if len(row) == 1 else row[:5] for row in m.ROWS]
    table(doc, m.HEADER_ROW, rows, [1.2, 8.0, 2.4, 3.4, 2.4])
    heading(doc, m.PART3)
    for text in m.PART3_TEXT:
        para(doc, text)
    save_fixed(doc, path)


# ---------------------------------------------------------------- PDF (LibreOffice)


def page_field(paragraph):
    run = paragraph.add_run()
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


def jinchang_docx(path: Path):
    m = JC
    doc = new_document()
    sec = doc.sections[0]
    head = sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(head.add_run(m.RUNNING_HEADER), "宋体", 10)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(foot.add_run("— "), "宋体", 14)
    page_field(foot)
    run_font(foot.add_run(" —"), "宋体", 14)
    para(doc, m.NOTICE[0], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    title(doc, m.NOTICE[1])
    para(doc, m.NOTICE[2], indent=False)
    para(doc, m.NOTICE[3])
    para(doc, m.ANNEX_LIST[0])
    para(doc, m.ANNEX_LIST[1]).paragraph_format.first_line_indent = Pt(80)
    for line in m.SIGNATURE[:2]:
        para(doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, m.SIGNATURE[2])
    doc.add_page_break()
    title(doc, m.TITLE[0])
    para(doc, m.TITLE[1], font="楷体_GB2312", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, m.PREAMBLE)
    para(doc, m.BASIS)
    heading(doc, m.PART1)
    para(doc, m.PART1_SUB1, font="楷体_GB2312")
    para(doc, m.PART1_SUB1_TEXT)
    para(doc, m.PART1_SUB2, font="楷体_GB2312")
    para(doc, m.PART1_TEXT)
    heading(doc, m.PART2)
    para(doc, m.GOAL_TEXT)
    heading(doc, m.PART3)
    para(doc, m.PART3_LEAD)
    for numbering, t_title, body, annotation, *_ in m.TASKS:
        para(doc, [(f"{numbering}{t_title}。", True), (f"{body}{annotation}", False)])
    heading(doc, m.PART4)
    for numbering, t_title, body in m.SAFEGUARDS:
        para(doc, [(f"{numbering}{t_title}。", True), (body, False)])
    doc.add_page_break()
    para(doc, m.ANNEX1_HEADING, font="黑体", indent=False)
    title(doc, m.ANNEX1_TITLE)
    table(doc, m.ANNEX1_HEADER, [r[:6] for r in m.ANNEX1_ROWS], [1.2, 6.0, 1.6, 2.8, 2.0, 2.0])
    para(doc, "")
    para(doc, m.ANNEX2_HEADING, font="黑体", indent=False)
    title(doc, m.ANNEX2_TITLE)
    table(doc, m.ANNEX2_HEADER, m.ANNEX2_ROWS, [1.2, 4.6, 2.2, 7.6])
    save_fixed(doc, path)


def fix_pdf(path: Path):
    """LibreOffice stamps the time and a random /ID: replaced by fixed ones of the same length, so
    the xref offsets stay right and the file is the same on every run."""
    data = path.read_bytes()
    data = re.sub(
        rb"D:\d{14}[^)]*\)",
        lambda m: (
            (b"D:20261205000000" + b"Z" * (len(m.group(0)) - 17))[: len(m.group(0)) - 1] + b")"
        ),
        data,
    )
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(
        rb"/DocChecksum /[0-9A-F]+",
        lambda m: b"/DocChecksum /" + b"0" * (len(m.group(0)) - 14),
        data,
    )
    path.write_bytes(data)


def jinchang_pdf(path: Path):
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{JC.SLUG}.docx"
        jinchang_docx(source)
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
            timeout=180,
        )
        shutil.copy(Path(tmp) / f"{JC.SLUG}.pdf", path)
    fix_pdf(path)


# ---------------------------------------------------------------- portal page


def shannan_html(path: Path):
    m = SN
    e = html.escape
    body = []
    p = body.append
    p(f'<p style="text-align:center"><strong>{e(m.TITLE)}</strong></p>')
    p(f"<p>{e(m.PREAMBLE)}</p>")
    p(f"<p>{e(m.BASIS)}</p>")
    p(f"<p><strong>{e(m.PART1)}</strong></p>")
    p(f"<p>{e(m.PART1_SUB1)}</p>")
    p(f"<p>{e(m.PART1_SUB1_TEXT)}</p>")
    p(f"<p>{e(m.PART1_SUB2)}</p>")
    p(f"<p>{e(m.PART1_TEXT)}</p>")
    p(f"<p><strong>{e(m.PART2)}</strong></p>")
    p(f"<p>{e(m.GOAL_2027)}</p>")
    p(f"<p>{e(m.GOAL_2026)}</p>")
    p(f"<p><strong>{e(m.PART3)}</strong></p>")
    for g_num, g_title, tasks in m.GROUPS:
        p(f"<p><strong>{e(g_num + g_title)}</strong></p>")
        for task in tasks:
            for line in m.task_lines(task):
                p(f"<p>{e(line)}</p>")
    p(f"<p><strong>{e(m.PART4)}</strong></p>")
    for numbering, t_title, text in m.SAFEGUARDS:
        p(f"<p>{e(numbering)}<strong>{e(t_title)}。</strong>{e(text)}</p>")
    meta = "\n".join(f'<tr><td class="k">{e(k)}：</td><td>{e(v)}</td></tr>' for k, v in m.META)
    notice = "\n".join(f"<p>{e(line)}</p>" for line in m.NOTICE[:2])
    sign = "\n".join(f'<p style="text-align:right">{e(line)}</p>' for line in m.NOTICE[2:])
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(m.PAGE_TITLE)}_政策文件_山南市人民政府</title>
<link rel="stylesheet" href="./shannan_files/style.css">
<script src="./shannan_files/jquery.min.js"></script>
</head>
<body>
<div class="top"><a href="https://www.shannan.gov.cn/">山南市人民政府</a> <span>欢迎您！</span> <a href="#">无障碍浏览</a> <a href="#">藏文版</a></div>
<div class="nav"><ul><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">走进山南</a></li></ul></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">市政府办文件</a></div>
<table class="meta">
{meta}
<tr><td class="k">标题：</td><td>{e(m.PAGE_TITLE)}</td></tr>
</table>
<div class="article">
<h1>{e(m.PAGE_TITLE)}</h1>
<div class="info">发布时间：2026-05-14 16:20　来源：山南市人民政府办公室　<a href="javascript:window.print()">【打印】</a></div>
<div class="content">
{notice}
{sign}
{chr(10).join(body)}
</div>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="footer"><p>主办：山南市人民政府办公室　承办：山南市数据局</p><p>藏ICP备12000011号　藏公网安备54220202000123号　网站标识码：5422000001</p></div>
<script>var _hmt = _hmt || [];</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


def main():
    for module in (JS, JC, SN):
        write_extraction(module)
    if "--extractions-only" in sys.argv:
        return
    jincheng_docx(HERE / f"{JS.SLUG}.docx")
    jinchang_pdf(HERE / f"{JC.SLUG}.pdf")
    shannan_html(HERE / f"{SN.SLUG}.html")


if __name__ == "__main__":
    main()

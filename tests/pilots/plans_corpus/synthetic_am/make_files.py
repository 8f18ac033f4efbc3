# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_am documents (SYNTHETIC_AM.md) — INVENTED 2026 "人工智能+" plans of
福建 / 湖北 / 吉林 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- sanming-ai-plus-2026-synthetic.docx — a city's 工作方案 (python-docx): tasks 1.–15. numbered on
  across four groups (a 专栏 box of scene names among them), each closing on "（牵头单位：X；配合单位：Y）" with the bodies named WITHOUT the
  市 prefix, and a rule stated once making 各县（市、区）人民政府 responsible for every key task;
- jingzhou-ai-empowerment-2026-synthetic.pdf — a city's 实施方案 built as .docx and printed to PDF
  by LibreOffice: tasks （一）–（十二） on heading lines numbered on across three parts, no annotation in
  the body; roles and dues only in the annexed 重点任务分工表 (牵头单位 | 配合单位 | 完成时限);
- hunchun-ai-plus-2026-synthetic.html — a county-level city's 行动计划 as its portal page is saved:
  "——" goal lines with figures in Chinese numerals, named engineering items "（一）X工程：…（X牵头，
  Y配合）".

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_am/make_files.py
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

import doc_hunchun as HC  # noqa: E402
import doc_jingzhou as JZ  # noqa: E402
import doc_sanming as SM  # noqa: E402
from synthetic_model import extraction  # noqa: E402

FIXED = (2026, 12, 5, 0, 0, 0)

HEADERS = {
    SM.SLUG: """# 三明市“人工智能+”行动工作方案（2026—2027年） (三明市人民政府办公室, 明政办〔2026〕18号, 2026-03-20) — SYNTHETIC (synthetic_am):
# WRITTEN by the collector (helper blindAM, 2026-12-05) before reading the importer; no such document is claimed to exist (number, date,
# figures, programme names made up). Built by make_files.py from doc_sanming.py as a Word file (python-docx, 公文 fonts).
# Zone sanming-city (福建); period 2026–2027. Outline: doc number, notice, signature, title, preamble, a paragraph of 2025 figures (1180亿元, 320P,
#   86家: baselines, no target), 一、总体要求 （一）总体思路 (no figure) （二）工作目标 = an untitled lead-in of no figure, a "到2027年，" paragraph (→ goal titled 到2027年, due 2027) and a "到2026年底，" paragraph (→ goal titled 到2026年底, its
#   figures due 2026); 二、重点任务 = groups （一）–（四） (sub-sections) of tasks 1.–12. NUMBERED ON across the groups, each "N.标题。正文（annotation）"
#   in one paragraph (the heading bold); 三、保障措施 （一）–（四） "（一）标题。正文" unannotated → safeguard tasks without roles.
# Roles: "（牵头单位：X；配合单位：Y、Z）" → X lead, Y Z supporting. The bodies are printed WITHOUT the 市 prefix (工信局, 发改委, 数据管理局 …):
#   full names 三明市…, aliases as printed. 网信办 → 中共三明市委网络安全和信息化委员会办公室; 三明学院 a university (other); 国网三明供电公司
#   a state enterprise. The rule stated once at the head of 二、 ("本方案所列重点任务，各县（市、区）人民政府均需结合实际抓好落实，以下
#   不再列出。") → the collective 各县（市、区）人民政府 is RESPONSIBLE for each of the fifteen key tasks and the four safeguard tasks after them
#   (SOURCES.md's convention; first written "not the safeguards: the rule names 重点任务 only", settled 2026-12-05 by rAM). Tasks 1.–15.; after task 12 a "专栏1 “人工智能+”重点应用场景" box (a one-cell Word table of five "N.领域：场景、场景"
#   lines) → no task, no target. The closing line "本方案自印发之日起实施，由工信局负责解释。" is no task.
# Targets: the two goal paragraphs' nine figures; every task holding figures is also a goal titled like the task (text without the annotation,
#   numbering as the task), due 2027. 每年 → per_year flow; 新增 / 累计…家次 / 两年内培训 / 引进 → flow; 1万人次 → 10000 (万 multiplied out).
#   "实现…" without a figure would be no target; 100% is written as a figure here. Not targets: 12月底前 (a reporting date), 革命老区 etc.
# Settled to SOURCES.md's "Conventions used in the expected extractions" after the set was measured (helper rAM, 2026-12-05): task 2.'s
#   建设高质量行业数据集30个 restates the 2027 goal's 建成高质量行业数据集30个 → one target, where first printed (task 2. no goal any more);
#   the rule stated once covers the 保障措施 too (+4 assignments).
""",
    JZ.SLUG: """# 荆州市加快推进人工智能赋能产业高质量发展实施方案（2026—2028年） (荆州市人民政府办公室, 荆政办发〔2026〕9号, 2026-04-15) — SYNTHETIC
# (synthetic_am): WRITTEN by the collector (helper blindAM, 2026-12-05) before reading the importer; no such document is claimed to exist.
# Built by make_files.py from doc_jingzhou.py as a .docx printed to PDF by LibreOffice (footer "— N —"; the annex table's header row repeats).
# Zone jingzhou-city (湖北); period 2026–2028. Outline: doc number, notice, signature, title, preamble, a paragraph of 2025 figures (22亿元, 210P, 68家,
#   12个: baselines, no target), 一、总体要求 （一）总体思路 （二）基本原则 (four run-in "——坚持…。" principles in one paragraph: no goal) （三）发展目标 =
#   a "到2026年，" paragraph (→ goal 到2026年, due 2026) and a "到2028年，" paragraph (→ goal 到2028年, due 2028); parts 二、三、四、 (sections) hold
#   tasks （一）–（十二） NUMBERED ON across the parts, each a heading line "（N）标题" (楷体) followed by ONE body paragraph: the task is titled by its
#   heading and its text is the body paragraph (the heading line not repeated in it); 五、保障措施 （一）–（五） restart at （一）, same form, no roles.
# Roles and dues stand ONLY in "附件 …重点任务分工表", a table 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 whose 重点任务 cell repeats the task's
#   heading: 牵头单位 → lead, 配合单位 → supporting; "2026年12月底前" → 2026-12-31, "2027年6月底前" → 2027-06-30, "持续推进" → no due. The rows are
#   no tasks of their own. Shared 市 prefix inside a cell ("市经信局、财政局", "市数据局、教育局") expanded: 荆州市财政局, 荆州市教育局 (aliases as
#   printed; "市教育局、科技局" likewise). 各县（市、区）人民政府 one collective agency (written after a comma in two 配合单位 cells); 长江大学 a university (other).
# Targets: the goal paragraphs' nine figures; every task holding figures is also a goal titled like the task (text = the body paragraph), due
#   the year of its row's 完成时限, 2028 for "持续推进". 三年新增 / 引进 / 新建 → flow; 每年 → per_year flow; 其中…不少于5个 → parent; 年服务游客
#   超过500万人次 → an annual figure, stock, 5000000; 1万个 → 10000. Not targets: 投资10亿元以上 (a threshold inside the 其中 phrase), 第一方阵.
# Settled to SOURCES.md's "Conventions used in the expected extractions" after the set was measured (helper rAM, 2026-12-05): a figure
#   printed twice is one target, where first printed — （五）'s 打造“人工智能+”示范工厂（车间）50个以上 restates the 2028 goal's: dropped
#   from the task (−1). （二）'s 建设市级行业数据集15个以上 (due 2026 by its row) stays a target of its own: the 2026 goal's 建成市级行业数据集15个
#   has another comparator (eq, not gte), so it is no restatement of the same value.
""",
    HC.SLUG: """# 珲春市“人工智能+”行动计划（2026—2028年） (珲春市人民政府办公室, 珲政办发〔2026〕5号, 2026-05-12) — SYNTHETIC (synthetic_am): WRITTEN by the
# collector (helper blindAM, 2026-12-05) before reading the importer; no such document is claimed to exist. Built by make_files.py from
# doc_hunchun.py as the city portal's page saved by a browser (UTF-8 .html: header, nav, breadcrumb, a metadata <table>, body <p>, footer).
# Zone hunchun-city (吉林, a county-level city of 延边州 → city level; no parent written); period 2026–2028. Outline: notice, signature, title,
#   preamble, 一、总体要求 (three paragraphs, no figure), 二、主要目标 = a paragraph of 2025 figures (60P, 42家, 21%: baselines, no target), a lead-in "到2028年，…具体目标如下：" and three lines "——标题。正文" → three goals titled
#   by their phrase (numbering "——", text without the dash), figures due 2028, written in CHINESE NUMERALS (十二亿元, 三十家以上, 十个, 二十个,
#   十五个, 八个, 五百人以上); 三、实施十大重点工程 (kind engineering) = named items "（一）X工程：正文（annotation）" → tasks titled "X工程", text from
#   the name on (sep "："), items （一）–（十）; two 专栏 boxes (one-cell <table>s of "N.项目：内容" lines, after （一） and （四）) → no task, no target
#   (新建标准机柜800个, 总投资约3.2亿元 are project contents); 四、保障措施 （一）–（五） unannotated → safeguard tasks without roles; the closing line
#   "本行动计划自印发之日起施行，有效期至2028年12月31日。" is no task.
# Roles as worded: （X牵头，Y、Z配合） → lead / supporting; two names before 牵头 → two leads; （X负责） → responsible; （X牵头，各乡（镇）人民政府
#   负责） → lead + responsible; （X、Y按职责分工负责） → both responsible; （X牵头，Y、Z按职责分工负责） → X lead, Y Z responsible (SOURCES.md). A 市 prefix shared after the lead ("市工信局牵头，科技局、…配合";
#   "市卫健局、教育局"; "…牵头，教育局配合") → 珲春市科学技术局, 珲春市教育局. 市政数局 → 珲春市政务服务和数字化建设管理局; 珲春边合区管委会 →
#   珲春边境经济合作区管理委员会; 各乡（镇）人民政府 one collective; 国网珲春市供电公司 a state enterprise.
# Targets: the goal lines' eight figures; every engineering item holding figures is also a goal titled like the item (text without the
#   annotation), due 2028. 新增 / 新建 / 引进 / 引育 → flow; 每年 → per_year flow; 年均增长15%以上 → per_year, gte 15 %. Not targets: 5G (a name),
#   二期, 中、俄、朝、韩.
# Settled to SOURCES.md's "Conventions used in the expected extractions" after the set was measured (helper rAM, 2026-12-05): a figure
#   printed twice is one target, where first printed — （二）'s 建成行业数据集8个, （三）'s 建成智能工厂和数字化车间15个 and （九）'s
#   引育人工智能专业人才500人以上 restate the goal lines' 八个, 十五个, 五百人以上: dropped from the items (−3; （二） no goal any more).
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


def para(doc, runs, font="仿宋_GB2312", size=16, align=None, indent=True):
    p = doc.add_paragraph()
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


def page_number_footer(section):
    p = section.footer.paragraphs[0]
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


def new_document():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    core = doc.core_properties
    core.author = core.last_modified_by = ""
    core.title = ""
    core.revision = 1
    core.created = core.modified = datetime(*FIXED)
    page_number_footer(sec)
    return doc


def set_cell(cell, text, bold=False, size=12, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run(text), "仿宋_GB2312", size, bold)


def word_document(module):
    doc = new_document()
    para(doc, module.DOC_NUMBER, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "")
    for kind, *payload in module.BLOCKS:
        if kind == "notice":
            para(doc, payload[0], indent=False)
        elif kind == "sign":
            para(doc, payload[0], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif kind == "note":
            para(doc, payload[0], font="黑体", indent=False)
        elif kind == "title":
            para(doc, "")
            para(
                doc,
                payload[0],
                font="方正小标宋简体",
                size=22,
                align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False,
            )
            para(doc, "")
        elif kind == "annex_title":
            para(
                doc,
                payload[0],
                font="方正小标宋简体",
                size=18,
                align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False,
            )
        elif kind == "h1":
            para(doc, payload[0], font="黑体")
        elif kind in ("h2", "h3"):
            para(doc, payload[0], font="楷体_GB2312")
        elif kind == "p":
            para(doc, payload[0])
        elif kind == "task":
            numbering, head, rest = payload
            para(doc, [(numbering + head, True), (rest, False)])
        elif kind == "box":
            title, lines = payload
            box = doc.add_table(rows=1, cols=1)
            box.style = "Table Grid"
            cell = box.rows[0].cells[0]
            set_cell(cell, title, bold=True, size=14, center=True)
            for line in lines:
                cp = cell.add_paragraph()
                run_font(cp.add_run(line), "仿宋_GB2312", 14)
        elif kind == "table":
            rows = payload[0]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            widths = (Cm(1.3), Cm(4.6), Cm(3.2), Cm(4.4), Cm(2.7))
            for r, row in enumerate(rows):
                tr = table.rows[r]._tr
                trpr = tr.get_or_add_trPr()
                flag = OxmlElement("w:cantSplit")
                trpr.append(flag)
                if r == 0:
                    trpr.append(OxmlElement("w:tblHeader"))
                for c, text in enumerate(row):
                    cell = table.rows[r].cells[c]
                    cell.width = widths[c]
                    set_cell(cell, text, bold=r == 0, center=c in (0, 4) or r == 0)
        else:
            raise ValueError(kind)
    return doc


def fixed_zip(path: Path):
    """Rewrite a .docx with every entry dated FIXED, so the bytes are the same on every run."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            data = src.read(info.filename)
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            out.writestr(entry, data)
    tmp.replace(path)


def write_docx(module, target: Path):
    word_document(module).save(str(target))
    fixed_zip(target)


def write_pdf(module, target: Path):
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{module.SLUG}.docx"
        write_docx(module, source)
        subprocess.run(
            [
                shutil.which("soffice") or "/usr/bin/soffice",
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
            timeout=180,
        )
        pdf = (Path(tmp) / f"{module.SLUG}.pdf").read_bytes()
    pdf = re.sub(
        rb"/CreationDate\(D:[^)]*\)",
        lambda m: fixed_len(m.group(0), b"/CreationDate(D:20261205000000"),
        pdf,
    )
    pdf = re.sub(
        rb"/ModDate\(D:[^)]*\)", lambda m: fixed_len(m.group(0), b"/ModDate(D:20261205000000"), pdf
    )
    pdf = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", zero_hex, pdf)
    pdf = re.sub(
        rb"/DocChecksum /[0-9A-Fa-f]+",
        lambda m: b"/DocChecksum /" + b"0" * (len(m.group(0)) - 14),
        pdf,
    )
    target.write_bytes(pdf)


def zero_hex(m):
    return re.sub(
        rb"<[0-9A-Fa-f]+>", lambda h: b"<" + b"0" * (len(h.group(0)) - 2) + b">", m.group(0)
    )


def fixed_len(found: bytes, wanted: bytes) -> bytes:
    """`wanted` padded to the length of `found` (keeps the xref offsets right)."""
    body = wanted + b"Z"
    body = body + b" " * (len(found) - len(body) - 1) + b")"
    return body if len(body) == len(found) else found


# ---------------------------------------------------------------- portal page

PAGE_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2026-05-14 09:30">
<meta name="ContentSource" content="珲春市人民政府办公室">
<title>{title}_政府文件_珲春市人民政府</title>
<link rel="stylesheet" href="./hunchun_files/common.css">
<style>.article p{{text-indent:2em;line-height:2;font-size:16px}}.meta td{{padding:4px 8px;border:1px solid #ddd}}</style>
<script src="./hunchun_files/jquery.min.js"></script>
<script>var _hmt = _hmt || []; window.siteId = "hunchun";</script>
</head>
<body>
<div class="top"><span>珲春市人民政府</span> <a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">English</a></div>
<div class="nav"><a href="#">首页</a><a href="#">走进珲春</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府文件</a> &gt; <a href="#">市政府办文件</a></div>
<table class="meta">
<tr><td>索引号：</td><td>11222404013540201X/2026-00061</td><td>主题分类：</td><td>工业、交通\\信息产业（含电信）</td></tr>
<tr><td>发文机关：</td><td>珲春市人民政府办公室</td><td>成文日期：</td><td>2026年05月12日</td></tr>
<tr><td>标题：</td><td colspan="3">{title_notice}</td></tr>
<tr><td>发文字号：</td><td>{number}</td><td>发布日期：</td><td>2026年05月14日</td></tr>
</table>
<div class="article">
<h1 class="art-title">{title_notice}</h1>
<div class="art-info">发布时间：2026-05-14 09:30　来源：珲春市人民政府办公室　浏览次数：<span id="hits">1286</span>　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="art-con">
"""

PAGE_FOOT = """</div>
<div class="art-tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
</div>
<div class="footer">
<p>主办单位：珲春市人民政府办公室　承办单位：珲春市政务服务和数字化建设管理局</p>
<p>网站标识码：2224040001　吉ICP备05000000号-1　吉公网安备 22240402000000号</p>
</div>
</body>
</html>
"""


def write_html(module, target: Path):
    esc = html.escape
    notice_title = f"珲春市人民政府办公室关于印发{module.TITLE}的通知"
    out = [
        PAGE_HEAD.format(
            title=esc(module.TITLE), title_notice=esc(notice_title), number=esc(module.DOC_NUMBER)
        )
    ]
    out.append(f'<p style="text-align:center">{esc(module.DOC_NUMBER)}</p>\n')
    for kind, *payload in module.BLOCKS:
        if kind == "notice":
            out.append(f'<p style="text-indent:0">{esc(payload[0])}</p>\n')
        elif kind == "sign":
            out.append(f'<p style="text-align:right">{esc(payload[0])}</p>\n')
        elif kind == "title":
            out.append(
                f'<p style="text-align:center;font-size:22px"><strong>{esc(payload[0])}</strong></p>\n'
            )
        elif kind == "h1":
            out.append(f"<p><strong>{esc(payload[0])}</strong></p>\n")
        elif kind == "p":
            out.append(f"<p>{esc(payload[0])}</p>\n")
        elif kind == "task":
            numbering, head, rest = payload
            out.append(f"<p><strong>{esc(numbering + head)}</strong>{esc(rest)}</p>\n")
        elif kind == "box":
            title, lines = payload
            cells = "".join(f'<p style="text-indent:0">{esc(line)}</p>' for line in lines)
            out.append(
                f'<table class="zl" border="1" cellspacing="0" width="100%"><tr><td style="text-align:center"><strong>{esc(title)}</strong></td></tr><tr><td>{cells}</td></tr></table>\n'
            )
        else:
            raise ValueError(kind)
    out.append(PAGE_FOOT)
    target.write_text("".join(out), encoding="utf-8")


def main():
    for module in (SM, JZ, HC):
        write_extraction(module)
    if "--extractions-only" in sys.argv:
        return
    write_docx(SM, HERE / f"{SM.SLUG}.docx")
    write_pdf(JZ, HERE / f"{JZ.SLUG}.pdf")
    write_html(HC, HERE / f"{HC.SLUG}.html")


if __name__ == "__main__":
    main()

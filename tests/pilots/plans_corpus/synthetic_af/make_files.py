# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_af documents (SYNTHETIC_AF.md) — INVENTED 2026 "人工智能+" plans of
四川 / 云南 / 上海 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- panzhihua-ai-plus-measures-2026-synthetic.docx — a city's 若干措施 (python-docx): measures （一）–（十七）
  numbered on across five parts, subsidy articles beside commitments, an own-line "责任单位：…" after each
  under the rule "排在首位的为牵头单位，其他为责任单位" stated once in the preamble, 六、附则;
- dali-ai-plus-2026-synthetic.pdf — a prefecture's 实施方案 built as .docx and printed to PDF by
  LibreOffice: a 年度目标 list ①②③, task groups （一）–（五） of items 1. 2. … restarting per group with
  trailing annotations, one group's lead on its heading;
- minhang-ai-plus-2026-synthetic.html — a Shanghai district's plan as its portal page is saved: body
  tasks 1.–18. unannotated, an annex <table> 序号 | 任务 | 责任单位 | 时间节点 listing the lead first.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_af/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import html
import re
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

import doc_dali as DL  # noqa: E402
import doc_minhang as MH  # noqa: E402
import doc_panzhihua as PZ  # noqa: E402
from synthetic_model import extraction  # noqa: E402

FIXED = (2026, 12, 4, 0, 0, 0)

HEADERS = {
    PZ.SLUG: """# 攀枝花市加快推进“人工智能+”行动的若干措施 (攀枝花市人民政府办公室, 攀办发〔2026〕6号, 2026-03-12) — SYNTHETIC (synthetic_af):
# WRITTEN by the collector (helper baf, 2026-12-04) before reading the importer; no such document is claimed to exist (number, date,
# figures, programme names made up). Built by make_files.py from doc_panzhihua.py as a Word file (python-docx).
# Zone panzhihua-city (四川); period 2026–2027 (the measures are valid to 2027-12-31; the goals are 到2027年): every target due 2027.
# Outline: notice, title, preamble, a paragraph of 2025 figures (28亿元, 420P, 86家, 61%: baselines, no target), one "到2027年，" goal paragraph (→ goal titled 到2027年), the rule paragraph "各项措施所列责任单位中，
#   排在首位的为牵头单位，其他为责任单位。", then parts 一、–五、 (sections) of measures （一）–（十七） NUMBERED ON across the parts, each
#   "（N）标题。正文" in one paragraph (the title bold) and its annotation on the NEXT paragraph "责任单位：X、Y、Z" → the annotation belongs
#   to the measure and its text includes it; roles by the rule: the first name lead, the others responsible. 六、附则 (three unnumbered
#   closing paragraphs on overlap and validity) is no section and holds no task.
# Every measure is a task, the subsidy-only ones too ((二)(七)(十四)(十五)(十六): no target). Agencies: 市委组织部（市委人才办） one body printed with
#   two names; 各县（区）人民政府 one collective; 国网攀枝花供电公司 a state enterprise; 人行攀枝花市分行 the central bank's city branch.
# Targets: the goal paragraph's six figures; a measure holding commitments is also a goal titled like the measure (text without the
#   annotation). 每年… → per_year flow; 新建 → flow. Not targets: subsidy rates and caps (10%, 500万元, 30%, 50万元, 20万元 …), the 算力券
#   yearly total (不超过800万元), the fund's size (10亿元), the investment threshold (5000万元以上), the award of (十七) (最高20万元), 世界500强 / 中国500强, dates of 附则.
""",
    DL.SLUG: """# 大理白族自治州“人工智能+”行动实施方案（2026—2028年） (大理白族自治州人民政府办公室, 大政办发〔2026〕12号, 2026-04-08) — SYNTHETIC
# (synthetic_af): WRITTEN by the collector (helper baf, 2026-12-04) before reading the importer; no such document is claimed to exist.
# Built by make_files.py from doc_dali.py as a .docx printed to PDF by LibreOffice (footer "— N —").
# Zone dali-prefecture (云南; an autonomous prefecture → city level): period 2026–2028. Outline: notice, title, preamble, a paragraph of 2025 figures (165亿元, 8600个, 120P,
#   2000万人次: baselines, no target), 一、总体要求 (no figure), 二、主要目标 = one "到2028年，" paragraph (→ goal titled 到2028年, due 2028) and a "年度目标：" line over three lines ①②③
#   "①2026年：…" → goals numbered ①/② titled by their year (2026年, 2027年), their figures due that year; ③2028年 holds no figure (no goal).
#   三、重点任务 = six groups （一）–（六） (sub-sections) of items "1.标题。正文（annotation）" restarting at 1. in each group;
#   四、保障措施 （一）–（四） unannotated → safeguard tasks without roles.
# Roles as worded: （X牵头，Y、Z配合） → X lead, Y Z supporting; （X负责） → responsible; （X牵头，各县市人民政府负责） → lead + responsible.
#   Group （三）'s heading carries "（州文化和旅游局牵头）" and each of its items names only "…按职责分工负责" → each item takes the heading's
#   lead beside its own responsible bodies (SOURCES.md, 德清). 各县市人民政府 is one collective agency; 大理大学 a university (other).
# Targets: the goal paragraph's five figures, the 年度目标 lines' six; every item holding figures is also a goal titled like the item (text
#   without the annotation), due 2028 (undated). 每年 → per_year flow; 累计…家次 / 引进 → flow; 其中亿元以上项目 → parent; 年服务游客突破
#   1000万人次 → an annual figure: stock, gt 10000000 人次. Not targets: the yearly budget of 保障措施（二） (不少于3000万元), names with numbers.
""",
    MH.SLUG: """# 闵行区推进“人工智能+”行动实施方案（2026—2027年） (闵行区人民政府办公室, 闵府办发〔2026〕9号, 2026-02-06; published 2026-02-10) —
# SYNTHETIC (synthetic_af): WRITTEN by the collector (helper baf, 2026-12-04) before reading the importer; no such document is claimed
# to exist. Built by make_files.py from doc_minhang.py as the district portal's page saved by a browser (UTF-8 .html: header, nav,
# breadcrumb, a metadata <table>, the body in <p>, an annex <table>, footer).
# Zone minhang-district (上海; no parent written — 上海 is no zone of this file); period 2026–2027. Outline: notice, title, a paragraph of 2025 figures (980亿元, 210家, 2100P: baselines,
#   no target), 一、总体要求 (no figure), 二、发展目标 = a "到2027年，" paragraph (→ goal 到2027年, due 2027) and a "2026年，" paragraph (→ goal 2026年, due 2026);
#   三、重点任务 = groups （一）–（五） (sub-sections) of items 1.–18. NUMBERED ON, "N.标题。正文" with NO annotation; 四、保障措施 （一）–（四）
#   → safeguard tasks without roles (领导小组办公室 "设在区经委" is no annotation).
# Roles and dues stand ONLY in "附件：重点任务清单", a <table> 序号 | 任务 | 责任单位 | 时间节点 whose 任务 cell repeats the body item's title:
#   each body task takes its row's roles — by the note "（责任单位中排在首位的为牵头单位）" the first name lead, the others responsible — and
#   its due: "2026年12月底前" → 2026-12-31, "2027年6月底前" → 2027-06-30, "持续推进" → no due. The annex rows are not tasks of their own.
#   各街镇 one collective agency (闵行区各街镇); 上海交通大学 a university (other).
# Targets: the two goal paragraphs' nine figures; every body item holding figures is also a goal titled like the item, due 2027 unless its
#   row's 时间节点 is in 2026 (items 11, 14 → 2026). 每年 → per_year flow; 新增 / 引进培育 → flow. Not targets: the 子基金's size (20亿元),
#   the yearly budget of 保障措施（二） (不少于5亿元), the 索引号.
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
    """runs: a string, or [(text, bold)]."""
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


def new_document():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    core = doc.core_properties
    core.author = core.last_modified_by = ""
    core.title = core.subject = core.keywords = core.comments = ""
    core.revision = 1
    from datetime import datetime

    core.created = core.modified = datetime(*FIXED)
    return doc


def page_number_footer(doc):
    """A centred "— N —" footer with a PAGE field."""
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
        else:
            el = OxmlElement("w:instrText" if text.strip() == "PAGE" else "w:t")
            el.text = text
            if el.tag.endswith("instrText"):
                el.set(qn("xml:space"), "preserve")
        run._element.append(el)
    run_font(p.add_run(" —"), "宋体", 14)


def save_fixed(doc, path: Path):
    """Saved with every zip entry dated FIXED, so the file is the same byte for byte each run."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.docx"
        doc.save(raw)
        with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for item in src.infolist():
                info = zipfile.ZipInfo(item.filename, FIXED)
                info.compress_type = zipfile.ZIP_DEFLATED
                out.writestr(info, src.read(item.filename))


def heading_title(doc, text):
    para(doc, text, font="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)


def build_panzhihua(path: Path):
    doc = new_document()
    heading_title(doc, PZ.NOTICE_TITLE)
    para(doc, PZ.DOC_NUMBER, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "", indent=False)
    para(doc, PZ.NOTICE[0], indent=False)
    para(doc, PZ.NOTICE[1])
    for line in PZ.SIGNATURE:
        para(doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "", indent=False)
    heading_title(doc, PZ.TITLE)
    para(doc, "", indent=False)
    para(doc, PZ.PREAMBLE)
    para(doc, PZ.BASE)
    para(doc, PZ.GOAL_TEXT)
    para(doc, PZ.RULE)
    for part_no, part_title, measures in PZ.PARTS:
        para(doc, f"{part_no}{part_title}", font="黑体")
        for no, title, rest, names, _targets in measures:
            para(doc, [(f"{no}{title}。", True), (rest, False)])
            para(doc, PZ.annotation(names))
    para(doc, PZ.CLOSING_TITLE, font="黑体")
    for line in PZ.CLOSING:
        para(doc, line)
    page_number_footer(doc)
    save_fixed(doc, path)


def build_dali_docx(path: Path):
    doc = new_document()
    heading_title(doc, DL.NOTICE_TITLE)
    para(doc, DL.DOC_NUMBER, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "", indent=False)
    para(doc, DL.NOTICE[0], indent=False)
    para(doc, DL.NOTICE[1])
    for line in DL.SIGNATURE:
        para(doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "", indent=False)
    heading_title(doc, DL.TITLE)
    para(doc, "", indent=False)
    para(doc, DL.PREAMBLE)
    para(doc, DL.BASE)
    no, title, text = DL.GENERAL
    para(doc, f"{no}{title}", font="黑体")
    para(doc, text)
    para(doc, "".join(DL.OBJ_HEADING), font="黑体")
    para(doc, DL.GOAL_TEXT)
    para(doc, DL.YEAR_HEADING)
    for marker, year, rest, _targets in DL.YEARS:
        para(doc, f"{marker}{year}：{rest}")
    para(doc, "".join(DL.TASKS_HEADING), font="黑体")
    for gno, gtitle, gnote, items in DL.GROUPS:
        heading = f"{gno}{gtitle}" + (f"（{gnote}）" if gnote else "")
        para(doc, heading, font="楷体_GB2312")
        for ino, title, rest, note, *_ in items:
            para(doc, DL.annotated(f"{ino}{title}。{rest}", note))
    sno, stitle, items = DL.SAFEGUARDS
    para(doc, f"{sno}{stitle}", font="黑体")
    for ino, title, rest in items:
        para(doc, [(f"{ino}{title}。", False), (rest, False)])
    page_number_footer(doc)
    save_fixed(doc, path)


def build_dali(path: Path):
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{DL.SLUG}.docx"
        build_dali_docx(source)
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
        )
        pdf = (Path(tmp) / f"{DL.SLUG}.pdf").read_bytes()
    # Fixed dates and document id (same lengths, so the cross-reference offsets stay right).
    pdf = re.sub(rb"D:\d{14}[+-]\d{2}'\d{2}'", b"D:20260408090000+08'00'", pdf)
    pdf = re.sub(rb"D:\d{14}Z", b"D:20260408090000Z", pdf)
    pdf = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", pdf)
    pdf = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, pdf)
    path.write_bytes(pdf)


# ---------------------------------------------------------------- HTML

PAGE_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}_政策文件_上海市闵行区人民政府</title>
<link rel="stylesheet" href="./闵行区人民政府_files/common.css">
<script src="./闵行区人民政府_files/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>上海市闵行区人民政府</span> <a href="#">无障碍浏览</a> <a href="#">English</a> <a href="#">登录</a></div></div>
<div class="header"><div class="w1200"><img src="./闵行区人民政府_files/logo.png" alt="上海闵行"><form class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div></div>
<div class="nav"><ul><li><a href="#">首页</a></li><li><a href="#">走进闵行</a></li><li class="on"><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">专题专栏</a></li></ul></div>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">区政府办公室文件</a></div>
"""

PAGE_FOOT = """<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关解读</h3><ul><li><a href="#">图解：闵行区推进“人工智能+”行动实施方案（2026—2027年）</a></li></ul></div>
</div>
<div class="footer"><div class="w1200"><p>主办：上海市闵行区人民政府办公室　　承办：上海市闵行区大数据中心</p><p>沪ICP备05004636号-1　　沪公网安备31011202000123号</p><p>网站标识码：3101120001</p></div></div>
<script>var _hmt = _hmt || [];</script>
</body>
</html>
"""


def p(text, cls=None, indent=True):
    style = ' style="text-indent: 2em;"' if indent else ""
    klass = f' class="{cls}"' if cls else ""
    return f"<p{klass}{style}>{html.escape(text, quote=False)}</p>\n"


def build_minhang(path: Path):
    out = [PAGE_HEAD.format(title=html.escape(MH.TITLE, quote=False))]
    out.append('<table class="xxgk-info">\n')
    for i in range(0, len(MH.META), 2):
        cells = "".join(
            f"<th>{k}</th><td>{html.escape(v, quote=False)}</td>" for k, v in MH.META[i : i + 2]
        )
        out.append(f"<tr>{cells}</tr>\n")
    out.append("</table>\n")
    out.append(f'<h1 class="article-title">{html.escape(MH.NOTICE_TITLE, quote=False)}</h1>\n')
    out.append(
        '<div class="article-info">来源：闵行区人民政府办公室　　发布时间：2026-02-10　　浏览次数：<span id="hits">1846</span></div>\n'
    )
    out.append('<div class="article-content" id="zoom">\n')
    out.append(p(MH.NOTICE[0], indent=False))
    out.append(p(MH.NOTICE[1]))
    for line in MH.SIGNATURE:
        out.append(f'<p style="text-align: right;">{line}</p>\n')
    out.append(
        f'<p style="text-align: center;"><strong>{html.escape(MH.TITLE, quote=False)}</strong></p>\n'
    )
    out.append(p(MH.BASE))
    no, title, text = MH.GENERAL
    out.append(p(f"{no}{title}", "h-one"))
    out.append(p(text))
    out.append(p("".join(MH.OBJ), "h-one"))
    out.append(p(MH.GOAL_2027))
    out.append(p(MH.GOAL_2026))
    out.append(p("".join(MH.TASKS_HEADING), "h-one"))
    for gno, gtitle, items in MH.GROUPS:
        out.append(
            f'<p style="text-indent: 2em;"><strong>{gno}{html.escape(gtitle, quote=False)}</strong></p>\n'
        )
        for ino, title, rest, *_ in items:
            out.append(p(f"{ino}{title}。{rest}"))
    sno, stitle, items = MH.SAFEGUARDS
    out.append(p(f"{sno}{stitle}", "h-one"))
    for ino, title, rest in items:
        out.append(p(f"{ino}{title}。{rest}"))
    out.append(p(MH.ANNEX_TITLE, indent=False))
    out.append(
        f'<p style="text-align: center;"><strong>{html.escape(MH.TITLE, quote=False)}重点任务清单</strong></p>\n'
    )
    out.append(p(MH.ANNEX_NOTE, indent=False))
    out.append(
        '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse; width: 100%;">\n<tbody>\n'
    )
    out.append(
        "<tr>"
        + "".join(
            f'<td style="text-align: center;"><strong>{h}</strong></td>' for h in MH.ANNEX_HEADER
        )
        + "</tr>\n"
    )
    for row in MH.annex_rows():
        out.append(
            "<tr>" + "".join(f"<td>{html.escape(c, quote=False)}</td>" for c in row) + "</tr>\n"
        )
    out.append("</tbody>\n</table>\n</div>\n")
    out.append(PAGE_FOOT)
    path.write_text("".join(out), encoding="utf-8")


def main():
    for module in (PZ, DL, MH):
        write_extraction(module)
    if "--extractions-only" in sys.argv:
        return
    build_panzhihua(HERE / f"{PZ.SLUG}.docx")
    build_minhang(HERE / f"{MH.SLUG}.html")
    if shutil.which("soffice"):
        build_dali(HERE / f"{DL.SLUG}.pdf")
    else:
        print("soffice not found: the PDF was not rebuilt", file=sys.stderr)


if __name__ == "__main__":
    main()

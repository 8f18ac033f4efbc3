# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_v documents (SYNTHETIC_V.md) — 2026 "人工智能+" plans as a tester downloads
them — and their expected extractions (.yaml beside each):

- zunyi-ai-plus-2026-synthetic.pdf — 遵义市政府办公室's 公文 (red head, 文号, the plan as 附件, 版记),
  a .docx built here and printed to PDF by LibreOffice, page numbers "— N —" in the footer;
- taizhou-ai-plus-2026-synthetic.docx — 台州市's plan as a Word file whose 一、/（一）/1. are Word's
  automatic list numbering (numbering.xml), on Heading 1 / Heading 2 styles;
- xinjiang-ai-plus-2026-synthetic.html — 新疆's 实施方案 as the regional portal serves the notice.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_v/make_files.py
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
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_taizhou as TZ  # noqa: E402
import doc_xinjiang as XJ  # noqa: E402
import doc_zunyi as ZY  # noqa: E402

E = html.escape


# ---------------------------------------------------------------- extractions


class Counter:
    def __init__(self):
        self.goal = 0
        self.target = 0

    def g(self):
        self.goal += 1
        return f"G{self.goal}"

    def t(self):
        self.target += 1
        return f"T{self.target}"


def targets_of(specs, n):
    """spec: (metric, unit, comparator, value, value_max, deadline, phrase, kind, per_year, part_of_previous)."""
    out, last = [], None
    for (
        metric,
        unit,
        comparator,
        value,
        value_max,
        deadline,
        phrase,
        kind,
        per_year,
        child,
    ) in specs:
        code = n.t()
        t = {"code": code, "metric": metric, "unit": unit, "comparator": comparator, "value": value}
        if value_max is not None:
            t["value_max"] = value_max
        t["deadline"] = deadline
        if per_year:
            t["per_year"] = True
        t["aggregation"] = "flow" if per_year else "stock"
        if kind:
            t["kind"] = kind
        if child:
            t["parent"] = last
        t["source_phrase"] = phrase
        out.append(t)
        if not child:
            last = code
    return out


def task_text(title, body, note):
    return f"{title}。{body}{note}"


def with_roles(task, roles):
    for role in ("lead", "supporting", "responsible"):
        if roles.get(role):
            task[role] = list(roles[role])
    return task


def extraction(doc, source_file, tasks_part, safeguard_part, tasks_title):
    n = Counter()
    codes = {c for c, *_ in doc.AGENCIES}
    goals = [
        {"code": n.g(), "title": title, "text": text, "targets": targets_of(specs, n)}
        for title, text, specs in doc.GOALS
    ]
    chapters = []
    for cnum, ctitle, items in doc.CHAPTERS:
        ccode = f"{tasks_part}.{cnum.strip('（）').join('()')}"
        tasks = []
        for num, title, body, note, roles, specs in items:
            assert {c for names in roles.values() for c in names} <= codes, roles
            text = task_text(title, body, note)
            tasks.append(
                with_roles(
                    {
                        "code": f"{ccode}.{num.rstrip('.')}",
                        "numbering": num,
                        "title": title,
                        "text": text,
                    },
                    roles,
                )
            )
            if specs:
                goals.append(
                    {
                        "code": n.g(),
                        "numbering": num,
                        "title": title,
                        "text": text,
                        "targets": targets_of(specs, n),
                    }
                )
        chapters.append(
            {"code": ccode, "numbering": cnum, "title": ctitle, "kind": "key_task", "tasks": tasks}
        )
    safeguards = []
    for i, (num, title, body, note, roles) in enumerate(doc.SAFEGUARDS, 1):
        assert {c for names in roles.values() for c in names} <= codes, roles
        safeguards.append(
            with_roles(
                {
                    "code": f"{safeguard_part}.{i}",
                    "numbering": num,
                    "title": title,
                    "text": task_text(title, body, note),
                },
                roles,
            )
        )
    plan = dict(doc.PLAN)
    plan["source_file"] = source_file
    used = {
        c
        for t in walk_tasks(chapters) + safeguards
        for r in ("lead", "supporting", "responsible")
        for c in t.get(r, [])
    }
    assert used == codes, codes ^ used
    return {
        "format": 1,
        "zone": dict(doc.ZONE),
        "plan": plan,
        "agencies": [
            {"code": c, "name": nm, "aliases": a, "category": k} for c, nm, a, k in doc.AGENCIES
        ],
        "goals": goals,
        "sections": [
            {
                "code": tasks_part,
                "numbering": f"{tasks_part}、",
                "title": tasks_title,
                "kind": "key_task",
                "sections": chapters,
            },
            {
                "code": safeguard_part,
                "numbering": f"{safeguard_part}、",
                "title": "保障措施",
                "kind": "safeguard",
                "tasks": safeguards,
            },
        ],
    }


def walk_tasks(chapters):
    return [t for c in chapters for t in c["tasks"]]


def write_yaml(path, header, data):
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10000)
    path.write_text(header + body, encoding="utf-8")


HEADERS = {
    ZY.CODE: """# 遵义市“人工智能+”行动方案（2026—2028年） (遵义市人民政府办公室, 遵府办发〔2026〕7号, 2026-02-10) — SYNTHETIC (synthetic_v):
# WRITTEN by the collector (helper bV, 2026-12-03) as the genre proper; not copied from any page, no such document is claimed to
# exist (number, date, figures made up). Built by make_files.py: a 公文 .docx (red head 遵义市人民政府办公室文件, 文号, red rule, the
# notice, signature, 附件 = the plan, 版记 抄送/印发) printed to PDF by LibreOffice, footer "— N —".
# Outline: 一、总体要求 (（一）指导思想, （二）基本原则 four "——" paragraphs: no tasks, （三）主要目标: two dated goal paragraphs →
#   goals 到2028年 and 到2026年底); 二、重点任务 four （N） chapters of items 1.–16. numbered continuously, each "N.标题。正文（牵头单位：X；责任单位：Y、Z）" in one paragraph; 三、保障措施
#   （一）–（五） "（一）标题。正文（annotation）", three of them annotated. The 抄送 line names bodies that are given no task.
# Roles: 牵头单位 → lead (two leads in item 3), 责任单位 → responsible; "各县（市、区）人民政府" and "仁怀市人民政府" after a comma in
#   the 责任单位 list are responsible agencies (collective / county-level government); "市直有关部门" is generic, no agency.
# Targets: 达到…以上 gte, 不少于 gte, 突破 gt, 左右 approx, 达到/bare eq; "其中规模以上企业不少于50家" is part of T4; 10万亩 → 100000 亩,
#   10万台 → 100000 台, 3万人次 → 30000 人次 (万 expanded into the unit's count); 每年… per_year flow; items holding figures are goals titled like the
#   item; their deadline is the plan's end, 2028 (the 到2026年底 goal's targets 2026).
""",
    TZ.CODE: """# 台州市“人工智能+”行动计划（2026—2028年） (台州市人民政府办公室, 台政办发〔2026〕11号, 2026-03-06) — SYNTHETIC (synthetic_v):
# WRITTEN by the collector (helper bV, 2026-12-03) as the genre proper; not copied from any page, no such document is claimed to
# exist (number, date, figures made up). Built by make_files.py as a Word .docx: the notice, then the plan, whose part, chapter and
# item labels 一、/（一）/1. are Word AUTOMATIC list numbering (one multilevel list in numbering.xml: chineseCounting "%1、",
# chineseCounting "（%2）", decimal "%3."), not text: the paragraphs' text starts with the title. Parts are Heading 1, chapters
# Heading 2, items and safeguards Normal paragraphs with w:numPr. The numbering fields below are what Word displays.
# Outline: 一、总体要求 = （一）指导思想, （二）基本原则 (four numbered principles 1.–4. "坚持…。…": no tasks), （三）主要目标 (one dated
#   paragraph → goal 到2028年; a qualitative 到2030年 paragraph: no goal); 二、重点任务 five （N） chapters (Heading 2), items restarting at 1. in each, "标题。正文（X牵头，Y、Z配合）";
#   三、保障措施 （一）–（五） (level-2 list paragraphs, title bold-less 楷体 run + text), three annotated.
# Roles: X牵头 → lead (two leads "X、Y牵头"; "X、Y按职责牵头" two leads), Y、Z配合 → supporting; an annotation holding a bracketed name
#   (各县（市、区）政府) is written in 〔〕, same roles. "市经信局会同市数据局等部门统筹推进" (safeguard 一) assigns nothing.
# Targets: 突破 gt, 以上 gte, 力争 changes nothing (力争达到 eq), 左右 approx, 1—2个 range, bare eq; 年均增长15%以上 a rate target
#   (gte 15 %); 每年… per_year flow; 累计新增 stock; 1万人次 → 10000 人次; items holding figures are goals titled like the item,
#   deadline 2028.
""",
    XJ.CODE: """# 新疆维吾尔自治区“人工智能+”行动实施方案 (新疆维吾尔自治区人民政府办公厅, 新政办发〔2026〕9号, 2026-01-28) — SYNTHETIC
# (synthetic_v): WRITTEN by the collector (helper bV, 2026-12-03) as the genre proper; not copied from any page, no such document is
# claimed to exist (number, dates, 索引号, figures, some bodies' exact names made up). Built by make_files.py as the regional portal's
# .html page (nav, breadcrumbs, metadata table, h1, 字号 line, notice, signature, the plan, print/close links, footer). Zone level
# municipality (the provincial level, as SOURCES.md says).
# Outline: 一、总体要求 (（一）工作思路, （二）基本原则 one paragraph, （三）主要目标: "到2027年，…" → goal 到2027年; a qualitative
#   到2030年 sentence in the same paragraph: no goal); 二、重点任务 six （N） chapters of items 1.–18. numbered continuously, "<strong>N.标题。</strong>正文（annotation）"; 三、保障措施
#   （一）–（五）, two annotated.
# Roles: the first annotation states the rule once: "（A、B、C、D，各地（州、市）人民政府（行署）按职责分工负责。第一个单位为牵头单位，
#   下同）" → in every annotation the FIRST name leads, the others are responsible (按职责分工负责 → responsible), also in the
#   safeguards. Departments are named "自治区X" first and bare after (工业和信息化厅, 数据局, 财政厅…), and bare first in safeguard
#   （二）; 新疆通信管理局 and 新疆生产建设兵团 as printed; 各地（州、市）人民政府（行署） one collective agency. "自治区发展改革委负责
#   日常工作" (safeguard 一) assigns nothing.
# Targets: Chinese numerals read as numbers (一百个以上 100 gte, 二十个左右 20 approx, 三百亿元 300 亿元, 五十个 50, 四十家左右 40 approx,
#   一百所 100); 2万PFlops → 20000, 1.5万个 → 15000, 10万人次 → 100000, 二百万人次 → 2000000 (万 expanded); 超过/突破 gt, 以上 gte, 左右 approx, 力争
#   changes nothing, 累计 stock, "其中高新技术企业150家以上" part of T5, 3—5个 range; 每年… per_year flow; items holding figures are
#   goals titled like the item, deadline 2027.
""",
}


def write_extractions():
    for doc, suffix, tasks_part, safeguard_part, tasks_title in (
        (ZY, ".pdf", "二", "三", "重点任务"),
        (TZ, ".docx", "二", "三", "重点任务"),
        (XJ, ".html", "二", "三", "重点任务"),
    ):
        data = extraction(doc, doc.CODE + suffix, tasks_part, safeguard_part, tasks_title)
        write_yaml(HERE / f"{doc.CODE}.yaml", HEADERS[doc.CODE], data)


# ---------------------------------------------------------------- Word helpers


def fonts(run, east_asia, size=None, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east_asia)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def para(
    doc,
    text="",
    font="仿宋_GB2312",
    size=16,
    bold=False,
    align=None,
    indent=True,
    color=None,
    style=None,
):
    p = doc.add_paragraph(style=style)
    fmt = p.paragraph_format
    fmt.line_spacing = Pt(28)
    fmt.space_after = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        fonts(p.add_run(text), font, size, bold, color)
    return p


def border(p, side, color="FF0000", size=18):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_footer(doc):
    for section in doc.sections:
        p = section.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fonts(p.add_run("— "), "宋体", 14)
        run = p.add_run()
        fonts(run, "宋体", 14)
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
            elif text == " PAGE ":
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = text
            else:
                el = OxmlElement("w:t")
                el.text = text
            run._element.append(el)
        fonts(p.add_run(" —"), "宋体", 14)


def a4(doc):
    for s in doc.sections:
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
        s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)


# ---------------------------------------------------------------- 遵义: 公文 PDF


def zunyi_docx(path):
    doc, n = Document(), ZY.NOTICE
    a4(doc)
    C = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, n["head"], "方正小标宋简体", 34, align=C, indent=False, color="FF0000")
    para(doc)
    p = para(doc, n["number"], align=C, indent=False)
    border(p, "bottom")
    para(doc)
    para(doc, n["title"], "方正小标宋简体", 22, align=C, indent=False)
    para(doc)
    para(doc, n["addressees"], indent=False)
    for text in n["paras"]:
        para(doc, text)
    para(doc)
    para(doc, n["signature"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, n["date"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, n["public"])
    p = para(doc)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", "黑体", 16, indent=False)
    para(doc)
    para(doc, ZY.PLAN["title"], "方正小标宋简体", 22, align=C, indent=False)
    para(doc)
    para(doc, ZY.PREAMBLE)
    para(doc, "一、总体要求", "黑体")
    para(doc, "（一）指导思想", "楷体_GB2312")
    para(doc, ZY.GUIDING)
    para(doc, "（二）基本原则", "楷体_GB2312")
    for text in ZY.PRINCIPLES:
        para(doc, text)
    para(doc, "（三）主要目标", "楷体_GB2312")
    para(doc, ZY.GOAL_2028)
    para(doc, ZY.GOAL_2026)
    para(doc, "二、重点任务", "黑体")
    for cnum, ctitle, items in ZY.CHAPTERS:
        para(doc, f"{cnum}{ctitle}", "楷体_GB2312")
        for num, title, body, note, _, _ in items:
            p = para(doc)
            fonts(p.add_run(f"{num}{title}。"), "仿宋_GB2312", 16, bold=True)
            fonts(p.add_run(body + note), "仿宋_GB2312", 16)
    para(doc, "三、保障措施", "黑体")
    for num, title, body, note, _ in ZY.SAFEGUARDS:
        p = para(doc)
        fonts(p.add_run(f"{num}{title}。"), "楷体_GB2312", 16)
        fonts(p.add_run(body + note), "仿宋_GB2312", 16)
    p = para(doc)
    p.add_run().add_break(WD_BREAK.PAGE)
    p = para(doc, n["cc"], size=14, indent=False)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, n["printed"], size=14, indent=False)
    border(p, "bottom", "000000", 8)
    page_footer(doc)
    doc.core_properties.author = "市政府办公室"
    doc.save(path)


def to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(docx_path),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(tmp) / (Path(docx_path).stem + ".pdf"), pdf_path)


# ---------------------------------------------------------------- 台州: Word automatic numbering

ABSTRACT = 20
NUM = 20


def numbering_define(doc):
    numbering = doc.part.numbering_part.element
    levels = [
        ("chineseCounting", "%1、", 0),
        ("chineseCounting", "（%2）", 0),
        ("decimal", "%3.", 0),
    ]
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="nothing"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl>'
        for i, (fmt, text, _) in enumerate(levels)
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT}"><w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
    )
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{NUM}"><w:abstractNumId w:val="{ABSTRACT}"/></w:num>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)


def numbered(p, level):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{NUM}"/></w:numPr>'
    )
    style = ppr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def taizhou_docx(path):
    doc, n = Document(), TZ.NOTICE
    a4(doc)
    numbering_define(doc)
    for name, font in (("Heading 1", "黑体"), ("Heading 2", "楷体_GB2312")):
        st = doc.styles[name]
        st.font.size = Pt(16)
        st.font.bold = False
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.element.get_or_add_rPr()
        rfonts = st.element.rPr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            st.element.rPr.insert(0, rfonts)
        for attr in ("w:eastAsia", "w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "w:cstheme"):
            if rfonts.get(qn(attr)) is not None:
                del rfonts.attrib[qn(attr)]
        rfonts.set(qn("w:eastAsia"), font)
    C = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, n["title"], "方正小标宋简体", 22, align=C, indent=False)
    para(doc, n["number"], align=C, indent=False)
    para(doc, n["addressees"], indent=False)
    for text in n["paras"]:
        para(doc, text)
    para(doc, n["signature"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, n["date"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, n["public"])
    p = para(doc)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, TZ.PLAN["title"], "方正小标宋简体", 22, align=C, indent=False)
    para(doc, TZ.PREAMBLE)

    def heading(text, level):
        p = doc.add_paragraph(style=f"Heading {level + 1}")
        p.paragraph_format.first_line_indent = Pt(32)
        fonts(p.add_run(text), "黑体" if level == 0 else "楷体_GB2312", 16)
        numbered(p, level)
        return p

    heading(TZ.GUIDING_HEAD, 0)
    heading("指导思想", 1)
    para(doc, TZ.GUIDING)
    heading(TZ.PRINCIPLES_HEAD, 1)
    for text in TZ.PRINCIPLES:
        p = para(doc)
        numbered(p, 2)
        label, rest = text.split("。", 1)
        fonts(p.add_run(label + "。"), "仿宋_GB2312", 16, bold=True)
        fonts(p.add_run(rest), "仿宋_GB2312", 16)
    heading(TZ.GOAL_HEAD, 1)
    para(doc, TZ.GOAL_2028)
    para(doc, TZ.GOAL_2030)
    heading(TZ.TASKS_HEAD, 0)
    for _, ctitle, items in TZ.CHAPTERS:
        heading(ctitle, 1)
        for _, title, body, note, _, _ in items:
            p = para(doc)
            numbered(p, 2)
            fonts(p.add_run(f"{title}。"), "仿宋_GB2312", 16, bold=True)
            fonts(p.add_run(body + note), "仿宋_GB2312", 16)
    heading(TZ.SAFEGUARD_HEAD, 0)
    for _, title, body, note, _ in TZ.SAFEGUARDS:
        p = para(doc)
        numbered(p, 1)
        fonts(p.add_run(f"{title}。"), "楷体_GB2312", 16)
        fonts(p.add_run(body + note), "仿宋_GB2312", 16)
    page_footer(doc)
    doc.core_properties.author = "台州市人民政府办公室"
    doc.core_properties.title = TZ.PLAN["title"]
    doc.save(path)


# ---------------------------------------------------------------- 新疆: portal page


def xinjiang_html(path):
    n, pg = XJ.NOTICE, XJ.PAGE
    P = '<p style="text-indent:2em;">{}</p>'
    body = [P.format(E(XJ.PREAMBLE))]
    body.append(P.format("<strong>一、总体要求</strong>"))
    body.append(P.format("<strong>（一）工作思路。</strong>" + E(XJ.GUIDING)))
    body.append(P.format("<strong>（二）基本原则。</strong>" + E(XJ.PRINCIPLES)))
    body.append(P.format("<strong>（三）主要目标。</strong>" + E(XJ.GOAL_2027) + E(XJ.GOAL_2030)))
    body.append(P.format("<strong>二、重点任务</strong>"))
    for cnum, ctitle, items in XJ.CHAPTERS:
        body.append(P.format(f"<strong>{E(cnum + ctitle)}</strong>"))
        for num, title, bd, note, _, _ in items:
            body.append(P.format(f"<strong>{E(num + title)}。</strong>{E(bd + note)}"))
    body.append(P.format("<strong>三、保障措施</strong>"))
    for num, title, bd, note, _ in XJ.SAFEGUARDS:
        body.append(P.format(f"<strong>{E(num + title)}。</strong>{E(bd + note)}"))
    plan = "\n".join(body)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="{E(n["title"])}">
<meta name="PubDate" content="2026-02-05 10:30">
<meta name="ContentSource" content="自治区人民政府办公厅">
<title>{E(n["title"])}_政策文件_{E(pg["site"])}</title>
<style>body{{font-family:"Microsoft YaHei";}} .bt{{text-align:center;font-size:22px;}} .xxgk td{{border:1px solid #ddd;padding:4px;}}</style>
</head>
<body>
<div class="top"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">维吾尔文</a> | <a href="#">English</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">要闻动态</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">走进新疆</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">自治区政府办公厅文件</a></div>
<table class="xxgk">
<tr><td>索引号：</td><td>{pg["index_number"]}</td><td>发文机关：</td><td>{E(XJ.PLAN["issuer"])}</td></tr>
<tr><td>主题分类：</td><td>{E(pg["topic"])}</td><td>成文日期：</td><td>{pg["written"]}</td></tr>
<tr><td>标　　题：</td><td colspan="3">{E(n["title"])}</td></tr>
<tr><td>发文字号：</td><td>{E(n["number"])}</td><td>发布日期：</td><td>{pg["published"]}</td></tr>
</table>
<h1 class="bt">{E(n["title"])}</h1>
<div class="info">来源：自治区人民政府办公厅　发布时间：2026-02-05 10:30　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="article" id="zoom">
<p style="text-align:center;">{E(n["number"])}</p>
<p>{E(n["addressees"])}</p>
{"".join(P.format(E(t)) for t in n["paras"])}
<p style="text-align:right;">{E(n["signature"])}</p>
<p style="text-align:right;">{E(n["date"])}</p>
{P.format(E(n["public"]))}
<p style="text-align:center;"><strong>{E(XJ.PLAN["title"])}</strong></p>
{plan}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="#">国务院关于深入实施“人工智能+”行动的意见</a></li>
<li><a href="#">图解：新疆维吾尔自治区“人工智能+”行动实施方案</a></li>
<li><a href="#">自治区数字经济发展领导小组办公室解读“人工智能+”行动实施方案</a></li>
</ul></div>
<div class="footer">主办单位：新疆维吾尔自治区人民政府办公厅　承办单位：新疆维吾尔自治区人民政府办公厅信息公开办公室<br>
网站标识码：6500000058　新ICP备05000001号　新公网安备 65010202000001号</div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


def main():
    write_extractions()
    if "--extractions-only" in sys.argv:
        return
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / f"{ZY.CODE}.docx"
        zunyi_docx(docx_path)
        to_pdf(docx_path, HERE / f"{ZY.CODE}.pdf")
    taizhou_docx(HERE / f"{TZ.CODE}.docx")
    xinjiang_html(HERE / f"{XJ.CODE}.html")


if __name__ == "__main__":
    main()

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_s documents (SYNTHETIC_S.md) — successors of the seed pilot zones' plans and
their province's, as a tester would upload them — and their expected extractions (.yaml beside each):

- qijiang-ai-plus-2026-synthetic.docx — 綦江区's 行动方案, a Word file (python-docx) whose body names no
  agency and whose annex 重点任务分工表 gives each body task its 牵头单位, 配合单位 and 完成时限;
- changchun-ai-plus-opinions-2026-synthetic.pdf — 长春市's 实施意见, a .docx built here and printed to PDF
  by LibreOffice (one conversion at a time), page numbers "— N —" in the footer;
- jilin-ai-plus-2026-synthetic.html — 吉林省's 行动计划 as the provincial portal serves the notice.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_s/make_files.py
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
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_changchun as CC  # noqa: E402
import doc_jilin as JL  # noqa: E402
import doc_qijiang as QJ  # noqa: E402

E = html.escape


# ---------------------------------------------------------------- extractions


def target(code, spec, deadline, parent=None):
    metric, unit, comparator, value, value_max, kind, phrase, *rest = spec
    per_year = bool(rest and rest[0])
    out = {"code": code, "metric": metric, "unit": unit, "comparator": comparator, "value": value}
    if value_max is not None:
        out["value_max"] = value_max
    out["deadline"] = deadline
    if per_year:
        out["per_year"] = True
    out["aggregation"] = "flow" if per_year else "stock"
    if kind:
        out["kind"] = kind
    if parent:
        out["parent"] = parent
    out["source_phrase"] = phrase
    return out


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


def targets_of(specs, n, deadline):
    out, last = [], None
    for spec in specs:
        code = n.t()
        parent = last if spec[6].startswith("其中") else None
        out.append(target(code, spec, deadline, parent))
        last = code
    return out


def roles(task, given):
    for role in ("lead", "supporting", "responsible"):
        if given.get(role):
            task[role] = list(given[role])
    return task


def agencies(doc):
    return [{"code": c, "name": n, "aliases": a, "category": k} for c, n, a, k in doc.AGENCIES]


def head(doc, source_file):
    plan = dict(doc.PLAN)
    plan["source_file"] = source_file
    zone = dict(doc.ZONE)
    return {"format": 1, "zone": zone, "plan": plan, "agencies": agencies(doc)}


def write_yaml(path, header, data):
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10000)
    path.write_text(header + body, encoding="utf-8")


def qijiang_extraction():
    n, doc = Counter(), QJ
    alias = {a: c for c, _, aliases, _ in doc.AGENCIES for a in aliases}
    goals = [
        {
            "code": n.g(),
            "title": label,
            "text": f"{label}。{rest}",
            "targets": targets_of(specs, n, 2028),
        }
        for label, rest, specs in doc.GOALS
    ]
    sections, row = [], 0
    for cnum, ctitle, items in doc.CHAPTERS:
        tasks = []
        for num, title, body, specs in items:
            lead, support, _, due = doc.ANNEX[row]
            row += 1
            code = f"三.{cnum.strip('（）').join('()')}.{num.rstrip('.')}"
            task = {"code": code, "numbering": num, "title": title, "text": f"{title}。{body}"}
            if due:
                task["due"] = due
            task = roles(
                task,
                {
                    "lead": [alias[x] for x in lead.split("、")],
                    "supporting": [alias[x] for x in split_names(support)],
                },
            )
            tasks.append(task)
            if specs:
                goals.append(
                    {
                        "code": n.g(),
                        "numbering": num,
                        "title": title,
                        "text": task["text"],
                        "targets": targets_of(specs, n, 2028),
                    }
                )
        sections.append(
            {
                "code": f"三.{cnum.strip('（）').join('()')}",
                "numbering": cnum,
                "title": ctitle,
                "kind": "key_task",
                "tasks": tasks,
            }
        )
    data = head(doc, f"{doc.CODE}.docx")
    data["goals"] = goals
    data["sections"] = [
        {
            "code": "三",
            "numbering": "三、",
            "title": "重点任务",
            "kind": "key_task",
            "sections": sections,
        },
        {
            "code": "四",
            "numbering": "四、",
            "title": "保障措施",
            "kind": "safeguard",
            "tasks": [
                {"code": f"四.{i}", "numbering": num, "title": title, "text": text}
                for i, (num, title, text) in enumerate(doc.SAFEGUARDS, 1)
            ],
        },
    ]
    return data


def split_names(text):
    """The annex's 配合单位 cell: names joined by 、 (the collective 各街道、镇 is one name)."""
    text = text.replace("各街道、镇", "各街道\0镇")
    return [name.replace("\0", "、") for name in text.split("、")]


def changchun_extraction():
    n, doc = Counter(), CC
    g1 = {"code": n.g(), "title": "到2028年", "text": doc.GOALS_LEAD, "targets": []}
    for _, specs in doc.GOAL_ITEMS:
        g1["targets"] += targets_of(specs, n, 2028)
    goals = [g1]
    chapters = []
    for cnum, ctitle, items in doc.CHAPTERS:
        code = f"四.{cnum.strip('（）').join('()')}"
        tasks = []
        for num, title, para, given, specs in items:
            if num is None:
                title = ctitle.rstrip("。")
                task = {"code": f"{code}.1", "title": title, "text": para}
            else:
                task = {
                    "code": f"{code}.{num.rstrip('.')}",
                    "numbering": num,
                    "title": title,
                    "text": para,
                }
            tasks.append(roles(task, given))
            if specs:
                goals.append(
                    {
                        "code": n.g(),
                        "numbering": num,
                        "title": title,
                        "text": para,
                        "targets": targets_of(specs, n, 2028),
                    }
                )
        chapters.append(
            {
                "code": code,
                "numbering": cnum,
                "title": ctitle.rstrip("。"),
                "kind": "key_task",
                "tasks": tasks,
            }
        )
    data = head(doc, f"{doc.CODE}.pdf")
    data["goals"] = goals
    data["sections"] = [
        {
            "code": "四",
            "numbering": "四、",
            "title": "主要内容",
            "kind": "key_task",
            "sections": chapters,
        },
        {
            "code": "五",
            "numbering": "五、",
            "title": "保障措施",
            "kind": "safeguard",
            "tasks": [
                roles(
                    {
                        "code": f"五.{i}",
                        "numbering": num,
                        "title": title.rstrip("。"),
                        "text": title + text,
                    },
                    given,
                )
                for i, (num, title, text, given) in enumerate(doc.SAFEGUARDS, 1)
            ],
        },
    ]
    return data


def jilin_extraction():
    n, doc = Counter(), JL
    goals = [
        {
            "code": n.g(),
            "title": "到2028年",
            "text": doc.GOAL_TEXT,
            "targets": targets_of(doc.GOAL_TARGETS, n, 2028),
        }
    ]
    chapters = []
    for cnum, ctitle, items in doc.CHAPTERS:
        code = f"二.{cnum.strip('（）').join('()')}"
        tasks = []
        for num, title, body, note, given, specs in items:
            text = f"{title}。{body}{note}"
            tasks.append(
                roles(
                    {
                        "code": f"{code}.{num.rstrip('.')}",
                        "numbering": num,
                        "title": title,
                        "text": text,
                    },
                    given,
                )
            )
            if specs:
                goals.append(
                    {
                        "code": n.g(),
                        "numbering": num,
                        "title": title,
                        "text": text,
                        "targets": targets_of(specs, n, 2028),
                    }
                )
        chapters.append(
            {"code": code, "numbering": cnum, "title": ctitle, "kind": "key_task", "tasks": tasks}
        )
    data = head(doc, f"{doc.CODE}.html")
    data["goals"] = goals
    data["sections"] = [
        {
            "code": "二",
            "numbering": "二、",
            "title": "重点行动",
            "kind": "key_task",
            "sections": chapters,
        },
        {
            "code": "三",
            "numbering": "三、",
            "title": "保障措施",
            "kind": "safeguard",
            "tasks": [
                roles(
                    {
                        "code": f"三.{i}",
                        "numbering": num,
                        "title": title.rstrip("。"),
                        "text": title + text,
                    },
                    doc.SAFEGUARD_ROLES.get(num, {}),
                )
                for i, (num, title, text) in enumerate(doc.SAFEGUARDS, 1)
            ],
        },
    ]
    return data


# ---------------------------------------------------------------- Word files


def run_font(run, font, size, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(
    document,
    text,
    font="仿宋_GB2312",
    size=16,
    center=False,
    right=False,
    indent=True,
    bold=False,
    color=None,
    space=0,
):
    p = document.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(space)
    p.paragraph_format.line_spacing = Pt(28)
    run_font(p.add_run(text), font, size, bold, color)
    return p


def page_setup(document):
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21)
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    run_font(run, "宋体", 14)
    for kind, text in (
        ("begin", None),
        (None, "PAGE"),
        ("separate", None),
        (None, None),
        ("end", None),
    ):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = "1"
        run._r.append(el)
    run_font(p.add_run(" —"), "宋体", 14)


def cell_text(cell, text, font, size, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run(text), font, size, bold)


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def build_qijiang(path):
    doc, d = QJ, Document()
    page_setup(d)
    para(d, doc.NOTICE_HEAD[0], "方正小标宋简体", 22, center=True)
    for line in doc.NOTICE_HEAD[1:3]:
        para(d, line, "方正小标宋简体", 22, center=True)
    para(d, doc.NOTICE_HEAD[3], center=True)
    para(d, doc.ADDRESSEES, indent=False)
    para(d, doc.NOTICE)
    for line in doc.SIGNATURE:
        para(d, line, right=True)
    para(d, doc.PUBLIC)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(d, doc.TITLE, "方正小标宋简体", 22, center=True, space=12)
    para(d, "一、指导思想", "黑体")
    para(d, doc.GUIDING)
    para(d, "二、总体目标", "黑体")
    para(d, doc.GOAL_LEAD)
    for label, rest, _ in doc.GOALS:
        p = para(d, "")
        run_font(p.add_run(f"{label}。"), "楷体_GB2312", 16, bold=True)
        run_font(p.add_run(rest), "仿宋_GB2312", 16)
    para(d, "三、重点任务", "黑体")
    for cnum, ctitle, items in doc.CHAPTERS:
        para(d, f"{cnum}{ctitle}", "楷体_GB2312")
        for num, title, body, _ in items:
            para(d, f"{num}{title}。{body}")
    para(d, "四、保障措施", "黑体")
    for num, title, text in doc.SAFEGUARDS:
        para(d, f"{num}{title}", "楷体_GB2312")
        para(d, text)
    annex = d.add_section(WD_SECTION.NEW_PAGE)
    annex.orientation = 1
    annex.page_width, annex.page_height = Cm(29.7), Cm(21)
    para(d, doc.ANNEX_LABEL, "黑体", indent=False)
    para(d, doc.ANNEX_TITLE, "方正小标宋简体", 20, center=True, space=12)
    titles = [title for _, _, items in doc.CHAPTERS for _, title, _, _ in items]
    table = d.add_table(rows=1 + len(titles), cols=len(doc.ANNEX_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(doc.ANNEX_HEADER):
        cell_text(table.rows[0].cells[i], name, "黑体", 12, bold=True, center=True)
    repeat_header(table.rows[0])
    for r, (title, (lead, support, when, _)) in enumerate(
        zip(titles, doc.ANNEX, strict=True), start=1
    ):
        for c, value in enumerate((str(r), title, lead, support, when)):
            cell_text(table.rows[r].cells[c], value, "仿宋_GB2312", 12, center=c in (0, 4))
    for row in table.rows:
        for c, width in enumerate((1.5, 7.5, 4.5, 8.0, 3.0)):
            row.cells[c].width = Cm(width)
    d.save(path)


def build_changchun_docx(path):
    doc, d = CC, Document()
    page_setup(d)
    page_number_footer(d.sections[0])
    para(d, doc.TITLE, "方正小标宋简体", 22, center=True)
    para(d, doc.DOC_NUMBER, center=True, space=12)
    para(d, doc.ADDRESSEES, indent=False)
    para(d, doc.PREAMBLE)
    for num, title, paras in doc.PARTS:
        para(d, f"{num}{title}", "黑体")
        for text in paras:
            para(d, text)
    para(d, "".join(doc.GOALS_PART), "黑体")
    para(d, doc.GOALS_LEAD)
    for text, _ in doc.GOAL_ITEMS:
        para(d, text)
    para(d, "".join(doc.MAIN_PART), "黑体")
    for cnum, ctitle, items in doc.CHAPTERS:
        para(d, f"{cnum}{ctitle}", "楷体_GB2312")
        for num, title, text, _, _ in items:
            if num:
                para(d, f"{num}{title}", "仿宋_GB2312", bold=True)
            para(d, text)
    para(d, "".join(doc.SAFEGUARD_PART), "黑体")
    for num, title, text, _ in doc.SAFEGUARDS:
        p = para(d, "")
        run_font(p.add_run(f"{num}{title}"), "楷体_GB2312", 16)
        run_font(p.add_run(text), "仿宋_GB2312", 16)
    para(d, doc.CLOSING)
    para(d, "")
    for line in doc.SIGNATURE:
        para(d, line, right=True)
    para(d, doc.PUBLIC)
    d.save(path)


def print_pdf(docx_path: Path, pdf_path: Path):
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                out,
                str(docx_path),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.move(Path(out) / docx_path.with_suffix(".pdf").name, pdf_path)


# ---------------------------------------------------------------- the provincial portal's page

PAGE_HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="SiteName" content="吉林省人民政府">
<meta name="SiteDomain" content="www.jl.gov.cn">
<meta name="ColumnName" content="省政府办公厅文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2026-01-26 16:05">
<title>{title}_省政府办公厅文件_吉林省人民政府</title>
<link rel="stylesheet" href="/images/common.css">
<script type="text/javascript" src="/images/jquery.min.js"></script>
<script>var _hmt = _hmt || []; (function(){{ var hm = document.createElement("script"); hm.src = "/tj/hm.js"; }})();</script>
</head>
<body>
<div class="top"><div class="w1200"><span>欢迎访问吉林省人民政府网站</span> <a href="/">首页</a> | <a href="/wza">无障碍</a> | <a href="/en">English</a> | <a href="/zh-hant">繁体</a></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zw/">政务</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bs/">办事</a></li><li><a href="/hd/">互动</a></li><li><a href="/jl/">走进吉林</a></li></ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; <a href="/zwgk/zcwj/szfbgtwj/">省政府办公厅文件</a></div>
<div class="xxgk_table"><table class="zwxxgk" border="0" cellspacing="0" cellpadding="0">
"""

PAGE_TAIL = """<div class="share">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】 扫一扫在手机打开当前页</div>
<div class="xgwj"><h3>相关链接</h3><ul>
<li><a href="/zwgk/zcjd/">图解：吉林省“人工智能+”行动计划（2026—2028年）</a></li>
<li><a href="/zwgk/zcjd/">《吉林省“人工智能+”行动计划（2026—2028年）》政策解读</a></li>
</ul></div>
<div class="footer"><p>主办单位：吉林省人民政府办公厅　　承办单位：吉林省政务服务和数字化建设管理局</p>
<p>网站标识码：2200000001　吉ICP备05002910号　吉公网安备22010402000123号</p>
<p>地址：长春市人民大街11111号　邮编：130051</p></div>
</body>
</html>
"""


def build_jilin(path):
    doc = JL
    out = [PAGE_HEAD.format(title=E(doc.NOTICE_TITLE))]
    meta = doc.META
    for i in range(0, len(meta), 2):
        cells = "".join(
            f'<td class="t1">{E(k)}：</td><td class="t2">{E(v)}</td>' for k, v in meta[i : i + 2]
        )
        out.append(f"<tr>{cells}</tr>\n")
    out.append("</table></div>\n")
    out.append(f'<div class="article"><h1 class="title">{E(doc.NOTICE_TITLE)}</h1>\n')
    out.append(
        '<div class="fontsize">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>\n'
    )
    out.append('<div class="TRS_Editor" id="zoom">\n')

    def p(text, style="text-indent:2em;", inner=None):
        out.append(f'<p style="{style}">{inner if inner is not None else E(text)}</p>\n')

    p(doc.DOC_NUMBER, "text-align:center;")
    p(doc.ADDRESSEES, "")
    p(doc.NOTICE)
    for line in doc.SIGNATURE:
        p(line, "text-align:right;")
    p(doc.PUBLIC)
    p("", "", "&nbsp;")
    p(doc.TITLE, "text-align:center;", f"<strong>{E(doc.TITLE)}</strong>")
    p(doc.PREAMBLE)
    p(doc.GENERAL_HEAD, inner=f'<span style="font-family:黑体;">{E(doc.GENERAL_HEAD)}</span>')
    p(doc.GENERAL)
    p(doc.GOAL_TEXT)
    p(doc.GOAL_2030)
    p(doc.TASKS_HEAD, inner=f'<span style="font-family:黑体;">{E(doc.TASKS_HEAD)}</span>')
    for cnum, ctitle, items in doc.CHAPTERS:
        p(None, inner=f'<span style="font-family:楷体;">{E(cnum + ctitle)}</span>')
        for num, title, body, note, _, _ in items:
            p(None, inner=f"<strong>{E(num + title)}。</strong>{E(body)}{E(note)}")
    p(doc.SAFEGUARD_HEAD, inner=f'<span style="font-family:黑体;">{E(doc.SAFEGUARD_HEAD)}</span>')
    for num, title, text in doc.SAFEGUARDS:
        p(None, inner=f'<span style="font-family:楷体;">{E(num + title)}</span>{E(text)}')
    out.append("</div></div>\n")
    out.append(PAGE_TAIL)
    path.write_text("".join(out), encoding="utf-8")


# ---------------------------------------------------------------- main


def main():
    only_yaml = "--extractions-only" in sys.argv
    for doc, build in (
        (QJ, qijiang_extraction),
        (CC, changchun_extraction),
        (JL, jilin_extraction),
    ):
        write_yaml(HERE / f"{doc.CODE}.yaml", doc.YAML_HEADER, build())
    if only_yaml:
        return
    build_qijiang(HERE / f"{QJ.CODE}.docx")
    build_jilin(HERE / f"{JL.CODE}.html")
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / f"{CC.CODE}.docx"
        build_changchun_docx(docx)
        print_pdf(docx, HERE / f"{CC.CODE}.pdf")


if __name__ == "__main__":
    main()

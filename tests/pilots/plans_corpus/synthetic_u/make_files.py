# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_u documents (SYNTHETIC_U.md) — plans whose tasks and roles live in TABLES and LISTS —
and their expected extractions (.yaml beside each):

- mianyang-ai-plus-work-plan-2026-synthetic.docx — 绵阳市's 2026 工作方案, a Word file (python-docx) whose short body
  leaves the tasks to a 重点任务清单 table with 序号/重点任务 cells merged down over their 具体措施 rows;
- hebei-ai-measures-2026-synthetic.pdf — 河北省科技厅 and 工业和信息化厅's joint 若干措施, a .docx built here and printed
  to PDF by LibreOffice (footer page field "— N —");
- minhou-ai-work-points-2026-synthetic.html — 闽侯县's 2026 工作要点 as the county portal serves it (nav, breadcrumbs,
  <p> body, a <table> 主要指标任务分解表).

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_u/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_hebei as HB  # noqa: E402
import doc_mianyang as MY  # noqa: E402
import doc_minhou as MH  # noqa: E402
from model import numbered, write  # noqa: E402

E = html.escape

HEADERS = {
    MY: """{title} ({issuer}, {number}, 2026-02-26) — SYNTHETIC (synthetic_u): WRITTEN by the collector (helper bU, 2026-12-03)
imitating a city's annual "人工智能+" work plan; not copied from any page, no such document is claimed to exist. A Word file (python-docx):
notice, title, preamble, 一、工作目标 (one paragraph), 二、重点任务 (one sentence) and ONE TABLE 重点任务清单
"序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限" (header row repeats) whose 序号 and 重点任务 cells are MERGED DOWN over their
2–4 具体措施 rows; 三、保障措施 （一）–（四）. A 2025 paragraph before the preamble gives baselines (no targets).
WHAT IS A TASK (SOURCES.md's clauses convention, as synthetic_m's 南宁 table): the merged 重点任务 cell is the task (11 tasks), titled and
texted by that cell; each 具体措施 row is one of its CLAUSES with the row's 牵头单位 → lead (two names in a cell, joined by 、 or on two
lines → both lead) and 配合单位 → supporting; no task-level roles; no numbering (序号 is the table's).
The intro's "涉及多个牵头单位的，排在第一位的单位负责统筹协调和进展报送" gives the first lead a reporting duty, not another role: every name
in a 牵头单位 cell stays lead (judgement; unlike "列第一位的为牵头单位", which names the lead among 责任单位).
Task due = the latest of its rows' 完成时限 ("2026年底前" / "2026年12月底前" → 2026-12-31, "2026年9月底前" → 2026-09-30, "2026年6月底前" →
2026-06-30, "长期坚持" → no date). "各区县（开发区）" in 配合单位 is ONE collective agency (one printed name with its second in brackets).
Goals: G1 = 一、工作目标's paragraph (2026; 突破 gt, 同比增长20%以上 gte, 超过 gt, 其中…不少于 gte with parent, 5—8个 range). Rows holding
figures: one goal per task titled by its cell (no text), a target per figure; things done within the year (新增, 建设, 引进, 培训, 培育,
组织实施) flow; "智能办"200项以上 stock. NOT targets: 年内发放算力券不超过3000万元 (voucher budget), 营业收入首次超过1亿元 (a condition),
每季度发布一批 (no figure). Period 2026–2026.""",
    HB: """{title} ({issuer}, {number}, 2026-02-10) — SYNTHETIC (synthetic_u): WRITTEN by the collector (helper bU, 2026-12-03)
imitating a province department-issued 若干措施 issued jointly by two 厅; not copied, no such document is claimed to exist. A .docx built by
make_files.py (仿宋 body, 黑体 measure titles run in, footer page field "— N —") PRINTED TO PDF BY LIBREOFFICE (it spaces digits from CJK:
"2026 年", "800 亿元"). Joint notice, title, one preamble paragraph holding the only figures of the plan's own goals (力争到2028年 …), nineteen
measures "一、标题。正文（责任单位：科技厅、工业和信息化厅、财政厅）" each ONE paragraph, then two closing paragraphs ("本措施…自2026年3月1日起施行，
有效期至2028年12月31日") that are no tasks.
Outline (as chengdu-ai-highland-2025): one section titled by the plan's title; the nineteen measures its tasks (title = the run-in title, text = the
whole paragraph after the numbering). Roles: (责任单位：…) → responsible; province bodies printed WITHOUT 省 (科技厅, 发展改革委, 网信办) are the
河北省 bodies (shared-prefix convention); 通信管理局 is the vertical 河北省通信管理局.
Goals: G1 titled by its date phrase 力争到2028年 (text = the preamble): 突破 gt, 超过 gt, "其中营业收入超过1亿元的企业达到60家" eq 60 with parent
T2 (超过1亿元 is the kind of enterprise, not a target), 以上 gte, 左右 approx, bare eq. Measures holding a figure the government commits to
produce are goals titled by the measure title: "每年组织实施…10项以上", "每年遴选…30个以上", "每年发布…不少于2批次", "每年培养…1万人以上"
(per_year flow, deadline 2028), "到2028年累计开放应用场景500个以上" (stock), "力争培育…独角兽企业3—5家" (range). NOT targets: every subsidy
rate and cap (最高500万元, 30%, 一次性奖励200万元, 最高1亿元综合资助), every eligibility threshold (营业收入超过1亿元/10亿元/50亿元, 超过500PFlops,
不低于50%, 合同额超过3000万元, 年薪50万元以上, 投资超过3000万元, 成交额超过1000万元). Period 2026–2028 (validity to 2028-12-31).""",
    MH: """{title} ({issuer}, {number}, 2026-03-05) — SYNTHETIC (synthetic_u): WRITTEN by the collector (helper bU, 2026-12-03)
imitating a county's annual 工作要点 as its portal serves it; not copied, no such document is claimed to exist. Hand-written HTML (UTF-8): top
bar, nav, breadcrumbs 首页 > 政务公开 > 政策文件, metadata lines, h1, the notice and body as <p>, a preamble with 2025 baselines (no targets), 一、工作目标 (one paragraph), 二、重点任务 whose
first paragraph ends in a RULE STATED ONCE "以下各项任务均由县人工智能产业发展领导小组办公室统筹，不再列出。", chapters （一）–（六） with items numbered
1．–20． CONTINUOUSLY (full-width dot), each "N．标题。正文（roles）"; 三、保障措施 （一）–（四） unannotated ("领导小组办公室设在县发改局" names a seat, no role); then 附件 a <table>
主要指标任务分解表 "序号 | 指标名称 | 单位 | 2025年基数 | 2026年目标 | 责任单位"; footer.
Roles: "X牵头，Y、Z配合" → X lead, Y Z supporting; "X、Y牵头，Z配合" → both lead; "X、Y、Z按职责分工负责" → responsible; the 县 prefix
shared ("县发改局、经信局、数据局" → three 闽侯县 bodies; the aliases are the printed forms). 各乡镇（街道） is ONE collective agency.
The rule stated once → 县人工智能产业发展领导小组办公室 RESPONSIBLE for each of the 20 items (judgement: 统筹 names no lead and the items
name their own leads; as SOURCES.md's "以下均需…落实,不再列出" → responsible), and for each of 三、保障措施's four items too: CORRECTED
after measurement 1 — the blind extraction kept the rule inside 二、 (it speaks of 任务), but SOURCES.md's convention applies a rule stated
once to the tasks that follow it, and the safeguard items are tasks of this extraction.
Goals: G1 一、工作目标's paragraph (2026; 突破 gt, 同比增长15%以上 gte, 新增 flow, 累计达到 stock eq, 以上 gte); G2 the table (title = its
caption, no text): value = the 2026 column (eq), baseline = the 2025 column, source phrase = the row; the 责任单位 column names bodies the
body names too — it gives no task roles. Items holding figures are goals titled by the item (deadline 2026; done within the year → flow).
The paragraph, the table and the items repeat some figures: a figure repeated (same value, unit, thing, deadline) is ONE target, kept where
first printed — the paragraph (SOURCES.md's convention settled 2026-12-05, helper conv; the blind extraction kept every printed place:
the table's rows and the items restating the paragraph's figures were removed, and the goals left empty with them).
NOT targets: 营业收入超过5000万元 (a condition), 年内兑现算力券不超过500万元 (voucher budget). Period 2026–2026 (level district, as the corpus files counties; no parent: 福州 has no zone).""",
}


# ---------------------------------------------------------------- Word helpers


def run_font(run, name="仿宋_GB2312", size=16, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def para(doc, text, kind="body", font="仿宋_GB2312", size=16, bold=False, runs=None):
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(28)
    if kind == "title":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font, size = "方正小标宋简体", 22
    elif kind == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif kind == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif kind == "body":
        p.paragraph_format.first_line_indent = Pt(32)
    if kind == "break":
        p.add_run().add_break(WD_BREAK.PAGE)
        return p
    for piece, piece_font, piece_bold in runs or [(text, font, bold)]:
        lines = piece.split("\n")
        for i, line in enumerate(lines):
            run = p.add_run(line)
            run_font(run, piece_font, size, piece_bold)
            if i < len(lines) - 1:
                run.add_break()
    return p


def page_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run("— "), size=14)
    run = p.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), tag)
            run._element.append(fld)
        else:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._element.append(instr)
    run_font(p.add_run(" —"), size=14)


def vmerge(cell, value):
    tcpr = cell._tc.get_or_add_tcPr()
    el = OxmlElement("w:vMerge")
    if value:
        el.set(qn("w:val"), value)
    tcpr.append(el)


def cell_text(cell, text, size=10.5, bold=False):
    cell.paragraphs[0].text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run_font(p.add_run(line), size=size, bold=bold)


def build_mianyang(path):
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    page_footer(section)
    for kind, text in MY.NOTICE:
        para(doc, text, kind)
    para(doc, MY.BASIS)
    para(doc, MY.PREAMBLE)
    para(doc, MY.GOAL_HEADING, "plain", font="黑体")
    para(doc, MY.GOAL_TEXT)
    para(doc, MY.TASKS_HEADING, "plain", font="黑体")
    para(doc, MY.TASKS_INTRO)
    # the list on landscape pages, as offices print a wide table
    land = doc.add_section()
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Cm(29.7), Cm(21)
    para(doc, MY.TABLE_CAPTION, "center", font="方正小标宋简体", size=18)
    rows = sum(len(r) for _, r in MY.TASKS)
    table = doc.add_table(rows=1 + rows, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, head in enumerate(MY.TABLE_HEAD):
        cell_text(table.rows[0].cells[i], head, bold=True)
    header = table.rows[0]._tr.get_or_add_trPr()
    header.append(OxmlElement("w:tblHeader"))
    widths = [Cm(1.3), Cm(3.6), Cm(10.5), Cm(3.6), Cm(4.2), Cm(2.6)]
    at = 1
    for ti, (cell, task_rows) in enumerate(MY.TASKS):
        for ri, (measure, lead, support, limit, _targets) in enumerate(task_rows):
            cells = table.rows[at].cells
            if ri == 0:
                cell_text(cells[0], str(ti + 1))
                cell_text(cells[1], cell)
            for col in (0, 1):
                if len(task_rows) > 1:
                    vmerge(cells[col], "restart" if ri == 0 else None)
            cell_text(cells[2], measure)
            cell_text(cells[3], MY.names(lead, "\n" if (ti, ri) in MY.LEAD_LINES else "、"))
            cell_text(cells[4], MY.names(support))
            cell_text(cells[5], limit)
            at += 1
    for row in table.rows:
        for w, c in zip(widths, row.cells, strict=True):
            c.width = w
    back = doc.add_section()
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = Cm(21), Cm(29.7)
    para(doc, MY.SAFEGUARD_HEADING, "plain", font="黑体")
    for n, title, text in MY.SAFEGUARDS:
        para(doc, "", runs=[(f"{n}{title}。", "楷体_GB2312", False), (text, "仿宋_GB2312", False)])
    doc.save(path)


def build_hebei_docx(path):
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.7)
    page_footer(section)
    for kind, text in HB.NOTICE:
        para(doc, text, kind)
    para(doc, HB.GOAL_TEXT)
    for m in HB.MEASURES:
        para(
            doc,
            "",
            runs=[
                (f"{m[0]}{m[1]}。", "黑体", False),
                (f"{m[2]}（责任单位：{m[3]}）", "仿宋_GB2312", False),
            ],
        )
    for text in HB.CLOSING:
        para(doc, text)
    doc.save(path)


def build_hebei(path):
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / f"{HB.SLUG}.docx"
        build_hebei_docx(docx)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(docx),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(tmp) / f"{HB.SLUG}.pdf", path)


def build_minhou(path):
    p = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8"><title>'
        + E(MH.TITLE)
        + "_政策文件_闽侯县人民政府</title>",
        '<link rel="stylesheet" href="/static/css/main.css"><script src="/static/js/jquery.min.js"></script></head><body>',
        '<div class="topbar">您好，欢迎访问闽侯县人民政府网站！ <a href="/wza/">无障碍</a> <a href="/old/">长者模式</a> <a href="/en/">English</a></div>',
        '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>'
        '<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjmh/">走进闽侯</a></li></ul></div>',
        '<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; 县政府办文件</div>',
        '<div class="article">',
        f"<h1>{E(MH.TITLE)}</h1>",
        f'<div class="info"><span>发布时间：2026-03-09 16:20</span> <span>来源：县政府办</span> <span>文号：{E(MH.DOC_NUMBER)}</span> <span>字体：[大 中 小]</span></div>',
        '<div class="content">',
    ]
    indent = ' style="text-indent:2em"'
    p += [f"<p>{E(MH.NOTICE[0])}</p>", f"<p{indent}>{E(MH.NOTICE[1])}</p>"]
    p += [f'<p style="text-align:right">{E(s)}</p>' for s in MH.SIGNATURE]
    p += [
        '<p style="text-align:right">（此件公开发布）</p>',
        f'<p style="text-align:center"><strong>{E(MH.TITLE)}</strong></p>',
    ]
    p += [
        f"<p{indent}>{E(MH.PREAMBLE)}</p>",
        f"<p{indent}><strong>一、工作目标</strong></p>",
        f"<p{indent}>{E(MH.GOAL_TEXT)}</p>",
    ]
    p += [f"<p{indent}><strong>二、重点任务</strong></p>", f"<p{indent}>{E(MH.RULE)}</p>"]
    for numbering, title, items in MH.CHAPTERS:
        p.append(f"<p{indent}><strong>{E(numbering + title)}</strong></p>")
        for item in items:
            p.append(f"<p{indent}>{E(item[0])}{E(MH.item_text(item))}</p>")
    p.append(f"<p{indent}><strong>三、保障措施</strong></p>")
    for n, title, text in MH.SAFEGUARDS:
        p.append(f"<p{indent}>{E(n)}{E(title)}。{E(text)}</p>")
    p += [
        "<p>附件</p>",
        f'<p style="text-align:center"><strong>{E(MH.TABLE_CAPTION)}</strong></p>',
        '<table border="1" cellspacing="0" cellpadding="4">',
    ]
    p.append("<tr>" + "".join(f"<th>{E(h)}</th>" for h in MH.TABLE_HEAD) + "</tr>")
    for row in MH.TABLE_ROWS:
        p.append("<tr>" + "".join(f"<td>{E(c)}</td>" for c in row) + "</tr>")
    p += [
        "</table>",
        "</div>",
        '<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>',
        "</div>",
    ]
    p.append(
        '<div class="footer"><p>主办单位：闽侯县人民政府办公室　承办单位：闽侯县数据管理局</p><p>网站标识码：3501210001　闽ICP备05012345号-1</p></div>'
    )
    p.append("</body></html>")
    path.write_text("\n".join(p) + "\n", encoding="utf-8")


def main():
    only_extractions = "--extractions-only" in sys.argv
    for module, build, suffix in (
        (MY, build_mianyang, ".docx"),
        (HB, build_hebei, ".pdf"),
        (MH, build_minhou, ".html"),
    ):
        if not only_extractions:
            build(HERE / f"{module.SLUG}{suffix}")
        data = module.extraction()
        data["goals"] = numbered(data["goals"])
        plan = data["plan"]
        header = HEADERS[module].format(
            title=plan["title"], issuer=plan["issuer"], number=plan["doc_number"]
        )
        write(HERE / f"{module.SLUG}.yaml", header, data)


if __name__ == "__main__":
    main()

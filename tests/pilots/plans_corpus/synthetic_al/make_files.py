# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_al documents (SYNTHETIC_AL.md) — INVENTED 2026 "人工智能+" plans of
四川 / 贵州 / 内蒙古 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- suining-ai-plus-2026-synthetic.docx — a city's 实施方案 (python-docx) of thematic chapters
  第二章–第四章 holding parts 一、二、 of tasks （一）（二） closing on "（X牵头，Y配合）", 第五章 保障措施;
- anshun-etdz-ai-plus-work-points-2026-synthetic.pdf — a development zone's 2026 工作要点 built as .docx
  and printed to PDF by LibreOffice: items 1.–19. numbered on across groups （一）–（四）, each followed by
  its own line "责任单位：…" under "排在第一位的为牵头单位，其余为配合单位";
- wulateqianqi-ai-plus-2026-synthetic.txt — a banner's 工作方案 as its portal page is saved to text:
  goals in Chinese numerals, "（牵头单位：…；配合单位：…）" and a rule stated once for 各苏木镇人民政府.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_al/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import datetime
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

import doc_anshun as AS  # noqa: E402
import doc_suining as SN  # noqa: E402
import doc_wulateqianqi as WQ  # noqa: E402
from synthetic_model import extraction  # noqa: E402

FIXED = (2026, 12, 5, 0, 0, 0)
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT

HEADERS = {
    SN.SLUG: """# 遂宁市推进“人工智能+”行动实施方案（2026—2028年） (遂宁市人民政府办公室, 遂府办发〔2026〕11号, 2026-03-20) — SYNTHETIC (synthetic_al):
# WRITTEN by the collector (helper blindAL, 2026-12-05) before reading the importer; no such document is claimed to exist (number, date,
# figures, programme names "遂数通", "遂心办", "遂宁英才" made up). Built by make_files.py from doc_suining.py as a Word file (python-docx).
# Zone suining-city (四川); period 2026–2028, default deadline 2028. Outline: notice, title, preamble, a paragraph of 2025 figures (186亿元,
#   6800个, 120P, 42家: baselines, no target), 第一章 总体要求 = 一、指导思想, 二、基本原则 (no figure)
#   and 三、发展目标 = one untitled paragraph opening "到2028年，" (→ goal titled 到2028年); its last sentence "力争到2027年底，…75%" is kept in
#   the same goal with that target due 2027. 第一章 holds no task and is no section. 第二章–第四章 (thematic chapters, kind key_task) →
#   parts 一、二、(三、) (sub-sections, restarting per chapter) → tasks （一）（二） (restarting per part), each "（N）标题。正文（annotation）" in one
#   paragraph (the heading bold). 第五章 保障措施 → tasks 一、–五、 straight under the chapter, no roles (kind safeguard).
#   After 第三章 a 专栏 (a one-cell table "专栏1　人工智能赋能制造业重点方向", four "方向：…" lines, no figure, no annotation): no task, no goal.
# Roles as worded: （X牵头，Y、Z配合） → lead / supporting; （X负责） → responsible; （X、Y按职责分工负责） → both responsible;
#   （X牵头，各县（市、区）人民政府落实） → X lead, the collective responsible (落实 read as responsible — a judgement).
#   Shared 市 prefix: "市发展改革委、经济和信息化局、科技局" → three 遂宁市 bodies (aliases only the 市-prefixed forms printed elsewhere).
#   各县（市、区）人民政府 one collective agency; 射洪市人民政府 (a county-level city under 遂宁) local_government, no alias.
# Targets: the goal paragraph's eight figures (突破/超过 gt; 以上/不少于 gte; bare eq; 1.2万人次 → 12000 人次, training done → flow;
#   累计培育…企业不少于80家 read as a count of enterprises that exist → stock; 其中规模以上企业20家 → parent). Every task holding figures
#   is also a goal titled like the task (text without the annotation), due 2028 unless it names its year (（一）建设遂宁智算中心: 到2027年
#   → 2027). 每年 → per_year flow; 引进 → flow. Not targets: the 算力券 (no figure), the yearly budget of 第五章 二、 (不少于2000万元),
#   规模以上 / 亿元以上 as qualifiers, 二级以上 as a qualifier.
""",
    AS.SLUG: """# 安顺经济技术开发区2026年“人工智能+”行动工作要点 (安顺经济技术开发区党政办公室, 安经党政办发〔2026〕4号, 2026-02-26) — SYNTHETIC
# (synthetic_al): WRITTEN by the collector (helper blindAL, 2026-12-05) before reading the importer; no such document is claimed to exist
# (number, date, figures, "黔中英才" 经开区专项 made up). Built by make_files.py from doc_anshun.py as a .docx printed to PDF by LibreOffice
# (footer "— N —").
# Zone anshun-etdz (贵州; a national development zone → district level, a judgement); a one-year plan: period 2026–2026, every target due 2026.
# Outline: notice, title (two lines), preamble with 2025 figures (26亿元, 61%, 420个: baselines, no target), 一、工作目标 = one paragraph opening "2026年，" (→ goal titled 2026年), 二、重点工作 = groups
#   （一）–（四） (sub-sections) of items 1.–19. NUMBERED ON across the groups, each "N.标题。正文" in one paragraph and its annotation on the
#   NEXT paragraph "责任单位：X、Y" (five of them adding "　　完成时限：…") → the own-line annotation belongs to the item and its text
#   includes it. 三、工作要求 = four plain paragraphs (no numbering, no task): no section.
# Roles by the rule stated once under 二、 ("排在第一位的为牵头单位，其余为配合单位"): the first name lead, the others supporting.
#   Shared 经开区 prefix: "经开区经济发展局、财政局、投资促进局" → three 安顺经济技术开发区 bodies. 各街道办事处 one collective agency
#   (lead of item 10, supporting in items 2, 13 and 19); 安顺市大数据发展管理局 (the city's body), 安顺综合保税区管理办公室 and 安顺市公安局经开区分局
#   are agencies of their own, no alias. The province bodies named in item 14's text (省工业和信息化厅, 省大数据发展管理局) stand in no
#   annotation: not agencies.
# Dues: "完成时限：2026年10月底前" → 2026-10-31, "2026年11月底前" → 2026-11-30, "2026年12月底前" → 2026-12-31; item 8's "2026年6月底前发布第一批" dates one batch only,
#   not the item → no due (a judgement).
# Targets: the goal paragraph's six figures; every item holding figures is also a goal titled like the item (text without the own-line
#   annotation). In a one-year plan things done within the year (新增, 实施, 建设, 培育, 引进, 开展, 组织, the year's 建成 scenes) are flow;
#   营业收入, the rates in % and the 培育库's 入库企业 (a count of what exists) stock. 其中制造业场景12个 → parent. No figure in items 14–16 (政策, 营商, 要素: 2亿元 is a fund's size), 19 and
#   三、工作要求 (four plain paragraphs).
""",
    WQ.SLUG: """# 乌拉特前旗推进“人工智能+”行动工作方案（2026—2027年） (乌拉特前旗人民政府办公室, 乌前政办发〔2026〕19号, 2026-04-15; published
# 2026-04-17) — SYNTHETIC (synthetic_al): WRITTEN by the collector (helper blindAL, 2026-12-05) before reading the importer; no such
# document is claimed to exist (number, dates, 索引号, ICP numbers, figures, "游前旗", "前旗政务智能助手", "河套英才" 计划 made up).
# Built by make_files.py from doc_wulateqianqi.py as the banner portal's page saved to UTF-8 text: site name, breadcrumb, metadata lines,
#   title, notice, title again, body with full-width indents, print/close links and the site footer.
# Zone wulateqianqi-banner (内蒙古 巴彦淖尔市; a banner is a county → district level, a judgement); period 2026–2027, default deadline 2027.
# Outline: 一、总体要求 = （一）指导思想, （二）基本原则 and （三）发展基础 (numbered like tasks but plain text; the last one's 2025 figures 25个, 52%, 96% are
#   baselines): no section, no task, no target. 二、工作目标 = a paragraph opening "到2027年底，" (→ goal titled 到2027年底, due 2027) and one
#   opening "2026年，" (→ goal 2026年, due 2026); figures written in Chinese numerals there (三十个以上 → gte 30, 十家 → eq 10, 四十五个 →
#   eq 45, 百分之百 → eq 100 %, 稳定在百分之九十八以上 → gte 98 %, 十二个 → eq 12). 三、重点任务 = a rule paragraph, then tasks （一）–（十一）
#   "（N）标题。正文（牵头单位：…；配合单位：…）"; 四、保障措施 （一）–（四） unannotated → safeguard tasks without roles.
# Roles: 牵头单位 → lead, 配合单位 → supporting; （六） names two 牵头单位 and no 配合单位 → two leads. The rule stated once at the head of
#   三、 ("本部分各项任务由各苏木镇人民政府…负责在本辖区组织落实，不再逐项列出") → 各苏木镇人民政府 (one collective agency) responsible for
#   each of （一）–（十一） beside the task's own roles; not for 四、保障措施 (the rule says 本部分). Shared 旗 prefix in （七）
#   "旗工业和信息化局、农牧局" → 乌拉特前旗农牧局. 巴彦淖尔市生态环境局乌拉特前旗分局 (the city bureau's branch) and 乌拉特前旗公安局
#   printed in full: no alias.
# Targets: the two goal paragraphs' seven figures; every task holding figures is also a goal titled like the task (text without the
#   annotation), due 2027. 新建 / 新增 / 实施…项目 → flow; 每年…不少于500人次 → per_year flow (gte); 年接待游客突破300万人次 → an annual
#   figure: stock, gt 3000000 人次. Not targets: 全部接入 (no figure), the yearly budget of 保障措施（二） (不少于500万元), 每半年 (a reporting rhythm), the metadata numbers.
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


def new_document(title):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    core = doc.core_properties
    core.author = core.last_modified_by = ""
    core.title = title
    core.created = core.modified = datetime.datetime(*FIXED)
    core.revision = 1
    return doc


def page_number_footer(doc):
    """ "— N —" centred in the footer (a PAGE field)."""
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = CENTER
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
        elif text == " PAGE ":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._element.append(el)
    run_font(p.add_run(" —"), "宋体", 14)


def save_fixed(doc, path: Path):
    """Saves with every zip entry dated FIXED, so the file is the same on every run."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.docx"
        doc.save(str(raw))
        with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for item in src.infolist():
                info = zipfile.ZipInfo(item.filename, date_time=FIXED)
                info.compress_type = zipfile.ZIP_DEFLATED
                out.writestr(info, src.read(item.filename))


def notice_and_title(doc, module, title_lines):
    para(doc, module.NUMBER, align=CENTER, indent=False)
    para(doc, "", indent=False)
    for line in title_lines:
        para(doc, [(line, True)], font="方正小标宋简体", size=22, align=CENTER, indent=False)
    para(doc, "", indent=False)
    para(doc, module.NOTICE[0], indent=False)
    for line in module.NOTICE[1:]:
        para(doc, line)
    para(doc, "", indent=False)
    for line in module.SIGNATURE:
        para(doc, line, align=RIGHT, indent=False)
    para(doc, "", indent=False)


def box(doc, title, lines):
    """A 专栏: a one-cell bordered table, its title bold and centred."""
    table = doc.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.rows[0].cells[0]
    first = cell.paragraphs[0]
    first.alignment = CENTER
    run_font(first.add_run(title), "黑体", 14, True)
    for line in lines:
        p = cell.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(28)
        run_font(p.add_run(line), "仿宋_GB2312", 14)


def build_suining():
    m = SN
    doc = new_document(m.TITLE)
    notice_and_title(
        doc,
        m,
        [
            "遂宁市人民政府办公室",
            "关于印发《遂宁市推进“人工智能+”行动实施方案",
            "（2026—2028年）》的通知",
        ],
    )
    para(doc, [(m.TITLE, True)], font="方正小标宋简体", size=22, align=CENTER, indent=False)
    para(doc, "", indent=False)
    para(doc, m.PREAMBLE)
    para(doc, m.BASIS)
    para(doc, m.CH1, font="黑体", align=CENTER, indent=False)
    para(doc, m.GUIDE_HEAD, font="黑体")
    para(doc, m.GUIDE)
    para(doc, m.PRINCIPLE_HEAD, font="黑体")
    para(doc, m.PRINCIPLE)
    para(doc, m.GOAL_HEAD, font="黑体")
    para(doc, m.GOAL_TEXT)
    for _code, numbering, title, parts in m.CHAPTERS:
        para(doc, f"{numbering}　{title}", font="黑体", align=CENTER, indent=False)
        for n, t, tasks in parts:
            para(doc, f"{n}{t}", font="楷体_GB2312")
            for tk in tasks:
                para(doc, [(tk.head, True), (tk.body + tk.annotation, False)])
        if numbering == "第三章":
            box(doc, m.BOX_TITLE, m.BOX_LINES)
    _code, numbering, title, tasks = m.SAFEGUARD
    para(doc, f"{numbering}　{title}", font="黑体", align=CENTER, indent=False)
    for tk in tasks:
        para(doc, [(tk.head, True), (tk.body, False)])
    page_number_footer(doc)
    save_fixed(doc, HERE / f"{m.SLUG}.docx")


def build_anshun_docx(path: Path):
    m = AS
    doc = new_document(m.TITLE)
    notice_and_title(
        doc,
        m,
        [
            "安顺经济技术开发区党政办公室",
            "关于印发《安顺经济技术开发区2026年“人工智能+”",
            "行动工作要点》的通知",
        ],
    )
    for line in m.TITLE_LINES:
        para(doc, [(line, True)], font="方正小标宋简体", size=22, align=CENTER, indent=False)
    para(doc, "", indent=False)
    para(doc, m.PREAMBLE)
    para(doc, m.H1, font="黑体")
    para(doc, m.GOAL_TEXT)
    para(doc, m.H2, font="黑体")
    para(doc, m.RULE)
    for _code, n, t, tasks in m.GROUPS:
        para(doc, f"{n}{t}", font="楷体_GB2312")
        for tk in tasks:
            para(doc, [(tk.head, True), (tk.body, False)])
            para(doc, tk.annotation)
    para(doc, m.H3, font="黑体")
    for line in m.DEMANDS:
        para(doc, line)
    page_number_footer(doc)
    save_fixed(doc, path)


def build_anshun_pdf():
    target = HERE / f"{AS.SLUG}.pdf"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{AS.SLUG}.docx"
        build_anshun_docx(src)
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
            timeout=180,
        )
        pdf = (Path(tmp) / f"{AS.SLUG}.pdf").read_bytes()
    pdf = re.sub(rb"\(D:\d{14}", b"(D:20261205000000", pdf)
    pdf = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", pdf)
    pdf = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]{32}", lambda m: m.group(0)[:-32] + b"0" * 32, pdf)
    target.write_bytes(pdf)


def build_wulateqianqi():
    (HERE / f"{WQ.SLUG}.txt").write_text("\n".join(WQ.LINES), encoding="utf-8")


def main():
    for module in (SN, AS, WQ):
        write_extraction(module)
    if "--extractions-only" in sys.argv:
        return
    build_suining()
    if shutil.which("soffice"):
        build_anshun_pdf()
    build_wulateqianqi()


if __name__ == "__main__":
    main()

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_aa documents (SYNTHETIC_AA.md) — INVENTED 2026 "人工智能+" plans of
江苏, 浙江 and 辽宁 places no folder held — and their expected extractions (.yaml beside each), from
doc_*.py:

- huaian-ai-plus-2026-synthetic.docx — a prefecture city's 行动方案 (2026—2028) as a Word file
  whose 一、/（一）/1． are Word's AUTOMATIC list numbering (numbering.xml: 一、 and （一） linked to
  the Heading 1 / Heading 2 styles, 1． on the task paragraphs, restarting under each （一）), tasks
  closing on 〔牵头单位：X；配合单位：Y、Z〕, two 专栏 boxes as one-cell tables;
- anshan-ai-plus-2026-synthetic.pdf — a prefecture city's 三年行动计划 printed to PDF by LibreOffice
  from a .docx with a running header and "第 N 页 共 M 页" on every page, unannotated tasks 1.–17.
  and an annex 重点任务分工表 whose 牵头单位 cells are merged down over tasks sharing a lead;
- zhuji-ai-plus-work-points-2026-synthetic.txt — a county-level city's 2026 工作要点 as a text,
  each task followed by "责任单位：…" on its own line, the first with "（排在第一位的为牵头单位，
  下同）", a 专栏 of ◇ lines, and a 工作要求 part with no tasks.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_aa/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_anshan as AS  # noqa: E402
import doc_huaian as HA  # noqa: E402
import doc_zhuji as ZJ  # noqa: E402
from model import extraction  # noqa: E402

HEADERS = {
    HA.SLUG: """# 淮安市“人工智能+”行动方案（2026—2028年） (淮安市人民政府办公室, 淮政办发〔2026〕9号, 2026-03-06) — SYNTHETIC (synthetic_aa):
# WRITTEN by the collector (helper bAA, 2026-12-04) before reading the importer; no such document is claimed to exist (number, date,
# figures made up). Built by make_files.py from doc_huaian.py as a Word file whose 一、/（一）/1． are Word's AUTOMATIC list numbering
# (numbering.xml; not in the paragraphs' text): 一、 and （一） through the Heading 1 / Heading 2 styles, 1． set on each task paragraph,
# restarting under every （一）. The `numbering` fields below are the numbers Word shows; titles and texts carry no number.
# Zone huaian-city (江苏, prefecture city). Outline: 红头 notice, page break, title, preamble; 一、总体要求 （一）指导思想 （二）基本原则 (four
#   "坚持X。…" principles in one paragraph, no tasks) （三）发展目标 =
#   two dated paragraphs 到2026年 / 到2028年 → goals titled by their date phrase; 二、重点任务 four （一） chapters of tasks "标题。正文〔…〕"
#   (1．–3．, 1．–3．, 1．–6．, 1．–3．: Word restarts the list under each （一）)
#   → title the first sentence, text the paragraph with its annotation; 三、保障措施 （一）–（四） run-in paragraphs (list level 2) →
#   safeguard tasks without roles; a closing validity sentence (no task).
# Roles as worded: 〔牵头单位：X；配合单位：Y、Z〕 → X lead, Y Z supporting; two names under 牵头单位 → both lead; 〔牵头单位：X〕 alone → lead
#   only. 各县（区）人民政府 is one collective agency. "专班办公室设在市发展改革委" (保障措施) is no annotation.
# 专栏 boxes (one-cell tables after chapters （二） and （三）): not tasks (their lines carry no number and no annotation); a box holding
#   figures is a goal titled by its heading without the "专栏N" label, text its lines. The box's "二级以上公立医院" is no target.
# Targets: task paragraphs holding figures are also goals titled like the task. Chinese numerals read as numbers (五十个 → 50, 二十五个 → 25,
#   三十个 → 30, 一百亿元 → 100 亿元, 五十名 → 50, 二十个 → 20); 5万人次 → 50000 人次. 力争…突破 → gt; 其中 → parent; 累计 → flow
#   (累计培育 covers both 智能工厂 and 创新平台); 每年 → per_year flow (deadline 2028); 新增 → flow. Not targets: the 算力券 budget
#   (不超过1000万元), a fund's size (规模10亿元), the yearly budget (每年安排不少于2亿元), names holding numbers (12345, 二级以上).
""",
    AS.SLUG: """# 鞍山市“人工智能+”三年行动计划（2026—2028年） (鞍山市人民政府办公室, 鞍政办发〔2026〕7号, 2026-03-20) — SYNTHETIC (synthetic_aa):
# WRITTEN by the collector (helper bAA, 2026-12-04) before reading the importer; no such document is claimed to exist. Built by
# make_files.py from doc_anshan.py as a .docx printed to PDF by LibreOffice: running header "鞍山市“人工智能+”三年行动计划" and footer
# "第 N 页 共 M 页" on every page (the header is not the title line).
# Zone anshan-city (辽宁, prefecture city). Outline: notice, title, preamble (its 2025 figures 82亿元, 126家, 800P are baselines, no target);
#   一、总体要求 （一）总体思路 （二）基本原则 (four "坚持X。…" principles, no tasks) （三）行动目标 = one paragraph
#   "力争到2028年，…" → goal titled 力争到2028年 (SOURCES.md); 二、重点任务 four （一）…行动 chapters of tasks 1.–17. numbered on across
#   chapters, "N.标题。正文" with NO annotation → title the first sentence; 三、保障措施 （一）–（四） → safeguard tasks without roles
#   ("市工业和信息化局负责日常协调推进" is prose, no role); 附件 重点任务分工表 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限.
# Roles stand only in the annex: each row gives the body task of its 序号 its 牵头单位 (lead) and 配合单位 (supporting); the annex rows
#   are not tasks of their own. A 牵头单位 cell merged down over several rows (市数据局 over 2–3; 市工业和信息化局 over 5–9) leads every
#   task of those rows. Row 12 names two leads. 完成时限: "2027年底前" → due 2027, "2027年6月底前" → 2027-06-30, "2026年12月底前" →
#   2026-12-31, "持续推进" → no due. 鞍钢集团有限公司 (state enterprise), 海城市人民政府 and 各县（市）区人民政府 (collective) are agencies.
# Targets: 突破 → gt; 达到 → eq; 其中 → parent; 累计 / 三年新建 / 三年引进和培养 → flow; 每年 → per_year flow. Chinese numerals: 二百家 →
#   200, 八十家 → 80, 一百五十个 → 150, 两万人次 → 20000, 十个 → 10, 一百家 → 100. Task 1's "2027年建成一期工程，形成智能算力1500P" is due
#   2027 (its own year); other task figures 2028. Not targets: a fund's size (规模不低于5亿元), names holding numbers (5G-A, 5G全连接工厂,
#   千兆, 12345).
""",
    ZJ.SLUG: """# 诸暨市2026年“人工智能+”行动工作要点 (诸暨市人民政府办公室, 诸政办发〔2026〕8号, 2026-02-27) — SYNTHETIC (synthetic_aa):
# WRITTEN by the collector (helper bAA, 2026-12-04) before reading the importer; no such document is claimed to exist. Built by
# make_files.py from doc_zhuji.py as a UTF-8 text with full-width indents, as copied from the portal.
# Zone zhuji-city (浙江, county-level city of 绍兴; level city, SOURCES.md). A one-year plan: period 2026–2026, every target due 2026.
# Outline: notice, title, an intro paragraph (2025 figures: baselines, no target); 一、工作目标 one paragraph "2026年，…" → goal titled
#   工作目标; 二、重点任务 four （一） chapters of tasks 1．–21． numbered on across chapters, "N．标题。正文" and on the NEXT line
#   "责任单位：X、Y" → title the first sentence, text the paragraph and its annotation line; a 专栏 of ◇ lines after chapter （三）
#   (no tasks; a goal titled by its heading, its figures targets); 三、工作要求 four unnumbered paragraphs → NO section, no task
#   ("报送市经信局" and "市数字经济发展领导小组办公室" there are no roles).
# Roles: the first annotation closes on "（排在第一位的为牵头单位，下同）" → in every annotation the first name leads and the others are
#   responsible (SOURCES.md: 列第一位的为牵头单位; a rule stated once applies to the following tasks); an annotation of one name → lead.
#   各镇乡（街道） is one collective agency; 大唐街道办事处, 山下湖镇人民政府, 店口镇人民政府 are agencies.
# Targets: things done within the year (新增, 新建, 打造, 开展, 招引, 引进, 建设, 培育) → flow; "累计达到1200P" is the computing power in
#   place at year end → stock. Chinese numerals: 六十亿元 → 60 亿元, 三十家 → 30, 四十个 → 40, 二十五个 → 25, 两千人次 → 2000, 一百个 →
#   100, 一百家 → 100, 三十个 → 30. 突破 → gt; 以上/不少于 → gte; 其中 → parent. Not targets: the 2025 baselines, the 算力券 rate,
#   cap and total (30%, 50万元, 1000万元), "亿元以上" and "超亿元" inside a metric, the name "2026诸暨人工智能应用创新大会". Two 专栏
#   lines hold no figure (全覆盖, 上线 a service).
""",
}


def write_extraction(module):
    data = extraction(**{**module.EXTRACTION, "agencies": list(module.EXTRACTION["agencies"])})
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000)
    (HERE / f"{module.SLUG}.yaml").write_text(HEADERS[module.SLUG] + body, encoding="utf-8")


# ---------------------------------------------------------------- Word


def run_font(run, east_asia, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asia)
    run.font.color.rgb = RGBColor(*(color or (0, 0, 0)))


def para(
    holder,
    text,
    font="仿宋_GB2312",
    size=16,
    align=None,
    indent=True,
    bold=False,
    color=None,
    style=None,
):
    p = holder.add_paragraph(style=style)
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        run_font(p.add_run(text), font, size, bold, color)
    return p


def field(paragraph, code, font="宋体", size=10.5):
    """A complex field (PAGE, NUMPAGES) as Word writes it."""
    for kind, text in (
        ("begin", None),
        ("instr", code),
        ("separate", None),
        ("text", "1"),
        ("end", None),
    ):
        run = paragraph.add_run()
        run_font(run, font, size)
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {code} "
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._element.append(el)


def page_setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    return s


def cell_text(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=10.5):
    p = cell.paragraphs[0]
    p.alignment = align
    if text:
        run_font(p.add_run(text), "宋体", size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def common_block(doc, kind, payload):
    if kind == "red":
        para(
            doc, payload, "方正小标宋简体", 26, WD_ALIGN_PARAGRAPH.CENTER, False, color=(0xC0, 0, 0)
        )
    elif kind == "center":
        para(doc, payload, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    elif kind == "center_bold":
        para(doc, payload, "方正小标宋简体", 18, WD_ALIGN_PARAGRAPH.CENTER, False)
    elif kind == "title":
        para(doc, payload, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    elif kind == "plain":
        para(doc, payload, indent=False)
    elif kind == "right":
        para(doc, payload, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    elif kind == "p":
        para(doc, payload)
    elif kind == "break":
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    else:
        return False
    return True


# ------------------------------------------------ 淮安: automatic list numbering

NUM_ID = 90
ABSTRACT = f"""<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM_ID}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%3．"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
</w:abstractNum>"""


def numbering_add(doc):
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(ABSTRACT)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'
        )
    )
    for level, name, font in ((0, "Heading 1", "黑体"), (1, "Heading 2", "楷体_GB2312")):
        style = doc.styles[name]
        style.font.size = Pt(16)
        style.font.bold = level == 1
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.font.name = "Times New Roman"
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)
        fonts.set(qn("w:eastAsia"), font)
        ppr = style.element.get_or_add_pPr()
        ppr.insert(
            0,
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'
            ),
        )
        style.paragraph_format.space_before = Pt(0)
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.line_spacing = Pt(28)
        style.paragraph_format.keep_with_next = True


def numbered(doc, level, title, rest):
    p = para(doc, None)
    ppr = p._p.get_or_add_pPr()
    ppr.insert(
        0,
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'
        ),
    )
    run_font(p.add_run(title), "仿宋_GB2312", 16, bold=True)
    run_font(p.add_run(rest), "仿宋_GB2312", 16)


def box(doc, number, title, lines):
    table = doc.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = table.rows[0].cells[0]
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run(f"专栏{number}　{title}"), "黑体", 14)
    for line in lines:
        q = cell.add_paragraph()
        q.paragraph_format.first_line_indent = Pt(28)
        run_font(q.add_run(line), "仿宋_GB2312", 14)
    doc.add_paragraph()


def huaian_docx(path):
    doc = Document()
    page_setup(doc)
    numbering_add(doc)
    for kind, payload in HA.blocks():
        if common_block(doc, kind, payload):
            continue
        if kind == "h1":
            p = doc.add_paragraph(style="Heading 1")
            p.paragraph_format.first_line_indent = Pt(32)
            run_font(p.add_run(payload), "黑体", 16)
        elif kind == "h2":
            p = doc.add_paragraph(style="Heading 2")
            p.paragraph_format.first_line_indent = Pt(32)
            run_font(p.add_run(payload), "楷体_GB2312", 16, bold=True)
        elif kind == "item":
            numbered(doc, 2, *payload)
        elif kind == "item1":
            numbered(doc, 1, *payload)
        elif kind == "box":
            box(doc, *payload)
        else:
            raise ValueError(kind)
    footer = doc.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(footer.add_run("— "), "宋体", 14)
    field(footer, "PAGE", size=14)
    run_font(footer.add_run(" —"), "宋体", 14)
    doc.core_properties.title = HA.TITLE
    doc.core_properties.author = "淮安市人民政府办公室"
    doc.save(path)


# ------------------------------------------------ 鞍山: docx printed to PDF


def anshan_docx(path):
    doc = Document()
    section = page_setup(doc)
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(head.add_run(AS.HEADER), "宋体", 10.5)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(foot.add_run("第 "), "宋体", 10.5)
    field(foot, "PAGE")
    run_font(foot.add_run(" 页 共 "), "宋体", 10.5)
    field(foot, "NUMPAGES")
    run_font(foot.add_run(" 页"), "宋体", 10.5)
    for kind, payload in AS.blocks():
        if common_block(doc, kind, payload):
            continue
        if kind == "h":
            para(doc, payload, "黑体")
        elif kind == "h2":
            para(doc, payload, "楷体_GB2312", bold=True)
        elif kind == "item":
            number, title, rest = payload
            p = para(doc, None)
            run_font(p.add_run(number + title), "仿宋_GB2312", 16, bold=True)
            run_font(p.add_run(rest), "仿宋_GB2312", 16)
        elif kind == "annex":
            rows = AS.annex_rows()
            table = doc.add_table(rows=1 + len(rows), cols=5)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = (Cm(1.2), Cm(5.6), Cm(3.4), Cm(4.4), Cm(2.4))
            for cell, text, width in zip(
                table.rows[0].cells,
                ("序号", "重点任务", "牵头单位", "配合单位", "完成时限"),
                widths,
                strict=True,
            ):
                cell_text(cell, text, bold=True)
                cell.width = width
            repeat_header(table.rows[0])
            table.autofit = False
            for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
                col.set(qn("w:w"), str(int(width.twips)))
            start = None
            for i, row in enumerate(rows, 1):
                cells = table.rows[i].cells
                for j, text in enumerate(row):
                    cells[j].width = widths[j]
                    if j == 2 and text is None:
                        continue
                    cell_text(
                        cells[j],
                        text,
                        align=WD_ALIGN_PARAGRAPH.LEFT if j == 1 else WD_ALIGN_PARAGRAPH.CENTER,
                    )
            # merge each lead cell down over the rows that continue it
            for i, row in enumerate(rows, 1):
                if row[2] is not None:
                    start = i
                if row[2] is None and (i == len(rows) or rows[i][2] is not None):
                    table.cell(start, 2).merge(table.cell(i, 2))
        else:
            raise ValueError(kind)
    doc.core_properties.title = AS.TITLE
    doc.save(path)


def anshan_pdf(path):
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{AS.SLUG}.docx"
        anshan_docx(source)
        subprocess.run(
            [
                "/usr/bin/soffice",
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
        )
        shutil.copy(Path(tmp) / f"{AS.SLUG}.pdf", path)


# ------------------------------------------------ 诸暨: text


def zhuji_txt(path):
    path.write_text("\n".join(ZJ.lines()) + "\n", encoding="utf-8")


def main():
    for module in (HA, AS, ZJ):
        write_extraction(module)
    if "--extractions-only" in sys.argv:
        return
    huaian_docx(HERE / f"{HA.SLUG}.docx")
    anshan_pdf(HERE / f"{AS.SLUG}.pdf")
    zhuji_txt(HERE / f"{ZJ.SLUG}.txt")


if __name__ == "__main__":
    main()

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_w documents (SYNTHETIC_W.md) — INVENTED 2026 sector "人工智能+" and district plans —
and their expected extractions (.yaml beside each), from the lists in doc_*.py:

- xinjiang-ai-education-2026-synthetic.docx — a province department's "人工智能+教育" 行动方案 (python-docx), tasks
  （一）… each closing on an annotation, a 专栏 box as a one-cell bordered table;
- hunnan-ai-plus-2026-synthetic.txt — a district 实施方案 as Windows Notepad saves it: GBK, CRLF line ends;
- shijiazhuang-ai-plus-2026-synthetic.pdf — a city 实施方案 built as .docx and printed to PDF by LibreOffice, the
  body unannotated, an annex 重点任务分工 table (two levels, rows split across pages) giving roles and dues.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_w/make_files.py
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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_hunnan as HN  # noqa: E402
import doc_shijiazhuang as SJZ  # noqa: E402
import doc_xinjiang as XJ  # noqa: E402
from model import extraction  # noqa: E402

HEADERS = {
    XJ.SLUG: """# 新疆维吾尔自治区“人工智能+教育”行动方案（2026—2027年） (自治区教育厅等六部门, 新教发〔2026〕8号, 2026-03-16) — SYNTHETIC (synthetic_w):
# WRITTEN by the collector (helper bW, 2026-12-03) before reading the importer; no such document is claimed to exist (number, date,
# figures made up). Built by make_files.py as a Word file from doc_xinjiang.py.
# Zone: the autonomous region at the provincial level → level municipality (the schema has no province level), slug xinjiang-uygur-region.
# Outline: 一、总体要求 (no tasks: a guiding paragraph and the goals paragraph "到2027年，…"); 二、三、四、 action parts whose tasks are
#   （一）… paragraphs "（一）标题。正文（annotation）" (numbering restarts in each part) → title = the first sentence, text = the paragraph
#   after its number, annotation included; 五、保障措施 （一）–（四） run-on paragraphs, unannotated → safeguard tasks with no roles.
# Roles as worded: "X牵头，Y、Z按职责分工负责" → X lead, Y Z responsible (SOURCES.md); "X、Y牵头" → two leads; "Y配合" → supporting;
#   "…负责" after the 配合 clause → responsible. 各地（州、市）教育局 and 各高等学校 are collectives an annotation makes responsible → one
#   agency each (the brackets in 各地（州、市） are part of the name, not an annotation); 兵团教育局 is one body (新疆生产建设兵团教育局).
# Goals: the untitled goals paragraph is titled by its date phrase 到2027年; the 专栏 box (a one-cell table) is not a task — its
#   figures are a goal titled by the box's heading without "专栏1"; task paragraphs holding figures are also goals titled like the task.
#   "其中新增专业点不少于20个" and "其中南疆四地州达到70%以上" are parts of the target before them (parent). 累计 / 新增 in the period → flow.
#   10万人次 → 100000 人次, 50万条 → 500000 条 (base units). 1—2批 → range.
""",
    HN.SLUG: """# 浑南区推动“人工智能+”高质量发展实施方案（2026—2028年） (沈阳市浑南区人民政府办公室, 沈浑政办发〔2026〕5号, 2026-02-10) — SYNTHETIC (synthetic_w):
# WRITTEN by the collector (helper bW, 2026-12-03) before reading the importer; no such document is claimed to exist. Built by
# make_files.py from doc_hunnan.py as Windows Notepad saves a text: GBK (read as GB18030), CRLF line ends, full-width indents.
# Zone hunnan-district (parent shenyang-city). Outline 一、/（一）/1．/（1）: tasks are the 1． items (restarting in each （一） chapter of
#   二、重点任务); a 1． item either runs on ("1．标题。正文" → title the first sentence) or stands as a heading line over its （1）（2）（3）
#   items (→ title the heading, text its items) — the （1） items are parts of the task, not tasks. Each task is followed by an OWN-LINE
#   annotation "责任单位：X（牵头）、Y、Z" which belongs to it and is included in its text: the name marked （牵头） leads, the others are
#   responsible (as "列第一位的为牵头单位"). A shared 区 prefix ("区数据局（牵头）、工信局、科技局") is expanded: 工信局 = 区工信局.
#   各街道办事处 after a comma is one collective agency.
# 三、工作进度安排's phases "（一）动员部署阶段（2026年3月前）。…" are NOT tasks and hold no target (dates only); 四、保障措施 （一）–（四)
#   are safeguard tasks without roles (a body named in their prose is no annotation). The closing "附件：…重点场景清单（略）" is a line only.
# Goals: two dated paragraphs, 到2026年底 (deadline 2026) and 到2028年; task paragraphs holding figures are also goals titled like the
#   task. "年均增长15%以上" is a target (stock, its own metric); 其中规上企业 → parent; 累计/新增 → flow; 1万人 → 10000 人.
""",
    SJZ.SLUG: """# 石家庄市深入实施“人工智能+”行动实施方案（2026—2027年） (石家庄市人民政府办公室, 石政办发〔2026〕7号, 2026-04-02) — SYNTHETIC (synthetic_w):
# WRITTEN by the collector (helper bW, 2026-12-03) before reading the importer; no such document is claimed to exist. Built by
# make_files.py from doc_shijiazhuang.py as a .docx and printed to PDF by LibreOffice (footer "— N —").
# Zone shijiazhuang-city. Outline: 一、总体要求 (goals paragraph 到2027年); 二、重点任务 four （一）…行动 chapters of tasks 1．–13. numbered
#   on across chapters, "N．标题。正文" run on, NO annotation in the body; 三、保障措施 （一）–（四） safeguard tasks without roles.
# Roles and dues stand only in the annex "附件 / 重点任务分工": a two-level table 序号 | 任务 | 牵头单位 | 责任单位 | 时间节点, a chapter
#   row "（一）" with its title merged across, then one row per body task (序号 = the body number; the 任务 cell the task's title or the
#   title with a few of its clauses). The row gives the body task its roles: 牵头单位 → lead, 责任单位 → responsible; 时间节点
#   "2027年12月底前" → due 2027-12-31, "2027年6月底前" → 2027-06-30, "持续推进" → no due. The annex rows are not tasks of their own.
#   各县（市、区）政府 is one collective agency.
# Goals: 到2027年 paragraph (力争 does not change a comparator); task paragraphs holding figures are goals titled like the task;
#   "建设智能工厂20家、数字化车间100个" → two targets; 每年 → per_year flow; a second dated paragraph 到2026年底 (deadline 2026).
#   保障措施 （一） names four bodies in its prose (共同承担日常工作): no annotation, no roles.
""",
}


def write_extraction(module, suffix):
    data = extraction(**module.EXTRACTION)
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
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(
    doc_or_cell, text, font="仿宋_GB2312", size=16, align=None, indent=True, bold=False, color=None
):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28) if size >= 15 else Pt(18)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    run_font(p.add_run(text), font, size, bold, color)
    return p


def footer_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
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
    run_font(p.add_run(" —"), "宋体", 14)


def cell_borders(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "8")
        b.set(qn("w:color"), "000000")
        borders.append(b)
    tcpr.append(borders)


def table_grid(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:color"), "000000")
        borders.append(b)
    tblpr.append(borders)


def new_document():
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    footer_page_number(section)
    return doc


def write_blocks(doc, blocks, run_on_bold=False, annex=None):
    for kind, text in blocks:
        if kind == "red":
            para(
                doc,
                text,
                "方正小标宋简体",
                26,
                WD_ALIGN_PARAGRAPH.CENTER,
                False,
                color=(0xE0, 0, 0),
            )
        elif kind == "center":
            para(doc, text, "仿宋_GB2312", 16, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "title":
            for line in text.split("\n"):
                para(doc, line, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "left":
            para(doc, text, indent=False)
        elif kind == "right":
            para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif kind == "p":
            para(doc, text)
        elif kind == "h1":
            para(doc, text, "黑体")
        elif kind == "h2":
            para(doc, text, "楷体_GB2312")
        elif kind == "annex_label":
            para(doc, text, "黑体", indent=False)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "task":
            head, _, rest = text.partition("。")
            p = para(
                doc, head + "。", "楷体_GB2312" if run_on_bold else "仿宋_GB2312", bold=run_on_bold
            )
            run_font(p.add_run(rest), "仿宋_GB2312", 16)
        elif kind == "box":
            table = doc.add_table(rows=1, cols=1)
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            cell = table.rows[0].cells[0]
            cell_borders(cell)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            run_font(cell.paragraphs[0].add_run(text[0]), "黑体", 14)
            for line in text[1:]:
                para(cell, line, "仿宋_GB2312", 14)
        elif kind == "annex":
            annex(doc)


def sjz_annex(doc):
    rows = SJZ.annex_rows()
    table = doc.add_table(rows=1, cols=5)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_grid(table)
    widths = [Cm(1.3), Cm(5.6), Cm(2.9), Cm(4.2), Cm(2.4)]
    header = table.rows[0]
    trpr = header._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)
    for cell, text, w in zip(
        header.cells, ["序号", "任务", "牵头单位", "责任单位", "时间节点"], widths, strict=True
    ):
        cell.width = w
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        run_font(cell.paragraphs[0].add_run(text), "黑体", 12)
    for kind, cells in rows:
        row = table.add_row()
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = w
        if kind == "group":
            merged = row.cells[1].merge(row.cells[4])
            row.cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            run_font(row.cells[0].paragraphs[0].add_run(cells[0]), "黑体", 12)
            run_font(merged.paragraphs[0].add_run(cells[1]), "黑体", 12)
        else:
            for i, (cell, text) in enumerate(zip(row.cells, cells, strict=True)):
                cell.paragraphs[0].alignment = (
                    WD_ALIGN_PARAGRAPH.CENTER if i in (0, 4) else WD_ALIGN_PARAGRAPH.LEFT
                )
                run_font(cell.paragraphs[0].add_run(text), "仿宋_GB2312", 12)


def build_xinjiang():
    doc = new_document()
    write_blocks(doc, XJ.blocks(), run_on_bold=True)
    doc.core_properties.author = "自治区教育厅"
    doc.save(HERE / f"{XJ.SLUG}.docx")


def build_hunnan():
    text = "\r\n".join(HN.lines()) + "\r\n"
    (HERE / f"{HN.SLUG}.txt").write_bytes(text.encode("gbk"))


def build_shijiazhuang():
    doc = new_document()
    write_blocks(doc, SJZ.blocks(), annex=sjz_annex)
    doc.core_properties.author = "市政府办公室"
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{SJZ.SLUG}.docx"
        doc.save(source)
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
            timeout=180,
        )
        shutil.copy(Path(tmp) / f"{SJZ.SLUG}.pdf", HERE / f"{SJZ.SLUG}.pdf")


def main():
    for module, suffix in ((XJ, ".docx"), (HN, ".txt"), (SJZ, ".pdf")):
        write_extraction(module, suffix)
    if "--extractions-only" in sys.argv:
        return
    build_xinjiang()
    build_hunnan()
    build_shijiazhuang()


if __name__ == "__main__":
    main()

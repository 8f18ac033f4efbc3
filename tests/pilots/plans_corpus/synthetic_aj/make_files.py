# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_aj documents (SYNTHETIC_AJ.md) — INVENTED 2026 "人工智能+" plans of
云南 / 青海 / 辽宁 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- baoshan-ai-plus-2026-synthetic.docx — a prefecture city's three-year 实施方案 (python-docx): a goal
  paragraph, a 主要指标 table (2025 基期 / 2026 / 2028 columns), tasks 1.–15. numbered on across five
  groups closing on "（牵头单位：…；配合单位：…）";
- geermu-ai-plus-work-points-2026-synthetic.txt — a county-level city's 工作要点 as its portal page is
  saved to text: goals in Chinese numerals, own-line "责任单位：…" and "完成时限：…" under a rule stated once;
- yingkou-etdz-ai-manufacturing-2026-synthetic.pdf — a development zone's "人工智能+制造" 行动计划 built as
  .docx and printed to PDF by LibreOffice: dated goal paragraphs, 〔〕 annotations, one group's lead on
  its heading, a 区 prefix shared by a list, a 专栏 box.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_aj/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import io
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

import doc_baoshan as BS  # noqa: E402
import doc_geermu as GE  # noqa: E402
import doc_yingkou as YK  # noqa: E402
from model import extraction  # noqa: E402

FIXED = (2026, 12, 5, 0, 0, 0)

HEADERS = {
    BS.SLUG: """# 保山市“人工智能+”行动实施方案（2026—2028年） (保山市人民政府办公室, 保政办发〔2026〕15号, 2026-03-20) — SYNTHETIC (synthetic_aj):
# WRITTEN by the collector (helper blindAJ, 2026-12-05) before reading the importer; no such document is claimed to exist (number, date,
# figures, programme names such as "永昌英才" and "保山政务智能助手" made up). Built by make_files.py from doc_baoshan.py as a Word file.
# Zone baoshan-city (云南, a prefecture city → city); period 2026–2028. Outline: notice, title, preamble, 一、总体要求 (no figure),
#   二、发展目标 = one "到2028年，" paragraph (→ goal titled 到2028年, five targets) and a table "保山市“人工智能+”行动主要指标"
#   (序号 | 指标 | 单位 | 2025年（基期） | 2026年 | 2028年 | 指标属性) → one goal titled by the table's caption, no text; each row gives two
#   targets, its 2026 value due 2026 and its 2028 value due 2028 (eq); the 2025 基期 is no target and is not recorded as a baseline; the row
#   whose 基期 is "—" likewise. A row target's phrase is the row's cells from 指标 to its value, joined by spaces (the quote check drops them).
# 三、重点任务 = groups （一）–（五） (sub-sections) of items 1.–15. NUMBERED ON across the groups, "N.标题。正文（牵头单位：X；配合单位：Y、Z）"
#   → X lead, Y Z supporting; item 5's "（牵头单位：X；责任单位：Y、各县（市、区）人民政府）" → lead + responsible (SOURCES.md); item 12 names a
#   牵头单位 alone. 四、保障措施 （一）–（五） → safeguard tasks without roles (the 领导小组办公室 "设在市工业和信息化局" is no annotation).
# Agencies: 各县（市、区）人民政府 one collective; 保山工贸园区管委会 a park; 保山供电局 (云南电网) a state enterprise; 保山学院 other.
# Targets: goal paragraph: 突破 → gt; 力争达到 → eq; 累计打造…150个以上 → gte and flow (累计, as synthetic_af's 大理 reads 累计); 超过 → gt.
#   Every item holding figures is also a goal titled like the item (text without the annotation), due 2028 (undated). 每年 → per_year flow;
#   累计培育 / 引进 → flow; "其中5亿元以上项目不少于3个" → parent of the 引进 target. 万 multiplied out for counted units (10万亩 → 100000 亩,
#   800万人次 → 8000000 人次, as 大理's 1000万人次); 年服务游客 an annual figure: stock. 不低于 → gte.
#   Also a "2026年，" paragraph (→ goal titled 2026年, two targets due 2026) between the 到2028年 paragraph and the table.
#   Not targets: the yearly budget of 保障措施（二） (2000万元), 2026年3月20日, programme names. 保障措施（五） names no figure.
""",
    GE.SLUG: """# 格尔木市2026年“人工智能+”工作要点 (格尔木市人民政府办公室, 格政办〔2026〕21号, issued 2026-03-06, published 2026-03-09) — SYNTHETIC
# (synthetic_aj): WRITTEN by the collector (helper blindAJ, 2026-12-05) before reading the importer; no such document is claimed to exist.
# Built by make_files.py from doc_geermu.py as the city portal's page saved to UTF-8 text (site name, breadcrumb, 索引号 / 发文字号 lines,
#   then the notice and the body, then the page footer with 打印 / ICP lines).
# Zone geermu-city (青海, 海西州's county-level city → city, no parent written); a one-year plan: period 2026–2026, every target due 2026.
# Outline: notice, title, preamble, a paragraph of 2025 figures (1个, 20P, 12个: baselines, no target), 一、工作目标 = one "2026年，…：" paragraph (→ goal titled 2026年) whose figures are partly Chinese numerals
#   (二十个以上 → gte 20, 三个, 不少于五家 → gte 5, 超过百分之六十 → gt 60 %), then the rule "各项任务所列责任单位中，排在第一位的为牵头单位，其他为
#   配合单位。" stated once → in every task the first name lead, the others SUPPORTING (the rule names them 配合单位, not 责任单位).
# 二、重点任务 = groups （一）–（四） (sub-sections) of items "1．标题。正文" (full-width dot) NUMBERED ON 1．–12．, each followed by its own
#   lines "责任单位：…" and (most) "完成时限：…" → both lines belong to the task and its text includes them. Dues: "2026年10月底前" →
#   2026-10-31 (month ends likewise); "全年持续推进" and a missing 完成时限 → no due. 三、保障措施 （一）–（四） → safeguard tasks, no roles.
# Agencies: 各乡镇人民政府 and 各街道办事处 are two collectives; 国网格尔木供电公司 a state enterprise; 格尔木工业园管委会 a park;
#   市委组织部 a party body. 省发展改革委、省数据局 in item 1's text are asked for support, no annotation: not agencies.
# Targets: the goal paragraph's six figures; every item holding figures is also a goal titled like the item (text without the lines).
#   Items 13 and 14 stand in a fifth group （五）; item 14's "其中亿元以上项目不少于一个" → parent of the 引进 target.
#   A one-year plan's things done within the year (全年新增…场景, 全年实施…项目, 全年推广…耳标, 专题培训 期 / 人次) → flow; things that exist
#   (算力, 示范工厂, 企业, 数据集, 物流中心, 覆盖率, 办理率) and the annual 智能客服年服务群众 → stock. 10万人次 → 100000, 2万枚 → 20000.
#   Not targets: the 专项资金500万元 of 保障措施（二）, the 索引号 and dates.
""",
    YK.SLUG: """# 营口经济技术开发区“人工智能+制造”三年行动计划（2026—2028年） (营口经济技术开发区管理委员会办公室, 营开管办发〔2026〕7号, 2026-04-15) —
# SYNTHETIC (synthetic_aj): WRITTEN by the collector (helper blindAJ, 2026-12-05) before reading the importer; no such document is claimed
# to exist. Built by make_files.py from doc_yingkou.py as a .docx printed to PDF by LibreOffice (footer "— N —", a 专栏 as a one-cell table).
# Zone yingkou-etdz (辽宁 营口; a national development zone → district, no parent written); period 2026–2028. Outline: notice, title,
#   preamble, a paragraph of 2025 figures (300余家, 3家, 9个, 62%: baselines, no target), a paragraph of principles, 一、总体目标 = a "到2028年，" paragraph (→ goal 到2028年, six targets; 左右 → approx; 力争达到 → eq), "分年度目标如下：" and two
#   paragraphs "2026年，…" / "2027年，…" (→ goals titled 2026年 / 2027年, their figures due that year; 重点场景 read as the 到2028年 paragraph's
#   人工智能赋能制造业重点场景).
# 二、重点任务 = four 专项行动 groups （一）–（四） (sub-sections) of items "1.标题。正文〔annotation〕" restarting at 1. in each group.
#   Group （一）'s heading "（一）智能工厂培育专项行动〔牵头单位：区经济发展局〕" carries the lead and its items carry none → each item takes
#   the heading's lead (SOURCES.md); the section's title is the heading without the bracket. Group （二）: "〔牵头单位：X；配合单位：Y、Z〕" →
#   X lead, Y Z supporting; item 2's "区科技局、财政局、营商局" shares the 区 prefix → three 营口经济技术开发区 bodies (aliases as printed:
#   区财政局 is also printed in full in 保障措施（二）, 营商局 only bare). Group （三）: "〔X牵头，Y、Z配合〕" (a second wording in the same
#   document) → lead + supporting; "区科技局、商务局配合" shares the prefix too. 三、保障措施 （一）–（五） → safeguard tasks, no roles. The box's second line (清单实行动态管理…) is no goal.
# The box "专栏1　人工智能赋能制造业重点场景" after group （二） is no task: its figures line is a goal titled by the box's name (without
#   "专栏1"), four targets due 2028, no kind (they are parts of the 50个左右 but not written as 其中, so no parent).
# Agencies: 各街道办事处 one collective; 营口港务集团有限公司 a state enterprise; 营口理工学院 other; 仙人岛能源化工区管委会 a park;
#   营口市生态环境局经济技术开发区分局 printed 区生态环境分局. 辽宁省工业和信息化厅、省科技厅 in 保障措施（二） are asked for funds: not agencies.
# Targets: every item holding figures is also a goal titled like the item (text without the annotation), due 2028. 每年 → per_year flow;
#   新建 / 引进 → flow; group （四） item 1's "到2027年底智能算力规模达到300P" is due 2027. Not targets: the yearly budget of 保障措施（二） (不少于3000万元), document numbers and dates.
""",
}


def write_extraction(module):
    data = extraction(**module.EXTRACTION)
    for goal in data["goals"]:
        if not goal["text"]:
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


def para(container, runs, font="仿宋_GB2312", size=16, align=None, indent=True):
    """runs: a string, or [(text, bold)]."""
    p = container.add_paragraph()
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


def borders(table):
    tbl_pr = table._tbl.tblPr
    edges = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:color"), "000000")
        edges.append(el)
    tbl_pr.append(edges)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run("— "), "宋体", 14)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    field.append(r)
    p._p.append(field)
    run_font(p.add_run(" —"), "宋体", 14)


def word_document(module, footer=False):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    if footer:
        page_number_footer(sec)
    core = doc.core_properties
    core.author = core.last_modified_by = ""
    core.created = core.modified = datetime(*FIXED)
    core.revision = 1
    core.title = ""
    for style, text, bold in module.D.blocks:
        if style == "title":
            para(
                doc, [(text, False)], "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False
            )
        elif style == "center":
            para(doc, [(text, False)], "仿宋_GB2312", 16, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif style == "right":
            para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif style == "plain":
            para(doc, text, indent=False)
        elif style == "h1":
            para(doc, text, "黑体")
        elif style == "h2":
            para(doc, text, "楷体_GB2312")
        elif style == "item":
            para(doc, [(bold, True), (text[len(bold) :], False)])
        elif style == "para":
            para(doc, text)
        elif style == "table":
            table = doc.add_table(rows=0, cols=len(text[0]))
            borders(table)
            for row in text:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    cell.paragraphs[0].text = ""
                    run_font(cell.paragraphs[0].add_run(value), "仿宋_GB2312", 11)
        elif style == "box":
            table = doc.add_table(rows=1, cols=1)
            borders(table)
            cell = table.rows[0].cells[0]
            first, *rest = text
            run_font(cell.paragraphs[0].add_run(first), "黑体", 14, True)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            for line in rest:
                para(cell, line, size=14)
        else:
            raise ValueError(style)
    return doc


def save_fixed(doc, path: Path):
    """The .docx with every zip entry dated FIXED, so the file is the same on every run."""
    buffer = io.BytesIO()
    doc.save(buffer)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            fixed = zipfile.ZipInfo(info.filename, FIXED)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            out.writestr(fixed, data)


def write_docx(module):
    save_fixed(word_document(module), HERE / f"{module.SLUG}.docx")


def write_pdf(module):
    """The .docx printed by LibreOffice; its dates, /ID and /DocChecksum replaced by fixed ones of the same length."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{module.SLUG}.docx"
        save_fixed(word_document(module, footer=True), source)
        subprocess.run(
            [
                shutil.which("soffice") or "/usr/bin/soffice",
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
        pdf = (Path(tmp) / f"{module.SLUG}.pdf").read_bytes()
    pdf = re.sub(
        rb"\(D:\d{14}[^)]*\)",
        lambda m: b"(D:20261205000000" + b"Z" * (len(m.group(0)) - 18) + b")",
        pdf,
    )
    pdf = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", pdf)
    pdf = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, pdf)
    pdf = re.sub(
        rb"(<dc:date>|<xmp:CreateDate>|<xmp:ModifyDate>|<xmp:MetadataDate>)([^<]*)",
        lambda m: (
            m.group(1) + b"2026-12-05T00:00:00Z"[: len(m.group(2))].ljust(len(m.group(2)), b"Z")
        ),
        pdf,
    )
    (HERE / f"{module.SLUG}.pdf").write_bytes(pdf)


# ---------------------------------------------------------------- text


def write_txt(module):
    lines = []
    for style, text, _bold in module.D.blocks:
        if isinstance(text, list):
            raise ValueError(style)
        lines.append(text)
    (HERE / f"{module.SLUG}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    for module in (BS, GE, YK):
        write_extraction(module)
    if "--extractions-only" in sys.argv:
        return
    write_docx(BS)
    write_txt(GE)
    write_pdf(YK)


if __name__ == "__main__":
    main()

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ae documents (SYNTHETIC_AE.md) — INVENTED 2026 "人工智能+" plans of
河北 / 山西 / 内蒙古 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- xingtai-ai-plus-2026-synthetic.pdf — a prefecture city's 实施方案 (2026—2028) whose tasks （一）–（十五）
  run on across four chapters, each closing on "（牵头单位：…；责任单位：…）" (several leads in some),
  built as .docx and printed to PDF by LibreOffice (footer "— N —");
- xiaoyi-ai-plus-2026-synthetic.txt — a county-level city's 行动方案 copied from the portal's page:
  header and footer lines, full-width spaces, 第X章 / 第X节 (节 numbered on across chapters), an own-line
  "牵头单位：X　　配合单位：Y" under each 节, a rule stated once for one chapter;
- wuhai-hitech-zone-ai-plus-2026-synthetic.docx — a development zone 管委会's plan (python-docx) whose goals
  are a Word table 指标 | 2025年基数 | 2026年 | 2027年目标, tasks 1.–12. under （一）–（四）.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ae/make_files.py
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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_wuhai as WH  # noqa: E402
import doc_xiaoyi as XY  # noqa: E402
import doc_xingtai as XT  # noqa: E402
from model import extraction  # noqa: E402

HEADERS = {
    XT.SLUG: """# 邢台市“人工智能+”行动实施方案（2026—2028年） (邢台市人民政府办公室, 邢政办字〔2026〕6号, 2026-03-16) — SYNTHETIC (synthetic_ae):
# WRITTEN by the collector (helper bae, 2026-12-04) before reading the importer; no such document is claimed to exist (number, date,
# figures, programme names made up). Built by make_files.py from doc_xingtai.py as a .docx printed to PDF by LibreOffice ("— N —").
# Zone xingtai-city; period 2026–2028. Outline: notice, title, a paragraph of 2025 figures (320P, 约28亿元, 46家, 12家: baselines, no
#   target), the purpose paragraph, 一、总体要求 (two paragraphs, no figure), 二、主要目标 = two dated
#   paragraphs "到2026年底，…" (deadline 2026) and "到2028年，…" (2028) → goals titled by their date phrase; 三、–六、 task chapters whose
#   tasks （一）–（十九） are numbered ON across the chapters, "（N）标题。正文（牵头单位：…；责任单位：…）" in one paragraph → title the first
#   sentence, text the paragraph after its number, annotation included; 七、保障措施 （一）–（四） restart → safeguard tasks, only （二) annotated.
# Roles as worded (SOURCES.md): 牵头单位 → lead (SEVERAL leads in （一）（三）（六）（十）（十一）（十四）（十六）（十七）（十九）; three in （十四）),
#   责任单位 → responsible (not supporting). "各县（市、区）政府" one collective (邢台市各县（市、区）政府); "市直各有关部门" generic, no agency
#   ((十一) has leads only).
#   "清河县、平乡县、南和区、宁晋县政府" → four governments (the shared 政府 suffix expanded; aliases the printed forms).
#   "邢台经济开发区管委会、邢东新区管委会" two bodies; enterprises (中国移动邢台分公司, 国网邢台供电公司) responsible as printed.
# Targets: the two goal paragraphs' figures (3—5个 → range 3–5; 累计达到200个 → stock: the scenes that exist in 2028); every task
#   holding figures is also a goal titled like the task (text without the annotation); a task figure's deadline is its own date phrase
#   (到2026年底 → 2026) else 2028. 每年推动100家以上 / 每年…1万人次以上 / 每年举办…2场以上 → per_year flow; 新增 / 引进培育 → flow;
#   1万 → 10000; "推动5个以上行业大模型完成备案上线" → gte 5, stock (models registered by 2028; a reader may say flow).
#   Not targets: the subsidy cap (最高50万元), the fund's size (10亿元), “冀时办”, the notice's dates.
""",
    XY.SLUG: """# 孝义市“人工智能+”行动方案（2026—2027年） (孝义市人民政府办公室, 孝政办发〔2026〕12号, 2026-04-03) — SYNTHETIC (synthetic_ae):
# WRITTEN by the collector (helper bae, 2026-12-04) before reading the importer; no such document is claimed to exist. Built by
# make_files.py from doc_xiaoyi.py as the portal's page copied into a UTF-8 .txt: site name, breadcrumb, 发布时间/来源/浏览次数,
# 【字体：大　中　小】, the notice, full-width indents and full-width spaces between a 第X章/第X节 number and its title, footer lines.
# Zone xiaoyi-city (county-level city under 吕梁 → level city, parent lvliang-city). Period 2026–2027. Outline: 第一章 总体要求 with
#   第一节 发展基础 (2025 figures 约18亿元, 80P, 22个, 6家: baselines, no target), 第二节 指导思想 (no figure) and 第三节 发展目标 (two
#   paragraphs 到2026年底 → deadline 2026, 到2027年 → 2027: goals titled by their date phrase; 第一章's 节 are no tasks); 第二章–第四章 task
#   chapters whose 节 are the tasks, numbered ON across chapters (第四节–第十九节): the title is the heading
#   line, the text its paragraph plus the own-line annotation under it (SOURCES.md: an own-line annotation belongs to the task);
#   第五章 保障措施 第二十节–第二十三节 → safeguard tasks (第二十一节, 第二十二节 annotated). The closing line "本方案自印发之日起施行，由市数据局
#   负责解释。" after 第二十三节 is no part of its text (and names no role).
# Roles: "牵头单位：X　　配合单位：Y、Z" (two fields on one line, separated by full-width spaces, no ；) → X lead, Y Z supporting;
#   "牵头单位：X、Y" → two leads (第十一节, 第十二节 a town government beside a bureau, 第十七节 with no 配合单位). The rule stated once under
#   第三章's heading ("本章各节任务，各乡镇人民政府、街道办事处按职责分工抓好落实，以下不再列出") → that collective (one agency) responsible
#   for 第九节–第十五节 only (本章). 中国移动孝义分公司 (an enterprise) supporting as printed.
#   吕梁市生态环境局孝义分局 is a city bureau's branch, kept as printed.
# Targets: goal paragraphs' figures (累计培育…60个以上 → flow gte; 培养…2000名 → flow); every 节 holding figures is also a goal titled like it
#   (text its paragraph without the annotation), due 2027 unless dated. 新建 / 新增 → flow; 5G基站累计达到1200个 → stock (base stations that
#   exist); 3000台（套） keeps its printed unit. Not targets: "全覆盖" (no figure), 晋ICP备 and
#   网站标识码 numbers, the notice's dates.
""",
    WH.SLUG: """# 乌海高新区“人工智能+”行动方案（2026—2027年） (乌海高新技术产业开发区管理委员会, 乌高新管发〔2026〕3号, 2026-02-26) — SYNTHETIC
# (synthetic_ae): WRITTEN by the collector (helper bae, 2026-12-04) before reading the importer; no such document is claimed to exist.
# Built by make_files.py from doc_wuhai.py as a Word file (python-docx).
# Zone wuhai-hitech-zone (a development zone → level district, no parent declared). Period 2026–2027. Outline: notice, title, preamble,
#   a paragraph of 2025 figures (96家, 80P, 约12亿元, 35%, 4个: baselines, no target — the same as the table's 2025年基数), 一、总体要求 (two
#   paragraphs, no figure), 二、主要目标 = one paragraph with no figure ("到2026年，…一期建成投用。到2027年，…具体指标见下表") and a caption, then a Word TABLE 指标 | 2025年基数 | 2026年 |
#   2027年目标 of six rows → ONE goal titled 主要目标 (text the paragraph) holding 12 targets: each row's 2026 cell (deadline 2026) and
#   2027年目标 cell (deadline 2027), eq, source_phrase the row's 指标 cell (the unit from its bracket); the 2025年基数 column is a baseline,
#   no target (not recorded). 三、重点任务 → sub-sections （一）–（四） holding tasks 1.–18. numbered ON, "N.标题。正文（annotation）" one
#   paragraph; 四、保障措施 （一）–（四） → safeguard tasks, （二） annotated.
# Roles: "（牵头部门：X；协同部门：Y）" → X lead, Y supporting (协同 as 配合); "（责任部门：X）" → responsible; "应急管理局、经济发展局" two leads.
#   The zone's bureaus are printed without prefix: full names 乌海高新技术产业开发区X; "生态环境分局" → 乌海市生态环境局高新区分局;
#   "各产业园区管理服务中心" one collective.
# Targets in tasks: each task holding figures is also a goal titled like it; 不低于80% → gte; 100家以上 → gte; 下降5% → eq 5 (a reduction
#   rate); 新引进 / 新增 / 开展培训 / 累计孵化 → flow; 5000万个 → 50000000 个; all due 2027. "1个" kept (联合开发化工行业大模型1个 → eq 1).
#   Not targets: the 2025年基数 column and the 2025 paragraph, 首台（套）, 一期.
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


def para(holder, text, font="仿宋_GB2312", size=16, align=None, indent=True, bold=False, line=28):
    p = holder.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        run_font(p.add_run(text), font, size, bold)
    return p


def new_document():
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    props = doc.core_properties
    fixed = datetime.datetime(2026, 3, 1, 8, 0, 0)
    props.author, props.last_modified_by, props.title = "", "", ""
    props.created, props.modified, props.last_printed = fixed, fixed, fixed
    props.revision = 1
    return doc


def page_footer(doc):
    """'— N —' centred in the footer (a PAGE field)."""
    p = doc.sections[0].footer.paragraphs[0]
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


def notice(doc, lines, title_at=1):
    """红头-less 公文 notice: issuer and title centred, number, addressees, body, signature, date."""
    for i, line in enumerate(lines):
        if i <= title_at:
            para(
                doc,
                line,
                "方正小标宋简体",
                20 if i else 22,
                WD_ALIGN_PARAGRAPH.CENTER,
                indent=False,
                line=36,
            )
        elif "〔" in line and line.endswith("号"):
            para(doc, line, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
            para(doc, "", indent=False)
        elif line.endswith("："):
            para(doc, line, indent=False)
        elif i >= len(lines) - 3 and not line.startswith("《"):
            para(doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        else:
            para(doc, line)
    brk = doc.add_paragraph().add_run()
    brk.add_break(WD_BREAK.PAGE)


def heading1(doc, text):
    para(doc, text, "黑体")


def heading2(doc, text):
    para(doc, text, "楷体_GB2312")


def item_para(doc, item):
    para(doc, f"{item.numbering}{item.plain}{item.note}")


def build_xingtai(out_dir: Path) -> Path:
    doc = new_document()
    page_footer(doc)
    notice(doc, XT.NOTICE)
    para(doc, XT.TITLE, "方正小标宋简体", 20, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "", indent=False)
    for text in XT.PREAMBLE:
        para(doc, text)
    heading1(doc, XT.PART1[0])
    for text in XT.PART1[1]:
        para(doc, text)
    heading1(doc, XT.PART2_TITLE)
    para(doc, XT.G_2026.text)
    para(doc, XT.G_2028.text)
    for _code, head, items in XT.CHAPTERS:
        heading1(doc, head)
        for item in items:
            item_para(doc, item)
    path = out_dir / f"{XT.SLUG}.docx"
    doc.save(path)
    fixed_zip(path)
    return path


def build_wuhai(path: Path):
    doc = new_document()
    notice(doc, WH.NOTICE)
    para(doc, WH.TITLE, "方正小标宋简体", 20, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "", indent=False)
    para(doc, WH.PREAMBLE)
    para(doc, WH.BASIS)
    heading1(doc, WH.PART1[0])
    para(doc, WH.PART1[1])
    para(doc, WH.PRINCIPLES)
    heading1(doc, WH.PART2_TITLE)
    para(doc, WH.GOAL_TEXT)
    para(doc, WH.TABLE_CAPTION, "黑体", 14, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    table = doc.add_table(rows=1 + len(WH.ROWS), cols=4)
    table.style = "Table Grid"
    for j, head in enumerate(WH.TABLE_HEAD):
        cell = table.rows[0].cells[j]
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        run_font(cell.paragraphs[0].add_run(head), "黑体", 12, True)
    for i, (printed, _m, _u, base, y26, y27, _k) in enumerate(WH.ROWS, 1):
        for j, value in enumerate((printed, base, y26, y27)):
            cell = table.rows[i].cells[j]
            if j:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            run_font(cell.paragraphs[0].add_run(value), "仿宋_GB2312", 12)
    heading1(doc, "三、重点任务")
    for _code, head, items in WH.CHAPTERS:
        heading2(doc, head)
        for item in items:
            item_para(doc, item)
    heading1(doc, "四、保障措施")
    for item in WH.SAFEGUARDS:
        item_para(doc, item)
    doc.save(path)
    fixed_zip(path)


def build_xiaoyi(path: Path):
    lines = list(XY.HEAD)
    lines.append(f"{XY.CH1[0]}　{XY.CH1[1]}")
    lines.append(f"{XY.SEC0[0]}　{XY.SEC0[1]}")
    lines.append(f"　　{XY.SEC0[2]}")
    lines.append(f"{XY.SEC1[0]}　{XY.SEC1[1]}")
    lines.append(f"　　{XY.SEC1[2]}")
    lines.append(f"{XY.SEC2[0]}　{XY.SEC2[1]}")
    lines.append(f"　　{XY.G_2026.text}")
    lines.append(f"　　{XY.G_2027.text}")
    for chapter, title, _kind, rule, items in XY.CHAPTERS:
        lines.append(f"{chapter}　{title}")
        if rule:
            lines.append(f"　　{rule}")
        for item in items:
            lines.append(f"{item.numbering}　{item.title}")
            lines.append(f"　　{item.body}")
            if item.note:
                lines.append(f"　　{item.note}")
    lines.extend(XY.FOOT)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def fixed_zip(path: Path):
    """Rewrite a .docx with every member dated 2026-03-01, so that builds are byte for byte the same."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(zipfile.ZipInfo(name, (2026, 3, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def fixed_pdf(path: Path):
    """LibreOffice's creation dates and document ID replaced by fixed ones of the same length (the
    cross-reference offsets stay right)."""
    raw = path.read_bytes()
    raw = re.sub(rb"D:\d{14}", b"D:20260316090000", raw)
    raw = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", raw)
    raw = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, raw)
    path.write_bytes(raw)


def print_pdf(docx: Path, target: Path):
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
                str(docx),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(tmp) / f"{docx.stem}.pdf", target)
    fixed_pdf(target)


def main():
    only_extractions = "--extractions-only" in sys.argv
    for module in (XT, XY, WH):
        write_extraction(module)
    if only_extractions:
        return
    build_xiaoyi(HERE / f"{XY.SLUG}.txt")
    build_wuhai(HERE / f"{WH.SLUG}.docx")
    with tempfile.TemporaryDirectory() as tmp:
        docx = build_xingtai(Path(tmp))
        print_pdf(docx, HERE / f"{XT.SLUG}.pdf")


if __name__ == "__main__":
    main()

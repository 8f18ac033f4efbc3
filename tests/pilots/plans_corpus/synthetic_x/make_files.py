# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_x documents (SYNTHETIC_X.md) — INVENTED 2026 "人工智能+" plans dense in
numeric targets — and their expected extractions (.yaml beside each), from the lists in doc_*.py:

- yueyang-ai-plus-2026-synthetic.docx — a city 行动方案 (python-docx): a goals paragraph of dated
  sentences, a 主要指标 table with a 2025 基期 column, run-on tasks with "（X牵头，Y配合）";
- xizang-ai-plus-2026-synthetic.pdf — a province 实施方案 built as .docx and printed to PDF by
  LibreOffice: figures inside tasks (到2026年…；到2027年…) and in two 专栏 boxes (one-cell tables),
  "（牵头单位：X；配合单位：Y）";
- yuhuatai-ai-plus-work-plan-2026-synthetic.txt — a district annual 工作方案 (UTF-8): "——" goal
  lines and a 任务清单 of numbered items with own-line 牵头单位 / 责任单位 / 完成时限 lines.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_x/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_xizang as XZ  # noqa: E402
import doc_yueyang as YY  # noqa: E402
import doc_yuhuatai as YHT  # noqa: E402
from model import extraction  # noqa: E402

COMMON = """# WRITTEN by the collector (helper bX, 2026-12-03) before reading the importer; no such document is claimed to exist (number,
# date, figures and some bodies' names made up). Built by make_files.py from {module}.
# Targets by SOURCES.md: 以上/不少于 gte; 超过/突破 gt; 达到/bare eq; 左右 and 约 approx (约 is not in the glossary: read as
#   左右); 1—2个 / 3～5家 range; 以内/以下 lte; 力争 changes nothing; 万/亿 of a count scaled to base units (2万人 → 20000 人,
#   5万人次 → 50000 人次, 100亿Tokens → 10000000000 Tokens), 亿元 kept as the unit; Chinese numerals (三百家, 一百家, 一千家, 十个) read as digits.
# NOT targets (precision): baselines ("2025年…已达…", "截至2025年底，已建成…", a 主要指标 table's 2025年（基期） column), a past
#   同比增长 in a baseline, subsidy rates and caps (30%, 最高不超过50万元, 一次性奖励), tax rates, conditions (亿元以上项目, 二级以上
#   医院, 海拔4000米以上), years and dates (2026年底前建成), 第N批 / 第N届 / 第5次, document numbers, counts of what exists (74个县).
# A growth rate set as a goal of the period ("年均增长40%以上", "同比增长15%以上" in a goals line) IS a target (stock, its own
#   metric), as synthetic_w's extraction reads "年均增长15%以上"; 翻一番 alone is no figure, the 突破85亿元 beside it is.
"""

HEADERS = {
    YY.SLUG: """# 岳阳市推进“人工智能+”行动方案（2026—2027年） (岳阳市人民政府办公室, 岳政办发〔2026〕6号, 2026-03-18) — SYNTHETIC (synthetic_x):
"""
    + COMMON.format(module="doc_yueyang.py as a Word file")
    + """# Zone yueyang-city. Outline: a notice, then 一、总体目标 (a baseline paragraph: no targets; one goals paragraph of two dated
#   sentences "2026年全市…" (no comma after the year; deadline 2026) and "到2027年底，…" (deadline 2027) → two goals titled by the
#   date phrase; the 主要指标 table → a goal titled by its caption without "表1": every row gives two targets, its 2026年 and 2027年
#   cells (deadline = the column's year), "≥60" gte, 万人 → 人, source_phrase the row's 指标 cell, owner the row's 责任单位).
#   二、重点任务 five （一） chapters of run-on tasks "N．标题。正文（X牵头，Y、Z配合）" numbered 1–15 across chapters: X lead, Y Z
#   supporting; "X、Y牵头" two leads. Task paragraphs holding figures are also goals titled like the task (deadline: the year the
#   sentence names, else 2027; 每年 → per_year flow; "到2026年…3个以上，到2027年底再新增5个以上" → two targets of one metric),
#   each such target OWNED by its task's first lead (SOURCES.md, owners).
#   三、保障措施 （一）–（五） run-on, unannotated → safeguard tasks without roles (每季度末, 每半年 are no figures).
""",
    XZ.SLUG: """# 西藏自治区推动“人工智能+”行动实施方案 (西藏自治区人民政府办公厅, 藏政办发〔2026〕9号, 2026-04-08) — SYNTHETIC (synthetic_x):
"""
    + COMMON.format(module="doc_xizang.py as a .docx printed to PDF by LibreOffice")
    + """# Zone: the autonomous region at the provincial level → level municipality, slug xizang-region. Period 2026–2027 (the goals say
#   到2027年; the title names no years). Outline: 一、总体要求 (guiding paragraph, a baseline paragraph "截至2025年底，已建成…" with no
#   target, the goals paragraph "到2027年，…"); 二、重点任务 tasks （一）–（十二） run on "（一）标题。正文（牵头单位：X；配合单位：Y、Z）" →
#   X lead, Y Z supporting; 各地（市）行署（人民政府） is one collective agency; 自治区人民政府办公厅（政务服务管理办公室） one body with two
#   names. Figures inside a task → a goal titled like the task, a date per clause (到2026年… deadline 2026；到2027年… 2027; 每年 per_year
#   flow; "到2027年，累计达到50个" takes its metric from the clause before, "其中…不少于10个" its parent). Three 专栏 boxes (one-cell tables):
#   the two "X重点工程" boxes are engineering sub-sections of 二 (code 二.专栏K, numbering 专栏K) whose "N．X：…" lines are 工程 tasks
#   titled X, no roles, and goals titled like the item — the corpus's reading of such boxes (synthetic_h, _o, _t), which this extraction
#   first broke (corrected after measurement 1, SYNTHETIC_X.md); 专栏2 "“人工智能+”重点应用场景" lists scenes, not 工程: a goal titled by its
#   heading, its figures due 2027 (no date given). "建设国产化智能算力1000PFlops，2026年底前投入运营" → deadline 2026 (the centre is to run
#   by then; first read 2027, corrected); "100亿Tokens" → 10000000000 Tokens (base units; first kept as 亿Tokens, corrected);
#   "覆盖全区74个县（区）" counts what exists; "时延控制在20毫秒以内" → lte. 三、保障措施 （一）–（五）
#   unannotated (减按15%的税率: no target); the closing "有效期至2027年12月31日" is a date.
""",
    YHT.SLUG: """# 雨花台区2026年推进“人工智能+”行动工作方案 (南京市雨花台区人民政府办公室, 雨政办发〔2026〕4号, 2026-02-26) — SYNTHETIC (synthetic_x):
"""
    + COMMON.format(module="doc_yuhuatai.py as a UTF-8 text")
    + """# Zone yuhuatai-district (parent nanjing-city). A ONE-YEAR plan: every deadline 2026; things done within the year (新增, 新建, 发布,
#   举办, 全年…) are flow, levels (营业收入, 授权量 as an annual figure → stock, 开课率, 比例, 入驻企业) stock. 二、工作目标: an intro line
#   "2026年，…力争实现以下目标：" and four "——标题。正文" lines → four goals titled by their first phrase. The baseline sentence at the end of
#   一、总体思路 ("2025年…达104亿元，…超过600家，…第四批…") holds no target. 三、任务清单: four （一） groups of items 1．–12． numbered on,
#   each "N．标题。正文" followed by OWN-LINE lines belonging to it (in its text): "责任单位：X、Y" → responsible; "牵头单位：X" then
#   "责任单位：Y" → X lead, Y responsible; "责任单位：X（牵头）、Y" → X lead, Y responsible; "完成时限：2026年N月底前" → due the month's
#   last day. Items 1．–21． holding figures are also goals titled like the item (text: its first line). 各街道 is one collective
#   agency; 区委组织部（人才办） one body. 四、工作安排's three phases "（一）部署启动阶段（2026年3月底前）。…" are NOT tasks and hold no
#   target; 五、保障措施 （一）–（四） unannotated. Subsidies (40%, 最高300万元, 每人每月3000元, 贴息50%, 单户每年最高20万元) are no targets.
""",
}


def set_font(run, size=16, name="仿宋_GB2312", bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def borders(table):
    tbl_pr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tbl_pr.append(b)


def docx_build(blocks, path: Path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.7)
    footer = sec.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    for kind, text in (("begin", None), ("instr", "PAGE"), ("end", None)):
        r = footer.add_run()
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        r._r.append(el)
    footer.add_run(" —")
    for kind, text in blocks:
        if kind == "table":
            table = doc.add_table(rows=len(text), cols=len(text[0]))
            borders(table)
            for row, cells in zip(table.rows, text, strict=True):
                for cell, value in zip(row.cells, cells, strict=True):
                    cell.text = ""
                    set_font(cell.paragraphs[0].add_run(value), size=11, name="宋体")
            continue
        if kind == "box":
            table = doc.add_table(rows=1, cols=1)
            borders(table)
            cell = table.rows[0].cells[0]
            cell.text = ""
            for i, line in enumerate(text):
                para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                if i == 0:
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                set_font(
                    para.add_run(line),
                    size=14,
                    name="黑体" if i == 0 else "楷体_GB2312",
                    bold=i == 0,
                )
            doc.add_paragraph()
            continue
        for part in text.split("\n"):
            para = doc.add_paragraph()
            fmt = para.paragraph_format
            if kind in ("title", "center", "red"):
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind == "right":
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif kind in ("p", "h", "h2", "note"):
                fmt.first_line_indent = Pt(32)
            if kind == "red":
                set_font(para.add_run(part), size=26, name="方正小标宋简体", color=(0xC0, 0, 0))
            elif kind == "title":
                set_font(para.add_run(part), size=22, name="方正小标宋简体")
            elif kind == "h":
                set_font(para.add_run(part), name="黑体")
            elif kind == "h2":
                set_font(para.add_run(part), name="楷体_GB2312", bold=True)
            elif kind == "note":
                set_font(para.add_run(part), size=12)
            else:
                set_font(para.add_run(part))
    doc.save(str(path))


def pdf_build(blocks, path: Path):
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{path.stem}.docx"
        docx_build(blocks, src)
        subprocess.run(
            [
                soffice,
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
        )
        shutil.copy(Path(tmp) / f"{path.stem}.pdf", path)


def write_extraction(module):
    data = extraction(
        zone=module.ZONE,
        plan=module.PLAN,
        agencies=module.AGENCIES,
        goals=module.GOALS,
        sections=module.SECTIONS,
    )
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000)
    (HERE / f"{module.SLUG}.yaml").write_text(HEADERS[module.SLUG] + body, encoding="utf-8")


def main():
    for module in (YY, XZ, YHT):
        write_extraction(module)
    if "--extractions-only" in sys.argv:
        return
    docx_build(YY.BLOCKS, HERE / f"{YY.SLUG}.docx")
    pdf_build(XZ.BLOCKS, HERE / f"{XZ.SLUG}.pdf")
    (HERE / f"{YHT.SLUG}.txt").write_text("\n".join(YHT.LINES), encoding="utf-8")


if __name__ == "__main__":
    main()

# ruff: noqa: E501  (page text is kept as the producers lay it out)
"""Builds the three synthetic_l documents with file producers no earlier set used, and their
expected extractions (SYNTHETIC_L.md):

- danyang-ai-plus-2026-synthetic.doc — a county-level city's plan written as a .docx (python-docx)
  and SAVED BY LIBREOFFICE AS WORD 97–2003 (.doc, `soffice --convert-to doc`); the annex 重点任务清单
  stands in a LANDSCAPE section (序号 | 任务名称 | 具体内容 | 牵头单位 | 配合单位 | 完成时限);
- ningxia-ai-plus-2026-synthetic.pdf — a province-level plan written as a .docx and PRINTED BY
  LIBREOFFICE; footer "第 X 页 共 Y 页" (PAGE / NUMPAGES fields); a 主要指标 table with a 2025 基期
  column and an 属性 column; the tasks only in a LANDSCAPE annex table whose long rows SPLIT ACROSS
  PAGES (header row repeated), category rows spanning the table;
- yibin-ai-plus-2026-synthetic.pdf — a city plan DRAWN BY REPORTLAB the way Word's "另存为 PDF"
  lays a 公文 out: every line its own text run, justified lines (character spacing), headings in a
  second font (Noto Sans CJK SC Bold) beside the body's (Noto Serif CJK SC), both cut to the
  characters used and converted to TrueType here so that ReportLab embeds them, a footnote at the foot of its page, page numbers "— N —".

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_l/make_files.py
(needs /usr/bin/soffice, reportlab and fontTools; --extractions-only writes the .yaml files alone).
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_danyang as DY  # noqa: E402
import doc_ningxia as NX  # noqa: E402
import doc_yibin as YB  # noqa: E402

# ---------------------------------------------------------------- LibreOffice, one conversion at a time


def soffice_convert(source: Path, target_format: str, out: Path):
    with tempfile.TemporaryDirectory() as root:
        subprocess.run(
            [
                "/usr/bin/soffice",
                f"-env:UserInstallation=file://{root}/profile",
                "--headless",
                "--convert-to",
                target_format,
                "--outdir",
                root,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=240,
        )
        shutil.copy(Path(root) / f"{source.stem}.{out.suffix.lstrip('.')}", out)


# ---------------------------------------------------------------- python-docx helpers


def docx_tools():
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    return (
        Document,
        WD_ORIENT,
        WD_SECTION,
        WD_TABLE_ALIGNMENT,
        WD_ALIGN_PARAGRAPH,
        WD_BREAK,
        OxmlElement,
        qn,
        Mm,
        Pt,
    )


(
    Document,
    WD_ORIENT,
    WD_SECTION,
    WD_TABLE_ALIGNMENT,
    WD_ALIGN_PARAGRAPH,
    WD_BREAK,
    OxmlElement,
    qn,
    Mm,
    Pt,
) = docx_tools()

BODY_FONT, HEAD_FONT, TITLE_FONT, KAI_FONT = "仿宋_GB2312", "黑体", "方正小标宋简体", "楷体_GB2312"


def run_font(run, font, size, bold=False):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), font)


def para(doc_or_cell, text, font=BODY_FONT, size=16, align=None, indent=True, bold=False):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    fmt = p.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(28) if size >= 14 else Pt(16)
    if indent:
        fmt.first_line_indent = Pt(size * 2)
    run_font(p.add_run(text), font, size, bold)
    return p


def cell_text(cell, text, size=10.5, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(15)
    run_font(p.add_run(text), BODY_FONT if not bold else HEAD_FONT, size, False)


def page_margins(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(28), Mm(26)
        section.left_margin, section.right_margin = Mm(30), Mm(30)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)


def header_row_repeats(row):
    tr_pr = row._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    tr_pr.append(mark)


def column_widths(table, widths_mm):
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)


def notice_pages(doc, mod, red_head=None):
    if red_head:
        para(doc, red_head, TITLE_FONT, 30, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, mod.DOC_NUMBER, BODY_FONT, 16, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "", indent=False)
    para(doc, mod.NOTICE_TITLE, TITLE_FONT, 20, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "", indent=False)
    para(doc, mod.NOTICE[0], indent=False)
    for text in mod.NOTICE[1:]:
        para(doc, text)
    para(doc, "", indent=False)
    for text in mod.SIGNATURE:
        para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    if getattr(mod, "NOTE", None):
        para(doc, mod.NOTE, indent=True)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def task_text(task) -> str:
    return f"{task[1]}。{task[2]}"


# ---------------------------------------------------------------- 1. 丹阳: .docx saved as .doc


def danyang_docx(path: Path):
    doc = Document()
    page_margins(doc.sections[0])
    notice_pages(doc, DY)
    para(doc, DY.TITLE, TITLE_FONT, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "", indent=False)
    para(doc, DY.PREAMBLE)
    para(doc, "".join(DY.PART_GENERAL), HEAD_FONT)
    para(doc, "".join(DY.GUIDE[:2]), KAI_FONT)
    para(doc, DY.GUIDE[2])
    para(doc, "".join(DY.PRINCIPLES[:2]), KAI_FONT)
    para(doc, DY.PRINCIPLES[2])
    para(doc, "".join(DY.GOAL_HEAD), KAI_FONT)
    for text, _ in DY.GOALS:
        para(doc, text)
    para(doc, "".join(DY.TASK_PART), HEAD_FONT)
    for numbering, title, tasks in DY.CHAPTERS:
        para(doc, f"{numbering}{title}", KAI_FONT)
        for task in tasks:
            para(doc, f"{task[0]}{task_text(task)}")
    para(doc, "".join(DY.SAFEGUARD_PART), HEAD_FONT)
    for numbering, title, body in DY.SAFEGUARDS:
        p = para(doc, "")
        run_font(p.add_run(f"{numbering}{title}。"), KAI_FONT, 16)
        run_font(p.add_run(body), BODY_FONT, 16)
    para(doc, "", indent=False)
    para(doc, f"附件：{DY.ANNEX_TITLE}", indent=True)

    annex = doc.add_section(WD_SECTION.NEW_PAGE)
    page_margins(annex, landscape=True)
    para(doc, DY.ANNEX_LABEL, HEAD_FONT, 16, indent=False)
    para(doc, DY.ANNEX_TITLE, TITLE_FONT, 20, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    names = {code: alias for code, _, alias, _ in DY.AGENCIES}
    rows = [task for _, _, tasks in DY.CHAPTERS for task in tasks]
    table = doc.add_table(rows=1 + len(rows), cols=len(DY.ANNEX_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, DY.ANNEX_HEADER, strict=True):
        cell_text(cell, text, 12, bold=True, center=True)
    header_row_repeats(table.rows[0])
    for number, (task, row) in enumerate(zip(rows, table.rows[1:], strict=True), 1):
        lead, support = task[3]
        cells = [
            str(number),
            task[1],
            DY.ANNEX_CONTENT[task[0]],
            "、".join(names[c] for c in lead),
            "、".join(names[c] for c in support),
            task[4],
        ]
        for i, (cell, text) in enumerate(zip(row.cells, cells, strict=True)):
            cell_text(cell, text, 12, center=i in (0, 5))
    column_widths(table, [12, 40, 80, 38, 40, 27])
    para(doc, "", indent=False)  # Word ends a document after a table with a paragraph mark
    doc.save(path)


def make_danyang(out: Path):
    with tempfile.TemporaryDirectory() as root:
        source = Path(root) / f"{out.stem}.docx"
        danyang_docx(source)
        soffice_convert(source, "doc", out)


# ---------------------------------------------------------------- 2. 宁夏: .docx printed by LibreOffice


def page_field(paragraph, instruction):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None)):
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        else:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {text} "
            run._r.append(instr)
    shown = paragraph.add_run("1")
    run_font(shown, BODY_FONT, 12)
    end = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), "end")
    end._r.append(char)


def page_footer(section):
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run("第 "), BODY_FONT, 12)
    page_field(p, "PAGE")
    run_font(p.add_run(" 页 共 "), BODY_FONT, 12)
    page_field(p, "NUMPAGES")
    run_font(p.add_run(" 页"), BODY_FONT, 12)


def indicator_rows():
    """(row cells as printed, [(year, cell)]) of the 主要指标 table."""
    return [
        ([n, name, unit, base, y26, y27, attr], [(2026, y26), (2027, y27)])
        for n, name, unit, base, y26, y27, attr, _ in NX.INDICATORS
    ]


def ningxia_docx(path: Path):
    doc = Document()
    page_margins(doc.sections[0])
    notice_pages(doc, NX, red_head="宁夏回族自治区人民政府办公厅文件")
    body = doc.add_section(WD_SECTION.NEW_PAGE)
    page_margins(body)
    page_footer(body)
    para(doc, NX.TITLE, TITLE_FONT, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "", indent=False)
    para(doc, NX.PREAMBLE)
    para(doc, "".join(NX.PART_GENERAL), HEAD_FONT)
    para(doc, "（一）发展基础", KAI_FONT)
    para(doc, NX.BASIS)
    para(doc, "（二）指导思想", KAI_FONT)
    para(doc, NX.GUIDE)
    para(doc, "（三）基本原则", KAI_FONT)
    para(doc, NX.PRINCIPLES)
    para(doc, "（四）主要目标", KAI_FONT)
    for text, _ in NX.GOAL_SENTENCES:
        para(doc, text)
    para(doc, NX.INDICATOR_CAPTION, HEAD_FONT, 14, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rows = indicator_rows()
    table = doc.add_table(rows=1 + len(rows), cols=len(NX.INDICATOR_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, NX.INDICATOR_HEADER, strict=True):
        cell_text(cell, text, 10.5, bold=True, center=True)
    for (cells, _), row in zip(rows, table.rows[1:], strict=True):
        for i, (cell, text) in enumerate(zip(row.cells, cells, strict=True)):
            cell_text(cell, text, 10.5, center=i != 1)
    column_widths(table, [12, 52, 18, 26, 18, 18, 18])
    para(doc, "", indent=False)
    para(doc, "".join(NX.TASK_PART), HEAD_FONT)
    para(doc, NX.TASK_PARAGRAPH)
    para(doc, "".join(NX.SAFEGUARD_PART), HEAD_FONT)
    for numbering, title, text in NX.SAFEGUARDS:
        p = para(doc, "")
        run_font(p.add_run(f"{numbering}{title}。"), KAI_FONT, 16)
        run_font(p.add_run(text), BODY_FONT, 16)
    para(doc, "", indent=False)
    para(doc, f"附件：{NX.ANNEX_TITLE}")

    annex = doc.add_section(WD_SECTION.NEW_PAGE)
    page_margins(annex, landscape=True)
    para(doc, NX.ANNEX_LABEL, HEAD_FONT, 16, indent=False)
    para(doc, NX.ANNEX_TITLE, TITLE_FONT, 20, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    count = sum(1 + len(tasks) for _, _, tasks in NX.CATEGORIES)
    table = doc.add_table(rows=1 + count, cols=len(NX.ANNEX_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    column_widths(table, [12, 36, 118, 46, 25])
    for cell, text in zip(table.rows[0].cells, NX.ANNEX_HEADER, strict=True):
        cell_text(cell, text, 12, bold=True, center=True)
    header_row_repeats(table.rows[0])
    at, number = 1, 0
    for numbering, title, tasks in NX.CATEGORIES:
        merged = table.rows[at].cells[0].merge(table.rows[at].cells[-1])
        cell_text(merged, f"{numbering}{title}", 12, bold=True)
        at += 1
        for task in tasks:
            number += 1
            cells = [str(number), task[0], task[1], task[2], task[4]]
            for i, (cell, text) in enumerate(zip(table.rows[at].cells, cells, strict=True)):
                cell_text(cell, text, 12, center=i in (0, 4))
            at += 1
    doc.save(path)


def make_ningxia(out: Path):
    with tempfile.TemporaryDirectory() as root:
        source = Path(root) / f"{out.stem}.docx"
        ningxia_docx(source)
        soffice_convert(source, "pdf:writer_pdf_Export", out)


# ---------------------------------------------------------------- 3. 宜宾: ReportLab as Word's PDF export

BODY, BODY_PT, LEADING = "NotoSerifSC", 15.75, 28.9
PAGE_W, PAGE_H = 595.28, 841.89
LEFT, RIGHT, TOP, BOTTOM = 79.4, 73.7, 104.9, 99.2
NO_START = set("，。、；：？！）》”’％%")
NO_END = set("（《“‘")


NOTO = "/usr/share/fonts/opentype/noto/"
FONTS = {
    "NotoSerifSC": NOTO + "NotoSerifCJK-Regular.ttc",
    "NotoSansSC-Bold": NOTO + "NotoSansCJK-Bold.ttc",
}


def truetype_cut(name: str, text: str, root: Path) -> Path:
    """A Noto CJK SC face (index 2 of its collection) cut to the characters `text` uses and its
    outlines turned into TrueType quadratics, which ReportLab can embed (it reads no CFF
    outlines) — as Word embeds the subset of each font a document uses."""
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(FONTS[name], fontNumber=2)
    options = subset.Options()
    options.layout_features, options.name_IDs, options.notdef_outline = [], ["*"], True
    cutter = subset.Subsetter(options)
    cutter.populate(text=text)
    cutter.subset(font)
    order, shapes = font.getGlyphOrder(), font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(shapes)
        shapes[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"], font["loca"] = glyf, newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in [
        "maxPoints",
        "maxContours",
        "maxCompositePoints",
        "maxCompositeContours",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
        "maxComponentDepth",
    ]:
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    font["head"].indexToLocFormat = font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType, post.extraNames, post.mapping = 2.0, [], {}
    font.sfntVersion = "\x00\x01\x00\x00"
    out = root / f"{name}.ttf"
    font.save(out)
    return out


def tokens(text: str) -> list[str]:
    """Characters, ASCII letter/digit runs kept whole (Word does not break 2028 or EFLOPS)."""
    out: list[str] = []
    for ch in text:
        if (
            out
            and ch.isascii()
            and ch.isalnum()
            and out[-1][-1].isascii()
            and out[-1][-1].isalnum()
        ):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def lines_of(text: str, font: str, size: float, width: float, indent: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, current, room = [], [], width - indent
    for token in tokens(text):
        if current and stringWidth("".join(current) + token, font, size) > room:
            carry = []
            if token[0] in NO_START:
                carry.append(current.pop())
            while current and current[-1] in NO_END:
                carry.insert(0, current.pop())
            lines.append("".join(current))
            current, room = carry, width
        current.append(token)
    lines.append("".join(current))
    return lines


class Pages:
    """A canvas that places each line as its own text run, justified like Word's export."""

    def __init__(self, path: Path, cut_fonts: dict[str, Path]):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        for name, ttf in cut_fonts.items():
            pdfmetrics.registerFont(TTFont(name, str(ttf)))
        self.canvas = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
        self.canvas.setTitle(YB.TITLE)
        self.canvas.setAuthor("Administrator")
        self.canvas.setCreator("Microsoft® Word 2016")
        self.page, self.y, self.footnote = 1, PAGE_H - TOP, None
        self.width = PAGE_W - LEFT - RIGHT

    def bottom(self):
        return BOTTOM + (40 if self.footnote else 0)

    def new_page(self):
        self.finish_page()
        self.canvas.showPage()
        self.page, self.y = self.page + 1, PAGE_H - TOP

    def finish_page(self):
        c = self.canvas
        if self.footnote:
            c.setLineWidth(0.5)
            c.line(LEFT, BOTTOM + 30, LEFT + 144, BOTTOM + 30)
            text = c.beginText(LEFT, BOTTOM + 16)
            text.setFont(BODY, 9)
            text.textLine(self.footnote)
            c.drawText(text)
            self.footnote = None
        number = f"— {self.page} —"
        c.setFont(BODY, 14)
        c.drawCentredString(PAGE_W / 2, BOTTOM - 40, number)

    def line(self, text, font, size, x, justify, superscript_after=None):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        if self.y - LEADING < self.bottom():
            self.new_page()
        self.y -= LEADING
        run = self.canvas.beginText(x, self.y)
        run.setFont(font, size)
        if justify and len(text) > 1:
            room = LEFT + self.width - x - stringWidth(text, font, size)
            run.setCharSpace(max(room, 0) / (len(text) - 1))
        if superscript_after and superscript_after in text:
            head, tail = text.split(superscript_after, 1)
            run.textOut(head + superscript_after)
            run.setFont(font, size * 0.6)
            run.setRise(size * 0.45)
            run.textOut("1")
            run.setRise(0)
            run.setFont(font, size)
            run.textOut(tail)
        else:
            run.textOut(text)
        self.canvas.drawText(run)

    def paragraph(self, text, font=BODY, size=BODY_PT, indent=2, align="justify", note=None):
        indent_pt = indent * size
        if align == "center":
            from reportlab.pdfbase.pdfmetrics import stringWidth

            for piece in lines_of(text, font, size, self.width, 0):
                x = LEFT + (self.width - stringWidth(piece, font, size)) / 2
                self.line(piece, font, size, x, False)
            return
        if align == "right":
            from reportlab.pdfbase.pdfmetrics import stringWidth

            x = LEFT + self.width - stringWidth(text, font, size) - 2 * size
            self.line(text, font, size, x, False)
            return
        pieces = lines_of(text, font, size, self.width, indent_pt)
        for i, piece in enumerate(pieces):
            x = LEFT + (indent_pt if i == 0 else 0)
            last = i == len(pieces) - 1
            marked = note if note and note in piece else None
            if marked:
                self.footnote = YB.FOOTNOTE
            self.line(piece, font, size, x, not last, marked)

    def blank(self):
        self.y -= LEADING

    def save(self):
        self.finish_page()
        self.canvas.save()


def yibin_blocks():
    """(kind, text) in reading order: kinds title, head (一、), sub (（一）), p, sign."""
    out = [("sub", YB.DOC_NUMBER), ("title", YB.NOTICE_TITLE), ("p0", YB.NOTICE[0])]
    out += [("p", t) for t in YB.NOTICE[1:]]
    out += [("sign", t) for t in YB.SIGNATURE]
    out += [
        ("page", ""),
        ("title", YB.TITLE),
        ("p", YB.PREAMBLE),
        ("head", "".join(YB.PART_GENERAL)),
    ]
    out += [("p", YB.BASIS), ("p", YB.GUIDE), ("p", YB.PRINCIPLES), ("p", YB.GOAL_LEAD)]
    out += [("p", text) for text, _ in YB.GOAL_ITEMS]
    out.append(("head", "".join(YB.TASK_PART)))
    for numbering, title, tasks in YB.CHAPTERS:
        out.append(("sub", f"{numbering}{title}"))
        out += [("p", f"{t[0]}{yibin_task_text(t)}") for t in tasks]
    out.append(("head", "".join(YB.SAFEGUARD_PART)))
    out += [("p", f"{n}{t}。{b}") for n, t, b in YB.SAFEGUARDS]
    return out


def yibin_task_text(task) -> str:
    return f"{task[1]}。{task[2]}{task[3]}"


def make_yibin(out: Path):
    blocks = yibin_blocks()
    heads = "".join(t for k, t in blocks if k in ("title", "head"))
    body = "".join(t for _, t in blocks) + YB.FOOTNOTE + "— 0123456789"
    with tempfile.TemporaryDirectory() as root:
        cut = {
            "NotoSansSC-Bold": truetype_cut("NotoSansSC-Bold", heads, Path(root)),
            BODY: truetype_cut(BODY, body, Path(root)),
        }
        pages = Pages(out, cut)
        for kind, text in blocks:
            if kind == "page":
                pages.new_page()
            elif kind == "title":
                pages.blank()
                pages.paragraph(text, "NotoSansSC-Bold", 21.5, align="center")
                pages.blank()
            elif kind == "head":
                pages.paragraph(text, "NotoSansSC-Bold", BODY_PT)
            elif kind == "sub":
                pages.paragraph(text, BODY, BODY_PT, align="center" if "〔" in text else "justify")
            elif kind == "sign":
                pages.paragraph(text, align="right")
            elif kind == "p0":
                pages.paragraph(text, indent=0)
            else:
                pages.paragraph(text, note=YB.FOOTNOTE_AFTER if text == YB.BASIS else None)
        pages.save()


# ---------------------------------------------------------------- expected extractions


def target(code, row, phrase=None, deadline=None):
    metric, unit, comparator, value, row_deadline, aggregation, kind, row_phrase, *rest = row
    value_max = next((x for x in rest if x is not None and type(x) is not bool), None)
    out = {
        "code": code,
        "metric": metric,
        "unit": unit,
        "comparator": comparator,
        "value": value,
    }
    if value_max is not None:
        out["value_max"] = value_max
    out["deadline"] = deadline or row_deadline
    if True in [x for x in rest if type(x) is bool]:
        out["per_year"] = True
    out["aggregation"] = aggregation
    if kind:
        out["kind"] = kind
    out["source_phrase"] = phrase or row_phrase
    return out


class Codes:
    def __init__(self):
        self.count = 0

    def __call__(self):
        self.count += 1
        return f"T{self.count}"


def agencies_of(mod):
    return [{"code": c, "name": n, "aliases": [a], "category": k} for c, n, a, k in mod.AGENCIES]


def due_of(printed: str):
    """完成时限 as the table prints it: 2027年12月底 → the month's last day; 2027年底前 → the year."""
    if "年" not in printed:
        return None
    year, rest = printed.split("年", 1)
    if "月" in rest:
        month = int(rest.split("月")[0])
        last = {6: 30, 12: 31}[month]
        return f"{year}-{month:02d}-{last}"
    return int(year)


def safeguard_section(mod):
    code = mod.SAFEGUARD_PART[0].rstrip("、")
    return {
        "code": code,
        "numbering": mod.SAFEGUARD_PART[0],
        "title": mod.SAFEGUARD_PART[1],
        "kind": "safeguard",
        "tasks": [
            {"code": f"{code}.{i}", "numbering": n, "title": t, "text": f"{t}。{b}"}
            for i, (n, t, b) in enumerate(mod.SAFEGUARDS, 1)
        ],
    }


def body_task_sections(mod, text_of, roles_of, due=None):
    """The task part of a plan whose tasks are the body's numbered items under （N） chapters;
    items with figures are also goals titled like the item."""
    goals, chapters = [], []
    part = mod.TASK_PART[0].rstrip("、")
    for numbering, title, tasks in mod.CHAPTERS:
        items = []
        for task in tasks:
            item = {
                "code": f"{part}.{numbering.strip('（）').join('()')}.{task[0].rstrip('.')}",
                "numbering": task[0],
                "title": task[1],
                "text": text_of(task),
            }
            if due and due(task):
                item["due"] = due(task)
            item.update(roles_of(task))
            items.append(item)
            if task[-1]:
                goals.append((task[0], task[1], item["text"], task[-1]))
        chapters.append(
            {
                "code": f"{part}.{numbering.strip('（）').join('()')}",
                "numbering": numbering,
                "title": title,
                "kind": "key_task",
                "tasks": items,
            }
        )
    section = {
        "code": part,
        "numbering": mod.TASK_PART[0],
        "title": mod.TASK_PART[1],
        "kind": "key_task",
        "sections": chapters,
    }
    return section, goals


def roles_dict(lead, supporting):
    out = {}
    if lead:
        out["lead"] = list(lead)
    if supporting:
        out["supporting"] = list(supporting)
    return out


def danyang_extraction():
    code = Codes()
    goals = [
        {
            "code": f"G{i}",
            "title": text.split("，")[0],
            "text": text,
            "targets": [target(code(), r) for r in rows],
        }
        for i, (text, rows) in enumerate(DY.GOALS, 1)
    ]
    whole, part = goals[1]["targets"][3:5]  # 培育人工智能企业60家以上，其中高新技术企业30家
    part["parent"] = whole["code"]
    tasks_section, task_goals = body_task_sections(
        DY, task_text, lambda t: roles_dict(*t[3]), lambda t: due_of(t[4])
    )
    for numbering, title, text, rows in task_goals:
        goals.append(
            {
                "code": f"G{len(goals) + 1}",
                "numbering": numbering,
                "title": title,
                "text": text,
                "targets": [target(code(), r) for r in rows],
            }
        )
    plan = dict(DY.PLAN, doc_number=DY.DOC_NUMBER, source_file="danyang-ai-plus-2026-synthetic.doc")
    return {
        "format": 1,
        "zone": DY.ZONE,
        "plan": plan,
        "agencies": agencies_of(DY),
        "goals": goals,
        "sections": [tasks_section, safeguard_section(DY)],
    }


def ningxia_extraction():
    code = Codes()
    goals = [
        {
            "code": f"G{i}",
            "title": text.split("，")[0],
            "text": text,
            "targets": [target(code(), r) for r in rows],
        }
        for i, (text, rows) in enumerate(NX.GOAL_SENTENCES, 1)
    ]
    table_targets = []
    for (cells, columns), (*_, kind) in zip(indicator_rows(), NX.INDICATORS, strict=True):
        _, name, unit = cells[:3]
        for offset, (year, printed) in enumerate(columns):
            if printed == "—":
                continue
            comparator, value = ("gte", printed[1:]) if printed.startswith("≥") else ("eq", printed)
            value = float(value) if "." in value else int(value)
            phrase = "".join(cells[1 : 5 + offset])
            row = (name, unit, comparator, value, year, "stock", kind, phrase)
            table_targets.append(target(code(), row))
    goals.append({"code": f"G{len(goals) + 1}", "title": "主要指标", "targets": table_targets})
    part = NX.TASK_PART[0].rstrip("、")
    chapters, number = [], 0
    for numbering, title, tasks in NX.CATEGORIES:
        items = []
        for title_cell, measures, _, roles, due, rows in tasks:
            number += 1
            item = {
                "code": f"{part}.{numbering.rstrip('、')}.{number}",
                "numbering": str(number),
                "title": title_cell,
                "text": measures,
            }
            if due_of(due):
                item["due"] = due_of(due)
            item.update(roles)
            items.append(item)
            if rows:
                goals.append(
                    {
                        "code": f"G{len(goals) + 1}",
                        "numbering": str(number),
                        "title": title_cell,
                        "text": measures,
                        "targets": [target(code(), r) for r in rows],
                    }
                )
        chapters.append(
            {
                "code": f"{part}.{numbering.rstrip('、')}",
                "numbering": numbering,
                "title": title,
                "kind": "key_task",
                "tasks": items,
            }
        )
    tasks_section = {
        "code": part,
        "numbering": NX.TASK_PART[0],
        "title": NX.TASK_PART[1],
        "kind": "key_task",
        "sections": chapters,
    }
    plan = dict(NX.PLAN, doc_number=NX.DOC_NUMBER, source_file="ningxia-ai-plus-2026-synthetic.pdf")
    return {
        "format": 1,
        "zone": NX.ZONE,
        "plan": plan,
        "agencies": agencies_of(NX),
        "goals": goals,
        "sections": [tasks_section, safeguard_section(NX)],
    }


def yibin_extraction():
    code = Codes()
    goals = []
    for text, rows in YB.GOAL_ITEMS:
        title = text.lstrip("—").split("。")[0]
        goals.append(
            {
                "code": f"G{len(goals) + 1}",
                "title": title,
                "text": text,
                "targets": [target(code(), r) for r in rows],
            }
        )
    tasks_section, task_goals = body_task_sections(YB, yibin_task_text, lambda t: t[4])
    for numbering, title, text, rows in task_goals:
        goals.append(
            {
                "code": f"G{len(goals) + 1}",
                "numbering": numbering,
                "title": title,
                "text": text,
                "targets": [target(code(), r) for r in rows],
            }
        )
    plan = dict(YB.PLAN, doc_number=YB.DOC_NUMBER, source_file="yibin-ai-plus-2026-synthetic.pdf")
    return {
        "format": 1,
        "zone": YB.ZONE,
        "plan": plan,
        # the footnote stands at the foot of its page, inside whatever paragraph runs there
        "source_cleaning": {"restorations": [{"find": YB.FOOTNOTE, "replace": ""}]},
        "agencies": agencies_of(YB),
        "goals": goals,
        "sections": [tasks_section, safeguard_section(YB)],
    }


def write_yaml(path: Path, header: str, data: dict):
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10000)
    path.write_text(header + body, encoding="utf-8")


DOCS = [
    ("danyang-ai-plus-2026-synthetic", ".doc", make_danyang, danyang_extraction),
    ("ningxia-ai-plus-2026-synthetic", ".pdf", make_ningxia, ningxia_extraction),
    ("yibin-ai-plus-2026-synthetic", ".pdf", make_yibin, yibin_extraction),
]


def main():
    only_yaml = "--extractions-only" in sys.argv
    wanted = [a for a in sys.argv[1:] if not a.startswith("--")]
    for slug, suffix, make, extraction in DOCS:
        if wanted and not any(w in slug for w in wanted):
            continue
        if not only_yaml:
            make(HERE / f"{slug}{suffix}")
        header = (HERE / f"{slug}.header").read_text(encoding="utf-8")
        write_yaml(HERE / f"{slug}.yaml", header, extraction())
        print(slug, "written")


if __name__ == "__main__":
    main()

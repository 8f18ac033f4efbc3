"""A plan's text typeset the way a government office produces its files, to measure the importer
on Word and PDF copies of documents it has as text (``evaluate_drafts --render docx|pdf``).

``office_blocks`` reads the text's layout as an office would set it: the title (centred, broken
over two lines when long), headings by their numbers (一、 in 黑体, （一） in 楷体, 第X章 centred),
body paragraphs, an annex (附件) on a new page, tables from lines of cells between |.
``office_docx`` writes them as Word does under GB/T 9704 (公文格式): A4, margins 37/35/28/26 mm,
仿宋_GB2312 三号 (16 pt) at a fixed 28 pt line pitch, first lines indented two characters,
justified; page numbers "— N —" at the foot, right on odd pages and left on even ones; a table's
cells repeating the cell above merged down. ``office_pdf`` prints that .docx to PDF with
LibreOffice (headless ``soffice``), as offices export Word files.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from pilots.drafting.lexicon import table

SOFFICE = "soffice"
CONVERT_SECONDS = 120
TITLE_MAX = 40  # characters: a title line is short and has no sentence punctuation
TITLE_LINE = 18  # characters per line of a 22 pt title between the margins


@dataclass
class Block:
    kind: str  # title, heading1, heading2, chapter, body, annex, table
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


def office_blocks(text: str) -> list[Block]:
    """The blocks of the document the text was copied from: paragraphs a web copy ran together
    apart again (``paragraphs_split``), as the office's file had them."""
    from pilots.drafting.paragraphs import paragraphs_split

    lines = [line.strip() for line in paragraphs_split(text)[0].splitlines()]
    lines = [line for line in lines if line]
    plan_words = table("documents")["plan_words"]
    blocks: list[Block] = []
    titled = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if _table_line(line):
            rows = []
            while index < len(lines) and _table_line(lines[index]):
                rows.append([cell.strip() for cell in lines[index].split("|")])
                index += 1
            blocks += _table_blocks(rows)
            continue
        index += 1
        if (
            not titled
            and len(line) <= TITLE_MAX
            and re.search(f"{plan_words}$", line)
            and not (re.search(r"[，,。；;：:]", line))
        ):
            blocks.append(Block("title", line))
            titled = True
        elif re.fullmatch(r"附件\s*\d*\s*[:：]?", line):  # the annex's own page, not its mention
            blocks.append(Block("annex", line))
        elif re.match(r"第[一二三四五六七八九十]+[章编]", line) and len(line) <= TITLE_MAX:
            blocks.append(Block("chapter", line))
        elif re.match(r"[一二三四五六七八九十]+、", line):
            blocks.append(Block("heading1", line))
        elif re.match(r"[（(][一二三四五六七八九十]+[）)]", line):
            blocks.append(Block("heading2", line))
        else:
            blocks.append(Block("body", line))
    return blocks


def _table_blocks(rows: list[list[str]]) -> list[Block]:
    """A web copy's table as the office's: its empty cells (page layout) gone; a row printing
    fewer cells than the header (the cells a merged cell above covers left out) takes them from
    the row above; a "table" of one cell per row is paragraphs."""
    rows = [[cell for cell in row if cell] for row in rows]
    rows = [row for row in rows if row]
    if not rows or max(len(row) for row in rows) < 2:
        return [Block("body", row[0]) for row in rows]
    width = len(rows[0])
    table_rows = [rows[0]]
    for row in rows[1:]:
        if len(row) < width:
            row = table_rows[-1][: width - len(row)] + row
        table_rows.append(row)
    return [Block("table", rows=table_rows)]


def _table_line(line: str) -> bool:
    return line.endswith("|") and line.count("|") >= 2


def title_lines(title: str) -> list[str]:
    """A long title in two centred lines, broken after a word as a typist breaks it: in the
    middle, after 关于 or before 的通知 / 行动方案 where one of them is near it."""
    if len(title) <= TITLE_LINE:
        return [title]
    middle = len(title) // 2
    cuts = [m.end() for m in re.finditer(r"关于|印发|人工智能|产业|发展", title)]
    cuts += [m.start() for m in re.finditer(r"的通知|行动方案|实施方案|若干措施|工作方案", title)]
    near = [cut for cut in cuts if 4 <= cut <= len(title) - 4 and abs(cut - middle) <= 6]
    cut = min(near, key=lambda c: abs(c - middle)) if near else middle
    return [title[:cut], title[cut:]]


def office_docx(text: str) -> bytes:
    import io

    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
    from docx.shared import Mm, Pt

    document = Document()
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(28)
    _page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
    _page_number(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)
    body = document.styles["Normal"]
    _font(body, "仿宋_GB2312", 16)
    body.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    body.paragraph_format.line_spacing = Pt(28)
    body.paragraph_format.space_before = body.paragraph_format.space_after = Pt(0)

    for block in office_blocks(text):
        if block.kind == "table":
            _table(document, block.rows, WD_TABLE_ALIGNMENT.CENTER)
            continue
        if block.kind == "title":
            for line in title_lines(block.text):
                paragraph = document.add_paragraph()
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _font(paragraph.add_run(line), "方正小标宋简体", 22)
            document.add_paragraph()  # the blank line under a title
            continue
        paragraph = document.add_paragraph()
        if block.kind == "annex":
            paragraph.add_run().add_break(WD_BREAK.PAGE)
            _font(paragraph.add_run(block.text), "黑体", 16)
            continue
        if block.kind == "chapter":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(paragraph.add_run(block.text), "黑体", 16)
            continue
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Pt(32)  # two characters
        run = paragraph.add_run(block.text)
        if block.kind == "heading1":
            _font(run, "黑体", 16)
        elif block.kind == "heading2":
            _font(run, "楷体_GB2312", 16)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _font(target, east_asian: str, size: float) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    font = target.font
    font.size = Pt(size)
    font.name = "Times New Roman"
    properties = target.element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = properties.makeelement(qn("w:rFonts"), {})
        properties.append(fonts)
    fonts.set(qn("w:eastAsia"), east_asian)


def _page_number(paragraph, alignment) -> None:
    """ "— N —" with N Word's PAGE field, in 宋体 四号 (14 pt)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph.alignment = alignment
    _font(paragraph.add_run("— "), "宋体", 14)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = paragraph.add_run("1")
    _font(run, "宋体", 14)
    field.append(run._r)
    paragraph._p.append(field)
    _font(paragraph.add_run(" —"), "宋体", 14)


def _table(document, rows: list[list[str]], alignment) -> None:
    """The rows as a ruled table; a cell repeating the one above (a web copy's merged cell
    printed in every row) merged down, as the office's table had it."""
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    grid = document.add_table(rows=len(rows), cols=width)
    grid.style = "Table Grid"
    grid.alignment = alignment
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = grid.cell(r, c)
            cell.text = value
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    _font(run, "仿宋_GB2312", 12)
    for c in range(width):
        first = 1
        for r in range(2, len(rows) + 1):
            if r < len(rows) and rows[r][c] and rows[r][c] == rows[first][c]:
                continue
            if r - 1 > first:
                text = rows[first][c]
                grid.cell(first, c).merge(grid.cell(r - 1, c)).text = text
            first = r


def office_pdf(docx: bytes, timeout: float = CONVERT_SECONDS) -> bytes:
    """The .docx printed to PDF by LibreOffice (a profile of its own, so it runs beside any
    other soffice)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "plan.docx"
        source.write_bytes(docx)
        profile = Path(folder) / "profile"
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
             "pdf", "--outdir", folder, str(source)],
            check=True, capture_output=True, timeout=timeout,
        )  # fmt: skip
        return (Path(folder) / "plan.pdf").read_bytes()


RENDERERS = {
    "docx": lambda text: office_docx(text),
    "pdf": lambda text: office_pdf(office_docx(text)),
}


def rendered(kind: str, name: str, text: str) -> tuple[str, bytes]:
    """(file name, bytes) of the text typeset as a ``kind`` (docx, pdf) file."""
    return f"{Path(name).stem}.{kind}", RENDERERS[kind](text)

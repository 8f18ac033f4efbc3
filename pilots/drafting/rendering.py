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
HEADING_NUMBER = (  # the numbers a heading opens with: such a line is no title
    r"第[一二三四五六七八九十]+[章编]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]"
)
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
            while index < len(lines) and (
                _table_line(lines[index]) or _cut_cell(lines, index, rows)
            ):
                row = lines[index]
                rows.append(
                    [cell.strip() for cell in row.split("\t" if row.count("\t") >= 2 else "|")]
                )
                index += 1
            blocks += _table_blocks(rows)
            continue
        index += 1
        if (
            not titled
            and len(line) <= TITLE_MAX
            and re.search(f"{plan_words}$", line)
            and not (re.search(r"[，,。；;：:]", line))
            and not re.match(HEADING_NUMBER, line)  # 二、实施重点行动 is a heading
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


def _cut_cell(lines: list[str], index: int, rows: list[list[str]]) -> bool:
    """The text's last line, under a task table's rows: the copy ends inside a cell, as the
    importer reads it (``text_tables.text_tables_as_lines``)."""
    from pilots.drafting.unit_tables import column_roles

    return bool(index == len(lines) - 1 and rows and column_roles(rows[0]))


def _table_line(line: str) -> bool:
    """A row of a table copied as text: its cells between |, or with tabs between them (a web
    page's table copied, which the importer reads as a table too: ``text_tables.tab_cells``)."""
    return (line.endswith("|") and line.count("|") >= 2) or line.count("\t") >= 2


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


STYLES = ("gbt9704", "numbered", "plain")


def office_docx(text: str, style: str = "gbt9704") -> bytes:
    """The text as an office's .docx: ``gbt9704`` the 公文 layout above; ``numbered`` the same with
    the headings' and items' numbers printed by Word's list numbering (一、 / （一） / 1., where
    the typed number is the one Word would count); ``plain`` Word's own defaults as many offices
    leave them — 宋体 小四 single-spaced, no first-line indent, 6 pt after each paragraph, ragged
    right, headings in bold, the title as a running head and "第 N 页 共 M 页" at the foot."""
    import io

    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
    from docx.shared import Mm, Pt

    plain = style == "plain"
    size = 12 if plain else 16
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    body = document.styles["Normal"]
    body.paragraph_format.space_before = Pt(0)
    blocks = office_blocks(text)
    if plain:
        section.top_margin = section.bottom_margin = Mm(25.4)
        section.left_margin = section.right_margin = Mm(31.8)
        _font(body, "宋体", size)
        body.paragraph_format.space_after = Pt(6)
        title = next((b.text for b in blocks if b.kind == "title"), "")
        _fields(section.header.paragraphs[0], [title], WD_ALIGN_PARAGRAPH.CENTER, 9)
        _fields(section.footer.paragraphs[0], ["第 ", "PAGE", " 页 共 ", "NUMPAGES", " 页"],
                WD_ALIGN_PARAGRAPH.CENTER, 9)  # fmt: skip
    else:
        document.settings.odd_and_even_pages_header_footer = True
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
        section.footer_distance = Mm(28)
        for footer, side in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                             (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):  # fmt: skip
            _fields(footer.paragraphs[0], ["— ", "PAGE", " —"], side, 14)
        _font(body, "仿宋_GB2312", size)
        body.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        body.paragraph_format.line_spacing = Pt(28)
        body.paragraph_format.space_after = Pt(0)
    numbers = _WordNumbers(document) if style == "numbered" else None

    for block in blocks:
        if block.kind == "table":
            _table(document, block.rows, WD_TABLE_ALIGNMENT.CENTER)
            continue
        if block.kind == "title":
            for line in [block.text] if plain else title_lines(block.text):
                paragraph = document.add_paragraph()
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = paragraph.add_run(line)
                _font(run, "黑体" if plain else "方正小标宋简体", 16 if plain else 22)
            document.add_paragraph()  # the blank line under a title
            continue
        paragraph = document.add_paragraph()
        if block.kind == "annex":
            paragraph.add_run().add_break(WD_BREAK.PAGE)
            _font(paragraph.add_run(block.text), "黑体", size)
            continue
        if block.kind == "chapter":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(paragraph.add_run(block.text), "黑体", size)
            continue
        if not plain:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.first_line_indent = Pt(2 * size)  # two characters
        line = numbers.numbered(paragraph, block.text) if numbers else block.text
        run = paragraph.add_run(line)
        if block.kind in ("heading1", "heading2"):
            run.bold = plain or None
            if not plain:
                _font(run, "黑体" if block.kind == "heading1" else "楷体_GB2312", size)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class _WordNumbers:
    """Word's list numbering for 一、 / （一） / 1.: a paragraph typed with the number Word would
    count next at its level loses it and gets the list's w:numPr instead."""

    LEVELS = (
        (r"([一二三四五六七八九十]+)、", "chineseCounting", "%1、"),
        (r"[（(]([一二三四五六七八九十]+)[）)]", "chineseCounting", "（%2）"),
        (r"(\d{1,2})[.．、](?!\d)", "decimal", "%3."),
    )

    def __init__(self, document):
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        numbering = document.part.numbering_part.element
        levels = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
            "</w:lvl>"
            for i, (_, fmt, text) in enumerate(self.LEVELS)
        )
        numbering.insert(
            0,
            parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>'
            ),
        )
        num = f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
        numbering.append(parse_xml(num))
        self.counts = [0, 0, 0]

    def numbered(self, paragraph, text: str) -> str:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        from pilots.drafting.numerals import chinese_number

        for level, (pattern, _, _) in enumerate(self.LEVELS):
            match = re.match(pattern, text)
            if not match:
                continue
            value = int(match[1]) if match[1].isdecimal() else chinese_number(match[1])
            if value != self.counts[level] + 1:
                return text
            self.counts[level] = value
            self.counts[level + 1 :] = [0] * (len(self.counts) - level - 1)
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/>'
                "</w:numPr>"))  # fmt: skip
            return text[match.end() :]
        return text


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


def _fields(paragraph, parts: list[str], alignment, size: float) -> None:
    """A header or footer line: text, with PAGE / NUMPAGES as Word's fields ("— N —")."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph.alignment = alignment
    for part in parts:
        if part not in ("PAGE", "NUMPAGES"):
            _font(paragraph.add_run(part), "宋体", size)
            continue
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), part)
        run = paragraph.add_run("1")
        _font(run, "宋体", size)
        field.append(run._r)
        paragraph._p.append(field)


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


BROWSERS = ("chromium", "weasyprint")  # the producers of ``rendering_html``
RENDERINGS = tuple(
    f"{kind}{'' if style == STYLES[0] else '-' + style}"
    for style in STYLES
    for kind in ("docx", "pdf")
) + tuple(f"pdf-{browser}" for browser in BROWSERS)


def program_missing(rendering: str) -> str | None:
    """The program a rendering prints with that this machine lacks: LibreOffice for the Word
    files' PDFs (pdf, pdf-numbered, pdf-plain)."""
    import shutil

    kind, _, style = rendering.partition("-")
    if kind == "pdf" and style not in BROWSERS and not shutil.which(SOFFICE):
        return f"LibreOffice ({SOFFICE})"
    return None


def rendered(rendering: str, name: str, text: str) -> tuple[str, bytes]:
    """(file name, bytes) of the text typeset as a ``rendering`` (docx, pdf, docx-plain, …;
    pdf-chromium, pdf-weasyprint: a web page of it printed by a browser)."""
    kind, _, style = rendering.partition("-")
    if style in BROWSERS:
        from pilots.drafting.rendering_html import html_pdf, office_html

        return f"{Path(name).stem}.pdf", html_pdf(office_html(text), style)
    word = office_docx(text, style or STYLES[0])
    return f"{Path(name).stem}.{kind}", word if kind == "docx" else office_pdf(word)

"""One printable document, two formats: a briefing or a final evaluation is described once as
blocks (headings, paragraphs, tables, chart images) and rendered to DOCX (python-docx) or PDF
(WeasyPrint, from HTML with the Noto CJK fonts).

Why WeasyPrint for PDF: it lays out HTML and CSS in-process with Pango and fontconfig, so Chinese
renders in Noto Sans CJK SC (fonts-noto-cjk) with the characters embedded as text (pdftotext
reads them back), needs no browser or office suite at run time (only the Pango library Debian
ships), and takes about a second for a briefing. Headless Chromium would make a browser a
run-time dependency of every web and worker process; LibreOffice would convert our own DOCX,
start in seconds and lay out tables by its own rules.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field

from django.template.loader import render_to_string


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    text: str
    muted: bool = False


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[list[str]]
    caption: str = ""


@dataclass(frozen=True)
class Figure:
    png: bytes
    caption: str
    width_cm: float = 16.0

    @property
    def data_uri(self) -> str:
        return "data:image/png;base64," + base64.b64encode(self.png).decode()


@dataclass
class Document:
    title: str
    subtitle: str
    language: str
    blocks: list = field(default_factory=list)

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)


FONT = "Noto Sans CJK SC"


def render_docx(document: Document) -> bytes:
    from docx import Document as Docx
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    docx = Docx()
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Caption"):
        style = docx.styles[style_name]
        style.font.name = FONT
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    docx.styles["Normal"].font.size = Pt(10.5)
    docx.core_properties.title = document.title
    docx.core_properties.language = document.language
    docx.add_heading(document.title, level=0)
    docx.add_paragraph(document.subtitle)
    for block in document.blocks:
        if isinstance(block, Heading):
            docx.add_heading(block.text, level=block.level - 1)
        elif isinstance(block, Paragraph):
            docx.add_paragraph(block.text)
        elif isinstance(block, Table):
            _docx_table(docx, block)
        elif isinstance(block, Figure):
            docx.add_picture(io.BytesIO(block.png), width=Cm(block.width_cm))
            docx.add_paragraph(block.caption, style="Caption")
    out = io.BytesIO()
    docx.save(out)
    return out.getvalue()


def _docx_table(docx, block: Table) -> None:
    if block.caption:
        docx.add_paragraph(block.caption, style="Caption")
    table = docx.add_table(rows=1, cols=len(block.columns))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, block.columns, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in block.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = str(text)


def render_html(document: Document) -> str:
    return render_to_string(
        "targets/print/document.html",
        {"document": document, "blocks": [(type(b).__name__, b) for b in document.blocks]},
    )


def render_pdf(document: Document) -> bytes:
    from weasyprint import HTML

    return HTML(string=render_html(document)).write_pdf()

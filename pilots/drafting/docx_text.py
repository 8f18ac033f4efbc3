"""The text of a .docx as Word shows it with every revision accepted (python-docx, lxml).

python-docx's paragraph text takes only the runs directly in a paragraph: text inserted with
tracked changes on (w:ins), a text box (w:txbxContent), a field's result (w:fldSimple) and the
blocks of a content control (w:sdt) were lost. Here a paragraph is every w:t under it, less what
is deleted (w:del, w:moveFrom) or hidden (a run marked w:vanish: a drafter's note, an earlier
wording kept out of print) and what sits in a text box, which is read as paragraphs of its own
after the paragraph anchoring it — once, though Word writes each box twice (the shape and a VML
fallback for older readers). Body paragraphs and tables are read in order, also inside content
controls; a table of one column is a frame round text (a 专栏 box), read as its paragraphs. A
title the office's template prints only in the first page's header comes first. A title set over
two centred lines (a paragraph each, as typists break a long title: "…关于支持生成式
人工智能" / "发展的若干措施") is one line again. A footnote stating roles is read where its
reference stands, in brackets, as a reader sees it beside the mark ("1.建设算力中心（牵头单位：
市X；配合单位：市Y）": each task's roles printed as a footnote to its heading, synthetic_bz).
"""

from __future__ import annotations

import re

from docx.oxml.ns import qn

from pilots.drafting.docx_headings import bold_heading, headings_bracketed
from pilots.drafting.lexicon import compiled, numbering_styles
from pilots.drafting.table_parts import table_rest
from pilots.drafting.tables import table_lines

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED = {qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent"), MC_FALLBACK, qn("w:instrText")}


def docx_lines(document, numbers) -> list[str]:
    """The document's lines: its first page's header text, then paragraphs (each with the number
    Word's list numbering prints, ``numbers``) and tables as the table readers take them."""
    from docx.text.paragraph import Paragraph

    notes = _footnotes(document)
    lines: list[str] = []
    centred = None  # the size of the centred line before, which a title's next line goes on
    last_table: tuple[int, int, list[list[str]]] | None = None  # its lines' start, end, rows
    headings: set[int] = set()  # wholly bold short lines (docx_headings)
    numbered = False  # a paragraph Word's list numbering numbers
    for element in _blocks(document.element.body):
        if element.tag == qn("w:tbl"):
            rows = _rows(element, document)
            start = len(lines)
            if last_table and (rest := table_rest(last_table[2], rows, lines[last_table[1] :])):
                start, rows = last_table[0], last_table[2] + rest
                furniture = lines[last_table[1] :]
                del lines[start:]
                headings = {h for h in headings if h < start}  # the lines moved
                lines += table_lines(rows, lines) + furniture
            else:
                lines += _frame_lines(rows) or table_lines(rows, lines)
            last_table = (start, len(lines), rows)
            centred = None
            continue
        paragraph = Paragraph(element, document)
        label, text = numbers.label(paragraph), paragraph_text(element, notes)
        size = _centred_size(paragraph, text) if not label else None
        numbered = numbered or bool(label)
        if not label and size is None and bold_heading(paragraph, text):
            headings.add(len(lines))
        if size is not None and size == centred and _title_goes_on(lines[-1], text):
            lines[-1] += text.strip()
        else:
            lines.append(label + text)
        centred = size
        for box in _text_boxes(element):
            lines += [paragraph_text(p) for p in box.iter(qn("w:p"))]
    lines = headings_bracketed(lines, headings, numbered)
    body = "".join("".join(lines).split())
    heads = [line for line in _header_lines(document) if "".join(line.split()) not in body]
    return heads + lines  # a running head repeating the body's title is no more text


TITLE_MAX = 60  # characters of a title set over centred lines
_ENDS = re.compile(r"[。；;：:！!？?]\s*$")


def _title_goes_on(before: str, text: str) -> bool:
    """A centred line going on with the centred line before it of the same size: a title broken
    over two lines, not a heading under a title (第一章 …, 目录) nor the lines after a sentence."""
    before, text = before.strip(), text.strip()
    return (
        bool(before and text)
        and len(before) + len(text) <= TITLE_MAX
        and not _ENDS.search(before)
        and not any(style.pattern.match(text) for style in numbering_styles())
        and not compiled("outline", "contents_heading").match(text)
    )


def _centred_size(paragraph, text: str) -> float | None:
    """The font size of a centred paragraph of text (its first sized run's, else its style's),
    or None for any other."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    if not text.strip():
        return None
    style = paragraph.style
    alignment = paragraph.alignment
    while alignment is None and style is not None:
        alignment, style = style.paragraph_format.alignment, style.base_style
    if alignment != WD_ALIGN_PARAGRAPH.CENTER:
        return None
    sizes = [run.font.size for run in paragraph.runs if run.font.size and run.text.strip()]
    style = paragraph.style
    while not sizes and style is not None:
        sizes, style = [style.font.size] if style.font.size else [], style.base_style
    return float(sizes[0].pt) if sizes else 0.0


def paragraph_text(element, notes: dict[str, str] | None = None) -> str:
    """The paragraph's text with revisions accepted, its text boxes left out; each footnote
    whose text ``notes`` holds (by id) in brackets where its reference stands."""
    parts: list[str] = []
    _collect(element, parts, notes or {})
    return "".join(parts)


FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def _footnotes(document) -> dict[str, str]:
    """Footnote id → its text, its paragraphs joined by ；, for each footnote stating roles (opening
    on a label: 牵头单位：…). A note of another kind (a source, what a unit means) stays at the page
    bottom, outside the plan's sentences."""
    from lxml import etree

    notes: dict[str, str] = {}
    for rel in document.part.rels.values():
        if rel.reltype != FOOTNOTES or rel.is_external:
            continue
        root = etree.fromstring(rel.target_part.blob)
        for note in root.iter(qn("w:footnote")):
            paragraphs = [paragraph_text(p).strip() for p in note.iter(qn("w:p"))]
            text = "；".join(p.rstrip("。；;") for p in paragraphs if p)
            if compiled("annotations", "standalone_line").match(text):
                notes[note.get(qn("w:id"))] = text  # roles: 牵头单位：…；配合单位：…
    return notes


def _collect(element, parts: list[str], notes: dict[str, str]) -> None:
    for child in element:
        tag = child.tag
        if tag in _SKIPPED:
            continue
        if tag == qn("w:footnoteReference"):
            if note := notes.get(child.get(qn("w:id"))):
                parts.append(f"（{note}）")
        elif tag == qn("w:r") and _hidden(child):
            continue
        elif tag == qn("w:t"):
            parts.append(child.text or "")
        elif tag == qn("w:tab"):
            parts.append("\t")
        elif tag in (qn("w:br"), qn("w:cr")):
            parts.append("\n")
        else:
            _collect(child, parts, notes)


def _hidden(run) -> bool:
    """A run Word neither shows nor prints: w:vanish set in its own properties (val absent, true,
    1 or on)."""
    vanish = run.find(f"{qn('w:rPr')}/{qn('w:vanish')}")
    return vanish is not None and vanish.get(qn("w:val"), "true") not in ("0", "false", "off")


def _blocks(container):
    """Paragraphs and tables of a body or cell in order, content controls opened."""
    for child in container:
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag in (qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")):
            yield from _blocks(
                child.find(qn("w:sdtContent")) if child.tag == qn("w:sdt") else child
            )


def _text_boxes(paragraph) -> list:
    """The text boxes anchored in the paragraph, each once (not the fallback copy)."""
    boxes = []
    for box in paragraph.iter(qn("w:txbxContent")):
        above = {a.tag for a in box.iterancestors()}
        if MC_FALLBACK not in above and qn("w:txbxContent") not in above:
            boxes.append(box)
    return boxes


def _rows(table, document) -> list[list[str]]:
    """A table's rows of cell texts, a cell merged across (gridSpan) or down (vMerge) repeated in
    every place it covers, as python-docx's ``row.cells`` gives it."""
    from docx.table import Table

    def text(cell) -> str:
        return "\n".join(paragraph_text(p) for p in cell._tc.iter(qn("w:p")))

    return [[text(cell) for cell in row.cells] for row in Table(table, document).rows]


def _frame_lines(rows: list[list[str]]) -> list[str]:
    """The paragraphs of a table of one column — a frame drawn round text: a 专栏 (its title and
    items in one cell or a row each), the 版记 — as lines of the text; a table has columns."""
    cells = [list(dict.fromkeys(cell for cell in row if cell.strip())) for row in rows]
    if not any(cells) or any(len(row) > 1 for row in cells):
        return []
    return [
        line.strip() for row in cells for cell in row for line in cell.split("\n") if line.strip()
    ]


def _header_lines(document) -> list[str]:
    """The first page's header when it holds text beyond a page number (a title, an issuer's
    name in the template's 版头)."""
    try:
        section = document.sections[0]
        header = (
            section.first_page_header if section.different_first_page_header_footer
            else section.header
        )  # fmt: skip
        if header.is_linked_to_previous:
            return []
        lines = [paragraph_text(p._p).strip() for p in header.paragraphs]
    except (IndexError, KeyError, AttributeError, ValueError):
        return []
    return [line for line in lines if line and any("\u4e00" <= c <= "\u9fff" for c in line)]

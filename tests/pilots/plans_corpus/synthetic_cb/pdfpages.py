"""A small page maker for the synthetic_cb PDFs (reportlab, the CID font STSong-Light, canvas made
invariant so the bytes are the same on every run): paragraphs wrapped onto a fixed grid of lines,
and per page the marks each document carries — a running header, a footer "第 N 页 共 M 页", a
diagonal watermark drawn in the text layer, line numbers in the left margin restarting on each
page, a mark top right — and a landscape table drawn turned 90° on a portrait page."""

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
W, H = 595.27, 841.89
LEFT, RIGHT = 72, 72
PITCH = 24
FIRST = H - 100  # baseline of the first grid line
LINES = 28
SIZE = 12
STYLE = {  # kind → (size, centred, first-line indent in characters)
    "red": (20, True, 0),
    "docno": (12, True, 0),
    "title": (17, True, 0),
    "subtitle": (12, True, 0),
    "h1": (12, False, 2),
    "body": (12, False, 2),
    "plain": (12, False, 0),
    "sign": (12, False, 14),
    "blank": (12, False, 0),
}


def width(text, size):
    return pdfmetrics.stringWidth(text, FONT, size)


def wrap(text, size, indent):
    """Lines of at most the text width, the first indented by `indent` characters."""
    avail = W - LEFT - RIGHT
    lines, line, room = [], "", avail - indent * size
    for ch in text:
        if width(line + ch, size) > room and line:
            if ch in "，。、；：）”》！？":  # 避头点: the mark goes up with the line
                line += ch
                continue
            lines.append(line)
            line, room = "", avail
        line += ch
    if line:
        lines.append(line)
    return lines


def layout(blocks):
    """blocks (kind, text) → pages of (kind, line, first) on the grid; ("page", "") breaks."""
    pages, page = [], []
    for kind, text in blocks:
        if kind == "page":
            pages.append(page)
            page = []
            continue
        if kind == "blank":
            page.append((kind, "", False))
        else:
            size, _, indent = STYLE[kind]
            for i, line in enumerate(wrap(text, size, indent)):
                if len(page) == LINES:
                    pages.append(page)
                    page = []
                page.append((kind, line, i == 0))
        if len(page) >= LINES:
            pages.append(page[:LINES])
            page = page[LINES:]
    if page:
        pages.append(page)
    return pages


def draw_lines(c, page):
    for row, (kind, line, first) in enumerate(page):
        if not line:
            continue
        size, centred, indent = STYLE[kind]
        y = FIRST - row * PITCH
        c.setFont(FONT, size)
        if kind == "red":
            c.setFillColorRGB(0.8, 0, 0)
        if centred:
            c.drawCentredString(W / 2, y, line)
        else:
            c.drawString(LEFT + (indent * size if first else 0), y, line)
        c.setFillColorRGB(0, 0, 0)


def watermark(c, text, start_row=5, x0=48, size=24):
    """The text on a 45° diagonal, light grey, one character a grid gap lower-left to upper-right:
    each character sits between two lines of text, one pitch right and one up from the last."""
    c.saveState()
    c.setFillGray(0.82)
    c.setFont(FONT, size)
    n = len(text)
    for i, ch in enumerate(text):
        row = start_row + (n - 1 - i) + 0.5  # between rows: half a pitch under a line
        y = FIRST - row * PITCH - 4
        x = x0 + i * PITCH
        c.saveState()
        c.translate(x, y)
        c.rotate(45)
        c.drawString(0, 0, ch)
        c.restoreState()
    c.restoreState()


def footer(c, number, total):
    c.setFont(FONT, 9)
    c.drawCentredString(W / 2, 40, f"第 {number} 页 共 {total} 页")


def header(c, text):
    c.setFont(FONT, 9)
    c.drawString(LEFT, H - 50, text)
    c.setLineWidth(0.5)
    c.line(LEFT, H - 56, W - RIGHT, H - 56)


def line_numbers(c, count):
    c.setFont(FONT, 7)
    c.setFillGray(0.35)
    for row in range(count):
        c.drawRightString(LEFT - 10, FIRST - row * PITCH - 1, str(row + 1))
    c.setFillColorRGB(0, 0, 0)


def corner_mark(c, text):
    c.setFont(FONT, 14)
    c.drawRightString(W - RIGHT + 20, H - 48, text)
    c.rect(W - RIGHT + 20 - width(text, 14) - 4, H - 52, width(text, 14) + 8, 20)


def turned_table(c, title, head, rows, widths, size=8.5, row_h=22):
    """A landscape table drawn turned 90° clockwise on a portrait page, title above it."""
    c.saveState()
    c.translate(0, H)
    c.rotate(-90)  # now x runs down the page (0..H), y from the left edge (0) to the right (W)
    top = W - 45
    c.setFont(FONT, 12)
    c.drawCentredString(H / 2, top - 5, title)
    y = top - 25
    for r, cells in enumerate([head, *rows]):
        x = (H - sum(widths)) / 2
        for w, cell in zip(widths, cells, strict=True):
            c.setLineWidth(0.6)
            c.rect(x, y - row_h, w, row_h)
            c.setFont(FONT, size)
            if r == 0 or w < 60:
                c.drawCentredString(x + w / 2, y - row_h + 7, cell)
            else:
                c.drawString(x + 3, y - row_h + 7, cell)
            assert width(cell, size) < w - 4, cell
            x += w
        y -= row_h
    c.restoreState()


def new_canvas(path, title, author):
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("synthetic_cb make_files.py")
    return c

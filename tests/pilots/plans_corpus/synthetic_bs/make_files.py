# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bs documents (SYNTHETIC_BS.md) — INVENTED 2026 "人工智能+" documents of three 湖南 places
no folder held — and their expected extractions (.yaml beside each), from doc_*.py, as PDFs whose text layer is not a
word processor's export:

- xiangxiang-ai-plus-implementation-2026-synthetic.pdf — a county-level city's 实施方案 SCANNED: each page an image
  (Noto Serif CJK at 150 dpi, red head, a red round seal over the signature and date, a slight skew) under an invisible
  OCR text layer (text render mode 3, STSong-Light), one run per printed line, with half-width ( , : ; ) in some lines,
  stray spaces in others and a page number line "— N —"; the seal's words are not in the layer;
- zhengxiang-ai-plus-action-2026-synthetic.pdf — a district's 行动计划 as a WPS-like export: every character drawn by
  itself at its own x, justified lines with extra letter spacing, headings centred and spaced wide, a running header and a
  page number footer, annotations breaking across lines and pages;
- qidong-ai-plus-work-plan-2026-synthetic.pdf — a county's 工作方案: notice and body a normal text PDF (one run per line),
  the annex 重点任务分工表 LANDSCAPE scanned pages (ruling lines only in the image) under an OCR layer of one run per cell line.

Run from the repository root:  /work/venv/bin/python tests/pilots/plans_corpus/synthetic_bs/make_files.py
(needs reportlab and Pillow; --extractions-only writes the .yaml files alone). Byte-stable: reportlab's invariant mode,
fixed dates, images drawn deterministically.
"""

import io
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_qidong as QD  # noqa: E402
import doc_xiangxiang as XX  # noqa: E402
import doc_zhengxiang as ZX  # noqa: E402
from synthetic_office import write_extraction  # noqa: E402

FONTS = "/usr/share/fonts/opentype/noto"
DPI = 150
PW, PH = 595.28, 841.89
LEFT, WIDTH, TOP, PITCH, SIZE = 79.0, 28 * 15.75, 96.0, 28.0, 15.75
BOTTOM = 770.0
CID = "STSong-Light"


def units(ch):
    return 0.5 if ord(ch) < 128 else 1.0


def wrap(text, capacity, indent=0.0):
    """Lines of at most capacity character cells (a CJK character one, ASCII half)."""
    lines, line, used = [], "", indent
    for ch in text:
        if used + units(ch) > capacity and line:
            lines.append(line)
            line, used = "", 0.0
        line += ch
        used += units(ch)
    if line:
        lines.append(line)
    return lines


def layout(blocks):
    """Pages of placed lines: (kind, x, top, text, size, last_of_paragraph, width)."""
    pages, page, top = [], [], TOP
    cap = WIDTH / SIZE

    def place(kind, text, size, centred=False, indent=0.0, right=False, gap=0.0):
        nonlocal page, top
        lines = wrap(text, cap * SIZE / size, indent) if not centred else [text]
        for i, line in enumerate(lines):
            if top + PITCH > BOTTOM:
                pages.append(page)
                page, top = [], TOP
            width = sum(units(c) for c in line) * size
            if centred:
                x = LEFT + (WIDTH - width) / 2
            elif right:
                x = LEFT + WIDTH - width - 2 * SIZE
            else:
                x = LEFT + (indent * size if i == 0 else 0)
            page.append((kind, x, top, line, size, i == len(lines) - 1, width))
            top += PITCH + (gap if i == len(lines) - 1 else 0)

    for kind, text in blocks:
        if kind == "pagebreak":
            pages.append(page)
            page, top = [], TOP
        elif kind == "head":
            top += 20
            place(kind, text, 30, centred=True, gap=20)
        elif kind == "docno":
            place(kind, text, SIZE, centred=True, gap=18)
        elif kind in ("title", "subtitle"):
            place(
                kind,
                text,
                21 if kind == "title" else SIZE,
                centred=sum(units(c) for c in text) * 21 < WIDTH,
            )
        elif kind in ("sign", "date"):
            place(kind, text, SIZE, right=True)
        elif kind == "addressee":
            place(kind, text, SIZE)
        elif kind == "annex":
            pages.append(page)
            page, top = [], TOP
            page.append(("annex", 0, 0, text, 0, True, 0))
        else:
            place(kind, text, SIZE, indent=2.0)
    pages.append(page)
    return [p for p in pages if p]


def pil_font(kind, size_px):
    from PIL import ImageFont

    bold = kind in ("title", "h1", "h2", "head")
    name = (
        "NotoSansCJK-Bold.ttc"
        if kind in ("h1", "head")
        else ("NotoSerifCJK-Bold.ttc" if bold else "NotoSerifCJK-Regular.ttc")
    )
    return ImageFont.truetype(f"{FONTS}/{name}", size_px, index=2)


def ocr_noise(text, i):
    """The OCR's habits: half-width punctuation in every third line, a stray space in every fourth."""
    if i % 3 == 0:
        for full, half in (("，", ", "), ("：", ":"), ("；", ";"), ("（", "("), ("）", ")")):
            text = text.replace(full, half)
    if i % 4 == 1 and len(text) > 8:
        text = text[:5] + " " + text[5:]
    return text


def seal(draw, cx, cy, text, s):
    """A red round seal: ring, star, the office's name round the top (in the image only)."""
    import math

    r = 62 * s
    red = (210, 30, 30)
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=int(4 * s))
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = 20 * s if k % 2 == 0 else 8 * s
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    draw.polygon(pts, fill=red)
    font = pil_font("seal", int(13 * s))
    n = len(text)
    for k, ch in enumerate(text):
        ang = math.radians(-160 + 140 * k / (n - 1))
        x = cx + (r - 16 * s) * math.cos(ang)
        y = cy + (r - 16 * s) * math.sin(ang)
        draw.text((x, y), ch, font=font, fill=red, anchor="mm")


def scanned_page(lines, s, stamp=None):
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (int(PW * s), int(PH * s)), (252, 251, 248))
    draw = ImageDraw.Draw(img)
    for kind, x, top, text, size, _last, _width in lines:
        colour = (200, 20, 20) if kind == "head" else (20, 20, 20)
        draw.text((x * s, top * s), text, font=pil_font(kind, int(size * s)), fill=colour)
        if kind == "docno":
            y = (top + PITCH) * s
            draw.line(
                [(LEFT * s, y), ((LEFT + WIDTH) * s, y)], fill=(200, 20, 20), width=int(2 * s)
            )
    if stamp:
        seal(draw, *stamp, s)
    img = img.rotate(0.35, resample=Image.BICUBIC, fillcolor=(252, 251, 248))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    out.seek(0)
    return out


def canvas(path, creator):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas as rl

    pdfmetrics.registerFont(UnicodeCIDFont(CID))
    c = rl.Canvas(str(path), pagesize=(PW, PH), invariant=1)
    c.setCreator(creator)
    c.setProducer(creator)
    return c


def invisible_line(c, x, top, text, size, ph=PH):
    t = c.beginText()
    t.setTextRenderMode(3)
    t.setFont(CID, size)
    t.setTextOrigin(x, ph - top - size * 0.88)
    t.textOut(text)
    c.drawText(t)


def build_scanned(module, path):
    from reportlab.lib.utils import ImageReader

    s = DPI / 72
    c = canvas(path, "ABBYY FineReader PDF 16")
    i = 0
    for n, lines in enumerate(layout(module.BLOCKS), 1):
        stamp = None
        for kind, x, top, _text, _size, _l, width in lines:
            if kind == "date":
                stamp = ((x + width / 2) * s, (top - 10) * s, "湘乡市人民政府办公室")
        c.drawImage(ImageReader(scanned_page(lines, s, stamp)), 0, 0, PW, PH)
        for _kind, x, top, text, size, _l, _width in lines:
            i += 1
            invisible_line(c, x, top, ocr_noise(text, i), size)
        invisible_line(c, PW / 2 - 30, 800, f"— {n} —", 14)
        c.showPage()
    c.save()


def per_char_line(c, x, top, text, size, spacing, ph=PH):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c.setFont(CID, size)
    for ch in text:
        c.drawString(x, ph - top - size * 0.88, ch)
        x += stringWidth(ch, CID, size) + spacing


def build_wps(module, path, header):
    c = canvas(path, "WPS 文字")
    for n, lines in enumerate(layout(module.BLOCKS), 1):
        for kind, x, top, text, size, last, width in lines:
            count = len(text)
            if kind in ("title", "subtitle", "h1") and kind != "h1":
                wide = 6.0 if kind == "title" else 3.0
                x = LEFT + (WIDTH - width - wide * (count - 1)) / 2
                per_char_line(c, x, top, text, size, wide)
            elif not last and count > 1:
                natural = width
                right = LEFT + WIDTH
                per_char_line(c, x, top, text, size, (right - x - natural) / (count - 1))
            else:
                per_char_line(c, x, top, text, size, 0.4)
        per_char_line(c, LEFT + (WIDTH - len(header) * 10.5) / 2, 50, header, 10.5, 0.0)
        c.setLineWidth(0.5)
        c.line(LEFT, PH - 64, LEFT + WIDTH, PH - 64)
        per_char_line(c, PW / 2 - 24, 800, f"— {n} —", 14, 0.0)
        c.showPage()
    c.save()


# the annex table of the county's 工作方案: columns and their widths (landscape pt)
COLS = [("序号", 36), ("重点任务", 320), ("完成时限", 100), ("牵头单位", 130), ("配合单位", 175)]
TSIZE, TPITCH = 10.5, 15.0


def table_pages(rows):
    """Rows placed on landscape pages: (kind, top, height, cells as lists of lines)."""
    pages, page, top = [], [], 0.0
    header = ("header", [[name] for name, _ in COLS])
    start = 110.0
    top = start

    def add(kind, cells):
        nonlocal page, top
        height = max(len(cell) for cell in cells) * TPITCH + 10
        if top + height > PW - 50:
            pages.append(page)
            page, top = [], 60.0
            add(*header)
        page.append((kind, top, height, cells))
        top += height

    add(*header)
    for kind, data in rows:
        if kind == "category":
            add("category", [[data]])
        else:
            cells = [[data[0]], [data[1]], [data[2]], [data[3]]]
            cells.append(wrap(data[4], (COLS[4][1] - 8) / TSIZE))
            add("row", cells)
    pages.append(page)
    return pages


def build_mixed(module, path):
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    c = canvas(path, "Microsoft Word 2016; ABBYY FineReader PDF 16")
    pages = layout(module.BLOCKS)
    n = 0
    for lines in pages:
        if lines[0][0] == "annex":
            continue
        n += 1
        for kind, x, top, text, size, _l, _width in lines:
            c.setFont(CID, size)
            if kind == "head":
                c.setFillColorRGB(0.8, 0.1, 0.1)
            c.drawString(x, PH - top - size * 0.88, text)
            c.setFillColorRGB(0, 0, 0)
            if kind == "docno":
                c.setStrokeColorRGB(0.8, 0.1, 0.1)
                c.setLineWidth(1.5)
                c.line(LEFT, PH - top - PITCH, LEFT + WIDTH, PH - top - PITCH)
                c.setStrokeColorRGB(0, 0, 0)
        c.setFont(CID, 14)
        c.drawString(PW / 2 - 24, PH - 800 - 12, f"— {n} —")
        c.showPage()
    annex = next(b for b in module.BLOCKS if b[0] == "annex")[1]
    s = DPI / 72
    lw, lh = PH, PW
    i = 0
    for k, tpage in enumerate(table_pages(annex)):
        n += 1
        img = Image.new("RGB", (int(lw * s), int(lh * s)), (250, 250, 247))
        draw = ImageDraw.Draw(img)
        font = pil_font("body", int(TSIZE * s))
        runs = []
        if k == 0:
            draw.text((40 * s, 40 * s), "附件", font=pil_font("h1", int(16 * s)), fill=(20, 20, 20))
            title = "祁东县“人工智能+”行动重点任务分工表"
            draw.text(
                (lw * s / 2, 80 * s),
                title,
                font=pil_font("title", int(18 * s)),
                fill=(20, 20, 20),
                anchor="mm",
            )
            runs += [(40, 40, "附件", 16), (lw / 2 - 9 * len(title), 72, title, 18)]
        left = (lw - sum(w for _, w in COLS)) / 2
        for kind, top, height, cells in tpage:
            draw.rectangle(
                [left * s, top * s, (left + sum(w for _, w in COLS)) * s, (top + height) * s],
                outline=(30, 30, 30),
                width=2,
            )
            if kind == "category":
                draw.text(
                    ((left + 6) * s, (top + 5) * s),
                    cells[0][0],
                    font=pil_font("h2", int(TSIZE * s)),
                    fill=(20, 20, 20),
                )
                runs.append((left + 6, top + 5, cells[0][0], TSIZE))
                continue
            x = left
            for (name, w), cell in zip(COLS, cells, strict=True):
                draw.line(
                    [(x * s, top * s), (x * s, (top + height) * s)], fill=(30, 30, 30), width=2
                )
                for j, line in enumerate(cell):
                    cx = (
                        x + 4
                        if kind == "row" and name != "序号"
                        else x + (w - len(line) * TSIZE * (0.5 if line.isdigit() else 1)) / 2
                    )
                    draw.text(
                        (cx * s, (top + 5 + j * TPITCH) * s),
                        line,
                        font=font if kind == "row" else pil_font("h2", int(TSIZE * s)),
                        fill=(20, 20, 20),
                    )
                    runs.append((cx, top + 5 + j * TPITCH, line, TSIZE))
                x += w
        img = img.rotate(-0.25, resample=Image.BICUBIC, fillcolor=(250, 250, 247))
        out = io.BytesIO()
        img.save(out, "JPEG", quality=80)
        out.seek(0)
        c.setPageSize((lw, lh))
        c.drawImage(ImageReader(out), 0, 0, lw, lh)
        for x, top, text, size in runs:
            i += 1
            invisible_line(c, x, top, ocr_noise(text, i), size, ph=lh)
        invisible_line(c, lw / 2 - 24, lh - 30, f"— {n} —", 12, ph=lh)
        c.showPage()
    c.save()


def main():
    only = "--extractions-only" in sys.argv
    for module in (XX, ZX, QD):
        write_extraction(HERE, module)
    if only:
        return
    build_scanned(XX, HERE / f"{XX.SLUG}.pdf")
    build_wps(ZX, HERE / f"{ZX.SLUG}.pdf", "蒸湘区人工智能+行动计划")
    build_mixed(QD, HERE / f"{QD.SLUG}.pdf")


if __name__ == "__main__":
    main()

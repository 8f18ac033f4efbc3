"""A plan's text printed to PDF by other producers than LibreOffice: a web page printed by a
browser (headless Chromium, ``--print-to-pdf``) or by WeasyPrint, as sites and offices print
the plans they publish (``evaluate_drafts --render pdf-chromium|pdf-weasyprint``).

``office_html`` sets the blocks ``rendering.office_blocks`` reads from the text as a page in the
GB/T 9704 manner, but typeset by a browser: justified paragraphs indented two characters, the
title in two centred lines, headings in bold, tables ruled with their merged cells spanning
rows, the title as a running head on every page but the first and "— N —" at the foot. The
browser justifies by stretching the space between characters and breaks lines by its own rules,
so its lines end elsewhere than Word's and LibreOffice's.
"""

from __future__ import annotations

import html
import subprocess
import tempfile
from pathlib import Path

from pilots.drafting.rendering import CONVERT_SECONDS, office_blocks, title_lines

CHROMIUM = "chromium"

_PAGE_CSS = """
@page { size: A4; margin: 37mm 26mm 35mm 28mm;
  @top-center { content: string(title); font-size: 10.5pt; color: #444; }
  @bottom-right { content: "— " counter(page) " —"; font-size: 14pt; } }
@page :first { @top-center { content: none; } }
body { font-family: "FangSong", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 16pt;
  line-height: 28pt; margin: 0; }
p { margin: 0; text-indent: 2em; text-align: justify; }
h1 { font-size: 22pt; line-height: 1.5; text-align: center; font-weight: normal;
  margin: 0 0 28pt 0; string-set: title content(); }
h2, h3 { font-size: 16pt; margin: 0; text-indent: 2em; text-align: justify; }
h3 { font-weight: normal; font-style: italic; }
.chapter { text-align: center; text-indent: 0; font-weight: bold; }
.annex { break-before: page; text-indent: 0; }
table { border-collapse: collapse; margin: 6pt auto; font-size: 12pt; line-height: 1.4; }
td { border: 0.75pt solid black; padding: 2pt 4pt; vertical-align: middle; }
"""


def office_html(text: str) -> str:
    """The text as an HTML page a browser prints in the 公文 layout."""
    parts = []
    for block in office_blocks(text):
        if block.kind == "table":
            parts.append(_table(block.rows))
        elif block.kind == "title":
            lines = "<br>".join(html.escape(line) for line in title_lines(block.text))
            parts.append(f"<h1>{lines}</h1>")
        elif block.kind == "heading1":
            parts.append(f"<h2>{html.escape(block.text)}</h2>")
        elif block.kind == "heading2":
            parts.append(f"<h3>{html.escape(block.text)}</h3>")
        else:
            css = f" class='{block.kind}'" if block.kind in ("chapter", "annex") else ""
            parts.append(f"<p{css}>{html.escape(block.text)}</p>")
    return (
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>"
        f"<style>{_PAGE_CSS}</style></head><body>{''.join(parts)}</body></html>"
    )


def _table(rows: list[list[str]]) -> str:
    """Ruled rows; a cell repeating the one above spans down over it, as a merged cell."""
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    spans = [[1] * width for _ in rows]
    for c in range(width):
        first = 1
        for r in range(2, len(rows)):
            if rows[r][c] and rows[r][c] == rows[first][c]:
                spans[first][c] += 1
                spans[r][c] = 0
            else:
                first = r
    body = []
    for r, row in enumerate(rows):
        cells = "".join(
            f"<td rowspan='{spans[r][c]}'>{html.escape(value)}</td>"
            if spans[r][c] > 1
            else f"<td>{html.escape(value)}</td>"
            for c, value in enumerate(row)
            if spans[r][c]
        )
        body.append(f"<tr>{cells}</tr>")
    return f"<table>{''.join(body)}</table>"


def html_pdf(page: str, producer: str, timeout: float = CONVERT_SECONDS) -> bytes:
    """The page printed to PDF by ``producer`` (``rendering.BROWSERS``)."""
    if producer == "weasyprint":
        from weasyprint import HTML

        return HTML(string=page).write_pdf()
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "plan.html", Path(folder) / "plan.pdf"
        source.write_text(page, encoding="utf-8")
        subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={folder}/profile", f"--print-to-pdf={target}", source.as_uri()],
            check=True, capture_output=True, timeout=timeout,
        )  # fmt: skip
        return target.read_bytes()

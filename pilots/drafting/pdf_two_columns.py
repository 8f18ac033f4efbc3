"""Pages of a PDF set in two columns of running text (a leaflet explaining the plan, 政策解读,
appended after it), read column by column (``pdf_text``).

Extracted as lines across the page, the lines of the two columns at the same height run together
("…关于人工四、为深入贯彻…") and the columns' paragraphs interleave. A page is set in two columns
when almost none of the lines below its head crosses a gutter down the middle of the page, and
lines stand on both sides of it, each side's text a block of touching characters. A table without
rules has gaps down the page too, but between more than two cells, or cells that do not fill
their column; its rows are read by ``pdf_columns``.
"""

from __future__ import annotations

import itertools

GUTTER = 1.0  # characters of the body text's size either side of the page's middle
MIN_LINES = 8  # lines beside the gutter on a page of two columns, at the least
CROSSING = 0.15  # share of those lines that may cross the gutter (a title over both columns)
FILLED = 0.5  # share of each column's lines that run to its right edge (justified text)


def two_column_lines(page, lines: list[dict]) -> list[dict] | None:
    """The page's lines read column by column, each with ``column`` (0 the lines over both
    columns above them, 1 the left column, 2 the right one, 3 the lines under both), or None
    when the page is not set in two columns. ``lines`` are the page's lines across it
    (``extract_text_lines`` with their chars)."""
    middle = float(page.width) / 2
    sizes = sorted(
        float(c.get("size", 0)) for line in lines for c in line["chars"] if c["text"].strip()
    )
    if not sizes:
        return None
    band = (middle - GUTTER * sizes[len(sizes) // 2], middle + GUTTER * sizes[len(sizes) // 2])
    crossing = [line for line in lines if _crosses(line, band)]
    beside = [line for line in lines if not _crosses(line, band)]
    if len(beside) < MIN_LINES:
        return None
    top = min(float(line["top"]) for line in beside)
    bottom = max(float(line["bottom"]) for line in beside)
    inside = [line for line in crossing if top < float(line["top"]) < bottom]
    if len(inside) > CROSSING * len(beside):
        return None
    halves = [_half(beside, band[0], left=True), _half(beside, band[1], left=False)]
    if not all(halves) or not all(_filled(half) for half in halves):
        return None
    result = [{**line, "column": 0 if float(line["top"]) < top else 3} for line in crossing]
    for column, (x0, x1) in enumerate(((0, middle), (middle, float(page.width))), start=1):
        cropped = page.crop((x0, top - 1, x1, bottom + 1), strict=False)
        for line in cropped.extract_text_lines(layout=False, strip=True, return_chars=True):
            result.append({**line, "column": column})
    return result


def _crosses(line: dict, band: tuple[float, float]) -> bool:
    return any(
        float(c["x0"]) < band[1] and float(c["x1"]) > band[0]
        for c in line["chars"]
        if c["text"].strip()
    )


def _half(lines: list[dict], edge: float, *, left: bool) -> list[list[dict]]:
    """The chars of each line on one side of the gutter, for the lines that have some there."""
    found = []
    for line in lines:
        chars = [
            c
            for c in line["chars"]
            if c["text"].strip()
            and ((float(c["x1"]) <= edge) if left else (float(c["x0"]) >= edge))
        ]
        if chars:
            found.append(sorted(chars, key=lambda c: float(c["x0"])))
    return found if len(found) >= MIN_LINES / 2 else []


def _filled(half: list[list[dict]]) -> bool:
    """Whether the side is running text: no line has a gap of two characters inside it (a
    table's cells), and many lines run to the side's right edge."""
    for chars in half:
        for before, after in itertools.pairwise(chars):
            if float(after["x0"]) - float(before["x1"]) > 2 * float(before.get("size", 10)):
                return False
    right = max(float(chars[-1]["x1"]) for chars in half)
    size = max(float(chars[-1].get("size", 10)) for chars in half)
    full = sum(1 for chars in half if float(chars[-1]["x1"]) >= right - size)
    return full >= FILLED * len(half)

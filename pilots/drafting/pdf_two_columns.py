"""Pages of a PDF set in two columns of running text (a leaflet explaining the plan, 政策解读,
appended after it), read column by column (``pdf_text``).

Extracted as lines across the page, the lines of the two columns at the same height run together
("…关于人工四、为深入贯彻…") and the columns' paragraphs interleave. A page is set in two columns
when almost none of the lines below its head crosses a gutter down the middle of the page, and
lines stand on both sides of it, each side's text a block of touching characters. A table without
rules has gaps down the page too, but between more than two cells, or cells that do not fill
their column; its rows are read by ``pdf_columns``.

A gazette sets its columns closer, a gap of one or two characters between them, not always
round the page's middle: the gutter is then the strip near the middle that the fewest lines
cross. Some frame the columns with rules over, under and between them: such a "table" of one
row whose two cells hold many lines each is the page's columns, not a table of the plan.
"""

from __future__ import annotations

import itertools

GUTTER = 1.0  # characters of the body text's size either side of the page's middle
MIN_LINES = 8  # lines beside the gutter on a page of two columns, at the least
CROSSING = 0.15  # share of those lines that may cross the gutter (a title over both columns)
FILLED = 0.5  # share of each column's lines that run to its right edge (justified text)
NEAR = 3.0  # characters either side of the page's middle where a gazette's narrow gutter lies
NARROWEST = 0.5  # characters a gutter is wide at the least (wider than letters' spacing)
STEP = 0.25  # points between the places tried for the gutter


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
    size = sizes[len(sizes) // 2]
    for band in ((middle - GUTTER * size, middle + GUTTER * size), _gutter(lines, middle, size)):
        if band is not None and (result := _columns(page, lines, band)) is not None:
            return result
    return None


def column_frame(page, table: tuple) -> bool:
    """Whether a ruled table (bounding box, rows) is the frame a gazette draws round a page's two
    columns: one row of two cells, each holding many lines of text."""
    _, rows = table
    if len(rows) != 1 or len([box for box in rows[0]["boxes"] if box]) != 2:
        return False
    return all(_line_count(page, box) >= MIN_LINES for box in rows[0]["boxes"] if box)


def _line_count(page, box: tuple) -> int:
    return len({
        round(float(c["top"]))
        for c in page.chars
        if c["text"].strip() and box[0] <= float(c["x0"]) and float(c["x1"]) <= box[2]
        and box[1] <= float(c["top"]) and float(c["bottom"]) <= box[3]
    })  # fmt: skip


def _gutter(lines: list[dict], middle: float, size: float) -> tuple[float, float] | None:
    """The widest strip near the page's middle that (almost) the fewest lines cross, when it is
    wide enough to part two columns."""
    low, high = middle - NEAR * size, middle + NEAR * size
    spans = [
        (float(c["x0"]), float(c["x1"]))
        for line in lines
        for c in line["chars"]
        if c["text"].strip() and float(c["x0"]) < high and float(c["x1"]) > low
    ]
    places = [low + STEP * n for n in range(int(2 * NEAR * size / STEP) + 1)]
    counts = [sum(1 for x0, x1 in spans if x0 < x < x1) for x in places]
    most = min(counts) + CROSSING * len(lines)  # a title, a page number over the gutter
    runs = [list(run) for key, run in itertools.groupby(zip(places, counts, strict=True),
            key=lambda place: place[1] <= most) if key]  # fmt: skip
    run = max(runs, key=lambda run: run[-1][0] - run[0][0])
    band = (run[0][0], run[-1][0])
    return band if band[1] - band[0] >= NARROWEST * size else None


def _columns(page, lines: list[dict], band: tuple[float, float]) -> list[dict] | None:
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
    split = (band[0] + band[1]) / 2
    for column, (x0, x1) in enumerate(((0, split), (split, float(page.width))), start=1):
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

"""A PDF page whose text runs sideways, read as the reader turns it (``pdf_text``): an annex's
table set on a landscape page and saved turned onto a portrait one, with no /Rotate telling a
viewer to turn it back. Read as it lies, each column of the table is a "line" and the cells of a
row are pages apart. Most of its letters turned a quarter or half turn the same way, the page is
read as if its /Rotate turned it upright, as a viewer does for a page that has one; a table's
column heading set sideways among upright text turns no page. The turned page's own page number,
printed upright below the table for the portrait page it lies on, then runs sideways down its
side margin, one letter a line among the table's rows: it is dropped."""

from __future__ import annotations

import copy
import math
from collections import Counter

TURNED_SHARE = 0.6  # of a page's letters turned the same way: the page's own text, not a heading
SIDE = 0.09  # share of a turned page's width at either side where the portrait page's marks sit


def page_upright(page):
    """The page (pdfplumber), or the same page turned so that its text reads upright."""
    turn = _turn(page.chars)
    if not turn:
        return page
    import pdfplumber

    page_obj = copy.copy(page.page_obj)
    page_obj.attrs = {**page.page_obj.attrs, "Rotate": (page.rotation + turn) % 360}
    page_obj.rotate = (page.page_obj.rotate + turn) % 360
    turned = pdfplumber.page.Page(page.pdf, page_obj, page.page_number, page.initial_doctop)
    width = float(turned.width) or 1.0
    if not any(_side_mark(obj, width) for obj in turned.chars):
        return turned
    return turned.filter(lambda obj: not _side_mark(obj, width))


def _side_mark(obj: dict, width: float) -> bool:
    """A letter of the portrait page's own marks on a turned page: sideways, in a side margin."""
    if (
        obj.get("object_type") != "char"
        or not obj.get("text", "").strip()
        or _letter_turn(obj) == 0
    ):
        return False
    return float(obj["x1"]) < width * SIDE or float(obj["x0"]) > width * (1 - SIDE)


def _turn(chars: list[dict]) -> int:
    """Degrees clockwise (90, 180, 270) that would set most of the letters upright, or 0."""
    turns = Counter(_letter_turn(char) for char in chars if char.get("text", "").strip())
    if not turns:
        return 0
    turn, count = turns.most_common(1)[0]
    return turn if turn and count >= TURNED_SHARE * sum(turns.values()) else 0


def _letter_turn(char: dict) -> int:
    """The quarter turns clockwise a viewer gives the page to read the letter upright: a line
    running up the page (the baseline's direction 90°) reads after a quarter turn clockwise."""
    a, b = float(char["matrix"][0]), float(char["matrix"][1])
    direction = round(math.degrees(math.atan2(b, a)) / 90) % 4
    return direction * 90

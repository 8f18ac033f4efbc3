"""What a seal or stamp prints over a PDF page's text, taken off before its lines are read
(``pdf_text``): an office's name set round a seal's rim, each letter turned along it, and a star
or mark printed over the signature and date. Read as text they make lines of their own ("市人民",
"政", "府") or run into the date ("青山市人民政★府")."""

from __future__ import annotations

import math
import unicodedata

ASKEW = 5.0  # degrees off upright (or off a quarter turn: a column's heading set sideways)
OVER = 0.3  # share of a mark's box over another character's: printed over the text


def stamps_removed(page):
    """The page without letters set askew — and the letters of the same rim turned less (its
    top), between two of them — and without marks (★, ●) printed over other text."""
    chars = page.chars
    askew = [c for c in chars if ASKEW < _angle(c) < 90 - ASKEW]
    rim = {id(c) for c in askew} | {id(c) for c in chars if _between(c, askew)}
    marks = [c for c in chars if _mark(c)]
    over = {id(m) for m in marks if any(_over(m, c) for c in chars if c is not m and not _mark(c))}
    dropped = rim | over
    return page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) not in dropped)


def _angle(char: dict) -> float:
    """Degrees the letter is turned, off upright or off a quarter turn."""
    a, b = float(char["matrix"][0]), float(char["matrix"][1])
    return round(math.degrees(math.atan2(b, a)), 3) % 90


def _between(char: dict, askew: list[dict]) -> bool:
    """Whether letters set askew in the same font and colour stand close on its left and on its
    right: the letter is of their rim (a turned letter's size is that of its box, not its font's).
    """
    size = max(float(char.get("size", 10)), 1.0)
    near = [
        other
        for other in askew
        if other is not char
        and (other.get("fontname"), other.get("non_stroking_color"))
        == (char.get("fontname"), char.get("non_stroking_color"))
        and abs(float(other["x0"]) - float(char["x0"])) < 2 * size
        and abs(other["top"] - char["top"]) < 2 * size
    ]
    x0 = float(char["x0"])
    return any(float(o["x0"]) < x0 for o in near) and any(float(o["x0"]) > x0 for o in near)


def _mark(char: dict) -> bool:
    return unicodedata.category(char["text"][:1] or " ") == "So"


def _over(mark: dict, char: dict) -> bool:
    width = min(float(mark["x1"]), float(char["x1"])) - max(float(mark["x0"]), float(char["x0"]))
    height = min(mark["bottom"], char["bottom"]) - max(mark["top"], char["top"])
    if width <= 0 or height <= 0:
        return False
    area = (float(mark["x1"]) - float(mark["x0"])) * (mark["bottom"] - mark["top"]) or 1.0
    return width * height / area > OVER

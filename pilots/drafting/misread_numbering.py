"""Outline numbers an OCR misread, read as the numbers they stand for.

A scan's text recognition misreads the marks of a heading's or an item's number: 一、 as "—、"
(the stroke taken for a dash), the 、 or the dot as a comma ("三，保障措施", "2，推进…", "8,发展…"),
the brackets of （四） as "〈四〉", the 1 of 10. as l ("l0.提升…"). No numbering style reads such a
line, so its heading or item would run into the one before. A misread number is read only where
the outline's count vouches for it: the number read (or misread) just before it in the same style
is one less, or the one just after is one more, and a Chinese character opens its text (a
continuation line such as "2，3号线" is no item). Each reading is a literal restoration of the
line's opening.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pilots.drafting.lexicon import numbering_styles, table, with_numerals
from pilots.drafting.numerals import numeral_value

_KEPT = 2  # characters of the text kept in a restoration, to tie it to its line


@dataclass(frozen=True)
class _Number:
    line: int
    value: int
    misread: str | None = None  # the opening as the OCR printed it
    read: str = ""  # the opening as the paper prints it


@cache
def _misread_forms() -> dict[str, re.Pattern]:
    rule = table("outline")["misread_numbering"]
    return {style: re.compile(with_numerals(pattern)) for style, pattern in rule.items()}


def misread_numbering(text: str) -> list[tuple[str, str]]:
    """(as printed, as read) for each line opening on a misread outline number."""
    lines = text.split("\n")
    styles = {style.name: style.pattern for style in numbering_styles()}
    found: dict[str, str] = {}
    for name, misread in _misread_forms().items():
        numbers = []
        for index, line in enumerate(lines):
            number = _number(index, line, styles[name], misread, name)
            if number is not None:
                numbers.append(number)
        for at, number in enumerate(numbers):
            if number.misread is None or number.line == 0:
                continue
            before = numbers[at - 1].value if at > 0 else None
            after = numbers[at + 1].value if at + 1 < len(numbers) else None
            if number.value in (before, after):
                continue  # the number is printed beside it: a line that opens on a word's end
            if before == number.value - 1 or after == number.value + 1:
                found["\n" + number.misread] = "\n" + number.read
    return list(found.items())


def _number(index: int, raw: str, style: re.Pattern, misread: re.Pattern, name: str):
    line = raw.lstrip()
    read = style.match(line)
    if read:
        return _Number(index, numeral_value(read["number"]))
    wrong = misread.match(line)
    if not wrong:
        return None
    number = wrong["number"]
    if name == "digit":
        number = number.translate(str.maketrans("lIOo", "1100"))
        if not number.isdecimal() or number.startswith("0"):
            return None
        marker = f"{int(number)}."
    elif name == "cn_dun":
        number = "一" if not re.fullmatch(with_numerals("{numerals}"), number) else number
        marker = f"{number}、"
    else:
        marker = f"（{number}）"
    value = numeral_value(number)
    if not value:
        return None
    body = line[wrong.start("body") : wrong.start("body") + _KEPT]
    indent = raw[: len(raw) - len(line)]
    return _Number(
        index, value, indent + line[: wrong.start("body")] + body, indent + marker + body
    )

"""A decimal outline (1 总体要求 / 1.1 指导思想 / 2.1.1 建设X。…): its top level prints a bare
number and a space before a short heading, which no numbering style matches on a line alone — "2
重点任务" could as well be a page number run into a running head. It is the outline's top level
when its own first sub-item (2.1) is the next numbered line."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pilots.drafting.numbered_lines import Line

_BARE_TOP = re.compile(  # a short heading: no sentence mark, not opening on a figure
    r"^(?P<number>\d{1,2})[ \u3000]*(?P<body>[^\d\s，。；：,;:、！？][^，。；：,;:！？]{1,24})$"
)
_LOOK_AHEAD = 3  # lines between the heading and its N.1 (an intro paragraph or two)


def decimal_tops(lines: list[Line]) -> list[Line]:
    """The lines, each bare-numbered heading followed by its own N.1 given the style digit_bare."""
    read = list(lines)
    for index, line in enumerate(read):
        match = _BARE_TOP.match(line.raw) if line.style is None else None
        if match and _first_sub_follows(read[index + 1 : index + 1 + _LOOK_AHEAD], match["number"]):
            read[index] = replace(
                line, style="digit_bare", number=match["number"], body=match["body"].strip()
            )
    return read


def _first_sub_follows(after: list[Line], number: str) -> bool:
    following = next((line for line in after if line.style is not None), None)
    return (
        following is not None
        and following.style == "digit_sub"
        and re.fullmatch(rf"0*{int(number)}[.．]0*1", following.number) is not None
    )


def numbering_joined(outer: str, inner: str) -> str:
    """A numbering printed under another's: (一) under 二、 is 二、(一); a decimal number already
    carries the one above it (2.1 under 2 is 2.1, not 22.1)."""
    if outer and re.match(rf"{re.escape(outer)}[.．]\d", inner):
        return inner
    return f"{outer}{inner}"

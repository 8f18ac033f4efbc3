"""Figures whose line broke between the number and its unit, read together.

A portal's text or a Word file's soft break can end a line inside a sentence, right after a figure,
its unit opening the next line ("建设智慧渔港2" / "个，推广…"). Where the line ends in a figure
that follows a character of the sentence (not a line of its own, not a list number) and the next
line opens, unindented, with a unit of quantities.yaml, the break is no part of the text: a
literal restoration joins the two, so replaying it changes nothing else. A short line ending in a
figure is a heading or a label ("项目卡01" over "项目名称|…": 项 is a unit too), never a sentence
cut by the margin, and a row of cells is no sentence.
"""

from __future__ import annotations

import re
from functools import cache

from pilots.drafting.lexicon import alternation, table


@cache
def _broken() -> re.Pattern:
    quantities = table("quantities")
    units = alternation(
        [*quantities["base_units"], *(u["unit"] for u in quantities["context_units"])]
    )
    return re.compile(
        rf"(?<=[\u4e00-\u9fff])(?<![第])(?P<figure>\d+(?:\.\d+)?)\n(?P<unit>{units})(?![A-Za-z\d])"
    )


# The fewest characters of a line the margin cut inside a sentence.
_SENTENCE_LINE = 12


def broken_figures(text: str) -> list[tuple[str, str]]:
    """(as printed, as read) for each figure whose unit opens the next line."""
    found: dict[str, str] = {}
    for match in _broken().finditer(text):
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.end("figure")]
        next_line = text[match.start("unit") :].split("\n", 1)[0]
        if len(line.strip()) < _SENTENCE_LINE or "|" in next_line:
            continue
        start = max(0, match.start() - 1)
        printed = text[start : match.end()]
        found[printed] = printed.replace("\n", "")
    return list(found.items())

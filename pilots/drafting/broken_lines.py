"""Lines a PDF broke inside a bracket, read as one.

A PDF's text breaks its lines wherever the page's width ends, also inside an annotation and
around a name's own parenthesis ("（责任单位：市交通运输局、金义（义乌）" /
"机场迁建指挥部、市发改委。列第一位为牵头单" / "位，下同）"). A bracket opened on one line
and closed on one of the next few is read with the lines it spans when the caller says what it
holds is worth it (an annotation).
"""

from __future__ import annotations

from collections.abc import Callable

# Stands for a line break inside a joined bracket: one character, so offsets in the joined line
# are offsets in the text; read as nothing.
JOIN = "\u2060"
OPENING = "(（〔[［【〖"
CLOSING = ")）〕]］】〗"
_MOST_LINES = 4  # an annotation spans at most this many lines after the one it opens on


def bracket_depth(text: str) -> int:
    return sum(c in OPENING for c in text) - sum(c in CLOSING for c in text)


def open_bracket(line: str) -> int | None:
    """Where the outermost bracket the line leaves open starts, if any."""
    stack: list[int] = []
    for at, char in enumerate(line):
        if char in OPENING:
            stack.append(at)
        elif char in CLOSING and stack:
            stack.pop()
    return stack[0] if stack else None


def bracket_lines_joined(text: str, worth: Callable[[str, int], bool]) -> list[str]:
    """The text's lines, a line that leaves a bracket open joined (by ``JOIN``) with the following
    lines up to the one that closes it when ``worth(joined, where the bracket opens)``."""
    lines = text.split("\n")
    joined: list[str] = []
    index = 0
    while index < len(lines):
        line, index = lines[index], index + 1
        opened = open_bracket(line)
        if opened is None:
            joined.append(line)
            continue
        depth, following = bracket_depth(line[opened:]), []
        for later in lines[index : index + _MOST_LINES]:
            following.append(later)
            depth += bracket_depth(later)
            if depth <= 0:
                break
        candidate = JOIN.join([line, *following])
        if depth == 0 and worth(candidate, opened):
            joined.append(candidate)
            index += len(following)
        else:
            joined.append(line)
    return joined

"""A PDF's pages in its text saved as text: between the last line of one page and the first of the
next, the page's number ("— 12 —", 第 3 页) and its running head or foot (the title, the issuer:
a line printed by every page break). Taken out as literal restorations, so the text's paragraphs
close up over the page breaks (``wrapped_lines`` then joins a paragraph broken there)."""

from __future__ import annotations

from collections import Counter

from pilots.drafting.lexicon import compiled, table

_MIN_PAGES = 2  # page numbers, and the page breaks a running head must be printed at


def page_furniture(text: str) -> list[str]:
    """Each page break's furniture as printed, from the line break before it."""
    lines = text.split("\n")
    number = compiled("documents", "text_page_number")
    breaks = [i for i, line in enumerate(lines) if number.match(line)]
    if len(breaks) < _MIN_PAGES:
        return []
    neighbours = {i: (_next_written(lines, i, -1), _next_written(lines, i, 1)) for i in breaks}
    printed = Counter(
        lines[j].strip() for pair in neighbours.values() for j in pair if j is not None
    )
    heads = {
        line
        for line, times in printed.items()
        if times >= _MIN_PAGES and len(line) <= table("documents")["running_head_max"]
    }
    blocks = []
    for i, (before, after) in neighbours.items():
        first = before if before is not None and lines[before].strip() in heads else i
        last = after if after is not None and lines[after].strip() in heads else i
        if first == 0:
            continue  # the document's own first line, over a page number: its title
        blocks.append("\n" + "\n".join(lines[first : last + 1]))
    return list(dict.fromkeys(blocks))


def _next_written(lines: list[str], index: int, step: int) -> int | None:
    """The nearest line in that direction that holds text and is no page number."""
    index += step
    while 0 <= index < len(lines):
        if lines[index].strip() and not compiled("documents", "text_page_number").match(
            lines[index]
        ):
            return index
        index += step
    return None

"""A PDF's pages in its text saved as text: between the last line of one page and the first of the
next, the page's number ("— 12 —", 第 3 页) and its running head or foot (the title, the issuer:
a line printed by every page break). Taken out as literal restorations, so the text's paragraphs
close up over the page breaks (``wrapped_lines`` then joins a paragraph broken there)."""

from __future__ import annotations

import re
from collections import Counter

from pilots.drafting.lexicon import compiled, numbering_styles, table

_MIN_PAGES = 2  # page numbers, and the page breaks a running head must be printed at
_SENTENCE = re.compile(r"[。；;，,：:！？]")


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
    heads |= _alternate_heads(lines, neighbours, heads)
    blocks = []
    for i, (before, after) in neighbours.items():
        first = before if before is not None and lines[before].strip() in heads else i
        last = after if after is not None and lines[after].strip() in heads else i
        if first == 0:
            continue  # the document's own first line, over a page number: its title
        blocks.append("\n" + "\n".join(lines[first : last + 1]))
    return list(dict.fromkeys(blocks))


def _alternate_heads(
    lines: list[str], neighbours: dict[int, tuple[int | None, int | None]], heads: set[str]
) -> set[str]:
    """Running heads that take turns with one found (a gazette's name atop even pages, its issue
    atop odd ones): where a break lacks the head on the side others print it, the line there is
    one too when it is short, no numbered heading nor a sentence, and printed as a line elsewhere
    in the text (the first page's head, above no page number)."""
    printed = Counter(line.strip() for line in lines)
    found = set()
    for side in (0, 1):
        if not any(
            pair[side] is not None and lines[pair[side]].strip() in heads
            for pair in neighbours.values()
        ):
            continue
        for pair in neighbours.values():
            line = lines[pair[side]].strip() if pair[side] is not None else ""
            if (
                line
                and line not in heads
                and printed[line] >= _MIN_PAGES
                and len(line) <= table("documents")["running_head_max"]
                and not _SENTENCE.search(line)
                and not any(style.pattern.match(line) for style in numbering_styles())
            ):
                found.add(line)
    return found


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

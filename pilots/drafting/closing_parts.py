"""The part a task table's document prints after its table: an unnumbered heading naming the
safeguards (工作要求, 保障措施) once the table's rows have run. It is no row of the table, nor the
text of the last row: it opens the document's next part, its paragraphs (or 一、… points) that
part's items. Read as a part of its own, numbered by no number ("closing")."""

from __future__ import annotations

import re

from pilots.drafting.annotations import has_annotation
from pilots.drafting.headings import heading_only, heading_text
from pilots.drafting.lexicon import table
from pilots.drafting.numbered_lines import Line

CLOSING = "closing"  # the style of a part opened by an unnumbered heading
HEADING_MAX = 8  # 工作要求, 保障措施, 组织实施: a part's name, no sentence


def closing_heading(raw: str) -> bool:
    """An unnumbered line naming a safeguard part, and nothing else."""
    text = heading_text(raw)
    if not heading_only(raw) or len(text) > HEADING_MAX or re.search(r"[，,：:（(]", text):
        return False
    rules = [r for r in table("outline")["part_kinds"] if r["kind"] == "safeguard"]
    return any(
        re.search(r["pattern"], text) and not (r.get("exclude") and re.search(r["exclude"], text))
        for r in rules
    )


def closing_line(line: Line) -> Line:
    """The heading as the line opening its part (its name its number: the part's code)."""
    text = heading_text(line.raw)
    return Line(line.index, line.raw, CLOSING, text, text)


def closing_opens(lines: list[Line], index: int, row: Line) -> bool:
    """Line ``index`` opens the part after the table whose last row so far is ``row``: a
    closing heading the rows do not run on after (强化要素保障 over rows 14–16 is a category)."""
    if not closing_heading(lines[index].raw):
        return False
    return not any(
        later.style == row.style and later.value == row.value + 1 for later in lines[index + 1 :]
    )


def closing_index(lines: list[Line]) -> int | None:
    """Where the part after a task table opens in ``lines`` (an annex's), or None."""
    row = None  # the last numbered row with its agency annotation
    for index, line in enumerate(lines):
        if line.style is None and row is not None and closing_opens(lines, index, row):
            return index
        if line.style is not None and has_annotation(line.body):
            row = line
    return None

"""Where a task table opens a document that is nothing but the table: under its title (a table or
a list: 谯城区2025年重点工作任务分解表), or with no title, the table's own lines from the first on —
its categories, the measures under them and its annotated rows as ``tables`` prints them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pilots.drafting.annotations import annotations_in, has_annotation
from pilots.drafting.headings import heading_only
from pilots.drafting.lexicon import compiled, table

if TYPE_CHECKING:
    from pilots.drafting.numbered_lines import Line


def table_opens(lines: list[Line], index: int) -> bool:
    """A document that is a task table (谯城区2025年重点工作任务分解表, with no 附件 before it):
    its title, then before any numbered line of a body, the table's annotated rows — or, with no
    title, nothing but the table's lines from the first on (``_table_lines_only``)."""
    if not table_title(lines[index]):
        return index == 0 and _table_lines_only(lines)
    numbered = next(
        (line for line in lines[index + 1 :] if line.style and not _measure(line)), None
    )
    return numbered is not None and has_annotation(numbered.body)


def _table_lines_only(lines: list[Line]) -> bool:
    """The document is a task table's lines and nothing else (``tables.table_lines``): a category
    first, unnumbered, then annotated rows numbered 1. 2. under headings of categories and of
    their measures ((一) under a category), a heading between rows too, not one paragraph or
    unannotated item among them."""
    if not lines or lines[0].style is not None or any(map(table_title, lines)):
        return False  # a table's title line opens it where it stands
    rows, between = 0, False  # a heading between rows: a title over annotated items is none
    for line in lines:
        if line.style == "digit" and not line.inferred and _annotated_row(line.body):
            rows += 1
        elif not (line.style is None and _heading_whole(line.body)) and not _measure(line):
            return False
        else:
            between = between or rows > 0
    return rows >= 2 and between


def _annotated_row(body: str) -> bool:
    """A row as ``tables`` prints it: its text, then its annotation closing the line."""
    found = annotations_in(body)
    return bool(found) and not body[found[-1].end :].strip()


def _heading_whole(body: str) -> bool:
    """A heading standing alone: a phrase opening on a word, its brackets closed — no line a
    broken paragraph leaves (、市自然资源和规划局))."""
    return (
        heading_only(body)
        and bool(re.match(r"[\w“《\"]", body))
        and body.count("（") + body.count("(") == body.count("）") + body.count(")")
    )


def _measure(line: Line) -> bool:
    """A table's measure heading over its rows ((一) 主要举措 of 重点任务 | 主要举措 | 具体任务)."""
    return line.style == "cn_paren" and heading_only(line.body) and not has_annotation(line.body)


def table_title(line: Line) -> bool:
    """附件：重点任务分工表, or the title line under 附件1: a table or a list, never the plan."""
    return len(line.raw) <= table("outline")["annex_title_max"] and bool(
        compiled("outline", "annex_table").search(line.raw)
    )

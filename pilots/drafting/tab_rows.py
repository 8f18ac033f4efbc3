"""A table copied from a web page as text: tabs between its cells, a line break after each row —
and a line break inside a cell too, wherever the page broke the cell's text (a <br>: a 配合单位
cell holding one body a line). Such a row is broken over several lines: its first line ends in
the broken cell, the lines after it go on with that cell, and the last of them carries the cells
after it ("各市县人民政府<tab>2027年12月"). Each row is one line again, the pieces of its broken
cell joined as a list of names (、) or as wrapped text; only in a numbered table (序号 first),
whose rows each open with their number."""

from __future__ import annotations

import re

from pilots.drafting.annotation_roles import cell_on_one_line
from pilots.drafting.cell_lines import ROW_NUMBER
from pilots.drafting.lexicon import table

_HEADER_CELL_MAX = 10


def tab_rows_joined(text: str) -> str:
    """The text with each row of a tab-separated table that a cell's line breaks broke over
    several lines joined into one line."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        out.append(lines[index])
        width = _header_width(lines[index])
        index += 1
        while width and (row := _row_at(lines, index, width)) is not None:
            cells, index = row
            out.append("\t".join(cells))
    return "\n".join(out)


def _header_width(line: str) -> int:
    """The number of cells of a numbered table's header on this line, or 0 for no header."""
    cells = [cell.strip() for cell in line.split("\t")]
    number = table("annotations")["table_number_column"]
    if len(cells) < 3 or not re.fullmatch(number, cells[0]):
        return 0
    return len(cells) if all(0 < len(c) <= _HEADER_CELL_MAX for c in cells) else 0


def _row_at(lines: list[str], index: int, width: int) -> tuple[list[str], int] | None:
    """The row opening at lines[index] (its number first) with the lines it was broken over:
    (its cells, the index after it); None where no row opens. A row that does not come out
    as wide as the header is left as printed."""
    if index >= len(lines) or not _opens_row(lines[index]):
        return None
    cells = lines[index].split("\t")
    at = index + 1
    while len(cells) < width and at < len(lines) and lines[at].strip():
        pieces = lines[at].split("\t")
        if _opens_row(lines[at]) or len(cells) + len(pieces) - 1 > width:
            break
        cells[-1] = cell_on_one_line(f"{cells[-1]}\n{pieces[0]}")  # names a list, text run on
        cells += pieces[1:]
        at += 1
    if len(cells) != width:
        return lines[index].split("\t"), index + 1
    return cells, at


def _opens_row(line: str) -> bool:
    cells = line.split("\t")
    return len(cells) >= 2 and bool(ROW_NUMBER.fullmatch(cells[0].strip()))

"""A task table copied one cell a line in the two forms a page's table takes on the way to a
copy: each cell closed by the page's rule ("序号 |", "县教育局 |"), or the cells apart by blank
lines, the header's letters spaced out to fill the cell ("目  标  任  务"). One cell a line, a
row is its number and the cells after it up to the header's width (the last row may be cut), a
category (一、…) a row of its own: the table is written ruled, a row a line with | between its
cells, the form ``text_tables_as_lines`` reads. Only where such lines open with a table's
header.
"""

from __future__ import annotations

import re

from pilots.drafting.line_runs import runs_rewritten

ROW_NUMBER = re.compile(r"\d{1,3}")  # a row's number cell (序号), for every table reading
_CATEGORY = re.compile(r"^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")
_RULED = re.compile(r"^(?P<cell>[^|]+?)\s*\|\s*$")
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def cell_lines_plain(lines: list[str], is_header) -> list[str]:
    """``lines`` with each such table written plain; ``is_header`` tells whether a list of
    cells is a task table's header (``spaced_tables``' own test)."""
    return runs_rewritten(
        lines,
        lambda lines, index: (
            _ruled_at(lines, index, is_header) or _apart_at(lines, index, is_header)
        ),
    )


def _header_cell(line: str) -> str:
    return _SPACED.sub("", line.strip())


def _ruled_at(lines: list[str], index: int, is_header) -> tuple[list[str], int] | None:
    """Lines each one cell closed by |, from a header on: (the cells plain, the index after)."""
    cells = []
    at = index
    while at < len(lines) and (match := _RULED.match(lines[at].strip())):
        cells.append(match["cell"].strip())
        at += 1
    header = []
    for cell in cells:
        if not is_header([*header, _header_cell(cell)], partial=True):
            break
        header.append(_header_cell(cell))
    if not is_header(header) or len(cells) == len(header):
        return None
    return _rows_ruled(header, cells[len(header) :], at)


def _apart_at(lines: list[str], index: int, is_header) -> tuple[list[str], int] | None:
    """One cell a line with a blank line between cells, from a header on; the table ends at two
    blank lines running or the text's end."""
    header: list[str] = []
    at = index
    while at < len(lines) and lines[at].strip():
        cell = _header_cell(lines[at])
        if not is_header([*header, cell], partial=True):
            break
        header.append(cell)
        at += 1
        if not (at < len(lines) and not lines[at].strip()):
            break
        at += 1  # the blank line after the cell
    if len(header) < 3 or not is_header(header):
        return None
    rows: list[str] = []
    while at < len(lines):
        if lines[at].strip():
            rows.append(lines[at].strip())
        elif at + 1 < len(lines) and not lines[at + 1].strip():
            break
        at += 1
    return _rows_ruled(header, rows, at) if rows else None


def _rows_ruled(header: list[str], cells: list[str], end: int) -> tuple[list[str], int] | None:
    """The header and rows written ruled, and the index after the table; None when the cells
    after the header do not open with a row."""
    rows: list[list[str]] = []
    index = 0
    while index < len(cells):
        cell = cells[index]
        if _CATEGORY.match(cell):
            rows.append([cell, ""])
            index += 1
        elif ROW_NUMBER.fullmatch(cell):
            row = [cell]
            index += 1
            while index < len(cells) and len(row) < len(header):
                if _CATEGORY.match(cells[index]) or ROW_NUMBER.fullmatch(cells[index]):
                    break
                row.append(cells[index])
                index += 1
            rows.append(row)
        else:
            return None  # not cells of this table: leave the lines as printed
    if not any(len(row) > 2 for row in rows):
        return None
    return [" | ".join(row) + " |" for row in [header, *rows]], end

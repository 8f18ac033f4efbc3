"""A task table printed as text (its cells between |, or with tabs between them) read as the
lines the genre prints: ``tables.table_lines`` reads each such table once its rows are cells."""

from __future__ import annotations

import re

from pilots.drafting.annotation_roles import role_of_label
from pilots.drafting.indicators import cell_per_line_table, indicator_lines
from pilots.drafting.measure_cells import measure_cells_joined
from pilots.drafting.side_indicators import side_indicator_lines
from pilots.drafting.tables import table_lines
from pilots.drafting.unit_tables import column_roles, role_labels, unit_rows_as_lines


def text_tables_as_lines(text: str) -> str:
    """A task table printed as text (a page's table: "序号 | 单位名称 | 重点工作任务 |") as the
    lines the genre prints: each row's unit a numbered heading, each of its task cells a point
    headed by its first clause, the cell under it and the unit's annotation on a line of its own.
    A row with no number continues the row above (its unit); a line without cells that ends the
    text is the last cell, cut off."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        header = _cells(lines[index])
        indicators, after = _indicator_table_at(lines, index, out[-1] if out else "")
        if not indicators:
            indicators, after = cell_per_line_table(lines, index)
        if indicators:
            out += indicators
            index = after
            continue
        roles = column_roles(header)
        if not roles:
            out.append(lines[index])
            index += 1
            continue
        rows, index = _rows_after(lines, index + 1)
        if out:
            out[-1:] = _annex_title_apart(out[-1])
        if any(role_of_label(cell) and cell.strip(" :：") in role_labels() for cell in header):
            out += table_lines([header, *rows], out)  # 牵头单位 | 配合单位 columns: a task per row
        else:
            out += unit_rows_as_lines(header, roles, rows)  # 单位名称: a unit per row, its tasks
    return "\n".join(out)


def _annex_title_apart(line: str) -> list[str]:
    """The line before a task table, its annex title on a line of its own: a PDF joins the title
    to the paragraph printed above it ("…建立工作推进机制。附件：重点任务分工表")."""
    title = re.search(r"[。；;]\s*(附件\s*\d*\s*[:：][^。]{0,30}(表|清单|名单|分工))\s*$", line)
    return [line[: title.start(1)].rstrip(), title[1]] if title else [line]


def tab_cells(text: str) -> str:
    """Rows of a table copied as text with tabs between its cells, with | instead: the tabs
    would be read as stray spaces and the cells run together."""
    return re.sub(r"(?m)^.*\t.*\t.*$", lambda row: " | ".join(row[0].split("\t")), text)


def _indicator_table_at(
    lines: list[str], index: int, caption: str = ""
) -> tuple[list[str] | None, int]:
    """An indicator table printed as text, its cells between |: (its goal line, the index
    after it); ``caption``, the line above it."""
    rows = []
    while index + len(rows) < len(lines) and _cells(lines[index + len(rows)]):
        rows.append(_cells(lines[index + len(rows)]))
    after = index + len(rows)
    rows = measure_cells_joined(rows) if rows else rows  # a task's 考核指标 | 目标值: no indicator
    found = (
        (side_indicator_lines(rows, caption) or indicator_lines(rows)) if len(rows) >= 2 else None
    )
    return found, after


def _cells(line: str) -> list[str]:
    if line.count("|") < 2:
        return []
    cells = [cell.strip() for cell in line.split("|")]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _rows_after(lines: list[str], index: int) -> tuple[list[list[str]], int]:
    rows: list[list[str]] = []
    while index < len(lines):
        cells = _cells(lines[index])
        if cells:
            rows.append(cells)
        elif rows and index == len(lines) - 1 and lines[index].strip():
            rows.append([lines[index].strip()])  # the copy ends inside a cell
        else:
            break
        index += 1
    return rows, index

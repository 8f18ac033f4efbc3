"""Tables in a Word or HTML plan: a task table becomes the lines the genre prints.

Many plans list their tasks in a table (序号 | 重点任务 | 牵头单位 | 配合单位). A table whose header
names such role columns becomes one numbered line per row, with the annotation written after the
task as the text form would print it: "1.任务（牵头单位：X；配合单位：Y）". Any other table is one
line per row, its cells separated by spaces.
"""

from __future__ import annotations

import re

from pilots.drafting.annotations import role_of_label
from pilots.drafting.indicators import cell_per_line_table, indicator_lines
from pilots.drafting.lexicon import table
from pilots.drafting.outline import first_clause


def table_lines(rows: list[list[str]]) -> list[str]:
    rows = [[" ".join(cell.split()) for cell in row] for row in rows if any(c.strip() for c in row)]
    if not rows:
        return []
    indicators = indicator_lines(rows)
    if indicators:
        return indicators
    header = rows[0]
    roles = {index: role_of_label(cell) for index, cell in enumerate(header)}
    role_columns = {i: label for i, label in enumerate(header) if roles[i]}
    if not role_columns:
        return [" ".join(dict.fromkeys(c for c in row if c)) for row in rows]
    number_column = next((i for i, c in enumerate(header) if re.search(r"序号|编号", c)), None)
    other = table("annotations")["other_labels"]  # 完成时限: no part of the task
    task_columns = [
        i
        for i in range(len(header))
        if i not in role_columns and i != number_column and header[i] not in other
    ]
    lines = []
    for position, row in enumerate(rows[1:], start=1):
        task = "。".join(dict.fromkeys(row[i].rstrip("。") for i in task_columns if row[i])) + "。"
        labelled = [f"{role_columns[i]}：{row[i]}" for i in role_columns if row[i]]
        number = row[number_column] if number_column is not None else str(position)
        number = number if re.fullmatch(r"\d{1,3}", number) else str(position)
        annotation = f"（{'；'.join(labelled)}）" if labelled else ""
        lines.append(f"{number}.{task}{annotation}")
    return lines


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
        indicators, after = _indicator_table_at(lines, index)
        if not indicators:
            indicators, after = cell_per_line_table(lines, index)
        if indicators:
            out += indicators
            index = after
            continue
        roles = _column_roles(header)
        if not roles:
            out.append(lines[index])
            index += 1
            continue
        rows, index = _rows_after(lines, index + 1)
        if any(role_of_label(cell) and cell.strip(" :：") in _role_labels() for cell in header):
            out += table_lines([header, *rows])  # 牵头单位 | 配合单位 columns: a task per row
        else:
            out += _rows_as_lines(header, roles, rows)  # 单位名称: a unit per row, its tasks
    return "\n".join(out)


_LABEL = {"lead": "牵头单位", "responsible": "责任单位", "supporting": "配合单位"}


def _role_labels() -> set[str]:
    return {label for labels in table("annotations")["labels"].values() for label in labels}


def tab_cells(text: str) -> str:
    """Rows of a table copied as text with tabs between its cells, with | instead: the tabs
    would be read as stray spaces and the cells run together."""
    return re.sub(r"(?m)^.*\t.*\t.*$", lambda row: " | ".join(row[0].split("\t")), text)


def _indicator_table_at(lines: list[str], index: int) -> tuple[list[str] | None, int]:
    """An indicator table printed as text, its cells between |: (its goal line, the index
    after it)."""
    rows = []
    while index + len(rows) < len(lines) and _cells(lines[index + len(rows)]):
        rows.append(_cells(lines[index + len(rows)]))
    found = indicator_lines(rows) if len(rows) >= 2 else None
    return found, index + len(rows)


def _cells(line: str) -> list[str]:
    if line.count("|") < 2:
        return []
    cells = [cell.strip() for cell in line.split("|")]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _column_roles(header: list[str]) -> dict[int, str]:
    roles = {i: role_of_label(cell) for i, cell in enumerate(header) if role_of_label(cell)}
    tasks = [i for i, cell in enumerate(header) if re.search(r"任务|工作|内容|举措|措施", cell)]
    return roles if roles and tasks else {}


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


def _rows_as_lines(header: list[str], roles: dict[int, str], rows: list[list[str]]) -> list[str]:
    lines: list[str] = []
    number_column = next((i for i, c in enumerate(header) if re.search(r"序号|编号", c)), None)
    for row in rows:
        numbered = number_column is not None and re.fullmatch(r"\d{1,3}", row[0] if row else "")
        if numbered:
            units = {i: row[i] for i in roles if i < len(row) and row[i]}
            annotation = "；".join(f"{_LABEL[roles[i]]}：{unit}" for i, unit in units.items())
            heading = f"{row[0]}.{'、'.join(units.values())}"
            lines.append(heading)
            cells = [c for i, c in enumerate(row) if c and i not in roles and i != number_column]
        elif lines:
            cells = [c for c in row if c]
        else:
            continue
        for cell in cells:  # a cell has no heading: titled by its first clause, as printed
            points = sum(1 for line in lines[lines.index(heading) :] if line.startswith("（"))
            lines += [f"（{points + 1}）{first_clause(cell)}", cell, annotation]
    return lines

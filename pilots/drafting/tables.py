"""Tables in a Word or HTML plan: a task table becomes the lines the genre prints.

Many plans list their tasks in a table (序号 | 重点任务 | 牵头单位 | 配合单位). A table whose header
names such role columns becomes one numbered line per row, with the annotation written after the
task as the text form would print it: "1.任务（牵头单位：X；配合单位：Y）". A task list of three
levels (重点任务 | 主要举措 | 具体任务, ``table_columns``) prints each category as a heading line
and each measure under it as a heading numbered (一)(二) in the category, before the rows it
spans. Any other table is one line per row, its cells separated by spaces.
"""

from __future__ import annotations

import re

from pilots.drafting.annotation_roles import cell_on_one_line, role_of_label
from pilots.drafting.headings import heading_text
from pilots.drafting.indicators import indicator_lines
from pilots.drafting.lexicon import numbering_styles, table
from pilots.drafting.measure_cells import measure_cells_joined
from pilots.drafting.numerals import chinese_numeral
from pilots.drafting.quarter_columns import (
    last_quarter,
    quarter_cells_cleaned,
    quarter_columns,
    quarter_label,
)
from pilots.drafting.row_stages import staged
from pilots.drafting.side_indicators import side_indicator_lines
from pilots.drafting.table_columns import (
    cells_title_parts,
    measures_before_tasks,
    merged_before_tasks,
    task_over_measures,
)
from pilots.drafting.unit_tables import column_roles, role_labels, unit_rows_as_lines


def table_lines(rows: list[list[str]], before: list[str] = (), caption: str = "") -> list[str]:
    """The table's rows as lines; ``before``, the document's lines above it (its headings);
    ``caption``, the line printed just above it (the last of ``before`` unless given)."""
    rows = [[cell_on_one_line(c) for c in row] for row in rows if any(c.strip() for c in row)]
    if not rows:
        return []
    caption = caption or (before[-1] if before else "")
    rows = measure_cells_joined(rows)  # 考核指标 | 目标值 | 单位 beside a task: its clause
    indicators = side_indicator_lines(rows, caption) or indicator_lines(rows)
    if indicators:
        return indicators
    header, rows = _header_of_two_rows(rows)
    units = column_roles(header)
    if units and not any(cell.strip(" :：") in role_labels() for cell in header):
        return unit_rows_as_lines(header, units, rows)  # 单位名称: a unit per row, its tasks
    roles = {index: role_of_label(cell) for index, cell in enumerate(header)}
    role_columns = {i: label for i, label in enumerate(header) if roles[i]}
    if not role_columns:
        return [" ".join(dict.fromkeys(c for c in row if c)) for row in rows]
    return _task_rows_as_lines(header, role_columns, rows, before)


def _header_of_two_rows(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """(the header, the rows under it). A header of two rows (责任单位 over 牵头单位 | 配合单位)
    is one: the second row's labels where it has them, the first row's elsewhere; a title row
    across the table (Word repeats it in every cell) is no header."""
    first, rest = rows[0], rows[1:]
    second = rest[0] if rest else []
    labels = [
        cell for cell in second if role_of_label(cell) and cell.strip(" :：") in role_labels()
    ]
    if not labels or any(re.fullmatch(r"\d{1,3}", cell) for cell in second):
        return first, rest
    if len(set(filter(None, first))) == 1:
        return second, rest[1:]  # the table's title across its first row
    width = max(len(first), len(second))
    first, second = first + [""] * (width - len(first)), second + [""] * (width - len(second))
    above = [
        a or (first[i - 1] if i and role_of_label(first[i - 1]) else "")
        for i, a in enumerate(first)
    ]
    return [
        b if b and (role_of_label(b) or not a or quarter_label(b)) else a
        for a, b in zip(above, second, strict=True)
    ], rest[1:]


def _task_rows_as_lines(
    header: list[str], role_columns: dict[int, str], rows: list[list[str]], before: list[str]
) -> list[str]:
    """A task table's rows as numbered lines, its categories (a 类别 column, or a row of one cell
    across the table) as unnumbered heading lines before their tasks. A merged cell left blank
    (a page or a PDF) takes the value above; a row with neither number nor task of its own (or
    both repeated, as Word repeats a merged cell) goes on with the task above."""
    rules = table("annotations")
    number_column = next(
        (i for i, c in enumerate(header) if re.search(rules["table_number_column"], c)), None
    )
    category_column = next(
        (i for i, c in enumerate(header) if re.fullmatch(rules["table_category_column"], c)), None
    )
    other = rules["table_other_column"]  # 完成时限, 责任领导, 备注: no part of the task
    quarters = quarter_columns(header)  # 一季度 … 四季度: the task's schedule, no text of it
    task_columns = [
        i
        for i in range(len(header))
        if i not in role_columns and i not in (number_column, category_column, *quarters)
        and not (re.search(other, header[i]) and not re.search(r"任务|内容|举措|措施", header[i]))
    ]  # fmt: skip
    over = task_over_measures(header, task_columns)  # 工作任务 | 具体举措: rows are measures
    if over and category_column is None and cells_title_parts(rows, task_columns[0], before):
        over, category_column = False, task_columns.pop(0)  # the body's parts: rows are tasks
    if (
        category_column is None
        and not over
        and (
            merged_before_tasks(rows, number_column, task_columns)
            or (
                task_columns
                and measures_before_tasks(header, rows, task_columns[1:], task_columns[0])
            )
        )
    ):
        category_column = task_columns.pop(0)
    measure_column = None  # 重点任务 | 主要举措 | 具体任务: the measures group each category's rows
    if (
        category_column is not None
        and not over
        and (
            merged_before_tasks(rows, number_column, task_columns)
            or measures_before_tasks(header, rows, task_columns)
        )
    ):
        measure_column = task_columns.pop(0)
    time_column = next(
        (
            i
            for i, label in enumerate(header)
            if i not in role_columns and i not in task_columns
            and re.search(rules["table_time_column"], label)
        ),
        None,
    )  # fmt: skip
    time_label = _time_label(header[time_column]) if time_column is not None else ""
    # a blank lead cell is one merged with the cell above; a blank 配合单位 may be no one
    merged = {i for i, label in role_columns.items() if role_of_label(label) != "supporting"}
    lines: list[str | dict] = []
    tasks: list[dict] = []
    above: list[str] = []
    category = measure = ""
    measures = 0  # of the category: the measure lines are numbered (一)(二) under it
    for row in rows:
        row = row + [""] * (len(header) - len(row))
        if row == header:
            continue  # the header printed again at the top of a page
        row = quarter_cells_cleaned(row, header, quarters)
        heading = _category_row(row, task_columns)
        if heading:
            category, above = heading, []
            lines.append(heading)
            continue
        keys = task_columns[:1] if over else [number_column, *task_columns[:1]]
        own = [row[i] for i in keys if i is not None]
        same = [above[i] if above else "" for i in keys if i is not None]
        filled = [cell or (above[i] if above and i in merged else "") for i, cell in enumerate(row)]
        if (
            own
            and tasks
            and all(not cell or cell == was for cell, was in zip(own, same, strict=True))
        ):
            _continued(tasks[-1], filled, task_columns, role_columns)
            continue
        if (
            category_column is not None
            and row[category_column]
            and row[category_column] != category
        ):
            category, measure, measures = row[category_column], "", 0
            lines.append(category)
        if measure_column is not None and filled[measure_column] not in ("", measure):
            measure, measures = filled[measure_column], measures + 1
            lines.append(f"（{chinese_numeral(measures)}）{heading_text(_unnumbered(measure))}")
        number = row[number_column] if number_column is not None and not over else ""
        number = number if re.fullmatch(r"\d{1,3}", number) else str(len(tasks) + 1)
        task = {"number": number, "cells": [], "roles": {i: [] for i in role_columns}}
        task["measures"] = [] if over else None
        task["time"] = (time_label, time_column, []) if time_column is not None else None
        task["stages"] = []
        task["quarter"] = last_quarter(filled, header, quarters)
        _continued(task, filled, task_columns, role_columns)
        tasks.append(task)
        lines.append(task)
        above = filled
    return [line if isinstance(line, str) else _task_line(line, role_columns) for line in lines]


def _category_row(row: list[str], task_columns: list[int]) -> str | None:
    """The category a row of one cell names (一、夯实算力基础 across the table), numbering off."""
    values = {cell for cell in row if cell}
    if len(values) != 1:
        return None
    value = values.pop()
    first = next(i for i, cell in enumerate(row) if cell)
    spanned = sum(1 for cell in row if cell) > 1  # Word repeats a cell merged across
    beside = not spanned and (not task_columns or first > task_columns[0])
    if beside or re.fullmatch(r"\d+", value):
        return None
    return re.sub(
        r"^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])\s*", "", value
    )


def _continued(task: dict, row: list[str], task_columns: list[int], role_columns: dict) -> None:
    empty = table("annotations")["table_empty_cell"]
    row = ["" if re.fullmatch(empty, cell.strip()) else cell for cell in row]  # 配合单位 "—"
    task["cells"] += [_unnumbered(row[i]).rstrip("。") for i in task_columns if row[i]]
    for i in role_columns:
        if row[i] and row[i] not in task["roles"][i]:
            task["roles"][i].append(row[i])
    if task["time"] and row[task["time"][1]] and row[task["time"][1]] not in task["time"][2]:
        task["time"][2].append(row[task["time"][1]])  # 完成时限: the task's due date
    if task["time"] and task.get("measures") is None and len(task_columns) > 1:
        # 任务事项 over its 目标要求 rows (no 具体措施 of a 重点任务: those are its measures)
        cells = [c.rstrip("。") for c in (row[i] for i in task_columns[1:]) if c]
        task["stages"].append((cells, row[task["time"][1]]))
    if task.get("measures") is not None:  # the row's measure with its own units and time
        time = row[task["time"][1]] if task["time"] else ""
        units = {i: row[i] for i in role_columns if row[i]}
        task["measures"].append(([row[i] for i in task_columns[1:] if row[i]], units, time))


def _time_label(header: str) -> str:
    """The label the time column's cells go under in a row's annotation: its header if the genre
    labels a due date so (完成时限), else the first such label (时间安排 names no body)."""
    labels = table("annotations")["other_labels"]
    return header if header in labels else labels[0]


def _unnumbered(cell: str) -> str:
    """A cell without the number it prints before its task ("（一）建设…"): the row has one."""
    for style in numbering_styles():
        numbered = style.pattern.match(cell)
        if numbered and numbered["body"].strip():
            return numbered["body"].strip()
    return cell


def _task_line(task: dict, role_columns: dict[int, str]) -> str:
    if _units_per_measure(task.get("measures")):
        return _measures_line(task, role_columns)
    stages = staged(task["stages"])
    cells = [task["cells"][0], *stages] if stages else task["cells"]
    text = "。".join(dict.fromkeys(cells)) + "。"
    labelled = [f"{role_columns[i]}：{'、'.join(v)}" for i, v in task["roles"].items() if v]
    if labelled and task["time"] and task["time"][2]:
        labelled.append(f"{task['time'][0]}：{'、'.join(task['time'][2])}")
    elif labelled and task["quarter"]:  # due at the end of the last quarter marked
        labelled.append(f"{table('annotations')['other_labels'][0]}：{task['quarter']}")
    annotation = f"（{'；'.join(labelled)}）" if labelled else ""
    return f"{task['number']}.{text}{annotation}"


def _units_per_measure(measures: list | None) -> bool:
    """Some measure of a task names other units than its first (a blank cell merged with the one
    above names none): each carries its own annotation; else the task carries one for all."""
    if not measures or len(measures) < 2:
        return False
    first = measures[0][1]
    return any(name != first.get(i) for _, units, _ in measures[1:] for i, name in units.items())


def _measures_line(task: dict, role_columns: dict[int, str]) -> str:
    """A task over several measures: its cell, then each measure with its row's annotation, as
    the text form prints several annotations inside one task."""
    parts = [_unnumbered(task["cells"][0]).rstrip("。") + "。"]
    for cells, units, time in task["measures"]:
        labelled = [f"{role_columns[i]}：{name}" for i, name in units.items()]
        if labelled and time:
            labelled.append(f"{task['time'][0]}：{time}")
        annotation = f"（{'；'.join(labelled)}）" if labelled else ""
        parts.append("。".join(c.rstrip("。") for c in cells) + "。" + annotation)
    return f"{task['number']}." + "".join(parts)


def spans_spread(rows: list[list[tuple[str, int, int]]]) -> list[list[str]]:
    """A page's table rows of (text, rowspan, colspan) as a grid of texts, a merged cell's text
    in every row and column it covers, as Word gives it (a page leaves the cells out below)."""
    grid: list[list[str]] = []
    below: dict[int, tuple[str, int]] = {}  # column → (text, rows still covered)
    for cells in rows:
        row: list[str] = []
        queue = list(cells)
        while queue or any(column >= len(row) for column in below):
            column = len(row)
            if column in below:
                text, left = below[column]
                row.append(text)
                below[column] = (text, left - 1)
                if left <= 1:
                    del below[column]
                continue
            if not queue:
                row.append("")
                continue
            text, rowspan, colspan = queue.pop(0)
            for offset in range(colspan):
                if rowspan > 1:
                    below[column + offset] = (text, rowspan - 1)
                row.append(text)
        grid.append(row)
    return grid

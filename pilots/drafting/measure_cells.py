"""A task table's measure in cells of its own: a 督办台账 or 任务清单 gives each task's yardstick
beside it (重点工作 | 具体内容 | 考核指标 | 目标值 | 单位 | 牵头单位), three cells a reader takes as
one clause: 新增智能算力 | 200 | P is "新增智能算力达到200P". The table stays a task table (its
牵头单位 column says so): the three cells become that clause, which the goal grammar reads as it
reads the sentence an indicator table's row becomes. A 合计 row under such a table sums its budget
column: no task.
"""

from __future__ import annotations

import re

from pilots.drafting.annotation_roles import role_of_label
from pilots.drafting.indicators import indicator_sentence, metric_and_unit
from pilots.drafting.lexicon import table


def measure_cells_joined(rows: list[list[str]]) -> list[list[str]]:
    """The rows with a task's 考核指标 | 目标值 | 单位 cells as one cell, its clause; the rows as
    they are in a table without task and lead columns before such cells (an indicator table,
    even with a 责任单位 column)."""
    header = rows[0]
    columns = _measure_columns(header)
    if columns is None:
        return rows
    first, name, value, unit = columns
    total = table("quantities")["side_indicator_table"]["total_row"]
    joined = [_joined(header, columns, header[name])]
    for row in rows[1:]:
        values = set(filter(None, row))
        if len(values) == 2 and re.match(total, row[0]):
            continue  # 合计 across the table but for its budget column's sum
        if len(values) <= 1 or max(c for c in columns if c is not None) >= len(row):
            joined.append(row)  # a group row across the table (一、夯实算力基础)
            continue
        metric, shown_unit = metric_and_unit(row[name], row[unit] if unit is not None else "")
        figure = row[value].strip()
        clause = (
            indicator_sentence(metric, shown_unit, "", figure, None)
            if metric and re.search(r"\d", figure) and not _printed_before(row[first:name], figure)
            else metric
        )
        joined.append(_joined(row, columns, clause))
    return joined


def _printed_before(cells: list[str], figure: str) -> bool:
    """The row's task cells print the figure already (布设…设备3000个 before 3,000): the
    figure is kept where first printed, the cell names the indicator only."""
    number = re.sub(r"(?<=\d),(?=\d{3})", "", figure).lstrip("≥≧＞>≤≦＜<")
    return bool(number) and any(
        re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])", cell) for cell in cells
    )


def _measure_columns(header: list[str]) -> tuple[int, int, int, int | None] | None:
    """(the first task column, the indicator's, the figure's and the unit's columns) of a task
    table, or None."""
    words = table("quantities")["indicator_table"]
    rules = table("annotations")
    name = next(
        (
            i
            for i, cell in enumerate(header)
            if re.search(words["name"], cell) and not re.search(words["name_not"], cell)
        ),
        None,
    )
    if name is None or name + 1 >= len(header):
        return None
    tasks = [i for i in range(name) if re.search(rules["table_task_header"], header[i])]
    leads = [i for i, cell in enumerate(header) if role_of_label(cell) == "lead"]
    value = name + 1
    if not tasks or not leads or not re.search(words["target"], header[value]):
        return None
    unit = value + 1
    if unit >= len(header) or not re.search(words["unit"], header[unit]):
        return tasks[0], name, value, None
    return tasks[0], name, value, unit


def _joined(row: list[str], columns: tuple[int, int, int, int | None], cell: str) -> list[str]:
    name = columns[1]
    after = max(i for i in columns if i is not None) + 1
    return [*row[:name], cell, *row[after:]]

"""Which columns of a task table group its rows, beside the column of its tasks.

A category column (重点任务, 专项行动 …) names the group of rows below it, its cell merged down
(blank or repeated); in a task list of three levels (重点任务 | 主要举措 | 具体任务) a measure
column groups each category's rows in turn. A task column followed by its measures (工作任务 |
具体举措) is the other way round: each row one measure of the task above — unless its cells title
the body's parts (an annex dividing the body's chapters into tasks): then they are categories.
"""

from __future__ import annotations

import re

from pilots.drafting.lexicon import numbering_styles, table
from pilots.source_text import normalise


def merged_before_tasks(
    rows: list[list[str]], number_column: int | None, task_columns: list[int]
) -> bool:
    """The first of several task columns is a category (专项行动, 重点方向 …) when its cells are
    merged (blank or repeated: at most one value to two rows) over rows numbered one by one."""
    rows = [row for row in rows if len(row) > max(task_columns, default=0)]
    if len(task_columns) < 2 or len(rows) < 3:
        return False
    values = [row[task_columns[0]] for row in rows]
    numbers = [row[number_column] for row in rows] if number_column is not None else []
    own_numbers = len(set(filter(None, numbers))) == len(rows) if numbers else True
    return own_numbers and 0 < len(set(filter(None, values))) * 2 <= len(rows)


def measures_before_tasks(
    header: list[str], rows: list[list[str]], columns: list[int], over: int | None = None
) -> bool:
    """The first of several task columns groups the rows (重点任务 | 主要举措 | 具体任务): named for
    measures before a column named for tasks, and printed once over some of its rows (blank or
    repeated) — under a category, or under the column ``over`` (named for tasks, grouping the
    rows as well) that is then their category."""
    if len(columns) < 2:
        return False
    rules = table("annotations")
    named = re.search(rules["table_measure_named"], header[columns[0]]) and any(
        re.search(rules["table_task_named"], header[i]) for i in columns[1:]
    )
    if over is not None:
        named = named and re.search(rules["table_task_named"], header[over])
    grouping = [columns[0]] if over is None else [over, columns[0]]
    return bool(named) and all(_printed_once_over_some(rows, column) for column in grouping)


def _printed_once_over_some(rows: list[list[str]], column: int) -> bool:
    values = [row[column] for row in rows if len(row) > column]
    return len(set(filter(None, values))) < len(values)


def task_over_measures(header: list[str], task_columns: list[int]) -> bool:
    """The first task column names the task and the next its measures (工作任务 | 具体举措): a
    task cell merged down over several rows is one task, each row one of its measures with its
    own units and time, whether the rows are numbered one by one or not. A later column naming
    tasks again (重点任务 | 主要举措 | 具体任务) makes the rows the tasks."""
    if len(task_columns) < 2:
        return False
    rules = table("annotations")
    first, second = header[task_columns[0]], header[task_columns[1]]
    return bool(
        re.search(rules["table_task_named"], first)
        and re.search(rules["table_measure_named"], second)
        and not any(re.search(rules["table_task_named"], header[i]) for i in task_columns[1:])
    )


def cells_title_parts(rows: list[list[str]], column: int, before: list[str]) -> bool:
    """Every cell of the column is the title of a numbered heading printed before the table
    ("（一）夯实算力底座" in the body, "夯实算力底座" merged over its rows in the annex): the
    cells name the body's parts, whose tasks the rows are, not a task each."""
    values = {_title(row[column]) for row in rows if len(row) > column and row[column].strip()}
    if len(values) < 2:
        return False
    headings = set()
    for line in before:
        for style in numbering_styles():
            numbered = style.pattern.match(line.strip())
            if numbered and numbered["body"].strip():
                headings.add(_title(numbered["body"]))
                break
    return values <= headings


def _title(text: str) -> str:
    return normalise(text).strip().rstrip("。；;")

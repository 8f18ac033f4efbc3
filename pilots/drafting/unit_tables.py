"""Role columns of a task table, and tables with a unit per row.

A task table names its agencies in columns by role (牵头单位 | 配合单位), beside a column of tasks
(任务, 工作, 措施 …). A table of units (序号 | 单位名称 | 重点工作任务) has a unit per row: it
becomes a numbered heading per unit, each task cell a point headed by its first clause, the cell
under it and the unit's annotation on a line of its own.
"""

from __future__ import annotations

import re

from pilots.drafting.annotation_roles import role_of_label
from pilots.drafting.headings import first_clause
from pilots.drafting.lexicon import table

_LABEL = {"lead": "牵头单位", "responsible": "责任单位", "supporting": "配合单位"}


def role_labels() -> set[str]:
    return {label for labels in table("annotations")["labels"].values() for label in labels}


def column_roles(header: list[str]) -> dict[int, str]:
    """A task table's columns of agencies by role ({2: "lead"}), none when the header names no
    task column as well (任务, 工作, 措施 …)."""
    roles = {i: role_of_label(cell) for i, cell in enumerate(header) if role_of_label(cell)}
    named = table("annotations")["table_task_header"]
    tasks = [i for i, cell in enumerate(header) if re.search(named, cell)]
    return roles if roles and tasks else {}


def unit_rows_as_lines(
    header: list[str], roles: dict[int, str], rows: list[list[str]]
) -> list[str]:
    lines: list[str] = []
    number_column = next((i for i, c in enumerate(header) if re.search(r"序号|编号", c)), None)
    number = None
    for row in rows:
        numbered = number_column is not None and re.fullmatch(r"\d{1,3}", row[0] if row else "")
        if numbered and row[0] == number:  # Word repeats the number and unit merged over rows
            cells = [c for i, c in enumerate(row) if c and i not in roles and i != number_column]
        elif numbered:
            number = row[0]
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

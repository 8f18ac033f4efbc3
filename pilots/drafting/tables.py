"""Tables in a Word or HTML plan: a task table becomes the lines the genre prints.

Many plans list their tasks in a table (序号 | 重点任务 | 牵头单位 | 配合单位). A table whose header
names such role columns becomes one numbered line per row, with the annotation written after the
task as the text form would print it: "1.任务（牵头单位：X；配合单位：Y）". Any other table is one
line per row, its cells separated by spaces.
"""

from __future__ import annotations

import re

from pilots.drafting.annotations import role_of_label


def table_lines(rows: list[list[str]]) -> list[str]:
    rows = [[" ".join(cell.split()) for cell in row] for row in rows if any(c.strip() for c in row)]
    if not rows:
        return []
    header = rows[0]
    roles = {index: role_of_label(cell) for index, cell in enumerate(header)}
    role_columns = {i: label for i, label in enumerate(header) if roles[i]}
    if not role_columns:
        return [" ".join(dict.fromkeys(c for c in row if c)) for row in rows]
    number_column = next((i for i, c in enumerate(header) if re.search(r"序号|编号", c)), None)
    task_columns = [i for i in range(len(header)) if i not in role_columns and i != number_column]
    lines = []
    for position, row in enumerate(rows[1:], start=1):
        task = "。".join(dict.fromkeys(row[i].rstrip("。") for i in task_columns if row[i])) + "。"
        labelled = [f"{role_columns[i]}：{row[i]}" for i in role_columns if row[i]]
        number = row[number_column] if number_column is not None else str(position)
        number = number if re.fullmatch(r"\d{1,3}", number) else str(position)
        annotation = f"（{'；'.join(labelled)}）" if labelled else ""
        lines.append(f"{number}.{task}{annotation}")
    return lines

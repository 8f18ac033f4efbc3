"""A task list's schedule by quarters: 季度进度 over 一季度 | 二季度 | 三季度 | 四季度, each cell a
step, a mark (✓: work goes on that quarter) or blank (no step). The columns are no part of the
task's text; the task is due at the end of the last quarter holding a step or a mark."""

from __future__ import annotations

import re

from pilots.drafting.lexicon import table


def quarter_label(label: str) -> bool:
    """一季度, 第三季度, Q4: a quarter's column."""
    return bool(re.fullmatch(table("annotations")["table_quarter_column"], label.strip()))


def quarter_columns(header: list[str]) -> list[int]:
    """The quarter columns of a header, where it prints at least two of them."""
    found = [i for i, label in enumerate(header) if quarter_label(label)]
    return found if len(found) >= 2 else []


def quarter_cells_cleaned(row: list[str], header: list[str], quarters: list[int]) -> list[str]:
    """The row with each quarter cell rid of its column's label: a header row repeated on a page
    of a PDF the reader glued to the row (✓一季度), or printed again in a group's row."""
    row = list(row)
    for i in quarters:
        label = header[i].strip()
        if i < len(row) and row[i].strip().endswith(label):
            row[i] = row[i].strip()[: -len(label)].strip()
    return row


def last_quarter(row: list[str], header: list[str], quarters: list[int]) -> str | None:
    """The label of the last quarter whose cell holds a step or a mark, or None."""
    marked = [header[i].strip() for i in quarters if i < len(row) and row[i].strip()]
    return marked[-1] if marked else None

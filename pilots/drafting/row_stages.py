"""A 督查台账 task over several 目标要求 rows, each with its own 时间节点: one task, its stages.

The task's cells (序号, 任务事项, 责任单位) span its rows; each row states what is to be done by its
own time. Joined into one line the rows would lose their times to the task's latest, and a figure
due at the first stage would be dated by the last. So each row is written as the text form prints
a stage, its time opening it ("2026年6月底前，完成…"), and the task keeps all its times for its due.
"""

from __future__ import annotations


def staged(rows: list[tuple[list[str], str]]) -> list[str] | None:
    """The rows' cells, each row's opened by its time, or None unless the rows are stages: two or
    more, every one with a time of its own, not all the same (a time cell merged down over the
    rows is the task's, not a stage's)."""
    times = [time for _, time in rows]
    if len(rows) < 2 or not all(times) or len(set(times)) < 2:
        return None
    return [f"{time}，{'，'.join(cells)}" for cells, time in rows if cells]

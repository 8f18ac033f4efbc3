"""A division-of-tasks annex (附件：重点任务分工表): when the plan's body prints its tasks without
annotations, the annex's table names each task's agencies, one row per task (序号 | 重点任务 |
牵头单位 | 配合单位, read from Word, a page or a PDF as "1.任务。（牵头单位：…；配合单位：…）").

A row belongs to the body's task whose title its task cell's title names (or that names it): the
cell's words before its first 。, the 重点任务 column where a 具体举措 column follows it. A title
only found among a row's measures is no match (they mention other tasks' words), and of rows
naming a task alike the first is its own. A row no task matches adds no task: the annex restates
the plan, it does not extend it.

The table may name a task by a short title of its own (工业智算供给 for 加强工业智能算力供给) that
shares too few words with it: where the body numbers its tasks on (no number twice) and the annex
numbers its rows alike — every row a title names, ``NUMBERED_AGREEING`` or more, is the row of the
task with its 序号 — a row no title names is the task's with its number.
"""

from __future__ import annotations

import re

from pilots.drafting.annotations import annotations_in
from pilots.drafting.lexicon import numbering_styles
from pilots.drafting.numerals import numeral_value
from pilots.source_text import normalise

MATCH = 0.6  # share of the shorter title's character pairs the other must hold
NUMBERED_AGREEING = 3  # rows named by title at the task of their number, before numbers alone tell

Mark = tuple[str, int] | None  # a numbering's style and value: ("digit", 19) for 19.


def division_rows(annex: list[str]) -> list[tuple[str, str]]:
    """(task cell, annotation inside) per annotated row of the annex."""
    return division_table(annex)[0]


def division_table(annex: list[str]) -> tuple[list[tuple[str, str]], list[Mark]]:
    """``division_rows``, and the number (序号) each row prints (None where it prints none), read
    in one pass."""
    rows: list[tuple[str, str]] = []
    marks: list[Mark] = []
    for line in annex:
        found = annotations_in(line)
        if len(found) != 1 or found[0].standalone:
            continue
        mark, task = _numbered(line[: found[0].start])
        task = normalise(task).strip("。；;，,").split("。", 1)[0]
        if task:
            rows.append((task, found[0].inside))
            marks.append(mark)
    return rows, marks


def _numbered(text: str) -> tuple[Mark, str]:
    """The number ``text`` opens on (its style and value) and the words after it."""
    for style in numbering_styles():
        numbered = style.pattern.match(text)
        if numbered:
            return (style.name, numeral_value(numbered["number"])), numbered["body"]
    return None, text


def division_row_for(title: str, rows: list[tuple[str, str]]) -> str | None:
    """The annotation of the row naming the task titled ``title``, if one does."""
    title = normalise(title).strip("。；;，,")
    if not title or not rows:
        return None
    best, index = max((_likeness(title, task), -i) for i, (task, _) in enumerate(rows))
    return rows[-index][1] if best >= MATCH else None


def division_assigned(
    titles: list[str],
    rows: list[tuple[str, str]],
    numberings: list[str | None] | None = None,
    marks: list[Mark] | None = None,
) -> dict[int, int]:
    """index of a task's title → index of its row: each row goes to the one task it names best
    (a title it prints whole before one holding it or held in it, then the first), so an item
    titled by a few of a row's words (新型研发机构) does not take the row of its task
    (建设创新载体或新型研发机构) too. Given the tasks' numberings and the rows' marks, a row no
    title names goes to the task numbered as it is, where the numbers agree (``_by_number``)."""
    titles = [normalise(title).strip("。；;，,") for title in titles]
    assigned: dict[int, int] = {}
    for row, (task, _) in enumerate(rows):
        scores = [
            (_likeness(title, task) + (title == task), -index)
            for index, title in enumerate(titles)
            if title
        ]
        best, index = max(scores, default=(0.0, 0))
        if best >= MATCH:
            assigned.setdefault(-index, row)
    if numberings is not None and marks is not None:
        tasks = [_numbered((n or "").strip())[0] for n in numberings]
        return _by_number(assigned, tasks, marks)
    return assigned


def _by_number(assigned: dict[int, int], tasks: list[Mark], rows: list[Mark]) -> dict[int, int]:
    """The rows no title names, each to the task numbered alike: only where no two tasks are
    numbered alike and every row a title names is the row of the task of its number."""
    numbered = [mark for mark in tasks if mark]
    if len(set(numbered)) != len(numbered) or len(assigned) < NUMBERED_AGREEING:
        return assigned
    if any(tasks[task] is None or tasks[task] != rows[row] for task, row in assigned.items()):
        return assigned
    task_of = {mark: index for index, mark in enumerate(tasks) if mark}
    taken = set(assigned.values())
    found = dict(assigned)
    for row, mark in enumerate(rows):
        task = task_of.get(mark) if mark and row not in taken else None
        if task is not None and task not in found:
            found[task] = row
    return found


def _likeness(title: str, task: str) -> float:
    if title in task or task in title:
        return 1.0
    a, b = _pairs(title), _pairs(task)
    return len(a & b) / min(len(a), len(b))


def _pairs(text: str) -> set[str]:
    text = re.sub(r"[^\w]", "", text)
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}

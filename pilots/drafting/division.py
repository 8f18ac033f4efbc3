"""A division-of-tasks annex (附件：重点任务分工表): when the plan's body prints its tasks without
annotations, the annex's table names each task's agencies, one row per task (序号 | 重点任务 |
牵头单位 | 配合单位, read from Word, a page or a PDF as "1.任务。（牵头单位：…；配合单位：…）").

A row belongs to the body's task whose title its task cell's title names (or that names it): the
cell's words before its first 。, the 重点任务 column where a 具体举措 column follows it. A title
only found among a row's measures is no match (they mention other tasks' words), and of rows
naming a task alike the first is its own. A row no task matches adds no task: the annex restates
the plan, it does not extend it.
"""

from __future__ import annotations

import re

from pilots.drafting.annotations import annotations_in
from pilots.drafting.lexicon import numbering_styles
from pilots.source_text import normalise

MATCH = 0.6  # share of the shorter title's character pairs the other must hold


def division_rows(annex: list[str]) -> list[tuple[str, str]]:
    """(task cell, annotation inside) per annotated row of the annex."""
    rows = []
    for line in annex:
        found = annotations_in(line)
        if len(found) != 1 or found[0].standalone:
            continue
        task = line[: found[0].start]
        for style in numbering_styles():
            numbered = style.pattern.match(task)
            if numbered:
                task = numbered["body"]
                break
        task = normalise(task).strip("。；;，,").split("。", 1)[0]
        if task:
            rows.append((task, found[0].inside))
    return rows


def division_row_for(title: str, rows: list[tuple[str, str]]) -> str | None:
    """The annotation of the row naming the task titled ``title``, if one does."""
    title = normalise(title).strip("。；;，,")
    if not title or not rows:
        return None
    best, index = max((_likeness(title, task), -i) for i, (task, _) in enumerate(rows))
    return rows[-index][1] if best >= MATCH else None


def division_assigned(titles: list[str], rows: list[tuple[str, str]]) -> dict[int, int]:
    """index of a task's title → index of its row: each row goes to the one task it names best
    (a title it prints whole before one holding it or held in it, then the first), so an item
    titled by a few of a row's words (新型研发机构) does not take the row of its task
    (建设创新载体或新型研发机构) too."""
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
    return assigned


def _likeness(title: str, task: str) -> float:
    if title in task or task in title:
        return 1.0
    a, b = _pairs(title), _pairs(task)
    return len(a & b) / min(len(a), len(b))


def _pairs(text: str) -> set[str]:
    text = re.sub(r"[^\w]", "", text)
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}

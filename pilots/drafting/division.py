"""A division-of-tasks annex (附件：重点任务分工表): when the plan's body prints its tasks without
annotations, the annex's table names each task's agencies, one row per task (序号 | 重点任务 |
牵头单位 | 配合单位, read from Word, a page or a PDF as "1.任务。（牵头单位：…；配合单位：…）").

A row belongs to the body's task whose title its task cell names (or that names the cell). A row
no task matches adds no task: the annex restates the plan, it does not extend it.
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
        task = normalise(task).strip("。；;，,")
        if task:
            rows.append((task, found[0].inside))
    return rows


def division_row_for(title: str, rows: list[tuple[str, str]]) -> str | None:
    """The annotation of the row naming the task titled ``title``, if one does."""
    title = normalise(title).strip("。；;，,")
    if not title or not rows:
        return None
    best, inside = max((_likeness(title, task), inside) for task, inside in rows)
    return inside if best >= MATCH else None


def _likeness(title: str, task: str) -> float:
    if title in task or task in title:
        return 1.0
    a, b = _pairs(title), _pairs(task)
    return len(a & b) / min(len(a), len(b))


def _pairs(text: str) -> set[str]:
    text = re.sub(r"[^\w]", "", text)
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}

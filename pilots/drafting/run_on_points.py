"""Points run on inside one paragraph: "（一）标题。…：一是…（X牵头，Y配合）；二是…（Z负责）。"

Whether the points are tasks or the clauses of one task depends on what the paragraph's numbering
level holds. A chapter printed as one paragraph whose points 一是, 二是 … each carry their own
agency annotation is a section of tasks, one per point — when its level holds sections: its
siblings are chapters of the same form, or headings over tasks of their own. Where the level
holds tasks — its items numbered on across the parts (二、（一）–（五） 三、（六）…), or a sibling
item a task under its one annotation — the annotated points are the clauses of the one task, each
with its own roles (SOURCES.md, "Points run on in one paragraph"). A paragraph that is nothing
but points (a safeguard part's "一是…；二是…。", no heading) is as many tasks. Points under one
annotation for them all are the sub-points of one task and stay in it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from pilots.drafting.annotations import annotations_in
from pilots.drafting.headings import annotation_stripped, first_clause
from pilots.drafting.numerals import chinese_numeral, numeral_value
from pilots.drafting.sections import SectionDraft, TaskDraft

_POINT = re.compile(r"(?:^|(?<=[；;。：:，,）〕)]))\s*(?P<marker>[一二三四五六七八九十]{1,3}是)")
_NUMBER = re.compile(r"[(（]?\s*(?P<number>[^()（）、.．\s]+)\s*[)）、.．]?")


def points_split(sections: list[SectionDraft]) -> None:
    """Each task of ``sections`` (nested) that is a run of points becomes its points, in place."""
    numbered_on = _numbered_on(sections)
    for section in sections:
        points_of = [(task, _points(task.text)) for task in section.tasks]
        run_on = any(len(points) >= 2 for _, points in points_of)  # most sections have none
        holds_tasks = run_on and (id(section) in numbered_on or _annotated_once(points_of))
        kept: list[TaskDraft] = []
        for task, points in points_of:
            if len(points) < 2:
                kept.append(task)
            elif task.title.startswith(points[0][0]):  # nothing but points
                kept += [_point_task(task.code, n, p) for n, p in enumerate(points, 1)]
            elif holds_tasks or not _annotated_points(points):
                kept.append(task)  # one task: its annotated points are its clauses
            elif task.code == section.code:  # a heading that is its own section
                kept += [_point_task(task.code, n, p) for n, p in enumerate(points, 1)]
            else:
                sub = SectionDraft(task.code, task.numbering or "", section.part, task.title,
                                   section.kind, None)  # fmt: skip
                sub.tasks = [_point_task(task.code, n, p) for n, p in enumerate(points, 1)]
                section.sections.append(sub)
        section.tasks = kept
        points_split(section.sections)


def point_starts(text: str) -> list[int]:
    """Where each run-on point of a text opens (its 一是, 二是 …)."""
    return [found.start("marker") for found in _POINT.finditer(text)]


def _annotated_points(points: list[tuple[str, str]]) -> bool:
    return all(annotations_in(text) for _, text in points)


def _annotated_once(points_of: list[tuple[TaskDraft, list[tuple[str, str]]]]) -> bool:
    """A task of the level that carries its annotation over all its text, not point by point:
    the level's items are tasks."""
    return any(
        annotations_in(task.text) and not (len(points) >= 2 and _annotated_points(points))
        for task, points in points_of
    )


def _numbered_on(sections: list[SectionDraft]) -> set[int]:
    """The sections whose numbered items go on from the number the section before ended at
    (二、（一）–（五） 三、（六）–（十八）): the plan's items are numbered across its parts."""
    numbers = [[n for task in section.tasks if (n := _number(task))] for section in sections]
    found: set[int] = set()
    for (before, ended), (section, begun) in pairwise(zip(sections, numbers, strict=True)):
        if ended and begun and begun[0] > 1 and begun[0] == ended[-1] + 1:
            found |= {id(before), id(section)}
    return found


def _number(task: TaskDraft) -> int:
    match = _NUMBER.fullmatch(task.numbering or "")
    return numeral_value(match["number"]) if match else 0


def _points(text: str) -> list[tuple[str, str]]:
    """(marker, text) of the points 一是, 二是 … in their order; none unless they start at 一是."""
    found = []
    for match in _POINT.finditer(text):
        if match["marker"] == chinese_numeral(len(found) + 1) + "是":
            found.append(match)
    return [
        (m["marker"], text[m.end() : found[i + 1].start() if i + 1 < len(found) else None])
        for i, m in enumerate(found)
    ]


def _point_task(code: str, n: int, point: tuple[str, str]) -> TaskDraft:
    marker, text = point
    text = text.strip().rstrip("；;。").strip()
    return TaskDraft(f"{code}.{n}", marker, first_clause(annotation_stripped(text)), text)

"""Points run on inside one paragraph: "（一）标题。…：一是…（X牵头，Y配合）；二是…（Z负责）。"

A chapter printed as one paragraph whose points 一是, 二是 … each carry their own agency
annotation is a section of tasks, one per point, not one task of clauses; a paragraph that is
nothing but points (a safeguard part's "一是…；二是…。", no heading) is as many tasks. Points under
one annotation for them all are the sub-points of one task and stay in it.
"""

from __future__ import annotations

import re

from pilots.drafting.annotations import annotations_in
from pilots.drafting.headings import first_clause
from pilots.drafting.numerals import chinese_numeral
from pilots.drafting.sections import SectionDraft, TaskDraft

_POINT = re.compile(r"(?:^|(?<=[；;。：:，,）〕)]))\s*(?P<marker>[一二三四五六七八九十]{1,3}是)")


def points_split(sections: list[SectionDraft]) -> None:
    """Each task of ``sections`` (nested) that is a run of points becomes its points, in place."""
    for section in sections:
        kept: list[TaskDraft] = []
        for task in section.tasks:
            points = _points(task.text)
            if len(points) < 2:
                kept.append(task)
            elif task.title.startswith(points[0][0]):  # nothing but points
                kept += [_point_task(task.code, n, p) for n, p in enumerate(points, 1)]
            elif all(annotations_in(text) for _, text in points):
                sub = SectionDraft(task.code, task.numbering or "", section.part, task.title,
                                   section.kind, None)  # fmt: skip
                sub.tasks = [_point_task(task.code, n, p) for n, p in enumerate(points, 1)]
                section.sections.append(sub)
            else:
                kept.append(task)
        section.tasks = kept
        points_split(section.sections)


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
    return TaskDraft(f"{code}.{n}", marker, first_clause(text), text)

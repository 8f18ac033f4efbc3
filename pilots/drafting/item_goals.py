"""Items among the tasks as goals: an item holding a figure it commits to (每年布局150项以上…) is
also a goal, with the item's number and title — in a plan with no goals part every such item; beside
one, the importer keeps only the sentences stating figures the goals do not. A box (专栏) printed
after an item is a goal of its own, and so is a part's labelled goals line before its items
(labelled_goals). An item's figures are owned by its lead (target_owners); a box's by nobody.
"""

from __future__ import annotations

from functools import partial

from pilots.drafting.annotations import annotations_in
from pilots.drafting.due_dates import annotation_due
from pilots.drafting.entry_goals import annotation_milestones, entry_commitments
from pilots.drafting.goal_targets import targets_of
from pilots.drafting.goals import GoalRegion
from pilots.drafting.labelled_goals import labelled_goal
from pilots.drafting.lexicon import compiled
from pilots.drafting.numbered_lines import Line
from pilots.drafting.outline import box_of_projects, box_title, box_year
from pilots.drafting.sections import SectionDraft, TaskDraft
from pilots.drafting.target_owners import task_owner


def item_goal_regions(
    sections: list[SectionDraft], year: int | None = None, labelled: bool = False
) -> list[GoalRegion]:
    """Items, each as the goal of the figures it commits to; an item whose sentence names no
    year is dated by a heading above it that does (第五章　2026年重点突破事项), or by the time its
    row of a task list is done by. Beside a goals part (``labelled``), a part's labelled goals
    line is a goal too (a plan with none reads the parts' opening text as goals already)."""
    regions = []
    for section in sections:
        within = _heading_year(section) or year
        if labelled and (goal := labelled_goal(section, within)):
            regions.append(goal)
        for task in section.tasks:
            found = annotations_in(task.text)  # a task of clauses: the text of each, unannotated
            starts = [a.start for a in found]
            ends = [0, *(a.end for a in found)][: len(starts)]
            pieces = [task.text[e:a] for e, a in zip(ends, starts, strict=True)]
            after = task.text[found[-1].end :] if found else ""
            if found and "\n" not in task.text[: found[-1].end]:  # on its heading: the points
                pieces.append(after)  # below it are the task's text
                after = ""
            text = entry_commitments("".join(pieces) if found else task.text)
            numbering = task.numbering or section.numbering  # an item that is its own section
            text, boxes = _boxes_split(text)
            boxes += _boxes_split(after)[1]  # a box after the annotation on its own line
            dated_by = _item_year(task.title) or _due_year(task) or within
            own = partial(_commits, text, dated_by)
            steps = [annotation_milestones(a.inside, _due_year(task), own) for a in found]
            text = "\n".join([text, *filter(None, steps)])  # 时间节点：2026年底前建成8个
            dated = (
                _clauses_dated(pieces[: len(found)], found, dated_by) if len(found) > 1 else None
            )
            clauses = len(task.clauses) == len(found) and dated is not None  # one region each
            for index, (piece, piece_year) in enumerate(dated or [(text, dated_by)]):
                line = Line(0, piece, None, "", piece)
                regions.append(
                    GoalRegion(
                        numbering, task.title, [line], own_title=True, commitments_only=True,
                        year=piece_year, owner=task_owner(task, index if clauses else None),
                    )
                )  # fmt: skip
            boxes = [(title, body) for title, body in boxes if not box_of_projects(title, body)]
            for title, body in boxes:  # 专栏 X printed after the item: a goal of its own
                line = Line(0, body, None, "", body)
                regions.append(
                    GoalRegion(
                        numbering, title, [line], own_title=True, commitments_only=True,
                        year=box_year(title) or within, box=True,
                    )
                )  # fmt: skip
        regions += item_goal_regions(section.sections, within, labelled)
    return regions


def _boxes_split(text: str) -> tuple[str, list[tuple[str, str]]]:
    """An item's text before the boxes printed after it (专栏2　“人工智能+”重点应用场景, whose
    lines are text of the item before), and each box's (title, lines): the box is none of the
    item's undertakings but a goal titled by its heading, as the extractions read one."""
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if box_title(line.strip())]
    if not starts:
        return text, []
    boxes = [
        (box_title(lines[a].strip()), "\n".join(lines[a + 1 : b]))
        for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)
    ]
    return "\n".join(lines[: starts[0]]), [(title, body) for title, body in boxes if body.strip()]


def _clauses_dated(
    pieces: list[str], found: list, year: int | None
) -> list[tuple[str, int | None]] | None:
    """Each clause of a task with the year its own annotation's time names (a 分解表's 重点任务
    over its 具体措施 rows, each row done by its own 完成时限), or None when no clause names a time:
    the figures of a row are due when the row is, not when the task's last row is. A clause whose
    time is no date (长期坚持) is due at the plan's end (None); one naming no time, in ``year``."""
    dated = []
    for piece, annotation in zip(pieces, found, strict=True):
        due, rest = annotation_due(annotation.inside)
        timed = rest != annotation.inside
        dated.append((piece, timed, int(due[:4]) if due else None))
    if not any(timed for _, timed, _ in dated):
        return None
    return [(piece, own if timed else year) for piece, timed, own in dated]


def _due_year(task: TaskDraft) -> int | None:
    """The year a task list's row is done by (its 完成时限 cell: 2026年底前): its figures are due
    then, not at the plan's end."""
    return int(task.due[:4]) if task.due else None


def _heading_year(section: SectionDraft) -> int | None:
    """The year a part of tasks is titled by: "2026年重点突破事项", "2025年工作任务"."""
    match = compiled("outline", "year_titled_part").match(section.title or "")
    return int(match[1]) if match else None


def _item_year(title: str) -> int | None:
    """The year an item is titled with in brackets: "启动实施阶段（2026年）"."""
    match = compiled("outline", "year_titled_item").search(title or "")
    return int(match[1]) if match else None


def _commits(text: str, year: int | None) -> bool:
    """Whether an item's text commits to a figure of its own."""
    return bool(targets_of(text, year, year or 0, commitments_only=True)[0])

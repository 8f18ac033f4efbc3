"""Roles a document states once for many tasks, outside any task's own annotation: an actor named
for every task after a point ("以下均需各区县政府落实，不再列出"), and a closing rule for the key
tasks that name nobody ("重点任务中未列明责任单位的任务，由X牵头组织实施")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pilots.source_text import normalise

if TYPE_CHECKING:
    from pilots.drafting.annotation_roles import AnnotationRules
    from pilots.drafting.sections import SectionDraft, TaskDraft


def implied_from(tasks: list[TaskDraft], rules: AnnotationRules) -> int:
    """The first task an actor named once applies to: the one after the task whose text states
    the rule ("以下均需…" is what follows; the task stating it has its own list), all of them when
    the rule is stated before the tasks."""
    if not rules.implied_actors:
        return len(tasks)
    phrase = normalise(rules.implied_phrase)
    here = 0 if rules.implied_here else 1
    return next((i + here for i, t in enumerate(tasks) if phrase in normalise(t.text)), 0)


def unlisted_covered(sections: list[SectionDraft], rules: AnnotationRules) -> set[int]:
    """ids of the tasks a closing rule for unannotated key tasks may cover: every task but the
    safeguards' (the rule speaks of the plan's tasks; the caller keeps those named already)."""
    if not rules.unlisted:
        return set()
    return {id(t) for s in sections if s.kind != "safeguard" for t in s.all_tasks()}

"""Roles a document states once for many tasks, outside any task's own annotation: an actor named
for every task after a point ("以下均需各区县政府落实，不再列出"), and a closing rule for the key
tasks that name nobody ("重点任务中未列明责任单位的任务，由X牵头组织实施")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pilots.source_text import normalise

if TYPE_CHECKING:
    from pilots.drafting.annotation_roles import AnnotationRules
    from pilots.drafting.sections import SectionDraft


def implied_span(sections: list[SectionDraft], rules: AnnotationRules) -> set[int]:
    """The indices (among all tasks) of the tasks an actor named once applies to. From the one
    after the task whose text states the rule ("以下均需…" is what follows; the task stating it has
    its own list), or from the first task of the section whose own text states it; all of them
    when the rule is stated before any section. A rule said of its own part ("本部分以下各项任务…")
    ends with that section's tasks; one said of the key tasks ("以下重点任务…") skips the
    safeguards."""
    tasks = [t for s in sections for t in s.all_tasks()]
    if not rules.implied_actors:
        return set()
    phrase = normalise(rules.implied_phrase)
    index = {id(t): i for i, t in enumerate(tasks)}
    start, part = 0, None
    for section in _deepest_first(sections):
        own = section.all_tasks()
        stating = next((t for t in section.tasks if phrase in normalise(t.text)), None)
        if stating is not None:
            start, part = index[id(stating)] + (0 if rules.implied_here else 1), own
            break
        said = (section.text or "") + (section.annotation or "")
        if own and phrase in normalise(said):
            start, part = index[id(own[0])], own
            break
    end = index[id(part[-1])] + 1 if rules.implied_in_part and part else len(tasks)
    if rules.implied_key_tasks:
        safeguards = {id(t) for s in sections if s.kind == "safeguard" for t in s.all_tasks()}
        return {i for i in range(start, end) if id(tasks[i]) not in safeguards}
    return set(range(start, end))


def _deepest_first(sections: list[SectionDraft]) -> list[SectionDraft]:
    """Every section, each after the sections inside it, in the order of the text."""
    return [d for s in sections for d in [*_deepest_first(s.sections), s]]


def unlisted_covered(sections: list[SectionDraft], rules: AnnotationRules) -> set[int]:
    """ids of the tasks a closing rule for unannotated key tasks may cover: every task but the
    safeguards' (the rule speaks of the plan's tasks; the caller keeps those named already)."""
    if not rules.unlisted:
        return set()
    return {id(t) for s in sections if s.kind != "safeguard" for t in s.all_tasks()}

"""An annotation written once for a section: at the end of its heading ("(一)强化基础研究
（责任单位：市科技局、市发改委）") or on the line under it, over numbered tasks with headings of
their own. Each task of the section that names no agency of its own takes it; when every task
names units of its own ("（一）X行动（牵头单位：县发改局）" over "⑴…（责任单位：县数据局）" each),
each takes the heading's roles it names none of (here the lead) beside them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pilots.drafting.annotation_roles import AnnotationRules, annotation_roles
from pilots.drafting.annotations import annotations_in
from pilots.drafting.headings import annotation_stripped, heading_only, heading_phrase
from pilots.drafting.lexicon import table
from pilots.drafting.named_items import annotated_heading_over_items, annotation_only
from pilots.drafting.outline import Node
from pilots.roles import AgencyRole

if TYPE_CHECKING:
    from pilots.drafting.sections import SectionDraft


def section_annotation(node: Node) -> str | None:
    """The annotation a numbered heading writes for the tasks under it, as printed; None when
    the lines under it are a task's points (unannotated (1), ⑴, ①), or its annotation ends text
    of its own (then the heading with its points is one task)."""
    if node.line is None:
        return None
    if not node.children:  # named items each annotated under "（一）X（牵头单位：…）"
        found = annotations_in(node.body)
        return (
            node.body[found[0].start : found[0].end] if annotated_heading_over_items(node) else None
        )
    children = node.children
    task_styles = table("outline")["task_styles"]
    # points ((1), ⑴, ①) are tasks under it only when they name units of their own
    points = any(c.line.style not in task_styles for c in children) and not any(
        c.annotated() for c in children
    )
    if points or not all(c.heading_only or heading_phrase(c.body) for c in children):
        return None
    found = annotations_in(node.body)
    stripped = annotation_stripped(node.body)
    written = None
    if found and stripped != node.body and heading_only(stripped):
        written = node.body[found[0].start : found[0].end]
    elif not found and node.items and not node.items[0].numbered and annotation_only(node.items[0]):
        written = node.items[0].line.raw.strip()
    others = [p for p in node.paragraphs if p.line.raw.strip() != written]
    if written is None or any(annotations_in(p.line.raw) for p in others):
        return None
    return written


def inherited_annotations(sections: list[SectionDraft]) -> dict[int, str]:
    """id(task) → the annotation of the nearest section above it that writes one."""
    inherited: dict[int, str] = {}

    def walk(section: SectionDraft, above: str | None) -> None:
        written = section.annotation or above
        for task in section.tasks:
            if written:
                inherited[id(task)] = written
        for sub in section.sections:
            walk(sub, written)

    for section in sections:
        walk(section, None)
    return inherited


def every_task_annotated(sections: list[SectionDraft]) -> set[int]:
    """id(task) of the tasks under a section's annotation when each of them carries one of its
    own: the heading's annotation would cover none of them, so its lead is meant for them all."""
    combined: set[int] = set()

    def walk(section: SectionDraft) -> None:
        if section.annotation:
            tasks = section.all_tasks()
            if tasks and all(annotations_in(task.text) for task in tasks):
                combined.update(id(task) for task in tasks)
            return
        for sub in section.sections:
            walk(sub)

    for section in sections:
        walk(section)
    return combined


Roles = list[tuple[str, str]]


def heading_roles_added(
    pieces: list[tuple[str, Roles]], written: str, rules: AnnotationRules
) -> list[tuple[str, Roles]]:
    """A task's own annotation (one) under a section's annotation meant for every task: the
    section's roles the task names none of itself beside its own (its lead first, its other
    units after); a role the task names itself stays its own alone. A rule stated once
    (（以下各条均需…落实，不再列出）) is applied to each task otherwise (``implied_actors``)."""
    stated_once = rules.implied_phrase and rules.implied_phrase in written
    if len(pieces) != 1 or stated_once:
        return pieces
    piece, roles = pieces[0]
    named = {role for role, _ in roles}
    added = [
        (role, name)
        for found in annotations_in(written)
        for role, name in annotation_roles(found.inside, rules)
        if role not in named
    ]
    lead = AgencyRole.LEAD.value
    leads = [pair for pair in added if pair[0] == lead]
    return [(piece, leads + roles + [pair for pair in added if pair[0] != lead])]

"""An annotation written once for a section: at the end of its heading ("(一)强化基础研究
（责任单位：市科技局、市发改委）") or on the line under it, over numbered tasks with headings of
their own. Each task of the section that names no agency of its own takes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pilots.drafting.annotations import annotations_in
from pilots.drafting.lexicon import table
from pilots.drafting.named_items import annotation_only
from pilots.drafting.outline import Node, annotation_stripped, heading_only, heading_phrase

if TYPE_CHECKING:
    from pilots.drafting.sections import SectionDraft


def section_annotation(node: Node) -> str | None:
    """The annotation a numbered heading writes for the tasks under it, as printed; None when
    the lines under it are a task's points, or its annotation ends text of its own (then the
    heading with its points is one task)."""
    if node.line is None or not node.children:
        return None
    if any(
        child.line.style not in table("outline")["task_styles"]
        or not (child.heading_only or heading_phrase(child.body))
        for child in node.children
    ):
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

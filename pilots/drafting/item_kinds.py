"""What a numbered item is before it is drafted: a section holding tasks, a goal, or a clause.

A line is a section (a *container*) when the lines under it are tasks: they carry their own
agency annotations, or it is a bare heading over numbered or named items; one whose annotation
after its last point covers the points is one task, and so is one whose points have no heading
of their own and each close on their own annotation (its clauses). An unannotated item whose
heading names the goals ("(一)科学确立三年行动目标。到2027年…") is a goal; one saying when the
document takes effect (第二十条　本措施自印发之日起施行…) is no task. The words are in
data/outline.yaml.
"""

from __future__ import annotations

import re

from pilots.drafting.annotations import annotations_in
from pilots.drafting.headings import (
    annotation_stripped,
    heading_only,
    heading_phrase,
    heading_text,
)
from pilots.drafting.lexicon import compiled, numbering_styles, table
from pilots.drafting.named_items import (
    annotated_heading_over_items,
    annotation_only,
    named_items_under,
)
from pilots.drafting.names import looks_like_agency
from pilots.drafting.outline import Node
from pilots.drafting.section_annotations import section_annotation


def goal_item(node: Node) -> bool:
    """(一)科学确立三年行动目标。到2027年，建成…: an unannotated item with nothing numbered
    under it, its heading naming the goals and its text a year: a goal, not a task."""
    title = heading_text(node.heading)
    return (
        bool(compiled("outline", "goal_item").search(title))
        and len(title) <= table("outline")["goals_heading_max"]
        and not node.children
        and not node.annotated()
        and bool(compiled("quantities", "date_phrase").search(node.body))
    )


def administration_item(node: Node) -> bool:
    """A numbered item saying when the document takes effect, who interprets it or how it stands
    beside other policies (第二十条　本措施自印发之日起施行…): no task."""
    return bool(compiled("outline", "administration_item").match(node.body.strip()))


def is_container(node: Node) -> bool:
    """A numbered line whose content is tasks: a section, not a task."""
    children = node.children
    if not children:
        bare = node.heading_only or annotated_heading_over_items(node)
        return bare and named_items_under(node) is not None
    if section_annotation(node) is not None:
        return True
    if node.annotated() and not any(child.annotated() for child in children):
        return False  # the line's own annotation covers its points
    if _clause_points(node):
        return False
    if any(child.annotated() or is_container(child) for child in children):
        return not _points_annotated_at_end(node)
    if node.heading_only:
        return True
    # No annotation to go by: items with headings of their own ("1.建设…。") under a heading
    # with an intro are tasks; (1) / ① points of a task's text are not.
    task_styles = table("outline")["task_styles"]
    return children[0].line.style in task_styles and all(_has_heading(c) for c in children)


def _clause_points(node: Node) -> bool:
    """1.建设X。… then (1)推进…，…。（X牵头）(2)…（Y牵头）: sub-points with no heading of their
    own, each closing on its own annotation, are the clauses of the item they stand under — but
    under a heading naming a body (2.市教委), whose points are its tasks."""
    children = node.children
    point_styles = table("outline")["point_styles"]
    return (
        len(children) >= 2
        and not (node.heading_only and looks_like_agency(heading_text(node.heading)))
        and all(
            c.line.style in point_styles and not c.children and c.annotated() and _unheaded(c)
            for c in children
        )
    )


def _unheaded(point: Node) -> bool:
    """A point opening on its text, not on a heading: a line of its own over the point's text,
    or a phrase before its first 。 that does not run on over a comma as a sentence does."""
    stripped = annotation_stripped(point.body)
    if heading_only(stripped) and any(not annotation_only(p) for p in point.paragraphs):
        return False  # (1)开展基础理论研究 + its paragraph
    phrase = heading_phrase(stripped)
    return phrase is None or bool(re.search("[，,；;]", phrase))


def clause_words(piece: str) -> str:
    """A clause's text when the clause is a point (…动态扩容。\n（1）推进…（X牵头）): the point's
    words without its number, not the item's heading and intro before it."""
    last = piece.rsplit("\n", 1)[-1]
    point_styles = table("outline")["point_styles"]
    for style in numbering_styles():
        match = style.pattern.match(last) if style.name in point_styles else None
        if match:
            return match["body"].strip()
    return piece


def _has_heading(node: Node) -> bool:
    return node.heading_only or heading_phrase(node.body) is not None


def _points_annotated_at_end(node: Node) -> bool:
    """1.推进…：(1)…(2)…（责任单位：X） — the annotation after the last point is the whole item's:
    the item introduces its points (…：), they are sub-points ((1), ①), or the annotation stands
    on a line of its own after them. A bare heading ("2．推进数据开发") is the item only over
    sub-points whose one annotation stands alone on its own line after the last of them."""
    children = node.children
    annotated = [c for c in children if c.annotated()]
    if annotated != [children[-1]]:
        return False
    last = children[-1]
    if node.heading_only:
        point_styles = table("outline")["point_styles"]
        closing = [p for p in last.paragraphs if annotations_in(p.line.raw)]
        return (
            all(c.line.style in point_styles for c in children)
            and len(closing) == 1
            and closing[0] is last.items[-1]
            and annotation_only(closing[0])
            and not annotations_in(last.body)
        )
    if (
        node.body.rstrip().endswith(("：", ":"))
        or last.line.style in table("outline")["point_styles"]
    ):
        return True
    own_annotations = [p for p in last.paragraphs if annotations_in(p.line.raw)]
    return bool(own_annotations) and not any(
        annotations_in(text) for text in [last.body, *(c.line.raw for c in last.children)]
    )

"""Each task's passage in its plan's source text: located when a plan is loaded with its source
(task code → [start, end]), and read back for the task's 原文 view."""

from __future__ import annotations

from dataclasses import dataclass

from pilots.drafting.passages import passages_locate
from pilots.drafting.target_owners import owner_marks_dropped

# Characters of the source shown on each side of a task's passage on its 原文 view.
CONTEXT_CHARS = 800


def task_passages(text: str, data: dict) -> dict[str, list[int]]:
    """Task code → [start, end] of its passage in the source text."""
    spans = {p.path: (p.start, p.end) for p in passages_locate(text, data) if p.kind == "task"}
    codes: dict[str, list[int]] = {}
    for path, task in _task_paths(data["sections"], "sections"):
        if path in spans:
            codes[task["code"]] = list(spans[path])
    return codes


def _task_paths(sections: list[dict], path: str):
    for index, section in enumerate(sections):
        here = f"{path}[{index}]"
        for number, task in enumerate(section.get("tasks", [])):
            yield f"{here}.tasks[{number}]", task
        yield from _task_paths(section.get("sections", []), f"{here}.sections")


@dataclass(frozen=True)
class TaskPassage:
    before: str
    passage: str
    after: str
    starts_mid_text: bool
    ends_mid_text: bool


def task_passage(source_text: str, span: list[int]) -> TaskPassage | None:
    """A task's passage with the source text around it, cut at line ends."""
    start, end = span
    if not 0 <= start < end <= len(source_text):
        return None
    from_at = source_text.rfind("\n", 0, max(0, start - CONTEXT_CHARS)) + 1
    to_at = source_text.find("\n", min(len(source_text), end + CONTEXT_CHARS))
    to_at = len(source_text) if to_at < 0 else to_at
    shown = owner_marks_dropped  # an indicator table's owner marks are no words of the document
    return TaskPassage(
        shown(source_text[from_at:start]), shown(source_text[start:end]),
        shown(source_text[end:to_at]), from_at > 0, to_at < len(source_text),
    )  # fmt: skip


def plan_sources_loaded(plan_id):
    """The sources the plan was loaded from, latest first (``plan_id`` may be an OuterRef)."""
    from pilots.models import PlanSource

    return PlanSource.objects.filter(plan_id=plan_id, loaded_at__isnull=False).order_by(
        "-loaded_at"
    )


def plan_source_loaded(plan_id: int):
    """The source document the plan was last loaded from, or None."""
    return plan_sources_loaded(plan_id).first()


def task_has_passage(*, plan_id: int, task_code: str) -> bool:
    """Whether the plan's latest loaded source locates the task (its text left unread)."""
    return plan_sources_locating(plan_id=plan_id, task_code=task_code).exists()


def plan_sources_locating(*, plan_id, task_code):
    """The plan's latest loaded source if it locates the task (both may be OuterRefs: on
    PostgreSQL only — SQLite cannot ask has_key of a column)."""
    from pilots.models import PlanSource

    latest = plan_sources_loaded(plan_id).values("pk")[:1]
    return PlanSource.objects.filter(pk__in=latest, passages__has_key=task_code)


def task_passage_full(source_text: str, span: list[int]) -> TaskPassage | None:
    """The whole source text, the task's passage marked."""
    start, end = span
    if not 0 <= start < end <= len(source_text):
        return None
    shown = owner_marks_dropped  # an indicator table's owner marks are no words of the document
    return TaskPassage(
        shown(source_text[:start]), shown(source_text[start:end]), shown(source_text[end:]),
        False, False,
    )  # fmt: skip

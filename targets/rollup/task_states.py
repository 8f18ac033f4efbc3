"""Each task's state as of a date, its light, and the figures of a group of tasks."""

from __future__ import annotations

import datetime
from collections import defaultdict

from django.db import connection
from django.db.models import F, JSONField, OuterRef, Q, QuerySet, Subquery
from django.db.models.expressions import RawSQL

from pilots.models import Plan
from pilots.prepared import Prepared, among
from targets.figures import Aggregate, OverdueMilestone, Reason, TaskFigures
from targets.models import Snapshot
from targets.plan_dates import plan_end
from tasks.models import (
    STALE_DAYS,
    Milestone,
    StatusUpdate,
    Task,
    TaskAssignment,
    TaskClause,
    TaskStatus,
    days_silent,
    is_stale,
)

RED_STALE_DAYS = 90
RED_OVERDUE_DAYS = 30

GREEN, YELLOW, RED = Snapshot.Light.GREEN, Snapshot.Light.YELLOW, Snapshot.Light.RED


def task_states_by_plan(*, plans: list[Plan], as_of: datetime.date) -> dict[int, list[TaskFigures]]:
    """Each active task's state as of the date (its latest update reported by then), for many
    plans at once: three queries, whatever the number of plans."""
    rows = _rows_as_of_plans([plan.id for plan in plans], as_of)
    if connection.vendor == "postgresql":  # read with the tasks (_WITH_TASKS)
        assigned = {row["id"]: [tuple(a) for a in row["assigned"] or ()] for row in rows}
        overdue = {row["id"]: _overdue(row["overdue"] or (), as_of) for row in rows}
    else:
        # By the tasks' ids, not a join on their plans: an index probe per task, where the
        # join read every assignment and milestone of every plan.
        task_ids = [row["id"] for row in rows]
        assigned = _assignments_by_task(task_ids)
        overdue = _overdue_milestones_by_task(task_ids, as_of)
    states: dict[int, list[TaskFigures]] = {plan.id: [] for plan in plans}
    default_due = {plan.id: plan_end(plan) for plan in plans}
    for row in rows:
        end = default_due[row["plan_id"]]
        due = row["due_on"] or end
        states[row["plan_id"]].append(
            _task_state(row, as_of, assigned[row["id"]], overdue[row["id"]], due, end)
        )
    return states


@Prepared
def _rows_as_of_plans(plan_ids: list[int], as_of: datetime.date) -> QuerySet:
    """The plans' tasks with their state as of the date, plan by plan in task order: each
    task's latest update by then is one probe of the update_task_as_of index."""
    latest = StatusUpdate.objects.filter(task=OuterRef("pk"), reported_on__lte=as_of).order_by(
        "-reported_on", "-created_at", "-id"
    )
    noted = latest.exclude(note="")
    # Verification is dated history too: verified as of the date when the office's latest
    # decision or report by then is a verification (feedback leaves it as it was; a report or
    # a return after it withdraws it from its own date on).
    decided = latest.exclude(kind=StatusUpdate.Kind.FEEDBACK)
    tasks = Task.objects.filter(among("plan_id", plan_ids), archived_at__isnull=True).annotate(
        as_of_status=Subquery(latest.values("status")[:1]),
        as_of_percent=Subquery(latest.values("percent")[:1]),
        as_of_reported=Subquery(latest.values("reported_on")[:1]),
        as_of_note=Subquery(noted.values("note")[:1]),
        as_of_noted=Subquery(noted.values("reported_on")[:1]),
        as_of_decided=Subquery(decided.values("kind")[:1]),
    )
    extra = []
    if connection.vendor == "postgresql":
        tasks = tasks.annotate(
            assigned=RawSQL(_ASSIGNED_SQL, (), output_field=JSONField()),
            overdue=RawSQL(_OVERDUE_SQL, (as_of, as_of), output_field=JSONField()),
        )
        extra = ["assigned", "overdue"]
    return (
        tasks.values(
            "id",
            "plan_id",
            "code",
            "title",
            "section_id",
            "weight",
            "due_on",
            "as_of_status",
            "as_of_percent",
            "as_of_reported",
            "as_of_note",
            "as_of_noted",
            "as_of_decided",
            *extra,
        ).order_by("plan_id", "order", "id")  # id: tasks of equal order, in a fixed order
    )


# On PostgreSQL each task's assignments and overdue milestones come with it, as JSON (an index
# probe each, as the reads below by the tasks' ids): two round trips fewer, an eighth of an
# incremental rollup's. In the order of those reads; as text, which the field parses.
_ASSIGNED_SQL = (
    "SELECT json_agg(json_build_array(a.agency_id, a.role)"
    ' ORDER BY c.number ASC NULLS LAST, a.role, a."order", a.id)::text'
    " FROM tasks_taskassignment a LEFT JOIN tasks_taskclause c ON c.id = a.clause_id"
    " WHERE a.task_id = tasks_task.id AND a.archived_at IS NULL"
)
_OVERDUE_SQL = (
    "SELECT json_agg(json_build_array(m.id, m.title, m.due_on) ORDER BY m.due_on, m.id)::text"
    " FROM tasks_milestone m WHERE m.task_id = tasks_task.id AND m.due_on < %s"
    " AND (m.done_on IS NULL OR m.done_on > %s)"
)


def _overdue(items, as_of: datetime.date) -> list[OverdueMilestone]:
    overdue = []
    for milestone_id, title, due_on in items:
        due = datetime.date.fromisoformat(due_on)
        overdue.append(
            OverdueMilestone(id=milestone_id, title=title, due_on=due_on, days=(as_of - due).days)
        )
    return overdue


def _assignments_by_task(task_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    assigned = defaultdict(list)
    for task_id, agency_id, role in _assignment_rows(task_ids):
        assigned[task_id].append((agency_id, role))
    return assigned


@Prepared
def _assignment_rows(task_ids: list[int]) -> QuerySet:
    # The clause's number probed per assignment: a join on the clauses hashed all of them.
    clause = TaskClause.objects.filter(pk=OuterRef("clause_id")).values("number")
    return (
        TaskAssignment.objects.filter(among("task_id", task_ids), archived_at__isnull=True)
        .annotate(clause_number=Subquery(clause))
        .order_by("task_id", F("clause_number").asc(nulls_last=True), "role", "order", "id")
        .values_list("task_id", "agency_id", "role")
    )


def _overdue_milestones_by_task(
    task_ids: list[int], as_of: datetime.date
) -> dict[int, list[OverdueMilestone]]:
    """Milestones due before the date and not done by it."""
    overdue = defaultdict(list)
    for m in _overdue_rows(task_ids, as_of):
        overdue[m["task_id"]].append(
            OverdueMilestone(
                id=m["id"],
                title=m["title"],
                due_on=m["due_on"].isoformat(),
                days=(as_of - m["due_on"]).days,
            )
        )
    return overdue


@Prepared
def _overdue_rows(task_ids: list[int], as_of: datetime.date) -> QuerySet:
    return (
        Milestone.objects.filter(among("task_id", task_ids), due_on__lt=as_of)
        .filter(Q(done_on__isnull=True) | Q(done_on__gt=as_of))
        .order_by("due_on", "id")
        .values("id", "task_id", "title", "due_on")
    )


NOTE_SHOWN = 80


def first_line(note: str | None) -> str | None:
    """A note's first non-empty line, cut to what a list shows."""
    line = next((line.strip() for line in (note or "").splitlines() if line.strip()), "")
    if not line:
        return None
    return line if len(line) <= NOTE_SHOWN else line[: NOTE_SHOWN - 1] + "…"


def _task_state(row, as_of, assignments, overdue, due, end) -> TaskFigures:
    """``end``: the plan's last day, which silence is counted to once the plan has ended (its
    judgement day is the day after: a day more of silence would make tasks newly stale)."""
    status = row["as_of_status"] or TaskStatus.NOT_STARTED
    days_overdue = (as_of - due).days if status != TaskStatus.COMPLETED else 0
    last = row["as_of_reported"]
    silent = days_silent(last, day=as_of, plan_end=end)
    verified = row["as_of_decided"] == StatusUpdate.Kind.VERIFIED
    state = TaskFigures(
        id=row["id"],
        code=row["code"],
        title=row["title"],
        section_id=row["section_id"],
        weight=row["weight"],
        status=status,
        percent=row["as_of_percent"] or 0,
        last_reported=last.isoformat() if last else None,
        silent_until=end.isoformat(),
        days_silent=silent,
        stale=is_stale(silent),
        awaiting_verification=status == TaskStatus.COMPLETED and not verified,
        verified=status == TaskStatus.COMPLETED and verified,
        assignments=assignments,
        overdue_milestones=overdue,
        due_on=due.isoformat(),
        days_overdue=max(0, days_overdue),
        note=first_line(row["as_of_note"]),
        noted_on=row["as_of_noted"].isoformat() if row["as_of_noted"] else None,
    )
    state.light, state.reasons = task_light(state)
    return state


def task_light(state: TaskFigures) -> tuple[str, list[Reason]]:
    if state.verified:
        return GREEN, []
    red, yellow = [], []
    if state.status in (TaskStatus.DELAYED, TaskStatus.BLOCKED):
        red.append(Reason(code=state.status))
    if state.days_overdue:
        red.append(Reason(code="overdue", days=state.days_overdue))
    silent = state.days_silent
    if state.status != TaskStatus.COMPLETED:
        if silent is None:
            yellow.append(Reason(code="never_updated"))
        elif silent > RED_STALE_DAYS:
            red.append(Reason(code="stale", days=silent))
        elif silent > STALE_DAYS:
            yellow.append(Reason(code="stale", days=silent))
    for m in state.overdue_milestones:
        reason = Reason(code="milestone_overdue", days=m.days, title=m.title)
        (red if m.days > RED_OVERDUE_DAYS else yellow).append(reason)
    if red:
        return RED, red + yellow
    if yellow:
        return YELLOW, yellow
    return GREEN, []


def aggregate(states: list[TaskFigures]) -> Aggregate:
    """Weighted mean progress and the counts leadership asks for, over a group of tasks (one
    pass: a plan's rollup aggregates its tasks some fifty times, by section, agency and role)."""
    weight = weighted = completed = verified = awaiting = stale = unassigned = overdue = 0
    weights: set[int] = set()
    by_status: dict[str, int] = {}
    lights: dict[str, int] = {}
    for s in states:
        weight += s.weight
        weighted += s.weight * s.percent
        weights.add(s.weight)
        by_status[s.status] = by_status.get(s.status, 0) + 1
        lights[s.light] = lights.get(s.light, 0) + 1
        if s.status == TaskStatus.COMPLETED:
            completed += 1
        elif s.stale:  # stale counts open tasks only
            stale += 1
        verified += s.verified
        awaiting += s.awaiting_verification
        unassigned += not s.assignments
        overdue += len(s.overdue_milestones)
    return Aggregate(
        tasks=len(states),
        progress=round(weighted / weight, 1) if weight else 0.0,
        weights="equal" if len(weights) <= 1 else "custom",
        by_status=by_status,
        completed=completed,
        verified=verified,
        awaiting_verification=awaiting,
        stale=stale,
        unassigned=unassigned,
        overdue_milestones=overdue,
        lights=lights,
    )

import datetime

from django.db.models import Exists, OuterRef, Prefetch, Q

from pilots.permissions import Access
from tasks.models import STALE_DAYS, Milestone, StatusUpdate, Task, TaskAssignment, TaskStatus


def active_assignments():
    return TaskAssignment.objects.filter(archived_at__isnull=True).select_related(
        "agency", "clause"
    )


def my_tasks(*, access: Access, today: datetime.date, filters: dict | None = None):
    """Tasks where one of the user's agencies is lead, supporting or responsible."""
    filters = filters or {}
    mine = TaskAssignment.objects.filter(
        task=OuterRef("pk"), agency_id__in=access.agency_ids, archived_at__isnull=True
    )
    if filters.get("role"):
        mine = mine.filter(role=filters["role"])
    tasks = (
        Task.objects.filter(Exists(mine), archived_at__isnull=True)
        # A task's place prints its section's chain (四、(一) 1.): two levels up in one query.
        .select_related("plan__zone", "section__parent__parent")
        .prefetch_related(Prefetch("assignments", queryset=active_assignments()))
        .order_by("plan__zone__slug", "plan__code", "order")
    )
    if filters.get("status"):
        tasks = tasks.filter(status=filters["status"])
    if filters.get("zone"):
        tasks = tasks.filter(plan__zone__slug=filters["zone"])
    if filters.get("stale"):
        cutoff = today - datetime.timedelta(days=STALE_DAYS)
        tasks = tasks.filter(Q(last_reported_on__isnull=True) | Q(last_reported_on__lt=cutoff))
    for word in (filters.get("q") or "").split():
        tasks = tasks.filter(title__icontains=word)
    return tasks


def task_for_page(*, pk: int):
    return (
        Task.objects.select_related("plan__zone", "plan__implements", "section__parent__parent")
        .prefetch_related(
            Prefetch("assignments", queryset=active_assignments()),
            "clauses",
            Prefetch("milestones", queryset=Milestone.objects.order_by("due_on", "id")),
        )
        .get(pk=pk)
    )


def task_history(*, task: Task) -> list[dict]:
    """Every entry, newest first, each with what it changed against the one before."""
    updates = list(task.updates.select_related("author", "agency").order_by("created_at", "id"))
    rows, status, percent = [], None, None
    for u in updates:
        rows.append(
            {
                "update": u,
                "status_changed": u.status != status,
                "percent_changed": u.percent != percent,
                "previous_status": TaskStatus(status).label if status else None,
                "previous_percent": percent,
            }
        )
        status, percent = u.status, u.percent
    return rows[::-1]


def latest_parts(*, task: Task, history: list[dict]) -> list[dict]:
    """Each assigned agency beside its latest report or feedback: the lead's side-by-side view."""
    latest = {}
    for row in history:  # newest first
        u = row["update"]
        if u.agency_id and u.kind in (StatusUpdate.Kind.REPORT, StatusUpdate.Kind.FEEDBACK):
            latest.setdefault(u.agency_id, u)
    seen, parts = set(), []
    for a in sorted(
        task.assignments.all(), key=lambda a: ["lead", "responsible", "supporting"].index(a.role)
    ):
        if a.agency_id in seen:
            continue
        seen.add(a.agency_id)
        parts.append({"assignment": a, "latest": latest.get(a.agency_id)})
    return parts


def completion_reporter_ids(*, task: Task) -> set[int]:
    """Who reported the task's current completion: the authors of the completed reports since
    the task last stood at anything other than completed. None of them may verify it."""
    authors = set()
    for kind, status, author_id in task.updates.order_by("-created_at", "-id").values_list(
        "kind", "status", "author_id"
    ):
        if status != TaskStatus.COMPLETED:
            break
        if kind == StatusUpdate.Kind.REPORT and author_id is not None:
            authors.add(author_id)
    return authors

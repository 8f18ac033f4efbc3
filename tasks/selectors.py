import datetime

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import (
    BooleanField,
    Exists,
    F,
    Func,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)

from pilots.fragments import fragment_key
from pilots.models import Agency, PilotZone, Plan
from pilots.permissions import Access
from pilots.plan_period import plan_end
from pilots.prepared import Prepared, among, prefetched
from pilots.source_passages import plan_sources_locating, task_has_passage
from pilots.trees import parents_without_loops
from tasks.models import (
    Instruction,
    InstructionEvent,
    InstructionRecipient,
    Milestone,
    Notification,
    Section,
    StatusUpdate,
    Task,
    TaskAssignment,
    TaskClause,
    TaskStatus,
    stale_before,
)

ACTIVE = Q(archived_at__isnull=True)


def active_assignments():
    return (
        TaskAssignment.objects.filter(archived_at__isnull=True)
        .select_related("agency", "clause")
        .order_by("task_id", "clause__number", "role", "order")
    )


MY_TASKS_ORDER = ("plan__zone__slug", "plan__code", "order")
# What a task's row on My tasks changes with (see ``my_tasks_key``).
MY_TASKS_STATE = ("pk", "plan__change_seq", "plan__zone__name", "plan__zone__name_en")


def _tasks_of_agencies(agency_ids: list[int], role: str | None = None) -> QuerySet:
    mine = TaskAssignment.objects.filter(
        among("agency_id", agency_ids), task=OuterRef("pk"), archived_at__isnull=True
    )
    if role:
        mine = mine.filter(role=role)
    return Task.objects.filter(Exists(mine), archived_at__isnull=True).order_by(*MY_TASKS_ORDER)


def my_tasks(*, access: Access, today: datetime.date, filters: dict | None = None):
    """Tasks where one of the user's agencies is lead, supporting or responsible."""
    filters = filters or {}
    tasks = _tasks_of_agencies(sorted(access.agency_ids), filters.get("role"))
    if filters.get("status"):
        tasks = tasks.filter(status=filters["status"])
    if filters.get("zone"):
        tasks = tasks.filter(plan__zone__slug=filters["zone"])
    if filters.get("stale"):
        tasks = tasks.filter(stale_tasks(today=today))
    for word in (filters.get("q") or "").split():
        tasks = tasks.filter(title__icontains=word)
    return tasks


def stale_tasks(*, today: datetime.date) -> Q:
    """Open tasks stale as of ``today`` (``is_stale``), an ended plan's judged at its last day
    (``silence_counted_to``): each plan's cutoff, the plans read in one short query. A completed
    task is never stale, as in every stale count and list of the dashboards and the reminders."""
    plans_by_cutoff: dict[datetime.date, list[int]] = {}
    for plan in Plan.objects.only("period_start", "period_end").order_by("pk"):
        cutoff = stale_before(day=today, plan_end=plan_end(plan))
        plans_by_cutoff.setdefault(cutoff, []).append(plan.pk)
    stale = Q(last_reported_on__isnull=True)
    for cutoff, plan_ids in plans_by_cutoff.items():
        stale |= Q(plan_id__in=plan_ids, last_reported_on__lt=cutoff)
    return stale & ~Q(status=TaskStatus.COMPLETED)


def my_tasks_state(*, access: Access, today: datetime.date, filters: dict) -> list[tuple]:
    """My tasks' list as its cached rendering's key needs it: ``MY_TASKS_STATE`` of each task
    in order. The page as first opened (no filter) is a prepared read: every view asks."""
    if any(filters.values()):
        return list(
            my_tasks(access=access, today=today, filters=filters).values_list(*MY_TASKS_STATE)
        )
    return _my_tasks_state(sorted(access.agency_ids))


@Prepared
def _my_tasks_state(agency_ids: list[int]) -> QuerySet:
    return _tasks_of_agencies(agency_ids).values_list(*MY_TASKS_STATE)


def my_tasks_key(*, state: list[tuple], access: Access, today: datetime.date) -> str:
    """What My tasks' list shows changes with: every write to a task, its assignments or its
    deadline bumps its plan's change counter in the same transaction (pilots/changes.py); the
    zones' names; the day (days overdue); whose tasks they are."""
    return fragment_key("my-tasks", today, sorted(access.agency_ids), *state)


def my_task_rows(*, state: list[tuple], access: Access, today: datetime.date) -> list[Task]:
    """The tasks as My tasks lists them (those of ``state``, in its order): days overdue, and
    the user's roles on each (``my_assignments``)."""
    task_ids, agency_ids = [pk for pk, *_ in state], sorted(access.agency_ids)
    mine: dict[int, list[TaskAssignment]] = {}
    for assignment in _assignments_of_agencies(task_ids, agency_ids):
        mine.setdefault(assignment.task_id, []).append(assignment)
    tasks = _tasks_listed(task_ids)
    for task in tasks:
        task.overdue_days = task.days_overdue(today)
        task.open_at_end = task.open_at_plan_end(today)
        task.my_assignments = mine.get(task.pk, [])
    return tasks


@Prepared
def _tasks_listed(task_ids: list[int]) -> QuerySet:
    # A task's place prints its section's chain (四、(一) 1.): two levels up in one query.
    return (
        Task.objects.filter(among("pk", task_ids))
        .select_related("plan__zone", "section__parent__parent")
        .order_by(*MY_TASKS_ORDER)
    )


@Prepared
def _assignments_of_agencies(task_ids: list[int], agency_ids: list[int]) -> QuerySet:
    return (
        TaskAssignment.objects.filter(
            among("task_id", task_ids), among("agency_id", agency_ids), archived_at__isnull=True
        )
        .select_related("clause")
        .order_by("task_id", "clause__number", "role", "order")
    )


@Prepared
def agencies_with_zones(agency_ids: list[int]) -> QuerySet:
    """The agencies, with their zones (My tasks names them and offers their zones)."""
    return (
        Agency.objects.filter(among("id", agency_ids))
        .select_related("zone")
        .order_by("zone_id", "name")
    )


def task_for_page(*, pk: int):
    """The task with what its page shows beside it: its agencies, clauses and milestones (each
    read only if the task has any: ``has_clauses``, ``has_milestones``), whether it has
    instructions (``has_instructions``, for ``task_instructions``) and whether its plan's latest
    source locates it (``has_passage``). Every task page and form asks: prepared reads."""
    found = _task_of_page(pk)
    if not found:
        raise Task.DoesNotExist(f"no task {pk}")
    (task,) = found
    if task.has_passage is None:  # not asked in the read (SQLite)
        task.has_passage = task_has_passage(plan_id=task.plan_id, task_code=task.code)
    prefetched(task, "assignments", _active_assignments_of(task.pk))
    clauses = TaskClause.objects.filter(task=task).order_by("number")
    prefetched(task, "clauses", clauses if task.has_clauses else [])
    milestones = Milestone.objects.filter(task=task).order_by("due_on", "id")
    prefetched(task, "milestones", milestones if task.has_milestones else [])
    return task


@Prepared
def _task_of_page(pk: int) -> QuerySet:
    return (
        Task.objects.filter(pk=pk)
        .select_related("plan__zone", "section__parent__parent")
        .annotate(
            has_clauses=Exists(TaskClause.objects.filter(task=OuterRef("pk"))),
            has_milestones=Exists(Milestone.objects.filter(task=OuterRef("pk"))),
            has_instructions=Exists(Instruction.objects.filter(task=OuterRef("pk"))),
            has_passage=Exists(
                plan_sources_locating(
                    plan_id=OuterRef(OuterRef("plan_id")), task_code=OuterRef("code")
                )
            )
            if connection.vendor == "postgresql"
            else Value(None, output_field=BooleanField()),
        )
        .order_by()
    )


@Prepared
def _active_assignments_of(task_id: int) -> QuerySet:
    return active_assignments().filter(task_id=task_id)


HISTORY_SHOWN = 20  # the task page's latest entries; ?history=all shows every one


def task_history(*, task: Task, newest: int | None = None) -> list[dict]:
    """Every entry (or the ``newest`` latest), newest first, each with what it changed against
    the one before."""
    if newest == HISTORY_SHOWN + 1:  # the page's (prepared: every view asks)
        updates = _history_window(task.pk)
    else:
        updates = _updates_newest_first().filter(task=task)
        if newest is not None:
            updates = updates[: newest + 1]  # and the one before the oldest kept, to compare with
    rows, status, percent = [], None, None
    for u in reversed(list(updates)):
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
    return rows[::-1][:newest]


def _updates_newest_first() -> QuerySet:
    return StatusUpdate.objects.select_related("author", "agency").order_by("-created_at", "-id")


@Prepared
def _history_window(task_id: int) -> QuerySet:
    """The task page's entries, and the one before the oldest shown, to compare with."""
    return _updates_newest_first().filter(task_id=task_id)[: HISTORY_SHOWN + 2]


def latest_parts(*, task: Task, newest: list | None = None, every: bool = False) -> list[dict]:
    """Each assigned agency beside its latest report or feedback: the lead's side-by-side view.
    ``newest``: the task's newest updates, newest first (the page's history), where each
    agency's latest is found first; ``every``: they are all the task's updates. Only the
    agencies whose latest is not among them are read, in one query."""
    kinds = (StatusUpdate.Kind.REPORT, StatusUpdate.Kind.FEEDBACK)
    latest: dict[int, StatusUpdate] = {}
    for update in newest or []:
        if update.kind in kinds and update.agency_id is not None:
            latest.setdefault(update.agency_id, update)
    missing = {a.agency_id for a in task.assignments.all()} - latest.keys()
    if missing and not every:
        latest |= {u.agency_id: u for u in _latest_words_of(task.pk, sorted(missing))}
    seen, parts = set(), []
    for a in sorted(
        task.assignments.all(), key=lambda a: ["lead", "responsible", "supporting"].index(a.role)
    ):
        if a.agency_id in seen:
            continue
        seen.add(a.agency_id)
        parts.append({"assignment": a, "latest": latest.get(a.agency_id)})
    return parts


@Prepared
def _latest_words_of(task_id: int, agency_ids: list[int]) -> QuerySet:
    """Each of the task's assigned agencies' latest report or feedback."""
    kinds = (StatusUpdate.Kind.REPORT, StatusUpdate.Kind.FEEDBACK)
    older = StatusUpdate.objects.filter(
        task_id=task_id, agency_id=OuterRef("agency_id"), kind__in=kinds
    ).order_by("-created_at", "-id")
    assigned = TaskAssignment.objects.filter(
        among("agency_id", agency_ids), task_id=task_id, archived_at__isnull=True
    ).annotate(latest=Subquery(older.values("id")[:1]))
    return StatusUpdate.objects.filter(id__in=assigned.values("latest")).order_by()


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


def sections_outline(*, plan: Plan) -> list[Section]:
    """The plan's sections as a reader sees them, with their tasks and agencies, nested."""
    tasks = (
        Task.objects.filter(ACTIVE)
        .prefetch_related(Prefetch("assignments", queryset=active_assignments()))
        .order_by("order")
    )
    sections = list(
        Section.objects.filter(ACTIVE, plan=plan)
        .prefetch_related(Prefetch("tasks", queryset=tasks))
        .order_by("order")
    )
    return sections_nested(sections)


def sections_nested(sections: list[Section]) -> list[Section]:
    """The top sections, each with ``entries``: runs of its tasks and its sub-sections in printed
    order (a sub-section stands where its first task does), sub-sections carrying their own."""
    parent_of = parents_without_loops({s.id: s.parent_id for s in sections}, "section")
    by_parent: dict[int | None, list[Section]] = {}
    for section in sections:
        by_parent.setdefault(parent_of[section.id], []).append(section)

    def first_order(section: Section) -> float:
        orders = [t.order for t in section.tasks.all()]
        orders += [first_order(sub) for sub in by_parent.get(section.id, [])]
        return min(orders, default=float("inf"))

    for section in sections:
        tasks = [(t.order, "task", t) for t in section.tasks.all()]
        subs = [(first_order(s), "section", s) for s in by_parent.get(section.id, [])]
        section.entries = []  # ("tasks", [task, …]) runs and ("section", sub-section)
        for _, kind, item in sorted(tasks + subs, key=lambda entry: entry[0]):
            if kind == "task" and section.entries and section.entries[-1][0] == "tasks":
                section.entries[-1][1].append(item)
            else:
                section.entries.append(("tasks", [item]) if kind == "task" else (kind, item))
    return [s for s in sections if parent_of[s.id] is None or parent_of[s.id] not in parent_of]


def tasks_unassigned(*, zone: PilotZone):
    """The zone's active tasks no agency is assigned to (the zone admin's to do)."""
    return (
        Task.objects.filter(ACTIVE, plan__zone=zone)
        .exclude(Exists(TaskAssignment.objects.filter(ACTIVE, task=OuterRef("pk"))))
        .select_related("section")
        .order_by("plan__code", "order")
    )


def _instructions():
    parts = InstructionRecipient.objects.select_related("agency").order_by("id")
    return Instruction.objects.select_related(
        "zone", "task", "agency", "issued_by"
    ).prefetch_related(Prefetch("recipients", queryset=parts))


INSTRUCTIONS_SHOWN = 200


def instructions_to(*, agency_ids) -> list:
    """Instructions naming one of the agencies: open ones first, by reply date."""
    rows = (
        _instructions()
        .filter(recipients__agency_id__in=agency_ids)
        .distinct()
        .order_by(F("closed_at").desc(nulls_first=True), "reply_by", "-id")
    )
    return list(rows[:INSTRUCTIONS_SHOWN])


def instructions_seen_by_leader(*, access: Access, user) -> list:
    """A leader's view: the instructions they issued, and the open ones of the zones they lead."""
    if not (access.leadership_everywhere or access.leadership_zone_ids):
        return []
    zones = Q() if access.leadership_everywhere else Q(zone_id__in=access.leadership_zone_ids)
    rows = (
        _instructions()
        .filter(Q(issued_by=user) | (zones & Q(closed_at__isnull=True)))
        .order_by(F("closed_at").desc(nulls_first=True), "reply_by", "-id")
    )
    return list(rows[:INSTRUCTIONS_SHOWN])


def header_counts(*, user, agency_ids) -> dict[str, int]:
    """The header's badges, in one query: the user's unread reminders, and the answers their
    agencies owe to instructions (督办; My tasks shows that count too). Every page asks, so the
    read is compiled once (``Prepared``)."""
    (counts,) = _header_counts(user.pk, sorted(agency_ids))
    return counts


@Prepared
def _header_counts(user_id: int, agency_ids: list[int]) -> QuerySet:
    unread = Notification.objects.filter(user_id=user_id, read_at__isnull=True)
    awaiting = InstructionRecipient.objects.filter(
        among("agency_id", agency_ids), state=InstructionRecipient.State.AWAITING
    )
    return (
        get_user_model()
        .objects.filter(pk=user_id)
        .values(unread_notifications=_count(unread), instructions_awaiting=_count(awaiting))
    )


def _count(rows) -> Subquery:
    return Subquery(rows.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n"))


def task_instructions(*, task) -> list:
    """The instructions on a task, with their timelines (the task page's 督办 and history); none
    asked for when ``task_for_page`` found the task has none."""
    if not getattr(task, "has_instructions", True):
        return []
    events = InstructionEvent.objects.select_related("agency", "author").order_by(
        "created_at", "id"
    )
    return list(
        _instructions()
        .filter(task=task)
        .prefetch_related(Prefetch("events", queryset=events))
        .order_by("-issued_at", "-id")
    )


def history_key(entries: list[dict]) -> str:
    """The cache key of the history's rendering: everything each entry shows. Each entry gets
    its own too (``fragment``): a new entry leaves the others' renderings good."""
    for row in entries:
        row["fragment"] = fragment_key("task-history-entry", *_entry_shown(row))
    return fragment_key("task-history", *(row["fragment"] for row in entries))


def _entry_shown(row: dict) -> tuple:
    if "event" in row:
        e = row["event"]
        agency = e.agency.short_name if e.agency else ""
        return ("event", e.pk, e.created_at, e.author_label, agency, e.instruction_id, e.kind,
                e.note)  # fmt: skip
    u = row["update"]
    agency = u.agency.short_name if u.agency else ""
    return ("update", u.pk, u.created_at, u.reporter_label, agency, u.kind, u.status, u.percent,
            u.part_percent, u.reported_on, u.note, u.is_demo, u.evidence_doc_number,
            u.evidence_url, u.evidence_name, row["status_changed"], row["previous_status"],
            row["percent_changed"], row["previous_percent"])  # fmt: skip


def history_with_instruction_steps(history: list[dict], on_task: list) -> list[dict]:
    """The task's history with every step of its instructions, newest first."""
    steps = [{"event": e, "at": e.created_at} for i in on_task for e in i.events.all()]
    rows = [{**row, "at": row["update"].created_at} for row in history]
    return sorted(rows + steps, key=lambda row: row["at"], reverse=True)

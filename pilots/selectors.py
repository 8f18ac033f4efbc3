from django.db.models import Count, Exists, OuterRef, Prefetch, Q

from pilots.models import Agency, Membership, PilotZone, Plan
from targets.models import Goal, Target
from tasks.models import Section, Task, TaskAssignment

ACTIVE = Q(archived_at__isnull=True)


def zones_with_plans():
    """Zones in their hierarchy order, each with its plans and their active task counts."""
    plans = Plan.objects.annotate(
        task_count=Count("tasks", filter=Q(tasks__archived_at__isnull=True), distinct=True),
        target_count=Count("targets", filter=Q(targets__archived_at__isnull=True), distinct=True),
    ).order_by("code")
    return (
        PilotZone.objects.select_related("parent")
        .prefetch_related(Prefetch("plans", queryset=plans))
        .order_by("parent__slug", "slug")
    )


def plan_outline(*, plan: Plan):
    """The plan as a reader sees it: goals with targets, sections with tasks and agencies."""
    assignments = TaskAssignment.objects.filter(ACTIVE).select_related("agency", "clause")
    tasks = (
        Task.objects.filter(ACTIVE)
        .prefetch_related(Prefetch("assignments", queryset=assignments))
        .order_by("order")
    )
    sections = list(
        Section.objects.filter(ACTIVE, plan=plan)
        .prefetch_related(Prefetch("tasks", queryset=tasks))
        .order_by("order")
    )
    targets = Target.objects.filter(ACTIVE).select_related("owner", "parent").order_by("order")
    goals = (
        Goal.objects.filter(ACTIVE, plan=plan)
        .prefetch_related(Prefetch("targets", queryset=targets))
        .order_by("order")
    )
    return {"sections": sections_nested(sections), "goals": goals}


def sections_nested(sections: list[Section]) -> list[Section]:
    """The top sections, each with ``entries``: runs of its tasks and its sub-sections in printed
    order (a sub-section stands where its first task does), sub-sections carrying their own."""
    by_parent: dict[int | None, list[Section]] = {}
    for section in sections:
        by_parent.setdefault(section.parent_id, []).append(section)

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
    known = {s.id for s in sections}
    return [s for s in sections if s.parent_id is None or s.parent_id not in known]


def zone_administration(*, zone: PilotZone) -> dict:
    return {
        "agencies": Agency.objects.filter(zone=zone, archived_at__isnull=True).order_by("name"),
        "memberships": Membership.objects.filter(agency__zone=zone)
        .select_related("user", "agency")
        .order_by("agency__name", "user__username"),
        "unassigned_tasks": Task.objects.filter(ACTIVE, plan__zone=zone)
        .exclude(Exists(TaskAssignment.objects.filter(ACTIVE, task=OuterRef("pk"))))
        .select_related("section")
        .order_by("plan__code", "order"),
        "targets": Target.objects.filter(ACTIVE, plan__zone=zone)
        .select_related("owner")
        .order_by("plan__code", "order"),
    }

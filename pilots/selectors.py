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
    sections = (
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
    return {"sections": sections, "goals": goals}


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

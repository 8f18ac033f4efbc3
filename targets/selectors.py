"""Reads of the targets app that are not dashboards: the home page's zones, a plan's outline,
the targets a zone admin gives owners."""

from django.db.models import Count, Prefetch, Q

from pilots.models import PilotZone, Plan
from pilots.numbering import numberings_printed
from targets.models import Goal, Target
from tasks.selectors import sections_outline

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


def plan_outline(*, plan: Plan) -> dict:
    """The plan as a reader sees it: goals with targets, sections with tasks and agencies."""
    targets = Target.objects.filter(ACTIVE).select_related("owner", "parent").order_by("order")
    goals = list(
        Goal.objects.filter(ACTIVE, plan=plan)
        .prefetch_related(Prefetch("targets", queryset=targets))
        .order_by("order")
    )
    for goal, number in zip(goals, numberings_printed([g.numbering for g in goals]), strict=True):
        goal.numbering_printed = number
    return {"sections": sections_outline(plan=plan), "goals": goals}


def targets_of_zone(*, zone: PilotZone):
    """The zone's active targets with their owners (the zone admin's target-owner tab)."""
    return (
        Target.objects.filter(ACTIVE, plan__zone=zone)
        .select_related("owner")
        .order_by("plan__code", "order")
    )

from collections.abc import Sequence

from pilots.models import Agency, Membership, PilotZone, Plan


def zone_administration(*, zone: PilotZone) -> dict:
    """The agencies-and-members tab: the zone's active agencies and their people."""
    return {
        "agencies": Agency.objects.filter(zone=zone, archived_at__isnull=True).order_by("name"),
        "memberships": Membership.objects.filter(agency__zone=zone)
        .select_related("user", "agency")
        .order_by("agency__name", "user__username"),
    }


def plan_told_apart(plan: Plan, plans: Sequence[Plan]) -> str:
    """What tells a plan apart from the others of ``plans`` under the same title (Chinese or
    English): its period ("2020–2025"), and its code after it when one of them has that period
    too; "" when no other has its title."""

    def namesake(other: Plan) -> bool:
        return other.title == plan.title or bool(plan.title_en and other.title_en == plan.title_en)

    namesakes = [p for p in plans if p.pk != plan.pk and namesake(p)]
    if not namesakes:
        return ""
    period = f"{plan.period_start}–{plan.period_end}"
    years = (plan.period_start, plan.period_end)
    same_period = any((p.period_start, p.period_end) == years for p in namesakes)
    return f"{period} · {plan.code}" if same_period else period

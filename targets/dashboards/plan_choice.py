"""Which plan a zone's or an agency's page shows, and what every page about one plan says
first (its day, whether it has ended, its key dates)."""

from __future__ import annotations

import datetime

from django.db.models import QuerySet

from pilots.models import PilotZone, Plan
from pilots.prepared import Prepared
from targets import history
from targets.models import Snapshot
from targets.plan_dates import plan_end, plan_ended, plan_start

Scope = Snapshot.Scope


def snapshot_date(*, scope: str, object_id: int, as_of: datetime.date) -> datetime.date | None:
    """The latest date on or before as_of for which this thing was rolled up."""
    return (
        Snapshot.objects.filter(scope=scope, object_id=object_id, as_of__lte=as_of)
        .order_by("-as_of")
        .values_list("as_of", flat=True)
        .first()
    )


def zone_plans(zone: PilotZone) -> list[Plan]:
    """The zone's plans, earliest period first."""
    return _plans_of_zone(zone.id)


@Prepared
def _plans_of_zone(zone_id: int) -> QuerySet:
    return (
        Plan.objects.filter(zone_id=zone_id)
        # Each plan's watermark: how fresh its page is (dashboards/freshness.py).
        .select_related("follows", "rollup_state")
        .order_by("period_start", "code")
    )


def plan_shown(plans: list[Plan], as_of: datetime.date, code: str | None = None) -> Plan | None:
    """The plan asked for, else the latest one started by the date (else the first)."""
    if code:
        return next((p for p in plans if p.code == code), None)
    started = [p for p in plans if plan_start(p) <= as_of]
    return (started or plans or [None])[-1]


def zone_plan_context(zone: PilotZone, as_of: datetime.date, plan_code: str | None) -> dict:
    """The zone's plans and, of the one shown (``plan_shown``), what every page says first
    (``_plan_context``); only the plans when the zone has no such plan."""
    plans = zone_plans(zone)
    plan = plan_shown(plans, as_of, plan_code)
    if plan is None:
        return {"plans": plans}
    return {"plans": plans, **_plan_context(plan, as_of)}


def _plan_context(plan: Plan, as_of: datetime.date) -> dict:
    """What every page about one plan says first: its day, whether it has ended, key dates."""
    context = {
        "plan": plan,
        "day": None,
        "ended_on": plan_end(plan) if plan_ended(plan, as_of) else None,
        "key_dates": history.key_dates(plan),
        "walk_dates": history.walk_dates(plan),
        "not_started": as_of < plan_start(plan),
    }
    try:
        context["day"] = history.plan_snapshot_day(plan, as_of)
    except history.HistoryUnavailable as exc:
        context["error"] = str(exc)
    return context

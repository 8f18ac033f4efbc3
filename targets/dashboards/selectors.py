"""Leadership dashboards: what each page shows, read from snapshots only (a fixed handful of
queries, whatever the history) through their typed figures (targets/figures.py)."""

from __future__ import annotations

import datetime

from pilots.models import Agency, PilotZone, Plan
from targets.dashboards.charts import (
    VERDICT_ORDER,
    agency_status_chart,
    cached,
    ranking_chart,
    section_progress_chart,
    target_verdict_chart,
    trajectory_chart,
    zone_comparison_chart,
)
from targets.figures import TaskFigures, figures_of, verdict_labels
from targets.models import Snapshot

Scope = Snapshot.Scope


def snapshot_date(*, scope: str, object_id: int, as_of: datetime.date) -> datetime.date | None:
    """The latest date on or before as_of for which this thing was rolled up."""
    return (
        Snapshot.objects.filter(scope=scope, object_id=object_id, as_of__lte=as_of)
        .order_by("-as_of")
        .values_list("as_of", flat=True)
        .first()
    )


def snapshot_dates(*, scope: str, object_id: int) -> list[datetime.date]:
    return list(
        Snapshot.objects.filter(scope=scope, object_id=object_id)
        .order_by("-as_of")
        .values_list("as_of", flat=True)[:60]
    )


def overview(*, as_of: datetime.date, zone_ids=None) -> dict:
    """One row per zone from its latest zone snapshot on or before as_of."""
    zones = PilotZone.objects.order_by("parent__slug", "slug")
    if zone_ids is not None:
        zones = zones.filter(id__in=zone_ids)
    zones = list(zones.select_related("parent"))
    latest: dict[int, Snapshot] = {}
    for snap in Snapshot.objects.filter(
        scope=Scope.ZONE, object_id__in=[z.id for z in zones], as_of__lte=as_of
    ).order_by("object_id", "as_of"):
        latest[snap.object_id] = snap
    rows = [_overview_row(zone, latest.get(zone.id)) for zone in zones]
    return {"rows": rows, "charts": [zone_comparison_chart(rows)] if latest else []}


def _overview_row(zone: PilotZone, snapshot: Snapshot | None) -> dict:
    figures = figures_of(snapshot) if snapshot else None
    return {
        "zone": zone,
        "snapshot": snapshot,
        "figures": figures,
        "verdicts": labelled_verdicts(figures.targets_by_verdict) if figures else [],
    }


def labelled_verdicts(counts: dict) -> list[dict]:
    labels = verdict_labels()
    return [
        {"verdict": v, "label": labels[v], "count": counts[v]}
        for v in VERDICT_ORDER
        if counts.get(v)
    ]


def zone_page(*, zone: PilotZone, as_of: datetime.date) -> dict | None:
    plan = Plan.objects.filter(zone=zone).order_by("code").first()
    if plan is None:
        return None
    day = snapshot_date(scope=Scope.PLAN, object_id=plan.id, as_of=as_of)
    if day is None:
        return {"plan": plan, "day": None}
    snaps = Snapshot.objects.filter(plan=plan, as_of=day, scope__in=[Scope.PLAN, Scope.TARGET])
    plan_snap = next(s for s in snaps if s.scope == Scope.PLAN)
    targets = sorted((s for s in snaps if s.scope == Scope.TARGET), key=lambda s: s.object_id)
    figures = figures_of(plan_snap)
    return {
        "plan": plan,
        "day": day,
        "figures": figures,
        "verdicts": labelled_verdicts(figures.targets_by_verdict),
        "targets": [
            {"object_id": t.object_id, "light": t.light, "figures": figures_of(t)} for t in targets
        ],
        "dates": snapshot_dates(scope=Scope.PLAN, object_id=plan.id),
        "charts": {
            "verdicts": cached(plan_snap, "verdicts", target_verdict_chart, figures, "verdicts"),
            "sections": cached(plan_snap, "sections", section_progress_chart, figures, "sections"),
            "agency_status": cached(
                plan_snap, "agency-status", agency_status_chart, figures, "agencies"
            ),
            "trajectories": [cached(t, "trajectory", trajectory_chart, t) for t in targets],
        },
    }


def agency_page(*, agency: Agency, as_of: datetime.date) -> dict | None:
    plan = Plan.objects.filter(zone_id=agency.zone_id).order_by("code").first()
    if plan is None:
        return None
    day = snapshot_date(scope=Scope.AGENCY, object_id=agency.id, as_of=as_of)
    if day is None:
        return {"plan": plan, "day": None}
    snaps = list(
        Snapshot.objects.filter(
            plan=plan, as_of=day, scope__in=[Scope.AGENCY, Scope.PLAN, Scope.TASK, Scope.TARGET]
        )
    )
    mine = next(s for s in snaps if s.scope == Scope.AGENCY and s.object_id == agency.id)
    plan_snap = next(s for s in snaps if s.scope == Scope.PLAN)
    plan_figures = figures_of(plan_snap)
    targets = [figures_of(s) for s in snaps if s.scope == Scope.TARGET]
    return {
        "plan": plan,
        "day": day,
        "figures": figures_of(mine),
        "tasks_by_role": _tasks_by_role(
            [figures_of(s) for s in snaps if s.scope == Scope.TASK], agency.id
        ),
        "targets": [t for t in targets if t.owner_id == agency.id],
        "ranking": plan_figures.agency_ranking,
        "dates": snapshot_dates(scope=Scope.AGENCY, object_id=agency.id),
        "charts": {
            "ranking": cached(
                plan_snap, f"ranking-{agency.id}", ranking_chart, plan_figures, agency.id, "ranking"
            )
        },
    }


def _tasks_by_role(tasks: list[TaskFigures], agency_id: int) -> dict[str, list[TaskFigures]]:
    """The agency's tasks under each role it holds on them (a task can be under two)."""
    by_role: dict[str, list[TaskFigures]] = {}
    for task in tasks:
        for assigned, role in task.assignments:
            if assigned == agency_id:
                by_role.setdefault(role, []).append(task)
    return by_role

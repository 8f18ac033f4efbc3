"""The zone page: one plan of the zone (its figures, targets and charts) and the zone's total
over its plans, read from snapshots only."""

from __future__ import annotations

import datetime

from django.utils.functional import SimpleLazyObject

from pilots.models import PilotZone, Plan
from targets.dashboards.chart import cached_all
from targets.dashboards.charts import (
    VERDICT_ORDER,
    agency_status_chart,
    section_progress_chart,
    target_verdict_chart,
    trajectory_chart,
)
from targets.dashboards.fragments import fragment_key, stamps_on
from targets.dashboards.plan_choice import zone_plan_context
from targets.figures import figures_of, verdict_labels
from targets.models import Snapshot
from targets.snapshots import snapshot_stamps_on, snapshots_stamped

Scope = Snapshot.Scope


def zone_total(*, zone: PilotZone, as_of: datetime.date) -> Snapshot | None:
    return (
        Snapshot.objects.filter(scope=Scope.ZONE, object_id=zone.id, as_of__lte=as_of)
        .order_by("-as_of")
        .first()
    )


def zone_total_since(
    *, zone: PilotZone, total: Snapshot, since: datetime.date, plans: list[Plan]
) -> dict:
    """The zone's total (``total``) and each plan's row in it (with the plan, of ``plans``),
    each beside the same as of ``since`` (the zone's latest snapshot on or before it, as the
    overview's row of changes compares it; None where the zone or that plan had none)."""
    before = zone_total(zone=zone, as_of=since)
    was = figures_of(before) if before else None
    rows_before = {row.plan_id: row for row in was.plans} if was else {}
    by_id = {plan.pk: plan for plan in plans}
    return {
        "day": before.as_of if before else None,
        "total": was,
        "plans": [(row, rows_before.get(row.plan_id), by_id.get(row.plan_id))
                  for row in figures_of(total).plans],
    }  # fmt: skip


def zone_page(*, zone: PilotZone, as_of: datetime.date, plan_code: str | None = None) -> dict:
    """One plan of the zone (``plan_code``, else its latest started) and the zone's total."""
    context = zone_plan_context(zone, as_of, plan_code)
    if context.get("day") is None:
        return context
    plans, plan, day = context["plans"], context["plan"], context["day"]
    # What the page shows of the plan is read only when its part is not cached (``fragment``):
    # the key names the rows it is drawn from, read without their figures.
    read = snapshot_stamps_on(plan_id=plan.id, day=day, scopes=[*ZONE_SCOPES, Scope.TASK])
    stamps = [row for row in read if row[1] in ZONE_SCOPES]
    snaps = SimpleLazyObject(lambda: snapshots_stamped(stamps, day))
    plan_snap = SimpleLazyObject(lambda: next(s for s in snaps if s.scope == Scope.PLAN))
    targets = SimpleLazyObject(
        lambda: sorted((s for s in snaps if s.scope == Scope.TARGET), key=lambda s: s.object_id)
    )
    figures = SimpleLazyObject(lambda: figures_of(plan_snap))
    total = zone_total(zone=zone, as_of=as_of) if len(plans) > 1 else None
    return {
        **context,
        "figures": figures,
        "zone_snapshot": total,
        "zone_figures": figures_of(total) if total else None,
        "verdicts": SimpleLazyObject(lambda: labelled_verdicts(figures.targets_by_verdict)),
        "targets": SimpleLazyObject(
            lambda: [
                {"object_id": t.object_id, "light": t.light, "figures": figures_of(t)}
                for t in targets
            ]
        ),
        "fragment": fragment_key("zone", *stamps_on(stamps, day)),
        # The rows the changes since a date compare on the day (targets/briefings/changes.py).
        "read_on": (day, read),
        "computed_at": next(at for _, scope, _, at in stamps if scope == Scope.PLAN),
        "charts": SimpleLazyObject(lambda: _zone_charts(plan_snap, figures, targets, plan.code)),
    }


def _zone_charts(plan_snap: Snapshot, figures, targets: list[Snapshot], code: str) -> dict:
    """The zone page's charts, read from the cache in one round trip (built where missing),
    their downloads named after the plan."""
    charts = cached_all(
        [
            (plan_snap, "verdicts", target_verdict_chart, figures, "verdicts"),
            (plan_snap, "sections", section_progress_chart, figures, "sections"),
            (plan_snap, "agency-status", agency_status_chart, figures, "agencies"),
            *((t, "trajectory", trajectory_chart, t) for t in targets),
        ]
    )
    verdicts, sections, agency_status, *trajectories = [c.of_plan(code) for c in charts]
    return {"verdicts": verdicts, "sections": sections, "agency_status": agency_status,
            "trajectories": trajectories}  # fmt: skip


ZONE_SCOPES = [Scope.PLAN, Scope.TARGET]


def labelled_verdicts(counts: dict) -> list[dict]:
    labels = verdict_labels()
    return [
        {"verdict": v, "label": labels[v], "count": counts[v]}
        for v in VERDICT_ORDER
        if counts.get(v)
    ]

"""A zone's figures over every plan it has: the plan being rolled up with its fresh figures, the
zone's other plans from their latest snapshots, each plan judged at its end once it has ended
(its snapshot of the day it is judged on, computed when no rollup ran on that day: the figures
of its last day are not its final verdict). Whichever plan is rolled up last, the zone's
snapshot of a date counts all of them."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable

from django.db.models import OuterRef, QuerySet, Subquery

from pilots.models import Plan
from pilots.prepared import Prepared, among
from targets.figures import FIGURES_BY_SCOPE, PlanFigures, ZoneFigures, ZonePlanRow, figures_of
from targets.models import Snapshot
from targets.plan_dates import judged_on, plan_ended
from targets.verdicts import Verdict

Scope = Snapshot.Scope


def zone_totals(
    *,
    plans: list[Plan],
    as_of: datetime.date,
    figures: dict[int, PlanFigures],
    in_order: bool,
    judge: Callable[[list[tuple[Plan, datetime.date]]], dict[int, PlanFigures]],
    zone_plans: list[Plan] | None = None,
    plan_rows: dict[int, tuple[datetime.date, dict]] | None = None,
) -> dict[int, ZoneFigures]:
    """Each plan's zone figures as of the date, with ``figures`` as the plans' fresh ones, for
    many plans at once (a fixed handful of queries). ``in_order``: the plans are written one
    after another in the list's order, so a plan counts the fresh figures of those before it in
    its zone, as its rollup alone would read them back once written. ``judge``: ended plans'
    figures on the days they are judged on (plan id → figures), for those that have no
    snapshot of that day, all at once (computed, not kept: the nightly backfill keeps them).
    ``zone_plans`` and ``plan_rows``: the zones' plans and each one's latest plan row up to the
    day it is judged on (its date and figures), when the caller read them already
    (``plan_rows`` for each of ``zone_plans`` that has one)."""
    if zone_plans is None:
        zone_plans = _plans_of_zones(list({plan.zone_id for plan in plans}), as_of.year)
    in_zone: dict[int, list[Plan]] = defaultdict(list)
    for other in zone_plans:
        in_zone[other.zone_id].append(other)
    position = {plan.pk: i for i, plan in enumerate(plans)}

    def fresh(plan: Plan, other: Plan, day: datetime.date) -> bool:
        if day != as_of:
            return False
        return other.pk == plan.pk or (
            in_order and position.get(other.pk, len(plans)) < position[plan.pk]
        )

    read = {
        other.pk: judged_on(other, as_of)
        for plan in plans
        for other in in_zone[plan.zone_id]
        if not fresh(plan, other, judged_on(other, as_of))
    }
    if plan_rows is None:
        stored = _latest_plan_figures(read)
    else:
        stored = {
            plan_id: (row[0], FIGURES_BY_SCOPE[Scope.PLAN].model_validate(row[1]))
            for plan_id in read
            if (row := plan_rows.get(plan_id))
        }
    by_pk = {other.pk: other for plan in plans for other in in_zone[plan.zone_id]}
    unjudged = [
        (by_pk[pk], day)
        for pk, day in read.items()
        if plan_ended(by_pk[pk], day) and ((found := stored.get(pk)) is None or found[0] != day)
    ]
    if unjudged:
        judged = judge(unjudged)
        for plan, day in unjudged:
            stored[plan.pk] = (day, judged[plan.pk])
    totals = {}
    for plan in plans:
        rows = []
        for other in in_zone[plan.zone_id]:
            day = judged_on(other, as_of)
            if fresh(plan, other, day):
                rows.append(_row(other, day, figures[other.pk]))
            elif found := stored.get(other.pk):
                rows.append(_row(other, *found))
            elif other.pk == plan.pk:
                rows.append(_row(other, as_of, figures[plan.pk]))
        if not any(row.plan_id == plan.pk for row, _f in rows):  # rolled up before its period
            rows.append(_row(plan, as_of, figures[plan.pk]))
        totals[plan.pk] = _combined(plan, rows)
    return totals


def _latest_plan_figures(
    days: dict[int, datetime.date],
) -> dict[int, tuple[datetime.date, PlanFigures]]:
    """Each plan's latest snapshot up to its day: one query per distinct day."""
    by_day = defaultdict(list)
    for plan_id, day in days.items():
        by_day[day].append(plan_id)
    found = {}
    for day, plan_ids in by_day.items():
        for snapshot in _plan_rows_latest(plan_ids, day):
            found[snapshot.object_id] = (snapshot.as_of, figures_of(snapshot))
    return found


@Prepared
def _plans_of_zones(zone_ids: list[int], year: int) -> QuerySet:
    return Plan.objects.filter(among("zone_id", zone_ids), period_start__lte=year).order_by(
        *ZONE_PLANS_ORDER
    )


ZONE_PLANS_ORDER = ["zone_id", "period_start", "code"]


@Prepared
def _plan_rows_latest(plan_ids: list[int], day: datetime.date) -> QuerySet:
    latest = Snapshot.objects.filter(
        scope=Scope.PLAN, object_id=OuterRef("object_id"), as_of__lte=day
    ).order_by("-as_of")
    return Snapshot.objects.filter(
        among("object_id", plan_ids), scope=Scope.PLAN, as_of=Subquery(latest.values("as_of")[:1])
    ).order_by()


def _row(plan: Plan, day: datetime.date, f: PlanFigures) -> tuple[ZonePlanRow, PlanFigures]:
    row = ZonePlanRow(
        plan_id=plan.pk,
        code=plan.code,
        judged_on=day.isoformat(),
        ended=plan_ended(plan, day),
        progress=f.progress,
        tasks=f.tasks,
        completed=f.completed,
        targets=f.targets,
        targets_by_verdict=f.targets_by_verdict,
        red_tasks=len(f.red_tasks),
        red_targets=len(f.red_targets),
        stale=f.stale,
    )
    return row, f


def _combined(plan: Plan, rows: list[tuple[ZonePlanRow, PlanFigures]]) -> ZoneFigures:
    all_figures = [f for _row, f in rows]
    tasks = sum(f.tasks for f in all_figures)
    targets = sum(f.targets for f in all_figures)
    verdicts: dict[str, int] = {}
    for f in all_figures:
        for verdict, count in f.targets_by_verdict.items():
            verdicts[verdict] = verdicts.get(verdict, 0) + count
    on_course = sum(verdicts.get(v, 0) for v in Verdict.GREEN)
    red_tasks = sum(len(f.red_tasks) for f in all_figures)
    stale = sum(f.stale for f in all_figures)
    latest = rows[-1][0]
    return ZoneFigures(
        plan_id=latest.plan_id,
        plan_code=latest.code,
        plans=[row for row, _f in rows],
        level=plan.zone.level,
        progress=round(sum(f.progress * f.tasks for f in all_figures) / (tasks or 1), 1),
        tasks=tasks,
        completed=sum(f.completed for f in all_figures),
        targets=targets,
        targets_by_verdict=verdicts,
        red_tasks=red_tasks,
        red_targets=sum(len(f.red_targets) for f in all_figures),
        stale=stale,
        share_completed=round(sum(f.completed for f in all_figures) / (tasks or 1), 3),
        share_stale=round(stale / (tasks or 1), 3),
        share_red_tasks=round(red_tasks / (tasks or 1), 3),
        share_targets_on_course=round(on_course / (targets or 1), 3),
    )

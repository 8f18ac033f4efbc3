"""A zone's figures over every plan it has: the plan being rolled up with its fresh figures, the
zone's other plans from their latest snapshots, each plan judged at its end once it has ended.
Whichever plan is rolled up last, the zone's snapshot of a date counts all of them."""

from __future__ import annotations

import datetime

from pilots.models import Plan
from targets.figures import PlanFigures, ZoneFigures, ZonePlanRow, figures_of
from targets.models import Snapshot
from targets.plan_dates import judged_on, plan_ended
from targets.verdicts import Verdict

Scope = Snapshot.Scope


def zone_total(*, plan: Plan, as_of: datetime.date, figures: PlanFigures) -> ZoneFigures:
    """The zone's figures as of the date, with ``figures`` as the rolled-up plan's."""
    rows = []
    for other in Plan.objects.filter(zone=plan.zone_id, period_start__lte=as_of.year).order_by(
        "period_start", "code"
    ):
        day = judged_on(other, as_of)
        if other.pk == plan.pk and day == as_of:
            rows.append(_row(other, day, figures))
        elif found := _plan_figures(other, day):
            rows.append(_row(other, *found))
        elif other.pk == plan.pk:
            rows.append(_row(other, as_of, figures))
    if not any(row.plan_id == plan.pk for row, _f in rows):  # rolled up before its period
        rows.append(_row(plan, as_of, figures))
    return _combined(plan, rows)


def _plan_figures(plan: Plan, day: datetime.date) -> tuple[datetime.date, PlanFigures] | None:
    snapshot = (
        Snapshot.objects.filter(scope=Scope.PLAN, object_id=plan.pk, as_of__lte=day)
        .order_by("-as_of")
        .first()
    )
    return (snapshot.as_of, figures_of(snapshot)) if snapshot else None


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

"""Each target's verdict as of a date (targets/verdicts.py) and the figures its pages show."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Prefetch

from pilots.models import Plan
from targets import verdicts
from targets.figures import Contribution, Reason, TargetFigures
from targets.models import Observation, Snapshot, Target
from targets.verdicts import Assessment, Point, Verdict

GREEN, YELLOW, RED = Snapshot.Light.GREEN, Snapshot.Light.YELLOW, Snapshot.Light.RED


@dataclass
class AssessedTarget:
    target: Target
    assessment: Assessment
    light: str
    figures: TargetFigures


def target_assessments(*, plan: Plan, as_of: datetime.date) -> list[AssessedTarget]:
    targets = list(
        Target.objects.filter(plan=plan, archived_at__isnull=True)
        .select_related("owner")
        .order_by("order")
    )
    points = _points_by_target(targets, as_of)
    contributions = _contributions_by_target(targets, as_of)
    return [
        _assessed(target, plan, as_of, points[target.id], contributions[target.id])
        for target in targets
    ]


def _points_by_target(targets: list[Target], as_of: datetime.date) -> dict[int, list[Point]]:
    points = defaultdict(list)
    for o in (
        Observation.objects.filter(target__in=targets, as_of__lte=as_of)
        .order_by()
        .values("target_id", "as_of", "value")
    ):
        points[o["target_id"]].append(Point(o["as_of"], float(o["value"])))
    return points


def _contributions_by_target(
    targets: list[Target], as_of: datetime.date
) -> dict[int, list[Contribution]]:
    """Lower zones' targets that add to these, each with its latest figure as of the date."""
    contributions = defaultdict(list)
    for c in (
        Target.objects.filter(contributes_to__in=targets, archived_at__isnull=True)
        .select_related("plan__zone")
        .prefetch_related(Prefetch("observations", queryset=Observation.objects.order_by()))
        .order_by("plan__zone__slug", "plan__code", "order")
    ):
        latest = max(
            (o for o in c.observations.all() if o.as_of <= as_of), key=lambda o: o.as_of,
            default=None,
        )  # fmt: skip
        contributions[c.contributes_to_id].append(
            Contribution(
                zone=c.plan.zone.name,
                plan=c.plan.code,
                target_id=c.id,
                metric=c.metric,
                value=float(latest.value) if latest else None,
                as_of=latest.as_of.isoformat() if latest else None,
            )
        )
    return contributions


def target_light(verdict: str) -> str:
    if verdict in Verdict.GREEN:
        return GREEN
    return RED if verdict in Verdict.RED else YELLOW


def _assessed(target, plan, as_of, points, contributions) -> AssessedTarget:
    spec = verdicts.spec_of(target, plan)
    frozen = target.final_verdict
    if frozen and frozen.get("decided_on", "9999") > as_of.isoformat():
        frozen = None  # looking back before the verdict was decided
    series = sorted(points, key=lambda p: p.as_of)
    assessment = verdicts.assess(spec, series, as_of, frozen=frozen)
    light = target_light(assessment.verdict)
    reasons = [] if light == GREEN else [Reason(code=assessment.verdict, ratio=assessment.ratio)]
    figures = TargetFigures(
        **assessment.as_dict(),
        code=target.code,
        metric=target.metric,
        unit=target.unit,
        comparator=target.comparator,
        goal=float(target.value),
        goal_max=spec.value_max,
        deadline_year=target.deadline_year,
        per_year=target.per_year,
        aggregation=target.aggregation,
        source_phrase=target.source_phrase,
        owner=target.owner.name if target.owner else None,
        owner_id=target.owner_id,
        observations=[(p.as_of.isoformat(), p.value) for p in series],
        required_path=[(d.isoformat(), v) for d, v in verdicts.required_path(spec, series)],
        contributions=contributions,
        reasons=reasons,
    )
    return AssessedTarget(target=target, assessment=assessment, light=light, figures=figures)

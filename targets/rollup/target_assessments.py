"""Each target's verdict as of a date (targets/verdicts.py) and the figures its pages show."""

from __future__ import annotations

import datetime
import operator
import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, replace

from django.db import connection
from django.db.models import Exists, JSONField, OuterRef, QuerySet, Subquery
from django.db.models.expressions import RawSQL
from django.utils import timezone
from pydantic_core import to_json

from pilots.models import Plan
from pilots.prepared import Prepared, among, models_from_json
from targets import verdicts
from targets.figures import Contribution, CorrectionNote, DecisionNote, Reason, TargetFigures
from targets.models import Observation, ObservationCorrection, Snapshot, Target, VerdictDecision
from targets.plan_dates import judged_on, plan_ended
from targets.snapshot_compare import snapshot_digest
from targets.verdicts import Assessment, Point, Verdict

Scope = Snapshot.Scope
GREEN, YELLOW, RED = Snapshot.Light.GREEN, Snapshot.Light.YELLOW, Snapshot.Light.RED


@dataclass
class AssessedTarget:
    target: Target
    assessment: Assessment
    light: str
    figures: TargetFigures
    # A decision (or re-decision) this run makes, for the writer to append; with the id of the
    # latest decision it read, so a concurrent run's decision is not overwritten.
    decision: VerdictDecision | None = None
    prior_decision_id: int | None = None
    # The figures as stored and their digest, when known already (``_Remembered``).
    dumped: dict | None = None
    digest: str = ""


@dataclass
class TargetHistory:
    """What a target's card shows beside its verdict: its decisions and its corrections."""

    decisions: list[VerdictDecision]
    corrections: list[ObservationCorrection]


def target_assessments_by_plan(
    *, plans: list[Plan], as_of: datetime.date
) -> dict[int, list[AssessedTarget]]:
    """Each target's verdict and figures as of the date, for many plans at once (a fixed
    handful of queries); the verdicts in Python, by targets/verdicts.py, the one truth for them."""
    by_id = {plan.id: plan for plan in plans}
    # On its judgement day an ended plan's targets are judged as of their latest decision,
    # which may rest on figures dated after that day (met late, in the year after the plan):
    # their figures are read whatever their date, and each target counts those dated by the day
    # it is judged as of (_assessed).
    judged_today = any(
        judged_on(plan, as_of) == as_of and plan_ended(plan, as_of) for plan in plans
    )
    figures_until = datetime.date.max if judged_today else as_of
    targets = _targets_of(list(by_id), as_of, figures_until)
    target_ids = [target.id for target in targets]
    corrected = [t.id for t in targets if t.corrected]
    if connection.vendor == "postgresql":  # read with the targets (_OBSERVED_SQL, …)
        points = {target.id: _points(target.observed or ()) for target in targets}
        contributions = {t.id: _contributions(t.contributing or ()) for t in targets}
        history = _history_by_target([], corrected)
        for t in targets:
            history[t.id].decisions = models_from_json(
                VerdictDecision, t.decisions_read or (), _DECISION_FIELDS
            )
    else:
        points = _points_by_target(target_ids, figures_until)
        contributions = _contributions_by_target(target_ids, as_of)
        history = _history_by_target([t.id for t in targets if t.decided], corrected)
    assessed: dict[int, list[AssessedTarget]] = {plan_id: [] for plan_id in by_id}
    for target in targets:
        plan, key = by_id[target.plan_id], target.id
        assessed[plan.id].append(
            _assessed_once(target, plan, as_of, points[key], contributions[key], history[key])
        )
    return assessed


@Prepared
def _targets_of(
    plan_ids: list[int], as_of: datetime.date, figures_until: datetime.date
) -> QuerySet:
    targets = Target.objects.filter(among("plan_id", plan_ids), archived_at__isnull=True)
    if connection.vendor == "postgresql":
        targets = targets.annotate(
            observed=RawSQL(_OBSERVED_SQL, (figures_until,), output_field=JSONField()),
            contributing=RawSQL(_CONTRIBUTING_SQL, (as_of,), output_field=JSONField()),
            decisions_read=RawSQL(_DECISIONS_SQL, (), output_field=JSONField()),
        )
    # Whether a target has decisions (elsewhere; on PostgreSQL they come with it), corrections:
    # most have neither (a correction is rare), and their reads are then left out.
    else:
        targets = targets.annotate(
            decided=Exists(VerdictDecision.objects.filter(target=OuterRef("pk")))
        )
    targets = targets.annotate(
        corrected=Exists(ObservationCorrection.objects.filter(target=OuterRef("pk")))
    )
    return targets.select_related("owner").order_by("plan_id", "order")


# On PostgreSQL each target's figures up to the date, and the lower zones' targets that add to
# it (as _contribution_rows reads them), come with it as JSON (text, which the field parses):
# two round trips fewer.
_OBSERVED_SQL = (
    "SELECT json_agg(json_build_array(o.as_of, o.value) ORDER BY o.as_of, o.id)::text"
    " FROM targets_observation o WHERE o.target_id = targets_target.id AND o.as_of <= %s"
)
_CONTRIBUTING_SQL = (
    "SELECT json_agg(json_build_array(z.name, p.code, c.id, c.metric, o.value, o.as_of)"
    ' ORDER BY z.slug, p.code, c."order", c.id)::text'
    " FROM targets_target c JOIN pilots_plan p ON p.id = c.plan_id"
    " JOIN pilots_pilotzone z ON z.id = p.zone_id"
    " LEFT JOIN LATERAL (SELECT o.value, o.as_of FROM targets_observation o"
    "  WHERE o.target_id = c.id AND o.as_of <= %s ORDER BY o.as_of DESC LIMIT 1) o ON true"
    " WHERE c.contributes_to_id = targets_target.id AND c.archived_at IS NULL"
)


# And its decisions, in the order _decisions_of reads them: a target past its deadline has
# some, and their read was a round trip of its own, a tenth of an incremental rollup's.
_DECISIONS_SQL = (
    "SELECT json_agg(json_build_array(d.id, d.target_id, d.kind, d.verdict, d.value,"
    " d.decided_on, d.recorded_at, d.supersedes_id, d.cause) ORDER BY d.id)::text"
    " FROM targets_verdictdecision d WHERE d.target_id = targets_target.id"
)
_DECISION_FIELDS = [
    VerdictDecision._meta.get_field(name)
    for name in ("id", "target", "kind", "verdict", "value", "decided_on", "recorded_at",
                 "supersedes", "cause")
]  # fmt: skip


def _points(observed) -> list[tuple[datetime.date, float]]:
    return [(datetime.date.fromisoformat(day), float(value)) for day, value in observed]


def _contributions(contributing) -> list[Contribution]:
    return [
        Contribution(
            zone=zone, plan=plan, target_id=target_id, metric=metric,
            value=float(value) if value is not None else None, as_of=day,
        )
        for zone, plan, target_id, metric, value, day in contributing
    ]  # fmt: skip


class _Remembered:
    """Targets' verdicts and figures by everything they are computed from, the latest
    ``SIZE`` of them in this process. A rollup follows a save (a task's status, most often)
    that seldom changes a target's inputs: their verdicts and figures, a third of an
    incremental rollup's Python, are then taken as computed before. Not a decision: a run that
    decides a verdict computes it afresh (its decision is new, recorded and written)."""

    SIZE = 256  # some 30 KB each (a target with the benchmark's 70 figures)

    def __init__(self):
        self.found: OrderedDict[tuple, AssessedTarget] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: tuple):
        with self.lock:
            found = self.found.get(key)
            if found is not None:
                self.found.move_to_end(key)
            return found

    def clear(self) -> None:
        with self.lock:
            self.found.clear()

    def put(self, key: tuple, value: AssessedTarget) -> None:
        with self.lock:
            self.found[key] = value
            if len(self.found) > self.SIZE:
                self.found.popitem(last=False)


_remembered = _Remembered()
# A target's fields as a tuple; its JSON fields (not hashable) apart, as their JSON.
_target_fields = operator.attrgetter(*(
    f.attname for f in Target._meta.concrete_fields if not isinstance(f, JSONField)
))  # fmt: skip
_TARGET_JSON = [f.attname for f in Target._meta.concrete_fields if isinstance(f, JSONField)]


def _assessed_once(target, plan, as_of, points, contributions, history) -> AssessedTarget:
    """``_assessed``, or what it gave before for the same inputs (``_Remembered``)."""
    key = _inputs(target, plan, as_of, points, contributions, history)
    found = _remembered.get(key)
    if found is None:
        assessed = _assessed(target, plan, as_of, points, contributions, history)
        if assessed.decision is None:
            assessed.dumped = assessed.figures.dump()
            assessed.digest = snapshot_digest(Scope.TARGET, assessed.dumped, assessed.light)
            _remembered.put(key, assessed)
            return replace(assessed, dumped=dict(assessed.dumped))
        return assessed
    # The same but for the target read now (its final verdict may have moved).
    return replace(found, target=target, dumped=dict(found.dumped))


def _inputs(target, plan, as_of, points, contributions, history) -> tuple:
    """Everything ``_assessed`` reads, as one hashable value: the target's fields (JSON ones
    as their JSON), its owner's name, the plan's period, the date, the figures, the lower
    zones' contributions, its decisions and corrections (both append-only: their ids, and the
    name of who corrected), and the time zone its dates are told in."""
    return (
        _target_fields(target), tuple(to_json(getattr(target, name)) for name in _TARGET_JSON),
        target.owner.name if target.owner else None, plan.period_start,
        plan.period_end, as_of, tuple(points),
        tuple(tuple(vars(c).values()) for c in contributions),
        tuple(d.pk for d in history.decisions),
        tuple((c.pk, _corrector(c)) for c in history.corrections),
        timezone.get_current_timezone_name(),
    )  # fmt: skip


def _corrector(c: ObservationCorrection) -> str:
    by = c.corrected_by
    return (by.get_full_name() or by.get_username()) if by else ""


def _history_by_target(decided: list[int], corrected: list[int]) -> dict[int, TargetHistory]:
    """The decisions of the targets in ``decided``, the corrections of those in ``corrected``
    (no read for an empty list)."""
    history = defaultdict(lambda: TargetHistory([], []))
    for d in _decisions_of(decided) if decided else ():
        history[d.target_id].decisions.append(d)
    for c in _corrections_of(corrected) if corrected else ():
        history[c.target_id].corrections.append(c)
    return history


@Prepared
def _decisions_of(target_ids: list[int]) -> QuerySet:
    return VerdictDecision.objects.filter(among("target_id", target_ids)).order_by("pk")


@Prepared
def _corrections_of(target_ids: list[int]) -> QuerySet:
    return (
        ObservationCorrection.objects.filter(among("target_id", target_ids))
        .select_related("corrected_by")
        .order_by("corrected_at", "pk")
    )


def _points_by_target(
    target_ids: list[int], as_of: datetime.date
) -> dict[int, list[tuple[datetime.date, float]]]:
    """Each target's figures as (date, value): made ``Point``s only when judged afresh."""
    points = defaultdict(list)
    for target_id, day, value in _observation_rows(target_ids, as_of):
        points[target_id].append((day, float(value)))
    return points


@Prepared
def _observation_rows(target_ids: list[int], as_of: datetime.date) -> QuerySet:
    return (
        Observation.objects.filter(among("target_id", target_ids), as_of__lte=as_of)
        .order_by()
        .values_list("target_id", "as_of", "value")
    )


def _contributions_by_target(
    target_ids: list[int], as_of: datetime.date
) -> dict[int, list[Contribution]]:
    """Lower zones' targets that add to these, each with its latest figure as of the date (one
    probe of its figures per target, not its whole history)."""
    contributions = defaultdict(list)
    for c in _contribution_rows(target_ids, as_of):
        value, day = c["latest_value"], c["latest_as_of"]
        contributions[c["contributes_to_id"]].append(
            Contribution(
                zone=c["plan__zone__name"],
                plan=c["plan__code"],
                target_id=c["id"],
                metric=c["metric"],
                value=float(value) if value is not None else None,
                as_of=day.isoformat() if day else None,
            )
        )
    return contributions


@Prepared
def _contribution_rows(target_ids: list[int], as_of: datetime.date) -> QuerySet:
    latest = Observation.objects.filter(target=OuterRef("pk"), as_of__lte=as_of).order_by("-as_of")
    return (
        Target.objects.filter(among("contributes_to_id", target_ids), archived_at__isnull=True)
        .annotate(
            latest_value=Subquery(latest.values("value")[:1]),
            latest_as_of=Subquery(latest.values("as_of")[:1]),
        )
        .values("id", "contributes_to_id", "metric", "plan__code", "plan__zone__name",
                "latest_value", "latest_as_of")
        .order_by("plan__zone__slug", "plan__code", "order")
    )  # fmt: skip


def target_light(verdict: str) -> str:
    if verdict in Verdict.GREEN:
        return GREEN
    return RED if verdict in Verdict.RED else YELLOW


def _assessed(target, plan, as_of, points, contributions, history) -> AssessedTarget:
    spec = verdicts.spec_of(target, plan)
    series = sorted((Point(day, value) for day, value in points), key=lambda p: p.as_of)
    prior = history.decisions[-1] if history.decisions else None
    prior_on = prior.decided_on if prior and prior.kind != VerdictDecision.Kind.REOPENED else None
    # An ended plan's judgement day is how it stands now: every decision so far is its history,
    # and a verdict decided since its end (late statistics, the grace for them over) is its
    # verdict.
    judgement_day = plan_ended(plan, as_of) and judged_on(plan, as_of) == as_of
    judge_on = max(as_of, prior_on) if judgement_day and prior_on else as_of
    series = [p for p in series if p.as_of <= judge_on]
    assessment, decided_on = verdicts.judged(spec, series, judge_on, prior_on)
    decision = _decision_new(target, prior, assessment, decided_on, as_of, history.corrections)
    decisions = [d for d in history.decisions if judgement_day or d.decided_on <= as_of]
    if decision is not None:
        decisions.append(decision)
    light = target_light(assessment.verdict)
    reasons = [] if light == GREEN else [Reason(code=assessment.verdict, ratio=assessment.ratio)]
    figures = TargetFigures(
        **assessment.as_dict(),
        code=target.code,
        metric=target.metric,
        metric_en=target.metric_en,
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
        decided_on=decided_on.isoformat() if decided_on else None,
        decisions=[_decision_note(d) for d in decisions],
        corrections=[_correction_note(c) for c in history.corrections if c.as_of <= as_of],
    )
    return AssessedTarget(
        target=target, assessment=assessment, light=light, figures=figures,
        decision=decision, prior_decision_id=prior.pk if prior else None,
    )  # fmt: skip


def _same(decision: VerdictDecision, assessment: Assessment) -> bool:
    if decision.verdict != assessment.verdict:
        return False
    a, b = decision.value, assessment.value
    return (a is None and b is None) or (
        a is not None and b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(a))
    )


def _decision_new(target, prior, assessment, decided_on, as_of, corrections):
    """The decision this run makes, if any: the first one once the verdict is final; a
    re-decision when a decided verdict, judged again on today's figures, came out otherwise;
    a reopening when those figures no longer decide it. Looking back before the latest
    decision changes nothing."""
    Kind = VerdictDecision.Kind
    if prior is not None and prior.decided_on > as_of:
        return None
    if prior is None or prior.kind == Kind.REOPENED:
        if decided_on is None:
            return None
        kind = Kind.DECIDED if prior is None else Kind.REDECIDED
    elif decided_on is None:
        kind = Kind.REOPENED
    elif _same(prior, assessment):
        return None
    else:
        kind = Kind.REDECIDED
    cause = [] if prior is None else _cause(prior, corrections)
    return VerdictDecision(
        target=target, kind=kind, verdict=assessment.verdict, value=assessment.value,
        decided_on=decided_on or prior.decided_on, recorded_at=timezone.now(),
        supersedes=prior, cause=cause,
    )  # fmt: skip


def _cause(prior: VerdictDecision, corrections: list[ObservationCorrection]) -> list[dict]:
    """The corrections since the prior decision of figures it rested on."""
    return [
        _correction_note(c).dump()
        for c in corrections
        if c.corrected_at > prior.recorded_at and c.as_of <= prior.decided_on
    ]


def _correction_note(c: ObservationCorrection) -> CorrectionNote:
    return CorrectionNote(
        as_of=c.as_of.isoformat(),
        before=float(c.previous_value),
        after=float(c.value),
        reason=c.reason,
        by=_corrector(c),
        on=timezone.localdate(c.corrected_at).isoformat(),
    )


def _decision_note(d: VerdictDecision) -> DecisionNote:
    return DecisionNote(
        kind=d.kind,
        verdict=d.verdict,
        value=d.value,
        decided_on=d.decided_on.isoformat(),
        recorded_on=timezone.localdate(d.recorded_at).isoformat(),
        cause=[CorrectionNote.model_validate(c) for c in d.cause],
    )

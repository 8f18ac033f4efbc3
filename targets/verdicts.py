"""Target verdicts: how far a numeric target has come and whether it is on course.

The method, in words (also on the help page):

1. **Value so far.** A *stock* target (a level: enterprises in existence, the industry's annual
   scale) counts its latest reported figure. A *flow* target (additions) adds up the figures
   reported within the plan period. A *per-year* target (每年) is judged year by year on the
   figures of each calendar year.
2. **Met or not,** by the comparator as the plan words it: 以上/不少于 (≥) needs at least the
   value; 超过 (>) needs more than it; 达到 or no qualifier (=) is met once the value is reached;
   左右 (≈) is met within ``APPROX_TOLERANCE`` below the value; a range a–b is met from a (a value
   above b is flagged as above the range, not as failure); ≤ / < the other way round.
3. **On course?** (Open SDG's method, after Statistics Canada.) The ratio of the observed growth
   rate to the growth rate required to reach the target by its deadline, both compound annual
   rates from the base (the stated baseline, or else the first observation):
   ≥ 0.95 on track · 0.60–0.95 needs acceleration · 0–0.60 limited progress · < 0 deterioration.
   When the base is zero or there are fewer than two figures, the straight-line path from the base
   (zero at the start of the plan period when the plan gives none) to the target at its deadline
   is used instead: ratio = progress made ÷ progress expected by now, same thresholds.
4. **Projection:** the value at the deadline if the current pace continues.
5. **After the deadline** (for a target with figures; one never reported stays "no data"):
   "awaiting figures" until the deadline year's figure arrives
   (statistics come months late; at most ``GRACE_DAYS``); "achieved on time" if a figure dated by
   the deadline meets the target; "achieved late" if only a later one does; "missed" if the
   deadline year's figure falls short (final once the grace period ends). A decided verdict
   stands: it is judged as of the day it was decided, on the figures dated by then, so a figure
   reported later does not reopen it — but a correction of a figure it rested on decides it
   again (and the earlier decision stays on record, targets.models.VerdictDecision).
6. **Why.** A verdict after the deadline carries why it is what it is (``Why``): the figure it
   rests on, as it stood at the deadline (``deadline_value``, dated ``deadline_value_on``; a
   per-year target's is the deadline year's own figure, none if that year was not reported), or
   the later figure that met the target (``value``, ``value_on``: achieved late), or that the
   deadline year's figure never came within the grace period. ``value_on`` dates every value.

"At the deadline", as the final evaluation shows it (targets/briefings/evaluation.py), is the
target as judged for its deadline: the figure as it stood on 31 December of the deadline year
(``deadline_value``) and the verdict decided on it. The decision is made by the first rollup
after the deadline that can make it (at once when the deadline year's figure is in, else when it
arrives or the grace ends); until then the verdict is the one of the day the plan is judged on
(targets/plan_dates.py: "awaiting figures", or "missed" while the grace runs). It is not the
trajectory verdict ("on track" …) of 31 December, which only said where the target was heading
the day before it was judged.
"""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass, field

# Thresholds of the on-track ratio (Open SDG / Statistics Canada).
ON_TRACK = 0.95
NEEDS_ACCELERATION = 0.60
LIMITED_PROGRESS = 0.0
# 左右: within 10% below the stated value counts as reaching it.
APPROX_TOLERANCE = 0.10
# How long after the deadline year ends its figures may still arrive.
GRACE_DAYS = 365


class Why:
    """Why a verdict after the deadline is what it is."""

    MET_BY_DEADLINE = "met_by_deadline"  # the figure at the deadline meets the target
    MET_LATE = "met_late"  # only a later figure (``value`` on ``value_on``) meets it
    SHORT_AT_DEADLINE = "short_at_deadline"  # the deadline year's figure falls short
    NOT_REPORTED = "not_reported"  # no figure for the deadline year within the grace period
    AWAITING = "awaiting"  # the deadline year's figure is not in yet; the grace runs on


class Verdict:
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    NEEDS_ACCELERATION = "needs_acceleration"
    LIMITED_PROGRESS = "limited_progress"
    DETERIORATION = "deterioration"
    NO_DATA = "no_data"
    AWAITING_FIGURES = "awaiting_figures"
    ACHIEVED_ON_TIME = "achieved_on_time"
    ACHIEVED_LATE = "achieved_late"
    MISSED = "missed"

    FINAL = {ACHIEVED_ON_TIME, ACHIEVED_LATE, MISSED}
    GREEN = {ACHIEVED, ON_TRACK, ACHIEVED_ON_TIME, ACHIEVED_LATE}
    RED = {LIMITED_PROGRESS, DETERIORATION, MISSED}


@dataclass(frozen=True)
class TargetSpec:
    comparator: str
    value: float
    deadline_year: int
    period_start: int
    value_max: float | None = None
    per_year: bool = False
    aggregation: str = "stock"
    baseline: float | None = None
    baseline_year: int | None = None


@dataclass(frozen=True)
class Point:
    as_of: datetime.date
    value: float


@dataclass
class Assessment:
    verdict: str
    value: float | None = None
    ratio: float | None = None
    method: str = ""
    projection: float | None = None
    final: bool = False
    above_range: bool = False
    years: dict[int, dict] = field(default_factory=dict)
    value_on: str | None = None  # ISO date of the (latest) figure ``value`` counts
    why: str = ""  # after the deadline (``Why``)
    deadline_value: float | None = None  # the figure as it stood at the deadline
    deadline_value_on: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def _f(x) -> float | None:
    return None if x is None else float(x)


def meets(value: float, spec: TargetSpec) -> bool:
    goal = spec.value
    match spec.comparator:
        case "gte" | "eq" | "range":
            return value >= goal
        case "gt":
            return value > goal
        case "approx":
            return value >= goal * (1 - APPROX_TOLERANCE)
        case "lte":
            return value <= goal
        case "lt":
            return value < goal
    raise ValueError(f"unknown comparator {spec.comparator!r}")


def ratio_band(ratio: float) -> str:
    if ratio >= ON_TRACK:
        return Verdict.ON_TRACK
    if ratio >= NEEDS_ACCELERATION:
        return Verdict.NEEDS_ACCELERATION
    if ratio >= LIMITED_PROGRESS:
        return Verdict.LIMITED_PROGRESS
    return Verdict.DETERIORATION


def _years(a: datetime.date, b: datetime.date) -> float:
    return (b - a).days / 365.25


def year_end(year: int) -> datetime.date:
    return datetime.date(year, 12, 31)


def grace_end(deadline_year: int) -> datetime.date:
    """The last day the deadline year's figures may arrive before the verdict is final."""
    return year_end(deadline_year) + datetime.timedelta(days=GRACE_DAYS)


def _latest_on(points: list[Point], until: datetime.date) -> str | None:
    """ISO date of the latest figure dated by ``until``."""
    days = [p.as_of for p in points if p.as_of <= until]
    return max(days).isoformat() if days else None


def value_so_far(spec: TargetSpec, points: list[Point], as_of: datetime.date) -> float | None:
    """Stock: the latest figure. Flow: the sum of the figures within the plan period."""
    known = [p for p in points if p.as_of <= as_of]
    if not known:
        return None
    if spec.aggregation == "flow":
        start = datetime.date(spec.period_start, 1, 1)
        return sum(p.value for p in known if p.as_of >= start)
    return max(known, key=lambda p: p.as_of).value


def _cumulative_series(spec: TargetSpec, points: list[Point]) -> list[Point]:
    """The figures as the running value so far (flows accumulate), in date order."""
    series, running = [], 0.0
    for p in sorted(points, key=lambda p: p.as_of):
        running = running + p.value if spec.aggregation == "flow" else p.value
        series.append(Point(p.as_of, running))
    return series


def on_course(spec: TargetSpec, points: list[Point], as_of: datetime.date) -> Assessment:
    """Ratio of observed to required progress, by growth rate or by the straight-line path."""
    series = _cumulative_series(spec, [p for p in points if p.as_of <= as_of])
    if not series:
        return Assessment(Verdict.NO_DATA)
    if spec.baseline is not None:
        base = Point(year_end(spec.baseline_year or spec.period_start - 1), spec.baseline)
        latest = series[-1]
    elif len(series) >= 2:
        base, latest = series[0], series[-1]
    else:  # one figure and no baseline: the path starts from zero when the plan period starts
        base, latest = Point(datetime.date(spec.period_start, 1, 1), 0.0), series[-1]
    deadline = year_end(spec.deadline_year)
    elapsed, span = _years(base.as_of, latest.as_of), _years(base.as_of, deadline)
    if elapsed <= 0 or span <= 0:
        return Assessment(Verdict.NO_DATA, latest.value)
    to_deadline = _years(latest.as_of, deadline)

    if len(series) >= 2 and base.value > 0 and latest.value > 0 and spec.value > 0:
        observed = (latest.value / base.value) ** (1 / elapsed) - 1
        required = (spec.value / base.value) ** (1 / span) - 1
        ratio = observed / required if required else (1.0 if meets(latest.value, spec) else -1.0)
        projection = latest.value * (1 + observed) ** to_deadline
        return Assessment(ratio_band(ratio), latest.value, ratio, "growth", projection)

    expected = (spec.value - base.value) * elapsed / span
    progress = latest.value - base.value
    ratio = progress / expected if expected else (1.0 if meets(latest.value, spec) else -1.0)
    projection = latest.value + progress / elapsed * to_deadline
    return Assessment(ratio_band(ratio), latest.value, ratio, "linear", projection)


def judged(
    spec: TargetSpec, points: list[Point], as_of: datetime.date, decided_on: datetime.date | None
) -> tuple[Assessment, datetime.date | None]:
    """The verdict as of a date, and the day it was decided (None while it is open).

    A verdict decided on ``decided_on`` (on or before ``as_of``) is judged as of that day on
    today's figures dated by then: the same verdict unless a figure it rested on was corrected.
    If those figures no longer decide it, the target is judged as of the date again."""
    if decided_on is not None and decided_on <= as_of:
        at_decision = assess(spec, points, decided_on)
        if at_decision.final:
            return at_decision, decided_on
    assessment = assess(spec, points, as_of)
    return assessment, (as_of if assessment.final else None)


def assess(spec: TargetSpec, points: list[Point], as_of: datetime.date) -> Assessment:
    """The target's verdict as of a date, from the figures dated by then."""
    points = [Point(p.as_of, _f(p.value)) for p in points]
    spec_points = [p for p in points if p.as_of <= as_of]
    if spec.per_year:
        return _assess_per_year(spec, spec_points, as_of)

    value = value_so_far(spec, spec_points, as_of)
    deadline = year_end(spec.deadline_year)
    above = spec.comparator == "range" and value is not None and value > (spec.value_max or 0)
    if as_of > deadline:
        return _after_deadline(spec, spec_points, as_of, above)
    if value is None:
        return Assessment(Verdict.NO_DATA)
    value_on = _latest_on(spec_points, as_of)
    if meets(value, spec):
        return Assessment(
            Verdict.ACHIEVED, value, 1.0, "met", value, above_range=above, value_on=value_on
        )
    course = on_course(spec, spec_points, as_of)
    course.value, course.value_on = value, value_on
    return course


def _after_deadline(spec, points, as_of, above) -> Assessment:
    if not points:  # nothing was ever reported: nothing to judge, however late
        return Assessment(Verdict.NO_DATA)
    deadline = year_end(spec.deadline_year)
    by_deadline = value_so_far(spec, points, deadline)
    at_deadline = {"deadline_value": by_deadline, "deadline_value_on": _latest_on(points, deadline)}
    if by_deadline is not None and meets(by_deadline, spec):
        return Assessment(
            Verdict.ACHIEVED_ON_TIME, by_deadline, method="met", final=True,
            value_on=at_deadline["deadline_value_on"], why=Why.MET_BY_DEADLINE, **at_deadline,
        )  # fmt: skip
    later = [p for p in points if p.as_of > deadline]
    for p in sorted(later, key=lambda p: p.as_of):
        value = value_so_far(spec, points, p.as_of)
        if meets(value, spec):
            return Assessment(
                Verdict.ACHIEVED_LATE, value, method="met", final=True, above_range=above,
                value_on=p.as_of.isoformat(), why=Why.MET_LATE, **at_deadline,
            )  # fmt: skip
    has_deadline_figure = any(p.as_of.year == spec.deadline_year for p in points)
    grace_over = (as_of - deadline).days > GRACE_DAYS
    current = value_so_far(spec, points, as_of)
    now = {"value_on": _latest_on(points, as_of), **at_deadline}
    why = Why.SHORT_AT_DEADLINE if has_deadline_figure else Why.NOT_REPORTED
    if grace_over:
        return Assessment(Verdict.MISSED, current, method="deadline", final=True, why=why, **now)
    if not has_deadline_figure:
        return Assessment(
            Verdict.AWAITING_FIGURES, current, method="deadline", why=Why.AWAITING, **now
        )
    return Assessment(Verdict.MISSED, current, method="deadline", why=why, **now)


def _assess_per_year(spec: TargetSpec, points: list[Point], as_of: datetime.date) -> Assessment:
    """Each calendar year on its own figures; the latest year with figures sets the verdict."""
    years: dict[int, dict] = {}
    for year in range(spec.period_start, min(spec.deadline_year, as_of.year) + 1):
        in_year = [p for p in points if p.as_of.year == year]
        if not in_year:
            continue
        if spec.aggregation == "flow":
            value = sum(p.value for p in in_year)
        else:
            value = max(in_year, key=lambda p: p.as_of).value
        years[year] = {"value": value, "met": meets(value, spec)}
    deadline = year_end(spec.deadline_year)
    if not years:
        return Assessment(Verdict.NO_DATA)

    def dated(year: int) -> dict:
        return {"value": years[year]["value"], "value_on": _latest_on(points, year_end(year))}

    if as_of > deadline:
        final_year = years.get(spec.deadline_year)
        if final_year is None:
            latest = dated(max(years))
            if (as_of - deadline).days > GRACE_DAYS:
                return Assessment(
                    Verdict.MISSED, method="per_year", final=True, years=years,
                    why=Why.NOT_REPORTED, **latest,
                )  # fmt: skip
            return Assessment(
                Verdict.AWAITING_FIGURES, method="per_year", years=years, why=Why.AWAITING,
                **latest,
            )  # fmt: skip
        met = final_year["met"]
        at_deadline = dated(spec.deadline_year)
        return Assessment(
            Verdict.ACHIEVED_ON_TIME if met else Verdict.MISSED, method="per_year", final=True,
            years=years, why=Why.MET_BY_DEADLINE if met else Why.SHORT_AT_DEADLINE,
            deadline_value=at_deadline["value"], deadline_value_on=at_deadline["value_on"],
            **at_deadline,
        )  # fmt: skip
    latest_year = max(years)
    latest = years[latest_year]
    value_on = _latest_on(points, year_end(latest_year))
    if latest["met"]:
        return Assessment(
            Verdict.ON_TRACK, latest["value"], 1.0, "per_year", years=years, value_on=value_on
        )
    ratio = latest["value"] / spec.value if spec.value else 0.0
    previous = years.get(latest_year - 1)
    if previous and latest["value"] < previous["value"]:
        verdict = Verdict.DETERIORATION
    else:
        verdict = ratio_band(ratio)
    return Assessment(verdict, latest["value"], ratio, "per_year", years=years, value_on=value_on)


def spec_of(target, plan) -> TargetSpec:
    return TargetSpec(
        comparator=target.comparator,
        value=float(target.value),
        value_max=_f(target.value_max),
        deadline_year=target.deadline_year,
        period_start=plan.period_start,
        per_year=target.per_year,
        aggregation=target.aggregation,
        baseline=_f(target.baseline),
        baseline_year=target.baseline_year,
    )


def required_path(spec: TargetSpec, points: list[Point]) -> list[tuple[datetime.date, float]]:
    """Two ends of the straight-line path the target needs, for the trajectory chart."""
    if spec.baseline is not None:
        start = Point(year_end(spec.baseline_year or spec.period_start - 1), spec.baseline)
    else:
        series = _cumulative_series(spec, points)
        start = series[0] if series else Point(datetime.date(spec.period_start, 1, 1), 0.0)
    return [(start.as_of, start.value), (year_end(spec.deadline_year), spec.value)]

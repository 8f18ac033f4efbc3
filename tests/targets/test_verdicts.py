"""The verdict method on hand-computed cases: every comparator, the thresholds at their edges,
growth and straight-line paths, per-year and range targets, and the deadline rules."""

import datetime

import pytest

from targets.verdicts import (
    APPROX_TOLERANCE,
    GRACE_DAYS,
    Point,
    TargetSpec,
    Verdict,
    assess,
    judged,
    meets,
    on_course,
    ratio_band,
    value_so_far,
)


def d(year, month=12, day=31):
    return datetime.date(year, month, day)


def spec(**kw):
    defaults = {"comparator": "gte", "value": 10, "deadline_year": 2025, "period_start": 2020}
    return TargetSpec(**(defaults | kw))


@pytest.mark.parametrize(
    ("comparator", "goal", "value", "met"),
    [
        ("gte", 10, 10, True),  # 10家以上: exactly 10 is enough
        ("gte", 10, 9.99, False),
        ("gt", 500, 500, False),  # 超过500亿元: 500 is not more than 500
        ("gt", 500, 500.01, True),
        ("eq", 50, 50, True),  # 达到50亿元: reached
        ("eq", 50, 55, True),
        ("eq", 50, 49.9, False),
        ("approx", 10, 10 * (1 - APPROX_TOLERANCE), True),  # 10个左右: 9 counts
        ("approx", 10, 8.99, False),
        ("range", 1, 1, True),  # 1-2个: from the lower bound
        ("range", 1, 0.5, False),
        ("lte", 5, 5, True),
        ("lt", 5, 5, False),
    ],
)
def test_each_comparator_as_worded(comparator, goal, value, met):
    assert meets(value, spec(comparator=comparator, value=goal, value_max=2)) is met


@pytest.mark.parametrize(
    ("ratio", "verdict"),
    [
        (0.95, Verdict.ON_TRACK),
        (0.9499, Verdict.NEEDS_ACCELERATION),
        (0.60, Verdict.NEEDS_ACCELERATION),
        (0.5999, Verdict.LIMITED_PROGRESS),
        (0.0, Verdict.LIMITED_PROGRESS),
        (-0.0001, Verdict.DETERIORATION),
    ],
)
def test_thresholds_at_their_edges(ratio, verdict):
    assert ratio_band(ratio) == verdict


def test_stock_takes_the_latest_and_flow_sums_within_the_period():
    points = [Point(d(2019), 5), Point(d(2020), 3), Point(d(2021), 4)]
    assert value_so_far(spec(aggregation="stock"), points, d(2022)) == 4
    assert value_so_far(spec(aggregation="flow"), points, d(2022)) == 7  # 2019 is before the plan
    assert value_so_far(spec(), points, d(2018)) is None


def test_growth_ratio_with_a_nonzero_baseline():
    # Baseline 100 at the end of 2020, target 200 by the end of 2025; 110 then 121.
    # Observed growth: 121/100 over 730 days (1.99863 years) → 10.008% a year.
    # Required: 200/100 over 1826 days (4.99932 years) → 14.873% a year. Ratio 0.673.
    s = spec(value=200, baseline=100, baseline_year=2020)
    a = on_course(s, [Point(d(2021), 110), Point(d(2022), 121)], d(2023, 1, 1))
    assert a.method == "growth"
    assert a.ratio == pytest.approx(0.6729, abs=1e-3)
    assert a.verdict == Verdict.NEEDS_ACCELERATION
    # Projection: 121 growing 10.008% a year for 3.0007 more years → 161.1.
    assert a.projection == pytest.approx(161.1, abs=0.2)


def test_falling_values_are_deterioration():
    s = spec(value=200, baseline=100, baseline_year=2020)
    a = assess(s, [Point(d(2021), 95), Point(d(2022), 90)], d(2023, 1, 1))
    assert a.verdict == Verdict.DETERIORATION and a.ratio < 0


def test_zero_base_falls_back_to_the_straight_line_path():
    # First figure 0 at the end of 2021, then 4 a year later; the path from 0 (end 2021) to 10
    # (end 2025) expects 10 × 365/1461 = 2.498 by then: ratio 4/2.498 = 1.601, on track.
    a = assess(spec(), [Point(d(2021), 0), Point(d(2022), 4)], d(2023, 1, 1))
    assert a.method == "linear"
    assert a.ratio == pytest.approx(1.601, abs=1e-3)
    assert a.verdict == Verdict.ON_TRACK
    assert a.projection == pytest.approx(16.01, abs=0.02)  # 4 + 4/yr × 3.0007 yr


def test_one_observation_measures_from_zero_at_the_plan_start():
    # 2 by the end of 2022: elapsed 1095 days of 2191 from 1 Jan 2020 to 31 Dec 2025, so the
    # path expects 10 × 1095/2191 = 4.998; ratio 2/4.998 = 0.400: limited progress.
    a = assess(spec(), [Point(d(2022), 2)], d(2023, 1, 1))
    assert (a.method, a.verdict) == ("linear", Verdict.LIMITED_PROGRESS)
    assert a.ratio == pytest.approx(0.4002, abs=1e-3)


def test_no_data_and_achieved():
    assert assess(spec(), [], d(2023)).verdict == Verdict.NO_DATA
    a = assess(spec(), [Point(d(2022), 12)], d(2023, 1, 1))
    assert (a.verdict, a.value) == (Verdict.ACHIEVED, 12)


def test_range_target_above_its_upper_bound_is_met_and_flagged():
    a = assess(spec(comparator="range", value=5, value_max=8), [Point(d(2022), 9)], d(2023))
    assert a.verdict == Verdict.ACHIEVED and a.above_range


def test_per_year_targets_are_judged_year_by_year():
    # 每年…2项以上 (flow): 2 in 2020 (met), 1 in 2021 (half, and fewer than the year before).
    s = spec(value=2, per_year=True, aggregation="flow", deadline_year=2023)
    points = [Point(d(2020, 6, 30), 1), Point(d(2020), 1), Point(d(2021), 1)]
    a = assess(s, points, d(2022, 3, 1))
    assert a.years == {2020: {"value": 2, "met": True}, 2021: {"value": 1, "met": False}}
    assert (a.verdict, a.ratio) == (Verdict.DETERIORATION, 0.5)
    a = assess(s, [*points, Point(d(2022), 3)], d(2023, 1, 1))
    assert a.verdict == Verdict.ON_TRACK


def test_per_year_range_target():
    # 每年形成1-2个深度应用场景: 1 in 2021 is within the range.
    s = spec(comparator="range", value=1, value_max=2, per_year=True, aggregation="flow")
    assert assess(s, [Point(d(2021), 1)], d(2022, 2, 1)).verdict == Verdict.ON_TRACK
    assert assess(s, [Point(d(2021), 0.5)], d(2022, 2, 1)).verdict == Verdict.LIMITED_PROGRESS


def test_deadline_passed_without_the_deadline_years_figure_is_awaiting():
    s = spec(deadline_year=2022)
    a = assess(s, [Point(d(2021), 8)], d(2023, 3, 1))
    assert (a.verdict, a.final) == (Verdict.AWAITING_FIGURES, False)


def test_deadline_passed_with_the_deadline_years_figure():
    s = spec(deadline_year=2022)
    on_time = assess(s, [Point(d(2021), 8), Point(d(2022), 11)], d(2023, 3, 1))
    assert (on_time.verdict, on_time.final) == (Verdict.ACHIEVED_ON_TIME, True)
    short = assess(s, [Point(d(2021), 8), Point(d(2022), 9)], d(2023, 3, 1))
    assert (short.verdict, short.final) == (Verdict.MISSED, False)  # final when grace ends
    late = assess(s, [Point(d(2022), 9), Point(d(2023, 6, 30), 10)], d(2023, 7, 1))
    assert (late.verdict, late.final) == (Verdict.ACHIEVED_LATE, True)


def test_grace_period_end_decides_missed():
    s = spec(deadline_year=2022)
    day_after_grace = d(2022) + datetime.timedelta(days=GRACE_DAYS + 1)
    a = assess(s, [Point(d(2021), 8)], day_after_grace)
    assert (a.verdict, a.final) == (Verdict.MISSED, True)
    assert assess(s, [], day_after_grace).verdict == Verdict.NO_DATA


def test_a_decided_verdict_stands_unless_a_figure_it_rested_on_changes():
    s = spec(deadline_year=2022)
    decided, day = judged(s, [Point(d(2022), 11)], d(2023, 3, 1), None)
    assert (decided.verdict, day) == (Verdict.ACHIEVED_ON_TIME, d(2023, 3, 1))
    later = [Point(d(2022), 11), Point(d(2024), 2)]  # a later figure does not reopen it
    assert judged(s, later, d(2025), day) == (decided, day)
    corrected, again = judged(s, [Point(d(2021), 8), Point(d(2022), 9)], d(2025), day)
    assert (corrected.verdict, corrected.final, again) == (Verdict.MISSED, True, d(2025))
    reopened, open_day = judged(s, [Point(d(2022), 9)], d(2023, 4, 1), day)
    assert (reopened.verdict, reopened.final, open_day) == (Verdict.MISSED, False, None)


def test_per_year_target_after_the_deadline():
    s = spec(value=2, per_year=True, aggregation="flow", deadline_year=2023)
    points = [Point(d(2021), 3), Point(d(2022), 1)]
    waiting = assess(s, points, d(2024, 3, 1))
    assert (waiting.verdict, waiting.value, waiting.final) == (Verdict.AWAITING_FIGURES, 1, False)
    late = assess(s, points, d(2025, 3, 1))  # the 2023 figure never came
    assert (late.verdict, late.value, late.final) == (Verdict.MISSED, 1, True)
    decided = assess(s, [*points, Point(d(2023), 2)], d(2024, 3, 1))
    assert (decided.verdict, decided.final) == (Verdict.ACHIEVED_ON_TIME, True)

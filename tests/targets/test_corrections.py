"""One truth per figure: a correction keeps the earlier value (who, when, why), and a decided
verdict that rested on the corrected figure is decided again, with both decisions on record.

The case from issue #13: Chongqing's 2022 figure for 重大标志性成果 (≥100 项 by 2022) was 81, the
verdict "未达成" was decided; the owner corrects the figure to 105."""

import datetime

import pytest

from targets.figures import TargetFigures
from targets.models import Observation, ObservationCorrection, Snapshot, VerdictDecision
from targets.rollup import plan_rollup
from targets.services import CorrectionNeedsReason, observation_record
from targets.verdicts import Verdict
from tests.factories import TargetFactory, UserFactory

pytestmark = pytest.mark.django_db
DEADLINE_FIGURE = datetime.date(2022, 12, 31)
DECIDED = datetime.date(2024, 1, 31)  # the grace period after the deadline year is over
TODAY = datetime.date(2026, 11, 30)


def card(target, as_of) -> TargetFigures:
    return TargetFigures.model_validate(
        Snapshot.objects.get(scope="target", object_id=target.id, as_of=as_of).figures
    )


@pytest.fixture
def decided_missed():
    target = TargetFactory(
        metric="重大标志性成果", unit="项", value=100, deadline_year=2022,
        goal__plan__period_start=2020, goal__plan__period_end=2022,
    )  # fmt: skip
    observation_record(target=target, as_of=datetime.date(2021, 12, 31), value=60)
    observation_record(target=target, as_of=DEADLINE_FIGURE, value=81, source="统计年报")
    plan_rollup(plan=target.plan, as_of=DECIDED)
    assert (card(target, DECIDED).verdict, card(target, DECIDED).final) == (Verdict.MISSED, True)
    return target


def test_a_correction_redecides_the_verdict_and_keeps_the_earlier_value(decided_missed):
    target = decided_missed
    owner = UserFactory(username="cq-tjj")
    observation_record(
        target=target, as_of=DEADLINE_FIGURE, value=105, reporter=owner, source="统计年报(修订)",
        reason="统计部门修订年报",
    )  # fmt: skip
    plan_rollup(plan=target.plan, as_of=TODAY)

    shown = card(target, TODAY)
    # The card agrees with the figure the chart and 我的指标 show ...
    assert (shown.verdict, shown.value) == (Verdict.ACHIEVED_ON_TIME, 105)
    assert ["2022-12-31", 105.0] in [list(o) for o in shown.observations]
    assert Observation.objects.get(target=target, as_of=DEADLINE_FIGURE).value == 105
    # ... the earlier decision stays on record beside the new one, with its cause ...
    assert [(d.kind, d.verdict, d.value, d.decided_on) for d in shown.decisions] == [
        ("decided", Verdict.MISSED, 81.0, "2024-01-31"),
        ("redecided", Verdict.ACHIEVED_ON_TIME, 105.0, "2024-01-31"),
    ]
    (cause,) = shown.decisions[1].cause
    assert (cause.before, cause.after, cause.reason, cause.by) == (
        81,
        105,
        "统计部门修订年报",
        "cq-tjj",
    )
    # ... and the earlier value is kept in the figure's history: who, when, why.
    (correction,) = ObservationCorrection.objects.filter(target=target)
    assert (correction.previous_value, correction.value, correction.corrected_by) == (
        81,
        105,
        owner,
    )
    assert correction.previous_source == "统计年报"
    assert [(c.as_of, c.before, c.after) for c in shown.corrections] == [("2022-12-31", 81, 105)]
    target.refresh_from_db()
    assert target.final_verdict["verdict"] == Verdict.ACHIEVED_ON_TIME
    assert VerdictDecision.objects.filter(target=target).count() == 2


def test_the_rerun_decides_nothing_new(decided_missed):
    target = decided_missed
    observation_record(target=target, as_of=DEADLINE_FIGURE, value=105, reason="修订")
    plan_rollup(plan=target.plan, as_of=TODAY)
    plan_rollup(plan=target.plan, as_of=TODAY)
    assert VerdictDecision.objects.filter(target=target).count() == 2


def test_a_figure_reported_after_the_decision_does_not_reopen_it(decided_missed):
    target = decided_missed
    observation_record(target=target, as_of=datetime.date(2024, 6, 30), value=120)
    observation_record(target=target, as_of=DEADLINE_FIGURE, value=81, source="统计年报")  # again
    plan_rollup(plan=target.plan, as_of=TODAY)
    shown = card(target, TODAY)
    assert (shown.verdict, shown.value, len(shown.decisions)) == (Verdict.MISSED, 81, 1)
    assert not ObservationCorrection.objects.exists()


def test_looking_back_before_the_decision_judges_as_of_then(decided_missed):
    target = decided_missed
    observation_record(target=target, as_of=DEADLINE_FIGURE, value=105, reason="修订")
    plan_rollup(plan=target.plan, as_of=datetime.date(2023, 3, 31))
    earlier = card(target, datetime.date(2023, 3, 31))
    assert earlier.decisions == [] and earlier.verdict == Verdict.ACHIEVED_ON_TIME


def test_a_correction_that_undoes_the_decision_reopens_it():
    target = TargetFactory(value=100, deadline_year=2022, goal__plan__period_start=2020)
    observation_record(target=target, as_of=DEADLINE_FIGURE, value=120)
    plan_rollup(plan=target.plan, as_of=datetime.date(2023, 3, 31))
    assert card(target, datetime.date(2023, 3, 31)).verdict == Verdict.ACHIEVED_ON_TIME
    observation_record(target=target, as_of=DEADLINE_FIGURE, value=90, reason="口径更正")
    plan_rollup(plan=target.plan, as_of=datetime.date(2023, 6, 30))  # still within the grace
    shown = card(target, datetime.date(2023, 6, 30))
    assert (shown.verdict, shown.final) == (Verdict.MISSED, False)
    assert [d.kind for d in shown.decisions] == ["decided", "reopened"]
    target.refresh_from_db()
    assert target.final_verdict is None
    plan_rollup(plan=target.plan, as_of=TODAY)  # the grace period is over: decided again
    assert [d.kind for d in card(target, TODAY).decisions] == ["decided", "reopened", "redecided"]
    assert card(target, TODAY).verdict == Verdict.MISSED


def test_a_correction_needs_a_reason_and_history_is_append_only():
    target = TargetFactory()
    observation_record(target=target, as_of=DEADLINE_FIGURE, value=3)
    with pytest.raises(CorrectionNeedsReason):
        observation_record(target=target, as_of=DEADLINE_FIGURE, value=4, reason="  ")
    assert Observation.objects.get().value == 3
    observation_record(target=target, as_of=DEADLINE_FIGURE, value=4, reason="笔误")
    correction = ObservationCorrection.objects.get()
    with pytest.raises(ValueError):
        correction.delete()
    correction.reason = "改写"
    with pytest.raises(ValueError):
        correction.save()


def test_the_exports_agree_with_the_card(decided_missed):
    from targets.exports import observations_table, targets_table

    target = decided_missed
    observation_record(target=target, as_of=DEADLINE_FIGURE, value=105, reason="修订")
    plan_rollup(plan=target.plan, as_of=TODAY)
    (row,) = targets_table(target.plan.code).dict
    assert (row["当前值"], row["结论"], row["汇总日期"]) == (105, "按期达成", TODAY.isoformat())
    figures = [
        r for r in observations_table(target.plan.code).dict if r["统计截止日期"] == "2022-12-31"
    ]
    assert [r["数值"] for r in figures] == [105]

"""Why a target's verdict after its deadline is what it is, and "at the deadline" as the verdict
decided for it: on the final evaluation, the zone page's target cards and the evaluation
documents, in Chinese and English (targets/verdicts.py ``Why``, targets/target_wording.py)."""

import datetime
import io
import re

import pytest
from django.urls import reverse
from django.utils import translation
from docx import Document as Docx

from targets.briefings.evaluation import final_evaluation
from targets.figures import TargetFigures
from targets.models import Observation, Snapshot
from targets.rollup import plan_rollup
from targets.target_wording import at_deadline, why_text
from targets.units import unit_shown
from targets.verdicts import Point, TargetSpec, Verdict, Why, assess

D = datetime.date
# The world's plan runs 2020–2025 and is judged on 2026-01-01; its target here falls due in
# 2023, so that its grace period (2024) is over before the tests' today.
ROLLUPS = (D(2023, 12, 31), D(2024, 1, 31), D(2025, 1, 31), D(2026, 1, 1))


def due_2023(world, figures, **target):
    t = world.target
    for key, value in {"deadline_year": 2023, **target}.items():
        setattr(t, key, value)
    t.save()
    for day, value in figures.items():
        Observation.objects.create(target=t, as_of=day, value=value)
    for day in ROLLUPS:
        plan_rollup(plan=world.plan, as_of=day)
    return t


def per_year_missing_2023(world):
    """Hefei's case: ≥2 项 each year; 2022 met it, 2023 was never reported."""
    return due_2023(
        world, {D(2021, 12, 31): 1, D(2022, 12, 31): 2},
        per_year=True, aggregation="flow", value=2, unit="项", metric="重大科技成果",
    )  # fmt: skip


def docx_text(content: bytes) -> str:
    document = Docx(io.BytesIO(content))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def evaluation_row(page: str, metric: str) -> str:
    row = next(r for r in page.split("<tr>") if metric in r)
    return row.split("</tr>")[0]


@pytest.mark.django_db
def test_a_per_year_target_missing_its_deadline_years_figure_says_why(world, login):
    """Regression: Hefei's 重大科技成果 read "at the deadline 2 项 on track, now 2 项 not
    achieved" with no word why: the 2 项 was 2022's, and 2023's never came."""
    per_year_missing_2023(world)
    client = login(world.users["leadership"])
    page = client.get(reverse("evaluation", args=[world.plan.code])).content.decode()
    row = evaluation_row(page, "重大科技成果")
    assert "2023年数据未在宽限期内报送" in row
    assert "每年≥2 项" in row
    assert "（2022年）" in row  # the figure shown is not the deadline year's
    assert "进度正常" not in row  # 31 December's trajectory is not the verdict
    zone = client.get(reverse("dashboard-zone", args=[world.zone.slug])).content.decode()
    card = zone[zone.index('class="target-card') :]
    card = card[: card.index("</article>")]
    assert "未达成" in card and "2023年数据未在宽限期内报送" in card and "（2022年）" in card
    docx = client.get(reverse("evaluation-docx", args=[world.plan.code]))
    assert docx.status_code == 200
    assert "未达成（2023年数据未在宽限期内报送）" in docx_text(docx.content)


@pytest.mark.django_db
def test_at_the_deadline_is_the_verdict_decided_not_the_trajectory_of_31_december(world, login):
    """Regression: "at the deadline" was the rollup of 31 December of the deadline year, whose
    verdict is where the target was heading (on track, limited progress …) the day before it
    was judged; beside "now: missed" it read as a contradiction."""
    target = due_2023(world, {D(2022, 12, 31): 70, D(2023, 12, 31): 80})
    on_31_december = Snapshot.objects.get(scope="target", object_id=target.id, as_of=ROLLUPS[0])
    assert on_31_december.figures["verdict"] not in Verdict.FINAL  # a trajectory then
    evaluation = final_evaluation(plan=world.plan, today=D(2026, 8, 1))
    [outcome] = evaluation.targets
    assert outcome.at_deadline.verdict == Verdict.MISSED and outcome.at_deadline.final
    assert outcome.at_deadline.decided_on == "2025-01-31"
    assert outcome.deadline_figure == (80, "2023-12-31")
    client = login(world.users["leadership"])
    page = client.get(reverse("evaluation", args=[world.plan.code])).content.decode()
    at_deadline_cell = evaluation_row(page, world.target.metric).split("<td>")[4]
    assert "80 家" in at_deadline_cell and "未达成" in at_deadline_cell
    assert "截止时 80 家 &lt; 目标 100 家" in at_deadline_cell


@pytest.mark.django_db
def test_a_figure_of_one_reads_in_the_singular_in_english(world, login, settings):
    """Regression: "1 items", "≥2 items / per year"."""
    due_2023(
        world, {D(2022, 12, 31): 2, D(2023, 12, 31): 1},
        per_year=True, aggregation="flow", value=2, unit="项", metric="重大科技成果",
        metric_en="Major achievements",
    )  # fmt: skip
    client = login(world.users["leadership"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = client.get(reverse("evaluation", args=[world.plan.code])).content.decode()
    row = evaluation_row(page, "Major achievements")
    assert re.search(r"\b1 item\b", row) and "1 items" not in row
    assert "≥2 items per year" in row and " / per year" not in row
    assert "2023: 1 item &lt; goal 2 items" in row
    zone = client.get(reverse("dashboard-zone", args=[world.zone.slug])).content.decode()
    assert "≥2 items per year" in zone and "2023: 1 item &lt; goal 2 items" in zone
    assert "1 items" not in zone
    plan = client.get(reverse("plan-detail", args=[world.plan.code])).content.decode()
    assert "≥2 items per year" in plan and " / per year" not in plan


def test_units_agree_with_their_figure():
    with translation.override("en"):
        assert [unit_shown("项", n) for n in (1, 1.0, 2, 0, 1.5, None)] == [
            "item", "item", "items", "items", "items", "items",
        ]  # fmt: skip
        assert unit_shown("家", 1) == "organisation" and unit_shown("km²", 1) == "km²"
    with translation.override("zh-hans"):
        assert unit_shown("项", 1) == unit_shown("项", 2) == "项"


def spec(**kw):
    return TargetSpec(
        **({"comparator": "gte", "value": 10, "deadline_year": 2023, "period_start": 2020} | kw)
    )


@pytest.mark.parametrize(
    ("target", "figures", "as_of", "verdict", "why", "value", "deadline_value"),
    [
        # met by the deadline with a figure from before the deadline year
        ({}, {D(2022, 12, 31): 12}, D(2024, 1, 1), Verdict.ACHIEVED_ON_TIME,
         Why.MET_BY_DEADLINE, (12, "2022-12-31"), (12, "2022-12-31")),
        # met only later: the later figure and its date
        ({}, {D(2023, 12, 31): 8, D(2024, 3, 5): 11}, D(2024, 6, 1), Verdict.ACHIEVED_LATE,
         Why.MET_LATE, (11, "2024-03-05"), (8, "2023-12-31")),
        # the deadline year's figure falls short (final after the grace)
        ({}, {D(2023, 12, 31): 8}, D(2025, 1, 31), Verdict.MISSED,
         Why.SHORT_AT_DEADLINE, (8, "2023-12-31"), (8, "2023-12-31")),
        # no figure for the deadline year: awaiting, then missed when the grace ends
        ({}, {D(2022, 12, 31): 8}, D(2024, 6, 1), Verdict.AWAITING_FIGURES,
         Why.AWAITING, (8, "2022-12-31"), (8, "2022-12-31")),
        ({}, {D(2022, 12, 31): 8}, D(2025, 1, 31), Verdict.MISSED,
         Why.NOT_REPORTED, (8, "2022-12-31"), (8, "2022-12-31")),
        # per year: the deadline year's own figure, or none
        ({"per_year": True, "aggregation": "flow"}, {D(2022, 12, 31): 12}, D(2025, 1, 31),
         Verdict.MISSED, Why.NOT_REPORTED, (12, "2022-12-31"), (None, None)),
        ({"per_year": True, "aggregation": "flow"}, {D(2022, 12, 31): 12, D(2023, 6, 30): 4,
         D(2023, 12, 31): 5}, D(2024, 1, 1), Verdict.MISSED, Why.SHORT_AT_DEADLINE,
         (9, "2023-12-31"), (9, "2023-12-31")),
    ],
)  # fmt: skip
def test_a_verdict_after_the_deadline_carries_why(
    target, figures, as_of, verdict, why, value, deadline_value
):
    a = assess(spec(**target), [Point(d, v) for d, v in figures.items()], as_of)
    assert (a.verdict, a.why) == (verdict, why)
    assert (a.value, a.value_on) == value
    assert (a.deadline_value, a.deadline_value_on) == deadline_value


def test_a_target_row_written_before_the_reasons_still_reads_and_says_nothing_of_them():
    older = TargetFigures.model_validate({
        "verdict": "missed", "value": 2.0, "final": True, "method": "per_year", "code": "T1",
        "metric": "重大科技成果", "unit": "项", "comparator": "gte", "goal": 2.0,
        "deadline_year": 2023, "per_year": True, "schema": 1,
    })  # fmt: skip
    assert older.why == "" and older.value_on is None and older.deadline_value is None
    assert why_text(older) == "" and at_deadline(older) == (2.0, None)


@pytest.mark.django_db
def test_the_judgement_day_holds_a_verdict_decided_later_on_a_figure_dated_after_it(world):
    """Regression: the plan's judgement day (the day after its end) is how it stands now, and
    its rollup judged a target as of its latest decision, but on the figures dated by the
    judgement day only: a target met late on a figure of the next year read "missed" there
    (and so in the final evaluation's "at the deadline") while its decision said "achieved
    late"."""
    target = world.target  # ≥100 家 by 2025; the plan ends in 2025, judged on 2026-01-01
    Observation.objects.create(target=target, as_of=D(2025, 12, 31), value=80)
    Observation.objects.create(target=target, as_of=D(2026, 6, 30), value=120)
    plan_rollup(plan=world.plan, as_of=D(2026, 7, 31))  # decides it: achieved late
    plan_rollup(plan=world.plan, as_of=D(2026, 1, 1))
    judged = Snapshot.objects.get(scope="target", object_id=target.id, as_of=D(2026, 1, 1))
    assert judged.figures["verdict"] == Verdict.ACHIEVED_LATE
    assert judged.figures["decided_on"] == "2026-07-31"
    assert (judged.figures["value"], judged.figures["deadline_value"]) == (120, 80)
    evaluation = final_evaluation(plan=world.plan, today=D(2026, 7, 31))
    [outcome] = evaluation.targets
    assert outcome.at_deadline.verdict == Verdict.ACHIEVED_LATE

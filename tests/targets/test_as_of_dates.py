"""Dates the dashboards show: a date asked for (?as_of=) that cannot be shown is replaced with a
note saying what is shown instead; an ended plan is named by its last day (the day it is judged
is the day after: a leader reads the plan's last day, not 1 January of the next year)."""

import datetime

import pytest
from django.urls import reverse

from pilots.models import Plan
from targets.rollup import plan_rollup
from tests.world import TODAY

FUTURE = "2099-01-01"


def test_a_future_date_on_an_ended_plans_page_says_its_end_is_shown(world, login):
    client = login(world.users["leadership"])
    page = client.get(reverse("dashboard-zone", args=[world.zone.slug]), {"as_of": FUTURE})
    assert "2099-01-01 尚未到来：显示本规划期末（2025-12-31）的评判。" in page.content.decode()
    agency = client.get(reverse("dashboard-agency", args=[world.agencies["lead"].pk]),
                        {"as_of": FUTURE})  # fmt: skip
    assert "2099-01-01 尚未到来：显示本规划期末（2025-12-31）的评判。" in agency.content.decode()


def test_a_future_date_on_a_running_plan_or_all_zones_says_today_is_shown(world, login):
    Plan.objects.filter(pk=world.plan.pk).update(period_end=TODAY().year + 1)
    client = login(world.users["leadership"])
    says = f"2099-01-01 尚未到来：显示截至今天（{TODAY().isoformat()}）的数据。"
    for url in (reverse("dashboard-zone", args=[world.zone.slug]), reverse("dashboard")):
        assert says in client.get(url, {"as_of": FUTURE}).content.decode()
    early = client.get(reverse("dashboard"), {"as_of": "1999-12-31"}).content.decode()
    assert f"1999-12-31 早于可查询的日期：显示截至今天（{TODAY().isoformat()}）的数据。" in early


@pytest.mark.parametrize("asked", [None, "2024-06-30", "not-a-date"])
def test_a_date_that_is_shown_has_no_note(world, login, asked):
    client = login(world.users["leadership"])
    query = {"as_of": asked} if asked else {}
    page = client.get(reverse("dashboard-zone", args=[world.zone.slug]), query).content.decode()
    assert "尚未到来" not in page and "早于可查询的日期" not in page
    if asked is None:
        assert "as-of-asked" not in page


def test_the_english_note(world, login):
    client = login(world.users["leadership"])
    client.cookies["django_language"] = "en"
    page = client.get(reverse("dashboard-zone", args=[world.zone.slug]), {"as_of": FUTURE})
    assert "2099-01-01 has not come yet: showing the plan as judged at its end (2025-12-31)." in (
        page.content.decode()
    )


# --- An ended plan named by its last day -------------------------------------------------------


def test_the_kind_comparison_counts_an_ended_plan_to_its_last_day():
    from types import SimpleNamespace

    from targets import dashboards

    def row(pk, day):
        figures = SimpleNamespace(
            metric="人工智能产业规模", metric_en="", verdict="missed", verdict_label="未达成",
            value=50.0, goal=100.0, unit="亿元", deadline_year=2022,
        )  # fmt: skip
        return {"zone": SimpleNamespace(pk=pk, name=f"区{pk}", name_en=""),
                "plan": SimpleNamespace(pk=pk, period_start=2020, period_end=2022),
                "figures": figures, "share": 50.0, "day": day}  # fmt: skip

    chart = dashboards.kind_comparison_chart(
        "产业规模", [row(1, datetime.date(2023, 1, 1)), row(2, datetime.date(2022, 6, 30))]
    )
    assert [r[-1] for r in chart.rows] == ["2022-12-31", "2022-06-30"]


def ended_and_judged(world):
    """The world's plan (2020–2025) judged the day after its end (its first rollup since its
    target's 2023 deadline and grace: the target is decided missed that day)."""
    from targets.services import observation_record

    world.target.deadline_year = 2023
    world.target.save()
    observation_record(target=world.target, as_of=datetime.date(2023, 12, 31), value=5)
    plan_rollup(plan=world.plan, as_of=datetime.date(2026, 1, 1))


def test_a_verdict_decided_on_the_judgement_day_is_dated_the_plans_last_day(world, login):
    ended_and_judged(world)
    client = login(world.users["leadership"])
    zone = client.get(reverse("dashboard-zone", args=[world.zone.slug])).content.decode()
    card = zone[zone.index('class="target-card') :]
    card = card[: card.index("</article>")]
    assert "判定于 2025-12-31 未达成" in card and "2026-01-01" not in card
    evaluation = client.get(reverse("evaluation", args=[world.plan.code])).content.decode()
    assert "期末数据取自 2025-12-31 的汇总" in evaluation
    assert "?as_of=2026-01-01" in evaluation  # the link still reads the judgement day's figures


def test_the_zones_table_of_plans_counts_an_ended_plan_to_its_last_day(world, login):
    from tests.world import successor_plan

    successor_plan(world)
    client = login(world.users["leadership"])
    page = client.get(reverse("dashboard-zone", args=[world.zone.slug]), {"as_of": "2026-06-30"})
    html = page.content.decode()
    table = html[html.index('data-label="计至"') :]
    assert table.startswith('data-label="计至">2025-12-31<'), table[:80]
    assert 'data-label="计至">2026-01-01<' not in html

"""Dates the dashboards show: a date asked for (?as_of=) that cannot be shown is replaced with a
note saying what is shown instead; an ended plan is named by its last day (the day it is judged
is the day after: a leader reads the plan's last day, not 1 January of the next year)."""

import pytest
from django.urls import reverse

from pilots.models import Plan
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

"""Dashboards read snapshots: their query count does not grow with tasks, updates or figures;
and in a real browser every chart renders, without console errors."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from pilots.models import Membership
from targets.models import Observation
from targets.rollup import plan_rollup
from tasks.models import StatusUpdate, TaskAssignment
from tests.conftest import browser_login
from tests.factories import (
    AgencyFactory,
    PlanFactory,
    SectionFactory,
    TargetFactory,
    TaskFactory,
    UserFactory,
    ZoneFactory,
)

MAX_QUERIES = 14
ZONES = ["chongqing", "hefei", "qijiang", "liuzhou", "changchun"]


def build(*, tasks: int, updates: int, observations: int, slug: str):
    zone = ZoneFactory(slug=slug)
    plan = PlanFactory(zone=zone, period_start=2000, period_end=2030)
    agencies = [AgencyFactory(zone=zone) for _ in range(3)]
    sections = [SectionFactory(plan=plan) for _ in range(3)]
    for i in range(tasks):
        task = TaskFactory(section=sections[i % 3])
        TaskAssignment.objects.create(task=task, agency=agencies[i % 3], role="lead")
        StatusUpdate.objects.bulk_create(
            StatusUpdate(
                task=task,
                status="in_progress",
                percent=min(j, 99),
                reported_on=datetime.date(2024, 1, 1) + datetime.timedelta(days=j),
            )
            for j in range(updates)
        )
    for owner in agencies:
        target = TargetFactory(goal__plan=plan, owner=owner, deadline_year=2030)
        Observation.objects.bulk_create(
            Observation(
                target=target,
                as_of=datetime.date(2000, 1, 1) + datetime.timedelta(days=30 * k),
                value=k,
            )
            for k in range(observations)
        )
    plan_rollup(plan=plan, as_of=timezone.localdate())
    return zone, agencies[0]


def page_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_page_queries_do_not_grow_with_history(client, django_assert_max_num_queries):
    small_zone, small_agency = build(tasks=2, updates=1, observations=1, slug="small")
    large_zone, large_agency = build(tasks=60, updates=25, observations=120, slug="large")
    user = UserFactory()
    Membership.objects.create(user=user, role="leadership")
    client.force_login(user)
    for name, small, large in [
        ("dashboard-zone", [small_zone.slug], [large_zone.slug]),
        ("dashboard-agency", [small_agency.pk], [large_agency.pk]),
    ]:
        small_url, large_url = reverse(name, args=small), reverse(name, args=large)
        page_queries(client, small_url)  # warm the session and caches alike for both
        with django_assert_max_num_queries(MAX_QUERIES):
            small_count = page_queries(client, small_url)
        with django_assert_max_num_queries(MAX_QUERIES):
            large_count = page_queries(client, large_url)
        assert small_count == large_count, name
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(reverse("dashboard"))


@pytest.mark.django_db
def test_history_shows_the_dashboard_as_it_stood(client):
    zone, _ = build(tasks=3, updates=2, observations=2, slug="hist")
    plan = zone.plans.get()
    plan_rollup(plan=plan, as_of=datetime.date(2024, 1, 1))
    user = UserFactory()
    Membership.objects.create(user=user, role="leadership")
    client.force_login(user)
    then = client.get(reverse("dashboard-zone", args=[zone.slug]), {"as_of": "2024-01-15"})
    assert "显示 2024-01-01 的汇总" in then.content.decode()
    assert then.context["figures"].progress == 0.0
    now = client.get(reverse("dashboard-zone", args=[zone.slug]))
    assert now.context["figures"].progress == 1.0


# The mode bar may offer only what works offline: the PNG download and the view controls.
OFFLINE_BUTTONS = {"toImage", "zoom2d", "pan2d", "zoomIn2d", "zoomOut2d", "autoScale2d",
                   "resetScale2d"}  # fmt: skip
PNG_TITLE = {"zh-hans": "下载图表为PNG格式", "en": "Download plot as a PNG"}


def draw_every_chart(page, path):
    page.goto(page.base_url + path)
    charts = page.locator(".chart[data-figure]")
    count = charts.count()
    assert count > 0, path
    for i in range(count):
        chart = charts.nth(i)
        chart.scroll_into_view_if_needed()
        chart.locator("svg.main-svg").first.wait_for(timeout=10_000)
    return count


def mode_bar_buttons(page) -> list[dict]:
    return page.locator(".modebar-btn").evaluate_all(
        "els => els.map(e => ({attr: e.getAttribute('data-attr'), val: e.getAttribute('data-val'),"
        " title: e.getAttribute('data-title'), name: e.getAttribute('data-name')}))"
    )


def assert_offline_mode_bar(page, path, language):
    buttons = mode_bar_buttons(page)
    assert buttons, path
    titles = {b["title"] for b in buttons}
    assert PNG_TITLE[language] in titles, (path, language, titles)
    for b in buttons:
        assert not re.search(r"share|cloud|studio|edit|json|分享|云|编辑", b["title"], re.I), b
    assert not page.locator(".modebar a[href], .modebar-btn[href]").count()
    names = page.evaluate(
        "() => Array.from(document.querySelectorAll('.chart.js-plotly-plot')).flatMap(gd =>"
        " (gd._fullLayout._modeBar ? gd._fullLayout._modeBar.buttonsNames : []))"
    )
    assert names and set(names) <= OFFLINE_BUTTONS, (path, set(names) - OFFLINE_BUTTONS)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_every_dashboard_renders_its_charts_in_a_browser(browser_page, all_plans):
    """Every dashboard in Chinese and English, on a desktop and a phone: charts drawn, no
    console error, a mode bar with nothing that leaves the server, Plotly's UI in the page's
    language."""
    from django.core.management import call_command

    from pilots.models import Agency

    call_command("seed_demo", verbosity=0)
    page = browser_page
    browser_login(page, "leader", "pilot-leader-2026")
    agency = Agency.objects.get(zone__slug="chongqing", code="science-tech")
    paths = ["/dashboard/", *(f"/dashboard/zones/{z}/" for z in ZONES),
             f"/dashboard/agencies/{agency.pk}/"]  # fmt: skip
    for language, width in [("zh-hans", 1440), ("zh-hans", 390), ("en", 1440), ("en", 390)]:
        page.context.add_cookies(
            [{"name": "django_language", "value": language, "url": page.base_url}]
        )
        page.set_viewport_size({"width": width, "height": 900})
        for path in paths if language == "zh-hans" else paths[:2]:
            draw_every_chart(page, path)
            assert_offline_mode_bar(page, path, language)
            overflow = page.evaluate("document.documentElement.scrollWidth")
            assert overflow <= width, (path, width, overflow)  # nothing pushes the page wider
            assert page.console_errors == [], (path, width, page.console_errors)

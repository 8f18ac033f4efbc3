"""In a real browser every dashboard renders its charts, without console errors."""

import re

import pytest

from tests.conftest import browser_login

ZONES = ["chongqing", "hefei", "qijiang", "liuzhou", "changchun"]
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


def assert_chart_text_inside(page, path):
    """Regression: a unit written right-aligned to the value axis ran off the chart's left edge
    once translated ("items", "organisations" showed as "ms", "ions"); a title of 40 columns
    ran off a phone's chart (Plotly's title is a text.gtitle: g.gtitle matched nothing)."""
    outside = page.evaluate(
        "() => Array.from(document.querySelectorAll('.chart.js-plotly-plot')).flatMap(gd => {"
        " const box = gd.getBoundingClientRect();"
        " return Array.from(gd.querySelectorAll('g.annotation text, text.gtitle')).filter(t => {"
        "  const r = t.getBoundingClientRect();"
        "  return r.width && (r.left < box.left - 1 || r.right > box.right + 1); })"
        " .map(t => t.textContent); })"
    )
    assert outside == [], (path, outside)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_every_dashboard_renders_its_charts_in_a_browser(browser_page, all_plans):
    """Every dashboard (and a final evaluation) in Chinese and English, on a desktop and a
    phone: charts drawn, no
    console error, a mode bar with nothing that leaves the server, Plotly's UI in the page's
    language."""
    from django.core.management import call_command

    from pilots.models import Agency

    call_command("seed_demo", verbosity=0)
    page = browser_page
    browser_login(page, "leader", "pilot-leader-2026")
    agency = Agency.objects.get(zone__slug="chongqing", code="science-tech")
    evaluation = "/dashboard/plans/liuzhou-ai/evaluation/"
    paths = ["/dashboard/", *(f"/dashboard/zones/{z}/" for z in ZONES),
             f"/dashboard/agencies/{agency.pk}/", evaluation]  # fmt: skip
    for language, width in [("zh-hans", 1440), ("zh-hans", 390), ("en", 1440), ("en", 390)]:
        page.context.add_cookies(
            [{"name": "django_language", "value": language, "url": page.base_url}]
        )
        page.set_viewport_size({"width": width, "height": 900})
        for path in paths if language == "zh-hans" else [*paths[:2], evaluation]:
            draw_every_chart(page, path)
            assert_offline_mode_bar(page, path, language)
            assert_chart_text_inside(page, path)
            overflow = page.evaluate("document.documentElement.scrollWidth")
            assert overflow <= width, (path, width, overflow)  # nothing pushes the page wider
            assert page.console_errors == [], (path, width, page.console_errors)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_zone_of_two_plans_reads_as_the_zone_and_its_plans_files_say_which(browser_page):
    """A leader on the zone page of a zone with two plans: the total with what changed, the
    plan's figures under its name, and each chart's CSV and PNG named after the plan."""
    from tests.world import World, successor_plan

    world = successor_plan(World())
    page = browser_page
    browser_login(page, "leader-all")
    page.goto(page.base_url + "/dashboard/?as_of=2026-06-30&since=2026-06-01")
    row = page.locator("section.changes tr", has_text=world.zone.name)
    assert "全区合计（2 个规划）" in row.inner_text() and "23.3% → 36.7%" in row.inner_text()
    row.get_by_role("link", name="查看变化").click()
    total = page.locator("table.zone-total tfoot")
    assert total.is_visible() and "23.3% → 36.7%" in total.inner_text()
    assert page.get_by_role("heading", name="本规划（后续行动方案）的进展").is_visible()
    first = world.plan.code
    page.goto(page.base_url + f"/dashboard/zones/{world.zone.slug}/?as_of=2026-06-30&plan={first}")
    assert page.get_by_role("heading", name=f"本规划（{world.plan.title}）的进展").is_visible()
    with page.expect_download() as csv:
        page.locator('button[data-csv][data-table="sections-table"]').click()
    assert csv.value.suggested_filename == f"{first}-sections.csv"
    chart = page.locator("#sections")
    chart.locator("svg.main-svg").first.wait_for(timeout=10_000)
    chart.hover()
    with page.expect_download() as png:
        chart.locator(f'.modebar-btn[data-title="{PNG_TITLE["zh-hans"]}"]').click()
    assert png.value.suggested_filename == f"{first}-sections.png"
    assert page.console_errors == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_dashboard_printed_before_it_is_scrolled_prints_every_chart(browser_page, all_plans):
    """Charts are drawn as they come into view; a leader who prints the overview or a final
    evaluation straight away (or saves it as PDF) got empty boxes for the charts below the fold."""
    from tests.world import World

    World()
    page = browser_page
    browser_login(page, "leader-all")
    page.set_viewport_size({"width": 1366, "height": 600})
    for path in ["/dashboard/", "/dashboard/plans/liuzhou-ai/evaluation/"]:
        page.goto(page.base_url + path)
        page.wait_for_load_state("networkidle")
        charts = page.locator(".chart[data-figure]").count()
        assert charts > 0, path
        page.pdf()  # Chromium prints as Ctrl+P does, firing beforeprint
        drawn = page.locator(".chart[data-figure] svg.main-svg:first-child").count()
        assert drawn == charts, (path, drawn, charts)
        assert page.console_errors == [], (path, page.console_errors)

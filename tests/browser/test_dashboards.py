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
    once translated ("items", "organisations" showed as "ms", "ions")."""
    outside = page.evaluate(
        "() => Array.from(document.querySelectorAll('.chart.js-plotly-plot')).flatMap(gd => {"
        " const box = gd.getBoundingClientRect();"
        " return Array.from(gd.querySelectorAll('g.annotation text, g.gtitle')).filter(t => {"
        "  const r = t.getBoundingClientRect();"
        "  return r.width && (r.left < box.left - 1 || r.right > box.right + 1); })"
        " .map(t => t.textContent); })"
    )
    assert outside == [], (path, outside)


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
            assert_chart_text_inside(page, path)
            overflow = page.evaluate("document.documentElement.scrollWidth")
            assert overflow <= width, (path, width, overflow)  # nothing pushes the page wider
            assert page.console_errors == [], (path, width, page.console_errors)

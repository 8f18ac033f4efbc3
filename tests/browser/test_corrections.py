"""In a real browser: a target owner corrects a figure after its verdict was decided; the card,
its chart and 我的指标 agree on the corrected figure, and the earlier value and decision stay in
view (issue #13's case: 81 → 105 against ≥100 by 2022)."""

import datetime

import pytest
from django.utils import timezone

from targets.rollup import plan_rollup
from tests.conftest import browser_login
from tests.factories import ObservationFactory
from tests.world import World


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_correction_after_a_decided_verdict_shows_alike_everywhere(browser_page):
    world = World()
    plan, target = world.plan, world.target
    plan.period_end = 2022
    plan.save()
    target.metric, target.unit, target.deadline_year = "重大标志性成果", "项", 2022
    target.save()
    # Reported in 2023 (no rollup of today yet), decided once the grace period was over.
    ObservationFactory(target=target, as_of=datetime.date(2022, 12, 31), value=81, source="年报")
    plan_rollup(plan=plan, as_of=datetime.date(2024, 1, 31))  # decided: 未达成
    plan_rollup(plan=plan, as_of=timezone.localdate())
    page = browser_page
    browser_login(page, "lead-staff")
    card = page.locator(f"#card-{target.pk}")
    page.goto(page.base_url + "/dashboard/zones/zone-a/")
    assert "未达成" in card.inner_text() and "81" in card.inner_text()

    page.goto(page.base_url + f"/targets/{target.pk}/report/")
    page.fill("#id_value", "105")
    page.fill("#id_year", "2022")
    page.fill("#id_source", "年报(修订)")
    page.click("button[type=submit].primary")
    assert "更正须说明原因" in page.inner_text("form[novalidate]")  # a correction says why
    page.fill("#id_reason", "统计部门修订年报")
    page.click("button[type=submit].primary")
    page.wait_for_url("**/targets/")
    row = page.locator("tr", has_text="重大标志性成果")
    assert "105 项" in row.inner_text() and "统计部门修订年报" in row.inner_text()
    assert row.locator("del").inner_text() == "81"

    page.goto(page.base_url + "/dashboard/zones/zone-a/")
    text = card.inner_text()
    today = timezone.localdate().isoformat()
    assert "105" in text and "按期达成" in text, text
    assert "判定于 2024-01-31 未达成" in text and f"{today} 更正后 按期达成" in text, text
    history = card.locator("details.corrections")
    assert history.get_attribute("open") is not None
    assert (
        "统计部门修订年报" in history.inner_text() and history.locator("del").inner_text() == "81"
    )
    chart = page.locator(f"#target-{target.pk}-table")
    rows = chart.evaluate("t => Array.from(t.querySelectorAll('td')).map(td => td.textContent)")
    assert "105.0" in rows or "105" in rows, rows
    assert "81" not in rows and "81.0" not in rows, rows
    page.screenshot(path="/tmp/h13a-correction-card.png", full_page=True)
    for language, width in [("zh-hans", 390), ("en", 1440), ("en", 390)]:
        page.context.add_cookies(
            [{"name": "django_language", "value": language, "url": page.base_url}]
        )
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(page.base_url + "/dashboard/zones/zone-a/")
        assert page.locator(".freshness").count() == 1
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, (language, width, overflow)
        page.screenshot(path=f"/tmp/h13a-zone-{language}-{width}.png", full_page=False)

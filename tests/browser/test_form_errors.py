"""A form sent back with an error, on a phone: the page opens on the field at fault with its
message in view, not on the page's top with the message a screen or more below."""

import datetime

import pytest

from targets.models import Observation
from tests.conftest import browser_login
from tests.world import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_refused_target_figure_opens_on_its_message_on_a_phone(browser_page):
    world = World()
    Observation.objects.create(target=world.target, as_of=datetime.date(2022, 12, 31), value=40)
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 800})
    browser_login(page, "lead-staff")
    page.goto(page.base_url + f"/targets/{world.target.pk}/report/")
    page.fill("#id_value", "45")
    page.fill("#id_year", "2022")
    page.locator("main form button[type=submit]").click()
    message = page.locator("main .errorlist").first
    message.wait_for()
    assert "更正须说明原因" in message.inner_text()
    page.wait_for_timeout(300)  # the page's scripts run after it is parsed
    assert page.evaluate("document.activeElement.id") == "id_reason"
    seen = message.evaluate(
        "e => { const r = e.getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= innerHeight; }"
    )
    assert seen
    assert page.console_errors == [] or all("400" in e for e in page.console_errors)


def test_a_disclosure_shows_the_keyboard_focus_as_every_other_control(browser_page):
    """A <summary> (“设定时限” on a task page) reached with Tab has the same amber 3 px ring as
    links, buttons and fields, not the browser's thin default."""
    world = World()
    page = browser_page
    browser_login(page, "admin-a")
    page.goto(page.base_url + f"/tasks/{world.task.pk}/")
    rings = {}
    for _ in range(80):
        page.keyboard.press("Tab")
        tag, outline = page.evaluate(
            "() => { const e = document.activeElement, s = getComputedStyle(e);"
            " return [e.tagName, s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor]; }"
        )
        rings.setdefault(tag, outline)
        if "SUMMARY" in rings and "BUTTON" in rings:
            break
    assert rings["SUMMARY"] == rings["BUTTON"] == rings["A"]

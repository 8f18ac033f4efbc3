"""Comments (留言) in a real browser: a leader asks an agency a question on a task with an
@mention; the agency's staff see it in their reminders, follow it to the task and answer."""

import pytest

from tasks.models import Comment, Notification
from tests.conftest import sign_in_as
from tests.world import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def comment(page, text):
    page.fill("#comments textarea", text)
    page.click("#comments button[type=submit]")
    page.wait_for_selector(f"#comments li:has-text('{text[-6:]}')")


def test_a_mention_reaches_the_agency_and_its_answer_follows_on_the_task(browser_page):
    world = World()
    page = browser_page
    sign_in_as(page, "leader-a")
    page.goto(page.base_url + world.task.get_absolute_url())
    comment(page, "@甲市财政局 配套资金何时到位?")
    assert "留言（1）" in page.locator("#h-comments").inner_text()

    sign_in_as(page, "supporting-staff")
    reminders = page.get_by_role("link", name="提醒")
    assert reminders.locator(".badge").inner_text() == "1"
    reminders.click()
    page.wait_for_selector("h1:has-text('提醒')")
    assert page.locator("li.unread").count() == 1
    assert page.get_by_role("link", name="提醒").locator(".badge").count() == 0  # read now
    page.get_by_role("link", name="配套资金何时到位").click()
    page.wait_for_url(f"**{world.task.get_absolute_url()}*")
    comment(page, "@leader-a 预算已批复,下月拨付")
    thread = page.locator("#comments ol.comments").inner_text()
    assert thread.index("配套资金何时到位") < thread.index("预算已批复")

    # The leader hears of the answer; the agency that was not mentioned hears of nothing.
    assert Notification.objects.filter(user=world.users["leadership"]).count() == 1
    assert not Notification.objects.filter(user=world.users["other_staff"]).exists()
    assert Comment.objects.filter(task=world.task).count() == 2
    assert page.console_errors == []

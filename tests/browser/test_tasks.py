"""Agency staff in a real browser: log in, My tasks, update a task with a note and a file."""

import re

import pytest

from tasks.models import StatusUpdate, TaskAssignment
from tests.conftest import browser_login
from tests.factories import TaskFactory
from tests.world import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_staff_updates_a_task_with_a_note_and_a_file(browser_page, tmp_path):
    world = World()
    page = browser_page
    browser_login(page, "lead-staff")
    page.click("text=我的任务")
    page.wait_for_selector("text=建设人工智能开放创新平台")
    assert page.locator("text=我的角色：牵头单位").count() == 1

    page.click("text=建设人工智能开放创新平台")
    page.wait_for_selector("h1")
    evidence = tmp_path / "推进会纪要.pdf"
    evidence.write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    page.select_option("#id_status", "in_progress")
    page.fill("#id_percent", "45")
    page.fill("#id_note", "已召开推进会,完成平台选址")
    page.set_input_files("#id_evidence_file", str(evidence))
    page.click("text=保存进展")

    page.wait_for_selector("text=进展已保存。")
    history = page.locator("#h-history + ol")
    assert "已召开推进会,完成平台选址" in history.inner_text()
    assert re.search(r"0% → 45%|→ 45%|45%", history.inner_text())
    assert history.locator("a", has_text="推进会纪要").count() == 1
    update = StatusUpdate.objects.get(task=world.task)
    assert update.author.username == "lead-staff" and update.evidence_file
    assert page.console_errors == []


def test_a_task_status_badge_on_my_tasks_stays_whole_on_a_phone(browser_page):
    """On a 390 px screen a status badge that lands at the end of a title's line moves to the
    next line whole, never split as “In | progress · 77%” with its background torn in two."""
    world = World()
    for n in range(8, 24):
        title = "推进人工智能产业发展" + "智" * n
        task = TaskFactory(
            section=world.task.section, code=f"三.(一).{n}", title=title,
            status="in_progress", percent=77,
        )  # fmt: skip
        TaskAssignment.objects.create(task=task, agency=world.agencies["lead"], role="lead")
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 900})
    page.context.add_cookies([{"name": "django_language", "value": "en", "url": page.base_url}])
    browser_login(page, "lead-staff")
    page.goto(page.base_url + "/tasks/")
    badges = page.locator("main .status")
    assert badges.count() >= 16
    torn = badges.evaluate_all(
        "els => els.filter(e => e.getClientRects().length > 1).map(e => e.textContent)"
    )
    assert torn == []

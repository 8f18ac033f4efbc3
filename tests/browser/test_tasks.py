"""Agency staff in a real browser: log in, My tasks, update a task with a note and a file."""

import re

import pytest

from tasks.models import StatusUpdate
from tests.conftest import browser_login
from tests.world import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_staff_updates_a_task_with_a_note_and_a_file(browser_page, tmp_path):
    world = World()
    page = browser_page
    browser_login(page, "lead-staff")
    page.click("text=我的任务")
    page.wait_for_selector("text=建设人工智能开放创新平台")
    assert page.locator("text=我的角色: 牵头单位").count() == 1

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

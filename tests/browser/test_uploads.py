"""What agency staff see when the file they chose cannot be received: a file named '..' is
named as the problem beside the field (the report is not saved without it), and a file name too
long for the server is a page that says so, with the way back to the task."""

import pytest

from tasks.models import StatusUpdate
from tests.conftest import browser_login
from tests.world import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def fill_report(page, world, file_name):
    page.goto(page.base_url + world.task.get_absolute_url())
    page.select_option("#id_status", "in_progress")
    page.fill("#id_percent", "45")
    page.fill("#id_note", "已召开推进会")
    page.set_input_files(
        "#id_evidence_file", {"name": file_name, "mimeType": "application/pdf", "buffer": PDF}
    )
    page.click("text=保存进展")


def test_evidence_named_dot_dot_is_refused_beside_the_field_and_nothing_is_saved(browser_page):
    world = World()
    page = browser_page
    browser_login(page, "lead-staff")
    fill_report(page, world, "..")
    error = page.locator("#id_evidence_file_error")
    error.wait_for()
    assert "文件名“..”不能用作文件名" in error.inner_text()
    assert page.locator("#id_note").input_value() == "已召开推进会"  # what was typed stays
    assert not StatusUpdate.objects.exists()


def test_a_file_name_too_long_for_the_server_says_so_and_leads_back(browser_page):
    world = World()
    page = browser_page
    page.context.add_cookies([{"name": "django_language", "value": "en", "url": page.base_url}])
    browser_login(page, "lead-staff")
    page.goto(page.base_url + world.task.get_absolute_url())
    page.select_option("#id_status", "in_progress")
    page.fill("#id_percent", "45")
    page.set_input_files(
        "#id_evidence_file",
        {"name": "进展情况报告" * 70 + ".pdf", "mimeType": "application/pdf", "buffer": PDF},
    )
    page.click("text=Save progress")
    page.wait_for_selector("text=The file name is too long")
    assert not StatusUpdate.objects.exists()
    page.get_by_role("link", name="Back to the previous page").click()
    page.wait_for_url(page.base_url + world.task.get_absolute_url())
    assert page.locator("#id_evidence_file").count() == 1

"""A leader goes from the zone dashboard to the final evaluation and the briefing and downloads
both as PDF and DOCX, in a real browser."""

import subprocess

import pytest

from tests.conftest import browser_login
from tests.targets.test_briefings import history
from tests.world import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_leader_reads_and_downloads_the_final_evaluation_and_a_briefing(browser_page, tmp_path):
    world = World()
    history(world)
    page = browser_page
    browser_login(page, "leader-a")
    page.goto(page.base_url + f"/dashboard/zones/{world.zone.slug}/?as_of=2025-12-31")
    page.get_by_role("link", name="终期评估").click()
    assert page.get_by_role("heading", name="指标：截止时与当前").is_visible()
    row = page.locator("table.grid tr", has_text="人工智能企业")
    # at the deadline: its figure then, and the verdict decided on it with why
    assert "80 家" in row.inner_text() and "逾期达成" in row.inner_text()
    assert "2026-06-30 达到 120 家（逾期）" in row.inner_text()
    with page.expect_download() as download:
        page.get_by_role("link", name="PDF").click()
    pdf = tmp_path / "evaluation.pdf"
    download.value.save_as(pdf)
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, check=True).stdout.decode()
    assert "终期评估" in text and world.task.title in text

    page.goto(page.base_url + f"/dashboard/zones/{world.zone.slug}/")
    page.get_by_role("link", name="简报").click()
    page.select_option("#period", "2025-Q4")
    page.get_by_role("button", name="查看").click()
    page.wait_for_url("**period=2025-Q4")
    assert page.get_by_role("heading", name="本期变化").is_visible()
    assert world.task.title in page.locator("#h-changes-tasks + div").inner_text()
    with page.expect_download() as download:
        page.get_by_role("link", name="Word 文档（DOCX）").click()
    assert download.value.suggested_filename.endswith("briefing-2025-Q4-zh-hans.docx")
    assert page.console_errors == []

"""The instruction loop (督办) in a real browser, with the clock moved by time-machine: a leader
issues an instruction to two agencies; one answers with evidence and a status update; the other
does not and turns yellow, then red; the leader closes the first and returns the second."""

import datetime

import pytest
import time_machine
from django.conf import settings
from django.utils import timezone

from tasks.models import InstructionRecipient, StatusUpdate
from tests.conftest import sign_in_as
from tests.world import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def at(day: datetime.date):
    """The clock of the test and of the live server's threads, at noon in the app's zone."""
    noon = datetime.datetime.combine(day, datetime.time(12), tzinfo=timezone.get_current_timezone())
    return time_machine.travel(noon, tick=True)


def part_row(page, agency_name):
    return page.locator("#instruction-parts tr", has_text=agency_name)


def issue(page, world, reply_by):
    sign_in_as(page, "leader-a")
    page.goto(page.base_url + world.task.get_absolute_url())
    page.click("text=下达督办")
    page.fill("#id_text", "请于本月底前报送平台建设进展及经费落实情况")
    # The task's agencies come ticked; this instruction is for two of them.
    page.uncheck(f"input[name=agencies][value='{world.agencies['responsible'].pk}']")
    page.check(f"input[name=agencies][value='{world.agencies['lead'].pk}']")
    page.check(f"input[name=agencies][value='{world.agencies['supporting'].pk}']")
    page.fill("#id_reply_by", reply_by.isoformat())
    page.check("input[name=level][value=key]")
    page.click("button:has-text('下达督办')")
    page.wait_for_selector("text=督办已下达")


def answer_with_evidence_and_status(page, tmp_path):
    sign_in_as(page, "lead-staff")
    nav = page.locator("header nav a", has_text="督办")
    assert nav.locator(".badge").inner_text() == "1"
    nav.click()
    page.click("text=建设人工智能开放创新平台")
    evidence = tmp_path / "平台建设进展报告.pdf"
    evidence.write_bytes(PDF)
    page.fill("#id_note", "平台已完成主体建设,经费已拨付 60%")
    page.set_input_files("#id_evidence_file", str(evidence))
    page.select_option("#id_status", "in_progress")
    page.fill("#id_percent", "60")
    page.click("text=提交答复")
    page.wait_for_selector("text=办理情况已答复")


def test_the_instruction_loop_end_to_end(browser_page, tmp_path):
    world = World()
    page = browser_page
    today = timezone.localdate()
    reply_by = today + datetime.timedelta(days=3)
    issue(page, world, reply_by)
    answer_with_evidence_and_status(page, tmp_path)
    world.task.refresh_from_db()
    assert (world.task.status, world.task.percent) == ("in_progress", 60)
    update = StatusUpdate.objects.get(task=world.task)
    assert update.evidence_file and update.agency == world.agencies["lead"]

    supporting = world.agencies["supporting"].name
    with at(reply_by + datetime.timedelta(days=2)):
        sign_in_as(page, "supporting-staff")
        page.goto(page.base_url + "/tasks/instructions/")
        page.click("text=建设人工智能开放创新平台")
        assert "黄牌" in part_row(page, supporting).inner_text()
        assert "逾期 2 天" in part_row(page, supporting).inner_text()

    late = settings.INSTRUCTION_RED_GRACE_DAYS + 1
    with at(reply_by + datetime.timedelta(days=late)):
        sign_in_as(page, "leader-a")
        page.goto(page.base_url + f"/dashboard/zones/{world.zone.slug}/")
        red_list = page.locator("#late-instructions")
        assert supporting in red_list.inner_text() and "红牌" in red_list.inner_text()
        red_list.locator("a", has_text="建设人工智能开放创新平台").first.click()
        assert "红牌" in part_row(page, supporting).inner_text()

        sign_in_as(page, "supporting-staff")  # answers at last, without evidence of funds
        page.goto(page.base_url + "/tasks/instructions/")
        page.click("text=建设人工智能开放创新平台")
        assert page.locator("#id_status").count() == 0  # a supporting agency: no task status
        page.fill("#id_note", "经费正在协调")
        page.click("text=提交答复")
        page.wait_for_selector("text=办理情况已答复")

        sign_in_as(page, "leader-a")
        page.goto(page.base_url + "/tasks/instructions/")
        page.click("text=建设人工智能开放创新平台")
        part_row(page, world.agencies["lead"].name).locator("button", has_text="办结").click()
        page.wait_for_selector("text=已办结。")
        row = part_row(page, supporting)
        row.locator("summary", has_text="退回").click()
        row.locator("textarea[name=reason]").fill("请说明经费到位时间和金额")
        row.locator("button", has_text="退回重办").click()
        page.wait_for_selector("text=已退回")
        assert "待答复" in part_row(page, supporting).inner_text()
        assert "红牌" in part_row(page, supporting).inner_text()  # the reply date stands
        timeline = page.locator("#h-timeline + ol").inner_text()
        for step in ("下达督办", "答复办理情况", "办结", "退回重办", "请说明经费到位时间和金额"):
            assert step in timeline

        page.goto(page.base_url + world.task.get_absolute_url())
        history = page.locator("#h-history + ol").inner_text()
        assert "下达督办" in history and "退回重办" in history
    states = dict(InstructionRecipient.objects.values_list("agency__name", "state"))
    assert states == {world.agencies["lead"].name: "closed", supporting: "awaiting"}
    assert page.console_errors == []

"""Dates a plan's work is given lie within the plan's period (1 January of its first year to
31 December of its last, ``pilots.plan_period``): a milestone dated 2000 or a deadline of 2100
would rewrite an ended plan's result. The task page's forms, the services behind them and the
admin all refuse them, naming the period; an instruction's reply date is bounded by the
plan's end, or a short time from today once the plan has ended."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from tasks import services
from tasks.instructions import REPLY_AFTER_END_DAYS, Subject, instruction_issue
from tasks.models import Instruction, Milestone
from tests.world import TODAY

DAY = datetime.timedelta(days=1)
PERIOD = "日期须在规划期内（2020-01-01 至 2025-12-31）"  # the world's plan: 2020–2025


@pytest.mark.parametrize("day", ["2000-01-01", "2019-12-31", "2026-01-01", "2100-12-31"])
def test_a_milestone_outside_the_plan_is_refused_naming_the_period(world, login, day):
    lead = login(world.users["lead_staff"])
    url = reverse("milestone-add", args=[world.task.pk])
    answer = lead.post(url, {"title": "完成选址", "due_on": day})
    assert answer.status_code == 400 and PERIOD in answer.content.decode()
    assert not Milestone.objects.exists()


def test_a_milestone_within_the_plan_is_kept_and_the_form_says_the_period(world, login):
    lead = login(world.users["lead_staff"])
    page = lead.get(world.task.get_absolute_url()).content.decode()
    assert 'min="2020-01-01"' in page and 'max="2025-12-31"' in page
    url = reverse("milestone-add", args=[world.task.pk])
    for day in ("2020-01-01", "2025-12-31"):
        assert lead.post(url, {"title": f"节点{day}", "due_on": day}).status_code == 302
    assert Milestone.objects.count() == 2


@pytest.mark.parametrize("day", ["2000-01-01", "2026-01-01", "2100-12-31"])
def test_a_deadline_outside_the_plan_is_refused_and_the_task_keeps_its_own(world, login, day):
    admin = login(world.users["zone_admin"])
    answer = admin.post(reverse("task-due", args=[world.task.pk]), {"due_on": day})
    assert answer.status_code == 400 and PERIOD in answer.content.decode()
    world.task.refresh_from_db()
    assert (world.task.due_on, world.task.due_source) == (None, "")


def test_the_services_refuse_dates_outside_the_plan(world):
    with translation.override("zh-hans"):
        with pytest.raises(ValidationError, match=PERIOD):
            services.milestone_add(task=world.task, title="节点", due_on=datetime.date(2000, 1, 1))
        with pytest.raises(ValidationError, match=PERIOD):
            services.task_due_set(task=world.task, due_on=datetime.date(2100, 12, 31))
    services.task_due_set(task=world.task, due_on=datetime.date(2025, 12, 31))
    assert not Milestone.objects.exists()


def test_the_admin_refuses_dates_outside_the_plan(world, admin_client):
    with translation.override("zh-hans"):
        answer = admin_client.post(
            reverse("admin:tasks_milestone_add"),
            {"task": world.task.pk, "title": "节点", "due_on": "2000-01-01"},
            HTTP_ACCEPT_LANGUAGE="zh-hans",
        )
    assert answer.status_code == 200 and PERIOD in answer.content.decode()
    assert not Milestone.objects.exists()
    world.task.due_on, world.task.due_source = datetime.date(2100, 12, 31), "admin"
    with translation.override("zh-hans"), pytest.raises(ValidationError, match=PERIOD):
        world.task.full_clean()


def issue(world, reply_by):
    return instruction_issue(
        subject=Subject.of_task(world.task), text="请报送", level="normal",
        agencies=[world.agencies["lead"]], by=world.users["leadership"], reply_by=reply_by,
    )  # fmt: skip


def test_an_ended_plans_instruction_is_answered_soon_not_by_2100(world):
    latest = TODAY() + REPLY_AFTER_END_DAYS * DAY
    with translation.override("zh-hans"):
        for day in (datetime.date(2100, 12, 31), latest + DAY):
            with pytest.raises(ValidationError, match=f"答复期限最迟为 {latest.isoformat()}"):
                issue(world, day)
    assert issue(world, latest).reply_by == latest
    assert Instruction.objects.count() == 1


def test_a_running_plans_instruction_may_be_answered_until_its_end(world, login):
    from pilots.models import Plan

    end = datetime.date(TODAY().year + 2, 12, 31)
    Plan.objects.filter(pk=world.plan.pk).update(period_end=end.year)
    world.task.plan.refresh_from_db()
    assert issue(world, end).reply_by == end
    url = reverse("instruction-new", args=[world.task.pk])
    data = {"text": "请报送", "agencies": [world.agencies["lead"].pk], "level": "normal",
            "reply_by": (end + DAY).isoformat()}  # fmt: skip
    answer = login(world.users["leadership"]).post(url, data)
    assert answer.status_code == 400 and f"至 {end.isoformat()} 止" in answer.content.decode()


def test_the_instruction_forms_date_picker_offers_the_dates_allowed(world, login):
    page = login(world.users["leadership"]).get(reverse("instruction-new", args=[world.task.pk]))
    latest = TODAY() + REPLY_AFTER_END_DAYS * DAY
    html = page.content.decode()
    assert f'min="{TODAY().isoformat()}"' in html and f'max="{latest.isoformat()}"' in html

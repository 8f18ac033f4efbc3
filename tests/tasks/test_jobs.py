"""The tasks app's jobs: reminders in the app and by e-mail."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from pilots.models import Plan
from tasks.models import Milestone, Notification
from tasks.reminders import reminders_due, reminders_send
from tests.world import TODAY


@pytest.fixture
def running(world):
    """The world's plan (2020-2025) running until the end of next year."""
    Plan.objects.filter(pk=world.plan.pk).update(period_end=TODAY().year + 1)
    return world


def test_reminders_in_app_and_by_mail_never_twice_in_a_few_days(running, world, login):
    world.users["lead_staff"].email = "clerk@example.gov.cn"
    world.users["lead_staff"].save()
    Milestone.objects.create(
        task=world.task, title="完成选址", due_on=TODAY() + datetime.timedelta(days=2)
    )
    assert reminders_send(as_of=TODAY()) > 0
    mine = Notification.objects.filter(user=world.users["lead_staff"])
    assert set(mine.values_list("kind", flat=True)) == {"stale_task", "milestone_due"}
    assert len(mail.outbox) == 1 and "clerk@example.gov.cn" in mail.outbox[0].to
    assert "完成选址" in mail.outbox[0].body
    assert reminders_send(as_of=TODAY() + datetime.timedelta(days=1)) == 0
    assert reminders_send(as_of=TODAY() + datetime.timedelta(days=4)) > 0
    page = login(world.users["lead_staff"]).get(reverse("notifications")).content.decode()
    assert "完成选址" in page and "从未更新" in page


def test_reminders_recorded_while_the_mail_server_is_away_are_mailed_on_the_next_run(
    running, world, settings
):
    """The mail server refusing connections (a real closed port) fails the run after the
    reminders are recorded; the next run, with mail back, e-mails them, once."""
    from tests.stack import free_port

    world.users["lead_staff"].email = "clerk@example.gov.cn"
    world.users["lead_staff"].save()
    Milestone.objects.create(
        task=world.task, title="完成选址", due_on=TODAY() + datetime.timedelta(days=2)
    )
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 5
    with pytest.raises(OSError):
        reminders_send(as_of=TODAY())
    recorded = Notification.objects.filter(user=world.users["lead_staff"])
    assert recorded.exists() and not recorded.filter(emailed=True).exists()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    reminders_send(as_of=TODAY() + datetime.timedelta(days=1))
    assert len(mail.outbox) == 1 and "完成选址" in mail.outbox[0].body
    assert not recorded.filter(emailed=False).exists()
    reminders_send(as_of=TODAY() + datetime.timedelta(days=1))
    assert len(mail.outbox) == 1


def test_no_reminders_of_a_plan_that_has_ended_or_not_yet_begun(world):
    """The world's plan ended on 2025-12-31: its open tasks and late milestones are judged at
    its end, not mailed about every third day for ever ("1,474 天未更新" in the demo)."""
    Milestone.objects.create(task=world.task, title="完成选址", due_on=datetime.date(2025, 6, 30))
    ended = datetime.date(2026, 1, 1)
    assert reminders_due(as_of=ended) == []
    assert {r.kind for r in reminders_due(as_of=datetime.date(2025, 12, 31))} == {
        "stale_task", "milestone_overdue"
    }  # fmt: skip
    Plan.objects.filter(pk=world.plan.pk).update(issued_on=datetime.date(2020, 5, 19))
    assert reminders_due(as_of=datetime.date(2020, 5, 18)) == []  # not yet issued
    assert reminders_due(as_of=datetime.date(2020, 5, 19))


def test_the_reminders_command_says_why_an_ended_plan_gets_none(world):
    """With every plan ended, the operator who runs the job's twin reads why nothing was sent."""
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("send_reminders", "--as-of", "2026-12-05", "--plan", world.plan.code, stdout=out)
    said = out.getvalue()
    assert f"plan {world.plan.code}: ended on 2025-12-31" in said
    assert "0 reminder(s) sent for 2026-12-05" in said
    assert Notification.objects.count() == 0
    out = StringIO()
    call_command("send_reminders", "--as-of", "2025-12-31", "--dry-run", stdout=out)
    assert "ended on" not in out.getvalue() and "stale_task" in out.getvalue()

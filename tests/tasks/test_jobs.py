"""The tasks app's jobs: reminders in the app and by e-mail."""

import datetime

from django.core import mail
from django.urls import reverse

from tasks.models import Milestone, Notification
from tasks.reminders import reminders_send
from tests.world import TODAY


def test_reminders_in_app_and_by_mail_never_twice_in_a_few_days(world, login):
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

"""A form sent twice at once (a double click, a browser resending a slow post) saves once.

Found by the hostile sweep against gunicorn on PostgreSQL: eight simultaneous posts of the same
instruction (督办) made eight instructions — each agency told eight times and owing eight
answers — and the same milestone or comment was kept eight times. Each test here failed on
the code before the fix (8 rows instead of 1).
"""

import datetime
import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tasks.models import Comment, Instruction, InstructionRecipient, Milestone, Notification

SENDERS = 6


def _post_at_once(user, url: str, data: dict) -> list[int]:
    """The same post from ``SENDERS`` clients of one user, released together."""
    clients = []
    for _ in range(SENDERS):
        client = Client()
        client.force_login(user)
        clients.append(client)
    barrier, statuses = threading.Barrier(SENDERS), []

    def post(client):
        barrier.wait()
        try:
            statuses.append(client.post(url, data).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return statuses


@pytest.fixture
def world(transactional_db):
    if connection.vendor != "postgresql":
        from tests.conftest import unavailable

        unavailable("needs PostgreSQL (DATABASE_URL) for real concurrency")
    from tests.world import World

    return World()


def test_an_instruction_sent_twice_at_once_is_issued_once(world):
    agency = world.agencies["lead"]
    data = {
        "text": "请于本周报送平台建设进展",
        "agencies": [agency.pk],
        "reply_by": (timezone.localdate() + datetime.timedelta(days=5)).isoformat(),
        "level": "key",
    }
    url = reverse("instruction-new", args=[world.task.pk])
    statuses = _post_at_once(world.users["leadership"], url, data)
    assert statuses == [302] * SENDERS
    assert Instruction.objects.count() == 1
    assert InstructionRecipient.objects.count() == 1
    told = Notification.objects.filter(
        user=world.users["lead_staff"], kind=Notification.Kind.INSTRUCTION
    )
    assert told.count() == 1


def test_the_same_instruction_issued_again_later_is_a_new_instruction(world):
    from tasks.instructions import Subject, instruction_issue

    agency = world.agencies["lead"]
    kwargs = {
        "subject": Subject.of_task(world.task),
        "text": "请报送进展",
        "agencies": [agency],
        "reply_by": timezone.localdate() + datetime.timedelta(days=5),
        "level": "key",
        "by": world.users["leadership"],
    }
    first = instruction_issue(**kwargs)
    Instruction.objects.filter(pk=first.pk).update(
        issued_at=timezone.now() - datetime.timedelta(hours=1)
    )
    assert instruction_issue(**kwargs).pk != first.pk


def test_a_milestone_sent_twice_at_once_is_kept_once(world):
    data = {"title": "完成平台选址", "due_on": "2025-06-30"}
    url = reverse("milestone-add", args=[world.task.pk])
    statuses = _post_at_once(world.users["lead_staff"], url, data)
    assert statuses == [302] * SENDERS
    assert Milestone.objects.filter(task=world.task).count() == 1


def test_a_comment_sent_twice_at_once_is_kept_once(world):
    url = reverse("task-comment", args=[world.task.pk])
    statuses = _post_at_once(world.users["lead_staff"], url, {"text": "选址已报市政府"})
    assert all(s == 302 for s in statuses)
    assert Comment.objects.filter(task=world.task).count() == 1

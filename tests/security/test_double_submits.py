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


@pytest.fixture
def hefei_drafts(transactional_db, seeds_dir):
    """Two drafts of 合肥's plan (one file uploaded twice), each with its load previewed."""
    if connection.vendor != "postgresql":
        from tests.conftest import unavailable

        unavailable("needs PostgreSQL (DATABASE_URL) for real concurrency")
    from pilots.models import Membership, PlanDraft
    from pilots.plan_drafts import plan_draft_preview
    from tests.factories import UserFactory, ZoneFactory
    from tests.pilots.test_plan_drafts import HEFEI, drafted

    hefei = ZoneFactory(slug="hefei", name="合肥市", name_en="Hefei", level="city")
    admin = UserFactory(username="hf-admin")
    Membership.objects.create(user=admin, role="zone_admin", zone=hefei)
    content = (seeds_dir / HEFEI).read_bytes()
    drafts = []
    for _ in range(2):
        draft = drafted(hefei, admin, "hefei.txt", content)
        assert plan_draft_preview(draft=draft, user=admin)[0]
        drafts.append(PlanDraft.objects.get(pk=draft.pk))
    return admin, drafts


def _confirm_at_once(admin, drafts) -> list[int]:
    """Each draft's load confirmed from its own browser, released together (a 500 counts)."""
    barrier, statuses = threading.Barrier(len(drafts)), []

    def confirm(draft):
        client = Client(raise_request_exception=False)
        client.force_login(admin)
        barrier.wait()
        try:
            url = reverse("plan-draft-load", args=["hefei", draft.pk])
            statuses.append(client.post(url, {"upload": draft.upload_id}).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=confirm, args=(d,)) for d in drafts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return statuses


def test_a_drafts_load_confirmed_twice_at_once_loads_the_plan_once(hefei_drafts):
    from pilots.models import Plan, PlanUpload
    from tasks.models import Task

    admin, (draft, _other) = hefei_drafts
    statuses = _confirm_at_once(admin, [draft] * SENDERS)
    assert statuses == [302] * SENDERS
    assert Plan.objects.count() == 1 and PlanUpload.objects.exclude(applied_at=None).count() == 1
    assert Task.objects.values("code").distinct().count() == Task.objects.count() > 0


def test_two_drafts_of_one_new_plan_confirmed_at_once_load_one_and_refuse_the_other(
    hefei_drafts,
):
    """Both previews were made before the plan existed: the second load's insert met the first's
    plan (an IntegrityError, a 500); it is refused as outdated, nothing of it written."""
    from pilots.models import Plan, PlanSource, PlanUpload

    admin, drafts = hefei_drafts
    statuses = _confirm_at_once(admin, drafts)
    assert statuses == [302, 302]
    assert Plan.objects.count() == 1 and PlanUpload.objects.exclude(applied_at=None).count() == 1
    assert PlanSource.objects.exclude(loaded_at=None).count() == 1

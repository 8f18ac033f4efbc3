"""One stale draft redrafted from two browsers at once (two admins, a double click, the page's
button and a worker's redelivered job): the document is drafted once, the other run waits for
nothing and leaves the draft to the first."""

import datetime
import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pilots.plan_drafts
from pilots.models import Membership, PlanDraft
from tests.factories import UserFactory, ZoneFactory
from tests.pilots.test_plan_drafts import HEFEI

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


def test_two_redrafts_of_one_stale_draft_draft_it_once(needs_postgres, seeds_dir, monkeypatch):
    hefei = ZoneFactory(slug="hefei", name="合肥市", name_en="Hefei", level="city")
    admins = [UserFactory(username=f"hf-admin-{n}") for n in range(2)]
    for admin in admins:
        Membership.objects.create(user=admin, role="zone_admin", zone=hefei)
    text = (seeds_dir / HEFEI).read_text(encoding="utf-8")
    draft = pilots.plan_drafts.plan_source_receive(
        zone=hefei, file_name="hefei.txt", content=text.encode(), user=admins[0]
    )
    # its worker died an hour ago, mid-run
    PlanDraft.objects.filter(pk=draft.pk).update(
        status=PlanDraft.Status.RUNNING, started_at=timezone.now() - datetime.timedelta(hours=1)
    )
    drafting, runs, both_in = pilots.plan_drafts.plan_draft, [], threading.Barrier(2)

    def drafted_slowly(*args, **kwargs):  # the time a long PDF takes, for the runs to overlap
        runs.append(threading.get_ident())
        threading.Event().wait(1.5)
        return drafting(*args, **kwargs)

    monkeypatch.setattr(pilots.plan_drafts, "plan_draft", drafted_slowly)
    answers = {}

    def redraft(admin):
        client = Client(raise_request_exception=False)
        client.force_login(admin)
        both_in.wait(timeout=10)
        try:
            url = reverse("plan-draft-redraft", args=["hefei", draft.pk])
            answers[admin.username] = client.post(url).status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=redraft, args=[admin]) for admin in admins]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    assert answers == {"hf-admin-0": 302, "hf-admin-1": 302}
    assert len(runs) == 1, f"drafted {len(runs)} times"
    done = PlanDraft.objects.get(pk=draft.pk)
    assert done.status == PlanDraft.Status.READY and "hefei" in done.text


def test_a_draft_being_drafted_is_not_deleted_under_its_run(needs_postgres, seeds_dir):
    """Another process drafts it (it holds the draft's run, as a worker does): the delete is
    refused saying so, and the draft, its source and its file stay for the run to finish."""
    import psycopg2

    from pilots.locks import DRAFTING
    from pilots.models import PlanSource
    from tests.reliability.conftest import database_url_of_tests

    hefei = ZoneFactory(slug="hefei", name="合肥市", name_en="Hefei", level="city")
    admin = UserFactory(username="hf-admin")
    Membership.objects.create(user=admin, role="zone_admin", zone=hefei)
    text = (seeds_dir / HEFEI).read_text(encoding="utf-8")
    draft = pilots.plan_drafts.plan_source_receive(
        zone=hefei, file_name="hefei.txt", content=text.encode(), user=admin
    )
    worker = psycopg2.connect(database_url_of_tests())
    try:
        worker.autocommit = True
        worker.cursor().execute("select pg_advisory_lock(%s, %s)", [DRAFTING, draft.pk])
        client = Client()
        client.force_login(admin)
        delete = reverse("plan-draft-delete", args=["hefei", draft.pk])
        refused = client.post(delete, {"confirm": "1"}, follow=True)
        assert "正在起草" in refused.content.decode()
        assert PlanDraft.objects.filter(pk=draft.pk).exists()
    finally:
        worker.close()
    deleted = client.post(delete, {"confirm": "1"}, follow=True)
    assert "已删除" in deleted.content.decode() and not PlanSource.objects.exists()

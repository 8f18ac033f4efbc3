"""A draft's load confirmed while PostgreSQL drops the connection in the middle of writing the
plan, or while Redis is stopped: nothing half-loaded, a clear answer (503 "not saved", or the
ordinary one), and confirming again loads the plan once."""

import re

import pytest
import requests
from django.db import close_old_connections, connection
from django.test import Client
from django.urls import reverse

from pilots.models import Plan, PlanDraft, PlanSource, PlanUpload
from pilots.plan_drafts import plan_draft_preview
from tasks.models import Task
from tests.pilots.test_plan_drafts import HEFEI, drafted
from tests.stack import sessions_for, snapshot_drift, wait_for

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def previewed(seeds_dir):
    """合肥's plan drafted and its load previewed by the zone's admin."""
    from pilots.models import Membership
    from tests.factories import UserFactory, ZoneFactory

    hefei = ZoneFactory(slug="hefei", name="合肥市", name_en="Hefei", level="city")
    admin = UserFactory(username="hf-admin")
    Membership.objects.create(user=admin, role="zone_admin", zone=hefei)
    text = (seeds_dir / HEFEI).read_text(encoding="utf-8")
    draft = drafted(hefei, admin, "hefei.txt", text.encode())
    upload, problems = plan_draft_preview(draft=draft, user=admin)
    assert upload and not problems
    return admin, PlanDraft.objects.get(pk=draft.pk)


def _nothing_loaded(draft) -> bool:
    source = PlanSource.objects.get(pk=draft.source_id)
    return (
        not Plan.objects.exists() and not Task.objects.exists()
        and source.loaded_at is None and source.plan_id is None
        and not PlanUpload.objects.exclude(applied_at=None).exists()
    )  # fmt: skip


def test_the_connection_lost_mid_load_loads_nothing_and_confirming_again_loads_once(
    needs_postgres, previewed, monkeypatch
):
    """The plan's rows are written, the source's passages not yet: the backend is terminated (as
    a PostgreSQL restart does). The answer is 503, not a 500; the retry loads the plan."""
    import pilots.plan_drafts

    admin, draft = previewed
    located = pilots.plan_drafts.task_passages
    calls = []

    def connection_lost(*args):
        calls.append(1)
        if len(calls) == 1:
            with connection.cursor() as cursor:
                cursor.execute("select pg_terminate_backend(pg_backend_pid())")
        return located(*args)

    monkeypatch.setattr(pilots.plan_drafts, "task_passages", connection_lost)
    client = Client(raise_request_exception=False)
    client.force_login(admin)
    load = reverse("plan-draft-load", args=["hefei", draft.pk])
    lost = client.post(load, {"upload": draft.upload_id})
    assert lost.status_code == 503 and lost["Retry-After"]
    close_old_connections()  # what the server does as the next request starts
    connection.close()
    assert _nothing_loaded(draft)

    client.force_login(admin)
    again = client.post(load, {"upload": draft.upload_id})
    assert again.status_code == 302 and again["Location"] == "/plans/hefei-ai-2026/"
    assert Plan.objects.count() == 1 and PlanSource.objects.get().loaded_at
    assert Task.objects.count() == len(PlanSource.objects.get().passages) > 0


def test_a_load_confirmed_while_redis_is_down_is_loaded_and_its_rollup_done_when_it_is_back(
    stack, redis_server, previewed
):
    admin, draft = previewed
    stack.start_worker()
    stack.start_beat()
    stack.start_web()

    http = requests.Session()
    http.cookies.set("sessionid", sessions_for([admin])["hf-admin"])
    http.cookies.set("csrftoken", "c" * 32)
    http.headers["X-CSRFToken"] = "c" * 32
    load = f"{stack.url}/zone-admin/hefei/drafts/{draft.pk}/load/"

    redis_server.stop()
    confirmed = http.post(load, data={"upload": draft.upload_id}, timeout=60,
                          allow_redirects=False)  # fmt: skip
    page = http.get(stack.url + confirmed.headers.get("Location", "/"), timeout=30)
    again = http.post(load, data={"upload": draft.upload_id}, timeout=60)
    redis_server.start()

    assert confirmed.status_code == 302, (confirmed.status_code, stack.log("web")[-3000:])
    assert page.status_code == 200 and not re.search(r"Traceback", page.text)
    assert again.status_code == 200 and "已载入过" in again.text
    assert Plan.objects.count() == 1 and PlanSource.objects.get().loaded_at
    plan = Plan.objects.get()
    converged = wait_for(lambda: not snapshot_drift([plan.pk]), timeout=90)
    assert converged, (snapshot_drift([plan.pk]), stack.log("worker")[-3000:])

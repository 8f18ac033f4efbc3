"""Drafting on the real services: the upload's job goes through Redis to a Celery worker process,
which reads the stored document and records its progress on the draft the page polls."""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pilots.models import Membership, PlanDraft
from tests.factories import UserFactory, ZoneFactory
from tests.pilots.test_plan_drafts import HEFEI, docx_of
from tests.test_worker import real_services, worker  # noqa: F401  (fixtures, by name below)

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def shared_media(settings, monkeypatch):
    """The worker process stores and reads files where the test does."""
    monkeypatch.setenv("DJANGO_MEDIA_ROOT", str(settings.MEDIA_ROOT))


@pytest.mark.usefixtures("shared_media", "worker")
def test_an_uploaded_document_is_drafted_by_the_worker_with_progress(client, seeds_dir, request):
    zone = ZoneFactory(slug="hefei", name="合肥市", level="city")
    admin = UserFactory(username="hf-admin")
    Membership.objects.create(user=admin, role="zone_admin", zone=zone)
    client.force_login(admin)
    content = docx_of((seeds_dir / HEFEI).read_text(encoding="utf-8"))
    response = client.post(
        reverse("plan-drafts", args=["hefei"]),
        {"file": SimpleUploadedFile("合肥.docx", content)},
    )
    draft = PlanDraft.objects.get()
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    status_url = reverse("plan-draft-status", args=["hefei", draft.pk])
    assert 'id="draft-bar"' in page and status_url in page  # the page that polls
    seen = []
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        state = client.get(status_url).json()
        seen.append(state["progress"])
        if state["status"] in ("ready", "failed"):
            break
        time.sleep(0.3)
    draft.refresh_from_db()
    assert draft.status == PlanDraft.Status.READY, draft.message
    assert seen == sorted(seen) and seen[-1] == 100
    log = request.getfixturevalue("worker").read_text()
    assert "pilots.draft_plan_source" in log and "succeeded" in log  # the worker drafted it
    page = client.get(response["Location"]).content.decode()
    assert 'id="source-text"' in page and "src-sections-0-tasks-0" in page

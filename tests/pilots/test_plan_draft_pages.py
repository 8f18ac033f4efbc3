"""The draft pages as a zone admin drives them: what the page says after a save that did not
happen, and what a second look at an unchanged draft costs."""

from __future__ import annotations

import uuid

import pytest
from django.urls import reverse

from pilots.models import PlanDraft
from pilots.plan_fixtures import plan_document_parse
from tests.pilots import test_plan_drafts as drafts
from tests.pilots.test_plan_drafts import drafted

pytestmark = pytest.mark.django_db

# The fixtures of the drafting tests, shared rather than copied.
hefei, hefei_admin, hefei_text = drafts.hefei, drafts.hefei_admin, drafts.hefei_text


def test_a_save_refused_because_another_tab_saved_keeps_the_edit_and_claims_no_check(
    hefei, hefei_admin, hefei_text, client
):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    client.force_login(hefei_admin)
    url = reverse("plan-draft-edit", args=["hefei", draft.pk])
    one = draft.text + "\n# tab one\n"
    first = client.post(url, {"text": one, "version": 0, "action": "check"})
    assert first.status_code == 200
    mine = draft.text + "\n# tab two\n"
    refused = client.post(url, {"text": mine, "version": 0, "action": "check"})
    page = refused.content.decode()
    assert refused.status_code == 409
    assert "# tab two" in page  # the edit is still in the editor
    assert 'id="draft-ok"' not in page  # nothing was checked: it must not say the draft passed
    assert 'id="draft-unsaved"' in page
    # the form now carries the saved version: saving again (knowingly) keeps this edit
    assert refused.context["form"]["version"].value() == 1
    again = client.post(url, {"text": mine, "version": 1, "action": "check"})
    assert again.status_code == 200
    assert PlanDraft.objects.get(pk=draft.pk).text == mine.replace("\r\n", "\n")


def test_a_second_look_at_an_unchanged_draft_does_not_read_its_yaml_again(
    hefei, hefei_admin, hefei_text, client, monkeypatch
):
    from pilots import plan_fixtures
    from pilots.plan_drafts import plan_draft_save

    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    unique = f"# look {uuid.uuid4()}\n"  # the cache is shared: a text no other run has seen
    draft = plan_draft_save(
        draft=draft, text=unique + draft.text, expected_version=0, user=hefei_admin
    )
    title = plan_document_parse(name="d", text=draft.text).data["plan"]["title"]
    reads = []
    real = plan_fixtures._yaml
    monkeypatch.setattr(plan_fixtures, "_yaml", lambda *a: reads.append(1) or real(*a))
    client.force_login(hefei_admin)
    url = reverse("plan-draft", args=["hefei", draft.pk])
    first, second = client.get(url), client.get(url)
    assert first.status_code == second.status_code == 200
    assert len(reads) == 1
    shown = [r.content.decode().split('id="draft-summary"')[1] for r in (first, second)]
    assert shown[0] == shown[1]
    # an edit is a different draft: read afresh, and shown
    edited = draft.text.replace(f"title: {title}", f"title: {title}(修订稿)", 1)
    plan_draft_save(draft=draft, text=edited, expected_version=draft.version, user=hefei_admin)
    assert f"{title}(修订稿)" in client.get(url).content.decode()
    assert len(reads) == 2

"""The draft pages as a zone admin drives them: what the page says after a save that did not
happen, and what a second look at an unchanged draft costs."""

from __future__ import annotations

import pytest
from django.urls import reverse

from pilots.models import PlanDraft
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

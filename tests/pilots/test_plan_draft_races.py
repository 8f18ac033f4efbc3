"""A draft's load as operators and attackers drive it: two browsers, a confirmation sent twice or
after the preview moved on, the database changed between preview and confirmation."""

import html
import re

from django.urls import reverse

from pilots.models import Agency, Plan, PlanDraft, PlanUpload
from pilots.plan_fixtures import plan_document_parse
from tests.pilots import test_plan_drafts as drafts
from tests.pilots.test_plan_drafts import drafted

# The fixtures of the drafting tests, shared rather than copied.
hefei, hefei_admin, hefei_text = drafts.hefei, drafts.hefei_admin, drafts.hefei_text


def _previewed(client, draft, text: str, version: int) -> int:
    """Save the draft and preview its load, as the editor's "save and preview" does."""
    edit = reverse("plan-draft-edit", args=["hefei", draft.pk])
    response = client.post(edit, {"text": text, "version": version, "action": "load"})
    assert response.status_code == 302, response.content.decode()[:2000]
    return PlanDraft.objects.get(pk=draft.pk).upload_id


def _said(response) -> str:
    return " ".join(
        re.findall(r'<li class="(?:error|success|info)">([^<]*)', response.content.decode())
    )


def test_a_confirmation_of_a_preview_another_browser_replaced_loads_nothing(
    hefei, hefei_admin, hefei_text, client
):
    """Browser A previews and reads the changes; browser B edits the draft and previews again.
    A's confirmation loaded B's version, which A never saw."""
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    client.force_login(hefei_admin)
    seen = _previewed(client, draft, draft.text, 0)
    load = reverse("plan-draft-load", args=["hefei", draft.pk])
    page = client.get(load).content.decode()
    assert f'name="upload" value="{seen}"' in page

    _previewed(client, draft, draft.text.replace("title: 合肥", "title: 合肥市", 1), 1)
    response = client.post(load, {"upload": seen}, follow=True)
    assert not Plan.objects.exists() and not PlanUpload.objects.exclude(applied_at=None).exists()
    assert "已被一次新的预览" in _said(response)


def test_a_confirmation_sent_twice_loads_the_plan_once_and_says_so(
    hefei, hefei_admin, hefei_text, client
):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    client.force_login(hefei_admin)
    upload = _previewed(client, draft, draft.text, 0)
    load = reverse("plan-draft-load", args=["hefei", draft.pk])
    assert "规划已载入" in _said(client.post(load, {"upload": upload}, follow=True))
    again = client.post(load, {"upload": upload}, follow=True)  # the back button, and again
    assert again.status_code == 200 and _said(again) == "这份预览已载入过，未再次载入。"
    assert Plan.objects.count() == 1 and PlanUpload.objects.exclude(applied_at=None).count() == 1


def test_an_agency_named_between_preview_and_confirmation_refuses_the_load_not_a_500(
    hefei, hefei_admin, hefei_text, client
):
    """Another admin adds, meanwhile, an agency under a name the draft gives another code: the
    load's insert broke the zone's unique agency names (IntegrityError, a 500)."""
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    client.force_login(hefei_admin)
    upload = _previewed(client, draft, draft.text, 0)
    name = plan_document_parse(name="d", text=draft.text).data["agencies"][0]["name"]
    Agency.objects.create(zone=hefei, code="added-meanwhile", name=name, category="other")
    load = reverse("plan-draft-load", args=["hefei", draft.pk])
    response = client.post(load, {"upload": upload}, follow=True)
    assert response.status_code == 200 and "请重新预览" in _said(response)
    assert not Plan.objects.exists() and Agency.objects.filter(zone=hefei).count() == 1


def test_a_confirmation_after_the_draft_was_deleted_is_a_404_and_loads_nothing(
    hefei, hefei_admin, hefei_text, client
):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    client.force_login(hefei_admin)
    upload = _previewed(client, draft, draft.text, 0)
    PlanDraft.objects.filter(pk=draft.pk).delete()  # in the admin, by another hand
    response = client.post(reverse("plan-draft-load", args=["hefei", draft.pk]), {"upload": upload})
    assert response.status_code == 404 and not Plan.objects.exists()


def test_a_loaded_draft_given_another_plan_code_does_not_take_its_source_from_the_first_plan(
    hefei, hefei_admin, hefei_text, client
):
    """Loaded as hefei-ai-2026, then its code edited and loaded again: a second plan was made
    and the source moved to it, so the first plan's tasks lost their 原文 view, unsaid."""
    from pilots.models import PlanSource

    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    client.force_login(hefei_admin)
    upload = _previewed(client, draft, draft.text, 0)
    load = reverse("plan-draft-load", args=["hefei", draft.pk])
    assert client.post(load, {"upload": upload}).status_code == 302
    renamed = draft.text.replace("code: hefei-ai-2026", "code: hefei-ai-2027", 1)
    edit = reverse("plan-draft-edit", args=["hefei", draft.pk])
    response = client.post(edit, {"text": renamed, "version": 1, "action": "load"})
    page = html.unescape(response.content.decode())
    assert response.status_code == 400 and "本草稿已载入为规划 hefei-ai-2026" in page
    assert list(Plan.objects.values_list("code", flat=True)) == ["hefei-ai-2026"]
    assert PlanSource.objects.get().plan.code == "hefei-ai-2026"

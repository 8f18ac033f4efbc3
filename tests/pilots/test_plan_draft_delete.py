"""A draft uploaded by mistake (the wrong file, a confidential one) is deleted by the zone's admin
with its source and the file, once they say so; a draft loaded as a plan keeps its source with
that plan and is not deleted."""

from django.urls import reverse

from pilots.models import PlanDraft, PlanSource
from pilots.plan_drafts import plan_draft_apply, plan_draft_preview
from tests.pilots import test_plan_drafts as drafts
from tests.pilots.test_plan_drafts import drafted

hefei, hefei_admin, hefei_text = drafts.hefei, drafts.hefei_admin, drafts.hefei_text


def _said(response) -> str:
    return response.content.decode()


def test_a_draft_never_loaded_is_deleted_with_its_file_once_confirmed(
    hefei, hefei_admin, hefei_text, client, settings, django_capture_on_commit_callbacks
):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    stored = settings.MEDIA_ROOT / draft.source.file.name
    assert stored.exists()
    client.force_login(hefei_admin)
    page = client.get(reverse("plan-draft", args=["hefei", draft.pk])).content.decode()
    delete = reverse("plan-draft-delete", args=["hefei", draft.pk])
    assert delete in page
    unconfirmed = client.post(delete, follow=True)
    assert "未删除" in _said(unconfirmed) and PlanDraft.objects.filter(pk=draft.pk).exists()
    assert stored.exists()

    with django_capture_on_commit_callbacks(execute=True):  # the file goes once committed
        deleted = client.post(delete, {"confirm": "1"}, follow=True)
    assert deleted.redirect_chain[-1][0] == reverse("plan-drafts", args=["hefei"])
    assert "已删除" in _said(deleted)
    assert not PlanDraft.objects.exists() and not PlanSource.objects.exists()
    assert not stored.exists()
    assert client.post(delete, {"confirm": "1"}).status_code == 404


def test_a_draft_loaded_as_a_plan_is_not_deleted(hefei, hefei_admin, hefei_text, client, settings):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    plan_draft_preview(draft=draft, user=hefei_admin)
    draft.refresh_from_db()
    plan_draft_apply(draft=draft, user=hefei_admin)
    client.force_login(hefei_admin)
    page = client.get(reverse("plan-draft", args=["hefei", draft.pk])).content.decode()
    delete = reverse("plan-draft-delete", args=["hefei", draft.pk])
    assert delete not in page
    refused = client.post(delete, {"confirm": "1"}, follow=True)
    assert refused.status_code == 200 and "不能删除" in _said(refused)
    assert PlanDraft.objects.filter(pk=draft.pk).exists()
    assert (settings.MEDIA_ROOT / PlanSource.objects.get().file.name).exists()

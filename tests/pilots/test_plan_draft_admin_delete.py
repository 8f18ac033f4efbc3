"""A draft deleted in the Django admin (its delete page or the bulk action) goes the way of the
draft's own delete page: a draft never loaded with its source and the stored file (once the
deletion is committed), a loaded one alone, its source and file kept with its plan."""

from django.urls import reverse

from pilots.models import PlanDraft, PlanSource
from pilots.plan_drafts import plan_draft_apply, plan_draft_preview, plan_source_receive
from tests.pilots import test_plan_drafts as drafts
from tests.pilots.test_plan_drafts import drafted

hefei, hefei_admin, hefei_text = drafts.hefei, drafts.hefei_admin, drafts.hefei_text


def _stored(settings, draft) -> object:
    return settings.MEDIA_ROOT / draft.source.file.name


def test_a_draft_deleted_on_its_admin_page_goes_with_its_source_and_file(
    hefei, hefei_admin, hefei_text, admin_client, settings, django_capture_on_commit_callbacks
):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    stored = _stored(settings, draft)
    url = reverse("admin:pilots_plandraft_delete", args=[draft.pk])
    confirm = admin_client.get(url)
    assert confirm.status_code == 200 and "hefei.txt" in confirm.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        deleted = admin_client.post(url, {"post": "yes"}, follow=True)
    assert deleted.status_code == 200
    assert not PlanDraft.objects.exists() and not PlanSource.objects.exists()
    assert not stored.exists()


def test_drafts_deleted_in_bulk_go_with_their_files_and_a_loaded_one_keeps_its_source(
    hefei, hefei_admin, hefei_text, admin_client, settings, django_capture_on_commit_callbacks
):
    mistaken = [
        drafted(hefei, hefei_admin, f"wrong-{n}.txt", hefei_text.encode() + bytes([48 + n]))
        for n in range(2)
    ]
    loaded = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    plan_draft_preview(draft=loaded, user=hefei_admin)
    loaded.refresh_from_db()
    plan_draft_apply(draft=loaded, user=hefei_admin)
    files = [_stored(settings, d) for d in mistaken]
    kept = _stored(settings, loaded)
    chosen = {"action": "delete_selected", "_selected_action": [d.pk for d in [*mistaken, loaded]]}
    changelist = reverse("admin:pilots_plandraft_changelist")
    assert admin_client.post(changelist, chosen).status_code == 200  # the confirmation
    with django_capture_on_commit_callbacks(execute=True):
        done = admin_client.post(changelist, {**chosen, "post": "yes"}, follow=True)
    assert done.status_code == 200
    assert not PlanDraft.objects.exists()
    assert list(PlanSource.objects.values_list("file_name", flat=True)) == ["hefei.txt"]
    assert not any(f.exists() for f in files) and kept.exists()


def test_a_draft_being_drafted_is_not_deleted_under_its_run(
    hefei, hefei_admin, hefei_text, admin_client, settings
):
    queued = plan_source_receive(
        zone=hefei, file_name="hefei.txt", content=hefei_text.encode(), user=hefei_admin
    )  # its job just sent to a worker
    url = reverse("admin:pilots_plandraft_delete", args=[queued.pk])
    refused = admin_client.post(url, {"post": "yes"})
    assert refused.status_code == 200 and "正在起草" in refused.content.decode()
    assert PlanDraft.objects.filter(pk=queued.pk).exists() and _stored(settings, queued).exists()

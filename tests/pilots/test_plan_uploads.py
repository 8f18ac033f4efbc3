import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pilots.models import PlanUpload
from pilots.plan_uploads import PreviewOutdated, plan_upload_apply, plan_upload_preview
from tasks.models import Task
from tests.conftest import PLAN_FIXTURES
from tests.factories import UserFactory

QIJIANG = next(p for p in PLAN_FIXTURES if p.stem == "qijiang")


def revised_qijiang() -> str:
    text = QIJIANG.read_text(encoding="utf-8")
    text = text.replace(
        "title: 开展人工智能关键核心技术研究", "title: 开展人工智能关键核心技术联合攻关", 1
    )
    # Drop the last safeguard measure (四.(三)) from the file.
    head, _sep, _tail = text.rpartition("  - code: 四.(三)")
    return head


@pytest.fixture
def admin_user(db):
    return UserFactory(username="root", is_superuser=True, is_staff=True)


def test_preview_shows_the_changes_and_writes_nothing(all_plans, admin_user, client):
    client.force_login(admin_user)
    upload = SimpleUploadedFile("qijiang.yaml", revised_qijiang().encode("utf-8"))
    response = client.post(reverse("admin:pilots_plan_upload"), {"file": upload})
    preview = PlanUpload.objects.get()
    assert response.status_code == 302
    page = client.get(
        reverse("admin:pilots_plan_upload_preview", args=[preview.pk])
    ).content.decode()
    assert "三.(一).1" in page and "title" in page and "四.(三)" in page and "归档" in page
    assert (
        Task.objects.get(plan__code="qijiang-ai", code="三.(一).1").title
        == "开展人工智能关键核心技术研究"
    )
    assert not Task.objects.get(plan__code="qijiang-ai", code="四.(三)").is_archived

    client.post(reverse("admin:pilots_plan_upload_preview", args=[preview.pk]))
    assert Task.objects.get(plan__code="qijiang-ai", code="三.(一).1").title.endswith("联合攻关")
    assert Task.objects.get(plan__code="qijiang-ai", code="四.(三)").is_archived
    preview.refresh_from_db()
    assert preview.applied_by == admin_user


def test_a_rejected_upload_leaves_the_data_unchanged(all_plans, admin_user, client):
    client.force_login(admin_user)
    broken = revised_qijiang().replace("comparator: gte", "comparator: 以上", 1)
    client.post(
        reverse("admin:pilots_plan_upload"),
        {"file": SimpleUploadedFile("qj.yaml", broken.encode())},
    )
    upload = PlanUpload.objects.get()
    page = client.get(
        reverse("admin:pilots_plan_upload_preview", args=[upload.pk])
    ).content.decode()
    assert "goals[2].targets[0].comparator" in page and "不能应用" in page
    client.post(reverse("admin:pilots_plan_upload_preview", args=[upload.pk]))
    assert (
        Task.objects.get(plan__code="qijiang-ai", code="三.(一).1").title
        == "开展人工智能关键核心技术研究"
    )
    upload.refresh_from_db()
    assert upload.applied_at is None


def test_two_admins_confirming_stale_previews_cannot_corrupt_data(all_plans, admin_user):
    other = UserFactory(username="root2", is_superuser=True, is_staff=True)
    first = plan_upload_preview(file_name="a.yaml", text=revised_qijiang(), user=admin_user)
    second = plan_upload_preview(file_name="b.yaml", text=revised_qijiang(), user=other)
    plan_upload_apply(upload=first, user=admin_user)
    archived_at = Task.objects.get(plan__code="qijiang-ai", code="四.(三)").archived_at
    with pytest.raises(PreviewOutdated):
        plan_upload_apply(upload=second, user=other)
    second.refresh_from_db()
    assert second.applied_at is None
    assert Task.objects.get(plan__code="qijiang-ai", code="四.(三)").archived_at == archived_at


def test_only_superusers_upload(all_plans, client):
    staff = UserFactory(username="clerk", is_staff=True)
    client.force_login(staff)
    assert client.get(reverse("admin:pilots_plan_upload")).status_code == 403

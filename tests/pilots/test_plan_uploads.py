import html
import re
import time

import pytest
import yaml
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pilots.models import PlanUpload
from pilots.plan_uploads import PreviewOutdated, plan_upload_apply, plan_upload_preview
from targets.models import Target
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


@pytest.mark.parametrize(
    ("change", "path", "says"),
    [
        (
            (
                "    title: 开展人工智能关键核心技术研究\n",
                "    title: 开展人工智能关键核心技术研究\n    due: 2026-06-30\n",
            ),
            "sections[0].tasks[0].due",
            "任务 三.(一).1 的办理时限 2026-06-30 不在规划期内（2020-01-01 至 2025-12-31）",
        ),
        (
            ("    deadline: 2025\n", "    deadline: 2019\n"),
            "goals[2].targets[0].deadline",
            "指标 T1 的期限 2019 年早于规划期起始（2020-01-01）",
        ),
    ],
    ids=["task-due-after-the-end", "target-due-before-the-start"],
)
def test_a_date_outside_the_plan_period_is_an_error_of_the_preview_and_nothing_is_saved(
    all_plans, admin_user, client, change, path, says
):
    client.force_login(admin_user)
    text = QIJIANG.read_text(encoding="utf-8").replace(*change, 1)
    response = client.post(
        reverse("admin:pilots_plan_upload"),
        {"file": SimpleUploadedFile("qj.yaml", text.encode())},
    )
    assert response.status_code == 302
    upload = PlanUpload.objects.get()
    page = client.get(reverse("admin:pilots_plan_upload_preview", args=[upload.pk]))
    assert page.status_code == 200
    shown = html.unescape(page.content.decode())
    assert path in shown and says in shown and "不能应用" in shown
    assert client.post(
        reverse("admin:pilots_plan_upload_preview", args=[upload.pk])
    ).status_code in (200, 302)
    upload.refresh_from_db()
    assert upload.applied_at is None
    task = Task.objects.get(plan__code="qijiang-ai", code="三.(一).1")
    assert task.due_on is None
    assert Target.objects.get(goal__plan__code="qijiang-ai", code="T1").deadline_year == 2025


def test_a_target_due_after_the_plan_end_is_allowed_at_the_preview(all_plans, admin_user):
    """Real plans look past their end (力争到2030年)."""
    text = QIJIANG.read_text(encoding="utf-8").replace(
        "    deadline: 2025\n", "    deadline: 2030\n", 1
    )
    upload = plan_upload_preview(file_name="qj.yaml", text=text, user=admin_user)
    plan_upload_apply(upload=upload, user=admin_user)
    assert Target.objects.get(goal__plan__code="qijiang-ai", code="T1").deadline_year == 2030


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


# Hostile files at the admin's plan upload: each said in the reader's language, never a 500 ------


def _laughs() -> bytes:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    return ("\n".join(lines) + "\n").encode()


# file bytes → what the preview page lists (Chinese, English), after the line and column
HOSTILE_PLAN_FILES = {
    "missing-colon": (
        b"format: 1\nzone:\n  slug: x\n  name\n  level: city\n",
        ("第 4 行第 3 列", "缺少冒号“:”"),
        ("line 4, column 3", "a ':' is missing"),
    ),
    "tab": (
        b"format: 1\nzone:\n\tslug: x\n",
        ("第 3 行第 1 列", "不能用 Tab 缩进"),
        ("line 3, column 1", "a tab cannot indent"),
    ),
    "mapping-value-here": (
        b"format: 1\nzone: slug: x\n",
        ("第 2 行第 11 列", "此处不能出现“键: 值”"),
        ("line 2, column 11", "cannot start here"),
    ),
    "duplicate-anchor": (
        b"a: &x 1\nb: &x 2\n",
        ("第 2 行第 4 列", "锚点 &x 重复定义"),
        ("line 2, column 4", "the anchor &x is defined twice"),
    ),
    "unreadable-value": (
        b"format: 1\nzone: !!int abc\n",
        ("第 2 行第 7 列", "这个值无法按其写法读取"),
        ("line 2, column 7", "this value cannot be read"),
    ),
    "control-character": (
        b"format: 1\nnote: a\x07b\n",
        ("第 2 行第 8 列", "控制字符 U+0007"),
        ("line 2, column 8", "control character U+0007"),
    ),
    "billion-laughs": (
        _laughs(),
        ("第 4 行第 10 列", "别名过多"),
        ("line 4, column 10", "too many aliases"),
    ),
    "deep-nesting": (
        b"a: " + b"[" * 100_000 + b"]" * 100_000,
        ("第 1 行第 35 列", "嵌套超过 32 层"),
        ("line 1, column 35", "nested deeper than 32"),
    ),
    "comment-only": (b"# nothing yet\n", ("", "文件是空的"), ("", "the file is empty")),
}


@pytest.mark.parametrize("language", ["zh-hans", "en"])
@pytest.mark.parametrize(("content", "chinese", "english"), HOSTILE_PLAN_FILES.values(),
                         ids=HOSTILE_PLAN_FILES)  # fmt: skip
def test_a_malformed_plan_file_is_said_on_the_preview_page_in_the_readers_language(
    admin_user, client, settings, language, content, chinese, english
):
    client.force_login(admin_user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    started = time.monotonic()
    response = client.post(
        reverse("admin:pilots_plan_upload"), {"file": SimpleUploadedFile("bad.yaml", content)}
    )
    assert response.status_code == 302 and time.monotonic() - started < 5
    upload = PlanUpload.objects.get()
    page = client.get(response["Location"])
    assert page.status_code == 200
    listed = [
        html.unescape(item)
        for item in re.findall(r"<li><code>(.*?)</li>", page.content.decode(), re.S)
    ]
    where, what = chinese if language == "zh-hans" else english
    assert len(listed) == 1 and listed[0].startswith(f"{where or '-'}</code>: "), listed
    assert what in listed[0]
    assert not re.search(r"\b(while|found|expected|scanning|but|allowed)\b", listed[0])
    assert upload.preview == [] and upload.applied_at is None


# file bytes → the form's refusal (Chinese, English); nothing is stored
REFUSED_PLAN_FILES = {
    "0-byte": (b"", "上传的文件是空的", "The submitted file is empty"),
    "gbk": (
        "format: 1\nzone:\n  name: 测试市\n".encode("gbk"),
        "文件须为 UTF-8 编码的 YAML 文本（第 3 行有不是 UTF-8 编码的字节）",
        "The file must be UTF-8 encoded YAML text (line 3 holds bytes that are not UTF-8)",
    ),
    "utf-16": (
        "format: 1\n".encode("utf-16"),
        "文件须为 UTF-8 编码的 YAML 文本（第 1 行",
        "The file must be UTF-8 encoded YAML text (line 1 ",
    ),
    "nul": (
        b"format: 1\nzone: \x00\n",
        "文件含有空字符（\\x00）",
        "The file contains NUL characters",
    ),
}


@pytest.mark.parametrize("language", ["zh-hans", "en"])
@pytest.mark.parametrize(("content", "chinese", "english"), REFUSED_PLAN_FILES.values(),
                         ids=REFUSED_PLAN_FILES)  # fmt: skip
def test_a_file_that_is_no_yaml_text_is_refused_by_the_form_in_the_readers_language(
    admin_user, client, settings, language, content, chinese, english
):
    client.force_login(admin_user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.post(
        reverse("admin:pilots_plan_upload"), {"file": SimpleUploadedFile("bad.yaml", content)}
    )
    assert response.status_code == 200
    errors = html.unescape(str(response.context["form"].errors["file"]))
    assert (chinese if language == "zh-hans" else english) in errors
    assert not PlanUpload.objects.exists()


def test_a_plan_file_with_a_bom_is_read_as_without(all_plans, admin_user, client):
    client.force_login(admin_user)
    content = "\ufeff".encode() + revised_qijiang().encode()
    client.post(
        reverse("admin:pilots_plan_upload"), {"file": SimpleUploadedFile("q.yaml", content)}
    )
    upload = PlanUpload.objects.get()
    assert upload.errors == [] and upload.plan_code == "qijiang-ai" and upload.preview


def test_an_agency_code_clashing_with_a_known_name_is_an_error_of_the_preview_not_a_500(
    all_plans, admin_user, client
):
    """The zone's agency 合肥市科学技术局 under a new code: the dry run's insert broke the zone's
    unique agency names (IntegrityError, a 500 on the upload)."""
    hefei = next(p for p in PLAN_FIXTURES if p.stem == "hefei").read_text(encoding="utf-8")
    renamed = re.sub(r"(?<![\w-])science-tech(?![\w-])", "science-tech-bureau", hefei)
    client.force_login(admin_user)
    upload = SimpleUploadedFile("hefei.yaml", renamed.encode("utf-8"))
    response = client.post(reverse("admin:pilots_plan_upload"), {"file": upload})
    assert response.status_code == 302
    preview = PlanUpload.objects.get()
    assert preview.errors and not preview.preview
    page = client.get(reverse("admin:pilots_plan_upload_preview", args=[preview.pk]))
    assert page.status_code == 200 and "合肥市科学技术局" in html.unescape(page.content.decode())


def test_a_plan_with_an_unnumbered_sub_section_is_previewed_not_a_500(
    all_plans, admin_user, client
):
    data = yaml.safe_load(QIJIANG.read_text(encoding="utf-8"))
    section = next(s for s in data["sections"] if len(s.get("tasks", [])) >= 2)
    first, second = section["tasks"][:2]
    section["tasks"] = section["tasks"][2:]
    section["sections"] = [
        {
            "code": f"{section['code']}.1",
            "numbering": "1.",
            "title": "一个编号的小标题",
            "kind": section["kind"],
            "tasks": [first],
        },
        {
            "code": f"{section['code']}.专栏",
            "title": "专栏",
            "kind": section["kind"],
            "tasks": [second],
        },
    ]
    client.force_login(admin_user)
    upload = SimpleUploadedFile(
        "qijiang.yaml", yaml.safe_dump(data, allow_unicode=True).encode("utf-8")
    )
    response = client.post(reverse("admin:pilots_plan_upload"), {"file": upload})
    assert response.status_code == 302
    preview = PlanUpload.objects.get()
    assert preview.errors == []
    page = client.get(reverse("admin:pilots_plan_upload_preview", args=[preview.pk]))
    assert page.status_code == 200

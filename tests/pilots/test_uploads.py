"""Every upload form as a browser may send it: a file part whose name Django's parser throws away
('..', '.', a name that is only a path or unprintable characters) is a form error beside the
field, never an update saved without its file; a part header over Django's 1,024 bytes (a very
long file name) is a 400 page that says so in the reader's language, with the way back."""

import re
import uuid

import pytest
from django.test import Client
from django.urls import reverse

from pilots.models import PlanSource, PlanUpload
from targets.models import Observation
from tasks.instructions import Subject, instruction_issue
from tasks.models import InstructionEvent, StatusUpdate
from tests.factories import UserFactory
from tests.world import TODAY, report_data

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
# Names the parser drops: parent and current folder, and names nothing is left of once the
# parser takes away a path before them and unprintable characters.
DROPPED_NAMES = ["..", ".", "纪要/..", "C:\\材料\\..", "\x01\x02", "&#46;&#46;"]


def multipart(fields: dict, file_field: str, file_name: str, content: bytes) -> tuple[bytes, str]:
    """A multipart body as a browser writes it, the file name sent exactly as given."""
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; '
        f'filename="{file_name}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
        + content
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def post_file(client: Client, url: str, fields: dict, file_field: str, name: str, content: bytes):
    body, content_type = multipart(fields, file_field, name, content)
    return client.post(url, body, content_type=content_type)


def form_error(page: str) -> str:
    return " ".join(re.findall(r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', page, flags=re.S))


# The forms with a file, each with what it saves ------------------------------------------------


def task_report(world):
    url = reverse("task-report", args=[world.task.pk])
    return world.users["lead_staff"], url, report_data(world.task), "evidence_file"


def task_feedback(world):
    fields = {"note": "已拨付经费", "reported_on": TODAY().isoformat()}
    url = reverse("task-feedback", args=[world.task.pk])
    return world.users["supporting_staff"], url, fields, "evidence_file"


def instruction_reply(world):
    instruction = instruction_issue(
        subject=Subject.of_task(world.task), text="请报送进展", by=world.users["leadership"],
        agencies=[world.agencies["lead"]], reply_by=TODAY(), level="normal",
    )  # fmt: skip
    url = reverse("instruction-reply", args=[instruction.pk])
    return world.users["lead_staff"], url, {"note": "见附件"}, "evidence_file"


def saved_by_staff():
    """Status updates, agencies' parts (feedback) and instruction replies."""
    return StatusUpdate.objects.count() + InstructionEvent.objects.filter(kind="replied").count()


STAFF_FORMS = [task_report, task_feedback, instruction_reply]


@pytest.mark.parametrize("form", STAFF_FORMS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("name", DROPPED_NAMES)
def test_evidence_whose_name_the_parser_drops_is_a_form_error_and_nothing_is_saved(
    world, client, form, name
):
    user, url, fields, file_field = form(world)
    client.force_login(user)
    response = post_file(client, url, fields, file_field, name, PDF)
    assert response.status_code == 400
    assert "文件名" in form_error(response.content.decode()) and "改名" in form_error(
        response.content.decode()
    )
    assert saved_by_staff() == 0


def test_the_form_error_is_in_english_on_an_english_page(world, client):
    user, url, fields, file_field = task_report(world)
    client.force_login(user)
    client.cookies["django_language"] = "en"
    response = post_file(client, url, fields, file_field, "..", PDF)
    assert response.status_code == 400
    error = form_error(response.content.decode())
    assert "“..”" in error and "rename" in error.lower()
    assert saved_by_staff() == 0


@pytest.mark.parametrize("form", STAFF_FORMS, ids=lambda f: f.__name__)
def test_an_empty_file_input_is_still_no_file(world, client, form):
    """A browser sends a file input left empty as a part named "" with no content."""
    user, url, fields, file_field = form(world)
    client.force_login(user)
    assert post_file(client, url, fields, file_field, "", b"").status_code == 302
    assert saved_by_staff() == 1


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_superuser=True, is_staff=True)


def admin_forms(world):
    zone_admin = world.users["zone_admin"]
    drafts = reverse("plan-drafts", args=[world.zone.slug])
    return [
        (None, reverse("admin:pilots_plan_upload"), {}, PlanUpload),
        (None, reverse("admin:targets_observation_import"), {}, Observation),
        (zone_admin, drafts, {"plan_code": "zone-a-2026"}, PlanSource),
    ]


@pytest.mark.parametrize("which", range(3), ids=["plan-upload", "observation-import", "draft"])
@pytest.mark.parametrize("name", ["..", "材料/."])
def test_a_plan_or_figures_file_whose_name_is_dropped_is_named_as_the_problem(
    world, client, superuser, which, name
):
    user, url, fields, model = admin_forms(world)[which]
    client.force_login(user or superuser)
    response = post_file(client, url, fields, "file", name, "规划代码,指标代码\n".encode())
    assert response.status_code in (200, 400)  # the admin's pages answer 200 with a form error
    page = response.content.decode()
    assert "改名" in form_error(page), form_error(page)
    assert "必填" not in page  # it was sent: not "this field is required"
    assert not model.objects.exists()


# A part header over the parser's limit ---------------------------------------------------------

LONG_NAME = "关于推进人工智能开放创新平台建设的进展情况报告" * 20 + ".pdf"  # 1,444 bytes


@pytest.mark.parametrize("english", [False, True])
def test_a_file_name_too_long_for_the_parser_is_a_page_saying_so_with_the_way_back(
    world, client, english
):
    user, url, fields, file_field = task_report(world)
    client.force_login(user)
    if english:
        client.cookies["django_language"] = "en"
    task_page = "http://testserver" + world.task.get_absolute_url()
    body, content_type = multipart(fields, file_field, LONG_NAME, PDF)
    response = client.post(url, body, content_type=content_type, HTTP_REFERER=task_page)
    assert response.status_code == 400
    page = response.content.decode()
    if english:
        assert "file name is too long" in page and "Nothing was saved" in page
        assert "Back to the previous page" in page
    else:
        assert "文件名过长" in page and "没有保存" in page and "返回上一页" in page
    assert f'<a href="{task_page}">' in page
    assert saved_by_staff() == 0


def test_the_way_back_never_leads_to_another_site(world, client):
    user, url, fields, file_field = task_report(world)
    client.force_login(user)
    body, content_type = multipart(fields, file_field, LONG_NAME, PDF)
    response = client.post(
        url, body, content_type=content_type, HTTP_REFERER="https://evil.example/phish"
    )
    assert response.status_code == 400 and "evil.example" not in response.content.decode()

"""Hostile files uploaded in the browser flow: each is refused on the upload form or gives a
failed draft with a message saying why — never a 500. Text in the encodings plans come in
(GBK, UTF-16, a page with a wrong charset) is drafted."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pilots.drafting import inputs as drafting_inputs
from pilots.models import PlanDraft
from pilots.plan_fixtures import plan_document_parse
from tests.pilots.drafting.conftest import DOCUMENTS
from tests.pilots.drafting.test_hostile_inputs import docx_with, encrypted_pdf

PLAN = (DOCUMENTS / "qingshan_city_conventions.txt").read_text(encoding="utf-8")
PARAGRAPHS = "".join(f"<p>{line}</p>" for line in PLAN.splitlines())


def _upload(client, name: str, content: bytes):
    return client.post(
        reverse("plan-drafts", args=["qingshan"]), {"file": SimpleUploadedFile(name, content)}
    )


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("plan.txt", b"", "文件是空的"),  # Django's own check of an empty upload
        ("plan.pdf", bytes(range(256)) * 40, "不支持的文件类型"),  # garbage named .pdf
        ("plan.docx", b"PK\x03\x04" + bytes(range(256)) * 40, "不是有效的 Word"),
    ],
)
def test_a_file_that_is_no_document_is_refused_on_the_form(qs_admin, name, content, says):
    response = _upload(qs_admin, name, content)
    assert response.status_code == 400
    assert says in response.content.decode()
    assert not PlanDraft.objects.exists()


@pytest.mark.parametrize(
    ("name", "make", "says"),
    [
        ("plan.pdf", encrypted_pdf, "设有密码"),
        ("plan.pdf", lambda: b"%PDF-1.7\n" + bytes(range(256)) * 40, "文件已损坏或不是 PDF"),
        ("plan.docx", lambda: docx_with("[Content_Types].xml", "<Types/>"), "不是有效的 Word"),
        (
            "plan.docx",
            lambda: docx_with("word/document.xml", b"<" + b"a" * (2 * 1024 * 1024) + b">"),
            "解压后过大",
        ),
        ("plan.txt", lambda: ("一、建设平台。" * 80_000).encode(), "过长"),
    ],
)
def test_a_file_that_cannot_be_drafted_gives_a_failed_draft_with_its_reason(
    qs_admin, monkeypatch, name, make, says
):
    monkeypatch.setattr(drafting_inputs, "DOCX_UNPACKED_MAX", 1024 * 1024)
    response = _upload(qs_admin, name, make())
    assert response.status_code == 302
    draft = PlanDraft.objects.get()
    assert draft.status == PlanDraft.Status.FAILED and says in draft.message
    page = qs_admin.get(response["Location"])
    assert page.status_code == 200 and says in page.content.decode()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("plan.txt", PLAN.encode("gbk")),
        ("plan.txt", PLAN.encode("gb18030")),
        ("plan.txt", PLAN.encode("utf-16")),  # refused as binary: it holds NULs
        (
            "plan.html",
            f"<html><head><meta charset='utf-8'></head><body>{PARAGRAPHS}</body></html>".encode(
                "gbk"
            ),
        ),
    ],
)
def test_plans_in_the_encodings_they_come_in_are_drafted(qs_admin, name, content):
    response = _upload(qs_admin, name, content)
    assert response.status_code == 302
    draft = PlanDraft.objects.get()
    assert draft.status == PlanDraft.Status.READY, draft.message
    data = plan_document_parse(name="draft", text=draft.text).data
    assert data["plan"]["title"] == "青山市人工智能+行动方案（2025—2027年）"
    assert len(data["sections"]) >= 2


PAYLOADS = ("<script>alert(1)</script>", '<img src=x onerror="alert(2)">', "</textarea><b>")


def test_a_page_whose_text_is_markup_is_shown_as_text_on_every_page_through_to_the_task(
    qs_admin,
):
    """A web page whose words spell tags (entities in the file: ``&lt;script&gt;`` is text),
    with a script of its own, under a hostile file name: every page from the upload to the
    loaded task's 原文 view shows them as text, and nothing of them runs."""
    from django.utils.html import escape

    from pilots.models import PlanSource
    from tasks.models import Task

    marked = PLAN.replace("建设智能工厂。", f"建设智能工厂{escape(PAYLOADS[0])}。", 1)
    marked = marked.replace("推广工业大模型。", f"推广工业大模型{escape(PAYLOADS[1])}。", 1)
    marked = marked.replace("推进智慧校园建设。", f"推进智慧校园{escape(PAYLOADS[2])}建设。", 1)
    body = "".join(f"<p>{line}</p>" for line in marked.splitlines())
    page = (f"<html><head><script>alert(3)</script></head><body onload='alert(4)'>{body}"
            "</body></html>")  # fmt: skip
    response = _upload(qs_admin, '<img src=x onerror="alert(5)">\u202elmth.html', page.encode())
    assert response.status_code == 302
    draft = PlanDraft.objects.get()
    assert draft.status == PlanDraft.Status.READY, draft.message
    assert "\u202e" not in draft.source.file_name
    assert PAYLOADS[0] in draft.source.text  # the text as the page reads, tags and all

    args = ["qingshan", draft.pk]
    edit = reverse("plan-draft-edit", args=args)
    shown = [qs_admin.get(reverse("plan-drafts", args=["qingshan"]))]
    shown += [
        qs_admin.get(reverse("plan-draft", args=args)),
        qs_admin.get(edit),
    ]
    saved = qs_admin.post(edit, {"text": draft.text, "version": 0, "action": "load"})
    assert saved.status_code == 302, saved.content.decode()[-2000:]
    shown.append(qs_admin.get(reverse("plan-draft-load", args=args)))
    draft.refresh_from_db()
    loaded = qs_admin.post(reverse("plan-draft-load", args=args), {"upload": draft.upload_id})
    assert loaded.status_code == 302
    source = PlanSource.objects.get()
    task = Task.objects.get(plan=source.plan, title__contains="<script>")
    assert task.code in source.passages
    shown += [qs_admin.get(loaded["Location"]), qs_admin.get(f"/tasks/{task.pk}/"),
              qs_admin.get(f"/tasks/{task.pk}/source/"),
              qs_admin.get(f"/tasks/{task.pk}/source/?full=1")]  # fmt: skip
    for response in shown:
        html = response.content.decode()
        assert response.status_code == 200, response.request["PATH_INFO"]
        for payload in (*PAYLOADS, "alert(3)", "alert(4)", '<img src=x onerror="alert(5)">'):
            assert payload not in html, (response.request["PATH_INFO"], payload)
    assert escape(PAYLOADS[0]) in shown[1].content.decode()  # the review's source pane
    assert escape(PAYLOADS[0]) in shown[-1].content.decode()  # the task's 原文 view


def test_a_source_whose_file_is_gone_says_so_instead_of_a_server_error(qs_admin):
    """A database restored without the media archive, a file removed by hand: the draft's and
    the plan's source downloads said 500 (FileNotFoundError); they say the file is missing."""
    from pilots.models import Plan, PlanSource

    response = _upload(qs_admin, "plan.txt", PLAN.encode())
    draft = PlanDraft.objects.get()
    source = draft.source
    source.plan = Plan.objects.create(zone=source.zone, code="qingshan-ai", title="青山",
                                      period_start=2025, period_end=2027)  # fmt: skip
    source.loaded_at = source.uploaded_at
    source.save()
    source.file.storage.delete(source.file.name)
    for url in (response["Location"] + "source/", "/plans/qingshan-ai/source/"):
        page = qs_admin.get(url)
        assert page.status_code == 404, url
        assert "原文文件已不在服务器上" in page.content.decode()
    assert PlanSource.objects.filter(pk=source.pk).exists()


def test_a_failed_draft_names_the_file_as_it_was_uploaded_not_as_it_is_stored(
    qs_admin,
):
    """A second file of one name is stored as 方案_Ab3xYz9.txt: a draft that failed said
    "文件 方案_Ab3xYz9.txt 中没有中文正文", a file the admin never had."""
    _upload(qs_admin, "方案.txt", PLAN.encode())
    _upload(qs_admin, "方案.txt", b"an English memo, no plan in it\n" * 20)
    failed = PlanDraft.objects.get(status=PlanDraft.Status.FAILED)
    assert failed.source.file.name != "plan-sources/方案.txt"
    assert "文件 方案.txt 中" in failed.message, failed.message

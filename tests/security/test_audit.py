"""Regression tests for what an attacker's walk through the running app found (every URL as
every role with hostile parameters, hostile files to every upload), one section each. Each test
failed on the code before its fix. Open-redirect crumbs are in tests/tasks/test_instructions.py.
"""

import io
import subprocess
import sys
import time
import tracemalloc
import zipfile

import pytest
import yaml
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pilots.drafting.output import yaml_scalar
from pilots.models import Membership, PlanDraft, PlanUpload
from pilots.plan_fixtures import PlanFixtureInvalid, plan_document_parse
from pilots.source_documents import SourceRefused, source_kind
from targets.models import Observation
from tests.factories import UserFactory, ZoneFactory
from tests.pilots.drafting.test_hostile_inputs import docx_with
from tests.security.test_findings import _inflating_xlsx


def with_empty_members(archive: bytes, count: int) -> bytes:
    """The archive with ``count`` more members of no content (about 100 bytes each)."""
    out = io.BytesIO(archive)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_STORED) as zipped:
        for i in range(count):
            zipped.writestr(str(i), b"")
    return out.getvalue()


# 1. An archive of a hundred thousand empty members held a request for tens of seconds --------
# (zipfile builds an object per member before anything can be checked: 215,000 of them, 19 MB,
# held a zone admin's upload for 19 s on the demo server, and the worker again to draft it).


@pytest.fixture(scope="module")
def crowded_docx() -> bytes:
    return with_empty_members(docx_with("word/document.xml", _DOCUMENT), 100_000)


_DOCUMENT = (
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p></w:body></w:document>"
)


def test_01_a_docx_of_too_many_members_is_refused_before_zipfile_reads_it(crowded_docx):
    tracemalloc.start()
    try:
        with pytest.raises(SourceRefused, match="不是 Word"):
            source_kind(crowded_docx)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024  # zipfile's directory of it takes ~50 MB


def test_01_the_upload_form_refuses_it_and_keeps_nothing(db, client, crowded_docx):
    zone = ZoneFactory(slug="qingshan", name="青山市", name_en="Qingshan", level="city")
    user = UserFactory(username="qs-admin")
    Membership.objects.create(user=user, role="zone_admin", zone=zone)
    client.force_login(user)
    response = client.post(
        reverse("plan-drafts", args=["qingshan"]),
        {"file": SimpleUploadedFile("plan.docx", crowded_docx)},
    )
    assert response.status_code == 400
    assert "不是 Word" in response.content.decode()
    assert not PlanDraft.objects.exists()


def test_01_an_xlsx_of_too_many_members_is_refused_before_zipfile_reads_it(world):
    from targets.imports import ObservationImportInvalid, observations_import

    content = with_empty_members(_inflating_xlsx(0), 40_000)
    assert len(content) < 5 * 1024 * 1024  # within the import's own limit
    tracemalloc.start()
    try:
        with pytest.raises(ObservationImportInvalid) as refused:
            observations_import(name="figures.xlsx", content=content)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "不是有效的 XLSX" in str(refused.value)
    assert peak < 5 * 1024 * 1024
    assert not Observation.objects.exists()


# 2. A long integer in a plan file: a 500, or minutes of work --------------------------------
# (5,000 digits: Python refuses to read it, a ValueError the loader let through, a 500 on the
# plan upload and the draft editor; "1:59:59:…", a YAML 1.1 sexagesimal integer, takes time
# quadratic in its length: 40,000 parts took 2 s, the 2 MB a file may hold, minutes).


@pytest.fixture
def superuser_client(db, client):
    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    return client


SEXAGESIMAL = "1:" + ":".join(["59"] * 100_000)


@pytest.mark.parametrize("number", ["1" * 5000, SEXAGESIMAL], ids=["5000-digits", "1:59:59…"])
def test_02_an_integer_longer_than_any_figure_is_a_clear_error_at_once(db, number):
    started = time.monotonic()
    with pytest.raises(PlanFixtureInvalid, match="整数超过 40 个字符"):
        plan_document_parse(name="plan.yaml", text=f"format: 1\nplan: {{period_start: {number}}}\n")
    assert time.monotonic() - started < 3


def test_02_the_plan_upload_reports_it_as_a_problem_of_the_file(superuser_client):
    text = "format: 1\nplan: {period_start: " + "1" * 5000 + "}\n"
    response = superuser_client.post(
        reverse("admin:pilots_plan_upload"), {"file": SimpleUploadedFile("p.yaml", text.encode())}
    )
    assert response.status_code == 302
    assert "整数超过 40 个字符" in str(PlanUpload.objects.get().errors)


@pytest.mark.parametrize("text", ["1" * 5000, SEXAGESIMAL], ids=["5000-digits", "1:59:59…"])
def test_02_a_drafted_text_that_reads_as_a_long_number_is_written_quoted_at_once(text):
    started = time.monotonic()
    written = yaml_scalar(text)
    assert time.monotonic() - started < 1
    assert written.startswith('"') and yaml.safe_load(written) == text


# 3. A draft of deeply nested brackets killed the web process that showed it ----------------
# (the editor keeps a draft as typed, loadable or not; its review page composed it with
# libyaml, which recurses in C: 400,000 nested brackets, SIGSEGV, on every visit).

DEEP = "format: 1\nagencies: " + "[" * 400_000 + "]" * 400_000 + "\n"


def test_03_the_review_of_a_deeply_nested_draft_does_not_crash_the_process():
    code = (
        "import os, sys, django\n"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings')\n"
        "django.setup()\n"
        "from pilots.draft_yaml import draft_reviews, yaml_line_of\n"
        "text = sys.stdin.read()\n"
        "draft_reviews(text)\n"
        "yaml_line_of(text, 'agencies[0]')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input=DEEP, text=True, capture_output=True, timeout=120,
        cwd=settings.BASE_DIR, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]


def test_03_its_review_and_editor_pages_answer(db, client):
    from pilots.plan_drafts import plan_draft_make, plan_source_receive

    zone = ZoneFactory(slug="qingshan", name="青山市", name_en="Qingshan", level="city")
    user = UserFactory(username="qs-admin")
    Membership.objects.create(user=user, role="zone_admin", zone=zone)
    draft = plan_source_receive(
        zone=zone, file_name="plan.txt", content="青山市人工智能行动方案\n".encode(), user=user
    )
    plan_draft_make(draft_id=draft.pk)
    PlanDraft.objects.filter(pk=draft.pk).update(text=DEEP)
    client.force_login(user)
    for name in ("plan-draft", "plan-draft-edit"):
        assert client.get(reverse(name, args=["qingshan", draft.pk])).status_code == 200

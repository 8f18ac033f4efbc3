"""The upload form of a new plan's document as its zone admin meets it: a refused file says what
it is, the message is where the eye lands after the page reloads, and the zone is named in the
page's language."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from pilots.models import Membership
from pilots.source_documents import SourceRefused, source_kind
from tests.factories import UserFactory, ZoneFactory


def office_zip(member: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(member, "<x/>")
    return out.getvalue()


def test_slides_are_named_for_what_they_are():
    with pytest.raises(SourceRefused) as refused:
        source_kind(office_zip("ppt/presentation.xml"))
    assert "PowerPoint" in refused.value.message and "不是 Word" in refused.value.message


def test_a_workbook_without_sheets_is_refused_as_a_damaged_excel_file():
    with pytest.raises(SourceRefused) as refused:
        source_kind(office_zip("xl/workbook.xml"))
    assert "Excel 表格已损坏" in refused.value.message


@pytest.fixture
def qijiang_admin(db):
    zone = ZoneFactory(slug="qijiang", name="綦江区", name_en="Qijiang District", level="district")
    user = UserFactory(username="qj-admin")
    Membership.objects.create(user=user, role="zone_admin", zone=zone)
    return user


def test_a_refused_file_is_focused_with_its_message_beside_it(client, qijiang_admin):
    client.force_login(qijiang_admin)
    upload = SimpleUploadedFile("表.xlsx", office_zip("ppt/presentation.xml"))
    response = client.post("/zone-admin/qijiang/drafts/", {"file": upload, "plan_code": "qj-2026"})
    assert response.status_code == 400
    page = response.content.decode()
    # on a phone the form is below the fold: the browser scrolls to the focused field, and the
    # message stands between its label and the field
    field = page[page.index('<input type="file"') :].split(">", 1)[0]
    assert "autofocus" in field and 'aria-invalid="true"' in field
    assert page.index('id="id_file_error"') < page.index('<input type="file"')
    assert 'value="qj-2026"' in page


def test_the_upload_page_names_the_zone_in_english_on_an_english_page(client, qijiang_admin):
    client.force_login(qijiang_admin)
    client.cookies["django_language"] = "en"
    page = client.get("/zone-admin/qijiang/drafts/").content.decode()
    title = page[page.index("<title>") : page.index("</title>")]
    assert "Qijiang District" in title and "綦江" not in title
    intro = page[page.index('id="h-upload"') :].split("</p>", 1)[0]
    assert "Qijiang District" in intro and "綦江" not in intro

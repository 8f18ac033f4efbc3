"""A plan's source document as uploaded is returned only as a download that runs nothing: not in
our origin (a sandbox, the type not sniffed) and not when the downloaded file is opened (a web
page's markup comes as a text file, never as a page a browser would run)."""

import re
from urllib.parse import unquote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pilots.models import Plan, PlanDraft

HOSTILE = {
    "plan.html": b"<html><head><title>x</title><script>alert(1)</script></head>"
    + "<body onload='alert(2)'><p>一、总体要求</p></body></html>".encode(),
    "plan.svg": b"<svg xmlns='http://www.w3.org/2000/svg'><title>t</title>"
    b"<script>alert(3)</script></svg>",
    "plan.mht": b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n"
    b"Content-Type: text/html\n\n<html><script>alert(4)</script><p>x</p></html>\n--b--\n",
    "plan.txt": b"<script>alert(5)</script>",  # text whose words are a script, named .txt
}
# What a browser or the desktop opens as a page that runs script.
RUNNABLE = re.compile(r"\.(html?|xhtml|xht|svgz?|mht(ml)?|shtml|xml|js|hta)$", re.I)


def _file_name(response) -> str:
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;"), disposition
    encoded = re.search(r"filename\*=utf-8''([^;]+)", disposition, re.I)
    return unquote(encoded.group(1)) if encoded else re.search(r'filename="([^"]+)"',
                                                               disposition).group(1)  # fmt: skip


@pytest.mark.parametrize("name", HOSTILE)
def test_an_uploaded_source_is_downloaded_as_a_file_that_runs_no_script(qs_admin, name):
    upload = qs_admin.post(
        reverse("plan-drafts", args=["qingshan"]),
        {"file": SimpleUploadedFile(f"规划{name}", HOSTILE[name])},
    )
    assert upload.status_code == 302
    source = PlanDraft.objects.get().source
    source.plan = Plan.objects.create(zone=source.zone, code="qingshan-ai", title="青山",
                                      period_start=2025, period_end=2027)  # fmt: skip
    source.loaded_at = source.uploaded_at
    source.save()
    for url in (upload["Location"] + "source/", reverse("plan-source-file", args=["qingshan-ai"])):
        response = qs_admin.get(url)
        assert response.status_code == 200, url
        assert b"".join(response.streaming_content) == HOSTILE[name]  # the bytes as uploaded
        shown = _file_name(response)
        assert not RUNNABLE.search(shown), (url, shown)
        assert response["Content-Type"].split(";")[0] in ("text/plain", "application/pdf")
        assert "sandbox" in response["Content-Security-Policy"]
        assert response["X-Content-Type-Options"] == "nosniff"

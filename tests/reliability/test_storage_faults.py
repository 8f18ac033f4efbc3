"""The media folder full or read-only while staff upload evidence, with the real gunicorn.

The folder is a tiny tmpfs of the test's own (mounting needs root; elsewhere it is unavailable).
"""

import contextlib
import subprocess
import time

import pytest
import requests

from pilots.models import Membership, PlanDraft, PlanSource
from tasks.models import StatusUpdate
from tests.conftest import unavailable
from tests.factories import UserFactory, ZoneFactory
from tests.stack import Saver, app_today, sessions_for, world_build

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

# A PNG (filetype knows it by its first bytes) larger than the whole media folder.
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * (256 * 1024)


@contextlib.contextmanager
def _tiny_media(folder):
    folder.mkdir(exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True,
        text=True, timeout=30,
    )  # fmt: skip
    if mounted.returncode:
        unavailable(f"cannot mount a tmpfs for the media folder: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30)


def _report_with_evidence(saver: Saver, note: str, language: str):
    data = {
        "status": "in_progress", "percent": 40, "reported_on": app_today().isoformat(),
        "note": note, "version": saver.version,
    }  # fmt: skip
    return saver.http.post(
        f"{saver.base_url}/tasks/{saver.task_id}/report/", data=data,
        files={"evidence_file": ("scan.png", PNG, "image/png")},
        cookies={"django_language": language}, timeout=30, allow_redirects=False,
    )  # fmt: skip


@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_evidence_upload_to_a_full_or_read_only_media_folder_is_a_clear_503(stack, fault):
    world = world_build(staff=1, leaders=0)
    task_id = world["tasks"]["staff-0"]
    with _tiny_media(stack.folder / "media"):
        if fault == "read-only":
            subprocess.run(["mount", "-o", "remount,ro", str(stack.folder / "media")], check=True,
                           timeout=30)  # fmt: skip
        stack.start_web()
        saver = Saver(stack.url, world["sessions"]["staff-0"], task_id)

        started = time.monotonic()
        zh = _report_with_evidence(saver, "带附件的进展", "zh-hans")
        en = _report_with_evidence(saver, "with evidence", "en")
        took = time.monotonic() - started

        for response in (zh, en):
            assert response.status_code == 503, (response.status_code, stack.log("web")[-3000:])
            assert response.headers["Retry-After"]
        assert "文件暂时无法保存" in zh.text and "没有保存" in zh.text
        assert "could not be stored" in en.text and "not saved" in en.text
        assert "Traceback" not in zh.text + en.text
        assert not StatusUpdate.objects.filter(task_id=task_id).exists(), "half a report kept"
        if fault == "full":
            assert _files_in(stack.folder / "media") == [], "half a file kept"
        assert took < 20

        # Without a file the same report is saved: only the upload needs the folder.
        assert saver.save(note="without evidence", percent=40) == 302
        assert StatusUpdate.objects.filter(task_id=task_id, note="without evidence").exists()
        print(f"\nmedia {fault}: evidence upload answered 503 with a retry message (zh, en)")


def _files_in(folder) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_a_plan_source_upload_to_a_full_media_folder_leaves_no_half_file(stack):
    """The disk fills up midway through the file: a clear 503, and neither the part written
    nor a source or draft row pointing at nothing is kept."""
    zone = ZoneFactory(slug="hefei", name="合肥市", level="city")
    admin = UserFactory(username="hf-admin")
    Membership.objects.create(user=admin, role="zone_admin", zone=zone)
    # Text (a plan source may be plain text) larger than the whole media folder.
    content = ("合肥市国家级试验区实施方案。" * 8000).encode("utf-8")
    media = stack.folder / "media"
    with _tiny_media(media):
        stack.start_web()
        http = requests.Session()
        http.cookies.set("sessionid", sessions_for([admin])["hf-admin"])
        http.cookies.set("csrftoken", "c" * 32)
        http.headers["X-CSRFToken"] = "c" * 32
        url = f"{stack.url}/zone-admin/hefei/drafts/"
        files = {"file": ("合肥.txt", content)}
        languages = ("zh-hans", "en")
        cookies = [{"django_language": language} for language in languages]
        responses = [
            http.post(url, files=files, cookies=c, timeout=30, allow_redirects=False)
            for c in cookies
        ]
        for response in responses:
            assert response.status_code == 503, (response.status_code, stack.log("web")[-3000:])
            assert response.headers["Retry-After"]
        assert "文件暂时无法保存" in responses[0].text
        assert "could not be stored" in responses[1].text
        assert _files_in(media) == [], "half a file kept"
        assert not PlanSource.objects.exists() and not PlanDraft.objects.exists()

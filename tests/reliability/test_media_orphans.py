"""A web worker killed (SIGKILL, a real process) between writing an evidence file and committing
its rows leaves a file no row points to; the hourly sweep removes it once an hour old, with
half-written files, and keeps every file a row points to, the exports folder and young files."""

import datetime
import io
import os
import subprocess
import sys
import textwrap
import time

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from config.celery import app
from config.storage import EXPORTS_FOLDER
from pilots.jobs import remove_media_orphans
from tasks.models import StatusUpdate
from tasks.services import feedback_record
from tests.reliability.conftest import database_url_of_tests
from tests.stack import ROOT, stack_env

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 1024
HOUR = 3600

# A web worker saving feedback with evidence that stops (and is killed) after the file is
# written and the row inserted, before the commit.
KILLED_WORKER = textwrap.dedent("""
    import datetime, sys, time
    import django
    django.setup()
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db.models.signals import post_save
    from tasks.models import StatusUpdate, Task
    from tasks.services import feedback_record

    def stop(sender, instance, **kwargs):
        print("written", instance.evidence_file.name, flush=True)
        time.sleep(120)

    post_save.connect(stop, sender=StatusUpdate)
    feedback_record(task=Task.objects.get(pk=int(sys.argv[1])), agency=None,
                    reported_on=datetime.date.today(), note="killed before its commit",
                    evidence_file=SimpleUploadedFile("killed.png", b"PNG" * 100))
""")


def _killed_while_saving(task_id: int, tmp_path) -> str:
    env = stack_env(
        database_url=database_url_of_tests(), redis_url="", folder=tmp_path, static_root=tmp_path
    )
    with subprocess.Popen(
        [sys.executable, "-c", KILLED_WORKER, str(task_id)], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, text=True,
    ) as worker:  # fmt: skip
        try:
            line = worker.stdout.readline()
        finally:
            worker.kill()
    assert line.startswith("written "), "the worker did not reach the save"
    return line.split()[1]


def _aged(path, seconds=2 * HOUR):
    old = time.time() - seconds
    os.utime(path, (old, old))


def _files(root) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_the_sweep_removes_old_files_no_row_points_to_and_keeps_the_rest(
    needs_postgres, settings, world, tmp_path
):
    root = settings.MEDIA_ROOT
    kept = feedback_record(
        task=world.task, agency=None, reported_on=datetime.date.today(), note="保存的",
        evidence_file=SimpleUploadedFile("kept.png", PNG),
    ).evidence_file.name  # fmt: skip
    orphan = _killed_while_saving(world.task.pk, tmp_path)
    assert (root / orphan).is_file() and StatusUpdate.objects.count() == 1
    assert not StatusUpdate.objects.filter(evidence_file=orphan).exists()
    partial = root / "evidence" / ".partial-abc123"
    export = root / EXPORTS_FOLDER / ("0" * 32) / "job.json"
    young = root / "evidence" / "young.png"
    for path in (partial, export, young):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    for path in (root / kept, root / orphan, partial, export):
        _aged(path)
    before = _files(root)

    out = io.StringIO()
    call_command("remove_media_orphans", "--dry-run", stdout=out)
    assert out.getvalue().splitlines()[:2] == sorted([orphan, "evidence/.partial-abc123"])
    assert _files(root) == before

    call_command("remove_media_orphans", stdout=io.StringIO())
    assert _files(root) == before - {orphan, "evidence/.partial-abc123"}
    assert (root / StatusUpdate.objects.get().evidence_file.name).read_bytes() == PNG


def test_the_sweep_is_an_hourly_job_of_beat(needs_postgres, settings, world):
    entries = [e for e in django_settings.CELERY_BEAT_SCHEDULE.values()
               if e["task"] == "pilots.remove_media_orphans"]  # fmt: skip
    assert len(entries) == 1 and remove_media_orphans.name in app.tasks
    orphan = settings.MEDIA_ROOT / "evidence" / "2020" / "lost.pdf"
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"%PDF-")
    assert remove_media_orphans.apply().get() == 0  # an hour young
    _aged(orphan)
    assert remove_media_orphans.apply().get() == 1
    assert not orphan.exists()

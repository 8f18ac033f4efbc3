"""Backup and restore round trip: the five plans with history, an evidence file and snapshots,
backed up with `manage.py backup`, restored with `manage.py restore` into another database and
media folder, come back identical, table by table and file by file."""

import datetime
import subprocess
import sys
from pathlib import Path

import psycopg2
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection

from pilots.models import Plan
from targets.models import Target
from targets.rollup import plan_rollup
from targets.services import observation_record
from tasks.models import StatusUpdate, Task
from tasks.services import status_update_record
from tests.conftest import unavailable
from tests.reliability.conftest import database_url_of_tests
from tests.stack import ROOT, SECRET_KEY

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _history(today):
    for plan in Plan.objects.order_by("code"):
        task = Task.objects.filter(plan=plan).order_by("order").first()
        status_update_record(
            task=task, status="in_progress", percent=30, reported_on=today,
            note=f"{plan.code} 进展", evidence_file=SimpleUploadedFile("会议纪要.pdf", PDF),
        )  # fmt: skip
        target = Target.objects.filter(plan=plan).order_by("order").first()
        observation_record(target=target, as_of=datetime.date(today.year - 1, 12, 31), value=7)
        for day in (datetime.date(today.year - 1, 12, 31), today):
            plan_rollup(plan=plan, as_of=day)


def _table_digests(dsn: str) -> dict[str, tuple[int, str]]:
    with psycopg2.connect(dsn) as conn, conn.cursor() as cursor:
        cursor.execute(
            "select table_name from information_schema.tables"
            " where table_schema = 'public' and table_type = 'BASE TABLE'"
        )
        digests = {}
        for (table,) in cursor.fetchall():
            cursor.execute(
                f"select count(*), md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                f' from "{table}" t'
            )
            digests[table] = cursor.fetchone()
    conn.close()
    return digests


@pytest.fixture
def restored_database():
    if connection.vendor != "postgresql":
        unavailable("needs PostgreSQL: set DATABASE_URL=postgres://…")
    name = f"{connection.settings_dict['NAME']}_restored"
    admin = psycopg2.connect(database_url_of_tests().rsplit("/", 1)[0] + "/postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'drop database if exists "{name}"')
        cursor.execute(f'create database "{name}"')
    yield database_url_of_tests().rsplit("/", 1)[0] + f"/{name}"
    with admin.cursor() as cursor:
        cursor.execute(f'drop database if exists "{name}" with (force)')
    admin.close()


def test_backup_and_restore_round_trip(all_plans, restored_database, settings, tmp_path):
    from django.utils import timezone

    _history(timezone.localdate())
    assert StatusUpdate.objects.exclude(evidence_file="").count() == 5
    # Neither a finished export (kept an hour, built again on request) nor an upload still
    # being written belongs in a backup.
    transient = [Path(settings.MEDIA_ROOT) / "exports" / ("a" * 32) / "全部规划.xlsx",
                 Path(settings.MEDIA_ROOT) / "evidence" / ".partial-x1y2z3"]  # fmt: skip
    for path in transient:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"transient")
    call_command("backup", "--output", str(tmp_path / "backup"))

    media = tmp_path / "restored-media"
    env = {
        "PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": restored_database, "DJANGO_MEDIA_ROOT": str(media),
        "DJANGO_SECRET_KEY": SECRET_KEY,
    }  # fmt: skip
    result = subprocess.run(
        [sys.executable, "manage.py", "restore", str(tmp_path / "backup"), "--no-input"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert "5 media file(s)" in result.stdout
    assert not any((media / p.relative_to(settings.MEDIA_ROOT)).exists() for p in transient)

    original, restored = _table_digests(database_url_of_tests()), _table_digests(restored_database)
    assert original == restored
    assert original["targets_snapshot"][0] >= 5 * 2 * 3  # two dates of every plan, many scopes
    assert original["tasks_statusupdate"][0] >= 5
    for update in StatusUpdate.objects.exclude(evidence_file=""):
        with update.evidence_file.open("rb") as original_file:
            assert (media / update.evidence_file.name).read_bytes() == original_file.read() == PDF


def test_restore_refuses_a_damaged_backup(all_plans, settings, tmp_path, needs_postgres):
    from django.core.management.base import CommandError

    call_command("backup", "--output", str(tmp_path / "backup"))
    with (tmp_path / "backup" / "database.dump").open("ab") as dump:
        dump.write(b"garbage")
    with pytest.raises(CommandError, match="damaged"):
        call_command("restore", str(tmp_path / "backup"), "--no-input")

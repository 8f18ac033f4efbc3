"""A report with evidence saved while PostgreSQL drops the connection after the evidence file is
written: the report's rows roll back, and so does the file — no evidence in the media folder
that no report points to."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, close_old_connections, connection
from django.db.models.signals import post_save

from tasks.models import StatusUpdate
from tasks.services import feedback_record, status_update_record
from tests.factories import TaskFactory

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 1024


@pytest.mark.parametrize("record", [status_update_record, feedback_record])
def test_evidence_of_a_report_lost_with_the_connection_leaves_no_file(
    needs_postgres, settings, record
):
    task = TaskFactory()
    lost = []

    def connection_lost(sender, **kwargs):  # the row inserted, the file written; then the drop
        if not lost:
            lost.append(1)
            with connection.cursor() as cursor:
                cursor.execute("select pg_terminate_backend(pg_backend_pid())")

    fields = {"status": "in_progress", "percent": 40} if record is status_update_record else {
        "agency": None}  # fmt: skip
    post_save.connect(connection_lost, sender=StatusUpdate)
    try:
        with pytest.raises(DatabaseError):
            record(task=task, reported_on=datetime.date.today(), note="进展",
                   evidence_file=SimpleUploadedFile("scan.png", PNG), **fields)  # fmt: skip
    finally:
        post_save.disconnect(connection_lost, sender=StatusUpdate)
    assert lost
    close_old_connections()
    connection.close()
    assert not StatusUpdate.objects.exists()
    assert [p for p in settings.MEDIA_ROOT.rglob("*") if p.is_file()] == []

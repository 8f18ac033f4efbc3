"""A plan's source document uploaded while PostgreSQL drops the connection (a restart, the
backend terminated): the answer is 503 "not saved", and the file written to the media folder
goes with the rows that were never written — no orphan a backup carries for ever."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import close_old_connections, connection
from django.db.models.signals import pre_save
from django.test import Client
from django.urls import reverse

from pilots.models import Membership, PlanDraft, PlanSource
from tests.factories import UserFactory, ZoneFactory

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

PLAN = "青山市人工智能+行动方案\n一、总体要求\n（一）建设智能工厂。\n".encode()


def _files(settings) -> list:
    return sorted(p for p in settings.MEDIA_ROOT.rglob("*") if p.is_file())


@pytest.mark.parametrize("lost_before", [PlanSource, PlanDraft])
def test_an_upload_whose_rows_are_lost_with_the_connection_leaves_no_file(
    needs_postgres, settings, lost_before
):
    """The file is written; the connection is terminated before the source's row (or the
    draft's) is inserted."""
    zone = ZoneFactory(slug="qingshan", name="青山市", name_en="Qingshan", level="city")
    admin = UserFactory(username="qs-admin")
    Membership.objects.create(user=admin, role="zone_admin", zone=zone)
    lost = []

    def connection_lost(sender, **kwargs):
        if not lost:
            lost.append(1)
            with connection.cursor() as cursor:
                cursor.execute("select pg_terminate_backend(pg_backend_pid())")

    pre_save.connect(connection_lost, sender=lost_before)
    try:
        client = Client(raise_request_exception=False)
        client.force_login(admin)
        upload = {"file": SimpleUploadedFile("方案.txt", PLAN)}
        response = client.post(reverse("plan-drafts", args=["qingshan"]), upload)
    finally:
        pre_save.disconnect(connection_lost, sender=lost_before)
    assert lost and response.status_code == 503
    close_old_connections()
    connection.close()
    assert not PlanSource.objects.exists() and not PlanDraft.objects.exists()
    assert _files(settings) == []

    client.force_login(admin)
    again = client.post(
        reverse("plan-drafts", args=["qingshan"]), {"file": SimpleUploadedFile("方案.txt", PLAN)}
    )
    assert again.status_code == 302
    assert [PlanSource.objects.get().file.path] == [str(p) for p in _files(settings)]

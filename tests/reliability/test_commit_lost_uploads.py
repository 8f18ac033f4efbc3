"""An upload whose transaction PostgreSQL committed, but whose answer was lost on the wire (the
connection cut between the COMMIT and its reply, through a real TCP proxy): the rows are stored,
so the file they point to must stay. The person is told it may have been saved, never a 500."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError
from django.test import Client
from django.urls import reverse

from pilots.models import Membership, PlanSource
from tasks.instructions import Subject, instruction_issue, instruction_reply
from tasks.models import InstructionEvent, StatusUpdate
from tasks.services import feedback_record, status_update_record
from tests.commit_lost import commit_lost_on_the_wire
from tests.factories import UserFactory, ZoneFactory

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 1024
PLAN = "青山市人工智能+行动方案\n一、总体要求\n（一）建设智能工厂。\n".encode()


def _report(world):
    return status_update_record(
        task=world.task, status="in_progress", percent=40, reported_on=datetime.date.today(),
        note="进展", evidence_file=SimpleUploadedFile("scan.png", PNG),
    )  # fmt: skip


def _feedback(world):
    return feedback_record(
        task=world.task, agency=world.agencies["lead"], reported_on=datetime.date.today(),
        note="本单位进展", evidence_file=SimpleUploadedFile("scan.png", PNG),
    )  # fmt: skip


def _reply(world):
    instruction = instruction_issue(
        subject=Subject.of_task(world.task), text="请报送进展", agencies=[world.agencies["lead"]],
        reply_by=datetime.date.today() + datetime.timedelta(days=3), level="key",
        by=world.users["leadership"],
    )  # fmt: skip
    return lambda: instruction_reply(
        instruction=instruction, agency=world.agencies["lead"], by=world.users["lead_staff"],
        note="已办理", evidence_file=SimpleUploadedFile("scan.png", PNG),
    )  # fmt: skip


def _stored_files(model) -> list[str]:
    return [name for name in model.objects.values_list("evidence_file", flat=True) if name]


@pytest.mark.parametrize("save", ["report", "feedback", "reply"])
def test_evidence_whose_commit_answer_is_lost_stays_with_its_stored_row(
    needs_postgres, settings, monkeypatch, world, save
):
    call = (
        _reply(world)
        if save == "reply"
        else lambda: {"report": _report, "feedback": _feedback}[save](world)
    )
    with commit_lost_on_the_wire(monkeypatch) as proxy, pytest.raises(DatabaseError):
        call()
    assert proxy.cut.is_set()
    model = InstructionEvent if save == "reply" else StatusUpdate
    names = _stored_files(model)
    assert len(names) == 1, "the commit went through: the row is stored"
    assert (settings.MEDIA_ROOT / names[0]).is_file(), "the stored row's evidence was deleted"


def test_a_plan_source_whose_commit_answer_is_lost_is_kept_and_the_page_says_it_may_be_saved(
    needs_postgres, settings, monkeypatch
):
    zone = ZoneFactory(slug="qingshan", name="青山市", name_en="Qingshan", level="city")
    admin = UserFactory(username="qs-admin")
    Membership.objects.create(user=admin, role="zone_admin", zone=zone)
    client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE="zh-hans")
    client.force_login(admin)
    with commit_lost_on_the_wire(monkeypatch) as proxy:
        upload = {"file": SimpleUploadedFile("方案.txt", PLAN)}
        response = client.post(reverse("plan-drafts", args=["qingshan"]), upload)
    assert proxy.cut.is_set()
    assert response.status_code == 503
    page = response.content.decode()
    assert "可能已经保存" in page and "没有保存。" not in page
    source = PlanSource.objects.get()
    assert source.draft and (settings.MEDIA_ROOT / source.file.name).is_file()

"""Instructions (督办): issued by leaders only, answered by the named agencies only (with a task
status update through the one status path), closed or returned by the issuer only; lights by
reply date and grace; the reminder job and its command twin; the red list by agency."""

import datetime
import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from pilots.permissions import Access
from tasks import permissions as rules
from tasks.instructions import (
    StatusChange,
    Subject,
    instruction_close,
    instruction_issue,
    instruction_reminders_send,
    instruction_reply,
    instruction_return,
    late_by_agency,
    part_light,
)
from tasks.jobs import remind_instructions
from tasks.models import InstructionEvent, InstructionRecipient, Notification, StatusUpdate
from tests.world import TODAY

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
DAY = datetime.timedelta(days=1)


def issued(world, agencies=("lead", "supporting"), reply_by=None, by="leadership"):
    return instruction_issue(
        subject=Subject.of_task(world.task), text="请报送平台建设进展",
        agencies=[world.agencies[a] for a in agencies], reply_by=reply_by or TODAY() + 3 * DAY,
        level="key", by=world.users[by],
    )  # fmt: skip


def test_a_leader_issues_and_the_named_agencies_hear_in_the_app_and_by_mail(
    world, django_capture_on_commit_callbacks
):
    world.users["lead_staff"].email = "kjj@example.gov.cn"
    world.users["lead_staff"].save()
    with django_capture_on_commit_callbacks(execute=True):  # e-mail goes once committed
        instruction = issued(world)
    world.task.refresh_from_db()
    assert (world.task.status, world.task.version) == ("not_started", 0)  # never moves a task
    told = set(Notification.objects.filter(instruction=instruction).values_list("user__username"))
    assert told == {("lead-staff",), ("supporting-staff",)}
    assert [m.to for m in mail.outbox] == [["kjj@example.gov.cn"]]
    assert "请报送平台建设进展" in mail.outbox[0].body
    assert list(instruction.events.values_list("kind", flat=True)) == ["issued"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"text": " "}, "请填写督办内容"),
        ({"text": "长" * 1001}, "不能超过"),
        ({"agencies": []}, "至少选择"),
        ({"agencies": ["elsewhere"]}, "本试验区"),
        ({"reply_by": -1}, "不能早于今天"),
    ],
)
def test_an_instruction_is_refused_without_what_who_or_a_future_date(world, change, message):
    values = {"text": "请报送", "agencies": ["lead"], "reply_by": 3, **change}
    with translation.override("zh-hans"), pytest.raises(ValidationError, match=message):
        instruction_issue(
            subject=Subject.of_task(world.task), text=values["text"], level="normal",
            agencies=[world.agencies[a] for a in values["agencies"]], by=world.users["leadership"],
            reply_by=TODAY() + values["reply_by"] * DAY,
        )  # fmt: skip
    assert not InstructionEvent.objects.exists()


def test_only_leaders_issue(world, login):
    url = reverse("instruction-new", args=[world.task.pk])
    data = {"text": "请报送", "agencies": [world.agencies["lead"].pk], "level": "normal",
            "reply_by": (TODAY() + 3 * DAY).isoformat()}  # fmt: skip
    for key in ("lead_staff", "zone_admin"):
        assert login(world.users[key]).post(url, data).status_code == 403
    assert login(world.users["other_zone_admin"]).post(url, data).status_code == 404
    for key in ("leadership", "leadership_all"):
        assert login(world.users[key]).post(url, data).status_code == 302
    assert login(world.users["leadership"]).post(url, {**data, "text": ""}).status_code == 400
    assert InstructionRecipient.objects.count() == 2


def test_a_reply_with_a_status_update_goes_through_the_task_history(world):
    instruction = issued(world)
    event = instruction_reply(
        instruction=instruction, agency=world.agencies["lead"], by=world.users["lead_staff"],
        note="主体建设完成", evidence_doc_number="甲科发〔2026〕3号",
        status_change=StatusChange(status="in_progress", percent=60, expected_version=0),
    )  # fmt: skip
    world.task.refresh_from_db()
    assert (world.task.status, world.task.percent, world.task.version) == ("in_progress", 60, 1)
    update = StatusUpdate.objects.get(task=world.task)
    assert event.status_update == update and update.evidence_doc_number == "甲科发〔2026〕3号"
    part = instruction.recipients.get(agency=world.agencies["lead"])
    assert part.state == "replied"
    with pytest.raises(ValidationError, match="已答复"):  # once, until it is returned
        instruction_reply(
            instruction=instruction, agency=world.agencies["lead"], by=None, note="再答"
        )
    with pytest.raises(ValueError, match="append-only"):
        event.save()


def test_a_refused_status_update_writes_nothing_at_all(world):
    instruction = issued(world)
    with pytest.raises(ValidationError):
        instruction_reply(
            instruction=instruction, agency=world.agencies["lead"], by=world.users["lead_staff"],
            note="已完成", status_change=StatusChange(status="completed", percent=100),
        )  # fmt: skip
    assert not StatusUpdate.objects.exists()
    assert not instruction.events.filter(kind="replied").exists()
    assert instruction.recipients.get(agency=world.agencies["lead"]).state == "awaiting"


def test_only_named_agencies_reply_and_only_a_reporting_one_moves_the_task(world, login):
    instruction = issued(world)
    url = reverse("instruction-reply", args=[instruction.pk])
    for key in ("responsible_staff", "leadership", "zone_admin"):
        assert login(world.users[key]).post(url, {"note": "答复"}).status_code == 403
    helper = login(world.users["supporting_staff"])
    page = helper.get(instruction.get_absolute_url()).content.decode()
    assert 'name="status"' not in page  # a supporting agency has no say on the task's status
    response = helper.post(url, {"note": "经费已拨付", "status": "completed", "percent": "100"})
    assert response.status_code == 302
    world.task.refresh_from_db()
    assert world.task.status == "not_started" and not StatusUpdate.objects.exists()
    lead = login(world.users["lead_staff"])
    assert 'name="status"' in lead.get(instruction.get_absolute_url()).content.decode()
    evidence = SimpleUploadedFile("x.pdf", b"MZ\x90\x00not a pdf", content_type="application/pdf")
    bad = lead.post(url, {"note": "见附件", "evidence_file": evidence})
    assert bad.status_code == 400 and "不支持的文件类型" in bad.content.decode()
    good = SimpleUploadedFile("纪要.pdf", PDF, content_type="application/pdf")
    assert lead.post(url, {"note": "见附件", "evidence_file": good}).status_code == 302
    event = instruction.events.get(kind="replied", agency=world.agencies["lead"])
    download = lead.get(reverse("instruction-evidence", args=[event.pk]))
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert b"".join(download.streaming_content) == PDF


def test_only_the_issuer_closes_or_returns_and_all_closed_closes_it(world, login):
    instruction = issued(world, agencies=("lead",))
    lead = world.agencies["lead"]
    instruction_reply(instruction=instruction, agency=lead, by=world.users["lead_staff"],
                      note="已办")  # fmt: skip
    close = reverse("instruction-close", args=[instruction.pk, lead.pk])
    for key in ("leadership_all", "zone_admin", "lead_staff"):
        assert login(world.users[key]).post(close).status_code == 403
    with pytest.raises(ValidationError):
        instruction_close(instruction=instruction, agency=lead, by=world.users["leadership_all"])
    back = reverse("instruction-return", args=[instruction.pk, lead.pk])
    issuer = login(world.users["leadership"])
    assert issuer.post(back, {"reason": ""}).status_code == 400
    assert issuer.post(back, {"reason": "请补充佐证"}).status_code == 302
    part = instruction.recipients.get()
    assert part.state == "awaiting"
    assert Notification.objects.filter(instruction=instruction, message__contains="请补充佐证")
    instruction_reply(instruction=instruction, agency=lead, by=world.users["lead_staff"],
                      note="已补充")  # fmt: skip
    assert issuer.post(close).status_code == 302
    instruction.refresh_from_db()
    assert instruction.closed_at is not None
    kinds = list(instruction.events.values_list("kind", flat=True))
    assert kinds == ["issued", "replied", "returned", "replied", "closed"]
    with pytest.raises(ValidationError):  # nothing left to decide
        instruction_return(instruction=instruction, agency=lead, by=world.users["leadership"],
                           reason="再议")  # fmt: skip


def test_lights_turn_yellow_after_the_reply_date_and_red_after_the_grace(settings):
    settings.INSTRUCTION_RED_GRACE_DAYS = 7
    due = datetime.date(2026, 5, 10)

    def light(day, state="awaiting"):
        return part_light(reply_by=due, state=state, today=day)

    assert light(due) == "green"
    assert light(due + DAY) == "yellow"
    assert light(due + 7 * DAY) == "yellow"
    assert light(due + 8 * DAY) == "red"
    assert light(due + 30 * DAY, state="replied") == ""
    settings.INSTRUCTION_RED_GRACE_DAYS = 2
    assert light(due + 3 * DAY) == "red"


def test_reminders_go_to_late_agencies_once_in_a_few_days_and_the_command_twin(world, capsys):
    instruction = issued(world, reply_by=TODAY())
    instruction_reply(instruction=instruction, agency=world.agencies["lead"],
                      by=world.users["lead_staff"], note="已办")  # fmt: skip
    late = TODAY() + 9 * DAY
    call_command("remind_instructions", "--as-of", late.isoformat(), "--dry-run")
    out = capsys.readouterr().out
    assert "red · 甲市财政局" in out and "1 late answer(s) would be reminded" in out
    assert not instruction.events.filter(kind="reminded").exists()
    assert remind_instructions(as_of=late.isoformat()) == 1  # the job
    reminded = instruction.events.get(kind="reminded")
    assert reminded.agency == world.agencies["supporting"] and "9 天" in reminded.note
    assert Notification.objects.filter(kind="instruction_overdue").count() == 1
    assert instruction_reminders_send(as_of=late + DAY) == 0
    assert instruction_reminders_send(as_of=late + 3 * DAY) == 1
    rows = late_by_agency(zone_ids=[world.zone.pk], as_of=late)
    assert [(r.agency, r.red, r.yellow) for r in rows] == [(world.agencies["supporting"], 1, 0)]


def test_the_zone_dashboard_lists_late_answers_by_agency(world, login, settings):
    settings.INSTRUCTION_RED_GRACE_DAYS = 7
    instruction = issued(world, reply_by=TODAY())
    dashboard = reverse("dashboard-zone", args=[world.zone.slug])
    leader = login(world.users["leadership"])
    assert "无逾期督办" in leader.get(dashboard).content.decode()
    # Issued long ago (a reply date can only be set from today on when issuing).
    type(instruction).objects.filter(pk=instruction.pk).update(reply_by=TODAY() - 9 * DAY)
    page = leader.get(dashboard).content.decode()
    red_list = page[page.index('id="late-instructions"') :]
    assert "甲市科学技术局" in red_list and "红牌" in red_list and "逾期 9 天" in red_list
    assert rules.can_issue_instruction(Access.of(world.users["leadership"]), world.zone.pk)
    assert not rules.can_issue_instruction(Access.of(world.users["zone_admin"]), world.zone.pk)


def test_a_past_dates_late_list_shows_the_parts_as_they_stood_that_day(world, login, settings):
    settings.INSTRUCTION_RED_GRACE_DAYS = 7
    lead, supporting = world.agencies["lead"], world.agencies["supporting"]
    instruction = issued(world, reply_by=TODAY())
    instruction_reply(instruction=instruction, agency=lead, by=world.users["lead_staff"],
                      note="已办")  # fmt: skip
    # Issued 30 days ago, due 20 days ago; the lead agency answered only 5 days ago.
    type(instruction).objects.filter(pk=instruction.pk).update(
        reply_by=TODAY() - 20 * DAY, issued_at=timezone.now() - 30 * DAY
    )
    InstructionEvent.objects.filter(kind="replied").update(day=TODAY() - 5 * DAY)

    def late(day):
        rows = late_by_agency(zone_ids=[world.zone.pk], as_of=day)
        return [(r.agency, r.red, r.yellow) for r in rows]

    assert late(TODAY()) == [(supporting, 1, 0)]
    assert late(TODAY() - 10 * DAY) == sorted([(lead, 1, 0), (supporting, 1, 0)],
                                              key=lambda r: r[0].name)  # fmt: skip
    assert late(TODAY() - 15 * DAY) == sorted([(lead, 0, 1), (supporting, 0, 1)],
                                              key=lambda r: r[0].name)  # fmt: skip
    assert late(TODAY() - 25 * DAY) == []  # not due yet
    past = login(world.users["leadership"]).get(
        reverse("dashboard-zone", args=[world.zone.slug]),
        {"as_of": (TODAY() - 10 * DAY).isoformat()},
    )
    red_list = past.content.decode()[past.content.decode().index('id="late-instructions"') :]
    assert lead.name in red_list and "逾期 10 天" in red_list


def test_the_header_counts_each_users_unread_reminders_and_their_agencys_open_answers(world, login):
    issued(world, agencies=("lead",))
    issued(world, agencies=("lead", "supporting"))
    read = Notification.objects.filter(user=world.users["lead_staff"]).order_by("pk")[:1]
    Notification.objects.filter(pk__in=list(read.values_list("pk", flat=True))).update(
        read_at=timezone.now()
    )

    def badges(user):
        page = login(user).get(reverse("home")).content.decode()
        header = page[: page.index("</header>")]
        return "1 条未读" in header, "2 项待答复" in header, "1 项待答复" in header

    assert badges(world.users["lead_staff"]) == (True, True, False)  # 2 told, 1 read
    assert badges(world.users["supporting_staff"]) == (True, False, True)
    assert badges(world.users["other_staff"]) == (False, False, False)


@pytest.mark.parametrize(
    "back", ["/\\evil.example/", "/\\/evil.example/", "/\t/evil.example/", "//evil.example/",
             "https://evil.example/"],
)  # fmt: skip
def test_the_way_back_from_an_instruction_form_never_leaves_the_site(world, login, back):
    """Browsers read "/\\host" as "//host": the crumb back must stay on this site."""
    url = reverse("instruction-new-agency", args=[world.agencies["lead"].pk])
    page = login(world.users["leadership"]).get(url, {"back": back})
    assert page.status_code == 200
    links = re.findall(r'href="([^"]*)"', page.content.decode())
    assert not [link for link in links if "evil.example" in link]


def test_the_way_back_to_a_page_of_the_site_is_kept(world, login):
    url = reverse("instruction-new-agency", args=[world.agencies["lead"].pk])
    back = reverse("dashboard-agency", args=[world.agencies["lead"].pk]) + "?as_of=2025-01-01"
    page = login(world.users["leadership"]).get(url, {"back": back})
    assert f'href="{back.replace("&", "&amp;")}"' in page.content.decode()

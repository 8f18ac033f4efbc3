"""Instructions (督办): a leader asks named agencies to act, by a reply date, and decides on each
answer.

The loop, in words:
- a zone's leader (or an all-zones leader) issues an instruction on a task, a target or an
  agency's work: what to do, the agencies that must answer, a reply date, a level (一般 / 重点);
  each named agency hears of it in the app and by e-mail;
- each named agency replies with what it did and its evidence, and — a lead or responsible
  agency of the task — may update the task's status in the same step, through
  ``tasks.services.status_update_record`` (the one path for a task's status: history, lock,
  version check, rollup owed);
- the issuing leader closes each answer (办结) or returns it with a reason, and the agency
  answers again; the instruction is closed when every agency's part is;
- an agency's part still awaiting its answer after the reply date is **yellow**, and **red** once
  more than ``settings.INSTRUCTION_RED_GRACE_DAYS`` days late; a daily reminder tells the late
  agencies (``remind_instructions``, job ``tasks.remind_instructions``).
The instruction never changes a task by itself. Every step is appended to its timeline
(``InstructionEvent``), which the task's history shows too.
"""

from __future__ import annotations

import datetime
import logging
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import OuterRef, Q, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from config.storage import stored_with_their_rows
from pilots.models import Agency, Plan
from pilots.plan_period import plan_end
from pilots.prepared import Prepared, among
from tasks.models import (
    INSTRUCTION_MAX_LENGTH,
    INSTRUCTION_MAX_RECIPIENTS,
    REPLY_MAX_LENGTH,
    Instruction,
    InstructionEvent,
    InstructionRecipient,
    Notification,
    Task,
)
from tasks.notices import agency_members, notify
from tasks.resubmits import author_queued
from tasks.services import TaskChangedMeanwhile, status_update_record

__all__ = ["TaskChangedMeanwhile"]  # the views catch it from here
log = logging.getLogger(__name__)

GREEN, YELLOW, RED = "green", "yellow", "red"
# A late agency is reminded again only after this many days.
REMIND_EVERY_DAYS = 3
# How long after today a reply date may be when the plan's period ends sooner (or has ended).
REPLY_AFTER_END_DAYS = 90
Part = InstructionRecipient
Kind = InstructionEvent.Kind


def part_light(*, reply_by: datetime.date, state: str, today: datetime.date) -> str:
    """Green until the reply date; yellow once past it; red more than the grace days past it.
    An answered or closed part has no light."""
    if state != Part.State.AWAITING:
        return ""
    late = (today - reply_by).days
    if late <= 0:
        return GREEN
    return RED if late > settings.INSTRUCTION_RED_GRACE_DAYS else YELLOW


def days_late(*, reply_by: datetime.date, today: datetime.date) -> int:
    return max(0, (today - reply_by).days)


@dataclass(frozen=True)
class Subject:
    """What an instruction is about: a task, a target (named by the app that owns targets) or
    an agency's work."""

    kind: str
    zone_id: int
    title: str
    path: str = ""
    task: Task | None = None
    agency: Agency | None = None
    target_id: int | None = None
    plan: Plan | None = None  # the plan the work belongs to; none for an agency's work

    @classmethod
    def of_task(cls, task: Task) -> Subject:
        title = f"{task.location} {task.title}".strip()
        return cls(kind=Instruction.Subject.TASK, zone_id=task.plan.zone_id, task=task,
                   title=title, path=task.get_absolute_url(), plan=task.plan)  # fmt: skip

    @classmethod
    def of_target(
        cls, *, target_id: int, zone_id: int, title: str, path: str, plan: Plan | None = None
    ) -> Subject:
        """A target, named by the app that owns targets (tasks never reads them)."""
        return cls(kind=Instruction.Subject.TARGET, zone_id=zone_id, target_id=target_id,
                   title=title, path=path, plan=plan)  # fmt: skip

    @classmethod
    def of_agency(cls, agency: Agency) -> Subject:
        return cls(kind=Instruction.Subject.AGENCY, zone_id=agency.zone_id, agency=agency,
                   title=agency.name)  # fmt: skip


def _issue_checks(*, subject, text, agencies, reply_by, today):
    if not text.strip():
        raise ValidationError(_("请填写督办内容。"))
    if len(text) > INSTRUCTION_MAX_LENGTH:
        raise ValidationError(_("督办内容不能超过 %(n)d 字。") % {"n": INSTRUCTION_MAX_LENGTH})
    if not agencies:
        raise ValidationError(_("请至少选择一个承办单位。"))
    if len(agencies) > INSTRUCTION_MAX_RECIPIENTS:
        raise ValidationError(_("承办单位不能超过 %(n)d 个。") % {"n": INSTRUCTION_MAX_RECIPIENTS})
    if any(a.zone_id != subject.zone_id for a in agencies):
        raise ValidationError(_("只能督办本试验区的单位。"))
    if reply_by < today:
        raise ValidationError(_("答复期限不能早于今天。"))
    latest, end = reply_latest(subject, today)
    if reply_by > latest:
        raise ValidationError(
            _(
                "答复期限最迟为 %(latest)s：须在规划期内（至 %(end)s 止），"
                "或在今天起 %(days)d 天内。"
            )
            % {"latest": latest.isoformat(), "end": end.isoformat(), "days": REPLY_AFTER_END_DAYS}
        )


def reply_latest(subject: Subject, today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The latest reply date an instruction may ask for, and the end of the period it is bound
    by: the end of the subject's plan (of the zone's plans, for an agency's work), or, once
    that has passed, ``REPLY_AFTER_END_DAYS`` from today (an ended plan's work is accounted for
    promptly, not by a date decades on)."""
    if subject.plan is not None:
        end = plan_end(subject.plan)
    else:
        years = Plan.objects.filter(zone_id=subject.zone_id).values_list("period_end", flat=True)
        end = datetime.date(max(years, default=today.year), 12, 31)
    return max(end, today + datetime.timedelta(days=REPLY_AFTER_END_DAYS)), end


def instruction_issue(
    *, subject: Subject, text: str, agencies: list[Agency], reply_by: datetime.date,
    level: str, by, today: datetime.date | None = None,
) -> Instruction:  # fmt: skip
    """A leader's instruction to the named agencies; they are told in the app and by e-mail."""
    today = today or timezone.localdate()
    _issue_checks(subject=subject, text=text, agencies=agencies, reply_by=reply_by, today=today)
    with transaction.atomic():
        if by is not None:
            earlier = _issued_just_now(
                since=author_queued(by), subject=subject, text=text, agencies=agencies,
                reply_by=reply_by, level=level, by=by,
            )  # fmt: skip
            if earlier is not None:
                return earlier
        instruction = Instruction.objects.create(
            zone_id=subject.zone_id, subject=subject.kind, task=subject.task,
            agency=subject.agency, target_id=subject.target_id, subject_title=subject.title[:400],
            subject_path=subject.path[:200], text=text, level=level, reply_by=reply_by,
            issued_by=by,
        )  # fmt: skip
        InstructionRecipient.objects.bulk_create(
            InstructionRecipient(instruction=instruction, agency=a) for a in agencies
        )
        InstructionEvent.objects.create(
            instruction=instruction, kind=Kind.ISSUED, author=by, note=text
        )
        notify(
            agency_members([a.pk for a in agencies]), kind=Notification.Kind.INSTRUCTION,
            instruction=instruction, task_id=instruction.task_id,
            subject=_("督办通知：%(title)s") % {"title": subject.title[:80]},
            message=_("%(level)s督办 · %(title)s：%(text)s（请于 %(date)s 前答复）") % {
                "level": instruction.get_level_display(), "title": subject.title[:80],
                "text": text[:200], "date": reply_by.isoformat(),
            },
        )  # fmt: skip
    return instruction


def _issued_just_now(
    *, since, subject: Subject, text: str, agencies: list[Agency], reply_by, level: str, by
) -> Instruction | None:
    """The same instruction, to the same agencies, that the same leader has just issued."""
    same = Instruction.objects.filter(
        issued_by=by, issued_at__gte=since, subject=subject.kind, task=subject.task,
        agency=subject.agency, target_id=subject.target_id, text=text, level=level,
        reply_by=reply_by,
    ).prefetch_related("recipients")  # fmt: skip
    wanted = {a.pk for a in agencies}
    return next((i for i in same if {r.agency_id for r in i.recipients.all()} == wanted), None)


def _locked_part(instruction: Instruction, agency_id: int) -> InstructionRecipient:
    try:
        return InstructionRecipient.objects.select_for_update().get(
            instruction=instruction, agency_id=agency_id
        )
    except InstructionRecipient.DoesNotExist as exc:
        raise ValidationError(_("该单位不是此督办的承办单位。")) from exc


@dataclass(frozen=True)
class StatusChange:
    """A task status update given with a reply (as on the task's report form)."""

    status: str
    percent: int
    expected_version: int | None = None


def instruction_reply(
    *, instruction: Instruction, agency: Agency, by, note: str,
    evidence_doc_number: str = "", evidence_url: str = "", evidence_file=None,
    status_change: StatusChange | None = None, today: datetime.date | None = None,
) -> InstructionEvent:  # fmt: skip
    """A named agency's answer: what it did, its evidence, and perhaps the task's new status.
    The status goes through ``status_update_record`` in the same transaction; a refused
    status update (an outdated form, completion without evidence) writes nothing at all."""
    today = today or timezone.localdate()
    if not (note.strip() or evidence_doc_number or evidence_url or evidence_file):
        raise ValidationError(_("请填写办理情况或提供佐证材料。"))
    if len(note) > REPLY_MAX_LENGTH:
        raise ValidationError(_("办理情况不能超过 %(n)d 字。") % {"n": REPLY_MAX_LENGTH})
    if status_change and instruction.task_id is None:
        raise ValidationError(_("只有针对任务的督办可以同时更新任务进展。"))
    evidence = {"evidence_doc_number": evidence_doc_number, "evidence_url": evidence_url}
    with stored_with_their_rows():
        part = _locked_part(instruction, agency.pk)
        if part.state != Part.State.AWAITING:
            raise ValidationError(_("本单位已答复，等待督办领导审核。"))
        update = None
        if status_change:
            update = status_update_record(
                task=instruction.task, status=status_change.status,
                percent=status_change.percent, reported_on=today, author=by, agency=agency,
                note=note, expected_version=status_change.expected_version,
                evidence_file=evidence_file, **evidence,
            )  # fmt: skip
        event = InstructionEvent.objects.create(
            instruction=instruction, kind=Kind.REPLIED, agency=agency, author=by, note=note,
            evidence_file=update.evidence_file if update else (evidence_file or ""),
            status_update=update, **evidence,
        )  # fmt: skip
        part.state, part.replied_at = Part.State.REPLIED, timezone.now()
        part.save(update_fields=["state", "replied_at"])
        issuer = instruction.issued_by
        notify(
            [(issuer.pk, issuer.email)], kind=Notification.Kind.INSTRUCTION,
            instruction=instruction, task_id=instruction.task_id,
            subject=_("督办答复：%(title)s") % {"title": instruction.subject_title[:80]},
            message=_("%(agency)s 已答复督办“%(title)s”：%(note)s") % {
                "agency": agency.short_name, "title": instruction.subject_title[:80],
                "note": note[:200],
            },
        )  # fmt: skip
    return event


def _decide(instruction: Instruction, agency_id: int, by, kind: str, note: str = ""):
    if by.pk != instruction.issued_by_id:
        raise ValidationError(_("只有下达督办的领导可以办结或退回。"))
    with transaction.atomic():
        part = _locked_part(instruction, agency_id)
        if part.state != Part.State.REPLIED:
            raise ValidationError(_("只有已答复、待审核的办理情况可以办结或退回。"))
        part.state = Part.State.CLOSED if kind == Kind.CLOSED else Part.State.AWAITING
        part.save(update_fields=["state"])
        event = InstructionEvent.objects.create(
            instruction=instruction, kind=kind, agency_id=agency_id, author=by, note=note
        )
        still_open = instruction.recipients.exclude(state=Part.State.CLOSED).exists()
        if not still_open:
            instruction.closed_at = timezone.now()
            instruction.save(update_fields=["closed_at"])
    return event


def instruction_close(*, instruction: Instruction, agency: Agency, by) -> InstructionEvent:
    """The issuing leader accepts an agency's answer (办结)."""
    return _decide(instruction, agency.pk, by, Kind.CLOSED)


def instruction_return(
    *, instruction: Instruction, agency: Agency, by, reason: str
) -> InstructionEvent:
    """The issuing leader sends an answer back with a reason; the agency answers again, and the
    reply date (and its lights) stand as they were."""
    if not reason.strip():
        raise ValidationError(_("退回须说明理由。"))
    if len(reason) > REPLY_MAX_LENGTH:
        raise ValidationError(_("退回理由不能超过 %(n)d 字。") % {"n": REPLY_MAX_LENGTH})
    event = _decide(instruction, agency.pk, by, Kind.RETURNED, reason)
    notify(
        agency_members([agency.pk]), kind=Notification.Kind.INSTRUCTION,
        instruction=instruction, task_id=instruction.task_id,
        subject=_("督办退回：%(title)s") % {"title": instruction.subject_title[:80]},
        message=_("督办“%(title)s”的答复被退回：%(reason)s") % {
            "title": instruction.subject_title[:80], "reason": reason[:200],
        },
    )  # fmt: skip
    return event


def late_parts(*, as_of: datetime.date, zone_ids=None):
    """Every agency's part still awaiting its answer after its reply date, as it stood on as_of:
    before today, a part's state is the last step of its timeline by then (the timeline is
    append-only), so a past date's list is the one leaders saw that day."""
    if zone_ids is not None and as_of >= timezone.localdate():
        return _late_parts_of_zones(list(zone_ids), as_of)
    parts = InstructionRecipient.objects.filter(instruction__reply_by__lt=as_of).select_related(
        "instruction", "agency"
    )
    if zone_ids is not None:
        parts = parts.filter(instruction__zone_id__in=zone_ids)
    if as_of >= timezone.localdate():
        parts = parts.filter(state=Part.State.AWAITING)
    else:
        last_step = InstructionEvent.objects.filter(
            instruction_id=OuterRef("instruction_id"), agency_id=OuterRef("agency_id"),
            kind__in=[Kind.REPLIED, Kind.CLOSED, Kind.RETURNED], day__lte=as_of,
        ).order_by("-day", "-id").values("kind")[:1]  # fmt: skip
        parts = (
            parts.filter(instruction__issued_at__date__lte=as_of)
            .annotate(step_then=Subquery(last_step))
            .filter(Q(step_then__isnull=True) | Q(step_then=Kind.RETURNED))
        )
    return parts.order_by("instruction__reply_by", "id")


@Prepared
def _late_parts_of_zones(zone_ids: list[int], as_of: datetime.date) -> QuerySet:
    """``late_parts`` of today in the zones: a zone dashboard's every view asks."""
    return (
        InstructionRecipient.objects.filter(
            among("instruction__zone_id", zone_ids),
            instruction__reply_by__lt=as_of,
            state=Part.State.AWAITING,
        )
        .select_related("instruction", "agency")
        .order_by("instruction__reply_by", "id")
    )


def instruction_reminders_send(*, as_of: datetime.date, dry_run: bool = False) -> int:
    """Remind every late agency (yellow or red) at most every REMIND_EVERY_DAYS days; each
    reminder is a step of the instruction's timeline. Returns how many parts were reminded."""
    recent = set(
        InstructionEvent.objects.filter(
            kind=Kind.REMINDED, day__gt=as_of - datetime.timedelta(days=REMIND_EVERY_DAYS)
        )
        .values_list("instruction_id", "agency_id")
    )  # fmt: skip
    due = [p for p in late_parts(as_of=as_of) if (p.instruction_id, p.agency_id) not in recent]
    if dry_run:
        return len(due)
    for part in due:
        _remind(part, as_of)
    return len(due)


def _remind(part: InstructionRecipient, as_of: datetime.date) -> None:
    instruction = part.instruction
    light = part_light(reply_by=instruction.reply_by, state=part.state, today=as_of)
    late = days_late(reply_by=instruction.reply_by, today=as_of)
    with transaction.atomic():
        InstructionEvent.objects.create(
            instruction=instruction, kind=Kind.REMINDED, agency=part.agency, day=as_of,
            note=_("已逾期 %(days)d 天") % {"days": late},
        )  # fmt: skip
        notify(
            agency_members([part.agency_id]), kind=Notification.Kind.INSTRUCTION_OVERDUE,
            instruction=instruction, task_id=instruction.task_id,
            subject=(_("红牌督办") if light == RED else _("黄牌督办"))
            + _("：%(title)s") % {"title": instruction.subject_title[:80]},
            message=_("督办“%(title)s”已超过答复期限 %(days)d 天，请尽快答复。") % {
                "title": instruction.subject_title[:80], "days": late,
            },
        )  # fmt: skip


@dataclass
class LateAgency:
    agency: Agency
    yellow: int = 0
    red: int = 0
    parts: list | None = None


def late_by_agency(*, zone_ids, as_of: datetime.date) -> list[LateAgency]:
    """The red list: agencies with late answers, the most red first, each with its parts."""
    rows: dict[int, LateAgency] = {}
    for part in late_parts(as_of=as_of, zone_ids=zone_ids):
        row = rows.setdefault(part.agency_id, LateAgency(agency=part.agency, parts=[]))
        part.light = part_light(
            reply_by=part.instruction.reply_by, state=Part.State.AWAITING, today=as_of
        )
        part.days_late = days_late(reply_by=part.instruction.reply_by, today=as_of)
        if part.light == RED:
            row.red += 1
        else:
            row.yellow += 1
        row.parts.append(part)
    return sorted(rows.values(), key=lambda r: (-r.red, -r.yellow, r.agency.name))


def instruction_lights(instruction: Instruction, *, today: datetime.date) -> None:
    """Mark each part (and the instruction, by its worst part) with its light and days late."""
    order = {RED: 3, YELLOW: 2, GREEN: 1, "": 0}
    worst = ""
    for part in instruction.recipients.all():
        part.light = part_light(reply_by=instruction.reply_by, state=part.state, today=today)
        part.days_late = days_late(reply_by=instruction.reply_by, today=today)
        worst = max(worst, part.light, key=order.__getitem__)
    instruction.light = worst


def parts_awaiting(*, agency_ids) -> defaultdict:
    """Open parts of the given agencies by instruction: what My tasks counts."""
    parts = defaultdict(list)
    for part in InstructionRecipient.objects.filter(
        agency_id__in=agency_ids, state=Part.State.AWAITING
    ).select_related("agency"):
        parts[part.instruction_id].append(part)
    return parts

"""Daily reminders to agency staff: their agency's stale tasks and milestones due or overdue,
of plans that are running (a plan that has ended is judged at its end, one not yet begun has
nothing to report: reminding of them would mail "1,400 days not updated" for ever)."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Max, Q
from django.utils.translation import gettext as _

from pilots.models import Membership, Plan
from pilots.plan_period import plan_end
from tasks.models import (
    Milestone,
    Notification,
    Task,
    TaskAssignment,
    TaskStatus,
    days_silent,
    is_stale,
)

DUE_SOON_DAYS = 7
# The same reminder (person, kind, task or milestone) is not repeated within this many days.
QUIET_DAYS = 3
REMINDER_KINDS = (
    Notification.Kind.STALE_TASK,
    Notification.Kind.MILESTONE_DUE,
    Notification.Kind.MILESTONE_OVERDUE,
)


@dataclass(frozen=True)
class Reminder:
    user_id: int
    email: str
    kind: str
    task_id: int
    milestone_id: int | None
    message: str


def reminders_due(*, as_of: datetime.date, plan_codes: list[str] | None = None) -> list[Reminder]:
    """Every reminder that should go out today and has not gone out in the last QUIET_DAYS."""
    members = _members_by_agency()
    agencies_of_task = _agencies_of_open_tasks(members, plan_codes, as_of)
    titles = dict(Task.objects.filter(pk__in=agencies_of_task).values_list("id", "title"))
    due = _stale_tasks_due(agencies_of_task, titles, as_of)
    due += _milestones_due(agencies_of_task, titles, as_of)
    recent = set(
        Notification.objects.filter(
            created_on__gt=as_of - datetime.timedelta(days=QUIET_DAYS)
        ).values_list("user_id", "kind", "task_id", "milestone_id")
    )
    reminders = []
    for task_id, milestone_id, kind, message in due:
        for agency_id in agencies_of_task[task_id]:
            for user_id, email in members[agency_id]:
                key = (user_id, kind, task_id, milestone_id)
                if key not in recent:
                    recent.add(key)  # a person in two assigned agencies hears it once
                    reminders.append(Reminder(user_id, email, kind, task_id, milestone_id, message))
    return reminders


def _members_by_agency() -> dict[int, list[tuple[int, str]]]:
    """(user id, e-mail) of each agency's active staff and managers."""
    members = defaultdict(list)
    for m in Membership.objects.filter(
        role__in=[Membership.Role.STAFF, Membership.Role.MANAGER], user__is_active=True
    ).values("agency_id", "user_id", "user__email"):
        members[m["agency_id"]].append((m["user_id"], m["user__email"]))
    return members


def _agencies_of_open_tasks(
    members: dict, plan_codes: list[str] | None, as_of: datetime.date
) -> dict[int, set[int]]:
    """Each open task of a plan running on ``as_of`` (from its issue date, else the first day
    of its period, to the last day of its period) with its assigned agencies that have someone
    to remind."""
    assignments = TaskAssignment.objects.filter(
        _running(as_of, "task__plan__"),
        archived_at__isnull=True,
        task__archived_at__isnull=True,
        agency_id__in=members.keys(),
    ).exclude(task__status=TaskStatus.COMPLETED)
    if plan_codes:
        assignments = assignments.filter(task__plan__code__in=plan_codes)
    agencies_of_task = defaultdict(set)
    for task_id, agency_id in assignments.values_list("task_id", "agency_id"):
        agencies_of_task[task_id].add(agency_id)
    return agencies_of_task


def _running(as_of: datetime.date, plan: str = "") -> Q:
    """Plans running on ``as_of`` (``plan``: the path to the plan, for a query of its tasks)."""
    started = Q(**{f"{plan}issued_on__lte": as_of}) | Q(
        **{f"{plan}issued_on__isnull": True, f"{plan}period_start__lte": as_of.year}
    )
    return started & Q(**{f"{plan}period_end__gte": as_of.year})


def plans_not_reminded(
    *, as_of: datetime.date, plan_codes: list[str] | None = None
) -> list[tuple[str, str]]:
    """(code, why) of each plan (of ``plan_codes``, else all) whose tasks get no reminder on
    ``as_of``: it has ended (its tasks are judged at its end) or not yet begun. For the operator
    who sees none sent."""
    plans = Plan.objects.exclude(_running(as_of)).order_by("code")
    if plan_codes:
        plans = plans.filter(code__in=plan_codes)
    said = []
    for plan in plans:
        end = plan_end(plan)
        if as_of > end:
            why = f"ended on {end}: its tasks are judged at its end, not reminded"
        else:
            why = "not yet begun"
        said.append((plan.code, why))
    return said


def _stale_tasks_due(agencies_of_task, titles, as_of: datetime.date) -> list[tuple]:
    """The tasks stale on ``as_of`` (``is_stale``; their plans run then: ``days_silent`` counts
    to ``as_of``, as every page does)."""
    rows = (
        Task.objects.filter(pk__in=agencies_of_task)
        .select_related("plan")
        .only("id", "plan__period_start", "plan__period_end")
        .annotate(last=Max("updates__reported_on", filter=Q(updates__reported_on__lte=as_of)))
    )
    due = []
    for task in rows:
        days = days_silent(task.last, day=as_of, plan_end=plan_end(task.plan))
        if is_stale(days):
            said = _("从未更新") if days is None else _("%(days)d 天未更新") % {"days": days}
            due.append((task.pk, None, Notification.Kind.STALE_TASK, f"{titles[task.pk]}: {said}"))
    return due


def _milestones_due(agencies_of_task, titles, as_of: datetime.date) -> list[tuple]:
    due = []
    for m in Milestone.objects.filter(
        task_id__in=agencies_of_task,
        done_on__isnull=True,
        due_on__lte=as_of + datetime.timedelta(days=DUE_SOON_DAYS),
    ).values("id", "task_id", "title", "due_on"):
        overdue = m["due_on"] < as_of
        kind = Notification.Kind.MILESTONE_OVERDUE if overdue else Notification.Kind.MILESTONE_DUE
        text = _("里程碑“%(title)s”%(state)s（%(due)s）") % {
            "title": m["title"],
            "state": _("已逾期") if overdue else _("即将到期"),
            "due": m["due_on"].isoformat(),
        }
        due.append((m["task_id"], m["id"], kind, f"{titles[m['task_id']]}: {text}"))
    return due


def reminders_send(*, as_of: datetime.date, plan_codes: list[str] | None = None) -> int:
    """Record today's reminders in the app, then e-mail each person one digest."""
    reminders = reminders_due(as_of=as_of, plan_codes=plan_codes)
    with transaction.atomic():
        Notification.objects.bulk_create(
            Notification(
                user_id=r.user_id,
                kind=r.kind,
                task_id=r.task_id,
                milestone_id=r.milestone_id,
                message=r.message,
                created_on=as_of,
            )
            for r in reminders
        )
    reminders_mail(as_of=as_of)
    return len(reminders)


def reminders_mail(*, as_of: datetime.date) -> int:
    """E-mail each person one digest of the reminders of the last QUIET_DAYS not yet e-mailed:
    today's, and those an earlier run recorded but could not send (mail server away, worker
    gone); each person's are marked e-mailed once their mail is out. How many e-mails."""
    unsent = (
        Notification.objects.filter(
            kind__in=REMINDER_KINDS,
            emailed=False,
            created_on__gt=as_of - datetime.timedelta(days=QUIET_DAYS),
            created_on__lte=as_of,
        )
        .exclude(user__email="")
        .order_by("created_on", "id")
        .values_list("id", "user__email", "message")
    )
    by_person = defaultdict(list)
    for notification_id, email, message in unsent:
        by_person[email].append((notification_id, message))
    for email, notices in by_person.items():
        send_mail(
            subject=_("试验区任务提醒（%(count)d 项）") % {"count": len(notices)},
            message="\n".join(f"· {message}" for _id, message in notices),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[email],
            fail_silently=False,
        )
        Notification.objects.filter(pk__in=[i for i, _m in notices]).update(emailed=True)
    return len(by_person)

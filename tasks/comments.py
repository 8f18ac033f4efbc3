"""Comments (留言) on tasks and targets, between leaders and agencies: short, listed by date, so
a question does not need an instruction. ``@name`` mentions a person (their username) or an
agency of the zone (its full name, an alias or its code); the people mentioned, and the staff of
the agencies mentioned, are told in the app and by e-mail. Comments are never edited."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from pilots.models import Agency, Membership
from pilots.prepared import Prepared
from tasks.models import COMMENT_MAX_LENGTH, Comment, Notification, Task
from tasks.notices import agency_members, notify
from tasks.resubmits import author_queued

MENTION = re.compile(r"@([^\s@,,。;;::、!!??()()]+)")
MAX_MENTIONS = 10
COMMENTS_SHOWN = 500


@dataclass(frozen=True)
class CommentSubject:
    zone_id: int
    title: str
    path: str = ""
    task: Task | None = None
    target_id: int | None = None

    @classmethod
    def of_task(cls, task: Task) -> CommentSubject:
        title = f"{task.location} {task.title}".strip()
        return cls(zone_id=task.plan.zone_id, title=title, path=task.get_absolute_url(), task=task)


def mentions_in(text: str, *, zone_id: int) -> tuple[list, list[Agency]]:
    """The people (by username, who belong to the zone) and the zone's agencies (by name, alias
    or code) that the text mentions."""
    names = list(dict.fromkeys(MENTION.findall(text)))[:MAX_MENTIONS]
    if not names:
        return [], []
    in_zone = Q(memberships__zone_id=zone_id) | Q(memberships__agency__zone_id=zone_id)
    everywhere = Q(memberships__role=Membership.Role.LEADERSHIP, memberships__zone__isnull=True)
    users = list(
        get_user_model()
        .objects.filter(in_zone | everywhere, username__in=names, is_active=True)
        .distinct()
    )
    agencies = [
        a for a in Agency.objects.filter(zone_id=zone_id, archived_at__isnull=True)
        if {a.name, a.code, *a.aliases} & set(names)
    ]  # fmt: skip
    return users, agencies


def comment_add(*, subject: CommentSubject, text: str, by) -> Comment:
    """Append a comment and tell whoever it mentions (not its author)."""
    text = text.strip()
    if not text:
        raise ValidationError(_("请填写留言。"))
    if len(text) > COMMENT_MAX_LENGTH:
        raise ValidationError(_("留言不能超过 %(n)d 字。") % {"n": COMMENT_MAX_LENGTH})
    users, agencies = mentions_in(text, zone_id=subject.zone_id)
    with transaction.atomic():
        earlier = Comment.objects.filter(
            author=by, created_at__gte=author_queued(by), task=subject.task,
            target_id=subject.target_id, text=text,
        ).first()  # fmt: skip
        if earlier is not None:  # the same comment sent twice
            return earlier
        comment = Comment.objects.create(
            zone_id=subject.zone_id, task=subject.task, target_id=subject.target_id,
            subject_title=subject.title[:400], subject_path=subject.path[:200], author=by,
            text=text,
        )  # fmt: skip
        people = {(u.pk, u.email) for u in users} | set(agency_members([a.pk for a in agencies]))
        people.discard((by.pk, by.email))
        if people:
            notify(
                sorted(people), kind=Notification.Kind.MENTION,
                task_id=subject.task.pk if subject.task else None, link=subject.path,
                subject=_("留言提到了您：%(title)s") % {"title": subject.title[:80]},
                message=_("%(who)s 在“%(title)s”留言：%(text)s") % {
                    "who": comment.author_label, "title": subject.title[:80], "text": text[:200],
                },
            )  # fmt: skip
    return comment


def comments_on(*, task: Task | None = None, target_id: int | None = None) -> list[Comment]:
    """A task's or a target's comments by date, oldest first."""
    if task is not None:
        return _task_comments(task.pk)
    return list(_comments_by_date().filter(target_id=target_id)[:COMMENTS_SHOWN])


def _comments_by_date() -> QuerySet:
    return Comment.objects.select_related("author").order_by("created_at", "id")


@Prepared
def _task_comments(task_id: int) -> QuerySet:
    """A task's comments: its page's every view asks."""
    return _comments_by_date().filter(task_id=task_id)[:COMMENTS_SHOWN]

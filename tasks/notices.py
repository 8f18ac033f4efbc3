"""Telling people: a notice in the app now, an e-mail once the transaction has committed (used by
instructions and comments)."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from pilots.models import Membership
from tasks.models import Notification

log = logging.getLogger(__name__)


def agency_members(agency_ids) -> list[tuple[int, str]]:
    """(user id, e-mail) of the agencies' active staff and managers, each person once."""
    rows = Membership.objects.filter(
        agency_id__in=agency_ids,
        role__in=[Membership.Role.STAFF, Membership.Role.MANAGER],
        user__is_active=True,
    ).values_list("user_id", "user__email")
    return sorted(set(rows))


def notify(people, *, kind, subject: str, message: str, task_id=None, instruction=None,
           link: str = "") -> None:  # fmt: skip
    today = timezone.localdate()
    Notification.objects.bulk_create(
        Notification(user_id=user_id, kind=kind, task_id=task_id, instruction=instruction,
                     link=link[:200], message=message[:400], created_on=today)
        for user_id, _email in people
    )  # fmt: skip
    emails = sorted({email for _id, email in people if email})
    if emails:
        transaction.on_commit(lambda: _mail(emails, subject, message))


def _mail(emails: list[str], subject: str, message: str) -> None:
    """A mail server that is away loses the e-mail, not the act: the app has the notice."""
    try:
        for email in emails:
            send_mail(subject=subject, message=message, from_email=settings.DEFAULT_FROM_EMAIL,
                      recipient_list=[email])  # fmt: skip
    except Exception:
        log.exception("notice e-mail not sent to %d people", len(emails))

import datetime

from celery import shared_task
from django.db import DatabaseError
from django.utils import timezone

from tasks.instructions import instruction_reminders_send
from tasks.reminders import reminders_send


@shared_task(
    name="tasks.send_reminders",
    autoretry_for=(DatabaseError, OSError),  # OSError: the mail server away (smtplib's too)
    retry_backoff=True,
    max_retries=3,
)
def send_reminders(as_of: str | None = None) -> int:
    """Handed out again when its worker dies or retried while mail is away: reminders already
    recorded are not repeated, and those not yet e-mailed go out with the next run."""
    day = datetime.date.fromisoformat(as_of) if as_of else timezone.localdate()
    return reminders_send(as_of=day)


@shared_task(
    name="tasks.remind_instructions",
    autoretry_for=(DatabaseError,),
    retry_backoff=True,
    max_retries=3,
)
def remind_instructions(as_of: str | None = None) -> int:
    day = datetime.date.fromisoformat(as_of) if as_of else timezone.localdate()
    return instruction_reminders_send(as_of=day)

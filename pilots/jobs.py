"""Celery jobs of pilots. Thin: they take ids, call one service, and own the retry policy."""

from celery import shared_task
from django.db import DatabaseError, InterfaceError

from config.media_orphans import media_orphans_remove
from pilots.plan_drafts import plan_draft_make


@shared_task(name="pilots.draft_plan_source", abandon="pilots.plan_drafts.plan_draft_abandon")
def draft_plan_source(draft_id: int, language: str | None = None) -> str:
    """Draft a plan fixture from an uploaded source document. No retries: drafting the same
    file again gives the same result, and a draft no worker finished can be drafted in the
    request from its page. Handed out again when its worker dies: a drafted draft is left
    alone; one that killed every worker fails (``plan_draft_abandon``)."""
    return plan_draft_make(draft_id=draft_id, language=language).status


@shared_task(name="pilots.remove_media_orphans", autoretry_for=(DatabaseError, InterfaceError),
             retry_backoff=60, max_retries=5)  # fmt: skip
def remove_media_orphans() -> int:
    """Hourly: remove the uploaded files no row points to (``config.media_orphans``). A retry
    removes what is still left; the database away removes nothing."""
    return len(media_orphans_remove())

"""Celery jobs for rollups. Thin: they take ids, call one service, and own the retry policy."""

import datetime

from celery import shared_task
from django.db import DatabaseError, InterfaceError

from pilots.models import Plan
from targets.briefings.builds import document_job_run
from targets.export_jobs import export_job_run
from targets.history import history_backfill, plans_to_backfill
from targets.retention import snapshots_prune
from targets.rollup import plan_rollup
from targets.services import rollup_failure_note, rollup_pending_clear
from targets.watermarks import plan_rollup_current, rollups_sweep

# A database outage of minutes is outlasted (delays 2, 4, 8 … s, at most 5 minutes apart,
# about half an hour in all); past that the plan simply stays behind for the sweeper.
DATABASE_RETRY = {
    "autoretry_for": (DatabaseError, InterfaceError),
    "retry_backoff": 2,
    "retry_backoff_max": 300,
    "retry_jitter": True,
    "max_retries": 12,
}


@shared_task(
    name="targets.rollup_plan", abandon="targets.services.rollup_job_abandon", **DATABASE_RETRY
)
def rollup_plan(plan_id: int, as_of: str | None = None) -> int:
    """Today's snapshots of the plan if it is behind (or those of ``as_of``, recomputed)."""
    rollup_pending_clear(plan_id=plan_id)
    try:
        if as_of:
            plan = Plan.objects.select_related("zone").get(pk=plan_id)
            day = datetime.date.fromisoformat(as_of)
            return len(plan_rollup(plan=plan, as_of=day).snapshots)
        result = plan_rollup_current(plan_id=plan_id)
        return len(result.snapshots) if result else 0
    except Exception as exc:
        rollup_failure_note(plan_id=plan_id, error=exc)
        raise


@shared_task(name="targets.rollup_all")
def rollup_all(as_of: str | None = None) -> int:
    """Nightly: every plan, each in its own job so one failure retries alone."""
    plan_ids = list(Plan.objects.values_list("id", flat=True))
    for plan_id in plan_ids:
        rollup_plan.delay(plan_id, as_of)
    return len(plan_ids)


@shared_task(name="targets.backfill_history", bind=True, **DATABASE_RETRY)
def backfill_history(self, plan_id: int, start: str | None = None) -> int:
    """A plan's history month by month (the twin of ``rollup --backfill``); the job's state
    shows its progress (``PROGRESS`` with ``done`` / ``total``)."""
    plan = Plan.objects.select_related("zone").get(pk=plan_id)

    def progress(report, day):
        meta = {"plan": plan.code, "day": day.isoformat(), "done": len(report.computed)}
        self.update_state(state="PROGRESS", meta={**meta, "total": len(report.dates)})

    day = datetime.date.fromisoformat(start) if start else None
    return len(history_backfill(plan, start=day, progress=progress).computed)


@shared_task(name="targets.backfill_histories")
def backfill_histories() -> int:
    """Nightly: the history of every plan a backdated change made stale, and of every ended
    plan not yet judged (no rollup ran on the day after its end), each in its own job."""
    plan_ids = plans_to_backfill()
    for plan_id in plan_ids:
        backfill_history.delay(plan_id)
    return len(plan_ids)


@shared_task(name="targets.sweep_rollups")
def sweep_rollups() -> int:
    """Every minute: enqueue a rollup of each plan that is behind its changes. No retries: the
    next sweep is the retry."""
    return len(rollups_sweep().enqueued)


@shared_task(name="targets.prune_snapshots", **DATABASE_RETRY)
def prune_snapshots() -> int:
    """Nightly: delete the snapshots the retention rules no longer keep (targets/retention.py).
    Idempotent: a retry deletes what is still left."""
    return snapshots_prune().rows_deleted


@shared_task(
    name="targets.build_document", abandon="targets.briefings.builds.document_job_abandon",
    **DATABASE_RETRY,
)  # fmt: skip
def build_document(token: str) -> None:
    """A briefing's or final evaluation's DOCX / PDF, with its progress in the cache (built
    again whole when handed out again)."""
    document_job_run(token)


@shared_task(
    name="targets.build_export", abandon="targets.export_jobs.export_job_abandon",
    **DATABASE_RETRY,
)  # fmt: skip
def build_export(token: str) -> None:
    """An export of every plan, with its progress and then its file in the cache (built again
    whole when handed out again)."""
    export_job_run(token)

"""Writes of the targets app: target figures, and asking for a plan's rollup."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from pilots.changes import plan_changed
from pilots.models import Agency
from targets.models import Observation, RollupState, Target

logger = logging.getLogger(__name__)


def _pending_key(plan_id: int) -> str:
    return f"rollup-pending:{plan_id}"


def rollup_request(*, plan_id: int, countdown: float | None = None) -> bool:
    """Ask for a rollup of the plan soon; a burst of changes leads to one run, not one each.

    Only makes the rollup prompt: the need for it is already recorded in PostgreSQL (the plan's
    change counter), and the sweeper enqueues whatever this could not. The first change sets a
    short-lived flag in the cache and enqueues a job a few seconds out; changes while the flag is
    set ride along. The job clears the flag as it starts, so a change that lands during a run
    schedules the next one, and the flag expires before the next sweep, so a job lost with the
    broker is enqueued again. Never raises: returns whether a job was enqueued.
    """
    from targets.jobs import rollup_plan  # the job module imports this one

    delay = settings.ROLLUP_DELAY_SECONDS if countdown is None else countdown
    try:
        added = cache.add(_pending_key(plan_id), 1, timeout=settings.ROLLUP_PENDING_SECONDS)
        if added is None:  # django-redis ignored a connection error: Redis is away
            raise ConnectionError("the cache (Redis) is not reachable")
        if not added:
            return False  # already asked for
        rollup_plan.apply_async(args=[plan_id], countdown=delay)
    except Exception as exc:  # the broker is away: the sweeper will enqueue it
        cache.delete(_pending_key(plan_id))
        logger.warning("rollup of plan %s not enqueued, left to the sweeper: %r", plan_id, exc)
        return False
    return True


def rollup_pending_clear(*, plan_id: int) -> None:
    cache.delete(_pending_key(plan_id))


def rollup_failure_note(*, plan_id: int, error: BaseException) -> None:
    """Note a failed run on the plan's watermark (for the admin); the plan stays behind. Never
    raises: while the database is away the note is lost, and the log line stays."""
    logger.warning("rollup of plan %s failed: %r", plan_id, error)
    try:
        with transaction.atomic():
            RollupState.objects.bulk_create([RollupState(plan_id=plan_id)], ignore_conflicts=True)
            RollupState.objects.filter(plan_id=plan_id).update(
                failures=F("failures") + 1, last_error=repr(error)[:2000], failed_at=timezone.now()
            )
    except Exception as exc:
        logger.warning("rollup failure of plan %s not noted: %r", plan_id, exc)


def observation_record(
    *,
    target: Target,
    as_of,
    value,
    reporter=None,
    agency=None,
    source: str = "",
    note: str = "",
    is_demo: bool = False,
) -> Observation:
    """Record a target's value as of a date (a correction of the same date replaces it)."""
    with transaction.atomic():
        observation, _ = Observation.objects.update_or_create(
            target=target,
            as_of=as_of,
            defaults={
                "value": value,
                "reporter": reporter,
                "agency": agency,
                "source": source,
                "note": note,
                "is_demo": is_demo,
            },
        )
        plan_changed(plan_id=target.plan_id, effective_on=as_of)
    return observation


@transaction.atomic
def target_owner_set(*, target: Target, owner: Agency) -> Target:
    """A zone admin names the agency that reports the target's figures."""
    target.owner = owner
    target.save(update_fields=["owner"])
    plan_changed(plan_id=target.plan_id, effective_on=timezone.localdate())
    return target

"""Writes of the targets app: target figures, and asking for a plan's rollup."""

import logging
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from config.celery import TIME_LIMIT, WORKER_LOST
from pilots.changes import plan_changed
from pilots.models import Agency
from targets.models import Observation, ObservationCorrection, RollupState, Target

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


# What a plan's watermark says of a rollup given up because its worker died on each delivery
# (config.celery.Job): the sweeper leaves such a plan alone for ROLLUP_GIVEN_UP_PAUSE_SECONDS.
ROLLUP_GIVEN_UP = "given up: the rollup's worker process died on each of its deliveries"
ROLLUP_TIMED_OUT = "given up: the rollup ran past the jobs' hard time limit"


def rollup_job_abandon(plan_id: int, as_of: str | None = None, *, why: str = WORKER_LOST) -> None:
    """The rollup job killed its worker each time it was handed out (out of memory on this
    plan), or ran past the hard time limit (``why``): noted on the plan's watermark, which the
    admin's rollup status lists; the plan stays behind. Never raises."""
    note = ROLLUP_TIMED_OUT if why == TIME_LIMIT else ROLLUP_GIVEN_UP
    logger.error("rollup of plan %s %s", plan_id, note)
    try:
        with transaction.atomic():
            RollupState.objects.bulk_create([RollupState(plan_id=plan_id)], ignore_conflicts=True)
            RollupState.objects.filter(plan_id=plan_id).update(
                failures=F("failures") + 1, last_error=note, failed_at=timezone.now()
            )
    except Exception as exc:
        logger.warning("rollup of plan %s given up, not noted: %r", plan_id, exc)


class CorrectionNeedsReason(ValueError):
    """A figure that replaces an earlier one of the same date must say why."""


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
    reason: str = "",
) -> Observation:
    """Record a target's value as of a date. A figure of a date already reported is a
    correction: it needs a ``reason``, and the earlier value is kept (ObservationCorrection:
    who reported it and when, who corrected it, when and why). The same figure again (an
    export read back) changes nothing."""
    with transaction.atomic():
        earlier = Observation.objects.select_for_update().filter(target=target, as_of=as_of).first()
        fields = {"value": value, "reporter": reporter, "agency": agency, "source": source,
                  "note": note, "is_demo": is_demo}  # fmt: skip
        if earlier is None:
            observation = Observation.objects.create(target=target, as_of=as_of, **fields)
        elif _same_figure(earlier, value, source, note):
            return earlier
        else:
            observation = _observation_correct(earlier, fields, reason=reason)
        plan_changed(plan_id=target.plan_id, effective_on=as_of)
    return observation


def _same_figure(observation: Observation, value, source: str, note: str) -> bool:
    return (observation.value, observation.source, observation.note) == (
        Decimal(str(value)),
        source,
        note,
    )


def _recorded_at(observation: Observation):
    """When the observation's current value was recorded (its latest correction, if any)."""
    latest = observation.corrections.order_by("-corrected_at").first()
    return latest.corrected_at if latest else observation.created_at


def _observation_correct(observation: Observation, fields: dict, *, reason: str) -> Observation:
    reason = (reason or "").strip()
    if not reason:
        raise CorrectionNeedsReason(_("更正已填报的数值须说明原因。"))
    ObservationCorrection.objects.create(
        observation=observation,
        target_id=observation.target_id,
        as_of=observation.as_of,
        previous_value=observation.value,
        previous_source=observation.source,
        previous_reporter=observation.reporter,
        previous_recorded_at=_recorded_at(observation),
        value=fields["value"],
        corrected_by=fields["reporter"],
        reason=reason,
    )
    for key, value in fields.items():
        setattr(observation, key, value)
    observation.save(update_fields=list(fields))
    return observation


@transaction.atomic
def target_owner_set(*, target: Target, owner: Agency) -> Target:
    """A zone admin names the agency that reports the target's figures."""
    target.owner = owner
    target.save(update_fields=["owner"])
    plan_changed(plan_id=target.plan_id, effective_on=timezone.localdate())
    return target

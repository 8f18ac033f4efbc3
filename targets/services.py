import contextlib
import contextvars

from django.core.cache import cache
from django.db import transaction

from targets.models import Observation, Target

ROLLUP_DEBOUNCE_SECONDS = 5


def _pending_key(plan_id: int) -> str:
    return f"rollup-pending:{plan_id}"


def rollup_schedule(*, plan_id: int) -> bool:
    """Ask for a rollup of the plan soon; a burst of changes leads to one run, not one each.

    The first change sets a pending flag and enqueues a job a few seconds out; changes while the
    flag is set ride along. The job clears the flag as it starts, so a change that lands during
    a run schedules the next one. Returns whether a job was enqueued.
    """
    from targets.jobs import rollup_plan  # the job module imports this one

    if not cache.add(_pending_key(plan_id), 1, timeout=ROLLUP_DEBOUNCE_SECONDS * 60):
        return False
    rollup_plan.apply_async(args=[plan_id], countdown=ROLLUP_DEBOUNCE_SECONDS)
    return True


def rollup_pending_clear(*, plan_id: int) -> None:
    cache.delete(_pending_key(plan_id))


_deferred: contextvars.ContextVar[set | None] = contextvars.ContextVar(
    "rollups_deferred", default=None
)


def rollup_after_commit(*, plan_id: int) -> None:
    pending = _deferred.get()
    if pending is not None:
        pending.add(plan_id)
        return
    transaction.on_commit(lambda: rollup_schedule(plan_id=plan_id))


@contextlib.contextmanager
def rollups_deferred():
    """Bulk work (imports, demo data): one rollup per touched plan at the end, not one per row."""
    pending: set[int] = set()
    token = _deferred.set(pending)
    try:
        yield pending
    finally:
        _deferred.reset(token)
    for plan_id in sorted(pending):
        rollup_after_commit(plan_id=plan_id)


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
        rollup_after_commit(plan_id=target.plan_id)
    return observation

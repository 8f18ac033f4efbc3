"""A plan's figures need recomputing: the durable record, and who hears of it after commit.

Every write that affects a plan's rollup (status reports, feedback, verification, milestones,
target figures, assignments, target owners, plan loads) calls ``plan_changed`` inside its
transaction. That bumps the plan's ``change_seq`` in the same transaction, so the need for a
rollup is committed with the change or not at all; the rollup records the counter it computed
from (a watermark) and a sweeper picks up every plan whose counter is ahead. Listeners (the
targets app's rollup scheduler) are told after commit, only to make the rollup prompt: one that
fails is logged and forgotten, since the counter already says what is owed.

pilots knows nothing of rollups: the apps above register here (``on_plan_changed``).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import logging
from collections.abc import Callable, Iterator

from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Coalesce, Least

from pilots.models import Plan

logger = logging.getLogger(__name__)

PlanListener = Callable[..., object]
_listeners: list[PlanListener] = []
_batch: contextvars.ContextVar[dict[int, datetime.date] | None] = contextvars.ContextVar(
    "plan_changes_batch", default=None
)


def on_plan_changed(callback: PlanListener) -> PlanListener:
    """Register ``callback(plan_id=…)`` to run after a transaction that changed a plan commits."""
    if callback not in _listeners:
        _listeners.append(callback)
    return callback


def plan_changed(*, plan_id: int, effective_on: datetime.date) -> None:
    """Record, in the current transaction, that the plan's figures from ``effective_on`` on are
    owed a recomputation. Call it last in the transaction: the UPDATE locks the plan row until
    commit, so concurrent saves of one plan queue only for the commit itself."""
    batch = _batch.get()
    if batch is not None:
        batch[plan_id] = min(effective_on, batch.get(plan_id, effective_on))
        return
    Plan.objects.filter(pk=plan_id).update(
        change_seq=F("change_seq") + 1,
        changes_from=Least(Coalesce("changes_from", Value(effective_on)), Value(effective_on)),
    )
    transaction.on_commit(lambda: _notify(plan_id))


@contextlib.contextmanager
def plan_changes_batched() -> Iterator[dict[int, datetime.date]]:
    """Bulk work (imports, demo data): one counter bump per plan at the end, not one per row.

    Use it inside the bulk work's transaction; nothing is recorded if the block raises."""
    batch: dict[int, datetime.date] = {}
    token = _batch.set(batch)
    try:
        yield batch
    finally:
        _batch.reset(token)
    for plan_id, effective_on in sorted(batch.items()):
        plan_changed(plan_id=plan_id, effective_on=effective_on)


def plan_changes_settled(*, plan_id: int, seq: int) -> bool:
    """Forget ``changes_from`` after a recomputation of the plan's whole history, if no change
    landed since the counter value it computed from."""
    return bool(Plan.objects.filter(pk=plan_id, change_seq=seq).update(changes_from=None))


def _notify(plan_id: int) -> None:
    for listener in list(_listeners):
        try:
            listener(plan_id=plan_id)
        except Exception as exc:  # a listener only makes things prompt; the counter is durable
            logger.warning(
                "plan %s changed; listener %s failed, left to the sweeper: %r",
                plan_id, getattr(listener, "__name__", listener), exc,
            )  # fmt: skip

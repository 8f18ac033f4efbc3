"""How fresh a dashboard's figures are: when they were computed, and whether a change is still
being rolled up — the plan's change counter ahead of the watermark its snapshots were computed
from (pilots/changes.py, targets/watermarks.py)."""

from __future__ import annotations

import datetime
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import QuerySet

from pilots.models import Plan
from pilots.prepared import Prepared, among

# How long a process trusts its last look at the broker: a page of a plan with pending changes
# asks at most this often, so an unreachable broker (a connect timeout) does not slow each page.
BROKER_LOOK_SECONDS = 15.0
_broker_look: tuple[float, bool] | None = None


def job_queue_reachable() -> bool:
    """Whether the job queue (the Celery broker) answered lately; asked again every
    BROKER_LOOK_SECONDS per process."""
    global _broker_look
    from config.celery import broker_reachable

    now = time.monotonic()
    if _broker_look is None or now - _broker_look[0] > BROKER_LOOK_SECONDS:
        _broker_look = (now, broker_reachable(timeout=0.5))
    return _broker_look[1]


@dataclass(frozen=True)
class Freshness:
    computed_at: datetime.datetime | None  # when the figures shown were computed
    pending: int  # changes recorded since the plan's current snapshots read its counter
    current: bool  # the figures shown are the plan's current (latest) snapshots

    @property
    def behind(self) -> bool:
        return self.current and self.pending > 0

    @cached_property
    def queue_away(self) -> bool:
        """The changes wait for the job queue, not for a rollup on its way: while the broker
        is unreachable none runs, however long the outage (the changes stay recorded with the
        plan's counter and the sweeper rolls them up once it is back). Asked only of a page
        that is behind."""
        return self.behind and not job_queue_reachable()


def _pending(plan_ids: Iterable[int]) -> tuple[int, datetime.date | None]:
    """Changes not yet rolled up, over the plans, and the latest date their snapshots are of."""
    return _pending_of(_plans_watermarks(list(plan_ids)))


@Prepared
def _plans_watermarks(plan_ids: list[int]) -> QuerySet:
    return (
        Plan.objects.filter(among("pk", plan_ids))
        .order_by()
        .values_list("change_seq", "rollup_state__seq", "rollup_state__as_of")
    )


def _pending_of(rows) -> tuple[int, datetime.date | None]:
    pending, dates = 0, []
    for change_seq, seq, as_of in rows:
        pending += max(change_seq - (seq or 0), 0)
        if as_of:
            dates.append(as_of)
    return pending, max(dates, default=None)


def plan_freshness(*, computed_at: datetime.datetime, day: datetime.date, plan: Plan) -> Freshness:
    """The freshness of one plan's page showing its snapshots of ``day`` (``computed_at``: the
    latest computed of the rows it shows), from the plan as the page read it with its watermark
    (``select_related("rollup_state")``, before its snapshots: a rollup committed in between
    shows as still pending, never the other way round). A rollup of a date the page asks for
    does not move the watermark (history.plan_snapshot_day rolls up without a counter)."""
    try:
        state = plan.rollup_state
    except ObjectDoesNotExist:
        state = None
    row = (plan.change_seq, state.seq if state else None, state.as_of if state else None)
    pending, latest = _pending_of([row])
    current = latest is None or day >= latest
    return Freshness(computed_at=computed_at, pending=pending, current=current)


def overview_freshness(rows: list[dict]) -> Freshness:
    """The overview's freshness: its latest computed zone figures, and the changes of every
    zone's plan still being rolled up."""
    shown = [row for row in rows if row.get("snapshot")]
    if not shown:
        return Freshness(computed_at=None, pending=0, current=False)
    snapshots = [row["snapshot"] for row in shown]
    pending, latest = _pending(row["plan_id"] for row in shown)
    day = min(s.as_of for s in snapshots)
    return Freshness(
        computed_at=max(s.computed_at for s in snapshots),
        pending=pending,
        current=latest is None or day >= latest,
    )

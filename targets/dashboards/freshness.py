"""How fresh a dashboard's figures are: when they were computed, and whether a change is still
being rolled up — the plan's change counter ahead of the watermark its snapshots were computed
from (pilots/changes.py, targets/watermarks.py)."""

from __future__ import annotations

import datetime
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import QuerySet

from config.celery import QUEUE_AWAY, QUEUE_NO_WORKER, QUEUE_WORKING, job_queue_state
from pilots.models import Plan
from pilots.prepared import Prepared, among

# A process's last look at the job queue (monotonic time, state): a page of a plan with pending
# changes asks at most every JOB_QUEUE_LOOK_SECONDS, so an unreachable broker (a connect timeout)
# does not slow each page.
_queue_look: tuple[float, str] | None = None


def job_queue_look() -> str:
    """What a change sent now would wait for (config.celery.job_queue_state: QUEUE_WORKING,
    QUEUE_NO_WORKER, QUEUE_AWAY), as seen lately; asked again every JOB_QUEUE_LOOK_SECONDS per
    process."""
    global _queue_look
    now = time.monotonic()
    if _queue_look is None or now - _queue_look[0] > settings.JOB_QUEUE_LOOK_SECONDS:
        _queue_look = (now, job_queue_state(timeout=0.5))
    return _queue_look[1]


@dataclass(frozen=True)
class Freshness:
    computed_at: datetime.datetime | None  # when the figures shown were computed
    pending: int  # changes recorded since the plan's current snapshots read its counter
    current: bool  # the figures shown are the plan's current (latest) snapshots

    @property
    def behind(self) -> bool:
        return self.current and self.pending > 0

    @cached_property
    def _waits_for(self) -> str:
        """What the changes behind wait for (config.celery's QUEUE_*); asked only of a page
        that is behind."""
        return job_queue_look() if self.behind else QUEUE_WORKING

    @property
    def queue_away(self) -> bool:
        """The changes wait for the job queue, not for a rollup on its way: while the broker
        is unreachable none runs, however long the outage (the changes stay recorded with the
        plan's counter and the sweeper rolls them up once it is back)."""
        return self._waits_for == QUEUE_AWAY

    @property
    def worker_away(self) -> bool:
        """The changes wait for a job worker: the broker answers but no worker takes jobs
        (killed, stopped), so none runs until one is started (the changes stay recorded, and
        their rollups queued or owed to the sweeper)."""
        return self._waits_for == QUEUE_NO_WORKER


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

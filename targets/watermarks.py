"""Keeping every plan's current snapshots caught up with its changes.

Each change to a plan bumps ``Plan.change_seq`` in its own transaction (pilots/changes.py). A
rollup of today reads that counter *before* it reads any data and records it as the watermark
(``RollupState.seq``) in the transaction that writes the snapshots. So:

- a change committed before the counter was read is in the data the run reads;
- a change that lands during a run leaves the counter ahead of the watermark: the plan stays
  behind and is rolled up again;
- a run that crashes, or a job lost with Redis or the worker, moves nothing: the plan stays
  behind until the sweeper (a beat job every ``ROLLUP_SWEEP_SECONDS``, and ``manage.py rollup
  --sweep``) sees it.

A plan is also behind when it has no snapshots of today yet (the lights depend on the date) or
its last run is older than ``ROLLUP_MAX_AGE_SECONDS``.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.db.models import Exists, F, OuterRef, Q, QuerySet, TextField
from django.db.models.expressions import RawSQL
from django.utils import timezone

from pilots.models import Plan
from pilots.prepared import Prepared
from targets.models import RollupState
from targets.rollup import RollupResult, plan_rollup
from targets.rollup.context import PLAN_CONTEXT_COLUMNS, PLAN_CONTEXT_SQL, plan_context_of
from targets.services import ROLLUP_GIVEN_UP, ROLLUP_TIMED_OUT, rollup_request


def plan_rollup_current(*, plan_id: int, force: bool = False) -> RollupResult | None:
    """Roll the plan up as of today unless its snapshots of today already reflect every change
    (then return None). ``force`` recomputes anyway (the operator's command)."""
    today = timezone.localdate()
    found = _plan_read(plan_id, today)  # its counter before any data
    if not found:
        raise Plan.DoesNotExist(f"no plan {plan_id}")
    (plan,) = found
    if not force and plan.caught_up:
        return None
    return plan_rollup(
        plan=plan, as_of=today, seq=plan.change_seq, context=plan_context_of(plan, today)
    )


@Prepared
def _plan_read(plan_id: int, today: datetime.date) -> QuerySet:
    """The plan with its zone, whether its snapshots of today reflect its counter, and the
    context its rollup reads (``PLAN_CONTEXT_SQL``, in the same statement: a plan caught up
    reads it for nothing, a plan behind one round trip fewer)."""
    current = RollupState.objects.filter(
        plan_id=OuterRef("pk"), seq__gte=OuterRef("change_seq"), as_of=today
    )
    plan = (
        Plan.objects.select_related("zone").filter(pk=plan_id).annotate(caught_up=Exists(current))
    )
    if connection.vendor == "postgresql":
        plan = plan.annotate(**{
            name: RawSQL(sql, (today,) * sql.count("%s"), output_field=TextField())
            for name, sql in zip(PLAN_CONTEXT_COLUMNS, PLAN_CONTEXT_SQL, strict=True)
        })  # fmt: skip
    return plan


def plans_change_seq(*, plan_ids: list[int]) -> dict[int, int]:
    """The plans' change counters, read before any of their data (as ``plan_rollup_current``
    does for one plan): a run over many plans records each as its watermark."""
    return dict(Plan.objects.filter(pk__in=plan_ids).values_list("pk", "change_seq"))


def plans_behind(*, now: datetime.datetime | None = None) -> list[int]:
    """Plans whose current snapshots miss a change, are not of today, or are too old."""
    now = now or timezone.now()
    oldest = now - datetime.timedelta(seconds=settings.ROLLUP_MAX_AGE_SECONDS)
    behind = (
        Q(rollup_state__isnull=True)
        | Q(rollup_state__seq__lt=F("change_seq"))
        | Q(rollup_state__as_of__isnull=True)
        | Q(rollup_state__as_of__lt=timezone.localdate(now))
        | Q(rollup_state__computed_at__lt=oldest)
    )
    return list(Plan.objects.filter(behind).order_by("pk").values_list("pk", flat=True))


@dataclass
class SweepReport:
    behind: list[int] = field(default_factory=list)
    enqueued: list[int] = field(default_factory=list)
    rolled_up: list[int] = field(default_factory=list)
    paused: list[int] = field(default_factory=list)


def plans_given_up(*, now: datetime.datetime | None = None) -> set[int]:
    """Plans whose rollup job was given up (its worker died on each delivery, or it ran past
    the hard time limit) in the last
    ``ROLLUP_GIVEN_UP_PAUSE_SECONDS``: enqueueing them every sweep would kill a worker three
    times a sweep and starve every other job."""
    since = (now or timezone.now()) - datetime.timedelta(
        seconds=settings.ROLLUP_GIVEN_UP_PAUSE_SECONDS
    )
    given_up = RollupState.objects.filter(
        last_error__in=[ROLLUP_GIVEN_UP, ROLLUP_TIMED_OUT], failed_at__gte=since
    )
    return set(given_up.values_list("plan_id", flat=True))


def rollups_sweep(*, in_process: bool = False) -> SweepReport:
    """Enqueue a rollup of every plan that is behind (or, ``in_process``, run them here: the
    command twin's way when the broker is away). A plan already asked for in the last
    ``ROLLUP_PENDING_SECONDS`` is not enqueued twice; one whose rollup was just given up is
    left to a change of the plan, the nightly rollup, or a later sweep."""
    report = SweepReport(behind=plans_behind())
    paused = plans_given_up() if report.behind and not in_process else set()
    for plan_id in report.behind:
        if plan_id in paused:
            report.paused.append(plan_id)
        elif in_process:
            if plan_rollup_current(plan_id=plan_id) is not None:
                report.rolled_up.append(plan_id)
        elif rollup_request(plan_id=plan_id, countdown=0):
            report.enqueued.append(plan_id)
    return report

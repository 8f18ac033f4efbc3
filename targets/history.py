"""A plan's figures on any date of its life: snapshots computed on demand for a date that has
none (and kept), the month-by-month backfill of its history, the dates a page offers.

Snapshots are recomputed from the append-only history (status updates, observations), so a
date's figures can always be rebuilt. A plan that has ended is judged at its end
(``targets/plan_dates.py``): a later date shows the plan as it stood then, verdicts at the
deadline.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from pilots.changes import plan_changes_settled
from pilots.models import Plan
from pilots.prepared import Prepared
from targets.models import Snapshot
from targets.plan_dates import judged_on, plan_end, plan_start
from targets.retention import plan_dates, plan_dates_delete
from targets.rollup import plan_rollup

logger = logging.getLogger(__name__)

Scope = Snapshot.Scope
# How much older than the date asked for a plan's latest snapshot may be and still serve it.
NEAREST_DAYS = 31


class HistoryUnavailable(Exception):
    """A date's figures could not be computed; the message is for the page."""


def key_dates(plan: Plan, today: datetime.date | None = None) -> list[tuple[str, datetime.date]]:
    """The plan's life in a few steps: its start, each year end, its deadline, today."""
    today = today or timezone.localdate()
    start, end = plan_start(plan), plan_end(plan)
    steps = [(_("规划开始"), start)]
    for year in range(start.year, plan.period_end):
        day = datetime.date(year, 12, 31)
        if start < day <= today:
            steps.append((_("%(year)s年末") % {"year": year}, day))
    if end <= today:
        steps.append((_("规划期满"), end))
    steps.append((_("今天"), today))
    return steps


def walk_dates(plan: Plan, today: datetime.date | None = None) -> list[datetime.date]:
    """The slider's steps: every month end of the plan's life up to today, and its key dates."""
    today = today or timezone.localdate()
    days = set(month_ends(plan_start(plan), today)) | {d for _label, d in key_dates(plan, today)}
    return sorted(days)


def plan_snapshot_day(plan: Plan, as_of: datetime.date) -> datetime.date | None:
    """The date whose snapshots show the plan as of ``as_of``, computing them if missing.

    ``None`` before the plan started. The latest snapshots on or before the date serve when
    they are at most ``NEAREST_DAYS`` older (the monthly backfill and the retention rules keep
    one a month; the page says which date it shows), except on the day an ended plan is judged,
    which must be its own. Otherwise the date is rolled up now from the history and kept (one
    plan's rollup at most); so is a date a backdated change reaches (``Plan.changes_from``)
    until the backfill has caught up. Raises ``HistoryUnavailable`` when that rollup fails."""
    today = timezone.localdate()
    day = judged_on(plan, as_of)
    if day < plan_start(plan):
        return None
    day = min(day, today)
    latest = next(iter(_latest_plan_day(plan.id, day)), None)
    exact = day > plan_end(plan)
    stale = plan.changes_from is not None and plan.changes_from <= day < today
    near = latest is not None and (not exact and (day - latest).days <= NEAREST_DAYS)
    if not stale and (latest == day or near):
        return latest
    _rollup(plan, day)  # a backdated change not yet backfilled: this date again, from history
    return day


@Prepared
def _latest_plan_day(plan_id: int, day: datetime.date) -> QuerySet:
    """The plan's latest snapshot date on or before ``day`` (every dashboard view asks)."""
    rows = Snapshot.objects.filter(scope=Scope.PLAN, object_id=plan_id, as_of__lte=day)
    return rows.order_by("-as_of").values_list("as_of", flat=True)[:1]


def plan_rollup_again(plan: Plan, day: datetime.date) -> None:
    """Recompute a date's snapshots of the plan (e.g. one a sibling plan's rollup overwrote)."""
    _rollup(plan, day)


def _rollup(plan: Plan, day: datetime.date) -> None:
    try:
        plan_rollup(plan=plan, as_of=day)
    except Exception as exc:
        logger.exception("on-demand rollup of plan %s as of %s failed", plan.code, day)
        raise HistoryUnavailable(
            _("无法计算 %(plan)s 截至 %(day)s 的数据，请稍后再试或联系管理员。")
            % {"plan": plan.code, "day": day.isoformat()}
        ) from exc


def month_ends(start: datetime.date, end: datetime.date) -> list[datetime.date]:
    """Every month's last day from start's month through end (inclusive of end's month if its
    last day is not after end)."""
    days = []
    year, month = start.year, start.month
    while True:
        first_of_next = datetime.date(year + month // 12, month % 12 + 1, 1)
        day = first_of_next - datetime.timedelta(days=1)
        if day > end:
            return days
        if day >= start:
            days.append(day)
        year, month = first_of_next.year, first_of_next.month


@dataclass
class BackfillReport:
    plan: Plan
    dates: list[datetime.date] = field(default_factory=list)
    computed: list[datetime.date] = field(default_factory=list)
    settled: bool = False


def backfill_dates(plan: Plan, today: datetime.date | None = None) -> list[datetime.date]:
    """Month ends of the plan's life, its last day, and today while it runs (the day it is
    judged on once it has ended)."""
    today = today or timezone.localdate()
    last = judged_on(plan, today)
    days = month_ends(plan_start(plan), last)
    if not days or days[-1] != last:
        days.append(last)
    return days


def plans_to_backfill(today: datetime.date | None = None) -> list[int]:
    """Plans a backdated change made stale, and ended plans without a snapshot of the day they
    are judged on (the day after their end: one whose nightly rollup missed it would keep its
    last day's figures as its final ones)."""
    today = today or timezone.localdate()
    ended = {
        pk: datetime.date(end + 1, 1, 1)
        for pk, end in Plan.objects.filter(period_end__lt=today.year).values_list(
            "pk", "period_end"
        )
    }
    judged = set(
        Snapshot.objects.filter(
            scope=Scope.PLAN, object_id__in=ended, as_of__in=set(ended.values())
        ).values_list("object_id", "as_of")
    )
    unjudged = {pk for pk, day in ended.items() if (pk, day) not in judged}
    stale = Plan.objects.filter(changes_from__isnull=False).values_list("pk", flat=True)
    return sorted(unjudged | set(stale))


def history_backfill(
    plan: Plan,
    *,
    start: datetime.date | None = None,
    progress: Callable[[BackfillReport, datetime.date], None] | None = None,
) -> BackfillReport:
    """Roll the plan up at every month end of its life that lacks snapshots, oldest first, and
    again at those a backdated change made stale (on or after ``Plan.changes_from``), or at
    every date from ``start`` on. Rerunning it computes nothing new."""
    seq, changes_from = Plan.objects.values_list("change_seq", "changes_from").get(pk=plan.pk)
    report = BackfillReport(plan=plan, dates=backfill_dates(plan))
    have = set(
        Snapshot.objects.filter(scope=Scope.PLAN, object_id=plan.id).values_list("as_of", flat=True)
    )
    redo_from = min(d for d in (start, changes_from) if d) if (start or changes_from) else None
    for day in report.dates:
        if day in have and not (redo_from and day >= redo_from):
            continue
        plan_rollup(plan=plan, as_of=day)
        report.computed.append(day)
        if progress:
            progress(report, day)
    if changes_from and (start is None or start <= changes_from):
        # Snapshots of dates outside the backfill's (on-demand ones) go stale with the change.
        dates, today = plan_dates(plan), timezone.localdate()
        stale = [d for d in dates if changes_from <= d < today and d not in report.dates]
        plan_dates_delete(plan=plan, doomed=stale, dates=dates)
        report.settled = plan_changes_settled(plan_id=plan.pk, seq=seq)
    return report

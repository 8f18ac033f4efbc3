"""How long snapshots are kept: storage must not grow by a full copy of every plan each night.

For each plan, the rows of a date are kept (all scopes together, so a kept date's dashboards
answer whole) when the date is

- within the last ``SNAPSHOT_RETENTION_DAYS`` days (daily history for the recent window);
- the plan's last snapshot date of a calendar month (month-ends, kept for the life of the plan);
- a deadline: 31 December of a target's deadline year, of the plan's milestone years and of its
  last year, or a task milestone's due date;
- a date a target's verdict was decided or re-decided (``VerdictDecision.decided_on``, and
  ``Target.final_verdict['decided_on']``);
- the day after the plan's last day, on which an ended plan is judged (targets/plan_dates.py).

Any other date is deleted: its plan and zone rows, and the rows of its tasks, sections, targets
and agencies that a later row replaces by the next date kept (targets/snapshots.py: a thing's
figures on a date are its latest row on or before it). A dashboard asked for a deleted date
shows the latest kept date before it (the page says which), so every ``as_of`` still answers.
The nightly Celery job ``targets.prune_snapshots`` and ``manage.py prune_snapshots``
(``--dry-run``) call ``snapshots_prune``.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from pilots.models import Plan
from targets.models import Snapshot, Target, VerdictDecision
from targets.plan_dates import judged_on
from targets.snapshots import DELTA_SCOPES
from tasks.models import Milestone

Scope = Snapshot.Scope
# Dates deleted per statement (bounded statements on a big table).
DELETE_BATCH_DATES = 200


@dataclass
class PruneReport:
    cutoff: datetime.date
    dry_run: bool
    plans: int = 0
    dates_kept: int = 0
    dates_deleted: int = 0
    rows_deleted: int = 0
    by_plan: dict[str, int] = field(default_factory=dict)


def plan_kept_dates(
    *, plan: Plan, dates: list[datetime.date], cutoff: datetime.date
) -> set[datetime.date]:
    """Of the plan's snapshot dates (all of them), those before the window kept for good. A
    month's end is its last date in all the plan's history (not just before the window)."""
    month_ends: dict[tuple[int, int], datetime.date] = {}
    for day in dates:
        key = (day.year, day.month)
        month_ends[key] = max(day, month_ends.get(key, day))
    years = {plan.period_end, *(int(y) for y in plan.milestone_years or [])}
    targets = Target.objects.filter(plan=plan).order_by().values_list(
        "deadline_year", "final_verdict"
    )  # fmt: skip
    decided = set()
    for year, verdict in targets:
        years.add(year)
        if verdict and verdict.get("decided_on"):
            decided.add(datetime.date.fromisoformat(verdict["decided_on"]))
    decided |= set(
        VerdictDecision.objects.filter(target__plan=plan)
        .order_by()
        .values_list("decided_on", flat=True)
    )
    deadlines = {datetime.date(y, 12, 31) for y in years}
    deadlines.add(judged_on(plan, datetime.date.max))  # an ended plan is judged on this day
    deadlines |= set(
        Milestone.objects.filter(task__plan=plan).order_by().values_list("due_on", flat=True)
    )
    kept = set(month_ends.values()) | (set(dates) & (deadlines | decided))
    return {day for day in kept if day < cutoff}


def plan_snapshots_prune(
    *, plan: Plan, cutoff: datetime.date, dry_run: bool
) -> tuple[int, int, int]:
    """Delete the plan's snapshots of dates before ``cutoff`` that are not kept for good.
    Returns (dates kept, dates deleted, rows deleted); a dry run counts and deletes nothing."""
    dates = plan_dates(plan)
    kept = plan_kept_dates(plan=plan, dates=dates, cutoff=cutoff)
    doomed = [d for d in dates if d < cutoff and d not in kept]
    rows = plan_dates_delete(plan=plan, doomed=doomed, dates=dates, dry_run=dry_run)
    return len(kept), len(doomed), rows


def plan_dates(plan: Plan) -> list[datetime.date]:
    """The dates the plan was rolled up on (those of its plan rows), oldest first."""
    return sorted(
        Snapshot.objects.filter(scope=Scope.PLAN, object_id=plan.id)
        .order_by()
        .values_list("as_of", flat=True)
    )


def plan_dates_delete(
    *, plan: Plan, doomed: list[datetime.date], dates: list[datetime.date], dry_run: bool = False
) -> int:
    """Delete the plan's rows of the doomed dates (of ``dates``, its rolled-up dates) so that
    every other date reads as before: a task's, section's, target's or agency's row stays when
    it is still its thing's latest on the next date kept (targets/snapshots.py). Returns the
    rows deleted (counted, on a dry run)."""
    doomed_set = set(doomed)
    gaps: dict[datetime.date, list[datetime.date]] = defaultdict(list)
    following = None  # the next date kept after each doomed one
    for day in reversed(dates):
        if day in doomed_set:
            gaps[following].append(day)
        else:
            following = day
    rows = 0
    for until, days in gaps.items():
        for start in range(0, len(days), DELETE_BATCH_DATES):
            batch = _superseded(plan, days[start : start + DELETE_BATCH_DATES], until)
            if dry_run:
                rows += batch.count()
            else:
                with transaction.atomic():
                    rows += batch.delete()[0]
    return rows


def _superseded(plan: Plan, days: list[datetime.date], until: datetime.date | None):
    """The plan's rows of ``days`` that no date up to ``until`` reads (None: no later date)."""
    rows = Snapshot.objects.filter(plan=plan, as_of__in=days).order_by()
    if until is None:
        return rows.exclude(scope__in=DELTA_SCOPES)
    newer = Snapshot.objects.filter(
        scope=OuterRef("scope"),
        object_id=OuterRef("object_id"),
        plan_id=OuterRef("plan_id"),  # an agency's rows are each plan's (targets/models.py)
        as_of__gt=OuterRef("as_of"),
        as_of__lte=until,
    )
    return rows.filter(~Q(scope__in=DELTA_SCOPES) | Q(Exists(newer)))


def snapshots_prune(
    *,
    plans=None,
    today: datetime.date | None = None,
    keep_days: int | None = None,
    dry_run: bool = False,
) -> PruneReport:
    """Apply the retention rules (module docstring) to every plan (or those given)."""
    today = today or timezone.localdate()
    keep_days = settings.SNAPSHOT_RETENTION_DAYS if keep_days is None else keep_days
    report = PruneReport(cutoff=today - datetime.timedelta(days=keep_days), dry_run=dry_run)
    for plan in plans if plans is not None else Plan.objects.order_by("code"):
        kept, deleted, rows = plan_snapshots_prune(plan=plan, cutoff=report.cutoff, dry_run=dry_run)
        report.plans += 1
        report.dates_kept += kept
        report.dates_deleted += deleted
        report.rows_deleted += rows
        if rows:
            report.by_plan[plan.code] = rows
    return report

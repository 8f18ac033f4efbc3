"""Rollup figures: the full rollup (``manage.py rollup``: every plan as of today) and the
incremental rollup of one plan (what the job does after a save), each with its query count and
the snapshot rows it wrote, against the SQL floor for the same plans."""

from __future__ import annotations

import datetime
import io
import time
from collections.abc import Callable

from django.core.management import call_command
from django.db import connection, transaction

from pilots.models import Plan
from targets.benchmarking.floor_sql import floor_rollup
from targets.models import Snapshot
from targets.watermarks import plan_rollup_current


def timed(action: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def query_count(action: Callable[[], object]) -> int:
    """Queries the action sent (counted, not logged: the debug log keeps only 9,000)."""
    count = 0

    def counted(execute, sql, params, many, context):
        nonlocal count
        count += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counted):
        action()
    return count


def snapshot_rows_written(action: Callable[[], object]) -> int:
    """Rows the action inserted, updated or deleted in the snapshot table (PostgreSQL's
    per-transaction counters, read inside one transaction around it)."""

    def written() -> int:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)"
                " FROM pg_stat_xact_user_tables WHERE relname = %s",
                [Snapshot._meta.db_table],
            )
            return int(cursor.fetchone()[0])

    with transaction.atomic():
        before = written()
        action()
        return written() - before


def full_rollup() -> None:
    call_command("rollup", stdout=io.StringIO())


def plan_incremental_rollup(plan_id: int) -> None:
    plan_rollup_current(plan_id=plan_id, force=True)


def rollup_figures(*, plan_id: int, today: datetime.date, runs: int, full_runs: int) -> dict:
    """Samples (ms), query counts and rows written of both rollups and their floors."""
    all_plans = list(Plan.objects.order_by("pk").values_list("pk", flat=True))
    floor_rollup(plan_ids=all_plans, as_of=today)  # warm: the plan cache, the pages read
    figures = {
        "rollup_full": {
            "samples": timed(full_rollup, full_runs),
            "queries": query_count(full_rollup),
        },
        "rollup_full_floor": {
            "samples": timed(lambda: floor_rollup(plan_ids=all_plans, as_of=today), full_runs),
            "queries": 1,
        },
        "rollup_plan": {
            "samples": timed(lambda: plan_incremental_rollup(plan_id), runs),
            "queries": query_count(lambda: plan_incremental_rollup(plan_id)),
            # Nothing changed since the last run: a rollup that skips unchanged rows writes none.
            "rows_written_unchanged": snapshot_rows_written(
                lambda: plan_incremental_rollup(plan_id)
            ),
        },
        "rollup_plan_floor": {
            "samples": timed(lambda: floor_rollup(plan_ids=[plan_id], as_of=today), runs),
            "queries": 1,
            "rows": floor_rollup(plan_ids=[plan_id], as_of=today),
        },
    }
    return figures

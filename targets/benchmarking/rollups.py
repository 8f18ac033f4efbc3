"""Rollup figures: the full rollup (``manage.py rollup``: every plan as of today) and the
incremental rollup of one plan (what the job does after a save), each with its query count and
the snapshot rows it wrote, against the SQL floor for the same plans.

Each figure and its floor are measured in pairs, one sample of each per round (in turns: first
one, then the other, first), after untimed warm-up rounds; a figure's ratio to its floor is
the median of its rounds' ratios, so a moment of a shared machine's load falls on both samples
of a pair alike (with five samples of each, the floor's median alone moved from 6.4 ms at 1×
to 15.7 ms at 10× and back to 7.4 ms at 100× in one run). The incremental rollup takes
``PLAN_PAIRS`` pairs whatever ``--runs``. Its floor is checked to compute the very rows the
rollup computes (the same plan's tasks, sections, targets, agencies, plan and zone, on the
same date): a floor of fewer rows would flatter it.

Every sample starts from tables cleaned of the dead rows and dead index entries the previous
samples left (``tables_cleaned``): the floor's upsert is rolled back, and each of its rounds
left the snapshot table's indexes a round's worth of entries of dead rows more, which the next
rounds' probes walked through, until a vacuum, an autovacuum or a scan's hint cleared them;
the floor drifted (20.2 → 11.6 ms at 100× from one run to the next) while the rollup, which
writes nothing when nothing changed, did not."""

from __future__ import annotations

import datetime
import io
import time
from collections import Counter
from collections.abc import Callable

from django.core.management import call_command
from django.db import connection, transaction

from pilots.models import Plan
from targets.benchmarking.floor_sql import floor_rollup, floor_rows
from targets.models import RollupState, Snapshot
from targets.watermarks import plan_rollup_current

# The tables a rollup or its floor writes: the snapshots (the floor's rows, rolled back), the
# watermarks (every forced rollup moves its plan's), the plans (marked rolled up).
WRITTEN_TABLES = [Snapshot._meta.db_table, RollupState._meta.db_table, Plan._meta.db_table]
PLAN_PAIRS = 40  # pairs of the incremental rollup and its floor (each some 10-30 ms)
WARM_ROUNDS = 3  # untimed rounds first: the plan's pages read, the statements planned


def tables_cleaned() -> None:
    """Dead rows and their index entries cleared from the tables the rollups write.
    ``INDEX_CLEANUP ON``: a plain VACUUM skips the indexes when few pages hold dead rows (one
    plan's are a handful of pages of the table), leaving the dead entries the floor's next probes
    walk; a run's samples then depend on how many came before."""
    with connection.cursor() as cursor:
        cursor.execute(f"VACUUM (INDEX_CLEANUP ON) {', '.join(WRITTEN_TABLES)}")


def interleaved(
    actions: dict[str, Callable[[], object]],
    runs: int,
    before_each: Callable[[], object],
    *,
    warm: int = 0,
) -> dict[str, list[float]]:
    """Samples (ms) of each action, ``runs`` rounds of one sample each, in turns (the first
    action first in even rounds, last in odd ones), ``before_each`` run (untimed) before every
    sample: a moment of a shared machine's load, or the cache an action leaves, falls on both
    sides alike. ``warm`` rounds, made the same way, come first and are not kept."""
    samples: dict[str, list[float]] = {name: [] for name in actions}
    names = list(actions)
    for round_number in range(warm + runs):
        for name in names if round_number % 2 == 0 else reversed(names):
            before_each()
            start = time.perf_counter()
            actions[name]()
            elapsed = (time.perf_counter() - start) * 1000
            if round_number >= warm:
                samples[name].append(elapsed)
    return samples


def pair_ratios(samples: list[float], floors: list[float]) -> list[float]:
    """Each round's sample over its floor's sample of the same round."""
    return [sample / floor for sample, floor in zip(samples, floors, strict=True)]


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


def plan_incremental_rollup(plan_id: int):
    return plan_rollup_current(plan_id=plan_id, force=True)


def rows_compared(plan_id: int, today: datetime.date) -> dict:
    """The rows the incremental rollup computes (and would write, were they all changed) and
    the rows its floor computes, by scope, and the rows only one of them has (a few)."""
    computed = {(s.scope, s.object_id) for s in plan_incremental_rollup(plan_id).snapshots}
    floor = floor_rows(plan_ids=[plan_id], as_of=today)
    return {
        "rollup": dict(sorted(Counter(scope for scope, _id in computed).items())),
        "floor": dict(sorted(Counter(scope for scope, _id in floor).items())),
        "only_rollup": sorted(computed - floor)[:10],
        "only_floor": sorted(floor - computed)[:10],
        "same": computed == floor,
    }


def rollup_figures(*, plan_id: int, today: datetime.date, runs: int, full_runs: int) -> dict:
    """Samples (ms), query counts and rows written of both rollups and their floors."""
    all_plans = list(Plan.objects.order_by("pk").values_list("pk", flat=True))
    floor_rollup(plan_ids=all_plans, as_of=today)  # warm: the plan cache, the pages read
    full = interleaved(
        {"rollup_full": full_rollup,
         "rollup_full_floor": lambda: floor_rollup(plan_ids=all_plans, as_of=today)},
        full_runs, tables_cleaned,
    )  # fmt: skip
    plan = interleaved(
        {"rollup_plan": lambda: plan_incremental_rollup(plan_id),
         "rollup_plan_floor": lambda: floor_rollup(plan_ids=[plan_id], as_of=today)},
        max(runs, PLAN_PAIRS), tables_cleaned, warm=WARM_ROUNDS,
    )  # fmt: skip
    figures = {
        "rollup_full": {
            "samples": full["rollup_full"],
            "pair_ratios": pair_ratios(full["rollup_full"], full["rollup_full_floor"]),
            "queries": query_count(full_rollup),
        },
        "rollup_full_floor": {"samples": full["rollup_full_floor"], "queries": 1},
        "rollup_plan": {
            "samples": plan["rollup_plan"],
            "pair_ratios": pair_ratios(plan["rollup_plan"], plan["rollup_plan_floor"]),
            "warm_rounds": WARM_ROUNDS,
            "rows_vs_floor": rows_compared(plan_id, today),
            "queries": query_count(lambda: plan_incremental_rollup(plan_id)),
            # Nothing changed since the last run: a rollup that skips unchanged rows writes none.
            "rows_written_unchanged": snapshot_rows_written(
                lambda: plan_incremental_rollup(plan_id)
            ),
        },
        "rollup_plan_floor": {
            "samples": plan["rollup_plan_floor"],
            "queries": 1,
            "rows": floor_rollup(plan_ids=[plan_id], as_of=today),
        },
    }
    tables_cleaned()  # the pages are measured next
    return figures

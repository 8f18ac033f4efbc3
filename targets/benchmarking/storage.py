"""Snapshot storage after a year of nightly runs, as the app stores them (targets/snapshots.py):
every night its plans' and zones' rows; a task's, section's, target's or agency's row only when
it changed. Measured, not assumed: the nights' plan and zone rows are in the table (the year's
copies, pruned by the retention); the changed rows a night writes are counted by rolling every
plan up on consecutive nights of the data's busiest month (in a transaction rolled back)."""

from __future__ import annotations

import datetime
import io

from django.core.management import call_command
from django.db import connection, transaction

from targets.models import Snapshot
from targets.snapshots import DELTA_SCOPES

TABLE = Snapshot._meta.db_table
SAMPLE_NIGHTS = 5


def year_storage(*, nights: int) -> dict:
    """The table's size once the retention has run over a year of nights (plan and zone rows
    of the dates it keeps, every other thing's rows as of today), plus ``nights`` nights of
    changed rows at the busiest month's rate (none of them pruned: an upper bound)."""
    with connection.cursor() as cursor:
        # The pages' month-end history repeats today's rows of every scope: the app writes a
        # thing's row once until it changes, so only each thing's latest row stays.
        cursor.execute(
            f"DELETE FROM {TABLE} s WHERE s.scope = ANY(%s) AND EXISTS (SELECT 1 FROM {TABLE} n"
            " WHERE n.scope = s.scope AND n.object_id = s.object_id AND n.plan_id = s.plan_id"
            " AND n.as_of > s.as_of)",  # an agency's rows are each plan's
            [list(DELTA_SCOPES)],
        )
    kept = rows_bytes("TRUE", [])
    night = night_of_changes()
    return {
        "snapshots_kept_bytes": kept,
        "changed_rows_a_night": night["rows"],
        "changed_bytes_a_night": night["bytes"],
        "busiest_nights_sampled": night["nights"],
        "snapshots_a_year_after_retention_bytes": kept + nights * night["bytes"],
    }


def rows_bytes(where: str, params: list) -> int:
    """What the rows the condition selects take stored on their own: copied into a table like
    the snapshots' (its indexes, its compression and TOAST) and measured, so that rows deleted
    but not yet vacuumed away do not count."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"CREATE TEMPORARY TABLE snapshot_measure (LIKE {TABLE} INCLUDING ALL)")
        cursor.execute(f"INSERT INTO snapshot_measure SELECT * FROM {TABLE} WHERE {where}", params)
        cursor.execute("SELECT pg_total_relation_size('snapshot_measure')")
        size = cursor.fetchone()[0]
        cursor.execute("DROP TABLE snapshot_measure")
    return size


def night_of_changes() -> dict:
    """Rows that one night of the data's busiest month writes besides its plan and zone rows,
    and their bytes: every plan rolled up on ``SAMPLE_NIGHTS`` + 1 consecutive nights on an
    empty table, the first night's full write not counted. Rolled back."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT date_trunc('month', reported_on)::date FROM tasks_statusupdate"
            " GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"
        )
        found = cursor.fetchone()
    if found is None:
        return {"rows": 0, "bytes": 0, "nights": []}
    first = found[0] + datetime.timedelta(days=9)
    nights = [first + datetime.timedelta(days=n) for n in range(SAMPLE_NIGHTS + 1)]
    changed = ("scope = ANY(%s) AND as_of > %s", [list(DELTA_SCOPES), nights[0]])
    with transaction.atomic():
        point = transaction.savepoint()
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")
            for night in nights:
                call_command("rollup", as_of=night.isoformat(), stdout=io.StringIO())
            cursor.execute(f"SELECT count(*) FROM {TABLE} WHERE {changed[0]}", changed[1])
            rows = cursor.fetchone()[0]
        size = rows_bytes(*changed)
        transaction.savepoint_rollback(point)
    return {
        "rows": round(rows / SAMPLE_NIGHTS),
        "bytes": round(size / SAMPLE_NIGHTS),
        "nights": [n.isoformat() for n in nights],
    }

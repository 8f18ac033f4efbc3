"""The data of a scale: the five plans with their demo history (1×), then N−1 copies of every
row, made in SQL inside the database (``INSERT … SELECT`` over ``generate_series``) in batches
with a progress bar. Deterministic: the demo history is drawn from seeded generators and a copy
differs from the original only in its ids and in a ``-k`` suffix on names that must be unique.

Snapshots are not copied (their figures name ids): the benchmark's own full rollup writes them,
and ``snapshot_history_copy`` repeats them on earlier dates as a nightly rollup would."""

from __future__ import annotations

import datetime
import glob
from collections.abc import Callable

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, models, transaction

from pilots.demo import demo_accounts_ensure
from pilots.models import Plan
from pilots.plan_fixtures import plan_document_read
from pilots.plan_loading import plans_load
from targets.demo import demo_data_create
from targets.management.commands.rollup import BATCH_PLANS
from targets.models import Observation, RollupState, Snapshot
from targets.plan_dates import judged_on
from targets.rollup.plan import plans_rollup
from tasks.models import StatusUpdate

FIXTURES = "fixtures/plans/*.yaml"
# Computed or per-user state, not plan data: the rollup and the pages make their own.
NOT_COPIED = {"Snapshot", "RollupState", "Notification", "PlanUpload"}
COPIED_APPS = ("pilots", "tasks", "targets")
BATCH_ROWS = 200_000
# The history of 1× as the issue measured it (#14): the demo's own is shorter, so each task with
# reports gets older ones before its first, each target with figures older month-end figures.
UPDATES_1X = 9_300
FIGURES_1X = 2_530


def base_data_create() -> dict[str, int]:
    """Schema, the five plans, the demo accounts and every plan's demo history (no rollups)."""
    call_command("migrate", verbosity=0, interactive=False)
    plans_load([plan_document_read(path) for path in sorted(glob.glob(FIXTURES))])
    demo_accounts_ensure()
    admin = get_user_model().objects.get(username="admin")
    totals = demo_data_create(admin=admin, history=False)
    history_deepen()
    return totals


def history_deepen() -> None:
    """Older history before the demo's first entries, leaving every state as of today as it was:
    reports before a task's first (in progress, a little behind it), figures at month ends
    before a target's first (a stock a little lower, a flow adding nothing)."""
    _rows_before_first(
        StatusUpdate,
        per_object="task_id",
        order="reported_on, created_at, id",
        total=UPDATES_1X,
        overrides={
            "reported_on": "f.reported_on - 7 * j",
            "created_at": "f.created_at - interval '7 days' * j",
            "status": "'in_progress'",
            "percent": "greatest(0, least(f.percent, 99) - j)",
            "kind": "'report'",
        },
    )
    _rows_before_first(
        Observation,
        per_object="target_id",
        order="as_of, id",
        total=FIGURES_1X,
        overrides={
            "as_of": "(date_trunc('month', f.as_of) - interval '1 month' * (j - 1))::date - 1",
            "value": "CASE WHEN x.aggregation = 'flow' THEN 0"
            " ELSE round(f.value * (1 - j / 200.0), 4) END",
            "created_at": "f.created_at - interval '1 month' * j",
        },
        join="JOIN targets_target x ON x.id = f.target_id",
    )


def _rows_before_first(model, *, per_object, order, total, overrides, join="") -> None:
    table = model._meta.db_table
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    columns = ", ".join(f.column for f in fields)
    select = ", ".join(overrides.get(f.column, f"f.{f.column}") for f in fields)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*), count(DISTINCT {per_object}) FROM {table}")
        rows, objects = cursor.fetchone()
        if not objects or rows >= total:
            return
        cursor.execute(
            f"INSERT INTO {table} ({columns}) SELECT {select} FROM"
            f" (SELECT DISTINCT ON ({per_object}) * FROM {table}"
            f"  ORDER BY {per_object}, {order}) f {join}"
            " CROSS JOIN generate_series(1, %s) AS j",
            [-(-(total - rows) // objects)],
        )


def copied_models() -> list[type[models.Model]]:
    """Every table of plan data (and the users), those referred to before those referring."""
    chosen = [get_user_model()]
    for label in COPIED_APPS:
        for model in apps.get_app_config(label).get_models(include_auto_created=True):
            if not model._meta.proxy and model.__name__ not in NOT_COPIED:
                chosen.append(model)
    ordered: list[type[models.Model]] = []
    while len(ordered) < len(chosen):
        for model in chosen:
            needs = {f.related_model for f in _foreign_keys(model)} & set(chosen)
            if model not in ordered and needs - {model} <= set(ordered):
                ordered.append(model)
                break
        else:
            raise RuntimeError("a cycle of foreign keys between copied tables")
    return ordered


def _foreign_keys(model) -> list[models.ForeignKey]:
    return [f for f in model._meta.concrete_fields if f.is_relation and f.many_to_one]


def _unique_text_columns(model) -> set[str]:
    """Text columns that must differ between copies: unique on their own, or unique together
    with nothing that a copy changes anyway (a foreign key or the id)."""
    columns = {
        f.column
        for f in model._meta.concrete_fields
        if f.unique and not f.primary_key and isinstance(f, models.CharField)
    }
    for constraint in model._meta.constraints:
        if isinstance(constraint, models.UniqueConstraint) and constraint.fields:
            fields = [model._meta.get_field(name) for name in constraint.fields]
            if not any(f.is_relation or f.primary_key for f in fields):
                columns |= {f.column for f in fields if isinstance(f, models.CharField)}
    return columns


def _select_list(model, offsets: dict) -> list[str]:
    """Each column of copy ``k``: ids shifted by the table's offset, foreign keys by theirs,
    unique names suffixed, everything else as it is."""
    unique = _unique_text_columns(model)
    quote = connection.ops.quote_name
    expressions = []
    for field in model._meta.concrete_fields:
        column = f"t.{quote(field.column)}"
        if field.primary_key:
            column = f"{column} + k * {offsets[model]}"
        elif field.is_relation and field.related_model in offsets:
            column = f"{column} + k * {offsets[field.related_model]}"
        elif field.column in unique:
            keep = (field.max_length or 255) - 5
            column = f"left({column}, {keep}) || '-' || k"
        expressions.append(column)
    return expressions


def data_replicate(copies: int, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Add ``copies`` copies of every row of plan data; returns the rows per table after."""
    chosen = copied_models()
    offsets, counts = {}, {}
    with connection.cursor() as cursor:
        for model in chosen:
            cursor.execute(f"SELECT coalesce(max(id), 0), count(*) FROM {model._meta.db_table}")
            offsets[model], counts[model] = cursor.fetchone()
    for model in chosen:
        _table_replicate(model, offsets, counts[model], copies, progress)
    with transaction.atomic(), connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), chosen):
            cursor.execute(statement)
    return {m._meta.db_table: counts[m] * (copies + 1) for m in chosen}


def _table_replicate(model, offsets, rows: int, copies: int, progress) -> None:
    if not rows or not copies:
        return
    table = model._meta.db_table
    columns = ", ".join(connection.ops.quote_name(f.column) for f in model._meta.concrete_fields)
    select = ", ".join(_select_list(model, offsets))
    per_batch = max(1, BATCH_ROWS // rows)
    for first in range(1, copies + 1, per_batch):
        last = min(copies, first + per_batch - 1)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} ({columns}) SELECT {select} FROM {table} t"
                " CROSS JOIN generate_series(%s, %s) AS k WHERE t.id <= %s",
                [first, last, offsets[model]],
            )
        if progress:
            progress(rows * (last - first + 1))


def rows_to_copy(copies: int) -> int:
    with connection.cursor() as cursor:
        total = 0
        for model in copied_models():
            cursor.execute(f"SELECT count(*) FROM {model._meta.db_table}")
            total += cursor.fetchone()[0] * copies
    return total


def snapshot_history_copy(
    *, today: datetime.date, dates: list[datetime.date], scopes: list[str] | None = None
) -> int:
    """Repeat today's snapshots (of the given scopes, else all) on earlier dates, as nightly
    rollups that found the same figures would have written them; returns the rows added."""
    scopes = scopes or list(Snapshot.Scope.values)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {Snapshot._meta.db_table}"
            " (scope, object_id, plan_id, zone_id, as_of, light, figures, computed_at, digest)"
            " SELECT s.scope, s.object_id, s.plan_id, s.zone_id, d, s.light, s.figures,"
            " s.computed_at, s.digest FROM targets_snapshot s CROSS JOIN unnest(%s::date[]) AS d"
            " WHERE s.as_of = %s AND s.scope = ANY(%s) ON CONFLICT DO NOTHING",
            [dates, today, scopes],
        )
        return cursor.rowcount


def judgement_days_keep(today: datetime.date) -> int:
    """Each ended plan rolled up on the day it is judged on, as the nightly backfill keeps it
    (targets/history.py: ``plans_to_backfill``, the beat's ``targets.backfill_histories``): a
    server that has run a night since a plan ended has that day's rows, which its zone's totals
    read. Without them every rollup of a plan of such a zone judges the ended plans again, a
    dry run of each as of its judgement day (at 1× to 100× the one-plan rollup sent 10 queries,
    not 7, and did twice its Python work), which a running server does only until its first
    night. Plans judged on one day are rolled up together, in the full rollup's batches. Run
    after today's rollup and the history copy, which it leaves as they were (written before
    them, the judgement days' rows made today's task, section, target and agency rows the same
    as their latest earlier ones, not stored: under a third of the snapshots, pages and storage
    measured on other data than before). Returns the plans rolled up."""
    by_day: dict[datetime.date, list] = {}
    for plan in Plan.objects.select_related("zone").order_by("pk"):
        if (day := judged_on(plan, today)) != today:
            by_day.setdefault(day, []).append(plan)
    for day, plans in sorted(by_day.items()):
        for start in range(0, len(plans), BATCH_PLANS):
            plans_rollup(plans=plans[start : start + BATCH_PLANS], as_of=day)
    return sum(len(plans) for plans in by_day.values())


def statistics_update() -> None:
    """The fresh data as autovacuum would leave it before long: vacuumed and analysed. Without
    the vacuum the pages' first reads of every fresh table page write its hint bits and no
    index-only scan skips the heap (a server with autovacuum off keeps it so), or, with
    autovacuum on, its vacuum of the millions of new rows runs on one of the two cores while
    the pages are measured."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE)")


def month_ends_before(today: datetime.date, count: int) -> list[datetime.date]:
    ends, day = [], today.replace(day=1)
    for _ in range(count):
        day -= datetime.timedelta(days=1)
        ends.append(day)
        day = day.replace(day=1)
    return ends


def nights_before(today: datetime.date, count: int) -> list[datetime.date]:
    return [today - datetime.timedelta(days=n) for n in range(1, count + 1)]


def data_counts() -> dict[str, int]:
    names = {
        "plans": "pilots_plan",
        "agencies": "pilots_agency",
        "tasks": "tasks_task",
        "status_updates": "tasks_statusupdate",
        "figures": "targets_observation",
        "snapshots": Snapshot._meta.db_table,
        "rollup_states": RollupState._meta.db_table,
    }
    counts = {}
    with connection.cursor() as cursor:
        for key, table in names.items():
            cursor.execute(f"SELECT count(*) FROM {table}")
            counts[key] = cursor.fetchone()[0]
    return counts

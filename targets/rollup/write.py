"""Writing plans' snapshots for a date: a batch of plans in one transaction, idempotent, each
plan guarded by its watermark; a constant number of statements whatever the number of plans."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import OuterRef, QuerySet, Subquery
from django.db.models.expressions import RawSQL
from django.utils import timezone
from pydantic_core import to_json

from pilots.models import Plan
from pilots.prepared import Prepared, among
from targets.models import RollupState, Snapshot, Target, VerdictDecision
from targets.overview_generation import generation_move
from targets.rollup.target_assessments import AssessedTarget
from targets.snapshot_compare import snapshot_digest
from targets.snapshot_store import next_rolled_up, row_key, snapshot_changes


@dataclass
class PlanWrite:
    """One plan's rows of the date, the targets whose decisions it freezes, and the change
    counter read before its data (None: no watermark to move)."""

    plan: Plan
    snapshots: list[Snapshot]
    targets: list[AssessedTarget]
    seq: int | None


def plans_snapshots_write(
    writes: list[PlanWrite], as_of: datetime.date, now: datetime.datetime
) -> dict[int, int | None]:
    """Store the date's snapshots of the plans in one transaction (only the rows that differ
    from each thing's latest earlier one: targets/snapshot_store.py); freeze decided verdicts;
    move each watermark when the run read the change counter. Returns, per plan, the number of
    snapshot rows written, or None when a later run got there first (nothing written for it).

    The row shared by plans of one zone (the zone's) ends as the last plan of the batch
    computed it, as if the plans had been written one after another."""
    plan_ids = sorted(w.plan.id for w in writes)
    own_transaction = not connection.in_atomic_block
    with transaction.atomic():
        # One rollup of a plan at a time: overlapping runs queue on the plans' watermark rows
        # (not on the plans' rows, which every save of a plan updates), locked in id order.
        states = _states_locked(plan_ids, as_of)
        if missing := [plan_id for plan_id in plan_ids if plan_id not in states]:
            RollupState.objects.bulk_create(
                [RollupState(plan_id=plan_id) for plan_id in missing], ignore_conflicts=True
            )
            states = _states_locked(plan_ids, as_of)
        kept = [w for w in writes if not _overtaken(states[w.plan.id], w.seq, as_of)]
        following = {w.plan.id: d for w in kept if (d := states[w.plan.id].following)}
        changes = snapshot_changes([(w.plan, w.snapshots) for w in kept], as_of, following)
        if changes.deletes:
            Snapshot.objects.filter(id__in=list(changes.deletes)).delete()
        rows = _upserted_by_plan(changes.upserts) + Counter(changes.deletes.values())
        decided = _verdicts_freeze([t for w in kept for t in w.targets])
        # A plan is marked rolled up when its rows of today changed: a run with nothing to
        # write leaves its row (and the row lock a status update then waits on) alone.
        _run_close(
            [(states[w.plan.id], w.seq) for w in kept if w.seq is not None],
            [w.plan.id for w in kept if rows[w.plan.id]] if as_of >= timezone.localdate() else [],
            as_of, now, quiet=own_transaction and not rows and not decided,
        )  # fmt: skip
    if rows:  # after our commit (at once too in a caller's transaction): overview_generation
        generation_move()
    done = {w.plan.id for w in kept}
    return {w.plan.id: rows[w.plan.id] if w.plan.id in done else None for w in writes}


def _states_locked(plan_ids: list[int], as_of: datetime.date) -> dict[int, RollupState]:
    """The plans' watermark rows, locked; each with ``following``, the plan's next rolled-up
    date after ``as_of`` (targets/snapshot_store.py), read in the same statement.

    On PostgreSQL the statement also turns JIT off for the transaction (``set_config``, one
    round trip fewer than a ``SET``): the planner's estimates for the read of the stored rows
    are high enough to compile it, which took longer, up to 1 s a batch, than running it."""
    return {state.plan_id: state for state in _states_of(plan_ids, as_of)}


@Prepared
def _states_of(plan_ids: list[int], as_of: datetime.date) -> QuerySet:
    locked = (
        RollupState.objects.select_for_update()
        .filter(among("plan_id", plan_ids))
        .annotate(following=Subquery(next_rolled_up(OuterRef("plan_id"), as_of)))
    )
    if connection.vendor == "postgresql":
        locked = locked.annotate(jit=RawSQL("set_config('jit', 'off', true)", ()))
    return locked.order_by("plan_id")


def _run_close(
    moved: list[tuple[RollupState, int]],
    marked: list[int],
    as_of: datetime.date,
    now: datetime.datetime,
    *,
    quiet: bool,
) -> None:
    """The run's last writes: each plan's watermark moved (``moved``), the plans whose rows
    of today changed marked rolled up (``marked``), and, ``quiet`` (nothing else written), the
    commit let go without waiting for the disk. On PostgreSQL one statement: the three were
    three round trips, a sixth of the incremental rollup's (and a full rollup's batch moved its
    plans' counters by an ORM ``bulk_update``, whose CASE of 50 plans took longer to build
    than to run)."""
    if connection.vendor != "postgresql":
        _watermarks_move(moved, as_of, now)
        if marked:
            Plan.objects.filter(pk__in=marked).update(rolled_up_at=now)
        if quiet:
            _commit_without_waiting()
        return
    with connection.cursor() as cursor:
        cursor.execute(
            CLOSE_SQL + (CLOSE_QUIET if quiet else CLOSE_WAITING),
            {"states": [state.pk for state, _seq in moved], "seqs": [seq for _s, seq in moved],
             "as_of": as_of, "now": now, "plans": marked},
        )  # fmt: skip


# Data-modifying parts of a WITH run whether or not the statement reads them.
_STATES, _PLANS = RollupState._meta.db_table, Plan._meta.db_table
CLOSE_SQL = (
    f"WITH moved AS (UPDATE {_STATES} s SET seq = v.seq, as_of = %(as_of)s,"
    " computed_at = %(now)s, failures = 0, last_error = ''"
    " FROM unnest(%(states)s::bigint[], %(seqs)s::bigint[]) AS v(id, seq) WHERE s.id = v.id),"
    f" marked AS (UPDATE {_PLANS} SET rolled_up_at = %(now)s WHERE id = ANY(%(plans)s))"
)
CLOSE_QUIET = " SELECT set_config('synchronous_commit', 'off', true)"  # as SET LOCAL
CLOSE_WAITING = " SELECT 1"


def _watermarks_move(
    moved: list[tuple[RollupState, int]], as_of: datetime.date, now: datetime.datetime
) -> None:
    """Record each plan's counter as its watermark: one plain update when the counters are
    the same (one plan: the incremental rollup), else one update of every row."""
    done = {"as_of": as_of, "computed_at": now, "failures": 0, "last_error": ""}
    if len({seq for _state, seq in moved}) == 1:
        pks = [state.pk for state, _seq in moved]
        RollupState.objects.filter(pk__in=pks).update(seq=moved[0][1], **done)
        return
    for state, seq in moved:
        state.seq = seq
        for name, value in done.items():
            setattr(state, name, value)
    RollupState.objects.bulk_update([state for state, _seq in moved], ["seq", *done])


def _commit_without_waiting() -> None:
    """A run that wrote no snapshot row and no decision only moved the watermarks: PostgreSQL
    may commit it without waiting for the disk (the wait was 2-6 ms, most of such a run's
    commit). Should the server crash before the commit reaches the disk, the plans read as
    behind and are rolled up again to the same rows; nothing a page showed is lost. A run that
    writes rows still waits: a rollup the job reported done must not vanish. Only for a
    transaction of the rollup's own (a caller's would commit its own writes so too)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit = off")


def _overtaken(state: RollupState, seq: int | None, as_of: datetime.date) -> bool:
    """A run that saw later changes already wrote this date."""
    return seq is not None and state.as_of == as_of and state.seq > seq


UPSERT_COLUMNS = ["scope", "object_id", "plan_id", "zone_id", "as_of", "light", "figures",
                  "computed_at", "digest"]  # fmt: skip
# A row's key (the unique constraints of targets/models.py): a zone's row is one per date,
# whichever plan wrote it; any other thing's row is its plan's (an agency has one per plan).
KEY_COLUMNS = ["scope", "object_id", "as_of", "plan_id"]
ZONE_KEY = "(object_id, as_of) WHERE scope = 'zone'"
COMPARED_COLUMNS = ["plan_id", "zone_id", "light", "figures", "digest"]
UPSERT_ROWS = 1000  # rows per statement where rows are parameters


def snapshots_upsert(snapshots: list[Snapshot]) -> int:
    """Insert new rows and rewrite those whose figures (or light, plan, zone) changed; a row
    whose figures are the same is left alone, ``computed_at`` included (so its cached charts
    stay valid). Returns the number of rows written: 0 when nothing changed."""
    return sum(_upserted_by_plan(snapshots).values())


def _last_of_each_key(snapshots: list[Snapshot]) -> list[Snapshot]:
    """Of two rows with the same key (a zone's, written by two of its plans), the later."""
    return list({row_key(s): s for s in snapshots}.values())


def _upserted_by_plan(snapshots: list[Snapshot]) -> Counter[int]:
    """``snapshots_upsert``, counting the rows written by plan."""
    unique = _last_of_each_key(snapshots)
    for s in unique:
        s.digest = s.digest or snapshot_digest(s.scope, s.figures, s.light)
    written: Counter[int] = Counter()
    with connection.cursor() as cursor:
        for sql, params in _upsert_statements(unique):
            cursor.execute(sql, params)
            written.update(plan_id for (plan_id,) in cursor.fetchall())
    return written


def _upsert_statements(snapshots: list[Snapshot]):
    """PostgreSQL takes every row in one statement, as one JSON document (a statement of
    thousands of parameters costs it more to parse than the rows cost to write); other
    databases take rows as parameters, as many as they accept per statement."""
    if not snapshots:
        return
    if connection.vendor == "postgresql":
        rows = [
            {"scope": s.scope, "object_id": s.object_id, "plan_id": s.plan_id,
             "zone_id": s.zone_id, "as_of": s.as_of.isoformat(), "light": s.light,
             "figures": s.figures, "computed_at": s.computed_at.isoformat(),
             "digest": s.digest}
            for s in snapshots
        ]  # fmt: skip
        yield _upsert_sql(ROWSET), [to_json(rows).decode()]
        return
    by_column = {f.column: f for f in Snapshot._meta.concrete_fields}
    fields = [by_column[c] for c in UPSERT_COLUMNS]
    size = min(connection.ops.bulk_batch_size(fields, snapshots) or len(snapshots), UPSERT_ROWS)
    prepared = _Prepared(fields)
    for start in range(0, len(snapshots), size):
        chunk = snapshots[start : start + size]
        row = "(" + ", ".join(["%s"] * len(UPSERT_COLUMNS)) + ")"
        values = f"VALUES {', '.join([row] * len(chunk))}"
        yield _upsert_sql(values), [v for s in chunk for v in prepared.row(s)]


# The rows as a set: one JSON document, typed column by column.
ROWSET = (
    "SELECT r.scope, r.object_id, r.plan_id, r.zone_id, r.as_of, r.light, r.figures,"
    " r.computed_at, r.digest FROM jsonb_to_recordset(%s::jsonb) AS r(scope text,"
    " object_id bigint, plan_id bigint, zone_id bigint, as_of date, light text, figures jsonb,"
    " computed_at timestamptz, digest text)"
)


class _Prepared:
    """Each row's values as the database takes them; the values most rows share (the date,
    the time of the run) prepared once."""

    SHARED = ("as_of", "computed_at")

    def __init__(self, fields):
        self.fields = fields
        self.shared: dict[tuple, object] = {}

    def row(self, snapshot: Snapshot) -> list:
        values = []
        for field in self.fields:
            value = getattr(snapshot, field.attname)
            if field.attname in self.SHARED:
                key = (field.attname, value)
                if key not in self.shared:
                    self.shared[key] = field.get_db_prep_save(value, connection)
                values.append(self.shared[key])
            else:
                values.append(field.get_db_prep_save(value, connection))
        return values


def _upsert_sql(rows: str) -> str:
    """One statement upserting the rows on their keys (``KEY_COLUMNS``, ``ZONE_KEY``): SQLite
    takes an ``ON CONFLICT`` of each; PostgreSQL one per insert, the zones' in a CTE."""
    table = Snapshot._meta.db_table
    distinct = "IS DISTINCT FROM" if connection.vendor == "postgresql" else "IS NOT"
    updated = [c for c in UPSERT_COLUMNS if c not in KEY_COLUMNS or c == "plan_id"]
    changed = " OR ".join(f"{table}.{c} {distinct} EXCLUDED.{c}" for c in COMPARED_COLUMNS)
    update = "DO UPDATE SET " + ", ".join(f"{c} = EXCLUDED.{c}" for c in updated)
    update += f" WHERE {changed}"
    insert = f"INSERT INTO {table} ({', '.join(UPSERT_COLUMNS)})"
    key = f"ON CONFLICT ({', '.join(KEY_COLUMNS)}) {update}"
    zone_key = f"ON CONFLICT {ZONE_KEY} {update}"
    if connection.vendor != "postgresql":
        return f"{insert} {rows} {zone_key} {key} RETURNING plan_id"
    # The table named first: pg_stat_activity shows a statement's first kilobyte, and the rows'
    # JSON document (inlined by the driver) would fill it.
    return (
        f"/* {table} upsert */ WITH r AS ({rows}),"
        f" z AS ({insert} SELECT * FROM r WHERE r.scope = 'zone' {zone_key} RETURNING plan_id),"
        f" o AS ({insert} SELECT * FROM r WHERE r.scope <> 'zone' {key} RETURNING plan_id)"
        " SELECT plan_id FROM z UNION ALL SELECT plan_id FROM o"
    )


def _verdicts_freeze(targets: list[AssessedTarget]) -> int:
    """Append the decisions this run made (a decided verdict, or a re-decision after a
    correction) and keep the target's current one beside it; a run that read an older decision
    than the latest (a concurrent run got there first) appends nothing. Returns the number of
    decisions appended."""
    appended = 0
    for t in targets:
        decision = t.decision
        if decision is None:
            continue
        latest = VerdictDecision.objects.filter(target=t.target).order_by("-pk")
        if latest.values_list("pk", flat=True).first() != t.prior_decision_id:
            continue
        decision.save()
        appended += 1
        reopened = decision.kind == VerdictDecision.Kind.REOPENED
        current = None if reopened else {
            **t.assessment.as_dict(), "decided_on": decision.decided_on.isoformat(),
            "decision_id": decision.pk,
        }  # fmt: skip
        Target.objects.filter(pk=t.target.pk).update(final_verdict=current)
    return appended

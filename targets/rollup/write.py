"""Writing a plan's snapshots for a date: one transaction, idempotent, guarded by the watermark."""

from __future__ import annotations

import datetime

from django.db import connection, transaction
from django.utils import timezone

from pilots.models import Plan
from targets.models import RollupState, Snapshot, Target, VerdictDecision
from targets.rollup.target_assessments import AssessedTarget
from targets.snapshot_store import snapshot_changes


def snapshots_write(
    plan: Plan,
    as_of: datetime.date,
    snapshots: list[Snapshot],
    targets: list[AssessedTarget],
    now: datetime.datetime,
    seq: int | None,
) -> int | None:
    """Store the date's snapshots of the plan in one transaction (only the rows that differ
    from each thing's latest earlier one: targets/snapshot_store.py); freeze decided verdicts;
    move the watermark when the run read the change counter (``seq``). Returns the number of
    snapshot rows written, or None when a later run got there first (nothing written)."""
    with transaction.atomic():
        # One rollup of a plan at a time: overlapping runs queue on the plan's watermark row
        # (not on the plan's row, which every save of the plan updates).
        RollupState.objects.bulk_create([RollupState(plan=plan)], ignore_conflicts=True)
        state = RollupState.objects.select_for_update().get(plan=plan)
        if seq is not None and state.as_of == as_of and state.seq > seq:
            return None  # a run that saw later changes already wrote this date
        changes = snapshot_changes(plan, as_of, snapshots)
        rows = snapshots_upsert(changes.upserts)
        if changes.deletes:
            rows += Snapshot.objects.filter(id__in=changes.deletes).delete()[0]
        _verdicts_freeze(targets)
        if seq is not None:
            state.seq, state.as_of, state.computed_at = seq, as_of, now
            state.failures, state.last_error = 0, ""
            state.save(update_fields=["seq", "as_of", "computed_at", "failures", "last_error"])
        if as_of >= timezone.localdate():
            Plan.objects.filter(pk=plan.pk).update(rolled_up_at=now)
    return rows


UPSERT_COLUMNS = ["scope", "object_id", "plan_id", "zone_id", "as_of", "light", "figures",
                  "computed_at"]  # fmt: skip
KEY_COLUMNS = ["scope", "object_id", "as_of"]
COMPARED_COLUMNS = ["plan_id", "zone_id", "light", "figures"]


def snapshots_upsert(snapshots: list[Snapshot]) -> int:
    """Insert new rows and rewrite those whose figures (or light, plan, zone) changed; a row
    whose figures are the same is left alone, ``computed_at`` included (so its cached charts
    stay valid). Returns the number of rows written: 0 when nothing changed."""
    if not snapshots:
        return 0
    by_column = {f.column: f for f in Snapshot._meta.concrete_fields}
    fields = [by_column[c] for c in UPSERT_COLUMNS]
    size = connection.ops.bulk_batch_size(fields, snapshots) or len(snapshots)
    written = 0
    with connection.cursor() as cursor:
        for start in range(0, len(snapshots), size):
            chunk = snapshots[start : start + size]
            params = [
                field.get_db_prep_save(getattr(s, field.attname), connection)
                for s in chunk
                for field in fields
            ]
            cursor.execute(_upsert_sql(len(chunk)), params)
            written += cursor.rowcount
    return written


def _upsert_sql(rows: int) -> str:
    table = Snapshot._meta.db_table
    distinct = "IS DISTINCT FROM" if connection.vendor == "postgresql" else "IS NOT"
    row = "(" + ", ".join(["%s"] * len(UPSERT_COLUMNS)) + ")"
    updated = [c for c in UPSERT_COLUMNS if c not in KEY_COLUMNS]
    changed = " OR ".join(f"{table}.{c} {distinct} EXCLUDED.{c}" for c in COMPARED_COLUMNS)
    return (
        f"INSERT INTO {table} ({', '.join(UPSERT_COLUMNS)}) VALUES {', '.join([row] * rows)} "
        f"ON CONFLICT ({', '.join(KEY_COLUMNS)}) DO UPDATE SET "
        + ", ".join(f"{c} = EXCLUDED.{c}" for c in updated)
        + f" WHERE {changed}"
    )


def _verdicts_freeze(targets: list[AssessedTarget]) -> None:
    """Append the decisions this run made (a decided verdict, or a re-decision after a
    correction) and keep the target's current one beside it; a run that read an older decision
    than the latest (a concurrent run got there first) appends nothing."""
    for t in targets:
        decision = t.decision
        if decision is None:
            continue
        latest = VerdictDecision.objects.filter(target=t.target).order_by("-pk")
        if latest.values_list("pk", flat=True).first() != t.prior_decision_id:
            continue
        decision.save()
        reopened = decision.kind == VerdictDecision.Kind.REOPENED
        current = None if reopened else {
            **t.assessment.as_dict(), "decided_on": decision.decided_on.isoformat(),
            "decision_id": decision.pk,
        }  # fmt: skip
        Target.objects.filter(pk=t.target.pk).update(final_verdict=current)

"""Writing a plan's snapshots for a date: one transaction, idempotent, guarded by the watermark."""

from __future__ import annotations

import datetime
from collections import defaultdict

from django.db import transaction
from django.utils import timezone

from pilots.models import Plan
from targets.models import RollupState, Snapshot, Target, VerdictDecision
from targets.rollup.target_assessments import AssessedTarget


def snapshots_write(
    plan: Plan,
    as_of: datetime.date,
    snapshots: list[Snapshot],
    targets: list[AssessedTarget],
    now: datetime.datetime,
    seq: int | None,
) -> bool:
    """Replace the date's snapshots of the plan in one transaction; freeze decided verdicts;
    move the watermark when the run read the change counter (``seq``)."""
    with transaction.atomic():
        # One rollup of a plan at a time: overlapping runs queue on the plan's watermark row
        # (not on the plan's row, which every save of the plan updates).
        RollupState.objects.bulk_create([RollupState(plan=plan)], ignore_conflicts=True)
        state = RollupState.objects.select_for_update().get(plan=plan)
        if seq is not None and state.as_of == as_of and state.seq > seq:
            return False  # a run that saw later changes already wrote this date
        Snapshot.objects.bulk_create(
            snapshots,
            update_conflicts=True,
            unique_fields=["scope", "object_id", "as_of"],
            update_fields=["plan", "zone", "light", "figures", "computed_at"],
        )
        _stale_snapshots_delete(plan, as_of, snapshots)
        _verdicts_freeze(targets)
        if seq is not None:
            state.seq, state.as_of, state.computed_at = seq, as_of, now
            state.failures, state.last_error = 0, ""
            state.save(update_fields=["seq", "as_of", "computed_at", "failures", "last_error"])
        if as_of >= timezone.localdate():
            Plan.objects.filter(pk=plan.pk).update(rolled_up_at=now)
    return True


def _stale_snapshots_delete(plan: Plan, as_of: datetime.date, snapshots: list[Snapshot]) -> None:
    """Rows of things archived since an earlier run of the same date."""
    kept = defaultdict(set)
    for s in snapshots:
        kept[s.scope].add(s.object_id)
    stale = Snapshot.objects.filter(plan=plan, as_of=as_of)
    for scope, ids in kept.items():
        stale = stale.exclude(scope=scope, object_id__in=ids)
    stale.delete()


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

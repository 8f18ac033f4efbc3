"""What a plan's rollup of a date writes, given the rows already stored (targets/snapshots.py):
its plan and zone rows; a row for each task, section, target and agency whose figures differ
from its latest earlier row (and none where they do not); ``GONE`` for a thing no longer rolled
up; and, when the date is not the plan's latest, a copy of the old row on the plan's next date
for each thing this date changes, so that later dates answer as they did."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field

from django.db.models import Q

from pilots.models import Plan
from targets.models import Snapshot
from targets.snapshots import DELTA_SCOPES, GONE, comparable, latest_on

Scope = Snapshot.Scope
Key = tuple[str, int]


@dataclass
class SnapshotChanges:
    upserts: list[Snapshot] = field(default_factory=list)
    deletes: list[int] = field(default_factory=list)  # ids of rows the date no longer needs


def snapshot_changes(
    plan: Plan, as_of: datetime.date, snapshots: list[Snapshot]
) -> SnapshotChanges:
    """The rows to upsert and delete so that the plan's things read as ``snapshots`` on
    ``as_of`` and every other rolled-up date of the plan reads as before."""
    changes = SnapshotChanges(upserts=[s for s in snapshots if s.scope not in DELTA_SCOPES])
    new = {_key(s): s for s in snapshots if s.scope in DELTA_SCOPES}
    agencies = [object_id for scope, object_id in new if scope == Scope.AGENCY]
    mine = Snapshot.objects.filter(
        Q(plan_id=plan.id) | Q(scope=Scope.AGENCY, object_id__in=agencies), scope__in=DELTA_SCOPES
    ).order_by()
    before, current = {}, {}  # each thing's latest row before as_of, and its row of as_of
    for row in latest_on(mine, as_of - datetime.timedelta(days=1)) | mine.filter(as_of=as_of):
        (current if row.as_of == as_of else before)[_key(row)] = row
    answers: dict[Key, Snapshot | None] = {}  # a thing's row on as_of once written, if changed
    for key, snap in new.items():
        if _same(before.get(key), snap):
            if key in current:
                changes.deletes.append(current[key].id)
                answers[key] = before[key]
        else:
            changes.upserts.append(snap)
            answers[key] = snap
    for key, row in {**before, **current}.items():
        if key in new or row.plan_id != plan.id:
            continue
        earlier = before.get(key)
        if earlier is not None and earlier.plan_id == plan.id and earlier.figures != GONE:
            gone = _gone(earlier, as_of, current.get(key))
            if gone is not None:
                changes.upserts.append(gone)
                answers[key] = gone
        elif key in current:
            changes.deletes.append(current[key].id)
            answers[key] = earlier
    changes.upserts += _carried(plan, as_of, answers, before, current)
    return changes


def _carried(plan, as_of, answers: dict, before: dict, current: dict) -> list[Snapshot]:
    """Copies of the rows the plan's next rolled-up date read before this write, for the
    things whose answer on it this write changes (they have no row of their own up to it)."""
    if not answers:
        return []
    following = (
        Snapshot.objects.filter(scope=Scope.PLAN, object_id=plan.id, as_of__gt=as_of)
        .order_by("as_of")
        .values_list("as_of", flat=True)
        .first()
    )
    if following is None:
        return []
    later = Q()
    for scope in {scope for scope, _id in answers}:
        later |= Q(scope=scope, object_id__in=[i for s, i in answers if s == scope])
    covered = set(
        Snapshot.objects.filter(later, as_of__gt=as_of, as_of__lte=following)
        .order_by()
        .values_list("scope", "object_id")
    )
    copies = []
    for key, answer in answers.items():
        old = current.get(key) or before.get(key)
        if key in covered or _same(old, answer):
            continue
        copies.append(_copy(old, following) if old else _gone(answer, following, None))
    return copies


def _same(row: Snapshot | None, snap: Snapshot | None) -> bool:
    """Whether two rows of a thing read the same on any date (absent and ``GONE`` alike)."""
    absent = row is None or row.figures == GONE
    if absent or snap is None or snap.figures == GONE:
        return absent and (snap is None or snap.figures == GONE)
    if row.plan_id != snap.plan_id or row.zone_id != snap.zone_id:
        return False
    return comparable(row.scope, _stored(row.figures), row.light) == comparable(
        snap.scope, _stored(snap.figures), snap.light
    )


def _stored(figures: dict) -> dict:
    """Figures as they read back from the database (tuples as lists, keys as strings)."""
    return json.loads(json.dumps(figures))


def _gone(row: Snapshot, as_of: datetime.date, current: Snapshot | None) -> Snapshot | None:
    if current is not None and current.figures == GONE:
        return None
    return Snapshot(
        scope=row.scope, object_id=row.object_id, plan_id=row.plan_id, zone_id=row.zone_id,
        as_of=as_of, light="", figures=GONE, computed_at=row.computed_at,
    )  # fmt: skip


def _copy(row: Snapshot, as_of: datetime.date) -> Snapshot:
    return Snapshot(
        scope=row.scope, object_id=row.object_id, plan_id=row.plan_id, zone_id=row.zone_id,
        as_of=as_of, light=row.light, figures=row.figures, computed_at=row.computed_at,
    )  # fmt: skip


def _key(snap: Snapshot) -> Key:
    return snap.scope, snap.object_id

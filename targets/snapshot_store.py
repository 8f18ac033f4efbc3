"""What a plan's rollup of a date writes, given the rows already stored (targets/snapshots.py):
its plan and zone rows; a row for each task, section, target and agency whose figures differ
from its latest earlier row (and none where they do not); ``GONE`` for a thing no longer rolled
up; and, when the date is not the plan's latest, a copy of the old row on the plan's next date
for each thing this date changes, so that later dates answer as they did."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import OuterRef, Q, QuerySet, Subquery

from pilots.models import Plan
from targets.models import Snapshot
from targets.snapshot_compare import FiguresByDigest, FiguresInPython, same, snapshot_digest
from targets.snapshots import DELTA_SCOPES, GONE, task_figures_on

Scope = Snapshot.Scope
Key = tuple[str, int, int | None]  # scope, thing, and an agency's plan (targets/models.py)


@dataclass
class SnapshotChanges:
    upserts: list[Snapshot] = field(default_factory=list)
    deletes: dict[int, int] = field(default_factory=dict)  # id → plan of rows no longer needed


def snapshot_changes(
    plans: list[tuple[Plan, list[Snapshot]]],
    as_of: datetime.date,
    following: dict[int, datetime.date] | None = None,
) -> SnapshotChanges:
    """The rows to upsert and delete so that each plan's things read as its snapshots on
    ``as_of`` and every other rolled-up date reads as before; the plans as if written one after
    another (a zone's row ends as the last plan computed it; an agency has a row per plan). A
    fixed handful of queries, whatever the number of plans. ``following``: each plan's next
    rolled-up date after ``as_of`` (``next_rolled_up``), when the caller read it already (plans
    without one left out); else read here."""
    for _plan, snapshots in plans:
        for s in snapshots:
            s.digest = s.digest or snapshot_digest(s.scope, s.figures, s.light)
    if following is None:
        following = dict(
            Plan.objects.filter(pk__in=[plan.id for plan, _s in plans])
            .annotate(day=Subquery(next_rolled_up(OuterRef("pk"), as_of)))
            .filter(day__isnull=False)
            .values_list("pk", "day")
        )
    stored = _Stored(plans, as_of, following)
    for plan, snapshots in plans:
        stored.plan_write(plan, snapshots)
    return stored.changes()


def next_rolled_up(plan_id, as_of: datetime.date) -> QuerySet:
    """The plan's next rolled-up date after ``as_of`` (its first plan row after it), as a
    query of one value; ``plan_id`` may be an ``OuterRef``."""
    return (
        Snapshot.objects.filter(scope=Scope.PLAN, object_id=plan_id, as_of__gt=as_of)
        .order_by("as_of")
        .values("as_of")[:1]
    )


class _Stored:
    """The rows stored of the plans' things, as the plans' writes change them in turn."""

    def __init__(self, plans, as_of: datetime.date, following: dict[int, datetime.date]):
        self.as_of = as_of
        plan_ids = [plan.id for plan, _s in plans]
        things = {
            (s.scope, s.object_id, s.plan_id) for _p, snaps in plans for s in snaps
            if s.scope in DELTA_SCOPES
        }  # fmt: skip
        self.following = following  # each plan's next rolled-up date
        # Copies carried to a next date need the old rows' figures: read them whole then.
        in_database = connection.vendor == "postgresql" and not self.following
        self.figures = FiguresByDigest() if in_database else FiguresInPython()
        self.before: dict[Key, Snapshot] = {}  # each thing's latest row before as_of
        self.current: dict[Key, Snapshot] = {}  # its row of as_of (stored, or to be written)
        self.stored: dict[Key, Snapshot] = {}  # the rows of as_of as stored (every scope)
        for row in self.figures.stored_rows(plan_ids, things, as_of):
            if row.as_of != as_of:
                self.before[_key(row)] = row
                continue
            self.stored[_key(row)] = row
            if row.scope in DELTA_SCOPES:
                self.current[_key(row)] = row
        # The things each plan's rows (stored or written) answer for: a plan's write walks its
        # own, not every plan's of the batch (at 50 plans a batch that walk was quadratic, a
        # fifth of a full rollup).
        self.of_plan: dict[int | None, dict[Key, None]] = defaultdict(dict)
        for key, row in {**self.before, **self.current}.items():
            self.of_plan[row.plan_id][key] = None
        self.dated: list[Snapshot] = []
        self.written: dict[tuple, Snapshot] = {}  # (*key, as_of) → row to upsert
        self.deleted: dict[int, int] = {}
        self.answers: list[tuple[Plan, Key, Snapshot | None, Snapshot | None]] = []

    def plan_write(self, plan: Plan, snapshots: list[Snapshot]) -> None:
        self.dated += [s for s in snapshots if s.scope not in DELTA_SCOPES]
        new = {_key(s): s for s in snapshots if s.scope in DELTA_SCOPES}
        for key, snap in new.items():
            if not self.figures.same(self.before.get(key), snap):
                self._set(plan, key, snap)
            elif key in self.current:
                self._set(plan, key, None)
        for key in list(self.of_plan[plan.id]):
            row = self.current.get(key) or self.before.get(key)
            if row is None or key in new or row.plan_id != plan.id:
                continue
            earlier = self.before.get(key)
            if earlier is not None and earlier.plan_id == plan.id and earlier.figures != GONE:
                if self.current.get(key) is None or self.current[key].figures != GONE:
                    self._set(plan, key, _copy(earlier, self.as_of, GONE))
            elif key in self.current:
                self._set(plan, key, None)

    def _set(self, plan: Plan, key: Key, row: Snapshot | None) -> None:
        """The thing's row of as_of becomes ``row`` (None: none, its earlier row answers)."""
        old = self.current.get(key) or self.before.get(key)
        new = row or self.before.get(key)
        self.answers.append((plan, key, old, new))
        stored = self.current.pop(key, None)
        self.written.pop((*key, self.as_of), None)
        if stored is not None and stored.pk is not None and row is None:
            self.deleted[stored.pk] = stored.plan_id
        if row is not None:
            self.current[key] = row
            self.of_plan[row.plan_id][key] = None
            self.written[(*key, self.as_of)] = row

    def changes(self) -> SnapshotChanges:
        written = {row_key(s): s for s in [*self.dated, *self.written.values()]}
        return SnapshotChanges(
            upserts=[s for s in written.values() if not self._stored_as_is(s)] + self._carried(),
            deletes=self.deleted,
        )

    def _stored_as_is(self, snap: Snapshot) -> bool:
        """Whether the row of its date is stored exactly so, and stays."""
        row = self.stored.get(_key(snap))
        return row is not None and row.pk not in self.deleted and self.figures.equal(row, snap)

    def _carried(self) -> list[Snapshot]:
        """Copies of the rows each plan's next rolled-up date read before these writes, for
        the things whose answer on it they change (and that have no row of their own up to
        it): the first answer read before, the last one written."""
        answers = [a for a in self.answers if a[0].id in self.following]
        if not answers:
            return []
        later = Q()
        for scope in {key[0] for _p, key, _o, _n in answers}:
            later |= Q(
                scope=scope, object_id__in={k[1] for _p, k, _o, _n in answers if k[0] == scope}
            )
        until = max(self.following.values())
        covered = defaultdict(list)
        for scope, object_id, plan_id, day in (
            Snapshot.objects.filter(
                later, plan_id__in=[plan.id for plan, *_ in answers],
                as_of__gt=self.as_of, as_of__lte=until,
            )
            .order_by()
            .values_list("scope", "object_id", "plan_id", "as_of")
        ):  # fmt: skip
            covered[_key_of(scope, object_id, plan_id)].append(day)
        first: dict[tuple, Snapshot | None] = {}
        last: dict[tuple, Snapshot | None] = {}
        for plan, key, old, new in answers:
            day = self.following[plan.id]
            if any(d <= day for d in covered[key]):
                continue
            first.setdefault((*key, day), old)
            last[(*key, day)] = new
        copies = []
        for key, old in first.items():
            new = last[key]
            day = key[-1]
            if not same(old, new):
                copies.append(_copy(old, day) if old else _copy(new, day, GONE))
        return copies


def _copy(row: Snapshot, as_of: datetime.date, figures: dict | None = None) -> Snapshot:
    """The row again on another date, read as of that date (a task's day counts are counted
    to it: a row is read as stored on its own date), or, with ``GONE``, its thing marked gone."""
    if figures is None:
        figures, light = row.figures, row.light
        if row.scope == Snapshot.Scope.TASK:
            figures, light = task_figures_on(figures, as_of)
    else:
        light = ""
    return Snapshot(
        scope=row.scope, object_id=row.object_id, plan_id=row.plan_id, zone_id=row.zone_id,
        as_of=as_of, light=light, figures=figures, computed_at=row.computed_at,
        digest=snapshot_digest(row.scope, figures, light),
    )  # fmt: skip


def _key(snap: Snapshot) -> Key:
    return _key_of(snap.scope, snap.object_id, snap.plan_id)


def row_key(snap: Snapshot) -> tuple:
    """A row's unique key (the constraints of targets/models.py): its thing's and its date."""
    return *_key(snap), snap.as_of


def _key_of(scope: str, object_id: int, plan_id: int | None) -> Key:
    """A thing's key: an agency's rows are its plan's (a task's, section's or target's
    thing is of one plan: its plan need not be said)."""
    return scope, object_id, plan_id if scope == Scope.AGENCY else None

"""Reading snapshots as they stood on a date, and how they are stored.

A plan's and a zone's rows are written for every date the plan is rolled up (they mark the
dates a page can show). The rows of its tasks, sections, targets and agencies (``DELTA_SCOPES``)
are written only when they differ from the thing's latest earlier row: the thing's figures on a
date are its latest row on or before that date. A thing that stops being rolled up (archived)
gets a row without figures (``GONE``) on the first date it is missing.

A task's day counts (days overdue, days silent, a milestone's days overdue, and the reasons of
its light that quote them) grow every day: they are left out when two rows are compared and
derived again from the date read (``task_figures_on``), so a task whose state did not change
writes nothing for a new date. The writer compares rows by their ``digest`` where it can
(targets/snapshot_compare.py).
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable

import orjson
from django.db import connection
from django.db.models import Exists, OuterRef, QuerySet, TextField
from django.db.models.functions import Cast

from pilots.prepared import Prepared, among
from targets.figures import TaskFigures
from targets.models import Snapshot
from tasks.models import days_silent, is_stale

Scope = Snapshot.Scope
DELTA_SCOPES = (Scope.TASK, Scope.SECTION, Scope.TARGET, Scope.AGENCY)
GONE: dict = {}  # the figures of a thing no longer rolled up from that date on


def latest_on(rows: QuerySet, day: datetime.date) -> QuerySet:
    """Of ``rows``, each thing's latest row on or before ``day`` (an agency's of each plan
    apart: one anti-join probe of the (scope, object_id, as_of, plan_id) index per row; works on
    every database)."""
    newer = Snapshot.objects.filter(
        scope=OuterRef("scope"),
        object_id=OuterRef("object_id"),
        plan_id=OuterRef("plan_id"),
        as_of__gt=OuterRef("as_of"),
        as_of__lte=day,
    )
    return rows.filter(as_of__lte=day).exclude(Exists(newer))


def latest_figures(rows: QuerySet, keys: Iterable[str]) -> dict[int, dict]:
    """Of ``rows`` (snapshots of one scope), each thing's latest figures by its id, only these
    top-level ``keys`` (the database picks them out: the rest of each row is never sent) and
    ``GONE`` rows left out. One row is read per thing however many days it has (DISTINCT ON on
    PostgreSQL, the anti-join elsewhere)."""
    keys = list(keys)
    if connection.features.can_distinct_on_fields:
        rows = rows.order_by("object_id", "-as_of").distinct("object_id")
    else:
        rows = latest_on(rows, datetime.date.max)
    read = rows.values_list("object_id", *(f"figures__{key}" for key in keys))
    # A GONE row has none of the keys (every scope's figures have required ones).
    return {
        object_id: dict(zip(keys, values, strict=True))
        for object_id, *values in read
        if any(v is not None for v in values)
    }


def snapshots_on(*, plan_id: int, day: datetime.date, scopes: Iterable[str]) -> list[Snapshot]:
    """The plan's snapshots of these scopes as they stood on ``day`` (a date the plan was rolled
    up on): the plan's and zone's rows of that date, every other thing's latest row on or before
    it. Each is returned dated ``day``, a task's day counts as of ``day``."""
    return [as_on(snap, day) for snap in _rows_on(plan_id, day, scopes) if snap.figures != GONE]


def snapshot_stamps_on(
    *, plan_id: int, day: datetime.date, scopes: Iterable[str]
) -> list[tuple[int, str, int, datetime.datetime]]:
    """The rows ``snapshots_on`` returns, without their figures: each one's id, scope, thing and
    ``computed_at`` (what a cached part drawn from them is keyed by). Every page view asks, so
    the read of each set of scopes is compiled once (``Prepared``)."""
    return _stamps_read(tuple(scopes))(plan_id=plan_id, day=day)


@functools.cache
def _stamps_read(scopes: tuple[str, ...]) -> Prepared:
    def build(plan_id: int, day: datetime.date) -> QuerySet:
        rows = _rows_on(plan_id, day, scopes).exclude(figures=GONE)
        return rows.values_list("pk", "scope", "object_id", "computed_at")

    return Prepared(build)


def snapshots_stamped(rows: list[tuple], day: datetime.date) -> list[Snapshot]:
    """``snapshots_on`` of the rows ``snapshot_stamps_on`` found (of the same ``day``): read by
    their ids, not looked for again. A row deleted since is left out, one rewritten since is
    read as it is now."""
    snaps = [
        Snapshot.from_db(Snapshot.objects.db, SNAPSHOT_COLUMNS, row)
        for row in snapshot_rows([pk for pk, *_ in rows])
    ]
    return [as_on(snap, day) for snap in snaps if snap.figures != GONE]


# A snapshot's columns as pages read them, in the model's order (``from_db`` takes them so).
SNAPSHOT_COLUMNS = [
    "id", "scope", "object_id", "plan_id", "zone_id", "as_of", "light", "figures", "computed_at"
]  # fmt: skip


def snapshot_rows(ids: list[int]) -> list[tuple]:
    """The rows of these ids as tuples of ``SNAPSHOT_COLUMNS``, ordered by scope and thing. The
    figures are read as the database writes them (text) and parsed by orjson: a third of the
    time Django's JSON field takes, into the same values."""
    return [(*row[:7], orjson.loads(row[7]), row[8]) for row in _snapshots_by_id(ids)]


@Prepared
def _snapshots_by_id(ids: list[int]) -> QuerySet:
    rows = Snapshot.objects.filter(among("pk", ids)).order_by("scope", "object_id")
    figures = Cast("figures", TextField())
    return rows.values_list(*SNAPSHOT_COLUMNS[:7], figures, "computed_at")


def _rows_on(plan_id: int, day: datetime.date, scopes: Iterable[str]) -> QuerySet:
    scopes = list(scopes)
    dated = [s for s in scopes if s not in DELTA_SCOPES]
    delta = [s for s in scopes if s in DELTA_SCOPES]
    rows = Snapshot.objects.none()
    if dated:
        rows = Snapshot.objects.filter(plan_id=plan_id, scope__in=dated, as_of=day)
    if delta:
        rows = rows | latest_on(Snapshot.objects.filter(plan_id=plan_id, scope__in=delta), day)
    return rows.order_by("scope", "object_id")  # not the order rows happen to be stored in


def latest_snapshot(*, scope: str, object_id: int, day: datetime.date) -> Snapshot | None:
    """One thing's figures as they stood on ``day`` (its latest row on or before it)."""
    snap = (
        Snapshot.objects.filter(scope=scope, object_id=object_id, as_of__lte=day)
        .order_by("-as_of")
        .first()
    )
    return as_on(snap, day) if snap is not None and snap.figures != GONE else None


def as_on(snap: Snapshot, day: datetime.date) -> Snapshot:
    """The row read as of ``day``: dated ``day``, a task's day counts derived for ``day``."""
    if snap.as_of != day:
        if snap.scope == Scope.TASK:
            snap.figures, snap.light = task_figures_on(snap.figures, day)
        snap.as_of = day
    return snap


def task_figures_on(figures: dict, day: datetime.date) -> tuple[dict, str]:
    """A task's stored figures with its day counts, light and reasons as of ``day``."""
    from targets.rollup.task_states import task_light  # the rollup's writer imports this module

    if not derivable(Scope.TASK, figures):
        return figures, figures.get("light", "")
    state = TaskFigures.model_validate(figures)
    if state.last_reported:
        end = datetime.date.fromisoformat(state.silent_until) if state.silent_until else day
        last = datetime.date.fromisoformat(state.last_reported)
        state.days_silent = days_silent(last, day=day, plan_end=end)
    state.stale = is_stale(state.days_silent)
    overdue = (day - datetime.date.fromisoformat(state.due_on)).days if state.open else 0
    state.days_overdue = max(0, overdue)
    for m in state.overdue_milestones:
        m.days = (day - datetime.date.fromisoformat(m.due_on)).days
    state.light, state.reasons = task_light(state)
    return state.dump(), state.light


# A task's figures that follow from the rest and the date (``task_figures_on``).
DERIVED = frozenset({"days_silent", "stale", "days_overdue", "light", "reasons"})


def derivable(scope: str, figures: dict) -> bool:
    """Whether the row's day counts can be derived from the date read (a task's row that
    records its deadline; older rows did not)."""
    return scope == Scope.TASK and bool(figures.get("due_on"))


def comparable(scope: str, figures: dict, light: str) -> tuple:
    """What two rows of a thing are compared on: its light and figures, a task's without what
    ``task_figures_on`` derives again from the date."""
    if not derivable(scope, figures):
        return light, figures
    kept = {k: v for k, v in figures.items() if k not in DERIVED}
    kept["overdue_milestones"] = [
        {k: v for k, v in m.items() if k != "days"} for m in figures.get("overdue_milestones", [])
    ]
    return "", kept

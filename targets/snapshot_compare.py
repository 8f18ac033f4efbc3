"""How a rollup tells which of its rows differ from those stored (targets/snapshot_store.py).

Two ways, one answer. ``FiguresInPython`` reads the stored rows whole and compares their
figures: it works on every database and for every date. ``FiguresByDigest`` (PostgreSQL, a
date that is the plans' latest: the nightly and the incremental case) reads the stored rows
without their figures and compares their ``digest``, two hashes the writer stores with each
row: one of what a thing's rows are compared on (``snapshots.comparable``: a task's without its
day counts), one of its light and figures exactly. The figures of tens of thousands of rows
are then never read back, parsed or compared (at 100× that took most of a full rollup).

Equal hashes are equal rows. Equal rows may hash apart (keys in another order, a row stored
before digests, or by something other than the rollup): such a row counts as changed and is
written again as it reads; no reader's answer changes, one row more is stored.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
from dataclasses import dataclass

from django.db import connection
from pydantic_core import to_json

from targets.models import Snapshot
from targets.snapshots import DELTA_SCOPES, GONE, comparable, latest_on

Scope = Snapshot.Scope
HALF = 16  # characters of each of a digest's two hashes (96 bits in base64: 4% of a row)


def snapshot_digest(scope: str, figures: dict, light: str) -> str:
    """The row's two hashes: of what it is compared on with its thing's other rows, and of its
    light and figures exactly (one hash twice for a row whose figures are compared whole)."""
    compared = comparable(scope, figures, light)
    first = _hash(compared)
    return first + (first if compared == (light, figures) else _hash((light, figures)))


def _hash(value) -> str:
    return base64.b64encode(hashlib.blake2b(to_json(value), digest_size=12).digest()).decode()


def same(row: Snapshot | None, snap: Snapshot | None) -> bool:
    """Whether two rows of a thing read the same on any date (absent and ``GONE`` alike)."""
    absent = row is None or row.figures == GONE
    if absent or snap is None or snap.figures == GONE:
        return absent and (snap is None or snap.figures == GONE)
    if row.plan_id != snap.plan_id or row.zone_id != snap.zone_id:
        return False
    # Figures as dumped (targets/figures.py: JSON types) compare equal to figures read back.
    return comparable(row.scope, row.figures, row.light) == comparable(
        snap.scope, snap.figures, snap.light
    )


def equal(row: Snapshot, snap: Snapshot) -> bool:
    """Whether ``snap`` is stored exactly as ``row``."""
    return (row.plan_id, row.zone_id, row.light, row.figures) == (
        snap.plan_id, snap.zone_id, snap.light, snap.figures,
    )  # fmt: skip


class FiguresInPython:
    """Stored rows read whole; their figures compared."""

    @staticmethod
    def stored_rows(plan_ids: list[int], things: set[tuple[str, int, int]], as_of: datetime.date):
        """Each thing's latest row before ``as_of`` and its row of ``as_of`` (the things of the
        plans: an agency's rows of each plan apart), and the plans' other rows of ``as_of``.
        ``things``: the fresh rows' (scope, object_id, plan_id)."""
        mine = Snapshot.objects.filter(plan_id__in=plan_ids, scope__in=DELTA_SCOPES).order_by()
        dated = Snapshot.objects.filter(plan_id__in=plan_ids, as_of=as_of).exclude(
            scope__in=DELTA_SCOPES
        )
        eve = as_of - datetime.timedelta(days=1)
        return list(latest_on(mine, eve) | mine.filter(as_of=as_of) | dated)

    same = staticmethod(same)
    equal = staticmethod(equal)


class FiguresByDigest:
    """Stored rows read without their figures (``StoredRow``); compared by digest."""

    @staticmethod
    def stored_rows(plan_ids: list[int], things: set[tuple[str, int, int]], as_of: datetime.date):
        """``FiguresInPython.stored_rows`` without figures, in one statement."""
        scopes, objects, plans = zip(*sorted(things), strict=True) if things else ((), (), ())
        with connection.cursor() as cursor:
            cursor.execute(
                STORED_SQL,
                {"plans": plan_ids, "as_of": as_of, "delta": list(DELTA_SCOPES),
                 "scopes": list(scopes), "objects": list(objects), "of_plans": list(plans)},
            )  # fmt: skip
            return [_unread_row(*row) for row in cursor]

    @staticmethod
    def same(row: Snapshot | None, snap: Snapshot) -> bool:
        if row is None or row.figures == GONE or snap.figures == GONE:
            return same(row, snap)  # no figures needed
        return bool(row.digest) and (row.plan_id, row.zone_id, row.digest[:HALF]) == (
            snap.plan_id, snap.zone_id, snap.digest[:HALF],
        )  # fmt: skip

    @staticmethod
    def equal(row: Snapshot, snap: Snapshot) -> bool:
        if row.figures == GONE or snap.figures == GONE:
            return equal(row, snap)
        return bool(row.digest) and (row.plan_id, row.zone_id, row.light, row.digest) == (
            snap.plan_id, snap.zone_id, snap.light, snap.digest,
        )  # fmt: skip


@dataclass(slots=True)
class StoredRow:
    """A stored row read without its figures (a tenth of a model instance's cost to make)."""

    pk: int
    scope: str
    object_id: int
    plan_id: int | None
    zone_id: int
    as_of: datetime.date
    light: str
    computed_at: datetime.datetime
    digest: str
    figures: dict | None  # GONE, or None: not read


def _unread_row(pk, scope, object_id, plan_id, zone_id, day, light, at, digest, gone):
    return StoredRow(pk, scope, object_id, plan_id, zone_id, day, light, at, digest,
                     GONE if gone else None)  # fmt: skip


# A thing's rows count when they are the plans' (an agency's rows of each plan apart), as
# FiguresInPython.stored_rows reads them; the things: the fresh rows' and the plans' others.
# Run in the write's transaction, without JIT (targets/rollup/write.py).
STORED_SQL = (
    "WITH things AS (SELECT * FROM unnest(%(scopes)s::text[],"
    " %(objects)s::bigint[], %(of_plans)s::bigint[]) AS f(scope, object_id, plan_id)"
    # Of any date: an index-only read (snapshot_plan_thing); a thing with no row up to the
    # date has none below.
    " UNION SELECT x.scope, x.object_id, x.plan_id FROM {table} x"
    " WHERE x.plan_id = ANY(%(plans)s) AND x.scope = ANY(%(delta)s))"
    # A thing's two latest rows up to the date, in one probe: the latest, and the one before
    # it when the latest is of the date.
    " SELECT {columns} FROM things t CROSS JOIN LATERAL ("
    " SELECT s.*, lag(s.as_of) OVER (ORDER BY s.as_of DESC) AS newer FROM ("
    "  SELECT * FROM {table} s WHERE s.scope = t.scope AND s.object_id = t.object_id"
    "  AND s.plan_id = t.plan_id"
    "  AND s.as_of <= %(as_of)s ORDER BY s.as_of DESC LIMIT 2) s) r"
    " WHERE (r.newer IS NULL OR r.newer = %(as_of)s) AND r.plan_id = ANY(%(plans)s)"
    " UNION ALL SELECT {columns} FROM {table} r WHERE r.plan_id = ANY(%(plans)s)"
    " AND r.as_of = %(as_of)s AND NOT r.scope = ANY(%(delta)s)"
).format(
    table=Snapshot._meta.db_table,
    columns="r.id, r.scope, r.object_id, r.plan_id, r.zone_id, r.as_of, r.light,"
    " r.computed_at, r.digest, r.figures = '{}'",
)

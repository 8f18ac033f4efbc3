"""One kind of target compared across zones (the overview's page of zones): each target as a
share of its own goal, from its row of its plan's snapshot day."""

from __future__ import annotations

import datetime

from django.db import connection
from django.db.models import Case, F, OuterRef, QuerySet, Subquery, When
from django.utils.functional import SimpleLazyObject

from pilots.models import PilotZone
from pilots.prepared import Prepared, among
from targets.dashboards.charts import kind_comparison_chart
from targets.dashboards.fragments import fragment_key
from targets.figures import figures_of
from targets.kinds import TargetKind
from targets.models import Snapshot, Target
from targets.plan_dates import judged_on_expression
from targets.snapshots import GONE

Scope = Snapshot.Scope


def kind_comparison(*, kind: str, as_of: datetime.date, zones: list[PilotZone]) -> dict:
    """Every target of one kind in the zones given (the overview's page of zones), each as a
    share of its own goal, from its latest snapshot on or before its plan's snapshot day (the
    plan's latest on or before the date the plan is judged on). One query of plain rows, a few
    index probes per target, however many zones and nights there are; the targets, their plans
    and zones and the snapshots' figures are read only when the page's part that shows them is
    not cached."""
    found = kind_targets_read(kind=kind, zone_ids=[z.pk for z in zones], as_of=as_of)
    # (target id, its snapshot's id, the day it shows, the stamp of what its row shows)
    shown = [
        (target_id, pk, day, f"{name}:{name_en}:{pk}:{day}:{computed_at.timestamp()}")
        for target_id, name, name_en, day, pk, computed_at in found
        if computed_at is not None
    ]
    label = str(TargetKind(kind).label)

    def read_rows() -> list[dict]:
        chosen = Target.objects.filter(kind=kind, archived_at__isnull=True)
        objects = chosen.select_related("plan__zone").in_bulk([t for t, *_ in shown])
        figures = dict(
            Snapshot.objects.filter(pk__in=[pk for _, pk, *_ in shown]).values_list("pk", "figures")
        )
        return [
            _kind_row(objects[t], Snapshot(scope=Scope.TARGET, figures=figures[pk], as_of=day))
            for t, pk, day, _ in shown
            if t in objects and pk in figures
        ]

    rows = SimpleLazyObject(read_rows)
    return {
        "kind": kind,
        "kind_label": label,
        "shown": len(shown),
        "rows": rows,
        "fragment": fragment_key("kind", kind, *(stamp for *_, stamp in shown)),
        "chart": SimpleLazyObject(lambda: kind_comparison_chart(label, rows)) if shown else None,
    }


def kind_targets_read(*, kind: str, zone_ids: list[int], as_of: datetime.date) -> list[tuple]:
    """``_kind_targets``' rows. On PostgreSQL ``KIND_TARGETS_SQL``: each plan's snapshot day
    probed once, each target's row once (the queryset's subqueries probed the plan's day three
    times a target and the target's row twice: 580 blocks read at 100x for a page of 25 zones,
    349 so)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                KIND_TARGETS_SQL,
                {"kinds": [kind], "zones": zone_ids, "as_of": as_of, "year": as_of.year,
                 "gone": Snapshot._meta.get_field("figures").get_db_prep_value(GONE, connection)},
            )  # fmt: skip
            return cursor.fetchall()
    return _kind_targets(kinds=[kind], zone_ids=zone_ids, as_of=as_of, year=as_of.year)


# Each plan's snapshot day is judged_on (targets/plan_dates.py): ``as_of`` while the plan runs
# (its last year not before ``as_of``'s), else the day after its last year.
KIND_TARGETS_SQL = (
    "SELECT t.id, z.name, z.name_en, d.as_of,"
    " r.id, CASE WHEN r.figures = %(gone)s THEN NULL ELSE r.computed_at END"
    " FROM pilots_plan p JOIN pilots_pilotzone z ON z.id = p.zone_id"
    " JOIN targets_target t ON t.plan_id = p.id"
    " LEFT JOIN LATERAL (SELECT s.as_of FROM targets_snapshot s WHERE s.scope = 'plan'"
    "  AND s.object_id = p.id AND s.as_of <= CASE WHEN p.period_end >= %(year)s THEN %(as_of)s"
    "  ELSE make_date(p.period_end + 1, 1, 1) END ORDER BY s.as_of DESC LIMIT 1) d ON true"
    " LEFT JOIN LATERAL (SELECT s.id, s.figures, s.computed_at FROM targets_snapshot s"
    "  WHERE s.scope = 'target' AND s.object_id = t.id AND s.as_of <= d.as_of"
    "  ORDER BY s.as_of DESC LIMIT 1) r ON true"
    " WHERE p.zone_id = ANY(%(zones)s) AND t.kind = ANY(%(kinds)s) AND t.archived_at IS NULL"
    ' ORDER BY z.slug, p.code, t."order"'
)


@Prepared
def _kind_targets(kinds: list, zone_ids: list, as_of: datetime.date, year: int) -> QuerySet:
    """The targets of the kind (``kinds``: the one) in the zones, in the comparison's order,
    each with its zone's names, its plan's snapshot day (``judged_on``: ``as_of`` while the
    plan runs, the day after its end once it has ended; ``year`` is ``as_of``'s), and its
    latest row on or before that day: its id and ``computed_at`` (None: the row is ``GONE``)."""
    bound = judged_on_expression(as_of, year, period_end="plan__period_end")
    plan_day = Snapshot.objects.filter(
        scope=Scope.PLAN, object_id=OuterRef("plan_id"), as_of__lte=OuterRef("bound")
    ).order_by("-as_of")
    latest = Snapshot.objects.filter(
        scope=Scope.TARGET, object_id=OuterRef("pk"), as_of__lte=OuterRef("day")
    ).order_by("-as_of")
    shown_at = Case(When(figures=GONE, then=None), default=F("computed_at"))
    return (
        Target.objects.filter(among("kind", kinds), among("plan__zone_id", zone_ids))
        .filter(archived_at__isnull=True)
        .annotate(bound=bound)
        .annotate(day=Subquery(plan_day.values("as_of")[:1]))
        .annotate(
            snapshot_id=Subquery(latest.values("id")[:1]),
            shown_at=Subquery(latest.annotate(shown_at=shown_at).values("shown_at")[:1]),
        )
        .order_by("plan__zone__slug", "plan__code", "order")
        .values_list(
            "id", "plan__zone__name", "plan__zone__name_en", "day", "snapshot_id", "shown_at"
        )
    )  # fmt: skip


def _kind_row(target: Target, snap: Snapshot) -> dict:
    f = figures_of(snap)
    share = None if f.value is None or not f.goal else round(100 * f.value / f.goal, 1)
    return {"zone": target.plan.zone, "plan": target.plan, "day": snap.as_of, "figures": f,
            "share": share}  # fmt: skip

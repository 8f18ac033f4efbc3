"""The overview: every zone's row (filtered, sorted in SQL, a page at a time) from its latest
zone snapshot, totals over the zones the filters keep, and the page's zones compared."""

from __future__ import annotations

import datetime
import hashlib

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Avg, Count, FloatField, OuterRef, Q, Subquery, Sum
from django.db.models.fields.json import KT
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from pilots.models import PilotZone, Plan
from targets import history
from targets.dashboards.chart import CHART_CACHE_SECONDS, CHART_STYLE
from targets.dashboards.charts import zone_comparison_chart
from targets.dashboards.fragments import fragment_key, snapshot_stamp
from targets.dashboards.plan_choice import zone_plans
from targets.dashboards.zone import labelled_verdicts, zone_total
from targets.figures import figures_of
from targets.models import Snapshot
from targets.overview_generation import TOTALS_SECONDS, generation_sql
from targets.plan_dates import plan_start

Scope = Snapshot.Scope


OVERVIEW_PAGE_SIZE = 25
# Sort keys of the overview: a zone column, or a figure of the zone's latest snapshot.
OVERVIEW_SORTS = {
    "zone": None,
    "progress": "progress",
    "red_tasks": "red_tasks",
    "red_targets": "red_targets",
    "stale": "share_stale",
    "completed": "share_completed",
}


def _latest_zone_snapshots(as_of: datetime.date):
    """The zone's latest zone snapshot on or before as_of: one index probe per zone
    (scope, object_id, as_of descending), however many nights of history there are."""
    return Snapshot.objects.filter(
        scope=Scope.ZONE, object_id=OuterRef("pk"), as_of__lte=as_of
    ).order_by("-as_of")


def _figure(name: str):
    return Cast(KT(f"figures__{name}"), FloatField())


def overview(
    *,
    as_of: datetime.date,
    zone_ids=None,
    sort: str = "zone",
    descending: bool = False,
    query: str = "",
    level: str = "",
    page: int = 1,
) -> dict:
    """The zones (filtered, sorted in SQL, one page at a time) with their latest zone snapshot
    on or before as_of, and a summary over every zone the filters keep. Reads one snapshot row
    per zone shown, whatever the history and however many zones there are."""
    latest = _latest_zone_snapshots(as_of)
    latest_plan = Plan.objects.filter(zone=OuterRef("pk")).order_by("-period_start", "-pk")
    zones = PilotZone.objects.select_related("parent").annotate(
        snapshot_id=Subquery(latest.values("id")[:1]),
        # The zone's latest plan, for a row whose snapshot is of it (its end, its evaluation).
        latest_plan_id=Subquery(latest_plan.values("id")[:1]),
        latest_plan_code=Subquery(latest_plan.values("code")[:1]),
        latest_plan_end=Subquery(latest_plan.values("period_end")[:1]),
    )
    if zone_ids is not None:
        zones = zones.filter(id__in=zone_ids)
    if level:
        zones = zones.filter(level=level)
    for word in query.split():
        zones = zones.filter(Q(name__icontains=word) | Q(name_en__icontains=word) | Q(slug=word))
    zones = zones.order_by(*_overview_order(latest, sort, descending))
    summary = _overview_summary(zones, as_of, (zone_ids, level, query))
    # The totals count the zones the filters keep: the paginator needs no COUNT of its own.
    paginator = CountedPaginator(zones, OVERVIEW_PAGE_SIZE, count=summary["zones"])
    shown = paginator.get_page(page)
    snapshots = _snapshots_by_id([z.snapshot_id for z in shown if z.snapshot_id])
    page_rows = [s for s, _plan_id in snapshots.values()]
    rows = [
        _overview_row(zone, *snapshots.get(zone.snapshot_id, (None, None)), page=page_rows)
        for zone in shown
    ]
    errors, filled = _missing_rows_filled(rows, as_of)
    _plans_ended(rows)
    if filled:  # rolled up just now: the totals count them (the generation has moved)
        summary = _overview_summary(zones, as_of, (zone_ids, level, query))
    return {
        "rows": rows,
        "errors": errors,
        "page": shown,
        "summary": summary,
        "fragment": fragment_key("overview", *(_row_stamp(row) for row in rows)),
        # Rows filled just now count: the chart's part is cached by the rows it shows.
        "charts": [SimpleLazyObject(lambda: _comparison_chart(rows))]
        if any(row["snapshot"] for row in rows)
        else [],
    }


class CountedPaginator(Paginator):
    """A paginator told how many items there are (no COUNT query of its own)."""

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self.count = count  # Paginator.count is a cached property: this is its value


def _row_stamp(row: dict) -> str:
    """What an overview row shows: its zone's names and place, its snapshot."""
    zone, snapshot = row["zone"], row["snapshot"]
    shown = snapshot_stamp(snapshot) if snapshot else ""
    return f"{zone.pk}:{zone.slug}:{zone.name}:{zone.name_en}:{zone.level}:{zone.parent_id}:{shown}"


def _overview_order(latest, sort: str, descending: bool) -> list:
    figure = OVERVIEW_SORTS.get(sort)
    if figure is None:
        return ["-parent__slug", "-slug"] if descending else ["parent__slug", "slug"]
    key = Subquery(latest.annotate(key=_figure(figure)).values("key")[:1])
    ordered = key.desc(nulls_last=True) if descending else key.asc(nulls_last=True)
    return [ordered, "slug"]


def _snapshots_by_id(ids: list[int]) -> dict[int, tuple[Snapshot, int]]:
    """Light snapshot objects with the columns a row's key shows, and the plan each is of
    (its figures' ``plan_id``, read in the database). Their figures are deferred: a part that
    shows them reads every row's at once (``_figures_read``); other reads of one read it alone."""
    fields = ["id", "scope", "object_id", "as_of", "computed_at"]
    rows = Snapshot.objects.filter(id__in=ids).values_list(
        *fields, KT("figures__plan_id"), named=False
    )
    return {
        row[0]: (Snapshot.from_db(Snapshot.objects.db, fields, row[:-1]), int(row[-1]))
        for row in rows
    }


def _figures_read(snapshots: list[Snapshot]) -> None:
    """The figures of the snapshots read without them, in one query."""
    deferred = [s for s in snapshots if "figures" in s.get_deferred_fields()]
    if deferred:
        figures = dict(
            Snapshot.objects.filter(id__in=[s.pk for s in deferred]).values_list("id", "figures")
        )
        for snapshot in deferred:
            snapshot.figures = figures[snapshot.pk]


def _overview_summary(zones, as_of: datetime.date, filters: tuple) -> dict:
    """How many zones the filters keep and totals over them (not just the page shown): a probe
    per zone, so today's are kept until the overview's generation moves
    (targets/overview_generation.py: after a rollup that wrote rows commits, or a zone is added,
    or a plan or a zone is deleted) or, when the filters choose zones by level or name, a zone
    is renamed or moved."""
    if as_of != timezone.localdate():
        return _summary_read(zones)
    zone_ids, level, query = filters
    visible = "all" if zone_ids is None else sorted(zone_ids)
    stamp = _summary_stamp(zones_filtered=bool(level or query))
    # (…-2: totals with the count of zones; the earlier ones, without it, are not read)
    key = "overview-summary-2:" + fragment_key(as_of, visible, level, query, stamp)
    summary = cache.get(key)
    if summary is None:
        summary = _summary_read(zones)  # after the stamp: see overview_generation
        cache.set(key, summary, timeout=TOTALS_SECONDS)
    return summary


# Every zone as the filters read it, hashed in the database: one short row.
_ZONES_STAMP_SQL = """
SELECT md5(coalesce(string_agg(concat_ws(':', id, slug, name, name_en, level, parent_id), ','
                               ORDER BY id), ''))
FROM pilots_pilotzone"""


def _summary_stamp(*, zones_filtered: bool) -> str:
    """What the overview's totals of today change with besides the filters (see above), in one
    statement on PostgreSQL; SQLite has no md5 to hash the zones with, so reads them apart."""
    postgresql = connection.vendor == "postgresql"
    sql = generation_sql()
    if zones_filtered and postgresql:
        sql = f"SELECT ({sql}) || ({_ZONES_STAMP_SQL})"
    with connection.cursor() as cursor:
        cursor.execute(sql)
        stamp = cursor.fetchone()[0]
    if zones_filtered and not postgresql:
        stamp += ":" + fragment_key(
            *PilotZone.objects.order_by("pk").values_list(
                "pk", "slug", "name", "name_en", "level", "parent_id"
            )
        )
    return stamp


def _summary_read(zones) -> dict:
    latest = Snapshot.objects.filter(id__in=zones.order_by().values("snapshot_id"))
    totals = latest.aggregate(
        rolled_up=Count("id"),
        progress=Avg(_figure("progress")),
        red_tasks=Sum(_figure("red_tasks")),
        red_targets=Sum(_figure("red_targets")),
        stale=Sum(_figure("stale")),
        tasks=Sum(_figure("tasks")),
    )
    return {
        "zones": zones.count(),
        "progress": round(totals["progress"], 1) if totals["progress"] is not None else None,
        **{k: int(v or 0) for k, v in totals.items() if k != "progress"},
    }


def _comparison_chart(rows: list[dict]):
    """The page's zones compared; cached until one of their snapshots is rewritten."""
    shown = [r["snapshot"] for r in rows if r["snapshot"]]
    stamp = hashlib.sha1(
        ",".join(f"{s.pk}:{s.computed_at.timestamp()}" for s in shown).encode()
    ).hexdigest()
    key = f"chart:{CHART_STYLE}:zones:{stamp}:{get_language()}"
    chart = cache.get(key)
    if chart is None:
        _figures_read(shown)
        chart = zone_comparison_chart(rows)
        cache.set(key, chart, timeout=CHART_CACHE_SECONDS)
    return chart


def _missing_rows_filled(rows: list[dict], as_of: datetime.date) -> tuple[list[str], int]:
    """A zone shown without a snapshot whose plan had started by the date: rolled up now (one
    plan's rollup per such zone on the page) and its row filled; the messages of failures, and
    how many plans were rolled up."""
    errors, filled = [], 0
    for i, row in enumerate(rows):
        if row["snapshot"]:
            continue
        zone = row["zone"]
        started = [p for p in zone_plans(zone) if plan_start(p) <= as_of]
        if not started:
            continue
        try:
            history.plan_snapshot_day(started[-1], as_of)
        except history.HistoryUnavailable as exc:
            errors.append(str(exc))
            continue
        filled += 1
        snapshot = zone_total(zone=zone, as_of=as_of)
        rows[i] = _overview_row(zone, snapshot, snapshot and figures_of(snapshot).plan_id)
    return errors, filled


def _plans_ended(rows: list[dict]) -> None:
    """Each row's ``ended``: its plan's code and end when its snapshot is of a day after the
    plan's end (what the row's cached part is keyed by), for a link to the final evaluation,
    which is what a reader wants of an ended plan; else None. From the zone's annotations: no
    query of its own."""
    for row in rows:
        zone, snapshot, row["ended"] = row["zone"], row["snapshot"], None
        if not snapshot or getattr(zone, "latest_plan_id", None) != row["plan_id"]:
            continue
        end = datetime.date(zone.latest_plan_end, 12, 31)
        if snapshot.as_of > end:
            row["ended"] = {"code": zone.latest_plan_code, "on": end}


def _overview_row(
    zone: PilotZone, snapshot: Snapshot | None, plan_id: int | None, *, page: list | None = None
) -> dict:
    """A zone's row; its figures are read when first shown (the rows' part not cached), with
    those of the rest of the ``page``'s snapshots."""
    if snapshot is None:
        return {"zone": zone, "snapshot": None, "plan_id": None, "figures": None, "verdicts": []}

    def figures():
        _figures_read(page or [snapshot])
        return figures_of(snapshot)

    typed = SimpleLazyObject(figures)
    return {
        "zone": zone,
        "snapshot": snapshot,
        "plan_id": plan_id,
        "figures": typed,
        "verdicts": SimpleLazyObject(lambda: labelled_verdicts(typed.targets_by_verdict)),
    }

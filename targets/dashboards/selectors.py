"""Leadership dashboards: what each page shows, read from snapshots only (a fixed handful of
queries, whatever the history) through their typed figures (targets/figures.py)."""

from __future__ import annotations

import datetime
import hashlib

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import (
    Avg,
    Case,
    Count,
    F,
    FloatField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    When,
)
from django.db.models.fields.json import KT
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from pilots.models import Agency, PilotZone, Plan
from pilots.prepared import Prepared, among
from targets import history
from targets.dashboards.charts import (
    CHART_CACHE_SECONDS,
    CHART_STYLE,
    VERDICT_ORDER,
    agency_status_chart,
    cached,
    cached_all,
    kind_comparison_chart,
    ranking_chart,
    section_progress_chart,
    target_verdict_chart,
    trajectory_chart,
    zone_comparison_chart,
)
from targets.dashboards.fragments import fragment_key, snapshot_stamp, stamps_on
from targets.figures import TaskFigures, figures_of, verdict_labels
from targets.kinds import TargetKind
from targets.models import Snapshot, Target
from targets.overview_generation import TOTALS_SECONDS, generation_sql
from targets.plan_dates import judged_on_expression, plan_end, plan_ended, plan_start
from targets.snapshots import (
    GONE,
    latest_snapshot,
    snapshot_stamps_on,
    snapshots_stamped,
)

Scope = Snapshot.Scope


def snapshot_date(*, scope: str, object_id: int, as_of: datetime.date) -> datetime.date | None:
    """The latest date on or before as_of for which this thing was rolled up."""
    return (
        Snapshot.objects.filter(scope=scope, object_id=object_id, as_of__lte=as_of)
        .order_by("-as_of")
        .values_list("as_of", flat=True)
        .first()
    )


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


def labelled_verdicts(counts: dict) -> list[dict]:
    labels = verdict_labels()
    return [
        {"verdict": v, "label": labels[v], "count": counts[v]}
        for v in VERDICT_ORDER
        if counts.get(v)
    ]


def zone_plans(zone: PilotZone) -> list[Plan]:
    """The zone's plans, earliest period first."""
    return _plans_of_zone(zone.id)


@Prepared
def _plans_of_zone(zone_id: int) -> QuerySet:
    return (
        Plan.objects.filter(zone_id=zone_id)
        # Each plan's watermark: how fresh its page is (dashboards/freshness.py).
        .select_related("follows", "rollup_state")
        .order_by("period_start", "code")
    )


def plan_shown(plans: list[Plan], as_of: datetime.date, code: str | None = None) -> Plan | None:
    """The plan asked for, else the latest one started by the date (else the first)."""
    if code:
        return next((p for p in plans if p.code == code), None)
    started = [p for p in plans if plan_start(p) <= as_of]
    return (started or plans or [None])[-1]


def _zone_plan_context(zone: PilotZone, as_of: datetime.date, plan_code: str | None) -> dict:
    """The zone's plans and, of the one shown (``plan_shown``), what every page says first
    (``_plan_context``); only the plans when the zone has no such plan."""
    plans = zone_plans(zone)
    plan = plan_shown(plans, as_of, plan_code)
    if plan is None:
        return {"plans": plans}
    return {"plans": plans, **_plan_context(plan, as_of)}


def _plan_context(plan: Plan, as_of: datetime.date) -> dict:
    """What every page about one plan says first: its day, whether it has ended, key dates."""
    context = {
        "plan": plan,
        "day": None,
        "ended_on": plan_end(plan) if plan_ended(plan, as_of) else None,
        "key_dates": history.key_dates(plan),
        "walk_dates": history.walk_dates(plan),
        "not_started": as_of < plan_start(plan),
    }
    try:
        context["day"] = history.plan_snapshot_day(plan, as_of)
    except history.HistoryUnavailable as exc:
        context["error"] = str(exc)
    return context


def zone_total(*, zone: PilotZone, as_of: datetime.date) -> Snapshot | None:
    return (
        Snapshot.objects.filter(scope=Scope.ZONE, object_id=zone.id, as_of__lte=as_of)
        .order_by("-as_of")
        .first()
    )


def zone_total_since(
    *, zone: PilotZone, total: Snapshot, since: datetime.date, plans: list[Plan]
) -> dict:
    """The zone's total (``total``) and each plan's row in it (with the plan, of ``plans``),
    each beside the same as of ``since`` (the zone's latest snapshot on or before it, as the
    overview's row of changes compares it; None where the zone or that plan had none)."""
    before = zone_total(zone=zone, as_of=since)
    was = figures_of(before) if before else None
    rows_before = {row.plan_id: row for row in was.plans} if was else {}
    by_id = {plan.pk: plan for plan in plans}
    return {
        "day": before.as_of if before else None,
        "total": was,
        "plans": [(row, rows_before.get(row.plan_id), by_id.get(row.plan_id))
                  for row in figures_of(total).plans],
    }  # fmt: skip


def zone_page(*, zone: PilotZone, as_of: datetime.date, plan_code: str | None = None) -> dict:
    """One plan of the zone (``plan_code``, else its latest started) and the zone's total."""
    context = _zone_plan_context(zone, as_of, plan_code)
    if context.get("day") is None:
        return context
    plans, plan, day = context["plans"], context["plan"], context["day"]
    # What the page shows of the plan is read only when its part is not cached (``fragment``):
    # the key names the rows it is drawn from, read without their figures.
    read = snapshot_stamps_on(plan_id=plan.id, day=day, scopes=[*ZONE_SCOPES, Scope.TASK])
    stamps = [row for row in read if row[1] in ZONE_SCOPES]
    snaps = SimpleLazyObject(lambda: snapshots_stamped(stamps, day))
    plan_snap = SimpleLazyObject(lambda: next(s for s in snaps if s.scope == Scope.PLAN))
    targets = SimpleLazyObject(
        lambda: sorted((s for s in snaps if s.scope == Scope.TARGET), key=lambda s: s.object_id)
    )
    figures = SimpleLazyObject(lambda: figures_of(plan_snap))
    total = zone_total(zone=zone, as_of=as_of) if len(plans) > 1 else None
    return {
        **context,
        "figures": figures,
        "zone_snapshot": total,
        "zone_figures": figures_of(total) if total else None,
        "verdicts": SimpleLazyObject(lambda: labelled_verdicts(figures.targets_by_verdict)),
        "targets": SimpleLazyObject(
            lambda: [
                {"object_id": t.object_id, "light": t.light, "figures": figures_of(t)}
                for t in targets
            ]
        ),
        "fragment": fragment_key("zone", *stamps_on(stamps, day)),
        # The rows the changes since a date compare on the day (targets/briefings/changes.py).
        "read_on": (day, read),
        "computed_at": next(at for _, scope, _, at in stamps if scope == Scope.PLAN),
        "charts": SimpleLazyObject(lambda: _zone_charts(plan_snap, figures, targets, plan.code)),
    }


def _zone_charts(plan_snap: Snapshot, figures, targets: list[Snapshot], code: str) -> dict:
    """The zone page's charts, read from the cache in one round trip (built where missing),
    their downloads named after the plan."""
    charts = cached_all(
        [
            (plan_snap, "verdicts", target_verdict_chart, figures, "verdicts"),
            (plan_snap, "sections", section_progress_chart, figures, "sections"),
            (plan_snap, "agency-status", agency_status_chart, figures, "agencies"),
            *((t, "trajectory", trajectory_chart, t) for t in targets),
        ]
    )
    verdicts, sections, agency_status, *trajectories = [c.of_plan(code) for c in charts]
    return {"verdicts": verdicts, "sections": sections, "agency_status": agency_status,
            "trajectories": trajectories}  # fmt: skip


ZONE_SCOPES = [Scope.PLAN, Scope.TARGET]


def agency_page(*, agency: Agency, as_of: datetime.date, plan_code: str | None = None) -> dict:
    context = _zone_plan_context(agency.zone, as_of, plan_code)
    if context.get("day") is None:
        return context
    plan, day = context["plan"], context["day"]
    try:
        stamps = _agency_stamps(plan, agency, day)
    except history.HistoryUnavailable as exc:
        return {**context, "day": None, "error": str(exc)}
    if not _has_agency_row(stamps, agency.id):
        return {**context, "day": None}  # an agency added since that date's rollup
    # What the page shows is read only when its part is not cached (``fragment``): the key
    # names the rows it is drawn from, read without their figures.
    snaps = SimpleLazyObject(lambda: snapshots_stamped(stamps, day))
    plan_snap = SimpleLazyObject(lambda: next(s for s in snaps if s.scope == Scope.PLAN))
    plan_figures = SimpleLazyObject(lambda: figures_of(plan_snap))

    def of_scope(scope):
        return [figures_of(s) for s in snaps if s.scope == scope]

    def mine():
        return next(
            (figures_of(s) for s in snaps if s.scope == Scope.AGENCY and s.object_id == agency.id),
            None,  # gone since the key was read (a rollup in between): the next view shows it
        )

    return {
        **context,
        "figures": SimpleLazyObject(mine),
        "fragment": fragment_key("agency", agency.id, *stamps_on(stamps, day)),
        "read_on": (day, stamps),  # The agency's figures and the plan's, beside them.
        "computed_at": max(
            at
            for _, scope, pk, at in stamps
            if scope == Scope.PLAN or (scope == Scope.AGENCY and pk == agency.id)
        ),
        "tasks_by_role": SimpleLazyObject(lambda: _tasks_by_role(of_scope(Scope.TASK), agency.id)),
        "targets": SimpleLazyObject(
            lambda: [t for t in of_scope(Scope.TARGET) if t.owner_id == agency.id]
        ),
        "ranking": SimpleLazyObject(lambda: plan_figures.agency_ranking),
        "charts": {
            "ranking": SimpleLazyObject(
                lambda: cached(
                    plan_snap,
                    f"ranking-{agency.id}",
                    ranking_chart,
                    plan_figures,
                    agency.id,
                    "ranking",
                ).of_plan(plan.code)
            )
        },
    }


AGENCY_SCOPES = [Scope.AGENCY, Scope.PLAN, Scope.TASK, Scope.TARGET]


def _agency_stamps(plan: Plan, agency: Agency, day: datetime.date) -> list[tuple]:
    """The day's snapshot rows of the plan for the agency's page (``snapshot_stamps_on``). An
    agency's rows are each plan's; one stored before they were (another plan's then replaced
    it) has the plan rolled up again."""
    stamps = snapshot_stamps_on(plan_id=plan.id, day=day, scopes=AGENCY_SCOPES)
    if _has_agency_row(stamps, agency.id):
        return stamps
    if latest_snapshot(scope=Scope.AGENCY, object_id=agency.id, day=day) is None:
        return stamps
    history.plan_rollup_again(plan, day)
    return snapshot_stamps_on(plan_id=plan.id, day=day, scopes=AGENCY_SCOPES)


def _has_agency_row(stamps: list[tuple], agency_id: int) -> bool:
    return any(scope == Scope.AGENCY and pk == agency_id for _, scope, pk, _at in stamps)


def _tasks_by_role(tasks: list[TaskFigures], agency_id: int) -> dict[str, list[TaskFigures]]:
    """The agency's tasks under each role it holds on them (a task can be under two; under
    one role once, however many of its clauses name the agency)."""
    by_role: dict[str, list[TaskFigures]] = {}
    for task in tasks:
        for role in dict.fromkeys(r for assigned, r in task.assignments if assigned == agency_id):
            by_role.setdefault(role, []).append(task)
    return by_role

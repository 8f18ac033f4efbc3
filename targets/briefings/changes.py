"""What changed in a plan between two dates, read from the snapshots of the two days (the
latest on or before each date): targets whose verdict or figure changed, tasks that moved
(status or percent), red lights that came on and went off. A briefing lists these for its
period; every dashboard lists them "since" a chosen date.

An ended plan is compared as it is judged (targets/plan_dates.py): a date after its end reads
the day it is judged on, the day after its last, as its pages show it. The rollups made after
that day (a task's days of silence growing, lights that follow them) are not the plan's
changes: since a date after its end nothing changed, and since an earlier one the changes run
up to its end state."""

from __future__ import annotations

import copy
import datetime
import functools
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import OuterRef, Q, QuerySet, Subquery
from django.utils.functional import SimpleLazyObject

from pilots.fragments import fragment_key
from pilots.models import Plan
from pilots.prepared import Prepared, among
from targets.figures import TargetFigures, TaskFigures, figures_of
from targets.models import Snapshot
from targets.plan_dates import day_after_end_expression, plan_end, plan_ended
from targets.snapshots import GONE, as_on, snapshot_rows, snapshot_stamps_on, snapshots_on

Scope = Snapshot.Scope
RED = Snapshot.Light.RED
COMPARED_SCOPES = (Scope.TASK, Scope.TARGET)  # the rows a list of changes compares


@dataclass(frozen=True)
class TargetChange:
    id: int
    before: TargetFigures | None
    after: TargetFigures

    @property
    def verdict_changed(self) -> bool:
        return self.before is None or self.before.verdict != self.after.verdict


@dataclass(frozen=True)
class TaskMove:
    id: int
    before: TaskFigures | None
    after: TaskFigures

    @property
    def status_changed(self) -> bool:
        return self.before is None or self.before.status != self.after.status


@dataclass(frozen=True)
class Light:
    """A task or target whose red light came on or went off."""

    kind: str  # "task" | "target"
    id: int
    label: str
    code: str = ""


@dataclass
class Changes:
    since: datetime.date
    until: datetime.date
    since_day: datetime.date | None  # the snapshot days compared
    until_day: datetime.date | None
    targets: list[TargetChange] = field(default_factory=list)
    tasks: list[TaskMove] = field(default_factory=list)
    new_red: list[Light] = field(default_factory=list)
    cleared_red: list[Light] = field(default_factory=list)
    ended_on: datetime.date | None = None  # the plan ended by ``until``: compared to its end

    @property
    def empty(self) -> bool:
        return not (self.targets or self.tasks or self.new_red or self.cleared_red)

    # The days compared as a reader is told them: an ended plan's judgement day (the day after
    # its end) is named by its last day, the last its figures count.
    @property
    def since_shown(self) -> datetime.date | None:
        return self._shown(self.since_day)

    @property
    def until_shown(self) -> datetime.date | None:
        return self._shown(self.until_day)

    def _shown(self, day: datetime.date | None) -> datetime.date | None:
        after_end = self.ended_on and self.ended_on + datetime.timedelta(days=1)
        return self.ended_on if day and day == after_end else day

    def for_agency(self, agency_id: int) -> Changes:
        """Only what concerns one agency: its tasks (any role) and the targets it owns."""
        tasks = {m.id for m in self.tasks if m.after.role_of(agency_id)}
        targets = {c.id for c in self.targets if c.after.owner_id == agency_id}
        mine = tasks | targets

        def keep(light: Light) -> bool:
            return light.id in (tasks if light.kind == "task" else targets) or light.id in mine

        return Changes(
            since=self.since, until=self.until, since_day=self.since_day,
            until_day=self.until_day, ended_on=self.ended_on,
            targets=[c for c in self.targets if c.id in targets],
            tasks=[m for m in self.tasks if m.id in tasks],
            new_red=[x for x in self.new_red if keep(x)],
            cleared_red=[x for x in self.cleared_red if keep(x)],
        )  # fmt: skip


def plan_changes(*, plan: Plan, since: datetime.date, until: datetime.date) -> Changes:
    """Changes after ``since`` up to ``until``: the state on ``since`` compared with the state
    on ``until`` (each the latest snapshot on or before that date)."""
    return plans_changes(plans=[plan], since=since, until=until)[plan.id]


def plans_changes(*, plans: list[Plan], since: datetime.date, until: datetime.date) -> dict:
    """``plan_changes`` of several plans: one query for their days, then each plan's things as
    they stood on the two days (targets/snapshots.py), compared on a few figures."""
    days = _snapshot_days(plans, since, until)
    result = {p.id: Changes(since=since, until=until, since_day=days[p.id][0],
                            until_day=days[p.id][1], ended_on=_ended_on(p, until))
              for p in plans}  # fmt: skip
    compared = {pid: d for pid, d in days.items() if d[1] is not None and d[0] != d[1]}
    before: dict[tuple[int, str, int], tuple[_Row, Snapshot]] = {}
    after: dict[tuple[int, str, int], tuple[_Row, Snapshot]] = {}
    for plan_id, pair in sorted(compared.items()):
        for day, side in zip(pair, (before, after), strict=True):
            if day is not None:
                snaps = snapshots_on(plan_id=plan_id, day=day, scopes=COMPARED_SCOPES)
                _side_add(side, plan_id, snaps)
    _compare(result, before, after)
    return result


def plan_changes_cached(
    *, plan: Plan, since: datetime.date, until: datetime.date, read_on: tuple | None = None
) -> tuple[str, Changes]:
    """``plan_changes`` for a page that caches their rendering: its key, and the changes read
    only when used. The key names the two days compared and every row compared, by id and
    ``computed_at`` (a rollup that rewrites a row moves its ``computed_at``; one that adds or
    deletes one changes the list), read without their figures, one query per day (their union
    is planned in parallel, which costs more than it saves) unless the page has read that day's
    rows already (``read_on``: a day and its rows from ``snapshot_stamps_on``); the figures of
    those rows are read only when the changes are used, in one query."""
    since_day, until_day = _snapshot_days([plan], since, until)[plan.id]
    result = Changes(since=since, until=until, since_day=since_day, until_day=until_day,
                     ended_on=_ended_on(plan, until))  # fmt: skip
    rows: dict[datetime.date, list[tuple[int, datetime.datetime]]] = {}
    targets: set[int] = set()  # the ids of the targets' rows
    if until_day is not None and since_day != until_day:
        for day in (d for d in (since_day, until_day) if d is not None):
            if read_on is not None and read_on[0] == day:
                read = read_on[1]
            else:
                read = snapshot_stamps_on(plan_id=plan.id, day=day, scopes=COMPARED_SCOPES)
            rows[day] = sorted((r[0], r[3]) for r in read if r[1] in COMPARED_SCOPES)
            targets.update(r[0] for r in read if r[1] == Scope.TARGET)
    stamps = [f"{pk}:{at.timestamp()}" for day_rows in rows.values() for pk, at in day_rows]
    key = fragment_key("changes", plan.id, since, until, since_day, until_day, *stamps)

    def read() -> Changes:
        if not rows:
            return result
        # A target's row that both days show is the same figures on both: it neither moved nor
        # changed its light, and is not read (a task's light is derived for each day).
        unchanged = set()
        if len(rows) == 2:
            kept = set.intersection(*({pk for pk, _ in day_rows} for day_rows in rows.values()))
            unchanged = kept & targets
        shown = {
            day: [r for r in day_rows if r[0] not in unchanged] for day, day_rows in rows.items()
        }
        stored = {
            row[0]: _Stored(*row)
            for row in snapshot_rows([pk for day_rows in shown.values() for pk, _ in day_rows])
        }
        before: dict[tuple[int, str, int], tuple[_Row, _Stored]] = {}
        after: dict[tuple[int, str, int], tuple[_Row, _Stored]] = {}
        for day, side in zip((since_day, until_day), (before, after), strict=True):
            snaps = [copy.copy(stored[pk]) for pk, _ in shown.get(day, []) if pk in stored]
            on_day = [as_on(snap, day) for snap in snaps if snap.figures != GONE]
            _side_add(side, plan.id, on_day)
        _compare({plan.id: result}, before, after)
        return result

    return key, SimpleLazyObject(read)


@dataclass
class _Stored:
    """A snapshot row (``SNAPSHOT_COLUMNS``) as the changes read it: a plain object, not a model
    instance (a page reads hundreds); ``as_on`` and ``figures_of`` read it as a snapshot."""

    pk: int
    scope: str
    object_id: int
    plan_id: int | None
    zone_id: int
    as_of: datetime.date
    light: str
    figures: dict
    computed_at: datetime.datetime


def _side_add(side: dict, plan_id: int, snaps: list[Snapshot]) -> None:
    for snap in sorted(snaps, key=lambda s: (s.object_id, s.scope)):
        figures = [snap.figures.get(name) for name in _READ]
        row = _Row.read(snap.pk, snap.scope, snap.object_id, snap.light, figures)
        side[(plan_id, snap.scope, snap.object_id)] = row, snap


def _compare(result: dict[int, Changes], before: dict, after: dict) -> None:
    for key, (row, snap) in after.items():
        old = before.get(key)
        if old is None or old[0].compared != row.compared:
            _move(result[key[0]], key[1], old[1] if old else None, snap)
    for key, (row, _snap) in after.items():
        old = before.get(key)
        _light(result[key[0]], old[0] if old else None, row)


# The figures a row is compared on and labelled with, read in SQL (not the whole document).
_READ = ("status", "percent", "verdict", "value", "title", "metric", "code")


@dataclass(frozen=True)
class _Row:
    pk: int
    scope: str
    object_id: int
    light: str
    compared: tuple  # a task's status and percent; a target's verdict and value
    label: str
    code: str

    @classmethod
    def read(cls, pk, scope, object_id, light, figures) -> _Row:
        model = TaskFigures if scope == Scope.TASK else TargetFigures
        got = {
            name: value if value is not None else _default(model, name)
            for name, value in zip(_READ, figures, strict=True)
        }
        if scope == Scope.TASK:
            return cls(pk, scope, object_id, light, (got["status"], got["percent"]),
                       got["title"], got["code"])  # fmt: skip
        return cls(pk, scope, object_id, light, (got["verdict"], got["value"]), got["metric"],
                   got["code"])  # fmt: skip


@functools.cache  # asked for every row a page compares; pydantic's field lookup is slow
def _default(model, name: str):
    """A figure's value when the row lacks it, as the typed figures read it (the figures
    compared are scalars: one value shared by every row is safe)."""
    field = model.model_fields.get(name)
    return None if field is None or field.is_required() else field.default


def _move(changes: Changes, scope: str, old: Snapshot | None, new: Snapshot) -> None:
    was = figures_of(old) if old is not None else None
    if scope == Scope.TASK:
        changes.tasks.append(TaskMove(id=new.object_id, before=was, after=figures_of(new)))
    else:
        changes.targets.append(TargetChange(id=new.object_id, before=was, after=figures_of(new)))


def _light(changes: Changes, old: _Row | None, new: _Row) -> None:
    light = Light(kind="task" if new.scope == Scope.TASK else "target", id=new.object_id,
                  label=new.label, code=new.code)  # fmt: skip
    red_before = old is not None and old.light == RED
    if new.light == RED and not red_before:
        changes.new_red.append(light)
    elif red_before and new.light != RED:
        changes.cleared_red.append(light)


def _ended_on(plan: Plan, until: datetime.date) -> datetime.date | None:
    return plan_end(plan) if plan_ended(plan, until) else None


def judged_by(day) -> Q:
    """Snapshots of a plan (``OuterRef`` to it) on or before ``day`` and not after the day it
    is judged on (the day after its last year): a later one is not the plan's state."""
    return Q(as_of__lte=day) & Q(as_of__lte=day_after_end_expression(OuterRef("period_end")))


def _snapshot_days(plans, since, until) -> dict[int, tuple]:
    """Each plan's snapshot days compared: the latest on or before ``since`` and ``until``
    (for an ended plan, not after the day it is judged on)."""

    return {pk: (s, u) for pk, s, u in _plan_days([p.pk for p in plans], since, until)}


@Prepared
def _plan_days(plan_ids: list[int], since: datetime.date, until: datetime.date) -> QuerySet:
    def latest(day):
        return Subquery(
            Snapshot.objects.filter(judged_by(day), scope=Scope.PLAN, object_id=OuterRef("pk"))
            .order_by("-as_of")
            .values("as_of")[:1]
        )

    rows = Plan.objects.filter(among("pk", plan_ids)).annotate(
        since_day=latest(since), until_day=latest(until)
    )
    return rows.order_by().values_list("pk", "since_day", "until_day")


@dataclass(frozen=True)
class ZoneChangeSummary:
    """A zone's changes as the overview lists them: the zone as a whole, as its row of the
    overview shows it (its zone snapshots: every plan it has, an ended one as judged), and the
    red lights that came on and went off in any of its plans."""

    zone: object
    progress: tuple[float | None, float | None]
    completed: tuple[int | None, int | None]
    new_red: int
    cleared_red: int
    plans: int = 1  # how many plans its zone snapshot counts: a row of several says so


def zones_changes_cached(
    *, zones, since: datetime.date, until: datetime.date
) -> tuple[str | None, list[ZoneChangeSummary]]:
    """For each zone shown, its progress and completed tasks then and now (its zone snapshots
    on or before the two dates, the one of ``until`` being the one its row shows) and the red
    lights (tasks and targets) that came on and went off in its plans (each plan's two plan
    snapshots), for a page that caches their table: its key (None: no zone has a snapshot to
    show) and the changes, read only when used. The key names each zone as the table shows it
    and the rows compared, by id and ``computed_at``: one query for any number of zones; the
    changes read a few keys of the rows, in one more."""
    pairs = _compared_plan_rows(zones, since, until)
    shown = [(z.pk, z.slug, z.name, z.name_en, *pairs[z.pk]["zone"], *pairs[z.pk]["plans"])
             for z in zones if z.pk in pairs]  # fmt: skip
    key = fragment_key("zones-changes", *shown) if any(_shown(p) for p in pairs.values()) else None
    return key, SimpleLazyObject(lambda: _zones_changes_read(zones, pairs))


def _shown(pair: dict) -> bool:
    return bool(pair["zone"][1] or any(plan[1] for plan in pair["plans"]))


def _compared_plan_rows(zones, since: datetime.date, until: datetime.date) -> dict:
    """Each zone's rows compared: its zone rows and each of its plans' rows (by code), the
    latest on or before the two dates (a plan's, not after the day it is judged on), by id and
    when each was computed."""
    found: dict[int, dict] = {}
    for zone_id, *rows in plan_rows_compared_read([z.pk for z in zones], since, until):
        pair = found.setdefault(zone_id, {"zone": tuple(rows[4:]), "plans": []})
        pair["plans"].append(tuple(rows[:4]))
    return found


def plan_rows_compared_read(zone_ids: list[int], since: datetime.date, until: datetime.date):
    """``_plan_rows_compared``' rows. On PostgreSQL ``PLAN_ROWS_COMPARED_SQL``: each plan's
    row of each date probed once (the queryset probed each twice, for its id and for its
    ``computed_at``: 433 blocks read at 100x for a page of 25 zones, 263 so)."""
    if connection.vendor != "postgresql":
        return _plan_rows_compared(zone_ids, since, until)
    with connection.cursor() as cursor:
        cursor.execute(PLAN_ROWS_COMPARED_SQL, {"zones": zone_ids, "since": since, "until": until})
        return cursor.fetchall()


# A plan's latest row on or before a date and not after the day it is judged on (judged_by).
_PLAN_ROW_BY = (
    "LEFT JOIN LATERAL (SELECT s.id, s.computed_at FROM targets_snapshot s"
    " WHERE s.scope = 'plan' AND s.object_id = p.id AND s.as_of <= %({day})s"
    " AND s.as_of <= make_date(p.period_end + 1, 1, 1)"
    " ORDER BY s.as_of DESC LIMIT 1) {alias} ON true"
)
# Its zone's latest row on or before a date (the overview's row as of that date).
_ZONE_ROW_BY = (
    "LEFT JOIN LATERAL (SELECT s.id, s.computed_at FROM targets_snapshot s"
    " WHERE s.scope = 'zone' AND s.object_id = p.zone_id AND s.as_of <= %({day})s"
    " ORDER BY s.as_of DESC LIMIT 1) {alias} ON true"
)
PLAN_ROWS_COMPARED_SQL = (
    "SELECT p.zone_id, b.id, a.id, b.computed_at, a.computed_at,"
    " zb.id, za.id, zb.computed_at, za.computed_at FROM pilots_plan p "
    + _PLAN_ROW_BY.format(day="since", alias="b")
    + " "
    + _PLAN_ROW_BY.format(day="until", alias="a")
    + " "
    + _ZONE_ROW_BY.format(day="since", alias="zb")
    + " "
    + _ZONE_ROW_BY.format(day="until", alias="za")
    + " WHERE p.zone_id = ANY(%(zones)s) ORDER BY p.code"
)


@Prepared
def _plan_rows_compared(
    zone_ids: list[int], since: datetime.date, until: datetime.date
) -> QuerySet:
    latest = Snapshot.objects.filter(scope=Scope.PLAN, object_id=OuterRef("pk")).order_by("-as_of")
    before, after = latest.filter(judged_by(since)), latest.filter(judged_by(until))
    zone = Snapshot.objects.filter(scope=Scope.ZONE, object_id=OuterRef("zone_id"))
    zone_before = zone.filter(as_of__lte=since).order_by("-as_of")
    zone_after = zone.filter(as_of__lte=until).order_by("-as_of")
    return (
        Plan.objects.filter(among("zone_id", zone_ids))
        .annotate(
            before_id=Subquery(before.values("id")[:1]),
            after_id=Subquery(after.values("id")[:1]),
            before_at=Subquery(before.values("computed_at")[:1]),
            after_at=Subquery(after.values("computed_at")[:1]),
            zone_before_id=Subquery(zone_before.values("id")[:1]),
            zone_after_id=Subquery(zone_after.values("id")[:1]),
            zone_before_at=Subquery(zone_before.values("computed_at")[:1]),
            zone_after_at=Subquery(zone_after.values("computed_at")[:1]),
        )
        .order_by("code")
        .values_list(
            "zone_id", "before_id", "after_id", "before_at", "after_at",
            "zone_before_id", "zone_after_id", "zone_before_at", "zone_after_at",
        )
    )  # fmt: skip


def _zones_changes_read(zones, pairs: dict) -> list[ZoneChangeSummary]:
    ids = {i for pair in pairs.values() for rows in (pair["zone"], *pair["plans"])
           for i in rows[:2] if i}  # fmt: skip
    keys = ("figures__progress", "figures__completed", "figures__red_tasks", "figures__red_targets",
            "figures__plans")  # fmt: skip
    rows = {row[0]: row[1:] for row in Snapshot.objects.filter(id__in=ids).values_list("id", *keys)}
    return [_summary(zone, pairs[z], rows) for zone in zones
            if (z := zone.id) in pairs and _shown(pairs[z])]  # fmt: skip


def _summary(zone, pair: dict, rows: dict) -> ZoneChangeSummary:
    def red(row) -> set:
        if not row:
            return set()
        return {("task", t["id"]) for t in row[2] or []} | {
            ("target", t["id"]) for t in row[3] or []
        }

    was, now = set(), set()
    for before, after, *_at in pair["plans"]:
        if after:
            was |= red(rows.get(before))
            now |= red(rows.get(after))
    before, after = rows.get(pair["zone"][0]), rows.get(pair["zone"][1])
    return ZoneChangeSummary(
        zone=zone,
        progress=(before[0] if before else None, after[0] if after else None),
        completed=(before[1] if before else None, after[1] if after else None),
        new_red=len(now - was),
        cleared_red=len(was - now),
        plans=len(after[4] or []) if after else 1,  # the plans its row on the overview counts
    )

"""A zone's briefing (简报) for a month or a quarter: the zone's headline figures at the period's
end (the same snapshot the zone dashboard shows as of that date), the targets' verdicts and
what changed in the period (targets, tasks that moved, red lights on and off), and the plan's
progress through the period.

Other parts (e.g. instructions 督办 opened / answered / overdue by agency) join through
``briefing_part_add``: a part is a function of the briefing returning document blocks, listed
in the page and in both downloads after the changes.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from pilots.models import PilotZone, Plan
from targets import history
from targets.briefings.changes import Changes, plan_changes
from targets.dashboards import labelled_verdicts, snapshot_date
from targets.dashboards.plan_choice import plan_shown
from targets.dashboards.zone import zone_total
from targets.figures import PlanFigures, TargetFigures, ZoneFigures, figures_of
from targets.models import Snapshot
from targets.plan_dates import judged_on, last_day_included, plan_end, plan_ended, plan_start
from targets.snapshots import snapshots_on

Scope = Snapshot.Scope
PERIOD = re.compile(r"^(?P<year>\d{4})-(?:(?P<month>0[1-9]|1[0-2])|Q(?P<quarter>[1-4]))$")


class PeriodError(ValueError):
    pass


@dataclass(frozen=True)
class Period:
    """A month (``2025-11``) or a quarter (``2025-Q4``)."""

    code: str
    start: datetime.date
    end: datetime.date

    @classmethod
    def parse(cls, code: str) -> Period:
        match = PERIOD.match(code or "")
        if not match or not 2000 <= int(match["year"]) <= 2100:
            raise PeriodError(_("期间格式应为 2025-11（月）或 2025-Q4（季度）。"))
        year = int(match["year"])
        if match["month"]:
            first_month, months = int(match["month"]), 1
        else:
            first_month, months = 3 * int(match["quarter"]) - 2, 3
        start = datetime.date(year, first_month, 1)
        after = _add_months(start, months)
        return cls(code=code, start=start, end=after - datetime.timedelta(days=1))

    @classmethod
    def month_before(cls, day: datetime.date) -> Period:
        """The last month that ended before ``day`` (the latest monthly briefing's period); for
        a day in the first month of the calendar, that month itself."""
        this_month = day.replace(day=1)
        start = (
            _add_months(this_month, -1)
            if this_month.year > 1 or this_month.month > 1
            else this_month
        )
        end = this_month - datetime.timedelta(days=1) if start < this_month else this_month
        return cls(code=f"{start.year:04d}-{start.month:02d}", start=start, end=end)

    @property
    def is_quarter(self) -> bool:
        return "Q" in self.code

    @property
    def label(self) -> str:
        if self.is_quarter:
            return _("%(year)s 年第 %(q)s 季度") % {"year": self.start.year, "q": self.code[-1]}
        return _("%(year)s 年 %(month)s 月") % {"year": self.start.year, "month": self.start.month}


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


@dataclass
class Briefing:
    zone: PilotZone
    plan: Plan | None
    period: Period
    as_of: datetime.date  # the period's end, or today while the period runs
    day: datetime.date | None = None  # the snapshot read (as the dashboard as of as_of)
    figures: PlanFigures | None = None
    targets: list[TargetFigures] = field(default_factory=list)
    changes: Changes | None = None
    progress: list[tuple[datetime.date, float]] = field(default_factory=list)
    # A zone of several plans: the zone's total as its dashboards show it as of ``as_of``
    # (every plan started by then, an ended one as judged) beside the plan's own figures, and
    # as of the period's eve (None: no total then).
    zone_figures: ZoneFigures | None = None
    zone_before: ZoneFigures | None = None
    # The zone's plans, of which the plan is told apart by its period where titles are the same.
    zone_plans: list[Plan] = field(default_factory=list)

    @property
    def day_shown(self) -> datetime.date | None:
        """``day`` as the briefing names it: an ended plan's last day, not its judgement day."""
        return self.day and (last_day_included(self.plan, self.day) if self.plan else self.day)

    @property
    def zone_total_text(self) -> str:
        """The zone's total in a sentence (the page and the documents say the same)."""
        z, was = self.zone_figures, self.zone_before
        if z is None:
            return ""
        return _(
            "全区合计（%(plans)s 个规划，已结束的规划按期末计）：任务平均进度 %(progress)s，"
            "已完成任务 %(completed)s / %(tasks)s"
        ) % {
            "plans": len(z.plans),
            "progress": _moved(was and f"{was.progress}%", f"{z.progress}%"),
            "completed": _moved(was and was.completed, z.completed),
            "tasks": z.tasks,
        }

    @property
    def ended_on(self) -> datetime.date | None:
        """The plan's last day when the period is after it: its figures are the final ones."""
        if self.plan is None or not plan_ended(self.plan, self.period.start):
            return None
        return plan_end(self.plan)

    @property
    def ended_text(self) -> str:
        """That the plan has ended and the figures are its final ones (the page and the
        documents say the same): a briefing of a later month is otherwise read as current."""
        if self.ended_on is None:
            return ""
        ended = _("本规划已于 %(day)s 期满结束。") % {"day": f"{self.ended_on:%Y-%m-%d}"}
        if self.day is None:
            return ended
        return ended + _(
            "本简报所列为其最终数据（%(day)s 的汇总，按期末评判），此后各期不再变化。"
        ) % {"day": f"{self.day_shown:%Y-%m-%d}"}

    @property
    def verdicts(self) -> list[dict]:
        return labelled_verdicts(self.figures.targets_by_verdict) if self.figures else []


def _moved(before, after) -> str:
    return f"{after}" if before is None else f"{before} → {after}"


BriefingPart = Callable[[Briefing], list]
BRIEFING_PARTS: list[BriefingPart] = []


def briefing_part_add(part: BriefingPart) -> None:
    """Add a part to every briefing (an app's ``ready()`` calls this once)."""
    if part not in BRIEFING_PARTS:
        BRIEFING_PARTS.append(part)


def briefing_plan(*, zone: PilotZone, period: Period, today: datetime.date) -> Plan | None:
    """The plan a briefing of the period is on: the one in force at its end (a successor plan
    from its start), as the zone dashboard as of that date opens."""
    return plan_shown(zone_plans(zone), min(period.end, today))


def zone_plans(zone: PilotZone) -> list[Plan]:
    return list(Plan.objects.filter(zone=zone).order_by("period_start", "code"))


def plan_briefing_period(plan: Plan, as_of: datetime.date) -> Period:
    """The monthly briefing a plan's page as of the date links to (whose start its changes
    are listed from by default): the last month ended before the day it is shown on (its last
    month once it has ended), and not one before its start, which briefs on the plan before."""
    period = Period.month_before(judged_on(plan, as_of))
    start = plan_start(plan)
    return Period.parse(f"{start:%Y-%m}") if period.end < start else period


def zone_briefing(*, zone: PilotZone, period: Period, today: datetime.date) -> Briefing:
    """The zone's briefing on the plan in force in the period (a successor plan from its start)."""
    as_of = min(period.end, today)
    plan = briefing_plan(zone=zone, period=period, today=today)
    briefing = Briefing(zone=zone, plan=plan, period=period, as_of=as_of)
    if plan is None:
        return briefing
    briefing.day = _day_read(plan, as_of)
    if briefing.day is None:
        return briefing
    snaps = snapshots_on(plan_id=plan.id, day=briefing.day, scopes=[Scope.PLAN, Scope.TARGET])
    for snap in sorted(snaps, key=lambda s: s.object_id):
        if snap.scope == Scope.PLAN:
            briefing.figures = figures_of(snap)
        else:
            briefing.targets.append(figures_of(snap))
    total = zone_total(zone=zone, as_of=as_of)
    zone_figures = figures_of(total) if total is not None else None
    since = period.start - datetime.timedelta(days=1)
    if zone_figures is not None and len(zone_figures.plans) > 1:
        briefing.zone_figures = zone_figures
        briefing.zone_plans = zone_plans(zone)
        before = zone_total(zone=zone, as_of=since)
        briefing.zone_before = figures_of(before) if before is not None else None
    briefing.changes = plan_changes(plan=plan, since=since, until=as_of)
    briefing.progress = _progress(plan, since, min(as_of, judged_on(plan, as_of)))
    return briefing


def _day_read(plan: Plan, as_of: datetime.date) -> datetime.date | None:
    """The snapshot day the briefing reads, as the zone page as of ``as_of``: an ended plan's
    is the day it is judged on (rolled up now if it has none, unless the plan has no history at
    all), not the rollups made after its end."""
    day = judged_on(plan, as_of)
    latest = snapshot_date(scope=Scope.PLAN, object_id=plan.id, as_of=min(day, as_of))
    if latest is None or latest == day or not plan_ended(plan, day):
        return latest
    try:
        return history.plan_snapshot_day(plan, as_of)
    except history.HistoryUnavailable:
        return latest  # the latest snapshot before it serves, and the briefing names its day


def _progress(plan: Plan, since: datetime.date, until: datetime.date):
    """The plan's mean progress at each snapshot from the period's eve to its end (to the day
    an ended plan is judged on)."""
    first = snapshot_date(scope=Scope.PLAN, object_id=plan.id, as_of=min(since, until)) or min(
        since, until
    )
    rows = (
        Snapshot.objects.filter(
            scope=Scope.PLAN, object_id=plan.id, as_of__gte=first, as_of__lte=until
        )
        .order_by("as_of")
        .values_list("as_of", "figures__progress")
    )
    return [(day, float(progress or 0)) for day, progress in rows]


def briefing_periods(
    today: datetime.date, since: datetime.date, until: datetime.date | None = None
) -> list[Period]:
    """Every month, then every quarter, that has begun since ``since`` (the start of the zone's
    first plan), newest first: a leader asks about any period of a plan's life. Once the zone's
    plans have all ended (``until``, the last one's last day), to their end, after the latest
    month (the briefing shown by default): the months after the end all read the final figures,
    and a list of them buried the plan's own months."""
    last = min(today, until) if until else today
    months, day = [], last.replace(day=1)
    while day >= since.replace(day=1):
        months.append(Period.parse(f"{day:%Y-%m}"))
        day = _add_months(day, -1)
    latest = Period.month_before(today)
    if until and latest.start > until:
        months.insert(0, latest)
    quarters, day = [], datetime.date(last.year, 3 * ((last.month - 1) // 3) + 1, 1)
    while day >= datetime.date(since.year, 3 * ((since.month - 1) // 3) + 1, 1):
        quarters.append(Period.parse(f"{day.year}-Q{(day.month - 1) // 3 + 1}"))
        day = _add_months(day, -3)
    return months + quarters

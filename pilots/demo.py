"""A coherent demo history for the embedded demo — every row it writes is marked ``is_demo``.

The plan fixtures hold the plans only; this tells each plan's story from its start to a fixed
demo "today" (``DEMO_TODAY``), through the same services staff use: agencies assigned first (for
Qijiang, whose plan names none, a zone admin's set of district agencies), then quarterly-ish
reports, agency feedback, milestones, verifications and yearly target figures, then a month-end
rollup from the plan's start to the demo today. The dates are fixed and the random choices are
seeded by plan code, so two runs give the same rows whatever day they run on.

What the story keeps true: nobody reports before their task is assigned (the zone admin
assigns what the plan leaves unassigned, safeguards aside, before the first report); nothing is
dated after the demo today, and nothing outside the plan's life except late completions in the
half-year after its end; every target's fate is one of ``TARGET_FATES`` (dealt out so every
verdict kind appears somewhere in the five plans' histories); a figure stays within the plan
period.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from pilots.changes import plan_changes_batched
from pilots.models import Agency, Plan
from pilots.services import agency_create
from targets.models import Observation, Snapshot, Target
from targets.rollup import plan_rollup
from targets.services import observation_record
from targets.verdicts import meets, spec_of
from tasks import services as task_services
from tasks.models import Milestone, Section, StatusUpdate, Task, TaskAssignment, TaskStatus

# The demo's fixed "today": after every plan's end (2022–2025), inside the grace year of the
# 2025 plans' last statistics. The README says so.
DEMO_TODAY = datetime.date(2026, 11, 15)
DEMO_NOTE = "(演示数据)"
# Reports after a plan's end: only late completions, within this many days.
LATE_REPORT_DAYS = 180
COUNTED_UNITS = {"家", "个", "项", "名", "人", "所", "座"}

# Which kind of agency most plausibly reports a target, by words of its metric.
OWNER_BY_WORDS = [
    (("企业", "产业", "规模"), ["industry_it", "science_technology"]),
    (("专利", "成果", "标准", "平台", "载体", "机构", "项目"), ["science_technology"]),
    (("场景", "示范", "应用", "工程", "园区", "小镇"), ["big_data", "industry_it"]),
    (("人才", "专家", "团队"), ["human_resources", "party_organisation", "science_technology"]),
]
# A district's agencies, as its zone admin would create them for a plan that names none:
# (category, name after the zone's full name, the short form used in reports).
DISTRICT_AGENCIES = [
    ("science_technology", "科学技术局", "区科技局"),
    ("industry_it", "经济和信息化委员会", "区经济信息委"),
    ("development_reform", "发展和改革委员会", "区发展改革委"),
    ("big_data", "大数据应用发展管理局", "区大数据发展局"),
    ("education", "教育委员会", "区教委"),
    ("health", "卫生健康委员会", "区卫生健康委"),
    ("agriculture", "农业农村委员会", "区农业农村委"),
    ("culture_tourism", "文化和旅游发展委员会", "区文化旅游委"),
    ("transport", "交通局", "区交通局"),
    ("civil_affairs", "民政局", "区民政局"),
    ("human_resources", "人力资源和社会保障局", "区人力社保局"),
    ("commerce", "商务委员会", "区商务委"),
    ("park_administration", "工业园区管理委员会", "区工业园区管委会"),
]
# Lead and supporting agencies by words of a task's title; the first match wins.
ASSIGNMENT_BY_WORDS = [
    (("医疗",), "health", ["big_data"]),
    (("教育",), "education", ["big_data"]),
    (("农业",), "agriculture", ["big_data"]),
    (("文旅",), "culture_tourism", ["big_data"]),
    (("交通",), "transport", ["big_data"]),
    (("园区",), "park_administration", ["industry_it"]),
    (("社区",), "civil_affairs", ["big_data"]),
    (("制造", "产业", "主体"), "industry_it", ["development_reform", "science_technology"]),
    (("人才",), "human_resources", ["science_technology"]),
    (("政策",), "development_reform", ["science_technology"]),
    (("开放", "协作"), "commerce", ["science_technology"]),
]
# How a task ends: completed (on time), completed in the half-year after the plan, or open.
TASK_OUTCOMES = {
    "completed": 58,
    "completed_late": 7,
    "in_progress": 15,
    "delayed": 9,
    "blocked": 5,
    "not_started": 6,
}
# How a target fares, as its value at the deadline over the goal (``None``: never reported).
# "late" falls short at the deadline and makes it a year on (only where the plan runs longer);
# "missing" never reports its deadline year; "decline" falls below where it started.
TARGET_FATES = {
    "early": 1.25,
    "on_time": 1.04,
    "late": 0.86,
    "short": 0.7,
    "decline": 0.26,
    "missing": 0.9,
    "silent": None,
}
# Per-year targets (每年): each year's figure over the goal, drawn from a profile.
YEARLY_PROFILES = {
    "strong": (1.05, 1.5),
    "mixed": (0.7, 1.3),
    "weak": (0.45, 0.95),
}


@dataclass(frozen=True)
class DemoCalendar:
    """The dates of one plan's demo story."""

    start: datetime.date  # the plan is issued and its agencies assigned
    assigned_on: datetime.date  # by when every demo assignment exists
    end: datetime.date  # the plan period's last day
    today: datetime.date

    @property
    def last_report(self) -> datetime.date:
        return min(self.end + datetime.timedelta(days=LATE_REPORT_DAYS), self.today)

    @property
    def span_days(self) -> int:
        return (min(self.end, self.today) - self.assigned_on).days


def demo_calendar(plan: Plan, today: datetime.date = DEMO_TODAY) -> DemoCalendar:
    start = plan.issued_on or datetime.date(plan.period_start, 3, 1)
    return DemoCalendar(
        start=start,
        assigned_on=start + datetime.timedelta(days=30),
        end=datetime.date(plan.period_end, 12, 31),
        today=today,
    )


def demo_data_exists() -> bool:
    return (
        StatusUpdate.objects.filter(is_demo=True).exists()
        or Observation.objects.filter(is_demo=True).exists()
    )


def demo_moment(day: datetime.date, rng: random.Random) -> datetime.datetime:
    """A working-hours time on the day, in the app's time zone (what a save would record)."""
    at = datetime.time(rng.randint(9, 17), rng.randint(0, 59))
    return timezone.make_aware(datetime.datetime.combine(day, at))


def _days(n: int) -> datetime.timedelta:
    return datetime.timedelta(days=n)


# Agencies and assignments --------------------------------------------------------------------


def demo_zone_agencies(plan: Plan) -> int:
    """For a zone whose plan names no agencies: create its district agencies, as its admin would."""
    zone = plan.zone
    if Agency.objects.filter(zone=zone).exists():
        return 0
    prefix = f"{zone.parent.name if zone.parent else ''}{zone.name}"
    for category, suffix, alias in DISTRICT_AGENCIES:
        agency_create(zone=zone, name=prefix + suffix, aliases=[alias], category=category)
    return len(DISTRICT_AGENCIES)


def demo_assignments(plan: Plan) -> int:
    """The zone admin assigns the plan's unassigned tasks by their words (Qijiang's all, the
    named engineering items elsewhere); safeguards stay unassigned, for the admin to do."""
    agencies: dict[str, Agency] = {}
    for agency in Agency.objects.filter(zone=plan.zone, archived_at__isnull=True).order_by("code"):
        agencies.setdefault(agency.category, agency)
    if not agencies:
        return 0
    fallback = agencies.get("science_technology") or next(iter(agencies.values()))
    tasks = Task.objects.filter(plan=plan, archived_at__isnull=True, assignments__isnull=True)
    count = 0
    for task in tasks.exclude(section__kind=Section.Kind.SAFEGUARD).order_by("order"):
        lead, supporting = next(
            ((lead, sup) for words, lead, sup in ASSIGNMENT_BY_WORDS
             if any(w in task.title for w in words)),
            ("science_technology", ["industry_it"]),
        )  # fmt: skip
        lead_agency = agencies.get(lead, fallback)
        helpers = {agencies[c] for c in supporting if c in agencies} - {lead_agency}
        roles = [(lead_agency, TaskAssignment.Role.LEAD)] + [
            (a, TaskAssignment.Role.SUPPORTING) for a in sorted(helpers, key=lambda a: a.code)
        ]
        for agency, role in roles:
            task_services.assignment_add(task=task, agency=agency, role=role)
            count += 1
    return count


def demo_target_owners(plan: Plan) -> int:
    """Give unowned targets a plausible owner agency (a setting a zone admin would make)."""
    agencies = {}
    for agency in Agency.objects.filter(zone=plan.zone, archived_at__isnull=True).order_by("code"):
        agencies.setdefault(agency.category, agency)
    if not agencies:
        return 0
    count = 0
    for target in Target.objects.filter(plan=plan, owner__isnull=True, archived_at__isnull=True):
        categories = next(
            (cats for words, cats in OWNER_BY_WORDS if any(w in target.metric for w in words)),
            ["science_technology"],
        )
        owner = next((agencies[c] for c in categories if c in agencies), None)
        owner = owner or agencies.get("science_technology") or next(iter(agencies.values()))
        target.owner = owner
        target.save(update_fields=["owner"])
        count += 1
    return count


# Target figures ------------------------------------------------------------------------------


def _fates(plan: Plan, targets: list[Target], rng: random.Random) -> list[str]:
    """Deal the fates out so a plan with as many targets as fates shows each of them."""
    names = [n for n in TARGET_FATES if n != "late" or any(_can_be_late(plan, t) for t in targets)]
    dealt = (names * (len(targets) // len(names) + 1))[: len(targets)]
    rng.shuffle(dealt)
    able = [i for i, t in enumerate(targets) if _can_be_late(plan, t)]
    for i, fate in enumerate(dealt):  # "late" goes to a target that can be late, if any
        swap = next((j for j in able if dealt[j] != "late"), None)
        if fate == "late" and i not in able and swap is not None:
            dealt[i], dealt[swap] = dealt[swap], "late"
    return [_fate_for(plan, t, fate) for fate, t in zip(dealt, targets, strict=True)]


def _fate_for(plan: Plan, target: Target, fate: str) -> str:
    """A per-year target is always reported, some years late or missing; "late" needs a plan
    that runs on past the target's deadline."""
    if target.per_year and fate == "silent":
        return "missing"
    return "short" if fate == "late" and not _can_be_late(plan, target) else fate


def _can_be_late(plan: Plan, target: Target) -> bool:
    return not target.per_year and target.deadline_year < plan.period_end


def _rounded(target: Target, value: float) -> Decimal:
    if target.unit in COUNTED_UNITS:
        return Decimal(max(round(value), 0))
    return Decimal(str(round(max(value, 0.0), 2)))


def _level_path(plan: Plan, target: Target, fate: str, rng: random.Random) -> dict[int, float]:
    """The target's level at each year end, from its start level to its fate at the deadline."""
    goal = float(target.value)
    start_level = float(target.baseline) if target.baseline is not None else goal * 0.35
    first, deadline = plan.period_start, target.deadline_year
    final = goal * TARGET_FATES[fate]
    path = {}
    for year in range(first, deadline + 1):
        share = (year - first + 1) / (deadline - first + 1)
        path[year] = start_level + (final - start_level) * share**1.15 * rng.uniform(0.96, 1.04)
    if fate == "decline":  # grows a little at first, then falls below where it started
        path = {y: start_level * (1.05 + 0.1 * (y - first) if y < deadline - 1 else 0.75)
                for y in path}  # fmt: skip
    if fate == "late":
        path[deadline + 1] = goal * rng.uniform(1.02, 1.1)
    return path


def _yearly_values(plan: Plan, target: Target, rng: random.Random) -> dict[int, float]:
    """A per-year target's own figure for each year of its life (not a running level)."""
    profile = rng.choice(list(YEARLY_PROFILES))
    low, high = YEARLY_PROFILES[profile]
    goal = float(target.value)
    return {
        year: goal * rng.uniform(low, high)
        for year in range(plan.period_start, target.deadline_year + 1)
    }


def _figures(plan: Plan, target: Target, fate: str, rng: random.Random) -> dict[int, float]:
    if fate == "silent":
        return {}
    if target.per_year:
        values = _yearly_values(plan, target, rng)
    else:
        values = _level_path(plan, target, fate, rng)
        if target.aggregation == Target.Aggregation.FLOW:  # report the year's additions
            levels = [values[y] for y in sorted(values)]
            values = {y: max(levels[i] - (levels[i - 1] if i else 0.0), 0.0)
                      for i, y in enumerate(sorted(values))}  # fmt: skip
    if fate == "missing":
        values.pop(target.deadline_year, None)
    deadline = target.deadline_year
    if (
        deadline in values
        and target.aggregation == Target.Aggregation.STOCK
        and not target.per_year
    ):
        values[deadline] = _true_to_fate(plan, target, fate, values[deadline])
    return values


def _true_to_fate(plan: Plan, target: Target, fate: str, value: float) -> float:
    """Rounding a small goal (1–2 items) can turn "falls short" into "met": nudge it back."""
    spec, step = spec_of(target, plan), 1.0 if target.unit in COUNTED_UNITS else 0.01
    should_meet = TARGET_FATES[fate] is not None and TARGET_FATES[fate] > 1
    value = float(_rounded(target, value))
    while meets(value, spec) != should_meet and (should_meet or value >= step):
        value += step if should_meet else -step
    return value


def _report_day(year: int, rng: random.Random) -> tuple[datetime.date, bool]:
    """When a year's statistics are reported: spring of the next year, or late in the autumn."""
    late = rng.random() < 0.15
    month = rng.randint(9, 11) if late else rng.randint(2, 5)
    return datetime.date(year + 1, month, rng.randint(1, 28)), late


def demo_observations(plan: Plan, cal: DemoCalendar, rng: random.Random) -> list[tuple]:
    """Record every target's yearly figures; returns (observation, reported at) to backdate."""
    targets = list(Target.objects.filter(plan=plan, archived_at__isnull=True).order_by("order"))
    written = []
    for target, fate in zip(targets, _fates(plan, targets, rng), strict=True):
        for year, value in sorted(_figures(plan, target, fate, rng).items()):
            day, late = _report_day(year, rng)
            if year > plan.period_end or day > cal.today:
                continue  # outside the plan period, or not reported yet
            source = "统计部门年报" + ("(逾期补报)" if late else "") + DEMO_NOTE
            observation = observation_record(
                target=target, as_of=datetime.date(year, 12, 31), value=_rounded(target, value),
                agency=target.owner, source=source, is_demo=True,
            )  # fmt: skip
            written.append((observation, demo_moment(day, rng)))
    return written


# Task progress -------------------------------------------------------------------------------


@dataclass
class Report:
    day: datetime.date
    status: str
    percent: int


def _finish_day(outcome: str, cal: DemoCalendar, first: datetime.date, rng) -> datetime.date:
    if outcome == "completed":
        day = first + _days(int((cal.end - first).days * rng.uniform(0.3, 1.0)))
    elif outcome == "completed_late":
        day = cal.end + _days(rng.randint(20, LATE_REPORT_DAYS - 5))
    else:  # still open when the plan ends: the last report comes in its final months
        day = cal.end - _days(rng.randint(0, 200))
    return max(min(day, cal.last_report), first)


def task_reports(outcome: str, cal: DemoCalendar, rng: random.Random) -> list[Report]:
    """The reports of one task from its first (after assignment) to how it ends."""
    first = cal.assigned_on + _days(rng.randint(15, 90))
    finish = _finish_day(outcome, cal, first, rng)
    days = [first]
    while days[-1] + _days(150) < finish:
        days.append(days[-1] + _days(rng.randint(60, 140)))
    if finish > days[-1]:
        days.append(finish)
    final_percent = {"in_progress": rng.randint(60, 95), "delayed": rng.randint(30, 70),
                     "blocked": rng.randint(15, 50)}.get(outcome, 100)  # fmt: skip
    reports, percent = [], 0
    for i, day in enumerate(days):
        share = (i + 1) / len(days)
        percent = max(percent, min(95, round(final_percent * share * rng.uniform(0.85, 1.1))))
        status = TaskStatus.IN_PROGRESS
        if i == len(days) - 1:
            status = {"delayed": TaskStatus.DELAYED, "blocked": TaskStatus.BLOCKED}.get(
                outcome, TaskStatus.COMPLETED if outcome.startswith("completed") else status
            )
        elif rng.random() < 0.08:
            status = TaskStatus.DELAYED  # a hold-up on the way
        reports.append(Report(day, status, 100 if status == TaskStatus.COMPLETED else percent))
    return reports


NOTES = {
    TaskStatus.IN_PROGRESS: ["已召开推进会,明确分工", "项目已立项,正在实施", "完成阶段性任务"],
    TaskStatus.COMPLETED: ["任务已全部完成,佐证材料已上传"],
    TaskStatus.DELAYED: ["受资金拨付影响,进度滞后", "配套项目延期,进度滞后"],
    TaskStatus.BLOCKED: ["用地手续未办结,暂停推进"],
}


class DemoWriter:
    """Writes one plan's task history through the services, then dates each row as it would be."""

    def __init__(self, plan: Plan, cal: DemoCalendar, rng: random.Random, admin=None):
        self.plan, self.cal, self.rng, self.admin = plan, cal, rng, admin
        self.moments: list[tuple[StatusUpdate, datetime.datetime]] = []

    def task(self, task: Task) -> int:
        assignments = sorted(  # ties in the model's ordering would differ between databases
            (a for a in task.assignments.all() if a.archived_at is None),
            key=lambda a: (a.role, a.agency.code),
        )
        reporters = [a for a in assignments if a.role != TaskAssignment.Role.SUPPORTING]
        outcome = self.rng.choices(list(TASK_OUTCOMES), weights=list(TASK_OUTCOMES.values()))[0]
        if not reporters or outcome == "not_started":
            return 0
        reports = task_reports(outcome, self.cal, self.rng)
        for report in reports:
            self.report(task, reporters[0].agency, report)
        supporters = [a for a in assignments if a.role == TaskAssignment.Role.SUPPORTING]
        self.feedback(task, supporters, reports)
        self.milestones(task, reports)
        if reports[-1].status == TaskStatus.COMPLETED and self.admin and self.rng.random() < 0.75:
            self.verify(task, reports[-1].day)
        return len(reports)

    def report(self, task: Task, agency: Agency, report: Report) -> None:
        evidence = ""
        if report.status == TaskStatus.COMPLETED:
            number = self.rng.randint(1, 90)
            evidence = f"{self.plan.zone.name[:1]}科发〔{report.day.year}〕{number}号"
        update = task_services.status_update_record(
            task=task, status=report.status, percent=report.percent, reported_on=report.day,
            agency=agency, note=self.rng.choice(NOTES[report.status]) + DEMO_NOTE,
            evidence_doc_number=evidence, is_demo=True,
        )  # fmt: skip
        self.moments.append((update, demo_moment(report.day, self.rng)))

    def feedback(self, task: Task, supporters: list, reports: list[Report]) -> None:
        for helper in supporters:
            if self.rng.random() < 0.6:
                report = self.rng.choice(reports)
                day = min(report.day + _days(self.rng.randint(1, 20)), self.cal.last_report)
                update = task_services.feedback_record(
                    task=task, agency=helper.agency, reported_on=day,
                    note="已按分工完成本单位配合工作并报送材料" + DEMO_NOTE,
                    part_percent=self.rng.choice([30, 50, 80, 100]), is_demo=True,
                )  # fmt: skip
                self.moments.append((update, demo_moment(day, self.rng)))

    def milestones(self, task: Task, reports: list[Report]) -> None:
        if self.rng.random() > 0.4:
            return
        first, last = reports[0].day, reports[-1].day
        due = first + _days(self.rng.randint(30, max((last - first).days + 60, 31)))
        done = due - _days(self.rng.randint(-25, 20))
        open_task = reports[-1].status != TaskStatus.COMPLETED
        milestone = Milestone.objects.create(
            task=task, due_on=due,
            title=self.rng.choice(["完成方案编制", "项目开工", "平台上线试运行", "组织验收"]),
            done_on=None if open_task and done > last - _days(30) else min(done, last),
        )  # fmt: skip
        Milestone.objects.filter(pk=milestone.pk).update(created_at=demo_moment(first, self.rng))

    def verify(self, task: Task, completed_on: datetime.date) -> None:
        day = min(completed_on + _days(self.rng.randint(5, 40)), self.cal.today)
        update = task_services.task_verify(
            task=task, by=self.admin, note="材料齐全,同意办结" + DEMO_NOTE
        )
        moment = demo_moment(day, self.rng)
        StatusUpdate.objects.filter(pk=update.pk).update(reported_on=day, is_demo=True)
        Task.objects.filter(pk=task.pk).update(verified_at=moment)
        self.moments.append((update, moment))

    def backdate(self) -> None:
        """Saves happened on the days they report, not now: date them so (and the tasks)."""
        for update, moment in self.moments:
            update.created_at = moment
        StatusUpdate.objects.bulk_update([u for u, _ in self.moments], ["created_at"], 500)
        last: dict[int, tuple] = {}
        demo_updates = StatusUpdate.objects.filter(task__plan=self.plan, is_demo=True)
        for update in demo_updates.order_by("created_at"):
            last[update.task_id] = (update.created_at, update.reported_on)
        for task_id, (saved, reported) in last.items():
            Task.objects.filter(pk=task_id).update(last_update_at=saved, last_reported_on=reported)


def demo_task_progress(plan: Plan, cal: DemoCalendar, rng: random.Random, admin=None) -> int:
    writer = DemoWriter(plan, cal, rng, admin)
    tasks = Task.objects.filter(plan=plan, archived_at__isnull=True).prefetch_related(
        "assignments__agency"
    )
    count = sum(writer.task(task) for task in tasks.order_by("order"))
    writer.backdate()
    return count


# The whole demo ------------------------------------------------------------------------------


def _month_ends(start: datetime.date, end: datetime.date) -> Iterator[datetime.date]:
    year, month = start.year, start.month
    while True:
        nxt = datetime.date(year + month // 12, month % 12 + 1, 1)
        if nxt - _days(1) > end:
            return
        yield nxt - _days(1)
        year, month = nxt.year, nxt.month


def demo_history_dates(plan: Plan, today: datetime.date = DEMO_TODAY) -> list[datetime.date]:
    """Every month end from the plan's start to the demo today, and the demo today."""
    return [*_month_ends(demo_calendar(plan, today).start, today), today]


def demo_history_rollup(
    *, plans: list[Plan], today: datetime.date = DEMO_TODAY, progress: Callable | None = None
) -> int:
    """Roll each plan up at every history date it lacks, oldest first (verdicts freeze in
    order); a rerun only fills the gaps."""
    written = 0
    for plan in plans:
        dates = demo_history_dates(plan, today)
        done = set(
            Snapshot.objects.filter(scope=Snapshot.Scope.PLAN, object_id=plan.id).values_list(
                "as_of", flat=True
            )
        )
        for i, day in enumerate(d for d in dates if d not in done):
            written += len(plan_rollup(plan=plan, as_of=day).snapshots)
            if progress and (i % 12 == 11 or day == today):
                progress(plan, day, len(dates))
    return written


def demo_plan_story(plan: Plan, *, today: datetime.date, admin=None) -> dict:
    rng = random.Random(plan.code)
    cal = demo_calendar(plan, today)
    agencies = demo_zone_agencies(plan)
    return {
        "agencies": agencies,
        "assignments": demo_assignments(plan),
        "owners": demo_target_owners(plan),
        "observations": _backdate_observations(demo_observations(plan, cal, rng)),
        "updates": demo_task_progress(plan, cal, rng, admin=admin),
    }


def _backdate_observations(written: list[tuple]) -> int:
    for observation, moment in written:
        observation.created_at = moment
    Observation.objects.bulk_update([o for o, _ in written], ["created_at"], 500)
    return len(written)


def demo_data_create(
    *, today: datetime.date = DEMO_TODAY, admin=None, history: bool = True, progress=None
) -> dict:
    """Tell every plan's story, then roll its history up month by month."""
    plans = list(Plan.objects.select_related("zone__parent").order_by("code"))
    totals = dict.fromkeys(["agencies", "assignments", "owners", "observations", "updates"], 0)
    with transaction.atomic(), plan_changes_batched() as pending:
        for plan in plans:
            for key, value in demo_plan_story(plan, today=today, admin=admin).items():
                totals[key] += value
        pending.clear()  # the history below rolls every plan up, as of the demo's own dates
    totals["snapshots"] = (
        demo_history_rollup(plans=plans, today=today, progress=progress) if history else 0
    )
    return totals

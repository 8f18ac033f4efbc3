"""The targets app's part of the demo story (see ``pilots/demo.py``), and the whole of it: target
owners and yearly figures (each target's fate dealt out so every verdict kind appears), the
month-end rollups, and ``demo_data_create``, which tells every plan's story — agencies (pilots),
assignments and task progress (tasks), owners and figures (here) — then rolls it up."""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from pilots.changes import plan_changes_batched
from pilots.demo import (
    DEMO_NOTE,
    DEMO_TODAY,
    DemoCalendar,
    demo_calendar,
    demo_history_dates,
    demo_moment,
    demo_zone_agencies,
)
from pilots.models import Agency, Plan
from targets.models import Observation, Snapshot, Target
from targets.rollup import plan_rollup
from targets.services import observation_record
from targets.verdicts import meets, spec_of
from targets.watermarks import plan_rollup_current
from tasks.demo import demo_assignments, demo_task_progress
from tasks.models import StatusUpdate

COUNTED_UNITS = {"家", "个", "项", "名", "人", "所", "座"}

# Which kind of agency most plausibly reports a target, by words of its metric.
OWNER_BY_WORDS = [
    (("企业", "产业", "规模"), ["industry_it", "science_technology"]),
    (("专利", "成果", "标准", "平台", "载体", "机构", "项目"), ["science_technology"]),
    (("场景", "示范", "应用", "工程", "园区", "小镇"), ["big_data", "industry_it"]),
    (("人才", "专家", "团队"), ["human_resources", "party_organisation", "science_technology"]),
]
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


def demo_data_exists() -> bool:
    return (
        StatusUpdate.objects.filter(is_demo=True).exists()
        or Observation.objects.filter(is_demo=True).exists()
    )


# Target owners and figures -----------------------------------------------------------------------


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
            source = "统计部门年报" + ("（逾期补报）" if late else "") + DEMO_NOTE
            observation = observation_record(
                target=target, as_of=datetime.date(year, 12, 31), value=_rounded(target, value),
                agency=target.owner, source=source, is_demo=True,
            )  # fmt: skip
            written.append((observation, demo_moment(day, rng)))
    return written


# The whole demo ----------------------------------------------------------------------------------


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
        _other_dates_again(plan, sorted(done - set(dates)))
    return written


def _other_dates_again(plan: Plan, days: list[datetime.date]) -> None:
    """Snapshots of other dates were computed before the story was told (today's, when the
    plan was loaded) and the story moves no change counter: compute them again, today's with
    the watermark, or they would show an empty plan as current."""
    for day in days:
        if day == timezone.localdate():
            plan_rollup_current(plan_id=plan.id, force=True)
        else:
            plan_rollup(plan=plan, as_of=day)


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

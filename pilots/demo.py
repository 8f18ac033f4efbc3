"""Believable demo progress for the embedded demo — every row it writes is marked ``is_demo``.

The plan fixtures hold the plans only; this generates status reports, agency feedback,
milestones, verifications and yearly target figures through the same services staff use, so
the dashboards have something to show. Deterministic: the same plans give the same demo data.
"""

from __future__ import annotations

import datetime
import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from pilots.changes import plan_changes_batched
from pilots.models import Agency, Plan
from targets.models import Observation, Target
from targets.rollup import plan_rollup
from targets.services import observation_record
from tasks import services as task_services
from tasks.models import Milestone, StatusUpdate, Task, TaskAssignment, TaskStatus

DEMO_NOTE = "(演示数据)"
# Which kind of agency most plausibly reports a target, by words of its metric.
OWNER_BY_WORDS = [
    (("企业", "产业", "规模"), ["industry_it", "science_technology"]),
    (("专利", "成果", "标准", "平台", "载体", "机构", "项目"), ["science_technology"]),
    (("场景", "示范", "应用", "工程", "园区", "小镇"), ["big_data", "industry_it"]),
    (("人才", "专家", "团队"), ["human_resources", "party_organisation", "science_technology"]),
]


def demo_data_exists() -> bool:
    return (
        StatusUpdate.objects.filter(is_demo=True).exists()
        or Observation.objects.filter(is_demo=True).exists()
    )


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


def _month_ends(start: datetime.date, end: datetime.date) -> list[datetime.date]:
    days, year, month = [], start.year, start.month
    while True:
        nxt = datetime.date(year + month // 12, month % 12 + 1, 1)
        last = nxt - datetime.timedelta(days=1)
        if last > end:
            return days
        days.append(last)
        year, month = nxt.year, nxt.month


def demo_observations(plan: Plan, rng: random.Random, today: datetime.date) -> int:
    count = 0
    for target in Target.objects.filter(plan=plan, archived_at__isnull=True).order_by("order"):
        goal = float(target.value)
        fate = rng.choice([1.25, 1.1, 1.02, 0.93, 0.8, 0.6])
        start, deadline = plan.period_start, target.deadline_year
        last_year = min(deadline + 1, today.year - 1)
        if rng.random() < 0.2 and last_year == deadline + 1:
            last_year = deadline  # the year after the deadline not reported yet
        for year in range(start, last_year + 1):
            if year == deadline and rng.random() < 0.12:
                continue  # the deadline year's figure has not come in
            if target.per_year:
                value = goal * fate * rng.uniform(0.75, 1.2)
            else:
                share = min((year - start + 1) / (deadline - start + 1), 1.15)
                value = goal * fate * share**1.2 * rng.uniform(0.95, 1.05)
            if target.unit in {"家", "个", "项", "名", "人", "所", "座"}:
                value = max(round(value), 0)
            observation_record(
                target=target,
                as_of=datetime.date(year, 12, 31),
                value=Decimal(str(round(value, 2))),
                agency=target.owner,
                source="统计部门年报" + DEMO_NOTE,
                is_demo=True,
            )
            count += 1
    return count


def demo_task_progress(plan: Plan, rng: random.Random, today: datetime.date, admin=None) -> int:
    count = 0
    plan_start = datetime.date(plan.period_start, 3, 1)
    deadline = datetime.date(plan.period_end, 12, 31)
    past_deadline = today > deadline
    tasks = Task.objects.filter(plan=plan, archived_at__isnull=True).prefetch_related(
        "assignments__agency"
    )
    for task in tasks.order_by("order"):
        assignments = [a for a in task.assignments.all() if a.archived_at is None]
        reporters = [a for a in assignments if a.role != TaskAssignment.Role.SUPPORTING]
        supporters = [a for a in assignments if a.role == TaskAssignment.Role.SUPPORTING]
        outcome = rng.choices(
            ["completed", "in_progress", "delayed", "blocked", "not_started"],
            weights=[60, 25, 7, 4, 4] if past_deadline else [35, 40, 10, 5, 10],
        )[0]
        if outcome == "not_started":
            continue
        reports = rng.randint(2, 6)
        last_day = today - datetime.timedelta(days=rng.choice([3, 12, 25, 45, 80, 140]))
        span = max((last_day - plan_start).days, reports)
        days = sorted(
            plan_start + datetime.timedelta(days=rng.randint(0, span)) for _ in range(reports)
        )
        days[-1] = last_day
        percent = 0
        agency = reporters[0].agency if reporters else None
        for i, day in enumerate(days):
            final = i == len(days) - 1
            percent = min(95, percent + rng.randint(5, 25))
            status = TaskStatus.IN_PROGRESS
            evidence = ""
            if final and outcome == "completed":
                status, percent = TaskStatus.COMPLETED, 100
                evidence = f"{plan.zone.name[:1]}科发〔{day.year}〕{rng.randint(1, 90)}号"
            elif final and outcome in ("delayed", "blocked"):
                status = outcome
            task_services.status_update_record(
                task=task,
                status=status,
                percent=percent,
                reported_on=day,
                agency=agency,
                note=_demo_note(status, rng),
                evidence_doc_number=evidence,
                is_demo=True,
            )
            count += 1
            if i == 0 and supporters and rng.random() < 0.6:
                helper = rng.choice(supporters)
                task_services.feedback_record(
                    task=task,
                    agency=helper.agency,
                    reported_on=min(day + datetime.timedelta(days=rng.randint(1, 20)), today),
                    note="已按分工完成本单位配合工作并报送材料" + DEMO_NOTE,
                    part_percent=rng.choice([30, 50, 80, 100]),
                    is_demo=True,
                )
                count += 1
        if outcome == "completed" and admin is not None and rng.random() < 0.7:
            task_services.task_verify(task=task, by=admin, note="材料齐全,同意办结" + DEMO_NOTE)
        if outcome in ("in_progress", "delayed") and rng.random() < 0.5:
            Milestone.objects.create(
                task=task,
                title=rng.choice(["完成方案编制", "项目开工", "平台上线试运行", "组织验收"]),
                due_on=today + datetime.timedelta(days=rng.choice([-60, -20, -5, 10, 45])),
            )
    return count


def _demo_note(status: str, rng: random.Random) -> str:
    notes = {
        TaskStatus.IN_PROGRESS: ["已召开推进会,明确分工", "项目已立项,正在实施", "完成阶段性任务"],
        TaskStatus.COMPLETED: ["任务已全部完成,佐证材料已上传"],
        TaskStatus.DELAYED: ["受资金拨付影响,进度滞后"],
        TaskStatus.BLOCKED: ["用地手续未办结,暂停推进"],
    }
    return rng.choice(notes.get(status, ["推进中"])) + DEMO_NOTE


def demo_history_dates(plan: Plan, today: datetime.date) -> list[datetime.date]:
    """Month ends of the past year, and today: enough history to look back on."""
    return [*_month_ends(today - datetime.timedelta(days=365), today), today]


def demo_data_create(*, today: datetime.date | None = None, admin=None) -> dict:
    today = today or timezone.localdate()
    totals = {"owners": 0, "observations": 0, "updates": 0, "snapshots": 0}
    with transaction.atomic(), plan_changes_batched():
        for plan in Plan.objects.select_related("zone").order_by("code"):
            rng = random.Random(plan.code)
            totals["owners"] += demo_target_owners(plan)
            totals["observations"] += demo_observations(plan, rng, today)
            totals["updates"] += demo_task_progress(plan, rng, today, admin=admin)
    for plan in Plan.objects.select_related("zone").order_by("code"):
        for day in demo_history_dates(plan, today):
            totals["snapshots"] += len(plan_rollup(plan=plan, as_of=day).snapshots)
    return totals

"""The tasks app's part of the demo story (see ``pilots/demo.py``): the zone admin's
assignments of what the plan leaves unassigned, then each task's reports, agency feedback,
milestones and verifications, through the same services staff use, dated as they would be."""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass

from pilots.demo import DEMO_NOTE, LATE_REPORT_DAYS, DemoCalendar, days_span, demo_moment
from pilots.models import Agency, Plan
from tasks.models import Milestone, Section, StatusUpdate, Task, TaskAssignment, TaskStatus
from tasks.services import assignment_add, feedback_record, status_update_record, task_verify

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
            assignment_add(task=task, agency=agency, role=role)
            count += 1
    return count


# Task progress -----------------------------------------------------------------------------------


@dataclass
class Report:
    day: datetime.date
    status: str
    percent: int


def _finish_day(outcome: str, cal: DemoCalendar, first: datetime.date, rng) -> datetime.date:
    if outcome == "completed":
        day = first + days_span(int((cal.end - first).days * rng.uniform(0.3, 1.0)))
    elif outcome == "completed_late":
        day = cal.end + days_span(rng.randint(20, LATE_REPORT_DAYS - 5))
    else:  # still open when the plan ends: the last report comes in its final months
        day = cal.end - days_span(rng.randint(0, 200))
    return max(min(day, cal.last_report), first)


def task_reports(outcome: str, cal: DemoCalendar, rng: random.Random) -> list[Report]:
    """The reports of one task from its first (after assignment) to how it ends."""
    first = cal.assigned_on + days_span(rng.randint(15, 90))
    finish = _finish_day(outcome, cal, first, rng)
    days = [first]
    while days[-1] + days_span(150) < finish:
        days.append(days[-1] + days_span(rng.randint(60, 140)))
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
    TaskStatus.IN_PROGRESS: ["已召开推进会，明确分工", "项目已立项，正在实施", "完成阶段性任务"],
    TaskStatus.COMPLETED: ["任务已全部完成，佐证材料已上传"],
    TaskStatus.DELAYED: ["受资金拨付影响，进度滞后", "配套项目延期，进度滞后"],
    TaskStatus.BLOCKED: ["用地手续未办结，暂停推进"],
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
        update = status_update_record(
            task=task, status=report.status, percent=report.percent, reported_on=report.day,
            agency=agency, note=self.rng.choice(NOTES[report.status]) + DEMO_NOTE,
            evidence_doc_number=evidence, is_demo=True,
        )  # fmt: skip
        self.moments.append((update, demo_moment(report.day, self.rng)))

    def feedback(self, task: Task, supporters: list, reports: list[Report]) -> None:
        for helper in supporters:
            if self.rng.random() < 0.6:
                report = self.rng.choice(reports)
                day = min(report.day + days_span(self.rng.randint(1, 20)), self.cal.last_report)
                update = feedback_record(
                    task=task, agency=helper.agency, reported_on=day,
                    note="已按分工完成本单位配合工作并报送材料" + DEMO_NOTE,
                    part_percent=self.rng.choice([30, 50, 80, 100]), is_demo=True,
                )  # fmt: skip
                self.moments.append((update, demo_moment(day, self.rng)))

    def milestones(self, task: Task, reports: list[Report]) -> None:
        if self.rng.random() > 0.4:
            return
        first, last = reports[0].day, reports[-1].day
        due = first + days_span(self.rng.randint(30, max((last - first).days + 60, 31)))
        done = due - days_span(self.rng.randint(-25, 20))
        open_task = reports[-1].status != TaskStatus.COMPLETED
        milestone = Milestone.objects.create(
            task=task, due_on=due,
            title=self.rng.choice(["完成方案编制", "项目开工", "平台上线试运行", "组织验收"]),
            done_on=None if open_task and done > last - days_span(30) else min(done, last),
        )  # fmt: skip
        Milestone.objects.filter(pk=milestone.pk).update(created_at=demo_moment(first, self.rng))

    def verify(self, task: Task, completed_on: datetime.date) -> None:
        day = min(completed_on + days_span(self.rng.randint(5, 40)), self.cal.today)
        update = task_verify(task=task, by=self.admin, note="材料齐全，同意办结" + DEMO_NOTE)
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

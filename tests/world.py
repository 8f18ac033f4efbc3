"""The shared test world: two zones, a task with its three agencies, a target, and a user of
every role (the view, permission and security tests all start from it)."""

from django.utils import timezone

from pilots.models import Membership
from tasks.models import TaskAssignment
from tests.factories import (
    AgencyFactory,
    MembershipFactory,
    PlanFactory,
    SectionFactory,
    TargetFactory,
    TaskFactory,
    UserFactory,
    ZoneFactory,
)

PASSWORD = "pw-for-tests-only"


class World:
    """Zone A with a task (lead L, responsible R, supporting S; O unassigned) and zone B."""

    def __init__(self):
        self.zone = ZoneFactory(slug="zone-a", name="甲市")
        self.other_zone = ZoneFactory(slug="zone-b", name="乙市")
        self.plan = PlanFactory(zone=self.zone, period_start=2020, period_end=2025)
        PlanFactory(zone=self.other_zone)
        section = SectionFactory(plan=self.plan)
        self.task = TaskFactory(section=section, code="三.(一).1", title="建设人工智能开放创新平台")
        self.agencies = {
            "lead": AgencyFactory(zone=self.zone, name="甲市科学技术局", aliases=["市科技局"]),
            "responsible": AgencyFactory(zone=self.zone, name="甲市发展和改革委员会"),
            "supporting": AgencyFactory(zone=self.zone, name="甲市财政局"),
            "other": AgencyFactory(zone=self.zone, name="甲市教育局"),
            "elsewhere": AgencyFactory(zone=self.other_zone, name="乙市科学技术局"),
        }
        for role in ("lead", "responsible", "supporting"):
            TaskAssignment.objects.create(task=self.task, agency=self.agencies[role], role=role)
        self.target = TargetFactory(
            goal__plan=self.plan, owner=self.agencies["lead"], value=100, unit="家",
            metric="人工智能企业", deadline_year=2025,
        )  # fmt: skip
        self.users = {}
        for key in ("lead", "responsible", "supporting", "other", "elsewhere"):
            self.users[f"{key}_staff"] = MembershipFactory(
                user=UserFactory(username=f"{key}-staff"), agency=self.agencies[key]
            ).user
        self.users["leadership"] = self._member("leader-a", Membership.Role.LEADERSHIP, self.zone)
        self.users["leadership_all"] = self._member("leader-all", Membership.Role.LEADERSHIP, None)
        self.users["zone_admin"] = self._member("admin-a", Membership.Role.ZONE_ADMIN, self.zone)
        self.users["other_zone_admin"] = self._member(
            "admin-b", Membership.Role.ZONE_ADMIN, self.other_zone
        )

    @staticmethod
    def _member(username, role, zone):
        user = UserFactory(username=username)
        Membership.objects.create(user=user, role=role, zone=zone)
        return user


# "Today" as the app sees it (Asia/Shanghai), which is not the machine's date near midnight UTC.
TODAY = timezone.localdate


def report_data(task, **extra):
    return {
        "status": "in_progress",
        "percent": 40,
        "reported_on": TODAY().isoformat(),
        "note": "已完成选址",
        "version": task.version,
        **extra,
    }


def successor_plan(world):
    """World's zone A with a second plan: ``world.plan`` (2020–2025, its task at 30% since March
    2025, ended) followed by ``world.successor`` (2026–2028, two tasks and a target), each
    rolled up at month ends through June 2026. In June 2026 the successor's first task moves
    from 20% to 60% and its second is blocked; the first plan does not move (it has ended).
    Returns ``world`` with ``successor`` and ``successor_tasks`` set."""
    import datetime

    from targets.rollup import plan_rollup
    from tasks.services import status_update_record

    day = datetime.date
    successor = PlanFactory(
        zone=world.zone, code="zz-next", title="后续行动方案", title_en="Follow-up plan",
        period_start=2026, period_end=2028, follows=world.plan,
    )  # fmt: skip
    section = SectionFactory(plan=successor, title="重点任务")
    tasks = [
        TaskFactory(section=section, code="一.1", title="建设算力中心"),
        TaskFactory(section=section, code="一.2", title="培育应用场景"),
    ]
    for task in tasks:
        TaskAssignment.objects.create(task=task, agency=world.agencies["lead"], role="lead")
    TargetFactory(
        goal__plan=successor, owner=world.agencies["lead"], value=200, unit="家",
        metric="人工智能企业", deadline_year=2028,
    )  # fmt: skip
    status_update_record(
        task=world.task, status="in_progress", percent=30, reported_on=day(2025, 3, 1)
    )
    plan_rollup(plan=world.plan, as_of=day(2025, 12, 31))
    for task in tasks:
        status_update_record(
            task=task, status="in_progress", percent=20, reported_on=day(2026, 2, 1)
        )
    for month_end in (day(2026, 4, 30), day(2026, 5, 31)):
        plan_rollup(plan=successor, as_of=month_end)
    first, second = (TaskFactory._meta.model.objects.get(pk=t.pk) for t in tasks)
    status_update_record(task=first, status="in_progress", percent=60, reported_on=day(2026, 6, 10))
    status_update_record(task=second, status="blocked", percent=20, reported_on=day(2026, 6, 12))
    plan_rollup(plan=successor, as_of=day(2026, 6, 30))
    world.successor, world.successor_tasks = successor, tasks
    return world

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

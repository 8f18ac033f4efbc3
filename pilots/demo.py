"""The embedded demo's common ground — every row the demo writes is marked ``is_demo``.

The demo tells each plan's story from its start to a fixed demo "today" (``DEMO_TODAY``),
through the same services staff use. The story is composed from each app's part: here the
calendar, the demo accounts and, for Qijiang (whose plan names none), the district agencies a
zone admin would create; ``tasks/demo.py`` the assignments, reports, feedback, milestones and
verifications; ``targets/demo.py`` the target owners and figures, the month-end rollups and the
whole (``demo_data_create``, run by the ``seed_demo`` command). The dates are fixed and the
random choices are seeded by plan code, so two runs give the same rows whatever day they run on.

What the story keeps true: nobody reports before their task is assigned (the zone admin
assigns what the plan leaves unassigned, safeguards aside, before the first report); nothing is
dated after the demo today, and nothing outside the plan's life except late completions in the
half-year after its end; every target's fate is one of ``targets.demo.TARGET_FATES`` (dealt out
so every verdict kind appears somewhere in the five plans' histories); a figure stays within the
plan period.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Iterator
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from pilots.models import Agency, Membership, PilotZone, Plan
from pilots.services import agency_create, user_with_membership_ensure

# The demo's fixed "today": after every plan's end (2022–2025), inside the grace year of the
# 2025 plans' last statistics. The README says so.
DEMO_TODAY = datetime.date(2026, 11, 15)
DEMO_NOTE = "（演示数据）"
# Reports after a plan's end: only late completions, within this many days.
LATE_REPORT_DAYS = 180

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
# Demo accounts (also listed in the README). For the embedded demo only.
DEMO_ACCOUNTS = [
    {
        "username": "admin",
        "password": "pilot-admin-2026",
        "role": Membership.Role.LEADERSHIP,
        "full_name": "系统管理员",
        "is_superuser": True,
    },
    {
        "username": "leader",
        "password": "pilot-leader-2026",
        "role": Membership.Role.LEADERSHIP,
        "full_name": "领导（全部试验区）",
    },
    {
        "username": "cq-kjj",
        "password": "pilot-staff-2026",
        "role": Membership.Role.STAFF,
        "agency": ("chongqing", "science_technology"),
        "full_name": "市科技局 工作人员",
    },
    {
        "username": "qj-admin",
        "password": "pilot-zone-2026",
        "role": Membership.Role.ZONE_ADMIN,
        "zone": "qijiang",
        "full_name": "綦江区 试验区管理员",
    },
]


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


def demo_moment(day: datetime.date, rng: random.Random) -> datetime.datetime:
    """A working-hours time on the day, in the app's time zone (what a save would record)."""
    at = datetime.time(rng.randint(9, 17), rng.randint(0, 59))
    return timezone.make_aware(datetime.datetime.combine(day, at))


def days_span(n: int) -> datetime.timedelta:
    return datetime.timedelta(days=n)


# Accounts and agencies ---------------------------------------------------------------------------


def demo_account_scope(account: dict) -> dict:
    """The account's zone and agency rows; an agency's membership names its zone too (as
    Membership.save stores it), so a second run finds the membership it made the first time."""
    zone_slug = account.pop("zone", None)
    agency_key = account.pop("agency", None)
    zone = agency = None
    if zone_slug:
        zone = PilotZone.objects.filter(slug=zone_slug).first()
        if zone is None:
            raise ImproperlyConfigured(f"zone {zone_slug!r} is not loaded: run load_plans first")
    if agency_key:
        slug, category = agency_key
        agency = (
            Agency.objects.filter(zone__slug=slug, category=category, archived_at=None)
            .select_related("zone")
            .order_by("name")
            .first()
        )
        if agency is None:
            raise ImproperlyConfigured(f"no {category} agency in zone {slug!r}: load its plan")
        zone = agency.zone
    return {**account, "zone": zone, "agency": agency}


def demo_accounts_ensure() -> list[dict]:
    """Create (or reset) every demo account; returns each account's scoped settings."""
    done = []
    for account in DEMO_ACCOUNTS:
        scoped = demo_account_scope(dict(account))
        user_with_membership_ensure(**scoped)
        done.append(scoped)
    return done


def demo_zone_agencies(plan: Plan) -> int:
    """For a zone whose plan names no agencies: create its district agencies, as its admin would."""
    zone = plan.zone
    if Agency.objects.filter(zone=zone).exists():
        return 0
    prefix = f"{zone.parent.name if zone.parent else ''}{zone.name}"
    for category, suffix, alias in DISTRICT_AGENCIES:
        agency_create(zone=zone, name=prefix + suffix, aliases=[alias], category=category)
    return len(DISTRICT_AGENCIES)


# History dates -----------------------------------------------------------------------------------


def _month_ends(start: datetime.date, end: datetime.date) -> Iterator[datetime.date]:
    year, month = start.year, start.month
    while True:
        nxt = datetime.date(year + month // 12, month % 12 + 1, 1)
        if nxt - days_span(1) > end:
            return
        yield nxt - days_span(1)
        year, month = nxt.year, nxt.month


def demo_history_dates(plan: Plan, today: datetime.date = DEMO_TODAY) -> list[datetime.date]:
    """Every month end from the plan's start to the demo today, the day after its end (the day
    an ended plan is judged on, targets/plan_dates.py) and the demo today."""
    judged = datetime.date(plan.period_end, 12, 31) + days_span(1)
    days = {*_month_ends(demo_calendar(plan, today).start, today), today}
    return sorted(days | ({judged} if judged < today else set()))

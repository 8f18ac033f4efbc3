"""Pages flat in data size: a page's query count is the same with one copy of the data and with
three (more zones, plans, agencies, tasks, history), and the all-zones dashboard reads one
snapshot row per zone it shows, however many nights of history there are (the benchmark
measures the times; these pin the shapes)."""

import datetime

import pytest
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from pilots.models import Membership
from targets.dashboards.zone_overview import OVERVIEW_PAGE_SIZE
from targets.models import Observation, Snapshot
from targets.rollup import plan_rollup
from tasks.models import Milestone, StatusUpdate, TaskAssignment
from tests.factories import (
    AgencyFactory,
    PlanFactory,
    SectionFactory,
    TargetFactory,
    TaskFactory,
    UserFactory,
    ZoneFactory,
)

Scope = Snapshot.Scope


def copy_of_world(n: int, *, tasks: int = 6, nights: int = 1):
    """One zone with a plan, agencies, sections, tasks (each with two agencies, updates and
    milestones), targets with figures, rolled up on ``nights`` dates ending today."""
    zone = ZoneFactory(slug=f"copy-{n}", name=f"副本{n}市")
    plan = PlanFactory(zone=zone, code=f"copy-{n}", period_start=2020, period_end=2030)
    agencies = [AgencyFactory(zone=zone, name=f"副本{n}局{i}") for i in range(4)]
    section = SectionFactory(plan=plan)
    child = SectionFactory(plan=plan, parent=section)
    first = datetime.date(2024, 1, 1)
    for i in range(tasks):
        task = TaskFactory(section=child if i % 2 else section)
        TaskAssignment.objects.create(task=task, agency=agencies[i % 4], role="lead")
        TaskAssignment.objects.create(task=task, agency=agencies[(i + 1) % 4], role="supporting")
        StatusUpdate.objects.bulk_create(
            StatusUpdate(task=task, status="in_progress", percent=10 * j,
                         reported_on=first + datetime.timedelta(days=20 * j))
            for j in range(1, 4)
        )  # fmt: skip
        Milestone.objects.create(task=task, title="节点", due_on=first)
    for owner in agencies[:2]:
        target = TargetFactory(goal__plan=plan, owner=owner, deadline_year=2030)
        Observation.objects.create(target=target, as_of=first, value=5)
    today = timezone.localdate()
    for night in range(nights):
        plan_rollup(plan=plan, as_of=today - datetime.timedelta(days=night))
    return zone, plan, agencies


def queries_of(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def page_urls(zone, plan, agencies) -> list[str]:
    task = plan.tasks.order_by("order").first()
    return [
        reverse("dashboard"),
        reverse("dashboard-zone", args=[zone.slug]),
        reverse("dashboard-agency", args=[agencies[0].pk]),
        reverse("my-tasks"),
        reverse("task-detail", args=[task.pk]),
    ]


@pytest.mark.django_db
def test_page_queries_are_the_same_with_one_and_three_copies(client):
    zone, plan, agencies = copy_of_world(0)
    staff = UserFactory()
    Membership.objects.create(user=staff, role="staff", agency=agencies[0])
    leader = UserFactory()
    Membership.objects.create(user=leader, role="leadership")

    def counts(user):
        client.force_login(user)
        urls = page_urls(zone, plan, agencies)
        for url in urls:
            queries_of(client, url)  # warm the session and chart caches alike
        return [queries_of(client, url) for url in urls]

    one = {"staff": counts(staff), "leader": counts(leader)}
    for n in (1, 2):
        copy_of_world(n, nights=3)
    plan_rollup(plan=plan, as_of=timezone.localdate() - datetime.timedelta(days=1))
    three = {"staff": counts(staff), "leader": counts(leader)}
    assert one == three


def snapshots_loaded(action) -> int:
    loaded = []

    def count(sender, **kwargs):
        loaded.append(1)

    post_init.connect(count, sender=Snapshot)
    try:
        action()
    finally:
        post_init.disconnect(count, sender=Snapshot)
    return len(loaded)


def zone_history(zone_count: int, nights: int) -> None:
    """Zones with a zone snapshot on each of ``nights`` dates (copied rows: the overview only
    reads them)."""
    today = timezone.localdate()
    for n in range(zone_count):
        zone = ZoneFactory(slug=f"hist-{n}", name=f"历史{n}区", level="district")
        plan = PlanFactory(zone=zone, code=f"hist-{n}")
        figures = {"plan_id": plan.id, "plan_code": plan.code, "level": "district",
                   "progress": n, "tasks": 10, "red_tasks": n % 3, "schema": 1}  # fmt: skip
        Snapshot.objects.bulk_create(
            Snapshot(scope=Scope.ZONE, object_id=zone.id, plan=plan, zone=zone,
                     as_of=today - datetime.timedelta(days=night), figures=figures,
                     computed_at=timezone.now())
            for night in range(nights)
        )  # fmt: skip


@pytest.mark.django_db
def test_overview_reads_one_snapshot_row_per_zone_shown(client):
    zone_history(OVERVIEW_PAGE_SIZE + 5, nights=12)
    leader = UserFactory()
    Membership.objects.create(user=leader, role="leadership")
    client.force_login(leader)
    loaded = snapshots_loaded(lambda: client.get(reverse("dashboard")))
    assert loaded <= OVERVIEW_PAGE_SIZE
    page = client.get(reverse("dashboard")).context["page"]
    assert page.paginator.count == OVERVIEW_PAGE_SIZE + 5 and len(page) == OVERVIEW_PAGE_SIZE


@pytest.mark.django_db
def test_overview_sorts_filters_pages_and_summarises(client):
    zone_history(OVERVIEW_PAGE_SIZE + 5, nights=2)
    leader = UserFactory()
    Membership.objects.create(user=leader, role="leadership")
    client.force_login(leader)
    url = reverse("dashboard")
    by_progress = client.get(url, {"sort": "progress", "desc": "on"}).context
    shown = [row["figures"].progress for row in by_progress["rows"]]
    assert shown == sorted(shown, reverse=True) and shown[0] == OVERVIEW_PAGE_SIZE + 4
    assert by_progress["summary"]["rolled_up"] == OVERVIEW_PAGE_SIZE + 5
    assert by_progress["summary"]["tasks"] == 10 * (OVERVIEW_PAGE_SIZE + 5)
    second = client.get(url, {"sort": "progress", "desc": "on", "page": 2}).context
    assert [row["figures"].progress for row in second["rows"]] == [4, 3, 2, 1, 0]
    found = client.get(url, {"q": "历史7区"}).context
    assert [row["zone"].slug for row in found["rows"]] == ["hist-7"]
    assert found["summary"]["red_tasks"] == 1
    assert client.get(url, {"level": "city"}).context["summary"]["rolled_up"] == 0
    # Input it cannot use is ignored, never a 500.
    for hostile in ({"sort": "figures; drop"}, {"page": "x"}, {"page": 10**9}, {"q": "a" * 500}):
        assert client.get(url, hostile).status_code == 200

"""Snapshots stored as changes (targets/snapshots.py) answer every rolled-up date exactly as a
full copy of every row per date did: rollups of dates in any order, reruns, a thing archived
midway, two plans of a zone sharing an agency, retention; and a night with nothing changed
writes only the plan's and zone's rows. Every page reads the same from them as from full copies."""

import datetime
import json
import random
import re

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from pilots.models import Membership, Plan
from targets.models import Snapshot
from targets.retention import snapshots_prune
from targets.rollup import plan_rollup
from targets.rollup.plan import plans_rollup
from targets.snapshots import DELTA_SCOPES, GONE, snapshots_on
from tasks.models import Milestone, StatusUpdate, TaskStatus
from tests.factories import (
    AgencyFactory,
    AssignmentFactory,
    ObservationFactory,
    PlanFactory,
    SectionFactory,
    TargetFactory,
    TaskFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
Scope = Snapshot.Scope
START = datetime.date(2025, 1, 1)
DATES = [START + datetime.timedelta(days=n) for n in (0, 1, 2, 9, 20, 31, 45, 58, 59, 80, 120)]


def day(n: int) -> datetime.date:
    return START + datetime.timedelta(days=n)


@pytest.fixture
def plans():
    """Two plans of one zone (an agency works on both), tasks reported now and then, one with
    a milestone, one never; a target with figures."""
    first = PlanFactory(period_start=2021, period_end=2026)
    second = PlanFactory(zone=first.zone, code=f"{first.code}-2", period_start=2024,
                         period_end=2027)  # fmt: skip
    shared = AgencyFactory(zone=first.zone)
    for plan in (first, second):
        section = SectionFactory(plan=plan)
        for _n in range(3):
            AssignmentFactory(task=TaskFactory(section=section), agency=shared)
        AssignmentFactory(task=TaskFactory(section=section))
        target = TargetFactory(goal__plan=plan, deadline_year=2026, owner=shared)
        ObservationFactory(target=target, as_of=day(-40), value=20)
        ObservationFactory(target=target, as_of=day(50), value=60)
    reported = first.tasks.order_by("pk")[0]
    for n, (status, percent) in enumerate([("in_progress", 10), ("in_progress", 40),
                                           ("delayed", 40), ("completed", 100)]):  # fmt: skip
        StatusUpdate.objects.create(
            task=reported, status=status, percent=percent, reported_on=day(-10 + 30 * n)
        )
    other = first.tasks.order_by("pk")[1]
    StatusUpdate.objects.create(
        task=other, status=TaskStatus.IN_PROGRESS, percent=5, reported_on=day(-200)
    )
    Milestone.objects.create(task=other, title="节点", due_on=day(15))
    Milestone.objects.create(task=other, title="节点二", due_on=day(70), done_on=day(100))
    return first, second


class FullCopies:
    """What the rollup stored when it wrote every row of every date (the reference)."""

    def __init__(self):
        self.rows: dict[datetime.date, dict[tuple, Snapshot]] = {}

    def rollup(self, plan, as_of):
        self.batch([plan], as_of)

    def batch(self, plans, as_of):
        """The plans rolled up together (written as if one after another)."""
        plans = list(Plan.objects.filter(pk__in=[p.pk for p in plans]).select_related("zone"))
        for result in plans_rollup(plans=plans, as_of=as_of):
            rows = self.rows.setdefault(as_of, {})
            new = {full_key(s): s for s in result.snapshots}
            for key in [k for k, s in rows.items() if s.plan_id == result.plan.id and k not in new]:
                del rows[key]  # things archived since: the date's stale rows were deleted
            rows.update(new)

    def of(self, plan, as_of) -> dict:
        return {
            key[:2]: (s.light, json.loads(json.dumps(s.figures)))
            for key, s in self.rows[as_of].items()
            if s.plan_id == plan.id
        }


def full_key(s: Snapshot) -> tuple:
    """A row's key: an agency has a row per plan; a zone's is the last plan's to write it."""
    return s.scope, s.object_id, s.plan_id if s.scope == Scope.AGENCY else None


def read(plan, as_of) -> dict:
    snaps = snapshots_on(plan_id=plan.id, day=as_of, scopes=Scope.values)
    return {(s.scope, s.object_id): (s.light, s.figures) for s in snaps}


def assert_every_date_reads_as_full_copies(plans, full: FullCopies, dates=None):
    for as_of in dates or full.rows:
        for plan in plans:
            if not Snapshot.objects.filter(scope=Scope.PLAN, object_id=plan.id, as_of=as_of):
                continue
            assert read(plan, as_of) == full.of(plan, as_of), (plan.code, as_of)


def test_dates_rolled_up_in_any_order_read_as_full_copies(plans):
    full = FullCopies()
    order = random.Random(14).sample(DATES, len(DATES))
    for as_of in order[:6]:
        for plan in plans:
            full.rollup(plan, as_of)
    assert_every_date_reads_as_full_copies(plans, full)
    first, second = plans
    gone = first.tasks.order_by("pk")[2]
    gone.archived_at = timezone.now()
    gone.save(update_fields=["archived_at"])
    for as_of in [*order[6:], order[2], order[0]]:  # new dates, and earlier ones again
        full.batch([first, second], as_of)
    full.rollup(first, DATES[4])  # the first plan again, the second's agency rows kept
    assert_every_date_reads_as_full_copies(plans, full)
    assert Snapshot.objects.filter(scope=Scope.TASK, object_id=gone.id, figures=GONE).exists()
    stored = Snapshot.objects.count()
    copies = sum(len(rows) for rows in full.rows.values())
    assert stored < copies / 2, (stored, copies)

    report = snapshots_prune(today=DATES[-1], keep_days=30)
    assert report.rows_deleted
    kept = set(Snapshot.objects.filter(scope=Scope.PLAN).values_list("as_of", flat=True))
    assert kept < set(DATES)
    assert_every_date_reads_as_full_copies(plans, full, dates=sorted(kept))


def test_a_night_with_nothing_changed_writes_only_the_plan_and_zone_rows(plans):
    first, _second = plans
    plan_rollup(plan=first, as_of=day(20))
    result = plan_rollup(plan=first, as_of=day(21))
    assert result.rows_written == 2
    rows = Snapshot.objects.filter(as_of=day(21))
    assert sorted(rows.values_list("scope", flat=True)) == [Scope.PLAN, Scope.ZONE]
    # A task's day counts still grow by the day read.
    silent = first.tasks.order_by("pk")[1]
    read_on = {d: {s.object_id: s.figures for s in snapshots_on(
        plan_id=first.id, day=d, scopes=[Scope.TASK])} for d in (day(20), day(21))}  # fmt: skip
    assert (
        read_on[day(21)][silent.id]["days_silent"] == read_on[day(20)][silent.id]["days_silent"] + 1
    )
    assert read_on[day(21)][silent.id]["overdue_milestones"][0]["days"] == 6


def pages(client, plans, dates) -> dict:
    """Every page that reads snapshots, for each date: HTML with its per-render tokens (chart
    element ids, CSRF tokens) masked."""
    first, second = plans
    agency = first.tasks.order_by("pk")[0].assignments.get().agency
    urls = [reverse("dashboard"), reverse("evaluation", args=[first.code])]
    for as_of in dates:
        q = f"?as_of={as_of.isoformat()}"
        urls += [
            reverse("dashboard") + q,
            reverse("dashboard-zone", args=[first.zone.slug]) + q,
            reverse("dashboard-zone", args=[first.zone.slug]) + q + f"&plan={second.code}",
            reverse("dashboard-agency", args=[agency.pk]) + q,
            reverse("dashboard-agency", args=[agency.pk]) + q + f"&plan={second.code}",
            reverse("briefing", args=[first.zone.slug]) + f"?period={as_of:%Y-%m}",
        ]
    found = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        found[url] = TOKENS.sub("…", response.content.decode())
    return found


TOKENS = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|"
    r'name="csrfmiddlewaretoken" value="[^"]+"|"X-CSRFToken": "[^"]+"'
)


def full_copies_materialised(plans) -> None:
    """Rewrite the stored changes as full copies: every thing's row on every rolled-up date."""
    answers = []
    for plan in plans:
        for as_of in Snapshot.objects.filter(scope=Scope.PLAN, object_id=plan.id).values_list(
            "as_of", flat=True
        ):
            answers += snapshots_on(plan_id=plan.id, day=as_of, scopes=DELTA_SCOPES)
    Snapshot.objects.filter(scope__in=DELTA_SCOPES).delete()
    for snap in answers:
        snap.pk = None
    Snapshot.objects.bulk_create(answers)


def test_every_page_reads_stored_changes_as_it_read_full_copies(plans, client):
    full = FullCopies()
    for as_of in random.Random(7).sample(DATES, len(DATES)):
        full.batch(plans, as_of)
    snapshots_prune(today=DATES[-1], keep_days=30)
    user = UserFactory()
    Membership.objects.create(user=user, role="leadership")
    client.force_login(user)
    dates = [*DATES, day(5), day(200)]  # rolled up, pruned, and dates between them
    # Dates never rolled up (or pruned) are, on their first view; the second view is served
    # from the parts the first cached (a first view that rolled a zone up cached no chart).
    pages(client, plans, dates)
    stored = pages(client, plans, dates)
    rows = Snapshot.objects.count()
    full_copies_materialised(plans)
    assert Snapshot.objects.count() > rows
    cache.clear()
    assert pages(client, plans, dates) == stored


def test_a_row_carried_to_a_later_date_counts_its_days_from_that_date():
    """Rolling up an earlier date that changes a thing copies the row a later date read onto
    that date; the copy's day counts (days silent, a milestone's days late) are the later
    date's, not those of the date the row was first written on."""
    plan = PlanFactory(period_start=2021, period_end=2026)
    task = TaskFactory(section=SectionFactory(plan=plan))
    StatusUpdate.objects.create(task=task, status="in_progress", percent=10, reported_on=day(-5))
    Milestone.objects.create(task=task, title="节点", due_on=day(15), done_on=day(40))
    full = FullCopies()
    for as_of in (day(9), day(45), day(20)):  # the milestone is late on day 20 only
        full.rollup(plan, as_of)
    assert Snapshot.objects.filter(scope=Scope.TASK, object_id=task.id, as_of=day(45)).exists()
    assert_every_date_reads_as_full_copies([plan], full)

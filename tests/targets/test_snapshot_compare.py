"""The two ways a rollup compares its rows with those stored (targets/snapshot_compare.py) come
to the same writes: by digest (PostgreSQL, the plans' latest date) and by figures read back
(every database, every date). A row stored without a digest counts as changed and is written
again; every date still reads as before."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from pilots.models import Plan
from targets import snapshot_store
from targets.models import Snapshot
from targets.rollup import plan_rollup
from targets.rollup.plan import plans_rollup
from targets.snapshot_compare import HALF, FiguresByDigest, FiguresInPython, snapshot_digest
from targets.snapshot_store import snapshot_changes
from targets.snapshots import GONE, snapshots_on
from tasks.models import Milestone, StatusUpdate, TaskStatus
from tests.conftest import unavailable
from tests.factories import (
    AgencyFactory,
    AssignmentFactory,
    PlanFactory,
    SectionFactory,
    TargetFactory,
    TaskFactory,
)

pytestmark = pytest.mark.django_db
Scope = Snapshot.Scope
START = datetime.date(2025, 3, 1)


def day(n: int) -> datetime.date:
    return START + datetime.timedelta(days=n)


@pytest.fixture
def plans():
    first = PlanFactory(period_start=2021, period_end=2026)
    second = PlanFactory(zone=first.zone, code=f"{first.code}-2", period_start=2024,
                         period_end=2027)  # fmt: skip
    shared = AgencyFactory(zone=first.zone)
    for plan in (first, second):
        section = SectionFactory(plan=plan)
        for _n in range(3):
            AssignmentFactory(task=TaskFactory(section=section), agency=shared)
        TargetFactory(goal__plan=plan, deadline_year=2026, owner=shared)
    task = first.tasks.order_by("pk")[1]
    Milestone.objects.create(task=task, title="节点", due_on=day(3))
    return list(Plan.objects.filter(pk__in=[first.pk, second.pk]).select_related("zone"))


def changes(plans, as_of, figures) -> tuple:
    """What the write of the plans' rows of the date would upsert and delete, compared so."""
    fresh = [(r.plan, r.snapshots) for r in plans_rollup(plans=plans, as_of=as_of, dry_run=True)]
    chosen = snapshot_store.FiguresByDigest
    snapshot_store.FiguresByDigest = figures
    try:
        found = snapshot_changes(fresh, as_of)
    finally:
        snapshot_store.FiguresByDigest = chosen
    upserts = sorted(
        (s.scope, s.object_id, s.as_of, s.plan_id, s.light, s.figures == GONE, s.digest)
        for s in found.upserts
    )
    return upserts, found.deletes


def assert_both_ways_alike(plans, as_of) -> None:
    by_digest = changes(plans, as_of, FiguresByDigest)
    assert by_digest == changes(plans, as_of, FiguresInPython)


def test_by_digest_and_by_figures_the_same_rows_are_written(plans):
    if connection.vendor != "postgresql":
        unavailable("comparing by digest reads the stored rows in PostgreSQL's SQL")
    first, _second = plans
    reported, silent, _third = first.tasks.order_by("pk")

    def archived(value):
        return lambda: first.tasks.filter(pk=silent.pk).update(archived_at=value)

    def report(status, on):
        return lambda: StatusUpdate.objects.create(task=reported, status=status, percent=30,
                                                   reported_on=on)  # fmt: skip

    steps = [  # (a change, then a rollup of the next date or of the same date again)
        (lambda: None, 1),  # nothing changed: only the plan's and zone's rows
        (report(TaskStatus.IN_PROGRESS, day(2)), 1),
        (lambda: None, 0),
        (report(TaskStatus.DELAYED, day(4)), 1),
        (lambda: Milestone.objects.filter(task=silent).update(done_on=day(5)), 1),
        (archived(timezone.now()), 1),  # the task gone: a row marks it
        (archived(None), 0),  # back the same day: that row goes again
        (archived(timezone.now()), 1),
    ]
    as_of = day(0)
    for step, days in steps:
        step()
        as_of += datetime.timedelta(days=days)
        assert_both_ways_alike(plans, as_of)
        assert_both_ways_alike([first], as_of)
        plans_rollup(plans=plans, as_of=as_of)
    gone = Snapshot.objects.filter(scope=Scope.TASK, object_id=silent.id, figures=GONE)
    assert list(gone.values_list("as_of", flat=True)) == [as_of]


def test_the_latest_date_is_compared_without_reading_figures_back(plans, monkeypatch):
    if connection.vendor != "postgresql":
        unavailable("comparing by digest reads the stored rows in PostgreSQL's SQL")
    plans_rollup(plans=plans, as_of=day(0))

    def read_whole(*args):
        raise AssertionError("the stored rows' figures were read back")

    monkeypatch.setattr(FiguresInPython, "stored_rows", read_whole)
    result = plans_rollup(plans=plans, as_of=day(1))
    assert sum(r.rows_written for r in result) == len(plans) + 1  # the plans', their zone's
    with pytest.raises(AssertionError):  # a past date carries copies: it reads them whole
        plans_rollup(plans=plans, as_of=day(-1))


def test_a_row_without_digest_counts_as_changed_and_reads_as_before(plans):
    first, _second = plans
    plan_rollup(plan=first, as_of=day(0))
    before = snapshots_on(plan_id=first.id, day=day(0), scopes=Scope.values)
    Snapshot.objects.update(digest="")  # as stored before digests, or by other writers
    again = plan_rollup(plan=first, as_of=day(1))
    rows = Snapshot.objects.filter(as_of=day(1), plan=first)
    if connection.vendor == "postgresql":  # compared by digest: written again, with one
        assert again.rows_written == len(again.snapshots) == rows.count()
    assert "" not in set(rows.values_list("digest", flat=True))
    after = snapshots_on(plan_id=first.id, day=day(0), scopes=Scope.values)
    assert [(s.scope, s.object_id, s.light, s.figures) for s in after] == [
        (s.scope, s.object_id, s.light, s.figures) for s in before
    ]
    assert plan_rollup(plan=first, as_of=day(2)).rows_written == 2


def test_a_digest_hashes_what_rows_are_compared_on():
    milestone = {"id": 2, "title": "节点", "due_on": "2025-02-01", "days": 28}
    task = {"id": 1, "due_on": "2025-03-01", "status": "in_progress", "days_silent": 3,
            "stale": False, "days_overdue": 0, "reasons": [], "light": "green",
            "overdue_milestones": [milestone]}  # fmt: skip
    later = {**task, "days_silent": 4,
             "overdue_milestones": [{**milestone, "days": 29}]}  # fmt: skip
    one, other = snapshot_digest(Scope.TASK, task, "green"), snapshot_digest(Scope.TASK, later, "")
    # The same task a day later: compared alike, stored otherwise.
    assert len(one) == 2 * HALF and one[:HALF] == other[:HALF] and one[HALF:] != other[HALF:]
    changed = snapshot_digest(Scope.TASK, {**task, "status": "delayed"}, "green")
    assert changed[:HALF] != one[:HALF]
    plan = snapshot_digest(Scope.PLAN, {"tasks": 3}, "")
    assert plan[:HALF] == plan[HALF:] != snapshot_digest(Scope.PLAN, {"tasks": 4}, "")[:HALF]

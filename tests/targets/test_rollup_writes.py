"""The rollup's upsert writes only what changed: a rollup with nothing changed writes no rows
and leaves every row (its ``computed_at`` too, so cached charts stay valid) as it was."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pilots.models import Plan
from targets.models import RollupState, Snapshot
from targets.rollup import plan_rollup
from targets.rollup.write import snapshots_upsert
from tasks.models import StatusUpdate, TaskStatus
from tests.conftest import unavailable
from tests.factories import AssignmentFactory, PlanFactory, SectionFactory, TaskFactory

pytestmark = pytest.mark.django_db
AS_OF = datetime.date(2024, 6, 30)


def rows():
    return {
        (s.scope, s.object_id): (s.pk, s.computed_at, s.figures, s.light)
        for s in Snapshot.objects.filter(as_of=AS_OF)
    }


@pytest.fixture
def plan():
    plan = PlanFactory(period_start=2020, period_end=2030)
    section = SectionFactory(plan=plan)
    for code in ("A", "B", "C"):
        AssignmentFactory(task=TaskFactory(section=section, code=code))
    return plan


def test_a_rollup_with_nothing_changed_writes_no_rows(plan):
    first = plan_rollup(plan=plan, as_of=AS_OF)
    assert first.rows_written == len(first.snapshots) > 5
    before = rows()
    again = plan_rollup(plan=plan, as_of=AS_OF)
    assert again.written and again.rows_written == 0
    assert rows() == before


def test_a_change_rewrites_only_the_rows_it_changes(plan):
    plan_rollup(plan=plan, as_of=AS_OF)
    before = rows()
    task = plan.tasks.get(code="B")
    StatusUpdate.objects.create(
        task=task, status=TaskStatus.IN_PROGRESS, percent=50, reported_on=AS_OF
    )
    result = plan_rollup(plan=plan, as_of=AS_OF)
    after = rows()
    changed = {key for key in after if after[key] != before[key]}
    # The task, its section, its agency, the plan and the zone; the other tasks stay.
    assert ("task", task.pk) in changed and ("plan", plan.pk) in changed
    assert not {("task", t.pk) for t in plan.tasks.exclude(pk=task.pk)} & changed
    assert result.rows_written == len(changed)
    assert after[("task", task.pk)][0] == before[("task", task.pk)][0]  # updated in place


def test_the_upsert_is_one_statement_per_batch(plan):
    snapshots = plan_rollup(plan=plan, as_of=AS_OF, dry_run=True).snapshots
    with CaptureQueriesContext(connection) as queries:
        assert snapshots_upsert(snapshots) == len(snapshots)
    assert len(queries) == 1
    assert snapshots_upsert(snapshots) == 0


def command_queries() -> int:
    with CaptureQueriesContext(connection) as queries:
        call_command("rollup", stdout=StringIO())
    return len(queries)


def test_the_full_rollup_reads_every_plan_at_once_and_moves_each_watermark(plan):
    one = command_queries()
    for _ in range(2):
        other = PlanFactory(period_start=2020, period_end=2030)
        AssignmentFactory(task=TaskFactory(section=SectionFactory(plan=other)))
    three = command_queries()
    # Reads and writes are shared by the batch: more plans, the same statements.
    assert three == one
    today = timezone.localdate()
    for p in Plan.objects.all():
        state = RollupState.objects.get(plan=p)
        assert (state.seq, state.as_of) == (p.change_seq, today)
        assert Snapshot.objects.filter(plan=p, as_of=today, scope="plan").exists()


def commit_waits(queries) -> bool:
    return not any("synchronous_commit" in q["sql"] for q in queries.captured_queries)


@pytest.mark.django_db(transaction=True)
def test_only_a_run_that_writes_nothing_commits_without_waiting_for_the_disk(plan):
    """A run that only moves the watermark may commit asynchronously (a crash leaves the plan
    behind, rolled up again to the same rows); one that writes rows, or runs inside a caller's
    transaction, commits as usual. Either way the watermark moves."""
    if connection.vendor != "postgresql":
        unavailable("asynchronous commit is PostgreSQL's")
    seq = Plan.objects.get(pk=plan.pk).change_seq
    with CaptureQueriesContext(connection) as first:
        assert plan_rollup(plan=plan, as_of=AS_OF, seq=seq).rows_written > 0
    assert commit_waits(first)
    with CaptureQueriesContext(connection) as again:
        assert plan_rollup(plan=plan, as_of=AS_OF, seq=seq + 1).rows_written == 0
    assert not commit_waits(again)
    assert RollupState.objects.get(plan=plan).seq == seq + 1
    with transaction.atomic(), CaptureQueriesContext(connection) as nested:
        assert plan_rollup(plan=plan, as_of=AS_OF, seq=seq + 2).rows_written == 0
    assert commit_waits(nested)
    assert RollupState.objects.get(plan=plan).seq == seq + 2


def test_a_rollup_of_today_with_nothing_changed_leaves_the_plan_row_alone(plan):
    """The plan is marked rolled up when its rows of today change; a run that changes none
    writes no plan row either (else it rewrote the row, and held its lock, for nothing)."""
    today = timezone.localdate()
    plan_rollup(plan=plan, as_of=today)
    marked = Plan.objects.values_list("rolled_up_at", flat=True).get(pk=plan.pk)
    assert marked is not None
    assert plan_rollup(plan=plan, as_of=today).rows_written == 0
    assert Plan.objects.values_list("rolled_up_at", flat=True).get(pk=plan.pk) == marked
    task = plan.tasks.get(code="B")
    StatusUpdate.objects.create(
        task=task, status=TaskStatus.IN_PROGRESS, percent=50, reported_on=today
    )
    assert plan_rollup(plan=plan, as_of=today).rows_written > 0
    assert Plan.objects.values_list("rolled_up_at", flat=True).get(pk=plan.pk) > marked

"""The rollup of many plans at once gives every plan exactly the snapshots of its rollup alone:
on the five shipped plans with the demo's whole story (updates, figures, milestones, verdicts
decided, districts contributing to their city), on dates across their life; and written
together, every row as the plans' rollups one after another leave it."""

import datetime
from collections import Counter
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from pilots.demo import DEMO_TODAY, demo_accounts_ensure
from pilots.models import Agency, Plan
from targets.demo import demo_data_create
from targets.figures import AgencyFigures
from targets.models import Snapshot
from targets.rollup import plan_rollup
from targets.rollup.agencies import agencies_figures, agency_score, status_counts
from targets.rollup.plan import plans_rollup
from targets.rollup.target_assessments import target_assessments_by_plan
from targets.rollup.task_states import aggregate, task_states_by_plan
from targets.watermarks import plan_rollup_current
from tasks.models import StatusUpdate, Task, TaskStatus
from tasks.services import status_update_record
from tests.factories import (
    AgencyFactory,
    AssignmentFactory,
    ObservationFactory,
    PlanFactory,
    SectionFactory,
    TargetFactory,
    TaskFactory,
    ZoneFactory,
)

DATES = [datetime.date(2024, 3, 31), datetime.date(2025, 8, 15), DEMO_TODAY]


def comparable(result) -> list[tuple]:
    return [(s.scope, s.object_id, s.plan_id, s.zone_id, s.as_of, s.light, s.figures)
            for s in result.snapshots]  # fmt: skip


@pytest.fixture
def demo(all_plans):
    demo_accounts_ensure()
    demo_data_create(admin=get_user_model().objects.get(username="admin"), history=False)
    return list(Plan.objects.select_related("zone").order_by("code"))


@pytest.mark.django_db
def test_all_plans_at_once_equal_each_plan_alone(demo):
    for as_of in DATES:
        assert_same(demo, as_of)


def assert_same(demo, as_of):
    alone = {plan.id: comparable(plan_rollup(plan=plan, as_of=as_of, dry_run=True))
             for plan in demo}  # fmt: skip
    together = {r.plan.id: comparable(r) for r in plans_rollup(plans=demo, as_of=as_of,
                                                                dry_run=True)}  # fmt: skip
    assert together == alone
    assert sum(len(rows) for rows in alone.values()) > 300


def stored() -> list[tuple]:
    return sorted(
        Snapshot.objects.values_list(
            "scope", "object_id", "as_of", "plan_id", "zone_id", "light", "figures"
        ),
        key=lambda row: row[:4],  # an agency has a row per plan
    )


@pytest.mark.django_db
def test_plans_of_one_zone_written_together_equal_written_one_by_one():
    """Three plans of one zone (one ended) share the zone's rows (each has its own of the
    zone's agencies): written in one batch, every row ends as the plans' rollups one after
    another leave it."""
    zone = ZoneFactory()
    agencies = [AgencyFactory(zone=zone) for _ in range(3)]
    for code, start, end in [("a", 2020, 2030), ("b", 2021, 2023), ("c", 2022, 2030)]:
        plan = PlanFactory(zone=zone, code=code, period_start=start, period_end=end)
        section = SectionFactory(plan=plan)
        for i, agency in enumerate(agencies):
            task = TaskFactory(section=section, code=f"{code}{i}")
            AssignmentFactory(task=task, agency=agency)
            StatusUpdate.objects.create(
                task=task, status=TaskStatus.IN_PROGRESS, percent=10 * (i + 1),
                reported_on=datetime.date(2022, 3, i + 1),
            )  # fmt: skip
        ObservationFactory(
            target=TargetFactory(goal__plan=plan, owner=agencies[0], deadline_year=2030),
            as_of=datetime.date(2022, 6, 30),
        )
    plans = list(Plan.objects.filter(zone=zone).select_related("zone").order_by("code"))
    days = [datetime.date(2022, 6, 30), datetime.date(2024, 6, 30)]
    for as_of in days:
        results = plans_rollup(plans=plans, as_of=as_of)
        assert all(r.written for r in results)
    together = stored()
    Snapshot.objects.all().delete()
    for as_of in days:
        for plan in plans:
            plan_rollup(plan=plan, as_of=as_of)
    assert stored() == together
    zone_rows = Snapshot.objects.filter(scope=Snapshot.Scope.ZONE, as_of=days[-1])
    assert [len(s.figures["plans"]) for s in zone_rows] == [3]


def agency_by_definition(states, targets, agency):
    """An agency's figures as the rules state them: its tasks by role, the targets it owns, its
    score over the tasks it leads or answers for (the rollup files each task once instead). A
    task counts once under a role, however many of its clauses name the agency (Hefei's)."""
    by_role = {}
    for s in states:
        for role in dict.fromkeys(r for agency_id, r in s.assignments if agency_id == agency.id):
            by_role.setdefault(role, []).append(s)
    accountable = {s.id: s for role in ("lead", "responsible") for s in by_role.get(role, [])}
    return AgencyFigures(
        name=agency.name, short_name=agency.short_name,
        **{role: aggregate(tasks) for role, tasks in by_role.items()},
        targets=dict(Counter(t.assessment.verdict for t in targets
                             if t.target.owner_id == agency.id)),
        score=agency_score(list(accountable.values())),
    )  # fmt: skip


@pytest.mark.django_db
def test_agency_figures_filed_in_one_pass_equal_their_definition(demo):
    agencies = list(Agency.objects.filter(archived_at__isnull=True).order_by("zone_id", "name"))
    for as_of in DATES:
        states_of = task_states_by_plan(plans=demo, as_of=as_of)
        targets_of = target_assessments_by_plan(plans=demo, as_of=as_of)
        compared = 0
        for plan in demo:
            states, targets = states_of[plan.id], targets_of[plan.id]
            zone_agencies = [a for a in agencies if a.zone_id == plan.zone_id]
            for agency, figures in agencies_figures(states, targets, zone_agencies):
                assert figures == agency_by_definition(states, targets, agency)
                counts = Counter(s.status for s in states if agency.id in dict(s.assignments))
                assert status_counts(states).get(agency.id, {}) == dict(counts)
                compared += bool(figures.score)
        assert compared > 20


@pytest.mark.django_db
def test_tasks_of_equal_order_come_in_a_fixed_order():
    """Tasks given no order (all 0) came in the table's physical order, which an update changes:
    the red list of a plan written alone and in a batch then differed."""
    plan = PlanFactory()
    section = SectionFactory(plan=plan)
    tasks = [TaskFactory(section=section, code=f"t{i}") for i in range(3)]
    type(tasks[0]).objects.filter(pk=tasks[0].pk).update(code="t0-renamed")  # its row moves
    states = task_states_by_plan(plans=[plan], as_of=datetime.date(2022, 6, 30))[plan.id]
    assert [s.id for s in states] == [t.pk for t in tasks]


@pytest.mark.django_db
def test_an_incremental_rollup_after_an_update_writes_what_a_full_rollup_writes(demo):
    """Every plan rolled up, then one task updated and its plan rolled up again (as the job
    does after a save): the stored rows are those a full rollup writes from no rows at all."""
    call_command("rollup", stdout=StringIO())
    task = Task.objects.filter(plan=demo[0], archived_at__isnull=True).order_by("pk").first()
    status_update_record(
        task=task, status=TaskStatus.DELAYED, percent=35, note="设备到货推迟",
        reported_on=timezone.localdate(),
    )  # fmt: skip
    assert plan_rollup_current(plan_id=demo[0].pk).rows_written > 0
    incremental = stored_exactly()
    Snapshot.objects.all().delete()
    call_command("rollup", stdout=StringIO())
    assert stored_exactly() == incremental
    (row,) = [row for row in incremental if row[:2] == ("task", task.pk)]
    assert row[6]["status"] == TaskStatus.DELAYED


def stored_exactly() -> list[tuple]:
    return sorted(
        Snapshot.objects.values_list(
            "scope", "object_id", "as_of", "plan_id", "zone_id", "light", "figures", "digest"
        ),
        key=lambda row: row[:4],  # an agency has a row per plan
    )

"""The rollup's prepared reads (targets/rollup/prepared.py): compiled once, run again with other
values, they return what their querysets return, built afresh with those values."""

import datetime

import pytest
from django.db import connection
from django.db.models import F, QuerySet
from django.test.utils import CaptureQueriesContext

from pilots.prepared import Prepared, among, prefetched
from targets.models import Snapshot, Target
from targets.rollup import plan_rollup
from tasks.models import Milestone, TaskAssignment, TaskClause
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


def milestones(task_ids: list[int], day: datetime.date) -> QuerySet:
    return (
        Milestone.objects.filter(among("task_id", task_ids), due_on__lt=day)
        .order_by("due_on", "id")
        .values("id", "task_id", "due_on")
    )


def targets(plan_ids: list[int], year: int) -> QuerySet:
    return (
        Target.objects.filter(among("plan_id", plan_ids), deadline_year__lte=year)
        .select_related("owner")
        .annotate(plan_code=F("plan__code"))
        .order_by("plan_id", "order")
    )


def test_a_prepared_read_returns_what_its_queryset_returns_for_any_values():
    task_ids = []
    for days in (3, 10, 40):
        task = TaskFactory()
        task_ids.append(task.pk)
        for extra in (0, days):
            due_on = datetime.date(2024, 1, 1) + datetime.timedelta(extra)
            Milestone.objects.create(task=task, title=f"节点{extra}", due_on=due_on)
    read = Prepared(milestones)
    cases = [
        (task_ids, datetime.date(2024, 1, 20)),
        (task_ids[:1], datetime.date(2024, 3, 1)),
        ([], datetime.date(2024, 3, 1)),
        (task_ids, datetime.date(2023, 1, 1)),
    ]
    for ids, day in cases:
        assert read(ids, day) == list(milestones(ids, day))
    assert read(task_ids, datetime.date(2024, 1, 20))  # not every case empty


def test_a_prepared_read_of_models_brings_their_related_objects_and_annotations():
    plans = [PlanFactory(), PlanFactory()]
    for plan in plans:
        owner = AgencyFactory(zone=plan.zone)
        for year in (2025, 2027):
            TargetFactory(goal__plan=plan, owner=owner, deadline_year=year)
    TargetFactory(goal__plan=plans[0], owner=None, deadline_year=2025)
    read = Prepared(targets)
    ids = [plan.pk for plan in plans]
    for plan_ids, year in [(ids, 2030), (ids[1:], 2026), (ids, 2026)]:
        found, expected = read(plan_ids, year), list(targets(plan_ids, year))
        assert found == expected
        assert [(t.code, t.owner and t.owner.name, t.plan_code) for t in found] == [
            (t.code, t.owner and t.owner.name, t.plan_code) for t in expected
        ]
    with CaptureQueriesContext(connection) as queries:
        [t.owner for t in read(ids, 2030)]
    assert len(queries) == 1  # the owners came with the targets


def test_rows_read_beforehand_answer_a_reverse_relation_as_a_prefetch_would():
    task = TaskFactory()
    for agency in (AgencyFactory(zone=task.plan.zone), AgencyFactory(zone=task.plan.zone)):
        AssignmentFactory(task=task, agency=agency)
    rows = list(TaskAssignment.objects.filter(task=task).order_by("id"))
    prefetched(task, "assignments", rows)
    with CaptureQueriesContext(connection) as queries:
        assert list(task.assignments.all()) == rows
        assert all(a.task is task for a in task.assignments.all())
    assert len(queries) == 0
    # A narrower read through the relation still asks the database, about this task only.
    other = AssignmentFactory(task=TaskFactory(), agency=rows[0].agency)
    assert list(task.assignments.filter(agency=rows[0].agency)) == rows[:1]
    assert other not in task.assignments.filter(agency=rows[0].agency)


def test_a_value_the_read_does_not_use_is_refused():
    def unused(plan_ids: list[int], day: datetime.date) -> QuerySet:
        return Target.objects.filter(among("plan_id", plan_ids))

    if connection.vendor != "postgresql":
        unavailable("reads are compiled once on PostgreSQL only")
    with pytest.raises(TypeError, match="day"):
        Prepared(unused)([1], datetime.date(2024, 1, 1))


def test_a_tasks_assignments_come_by_clause_then_role_then_order():
    """As ``TaskAssignment.Meta.ordering``: by the number of their clause (those of no clause
    last), then role, then order; the rollup reads the clause's number without a join."""
    task = TaskFactory(section=SectionFactory())
    second, first = (TaskClause.objects.create(task=task, number=n, text="条款") for n in (2, 1))
    zone = task.plan.zone
    made = [
        AssignmentFactory(task=task, agency=AgencyFactory(zone=zone), role=role, clause=clause,
                          order=order)
        for role, clause, order in [("responsible", None, 0), ("supporting", second, 0),
                                    ("lead", second, 1), ("lead", second, 0),
                                    ("supporting", first, 0)]
    ]  # fmt: skip
    (state,) = plan_rollup(plan=task.plan, as_of=datetime.date(2024, 6, 30), dry_run=True).of(
        "task"
    )
    expected = [made[i] for i in (4, 3, 2, 1, 0)]
    assert [agency for agency, _role in state.figures["assignments"]] == [
        a.agency_id for a in expected
    ]
    assert list(TaskAssignment.objects.filter(task=task)) == expected


def _fields(instances) -> list[dict]:
    return [
        {f.attname: getattr(i, f.attname) for f in type(i)._meta.concrete_fields} for i in instances
    ]


def test_the_plans_context_read_in_one_statement_is_what_the_reads_of_each_return():
    """Sections, agencies, zone plans and their latest plan rows (rollup/context.py's
    ``context_read``, PostgreSQL): the same rows, of the same types, in the same order, as the
    ORM reads them."""
    if connection.vendor != "postgresql":
        unavailable("the context is read in one statement on PostgreSQL only")
    from targets.rollup import context as rollup_context, zone as rollup_zone
    from targets.rollup.zone import _latest_plan_figures, _plans_of_zones

    ended = PlanFactory(period_start=2016, period_end=2020)  # judged the day after its end
    plans = [ended, PlanFactory(zone=ended.zone), PlanFactory()]
    for plan in plans:
        top = SectionFactory(plan=plan)
        SectionFactory(plan=plan, parent=top)
        AgencyFactory(zone=plan.zone, aliases=["别名"])
    today = datetime.date.today()
    for plan in plans[:2]:
        plan_rollup(plan=plan, as_of=datetime.date(2020, 12, 30))
        plan_rollup(plan=plan, as_of=today)
    plan_ids, zone_ids = [p.pk for p in plans], sorted({p.zone_id for p in plans})
    for as_of in (today, datetime.date(2020, 12, 31)):
        sections, agencies, zone_plans, rows = rollup_context.context_read(
            plan_ids, zone_ids, as_of
        )
        assert _fields(sections) == _fields(rollup_context.sections_read(plan_ids))
        assert agencies == rollup_context.agencies_read(zone_ids)
        expected_plans = _plans_of_zones(zone_ids, as_of.year)
        assert _fields(zone_plans) == _fields(expected_plans)
        assert [p._state.adding for p in zone_plans] == [False] * len(zone_plans)
        days = {p.pk: rollup_zone.judged_on(p, as_of) for p in expected_plans}
        expected_rows = _latest_plan_figures(days)
        assert set(rows) == set(expected_rows) and rows
        for plan_id, (day, figures) in rows.items():
            assert day == expected_rows[plan_id][0]
            stored = Snapshot.objects.get(scope=Snapshot.Scope.PLAN, object_id=plan_id, as_of=day)
            assert figures == stored.figures

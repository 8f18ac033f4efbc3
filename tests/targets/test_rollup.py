import datetime
import importlib
from unittest import mock

import pytest
import time_machine
from django.apps import apps as django_apps
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pilots.models import Plan
from targets.history import history_backfill
from targets.jobs import rollup_plan
from targets.models import Snapshot, Target
from targets.rollup import plan_rollup
from targets.services import observation_record
from targets.verdicts import Verdict
from tasks.models import Milestone, Task, TaskStatus
from tasks.services import feedback_record, status_update_record, task_return, task_verify
from tests.factories import (
    AgencyFactory,
    AssignmentFactory,
    ObservationFactory,
    PlanFactory,
    SectionFactory,
    TargetFactory,
    TaskFactory,
)

pytestmark = pytest.mark.django_db
AS_OF = datetime.date(2023, 6, 30)


def figures(scope, object_id, as_of=AS_OF):
    return Snapshot.objects.get(scope=scope, object_id=object_id, as_of=as_of).figures


def snapshot_state():
    return sorted(
        Snapshot.objects.values_list("scope", "object_id", "as_of", "light", "figures"),
        key=lambda row: row[:3],
    )


@pytest.fixture
def plan():
    """Four tasks in two sections: in progress, completed (unverified), blocked, silent."""
    plan = PlanFactory(period_start=2020, period_end=2025)
    first, second = SectionFactory(plan=plan), SectionFactory(plan=plan)
    busy = TaskFactory(section=first, code="A1")
    done = TaskFactory(section=first, code="A2", weight=3)
    stuck = TaskFactory(section=second, code="B1")
    silent = TaskFactory(section=second, code="B2")
    for task in (busy, done, stuck):
        AssignmentFactory(task=task)
    for task, status, percent, day in [
        (busy, TaskStatus.IN_PROGRESS, 40, datetime.date(2023, 6, 1)),
        (done, TaskStatus.COMPLETED, 100, datetime.date(2023, 6, 10)),
        (stuck, TaskStatus.BLOCKED, 10, datetime.date(2023, 1, 5)),
    ]:
        status_update_record(
            task=task,
            status=status,
            percent=percent,
            reported_on=day,
            evidence_url="https://x.cn/1",
        )
    Milestone.objects.create(task=busy, title="完成选址", due_on=datetime.date(2023, 6, 20))
    plan.tasks_by_code = {t.code: t for t in (busy, done, stuck, silent)}
    return plan


def test_task_and_plan_figures(plan):
    plan_rollup(plan=plan, as_of=AS_OF)
    p = figures("plan", plan.id)
    # Weighted mean: (40×1 + 100×3 + 10×1 + 0×1) / 6 = 58.3
    assert p["progress"] == 58.3
    assert p["by_status"] == {"in_progress": 1, "completed": 1, "blocked": 1, "not_started": 1}
    assert (p["awaiting_verification"], p["unassigned"], p["overdue_milestones"]) == (1, 1, 1)
    assert p["stale"] == 2  # blocked since January, and the one never updated
    assert p["weights"] == "custom"
    assert {t["code"] for t in p["red_tasks"]} == {"B1"}
    busy = figures("task", plan.tasks_by_code["A1"].id)
    assert busy["light"] == "yellow"
    assert busy["reasons"] == [{"code": "milestone_overdue", "days": 10, "title": "完成选址"}]
    stuck = figures("task", plan.tasks_by_code["B1"].id)
    assert stuck["reasons"] == [{"code": "blocked"}, {"code": "stale", "days": 176}]
    sections = [s["progress"] for s in p["sections"]]
    assert sections == [85.0, 5.0]  # (40 + 300)/4 and (10 + 0)/2


def test_history_uses_what_was_reported_by_that_date(plan):
    plan_rollup(plan=plan, as_of=datetime.date(2023, 3, 1))
    p = figures("plan", plan.id, datetime.date(2023, 3, 1))
    assert p["by_status"] == {"blocked": 1, "not_started": 3}
    assert p["overdue_milestones"] == 0


def on_day(day: datetime.date):
    """The clock at ten in the morning of ``day``, the zone's time."""
    moment = datetime.datetime.combine(
        day, datetime.time(10), tzinfo=timezone.get_default_timezone()
    )
    return time_machine.travel(moment, tick=False)


def verify_on(task, day: datetime.date):
    with on_day(day):
        return task_verify(task=task, by=None, note="材料齐全")


def report_on(task, day: datetime.date, **fields):
    fields = {
        "status": TaskStatus.COMPLETED,
        "percent": 100,
        "evidence_url": "https://x.cn/2",
    } | fields
    with on_day(day):
        return status_update_record(task=task, reported_on=day, **fields)


def verified_counts(plan, day):
    plan_rollup(plan=plan, as_of=day)
    p = figures("plan", plan.id, day)
    return p["verified"], p["awaiting_verification"]


def test_verified_completion_is_green_and_counted(plan):
    done = plan.tasks_by_code["A2"]
    verify_on(done, datetime.date(2023, 6, 15))
    plan_rollup(plan=plan, as_of=AS_OF)
    assert figures("plan", plan.id)["awaiting_verification"] == 0
    assert Snapshot.objects.get(scope="task", object_id=done.id, as_of=AS_OF).light == "green"


def test_a_verification_counts_from_its_own_day_not_before(plan):
    verify_on(plan.tasks_by_code["A2"], datetime.date(2023, 6, 15))
    assert verified_counts(plan, datetime.date(2023, 6, 14)) == (0, 1)
    assert verified_counts(plan, datetime.date(2023, 6, 15)) == (1, 0)


@pytest.mark.parametrize("withdrawal", ["report", "return"])
def test_a_withdrawn_verification_still_counts_on_the_days_it_held(plan, withdrawal):
    """A new report (or a return) after the verification withdraws it from its own day on: the
    days between still read the task as verified, as a leader saw them then."""
    done = plan.tasks_by_code["A2"]
    verify_on(done, datetime.date(2023, 6, 15))
    if withdrawal == "report":
        report_on(done, datetime.date(2023, 6, 25), note="补充验收材料")
    else:
        with on_day(datetime.date(2023, 6, 25)):
            task_return(task=done, by=None, reason="材料不全")
    done.refresh_from_db()
    assert done.verified_at is None
    assert verified_counts(plan, datetime.date(2023, 6, 20)) == (1, 0)
    after = (0, 1) if withdrawal == "report" else (0, 0)
    assert verified_counts(plan, datetime.date(2023, 6, 26)) == after


def test_feedback_after_a_verification_leaves_it_standing(plan):
    done = plan.tasks_by_code["A2"]
    verify_on(done, datetime.date(2023, 6, 15))
    with on_day(datetime.date(2023, 6, 20)):
        feedback_record(
            task=done, agency=AgencyFactory(), reported_on=datetime.date(2023, 6, 20), note="已归档"
        )
    assert verified_counts(plan, datetime.date(2023, 6, 21)) == (1, 0)


def test_a_report_dated_before_the_verification_it_would_withdraw_is_refused(plan):
    done = plan.tasks_by_code["A2"]
    verify_on(done, datetime.date(2023, 6, 15))
    with pytest.raises(ValidationError):
        report_on(done, datetime.date(2023, 6, 12), status=TaskStatus.IN_PROGRESS, percent=80)
    done.refresh_from_db()
    assert done.verified_at is not None and done.updates.count() == 2
    report_on(done, datetime.date(2023, 6, 15), note="同日补充")  # the day itself is allowed


def plan_days_figures(plan, days):
    rows = Snapshot.objects.filter(scope="plan", object_id=plan.id, as_of__in=days)
    return sorted(rows.values_list("as_of", "figures"))


def test_full_and_incremental_rollups_agree_on_a_withdrawn_verification(plan):
    """The nightly backfill recomputes from the day a change reaches; recomputing the whole
    history must give the same figures for every day."""
    done = plan.tasks_by_code["A2"]
    verify_on(done, datetime.date(2023, 6, 15))
    with on_day(datetime.date(2023, 7, 10)):
        history_backfill(plan)
    report_on(done, datetime.date(2023, 7, 20), note="补充验收材料")
    with on_day(datetime.date(2023, 7, 25)):
        plan.refresh_from_db()
        days = history_backfill(plan).dates
        incremental = plan_days_figures(plan, days)
        history_backfill(plan, start=datetime.date(2020, 1, 1))
        full = plan_days_figures(plan, days)
    assert dict(incremental)[datetime.date(2023, 6, 30)]["verified"] == 1
    assert incremental == full


def test_running_twice_gives_the_same_end_state(plan):
    plan_rollup(plan=plan, as_of=AS_OF)
    first = snapshot_state()
    plan_rollup(plan=plan, as_of=AS_OF)
    assert snapshot_state() == first
    assert Snapshot.objects.filter(scope="plan").count() == 1


def test_job_run_twice_gives_the_same_end_state(plan):
    rollup_plan.delay(plan.id, AS_OF.isoformat())
    first = snapshot_state()
    rollup_plan.delay(plan.id, AS_OF.isoformat())
    assert snapshot_state() == first


def test_rerun_drops_snapshots_of_archived_tasks(plan):
    plan_rollup(plan=plan, as_of=AS_OF)
    silent = plan.tasks_by_code["B2"]
    silent.archived_at = timezone.now()
    silent.save()
    plan_rollup(plan=plan, as_of=AS_OF)
    assert not Snapshot.objects.filter(scope="task", object_id=silent.id).exists()
    assert figures("plan", plan.id)["tasks"] == 3


def test_dry_run_writes_nothing(plan):
    result = plan_rollup(plan=plan, as_of=AS_OF, dry_run=True)
    assert result.of("plan")[0].figures["tasks"] == 4
    assert not Snapshot.objects.exists()


def test_a_failure_leaves_no_partial_snapshot(plan):
    # The run fails after its rows were sent (its last write, the verdicts' freeze, fails):
    # the rows sent go with it.
    with (
        CaptureQueriesContext(connection) as queries,
        mock.patch("targets.rollup.write._verdicts_freeze", side_effect=RuntimeError("boom")),
        pytest.raises(RuntimeError),
    ):
        plan_rollup(plan=plan, as_of=AS_OF)
    assert any("INSERT INTO targets_snapshot" in q["sql"] for q in queries)
    assert not Snapshot.objects.exists()


def test_target_snapshot_and_frozen_verdict():
    target = TargetFactory(value=10, deadline_year=2022, goal__plan__period_start=2020)
    ObservationFactory(target=target, as_of=datetime.date(2021, 12, 31), value=6)
    ObservationFactory(target=target, as_of=datetime.date(2022, 12, 31), value=11)
    plan_rollup(plan=target.plan, as_of=datetime.date(2023, 4, 1))
    f = figures("target", target.id, datetime.date(2023, 4, 1))
    assert f["verdict"] == Verdict.ACHIEVED_ON_TIME
    assert f["observations"] == [["2021-12-31", 6.0], ["2022-12-31", 11.0]]
    target.refresh_from_db()
    assert target.final_verdict["verdict"] == Verdict.ACHIEVED_ON_TIME
    # A figure dated after the decision does not reopen it ...
    ObservationFactory(target=target, as_of=datetime.date(2023, 4, 30), value=2)
    plan_rollup(plan=target.plan, as_of=datetime.date(2023, 5, 1))
    assert figures("target", target.id, datetime.date(2023, 5, 1))["verdict"] == "achieved_on_time"
    # ... and looking back before it was decided recomputes from the figures of that time.
    plan_rollup(plan=target.plan, as_of=datetime.date(2022, 6, 30))
    assert figures("target", target.id, datetime.date(2022, 6, 30))["verdict"] != "achieved_on_time"


def test_district_contributions_appear_beside_the_city_target(all_plans):
    city = Target.objects.get(plan__code="chongqing-ai", code="T6")
    district = Target.objects.get(plan__code="qijiang-ai", code="T4")
    assert district.contributes_to == city
    observation_record(target=district, as_of=datetime.date(2022, 12, 31), value=3)
    plan_rollup(plan=city.plan, as_of=datetime.date(2023, 1, 31))
    (contribution,) = figures("target", city.id, datetime.date(2023, 1, 31))["contributions"]
    assert (contribution["zone"], contribution["value"]) == ("綦江区", 3.0)


def test_a_burst_of_updates_is_coalesced_into_one_rollup(plan, django_capture_on_commit_callbacks):
    task = plan.tasks_by_code["A1"]
    with mock.patch("targets.jobs.rollup_plan.apply_async") as enqueue:
        for i in range(100):
            with django_capture_on_commit_callbacks(execute=True):
                status_update_record(
                    task=task, status=TaskStatus.IN_PROGRESS, percent=i % 100,
                    reported_on=AS_OF,
                )  # fmt: skip
    assert enqueue.call_count == 1
    # The job clears the flag as it starts: the next change schedules the next run.
    rollup_plan(plan.id, AS_OF.isoformat())
    with (
        mock.patch("targets.jobs.rollup_plan.apply_async") as enqueue,
        django_capture_on_commit_callbacks(execute=True),
    ):
        status_update_record(task=task, status="in_progress", percent=5, reported_on=AS_OF)
    assert enqueue.call_count == 1


def test_rollup_command(plan, capsys):
    call_command("rollup", "--plan", plan.code, "--as-of", "2023-06-30", "--dry-run")
    out = capsys.readouterr().out
    assert f"{plan.code} @ 2023-06-30: progress 58.3% of 4 tasks, 1 red" in out
    assert "not written: dry run" in out
    assert not Snapshot.objects.exists()
    call_command("rollup", "--plan", plan.code, "--as-of", "2023-06-30")
    assert Snapshot.objects.filter(scope="plan").count() == 1
    with pytest.raises(CommandError, match="unknown plan"):
        call_command("rollup", "--plan", "nope")
    with pytest.raises(CommandError, match="is not a date"):
        call_command("rollup", "--as-of", "30/06/2023")


def test_today_rollup_marks_the_plan(plan):
    plan_rollup(plan=plan, as_of=timezone.localdate())
    plan.refresh_from_db()
    assert plan.rolled_up_at is not None


def test_a_section_counts_the_tasks_of_its_sub_sections(all_plans):
    from pilots.models import Plan
    from tasks.models import Section

    liuzhou = Plan.objects.get(code="liuzhou-ai")
    plan_rollup(plan=liuzhou, as_of=datetime.date(2022, 6, 30))
    outer = Section.objects.get(plan=liuzhou, code="四.(一)")
    sub = Section.objects.get(plan=liuzhou, code="四.(一).2")
    figures = {
        s.object_id: s.figures
        for s in Snapshot.objects.filter(plan=liuzhou, scope=Snapshot.Scope.SECTION)
    }
    assert figures[sub.id]["tasks"] == 6
    assert figures[outer.id]["tasks"] == 5 + 6 + 4 + 1  # sub-sections 1.–3. and its own 4.
    plan_figures = Snapshot.objects.get(plan=liuzhou, scope=Snapshot.Scope.PLAN).figures
    assert "四.(一).2" not in [row["code"] for row in plan_figures["sections"]]
    assert sum(row["tasks"] for row in plan_figures["sections"]) == plan_figures["tasks"]


def test_a_task_unfinished_past_its_deadline_is_red_with_the_days_overdue(plan):
    busy, done = plan.tasks_by_code["A1"], plan.tasks_by_code["A2"]
    for task in (busy, done):
        task.due_on, task.due_source = datetime.date(2023, 6, 10), "admin"
        task.save()
    plan_rollup(plan=plan, as_of=AS_OF)
    late = figures("task", busy.id)
    assert late["light"] == "red" and late["days_overdue"] == 20
    assert {"code": "overdue", "days": 20} in late["reasons"]
    assert figures("task", done.id)["days_overdue"] == 0  # completed: not overdue
    assert "A1" in {t["code"] for t in figures("plan", plan.id)["red_tasks"]}


def test_without_a_deadline_a_task_is_due_at_the_plans_end(plan):
    silent = plan.tasks_by_code["B2"]
    plan_rollup(plan=plan, as_of=datetime.date(2026, 1, 3))
    state = figures("task", silent.id, datetime.date(2026, 1, 3))
    assert state["due_on"] == "2025-12-31" and state["days_overdue"] == 3
    assert {"code": "overdue", "days": 3} in state["reasons"]


def test_decisions_and_corrections_are_read_only_for_targets_that_have_them():
    target = TargetFactory(value=10, deadline_year=2022, goal__plan__period_start=2020)
    ObservationFactory(target=target, as_of=datetime.date(2021, 12, 31), value=6)

    def reads(as_of):
        with CaptureQueriesContext(connection) as queries:
            (snapshot,) = plan_rollup(plan=target.plan, as_of=as_of).of("target")
        tables = {
            table
            for q in queries
            for table in ("targets_verdictdecision", "targets_observationcorrection")
            if q["sql"].startswith(f'SELECT "{table}"')
        }
        return tables, snapshot.figures

    assert reads(datetime.date(2022, 6, 30))[0] == set()  # none yet
    ObservationFactory(target=target, as_of=datetime.date(2022, 12, 31), value=11)
    plan_rollup(plan=target.plan, as_of=datetime.date(2023, 4, 1))  # decides the verdict
    tables, f = reads(datetime.date(2023, 5, 1))
    # On PostgreSQL the decisions come with their targets, in the targets' statement.
    assert tables == (set() if connection.vendor == "postgresql" else {"targets_verdictdecision"})
    assert [d["verdict"] for d in f["decisions"]] == [Verdict.ACHIEVED_ON_TIME]


def test_an_agency_named_in_two_clauses_of_a_task_counts_the_task_once(plan, client):
    """Hefei's tasks name an agency in several (责任单位:…) clauses: its figures, its page and
    the final evaluation counted such a task once per clause (合肥市科学技术局 showed 37
    responsible tasks of a plan of 28)."""
    from pilots.models import Membership
    from targets.briefings.evaluation import final_evaluation
    from tasks.models import TaskClause
    from tests.factories import AgencyFactory, UserFactory

    agency = AgencyFactory(zone=plan.zone)
    busy, done = plan.tasks_by_code["A1"], plan.tasks_by_code["A2"]
    for number in (1, 2):
        clause = TaskClause.objects.create(task=busy, number=number, text="条款")
        AssignmentFactory(task=busy, agency=agency, role="responsible", clause=clause)
    AssignmentFactory(task=done, agency=agency, role="responsible")
    stuck = plan.tasks_by_code["B1"]  # led by the agency, and answered for in a clause
    AssignmentFactory(task=stuck, agency=agency, role="lead")
    clause = TaskClause.objects.create(task=stuck, number=1, text="条款")
    AssignmentFactory(task=stuck, agency=agency, role="responsible", clause=clause)
    plan_rollup(plan=plan, as_of=AS_OF)

    responsible = figures("agency", agency.id)["responsible"]
    assert (responsible["tasks"], responsible["completed"]) == (3, 1)
    assert responsible["progress"] == (1 * 40 + 3 * 100 + 1 * 10) / 5  # weights 1, 3, 1

    (record,) = [a for a in final_evaluation(plan=plan, today=AS_OF).agencies if a.id == agency.id]
    assert (record.tasks, record.completed, record.progress) == (3, 1, 70.0)

    user = UserFactory()
    Membership.objects.create(user=user, role="leadership")
    client.force_login(user)
    page = client.get(f"/dashboard/agencies/{agency.id}/", {"as_of": AS_OF.isoformat()})
    by_role = page.context["tasks_by_role"]
    assert [t.code for t in by_role["responsible"]] == ["A1", "A2", "B1"]
    assert [t.code for t in by_role["lead"]] == ["B1"]


def test_migration_dates_an_existing_verification_by_verified_at(plan):
    """A task verified before its verification was history gets it, dated by ``verified_at``;
    the plan is owed a recomputation from it."""
    migration = importlib.import_module("tasks.migrations.0009_verification_dated_in_history")
    done = plan.tasks_by_code["A2"]
    Task.objects.filter(pk=done.pk).update(
        verified_at=datetime.datetime(2023, 6, 15, 9, tzinfo=timezone.get_default_timezone())
    )
    Plan.objects.filter(pk=plan.pk).update(changes_from=None)
    migration.verifications_into_history(django_apps, None)
    migration.verifications_into_history(django_apps, None)  # a rerun adds nothing
    assert done.updates.filter(kind="verified").count() == 1
    assert Plan.objects.get(pk=plan.pk).changes_from == datetime.date(2023, 6, 15)
    assert verified_counts(plan, datetime.date(2023, 6, 14)) == (0, 1)
    assert verified_counts(plan, datetime.date(2023, 6, 15)) == (1, 0)

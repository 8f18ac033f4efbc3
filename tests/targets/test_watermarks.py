"""The watermark: a rollup records the change counter it computed from; the sweeper finds every
plan whose counter is ahead; a failed or lost run leaves the plan behind, never marked done."""

import datetime
import logging
from unittest import mock

import pytest
from celery.exceptions import Retry
from django.core.management import call_command
from django.db import OperationalError, connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from config.celery import app as celery_app
from pilots.models import Plan
from targets.jobs import rollup_plan, sweep_rollups
from targets.models import RollupState, Snapshot
from targets.rollup import plan_rollup
from targets.rollup.context import plan_context_of
from targets.services import rollup_request
from targets.watermarks import _plan_read, plan_rollup_current, plans_behind
from tasks.services import status_update_record
from tests.conftest import celery_eager
from tests.factories import PlanFactory, TaskFactory
from tests.stack import free_port
from tests.targets.test_scale import copy_of_world
from tests.world import TODAY

pytestmark = pytest.mark.django_db


@pytest.fixture
def task():
    return TaskFactory()


def report(task, percent):
    task.refresh_from_db()
    status_update_record(task=task, status="in_progress", percent=percent, reported_on=TODAY())


def state(plan) -> RollupState:
    return RollupState.objects.get(plan=plan)


def plan_progress(plan) -> float:
    return Snapshot.objects.get(scope="plan", object_id=plan.pk, as_of=TODAY()).figures["progress"]


def test_a_rollup_records_the_counter_it_read_and_then_has_nothing_to_do(task):
    report(task, 40)
    assert plans_behind() == [task.plan_id]
    result = plan_rollup_current(plan_id=task.plan_id)
    assert result.written and plan_progress(task.plan) == 40.0
    assert state(task.plan).seq == 1 and state(task.plan).as_of == TODAY()
    assert plans_behind() == []
    assert plan_rollup_current(plan_id=task.plan_id) is None  # caught up: returns early
    report(task, 50)
    assert plans_behind() == [task.plan_id]


def test_a_change_landing_during_a_run_leaves_the_plan_behind(task):
    report(task, 40)
    seen = Plan.objects.get(pk=task.plan_id).change_seq  # the run reads the counter first …
    report(task, 60)  # … a save lands while it computes …
    plan = Plan.objects.get(pk=task.plan_id)
    plan_rollup(plan=plan, as_of=TODAY(), seq=seen)
    assert state(plan).seq == 1 < plan.change_seq == 2
    assert plans_behind() == [plan.pk]  # … so the plan is not marked done
    plan_rollup_current(plan_id=plan.pk)
    assert plan_progress(plan) == 60.0 and plans_behind() == []


def test_a_run_from_an_older_counter_does_not_overwrite_a_newer_one(task):
    report(task, 40)
    report(task, 80)
    plan = Plan.objects.get(pk=task.plan_id)
    plan_rollup_current(plan_id=plan.pk)
    stale = plan_rollup(plan=plan, as_of=TODAY(), seq=1)
    assert not stale.written
    assert state(plan).seq == 2 and plan_progress(plan) == 80.0


def test_yesterdays_snapshots_or_an_old_run_put_a_plan_behind(task):
    plan_rollup_current(plan_id=task.plan_id)
    RollupState.objects.update(as_of=TODAY() - datetime.timedelta(days=1))
    assert plans_behind() == [task.plan_id]
    plan_rollup_current(plan_id=task.plan_id)
    assert plans_behind() == []
    later = timezone.now() + datetime.timedelta(hours=7)
    assert plans_behind(now=later) == [task.plan_id]  # ROLLUP_MAX_AGE_SECONDS is 6 hours


def test_a_job_that_fails_for_good_leaves_the_plan_behind_and_says_why(task, caplog):
    report(task, 40)
    failure = OperationalError("could not connect to server")
    with (
        mock.patch("targets.watermarks.plan_rollup", side_effect=failure),
        caplog.at_level(logging.WARNING, logger="targets.services"),
    ):
        with pytest.raises(Retry):  # retried with backoff …
            rollup_plan.apply(args=[task.plan_id])
        with pytest.raises(OperationalError):  # … until it gives up
            rollup_plan.apply(args=[task.plan_id], retries=rollup_plan.max_retries)
    assert plans_behind() == [task.plan_id]
    recorded = state(task.plan)
    assert recorded.failures == 2 and recorded.seq == 0
    assert "could not connect" in recorded.last_error
    assert f"rollup of plan {task.plan_id} failed" in caplog.text
    rollup_plan.apply(args=[task.plan_id])  # the next run succeeds and clears the record
    assert state(task.plan).failures == 0 and plans_behind() == []


def test_the_retry_policy_outlasts_a_database_outage_of_minutes():
    assert rollup_plan.retry_backoff_max == 300 and rollup_plan.max_retries >= 10
    delays = [min(2 * 2**n, 300) for n in range(rollup_plan.max_retries)]
    assert sum(delays) > 15 * 60  # without jitter; with full jitter about half


def test_the_sweeper_enqueues_only_plans_that_are_behind(task):
    caught_up = TaskFactory()
    plan_rollup_current(plan_id=caught_up.plan_id)
    report(task, 30)
    with mock.patch("targets.jobs.rollup_plan.apply_async") as enqueue:
        assert sweep_rollups() == 1
        assert sweep_rollups() == 0  # already asked for: coalesced
    enqueue.assert_called_once_with(args=[task.plan_id], countdown=0)


def test_the_sweeper_command_rolls_up_in_process(task, capsys):
    other = PlanFactory()
    report(task, 30)
    call_command("rollup", "--sweep", "--in-process")
    assert "2 plan(s) behind; rolled up 2" in capsys.readouterr().out
    assert plan_progress(task.plan) == 30.0 and plans_behind() == []
    call_command("rollup", "--sweep", "--in-process")
    assert "0 plan(s) behind" in capsys.readouterr().out
    assert RollupState.objects.get(plan=other).as_of == TODAY()


def _fresh_broker_connections():
    """Forget the app's pools (as Celery does after a fork) so the next publish uses the
    current broker URL."""
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


@pytest.fixture
def broker_away():
    """A real broker address where nothing listens (not a mock): publishing fails at once."""
    conf = celery_app.conf
    previous = conf["CELERY_BROKER_URL"]
    conf["CELERY_BROKER_URL"] = f"redis://127.0.0.1:{free_port()}/0"
    celery_eager(False)
    _fresh_broker_connections()
    yield
    conf["CELERY_BROKER_URL"] = previous
    _fresh_broker_connections()


def test_with_the_broker_away_the_sweeper_command_works_in_process(task, broker_away, capsys):
    report(task, 20)
    call_command("rollup", "--sweep")
    captured = capsys.readouterr()
    assert "broker is not reachable: rolling up here instead" in captured.err
    assert "rolled up 1" in captured.out and plans_behind() == []


def test_with_the_broker_away_a_request_is_logged_and_left_to_the_sweeper(
    task, broker_away, caplog
):
    with caplog.at_level(logging.WARNING, logger="targets.services"):
        assert rollup_request(plan_id=task.plan_id) is False
    (line,) = [r.getMessage() for r in caplog.records if r.name == "targets.services"]
    assert f"rollup of plan {task.plan_id} not enqueued, left to the sweeper" in line
    # The flag is dropped, so the sweeper's next pass asks again.
    celery_eager(True)
    assert rollup_request(plan_id=task.plan_id) is True


REDIS_AWAY = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
    }
}


def test_a_save_through_the_web_succeeds_with_redis_away(
    client, caplog, django_capture_on_commit_callbacks
):
    """Redis (cache and broker) unreachable: the save answers as usual, the need for a rollup
    is in the database, the scheduling failure is one log line naming the plan."""
    from tests.world import World, report_data

    world = World()
    client.force_login(world.users["lead_staff"])
    with (
        override_settings(CACHES=REDIS_AWAY),
        caplog.at_level(logging.WARNING),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(
            f"/tasks/{world.task.pk}/report/", report_data(world.task, percent=45)
        )
        page = client.get(f"/dashboard/zones/{world.zone.slug}/")
    assert response.status_code == 302
    assert page.status_code == 200  # the charts' cache misses; the page is built anyway
    assert world.task.updates.count() == 1
    assert Plan.objects.get(pk=world.plan.pk).change_seq == 1
    assert f"rollup of plan {world.plan.pk} not enqueued, left to the sweeper" in caplog.text


def test_the_admin_shows_each_plans_watermark_lag(client, task):
    from django.contrib.auth import get_user_model

    behind, current = task.plan, PlanFactory()
    report(task, 10)
    report(task, 20)
    plan_rollup_current(plan_id=current.pk)
    admin = get_user_model().objects.create_superuser("root", password="pw-for-tests-only")
    client.force_login(admin)
    page = client.get("/admin/targets/planrollupstatus/?o=-3")
    assert page.status_code == 200
    rows = {
        row.code: row for row in page.context["cl"].result_list
    }  # the changelist's own rows, with the annotated lag
    assert rows[behind.code].lag_count == 2 and rows[current.code].lag_count == 0
    assert "待汇总变更" in page.content.decode()


def test_a_rollup_given_up_is_noted_and_the_sweeper_leaves_the_plan_alone_for_a_while(task):
    """A rollup that killed its worker on each delivery (config.celery.Job) is noted on the
    plan's watermark; the sweeper does not hand it out again every minute, but once the pause is
    over it does, and any rollup that then succeeds clears the note."""
    from targets.services import ROLLUP_GIVEN_UP, ROLLUP_TIMED_OUT, rollup_job_abandon
    from targets.watermarks import rollups_sweep

    rollup_job_abandon(task.plan_id)
    noted = state(task.plan)
    assert noted.last_error == ROLLUP_GIVEN_UP and noted.failures == 1 and noted.failed_at
    with mock.patch("targets.watermarks.rollup_request", return_value=True) as request:
        report = rollups_sweep()
        assert report.paused == [task.plan_id] and report.enqueued == []
        request.assert_not_called()
        RollupState.objects.filter(plan=task.plan).update(
            failed_at=timezone.now() - datetime.timedelta(hours=2)
        )  # ROLLUP_GIVEN_UP_PAUSE_SECONDS is an hour
        assert rollups_sweep().enqueued == [task.plan_id]
        rollup_job_abandon(task.plan_id, why="time_limit")  # past the hard time limit: paused too
        assert rollups_sweep().paused == [task.plan_id]
        assert state(task.plan).last_error == ROLLUP_TIMED_OUT
    rollup_plan.apply(args=[task.plan_id])
    assert state(task.plan).last_error == "" and plans_behind() == []


def statements_of(action) -> list[str]:
    """The statements an action sent, transaction control left out (its BEGIN and COMMIT, or
    in a test's transaction the savepoint that stands for them)."""
    with CaptureQueriesContext(connection) as queries:
        action()
    control = ("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK TO SAVEPOINT")
    return [q["sql"] for q in queries if not q["sql"].startswith(control)]


def test_the_incremental_rollup_sends_the_same_statements_with_one_and_ten_copies():
    """The rollup after a save (and one with nothing changed) is a fixed handful of
    statements, however much data there is; on PostgreSQL the plan's sections, agencies and
    zone plans come with its change counter: six statements with nothing changed (seven
    before they did)."""
    _zone, plan, _agencies = copy_of_world(0)
    plan_rollup_current(plan_id=plan.pk, force=True)
    one = len(statements_of(lambda: plan_rollup_current(plan_id=plan.pk, force=True)))
    for n in range(1, 10):
        copy_of_world(n)
    ten = len(statements_of(lambda: plan_rollup_current(plan_id=plan.pk, force=True)))
    assert ten == one
    if connection.vendor == "postgresql":
        assert one == 6
    task = plan.tasks.order_by("pk").first()
    report(task, 70)
    changed = statements_of(lambda: plan_rollup_current(plan_id=plan.pk))
    assert state(plan).seq == Plan.objects.get(pk=plan.pk).change_seq
    row = Snapshot.objects.get(scope="task", object_id=task.pk, as_of=TODAY())
    assert row.figures["percent"] == 70
    if connection.vendor == "postgresql":  # the rows' upsert on top (the close marks the plan)
        assert len(changed) <= one + 2


def test_the_context_read_with_the_counter_rolls_up_as_the_one_read_apart():
    """What the rollup computes from the context read beside the plan's counter is what it
    computes from the context read on its own, on any date (a plan's row before, during and
    after its period; sections, agencies, the zone's other plans)."""
    zone, plan, _agencies = copy_of_world(0)
    PlanFactory(zone=zone, code="second", period_start=2022, period_end=2024)
    for day in (TODAY(), datetime.date(2024, 6, 30), datetime.date(2019, 12, 31)):
        (read,) = _plan_read(plan.pk, day)
        with_counter = plan_rollup(
            plan=read, as_of=day, dry_run=True, context=plan_context_of(read, day)
        )
        apart = plan_rollup(plan=Plan.objects.get(pk=plan.pk), as_of=day, dry_run=True)
        assert [(s.scope, s.object_id, s.light, s.figures) for s in with_counter.snapshots] == [
            (s.scope, s.object_id, s.light, s.figures) for s in apart.snapshots
        ]
    assert (plan_context_of(read, day) is None) == (connection.vendor != "postgresql")

"""Outages with real processes: Redis stopped, the worker killed, PostgreSQL restarted.

Each test runs the app as production does (gunicorn, a Celery worker, Celery beat with the
sweeper every 3 s) against real services on 127.0.0.1, and is bounded in time.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from contextlib import closing
from functools import partial

import psycopg2
import pytest
import requests

from config.celery import app as celery_app
from pilots.models import Plan
from targets.jobs import rollup_plan
from targets.models import RollupState, Snapshot
from targets.watermarks import plan_rollup_current
from tests.conftest import celery_eager, unavailable
from tests.reliability.conftest import database_url_of_tests, waiting_on_lock
from tests.stack import (
    ROOT,
    AppStack,
    PostgresCluster,
    Saver,
    free_port,
    history_notes,
    manage,
    snapshot_drift,
    stack_env,
    wait_for,
    world_build,
)

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]
CONVERGE_SECONDS = 90


def _saving(savers: list[Saver], count: int, pace: float, progress: list[int]) -> threading.Thread:
    """Save ``count`` reports round-robin over the savers in the background, one at a time."""

    def run():
        for i in range(count):
            saver = savers[i % len(savers)]
            saver.save(note=f"save-{i}", percent=i % 100)
            progress[0] = i + 1
            time.sleep(pace)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _assert_history_exact(savers: list[Saver], history: list[str]) -> None:
    acknowledged = [note for s in savers for note in s.acknowledged]
    counts = {note: history.count(note) for note in set(history)}
    assert all(counts.get(note) == 1 for note in acknowledged), "an acknowledged save is lost"
    assert all(n == 1 for n in counts.values()), "a save is in the history twice"


def test_a_worker_holding_a_countdown_job_survives_a_3s_redis_stop(
    needs_postgres, transactional_db, redis_server, static_root, tmp_path
):
    """Celery 5.7.0 died here ("Unrecoverable error: AttributeError … 'hostname'")."""
    world = world_build(staff=1, leaders=0)
    env = stack_env(
        database_url=database_url_of_tests(), redis_url=redis_server.url(), folder=tmp_path,
        static_root=static_root,
    )  # fmt: skip
    app = AppStack(env, tmp_path)
    try:
        worker = app.start_worker()
        celery_eager(False)
        with celery_app.connection_for_write(redis_server.url()) as broker:
            rollup_plan.apply_async(args=[world["plans"][0]], countdown=120, connection=broker)
        assert wait_for(lambda: "received" in app.log("worker"), timeout=30), app.log("worker")

        redis_server.stop()
        time.sleep(3)
        redis_server.start()
        assert wait_for(lambda: app.log("worker").count("Connected to redis") >= 2, timeout=30)
        time.sleep(3)
        assert worker.poll() is None, app.log("worker")[-3000:]
        assert "Unrecoverable error" not in app.log("worker")

        # … and it still works: a new job is taken and done.
        with celery_app.connection_for_write(redis_server.url()) as broker:
            rollup_plan.apply_async(args=[world["plans"][0]], connection=broker)
        done = wait_for(lambda: Snapshot.objects.filter(scope="plan").exists(), timeout=30)
        assert done, app.log("worker")[-3000:]
    finally:
        app.stop()


def test_redis_stopped_5s_while_saving_loses_nothing_and_rollups_catch_up(stack, redis_server):
    world = world_build(staff=5, leaders=1)
    stack.start_worker()
    stack.start_beat()
    stack.start_web()
    savers = [
        Saver(stack.url, world["sessions"][f"staff-{i}"], world["tasks"][f"staff-{i}"])
        for i in range(5)
    ]
    leader = requests.Session()
    leader.cookies.set("sessionid", world["sessions"]["leader-0"])
    progress = [0]
    saving = _saving(savers, count=50, pace=0.2, progress=progress)
    assert wait_for(lambda: progress[0] >= 10, timeout=60)

    redis_server.stop()
    outage_ends = time.monotonic() + 5
    pages = []
    # The cache and the queue are two databases of the one server stopped: both are away.
    down = requests.get(stack.url + "/readyz", timeout=10)
    while time.monotonic() < outage_ends:
        for path in ("/dashboard/", f"/dashboard/zones/{world['zones'][0]}/"):
            pages.append(leader.get(stack.url + path, timeout=30).status_code)
        time.sleep(0.5)
    redis_server.start()
    back = time.monotonic()
    assert down.status_code == 200, down.text
    assert down.json()["cache"]["ok"] is False and down.json()["broker"]["ok"] is False

    def both_back():
        body = requests.get(stack.url + "/readyz", timeout=10).json()
        return body["cache"] == {"ok": True, "database": 1} and body["broker"]["ok"] is True

    assert wait_for(both_back, timeout=30), requests.get(stack.url + "/readyz", timeout=10).text

    saving.join(timeout=120)
    statuses = [code for s in savers for code in s.statuses]
    assert len(statuses) == 50 and max(statuses) < 500, statuses
    assert pages and max(pages) < 500, pages
    _assert_history_exact(savers, history_notes(list(world["tasks"].values())))
    assert sum(len(s.acknowledged) for s in savers) == 50
    assert "left to the sweeper" in stack.log("web"), "the scheduling failure is logged"

    converged = wait_for(lambda: not snapshot_drift(world["plans"]), timeout=CONVERGE_SECONDS)
    assert converged, (snapshot_drift(world["plans"]), stack.log("worker")[-3000:])
    print(f"\nredis outage 5 s: 50/50 saves acknowledged, {len(pages)} dashboard views < 500, "
          f"snapshots caught up {time.monotonic() - back:.1f} s after Redis returned")  # fmt: skip


def test_a_worker_killed_mid_rollup_converges_without_another_update(stack):
    world = world_build(staff=2, leaders=0)
    (plan_id,) = world["plans"]
    plan_rollup_current(plan_id=plan_id)  # the watermark row exists and is current
    stack.start_worker()
    stack.start_beat()
    stack.start_web()
    saver = Saver(stack.url, world["sessions"]["staff-0"], world["tasks"]["staff-0"])

    # Hold the plan's watermark row: the worker's rollup computes, then waits to write.
    holder = psycopg2.connect(database_url_of_tests())
    cursor = holder.cursor()
    cursor.execute("select 1 from targets_rollupstate where plan_id = %s for update", [plan_id])
    try:
        assert saver.save(note="before the crash", percent=70) == 302
        rollup_waits = partial(waiting_on_lock, "%targets_rollupstate%for update%")
        assert wait_for(rollup_waits, timeout=30), stack.log("worker")
        stack.kill("worker")
    finally:
        holder.rollback()
        holder.close()
    killed = time.monotonic()
    stack.start_worker("worker-2")

    converged = wait_for(
        lambda: (
            not snapshot_drift([plan_id])
            and RollupState.objects.get(plan_id=plan_id).seq
            == Plan.objects.get(pk=plan_id).change_seq
        ),
        timeout=CONVERGE_SECONDS,
    )
    assert converged, (snapshot_drift([plan_id]), stack.log("worker-2")[-3000:])
    figures = Snapshot.objects.get(scope="plan", object_id=plan_id, as_of=Snapshot.objects.filter(
        scope="plan", object_id=plan_id).latest("as_of").as_of).figures  # fmt: skip
    assert figures["progress"] == 35.0  # 70% on one of two tasks
    print(f"\nworker killed mid-rollup: caught up {time.monotonic() - killed:.1f} s after the kill")


def _in_stack_db(env: dict, *args: str) -> list:
    result = subprocess.run(
        [sys.executable, "-m", "tests.stack", *args], cwd=ROOT, env=env, capture_output=True,
        text=True, timeout=120, check=True,
    )  # fmt: skip
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def own_postgres(redis_server, static_root, tmp_path):
    """A PostgreSQL cluster of the test's own, migrated, for it to stop and start; with the
    environment of a stack on it."""
    try:
        cluster = PostgresCluster()
        cluster.init()
    except (FileNotFoundError, subprocess.SubprocessError) as exc:
        unavailable(f"cannot run a PostgreSQL cluster of our own: {exc}")
    try:
        cluster.createdb("pilot")
        env = stack_env(
            database_url=cluster.url("pilot"), redis_url=redis_server.url(), folder=tmp_path,
            static_root=static_root,
        )  # fmt: skip
        manage(env, "migrate", "--no-input", "-v0")
        yield cluster, env
    finally:
        cluster.destroy()


def test_postgres_restarted_while_saving(own_postgres, tmp_path):
    cluster, env = own_postgres
    app = None
    try:
        world = _in_stack_db(env, "world", "4", "0", "1")
        app = AppStack(env, tmp_path)
        app.start_worker()
        app.start_beat()
        app.start_web()
        web_pid = app.processes["web"].pid
        savers = [
            Saver(app.url, world["sessions"][f"staff-{i}"], world["tasks"][f"staff-{i}"])
            for i in range(4)
        ]
        progress = [0]
        saving = _saving(savers, count=40, pace=0.2, progress=progress)
        assert wait_for(lambda: progress[0] >= 10, timeout=60)

        cluster.stop("fast")
        down = requests.get(app.url + "/readyz", timeout=10)
        time.sleep(2)
        cluster.start()
        restarted = time.monotonic()
        saving.join(timeout=120)

        assert down.status_code == 503 and down.json()["database"]["ok"] is False
        statuses = [code for s in savers for code in s.statuses]
        assert 500 not in statuses and all(c < 500 or c == 503 for c in statuses), statuses
        assert wait_for(lambda: requests.get(app.url + "/readyz", timeout=10).ok, timeout=30)
        assert savers[0].save(note="after the restart", percent=99) == 302
        assert app.processes["web"].pid == web_pid and app.processes["web"].poll() is None
        history = _in_stack_db(env, "history", *map(str, world["tasks"].values()))
        _assert_history_exact(savers, history)

        converged = wait_for(
            lambda: _in_stack_db(env, "drift", *map(str, world["plans"])) == [],
            timeout=CONVERGE_SECONDS, interval=2,
        )  # fmt: skip
        assert converged, app.log("worker")[-3000:]
        refused = sum(1 for c in statuses if c == 503)
        print(f"\npostgres restart: {len(statuses)} saves, {refused} answered 503 (not saved), "
              f"caught up {time.monotonic() - restarted:.1f} s after the restart")  # fmt: skip
    finally:
        if app:
            app.stop()


def _gunicorn_workers(master_pid: int) -> list[int]:
    out = subprocess.run(["ps", "--ppid", str(master_pid), "-o", "pid="], capture_output=True,
                         text=True, timeout=10).stdout  # fmt: skip
    return [int(pid) for pid in out.split()]


def test_gunicorn_workers_killed_mid_save_lose_nothing_acknowledged(stack):
    """Every gunicorn worker SIGKILLed while a report waits on its task's row: the client gets no
    answer, nothing half-saved is left, the master starts new workers, and the same report
    submitted again is saved once."""
    world = world_build(staff=1, leaders=0)
    task_id = world["tasks"]["staff-0"]
    stack.start_worker()
    stack.start_web()
    saver = Saver(stack.url, world["sessions"]["staff-0"], task_id)
    master = stack.processes["web"].pid
    before = _gunicorn_workers(master)

    holder = psycopg2.connect(database_url_of_tests())
    holder.cursor().execute("select 1 from tasks_task where id = %s for update", [task_id])
    answer = []
    posting = threading.Thread(target=lambda: answer.append(saver.save("killed", 10)), daemon=True)
    try:
        posting.start()
        save_waits = partial(waiting_on_lock, "%tasks_task%for update%")
        assert wait_for(save_waits, timeout=30), stack.log("web")[-3000:]
        for pid in before:
            os.kill(pid, signal.SIGKILL)
        posting.join(timeout=30)
    finally:
        holder.rollback()
        holder.close()

    assert answer == [None], answer  # the connection dropped: no answer, so no acknowledgement
    respawned = wait_for(
        lambda: len(set(_gunicorn_workers(master)) - set(before)) == len(before), timeout=30
    )
    assert respawned and stack.processes["web"].poll() is None, stack.log("web")[-3000:]
    assert history_notes([task_id]) == [], "a save without an answer was kept"
    assert saver.save("killed", 10) == 302  # submitted again: saved once
    assert history_notes([task_id]) == ["killed"]


def test_postgres_restarted_mid_rollup_the_job_retries_itself(own_postgres, redis_server, tmp_path):
    """No beat here: nothing but the job's own retry can bring the plan up to date."""
    cluster, env = own_postgres
    app = None
    try:
        world = _in_stack_db(env, "world", "2", "0", "1")
        (plan_id,) = world["plans"]
        assert _in_stack_db(env, "drift", str(plan_id)), "the new plan has no snapshots yet"
        app = AppStack(env, tmp_path)
        app.start_worker()

        # The rollup computes, then waits to write its snapshots: PostgreSQL stops under it.
        holder = psycopg2.connect(cluster.url("pilot"))
        holder.cursor().execute("lock table targets_snapshot in exclusive mode")
        celery_eager(False)
        with celery_app.connection_for_write(redis_server.url()) as broker:
            rollup_plan.apply_async(args=[plan_id], connection=broker)

        def waiting() -> bool:  # asked on a connection of its own: a transaction sees one view
            with (
                closing(psycopg2.connect(cluster.url("pilot"))) as watcher,
                watcher.cursor() as cursor,
            ):
                cursor.execute(
                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    " and query ilike '%targets_snapshot%'"
                )
                return cursor.fetchone()[0] > 0

        assert wait_for(waiting, timeout=60), app.log("worker")[-3000:]
        cluster.stop("fast")
        holder.close()
        time.sleep(3)
        cluster.start()
        restarted = time.monotonic()

        converged = wait_for(
            lambda: _in_stack_db(env, "drift", str(plan_id)) == [], timeout=CONVERGE_SECONDS,
            interval=2,
        )  # fmt: skip
        assert converged, app.log("worker")[-3000:]
        assert "Retry in" in app.log("worker"), app.log("worker")[-3000:]
        print(f"\npostgres restarted mid-rollup: the job retried, plan current "
              f"{time.monotonic() - restarted:.1f} s after the restart")  # fmt: skip
    finally:
        if app:
            app.stop()


@pytest.mark.parametrize("answers", ["refused", "never"])
def test_with_the_cache_unreachable_a_job_still_runs_its_deliveries_uncounted(answers, settings):
    """The delivery count (config.celery.job_delivery) lives in the cache: with the cache away
    (a port that refuses, or one that accepts and never answers) a job is not held up more than
    the cache's timeouts, does not fail on the count, and runs as its first delivery."""
    from types import SimpleNamespace

    from config.celery import job_delivery
    from tests.factories import TaskFactory

    task = TaskFactory()
    with closing(socket.socket()) as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1] if answers == "never" else free_port()
        settings.CACHES = {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": f"redis://127.0.0.1:{port}/0",
                "OPTIONS": {
                    "IGNORE_EXCEPTIONS": True,
                    "SOCKET_CONNECT_TIMEOUT": 0.5,
                    "SOCKET_TIMEOUT": 0.5,
                },
            }
        }
        started = time.monotonic()
        assert job_delivery(SimpleNamespace(id="a-job", retries=0)) == 1
        counted = time.monotonic() - started
        celery_eager(True)
        started = time.monotonic()
        rollup_plan.apply(args=[task.plan_id]).get()  # a delivery of its own id: counted
        ran = time.monotonic() - started
    assert RollupState.objects.get(plan_id=task.plan_id).as_of is not None
    assert counted < 1.5
    print(
        f"\ncache {answers}: delivery counted as 1 in {counted:.2f} s; a rollup ran in {ran:.2f} s"
    )

"""A Celery worker killed -9 in the middle of a plan draft: the job is handed out again in
bounded time, and the job delivered again does not undo what happened meanwhile."""

import os
import signal
import time
from functools import partial
from pathlib import Path

import psycopg2
import pytest

from config.celery import JOB_DELIVERIES_MAX, app as celery_app
from pilots.jobs import draft_plan_source
from pilots.models import Membership, PlanDraft
from pilots.plan_drafts import plan_draft_make, plan_source_receive
from targets.jobs import rollup_plan
from targets.models import RollupState
from targets.services import ROLLUP_GIVEN_UP
from targets.watermarks import rollups_sweep
from tests.conftest import celery_eager
from tests.factories import TaskFactory, UserFactory, ZoneFactory
from tests.pilots.test_plan_drafts import HEFEI, docx_of
from tests.reliability.conftest import database_url_of_tests, waiting_on_lock
from tests.stack import AppStack, stack_env, wait_for

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]
REDELIVERY_SECONDS = 6


@pytest.mark.parametrize(
    "draft_on_worker", [{"JOB_REDELIVERY_SECONDS": str(REDELIVERY_SECONDS)}], indirect=True
)
def test_a_draft_job_redelivered_after_a_kill_keeps_the_admins_edits(draft_on_worker):
    draft, app, holder = draft_on_worker
    draft_waits = partial(waiting_on_lock, "%update%pilots_plandraft%")
    assert wait_for(draft_waits, timeout=30), app.log("worker")[-3000:]
    app.kill("worker")
    killed = time.monotonic()
    holder.rollback()

    # Meanwhile the page drafts it in the request (the worker is gone) and the admin edits it.
    assert plan_draft_make(draft_id=draft.pk).status == PlanDraft.Status.READY
    edited = PlanDraft.objects.get(pk=draft.pk).text + "\n# 管理员的修改\n"
    PlanDraft.objects.filter(pk=draft.pk).update(text=edited, version=1)

    app.start_worker("worker-2")
    redelivered = wait_for(
        lambda: (
            "pilots.draft_plan_source" in app.log("worker-2") and "succeeded" in app.log("worker-2")
        ),
        timeout=REDELIVERY_SECONDS + 40,
    )
    assert redelivered, ("the killed job was not handed out again", app.log("worker-2")[-3000:])
    took = time.monotonic() - killed
    draft.refresh_from_db()
    assert draft.status == PlanDraft.Status.READY
    assert draft.text == edited, "the job delivered again overwrote the admin's edits"
    print(f"\nworker killed mid-draft: job handed out again {took:.1f} s after the kill "
          f"(redelivery after {REDELIVERY_SECONDS} s), the admin's edits kept")  # fmt: skip


def pool_children(worker) -> list[int]:
    """The prefork pool's processes under a worker's main process."""
    path = Path(f"/proc/{worker.pid}/task/{worker.pid}/children")
    return [int(pid) for pid in path.read_text().split()]


@pytest.fixture
def draft_on_worker(request, needs_postgres, transactional_db, redis_server, static_root,
                    tmp_path, seeds_dir, settings):  # fmt: skip
    """A queued draft, its job sent to a real prefork worker of one pool process while the test
    holds the draft's row (so that the job waits mid-way); yields (draft, app, holder). An
    indirect parameter adds to the stack's environment."""
    env = stack_env(
        database_url=database_url_of_tests(), redis_url=redis_server.url(), folder=tmp_path,
        static_root=static_root, **getattr(request, "param", {}),
    )  # fmt: skip
    settings.MEDIA_ROOT = env["DJANGO_MEDIA_ROOT"]
    zone = ZoneFactory(slug="hefei", name="合肥市", level="city")
    admin = UserFactory(username="hf-admin")
    Membership.objects.create(user=admin, role="zone_admin", zone=zone)
    content = docx_of((seeds_dir / HEFEI).read_text(encoding="utf-8"))
    draft = plan_source_receive(zone=zone, file_name="合肥.docx", content=content, user=admin)
    app = AppStack(env, tmp_path)
    holder = psycopg2.connect(database_url_of_tests())
    try:
        holder.cursor().execute(
            "select 1 from pilots_plandraft where id = %s for update", [draft.pk]
        )
        app.start_worker()
        celery_eager(False)
        with celery_app.connection_for_write(redis_server.url()) as broker:
            draft_plan_source.apply_async(args=[draft.pk, "zh-hans"], connection=broker)
        yield draft, app, holder
    finally:
        holder.close()
        app.stop()


def kill_pool_child_waiting(
    app, waiting_before: int, statement: str = "%update%pilots_plandraft%"
) -> None:
    """Once the job's pool process waits on a row the test holds (the draft's by default), SIGKILL
    it (as the kernel's OOM killer would); the main worker process lives on. A killed process's
    statement goes on waiting in PostgreSQL (it notices the lost client only once it has the
    lock)."""
    job_waits = partial(waiting_on_lock, statement)
    waiting = wait_for(lambda: job_waits() > waiting_before, timeout=30)
    assert waiting, app.log("worker")[-3000:]
    (child,) = pool_children(app.processes["worker"])
    os.kill(child, signal.SIGKILL)
    assert wait_for(lambda: child not in pool_children(app.processes["worker"]), timeout=10)


def test_a_draft_whose_pool_process_is_killed_is_drafted_by_the_job_handed_out_again(
    draft_on_worker,
):
    draft, app, holder = draft_on_worker
    kill_pool_child_waiting(app, 0)
    killed = time.monotonic()
    holder.rollback()

    def drafted():
        return PlanDraft.objects.get(pk=draft.pk).status == PlanDraft.Status.READY

    assert wait_for(drafted, timeout=60), (
        "the job of the killed pool process was lost: the draft stays "
        f"{PlanDraft.objects.get(pk=draft.pk).status}",
        app.log("worker")[-3000:],
    )
    assert app.processes["worker"].poll() is None
    print(f"\npool process killed mid-draft: drafted {time.monotonic() - killed:.1f} s after")


def test_a_draft_that_kills_every_pool_process_fails_saying_so(draft_on_worker):
    draft, app, holder = draft_on_worker
    for kills in range(JOB_DELIVERIES_MAX):
        # the first waits on the draft's row, each next delivery for the run before it to end
        # (a killed process's statement goes on waiting, and its run with it)
        kill_pool_child_waiting(app, kills, "%")
    holder.rollback()  # the job's next delivery gives up, and the draft fails

    def failed():
        return PlanDraft.objects.get(pk=draft.pk).status == PlanDraft.Status.FAILED

    assert wait_for(failed, timeout=60), (
        PlanDraft.objects.get(pk=draft.pk).status,
        app.log("worker")[-3000:],
    )
    draft.refresh_from_db()
    assert "后台进程多次意外退出" in draft.message
    assert f"worker died on each of {JOB_DELIVERIES_MAX} deliveries" in app.log("worker")


@pytest.fixture
def rollup_on_worker(needs_postgres, transactional_db, redis_server, static_root, tmp_path):
    """A plan that is behind, its rollup job sent to a real prefork worker of one pool process
    while the test holds the plan's watermark row (so that the job waits mid-way); yields
    (plan, app, holder, send) — ``send()`` enqueues another rollup of the plan."""
    task = TaskFactory()
    RollupState.objects.create(plan=task.plan)  # never rolled up: behind
    env = stack_env(
        database_url=database_url_of_tests(), redis_url=redis_server.url(), folder=tmp_path,
        static_root=static_root, ROLLUP_SWEEP_SECONDS="3600",
    )  # fmt: skip
    app = AppStack(env, tmp_path)
    holder = psycopg2.connect(database_url_of_tests())

    def send():
        with celery_app.connection_for_write(redis_server.url()) as broker:
            rollup_plan.apply_async(args=[task.plan_id], connection=broker)

    try:
        holder.cursor().execute(
            "select 1 from targets_rollupstate where plan_id = %s for update", [task.plan_id]
        )
        app.start_worker()
        celery_eager(False)
        send()
        yield task.plan, app, holder, send
    finally:
        holder.close()
        app.stop()


def test_a_rollup_that_kills_every_pool_process_is_given_up_noted_and_not_swept_again(
    rollup_on_worker,
):
    plan, app, holder, send = rollup_on_worker
    for kills in range(JOB_DELIVERIES_MAX):
        kill_pool_child_waiting(app, kills, "%targets_rollupstate%for update%")
    holder.rollback()  # the job's next delivery gives up, and says so on the watermark
    released = time.monotonic()

    def noted():
        return RollupState.objects.get(plan=plan).last_error == ROLLUP_GIVEN_UP

    assert wait_for(noted, timeout=30), (
        RollupState.objects.filter(plan=plan).values().first(),
        app.log("worker")[-3000:],
    )
    given_up = time.monotonic() - released
    assert f"worker died on each of {JOB_DELIVERIES_MAX} deliveries" in app.log("worker")
    assert RollupState.objects.get(plan=plan).failures == 1
    assert rollups_sweep().paused == [plan.pk]  # the sweeper does not hand it out again

    send()  # the next scheduled rollup (nightly, or a change of the plan) still runs
    sent = time.monotonic()

    def caught_up():
        state = RollupState.objects.get(plan=plan)
        return state.as_of is not None and state.last_error == "" and state.failures == 0

    assert wait_for(caught_up, timeout=30), app.log("worker")[-3000:]
    assert app.processes["worker"].poll() is None
    print(f"\nrollup killing its pool process {JOB_DELIVERIES_MAX} times: given up and noted "
          f"{given_up:.1f} s after the last kill; the next rollup done in "
          f"{time.monotonic() - sent:.1f} s")  # fmt: skip


@pytest.mark.parametrize("draft_on_worker", [{"JOB_TIME_LIMIT_SECONDS": "3"}], indirect=True)
def test_a_draft_stuck_past_the_hard_time_limit_fails_at_once_saying_so(draft_on_worker):
    """The job waits in the database driver, where the soft limit cannot interrupt it: the hard
    limit kills its pool process and acknowledges it, and the draft fails then, not once the page
    finds it stale."""
    draft, app, holder = draft_on_worker
    draft_waits = partial(waiting_on_lock, "%update%pilots_plandraft%")
    assert wait_for(draft_waits, timeout=30), app.log("worker")[-3000:]
    assert wait_for(lambda: "Hard time limit (3s) exceeded" in app.log("worker"), timeout=20), (
        app.log("worker")[-3000:]
    )
    killed = time.monotonic()
    holder.rollback()

    def failed():
        return PlanDraft.objects.get(pk=draft.pk).status == PlanDraft.Status.FAILED

    assert wait_for(failed, timeout=20), (
        PlanDraft.objects.get(pk=draft.pk).status,
        app.log("worker")[-3000:],
    )
    draft.refresh_from_db()
    assert "起草超过时限仍未完成" in draft.message
    assert app.processes["worker"].poll() is None
    print(f"\ndraft past the hard time limit (3 s): failed {time.monotonic() - killed:.1f} s "
          "after its pool process was killed")  # fmt: skip


@pytest.mark.parametrize("draft_on_worker", [{"WORKER_HEARTBEAT_SECONDS": "1"}], indirect=True)
def test_readyz_counts_a_busy_worker_and_drops_a_killed_one_within_three_beats(draft_on_worker):
    """/readyz judges the workers by their heartbeat only: a worker whose one pool process is held
    mid-draft still counts (its main process beats on its own timer), the answer never waits on a
    worker, one stopped on purpose is gone at once and one killed -9 three beats after its last."""
    import requests

    _draft, app, holder = draft_on_worker
    app.start_web()
    assert wait_for(partial(waiting_on_lock, "%update%pilots_plandraft%"), timeout=30)

    def workers() -> dict:
        started = time.monotonic()
        body = requests.get(app.url + "/readyz", timeout=10).json()
        assert time.monotonic() - started < 2, "the probe waited on the workers"
        return body["workers"]

    busy_until = time.monotonic() + 4  # four beats with the job held
    while time.monotonic() < busy_until:
        seen = workers()
        assert seen["ok"] is True and seen["beating"] == 1, seen
        assert seen["names"][0].startswith("worker-"), seen
        time.sleep(0.5)

    # A second worker stopped on purpose (SIGTERM, as systemd stops it) is gone at once: it
    # withdraws its key on the way out, not three beats later.
    second = app.start_worker("worker-2")
    assert wait_for(lambda: workers()["beating"] == 2, timeout=10), workers()
    second.terminate()
    second.wait(timeout=20)
    assert workers()["beating"] == 1, workers()

    app.kill("worker")
    killed = time.monotonic()
    assert wait_for(lambda: workers()["ok"] is False, timeout=3 + 3), workers()
    took = time.monotonic() - killed
    assert workers() == {"ok": False, "beating": 0, "names": []}
    holder.rollback()
    print(f"\nworker killed -9: /readyz said it gone {took:.1f} s after (beats of 1 s)")

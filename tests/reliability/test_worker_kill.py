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
from tests.conftest import celery_eager
from tests.factories import UserFactory, ZoneFactory
from tests.pilots.test_plan_drafts import HEFEI, docx_of
from tests.reliability.conftest import database_url_of_tests, waiting_on_lock
from tests.stack import AppStack, stack_env, wait_for

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]
REDELIVERY_SECONDS = 6


def test_a_draft_job_redelivered_after_a_kill_keeps_the_admins_edits(
    needs_postgres, transactional_db, redis_server, static_root, tmp_path, seeds_dir, settings
):
    env = stack_env(
        database_url=database_url_of_tests(), redis_url=redis_server.url(), folder=tmp_path,
        static_root=static_root, JOB_REDELIVERY_SECONDS=str(REDELIVERY_SECONDS),
    )  # fmt: skip
    settings.MEDIA_ROOT = env["DJANGO_MEDIA_ROOT"]  # the worker reads the file the test stored
    zone = ZoneFactory(slug="hefei", name="合肥市", level="city")
    admin = UserFactory(username="hf-admin")
    Membership.objects.create(user=admin, role="zone_admin", zone=zone)
    content = docx_of((seeds_dir / HEFEI).read_text(encoding="utf-8"))
    draft = plan_source_receive(zone=zone, file_name="合肥.docx", content=content, user=admin)

    app = AppStack(env, tmp_path)
    holder = psycopg2.connect(database_url_of_tests())
    try:
        # Hold the draft's row: the worker takes the job, starts it, and waits to write.
        holder.cursor().execute(
            "select 1 from pilots_plandraft where id = %s for update", [draft.pk]
        )
        app.start_worker()
        celery_eager(False)
        with celery_app.connection_for_write(redis_server.url()) as broker:
            draft_plan_source.apply_async(args=[draft.pk, "zh-hans"], connection=broker)
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
                "pilots.draft_plan_source" in app.log("worker-2")
                and "succeeded" in app.log("worker-2")
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
    finally:
        holder.close()
        app.stop()


def pool_children(worker) -> list[int]:
    """The prefork pool's processes under a worker's main process."""
    path = Path(f"/proc/{worker.pid}/task/{worker.pid}/children")
    return [int(pid) for pid in path.read_text().split()]


@pytest.fixture
def draft_on_worker(needs_postgres, transactional_db, redis_server, static_root, tmp_path,
                    seeds_dir, settings):  # fmt: skip
    """A queued draft, its job sent to a real prefork worker of one pool process while the test
    holds the draft's row (so that the job waits mid-way); yields (draft, app, holder)."""
    env = stack_env(
        database_url=database_url_of_tests(), redis_url=redis_server.url(), folder=tmp_path,
        static_root=static_root,
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


def kill_pool_child_waiting(app, waiting_before: int) -> None:
    """Once the job's pool process waits on the draft's row, SIGKILL it (as the kernel's OOM
    killer would); the main worker process lives on. A killed process's statement goes on
    waiting in PostgreSQL (it notices the lost client only once it has the lock)."""
    draft_waits = partial(waiting_on_lock, "%update%pilots_plandraft%")
    waiting = wait_for(lambda: draft_waits() > waiting_before, timeout=30)
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
        kill_pool_child_waiting(app, kills)
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

"""End to end on the real services: PostgreSQL, Redis and a Celery worker process.

A staff update saved through the web is committed, a rollup job goes through Redis to a real
worker, and the worker's new figures land in the PostgreSQL snapshot table.
"""

import datetime
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection
from django.urls import reverse

from config.celery import app as celery_app
from targets.models import Snapshot
from tests.conftest import celery_eager, unavailable
from tests.world import World, report_data

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def real_services():
    if connection.vendor != "postgresql":
        unavailable("needs PostgreSQL: set DATABASE_URL=postgres://…")
    if not settings.REDIS_URL:
        unavailable("needs Redis: set REDIS_URL=redis://…")
    try:
        redis.Redis.from_url(settings.REDIS_URL).ping()
    except redis.RedisError as exc:
        unavailable(f"Redis at {settings.REDIS_URL} is not answering: {exc}")


@pytest.fixture
def worker(real_services, tmp_path):
    """A Celery worker process on the test database, for the length of one test."""
    db = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:"
        f"{db['PORT']}/{db['NAME']}",
        "REDIS_URL": settings.REDIS_URL,
        "REDIS_CACHE_URL": settings.REDIS_CACHE_URL,  # the job's progress, read by the test
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
    }
    celery_app.control.purge()
    log = tmp_path / "worker.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool", "solo",
             "--loglevel", "INFO", "--without-gossip", "--without-mingle", "--without-heartbeat"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
        celery_eager(False)
        try:
            yield log
        finally:
            process.terminate()
            process.wait(timeout=30)


def _wait_for(condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(0.5)
    return None


def test_a_staff_update_through_the_web_is_rolled_up_by_the_worker(worker, client):
    world = World()
    client.force_login(world.users["lead_staff"])
    response = client.post(
        reverse("task-report", args=[world.task.pk]), report_data(world.task, percent=40)
    )
    assert response.status_code == 302

    def plan_snapshot():
        return Snapshot.objects.filter(scope="plan", object_id=world.plan.pk).first()

    snapshot = _wait_for(plan_snapshot)
    assert snapshot is not None, worker.read_text()[-3000:]
    assert snapshot.figures["progress"] == 40.0
    assert snapshot.figures["by_status"] == {"in_progress": 1}
    assert _wait_for(lambda: "succeeded" in worker.read_text(), timeout=10)

    # A burst of updates is coalesced: a handful of runs, not one per update.
    world.task.refresh_from_db()
    for percent in range(41, 61):
        client.post(
            reverse("task-report", args=[world.task.pk]), report_data(world.task, percent=percent)
        )
        world.task.refresh_from_db()
    assert _wait_for(lambda: plan_snapshot().figures["progress"] == 60.0)
    _wait_for(lambda: worker.read_text().count("succeeded") >= 2, timeout=10)
    runs = worker.read_text().count("succeeded")
    assert 2 <= runs <= 5, runs  # the first update's run, then one or two for the burst of 20


def test_a_briefing_pdf_is_built_by_the_worker_with_its_progress_shown(worker, client):
    world = World()
    from targets.rollup import plan_rollup

    plan_rollup(plan=world.plan, as_of=datetime.date(2025, 12, 31))
    client.force_login(world.users["leadership"])
    url = reverse("evaluation-pdf", args=[world.plan.code])
    response = client.get(url)
    assert response.status_code == 302 and "/documents/" in response["Location"]
    progress = response["Location"]
    page = client.get(progress)
    assert page.status_code == 200
    ready = _wait_for(lambda: "文件已生成" in client.get(progress).content.decode(), timeout=300)
    assert ready, worker.read_text()[-3000:]
    pdf = client.get(progress + "file/")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    # Built once: the same download is now served from the cache, without a job.
    again = client.get(url)
    assert again.status_code == 200 and again.content == pdf.content


def test_a_briefing_is_built_in_the_request_while_the_broker_is_away(real_services, client):
    """No broker answers (a port nothing listens on): the download is built in the request."""
    from tests.stack import free_port

    world = World()
    from targets.rollup import plan_rollup

    plan_rollup(plan=world.plan, as_of=datetime.date(2025, 12, 31))
    client.force_login(world.users["leadership"])
    broker = celery_app.conf["CELERY_BROKER_URL"]
    celery_app.conf["CELERY_BROKER_URL"] = f"redis://127.0.0.1:{free_port()}/0"
    celery_app.pool.force_close_all()
    celery_app._pool = None
    celery_eager(False)
    try:
        response = client.get(
            reverse("briefing-docx", args=[world.zone.slug]), {"period": "2025-Q4"}
        )
    finally:
        celery_app.conf["CELERY_BROKER_URL"] = broker
        celery_app._pool = None
        celery_eager(True)
    assert response.status_code == 200
    assert response.content.startswith(b"PK")  # a DOCX (a zip), not a progress page

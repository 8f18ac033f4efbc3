"""End to end on the real services: PostgreSQL, Redis and a Celery worker process.

A staff update saved through the web is committed, a rollup job goes through Redis to a real
worker, and the worker's new figures land in the PostgreSQL snapshot table.
"""

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

"""A build job (an export, a document) queued while no worker is free, then Redis restarted
without persistence (a real redis-server stopped and started empty): its message is lost and no
worker will ever run it. Its page says it is lost and offers to build again within JOB_LOST_SECONDS,
not after JOB_STALLED_SECONDS (15 minutes); while the message is still queued, it waits."""

import os
import shutil
import time

import pytest

from tests.conftest import unavailable
from tests.reliability.conftest import database_url_of_tests
from tests.stack import AppStack, RedisServer, sessions_for, stack_env, wait_for, world_build

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]
LOST_SECONDS = 3
LOST = "已不在后台队列中：它已丢失"  # not "no progress for a long time": 3 seconds
STALLED = "很久没有进展"
REFRESH = 'http-equiv="refresh"'


@pytest.fixture
def redis_of_mine(tmp_path):
    """The test's own redis-server (on FAULT_REDIS_PORT when given), stopped at the end."""
    if not shutil.which("redis-server"):
        unavailable("redis-server is not installed (apt-get install redis-server)")
    server = RedisServer(tmp_path)
    if port := os.environ.get("FAULT_REDIS_PORT"):
        server.port = int(port)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def stack(needs_postgres, transactional_db, redis_of_mine, static_root, tmp_path):
    env = stack_env(
        database_url=database_url_of_tests(), redis_url=redis_of_mine.url(), folder=tmp_path,
        static_root=static_root, JOB_STALLED_SECONDS="900", JOB_LOST_SECONDS=str(LOST_SECONDS),
    )  # fmt: skip
    app = AppStack(env, tmp_path, web_workers=1)
    yield app
    app.stop()


def test_a_job_lost_with_redis_is_shown_stalled_soon_with_the_way_to_build_again(
    stack, redis_of_mine
):
    import requests

    from pilots.models import Membership
    from tests.factories import UserFactory

    world_build(staff=1, leaders=0)
    leader = UserFactory(username="leader-all")
    Membership.objects.create(user=leader, role=Membership.Role.LEADERSHIP, zone=None)
    browser = requests.Session()
    browser.cookies.set("sessionid", sessions_for([leader])["leader-all"])
    stack.start_web()  # and no worker: the jobs wait in the queue
    pages = []
    for asked in ("/export/?format=xlsx", "/dashboard/plans/stack-plan-0/evaluation.docx"):
        response = browser.get(stack.url + asked, allow_redirects=False, timeout=30)
        assert response.status_code == 302, (response.status_code, stack.log("web")[-3000:])
        pages.append(stack.url + response.headers["Location"])

    time.sleep(LOST_SECONDS + 2)
    for url in pages:  # still queued: a worker may yet come
        page = browser.get(url, timeout=30)
        assert page.status_code == 200 and REFRESH in page.text
        assert LOST not in page.text and STALLED not in page.text

    redis_of_mine.stop()
    redis_of_mine.start()  # back, empty: the queued messages are gone
    for url in pages:
        page = browser.get(url, timeout=30)
        assert page.status_code == 200, (page.status_code, stack.log("web")[-3000:])
        assert LOST in page.text and STALLED not in page.text and REFRESH not in page.text
        assert "重新生成" in page.text  # the way to build it again


def test_a_draft_whose_run_was_cancelled_with_redis_offers_to_draft_it_here_soon(
    stack, redis_of_mine, seeds_dir
):
    """A real worker takes the draft up (held mid-run by a lock on the sources' table), then
    Redis restarts empty: the worker cancels the run on losing the broker, and the job's message
    is gone. Within JOB_LOST_SECONDS the page offers to draft it here, which ends on the draft."""
    import psycopg2
    import requests

    from pilots.models import Membership, PlanDraft, PlanSource
    from tests.factories import UserFactory, ZoneFactory
    from tests.pilots.test_plan_drafts import HEFEI

    hefei = ZoneFactory(slug="hefei", name="合肥市", name_en="Hefei", level="city")
    admin = UserFactory(username="hf-admin")
    Membership.objects.create(user=admin, role="zone_admin", zone=hefei)
    browser = requests.Session()
    browser.cookies.set("sessionid", sessions_for([admin])["hf-admin"])
    browser.cookies.set("csrftoken", "c" * 32)
    browser.headers["X-CSRFToken"] = "c" * 32
    stack.start_web()
    upload = {"file": ("hefei.txt", (seeds_dir / HEFEI).read_bytes(), "text/plain")}
    asked = browser.post(f"{stack.url}/zone-admin/hefei/drafts/", files=upload,
                         allow_redirects=False, timeout=30)  # fmt: skip
    assert asked.status_code == 302, (asked.status_code, stack.log("web")[-3000:])
    draft_url = stack.url + asked.headers["Location"]
    draft = PlanDraft.objects.get()

    holder = psycopg2.connect(database_url_of_tests())
    try:
        holder.cursor().execute(f"lock table {PlanSource._meta.db_table} in access exclusive mode")
        stack.start_worker()
        running = lambda: PlanDraft.objects.filter(pk=draft.pk, status="running").exists()  # noqa: E731
        assert wait_for(running, timeout=60), stack.log("worker")[-3000:]
        redis_of_mine.stop()
        redis_of_mine.start()  # back, empty: the message of the running job is gone
        time.sleep(3)  # the worker reconnects and cancels its run
    finally:
        holder.rollback()
        holder.close()

    time.sleep(LOST_SECONDS + 1)
    state = browser.get(f"{draft_url}status/", timeout=30)
    assert state.status_code == 200, (state.status_code, stack.log("web")[-3000:])
    assert state.json()["status"] == "running", stack.log("worker")[-3000:]
    assert state.json()["stale"] is True
    page = browser.get(draft_url, timeout=30).text
    assert "起草任务已不在后台队列中：它已丢失" in page and 'id="redraft"' in page
    redrafted = browser.post(f"{draft_url}redraft/", allow_redirects=False, timeout=120)
    assert redrafted.status_code == 302
    assert PlanDraft.objects.get(pk=draft.pk).status == "ready"

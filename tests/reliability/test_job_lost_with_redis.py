"""A build job (an export, a document) queued while no worker is free, then Redis restarted
without persistence (a real redis-server stopped and started empty): its message is lost and no
worker will ever run it. Its page says so and offers to build again within JOB_LOST_SECONDS,
not after JOB_STALLED_SECONDS (15 minutes); while the message is still queued, it waits."""

import os
import shutil
import time

import pytest

from tests.conftest import unavailable
from tests.reliability.conftest import database_url_of_tests
from tests.stack import AppStack, RedisServer, sessions_for, stack_env, world_build

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]
LOST_SECONDS = 3
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
        assert page.status_code == 200 and REFRESH in page.text and STALLED not in page.text

    redis_of_mine.stop()
    redis_of_mine.start()  # back, empty: the queued messages are gone
    for url in pages:
        page = browser.get(url, timeout=30)
        assert page.status_code == 200, (page.status_code, stack.log("web")[-3000:])
        assert STALLED in page.text and REFRESH not in page.text
        assert "重新生成" in page.text  # the way to build it again

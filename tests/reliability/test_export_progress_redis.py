"""Redis stopped, then started again empty (it keeps nothing on disk), while a real worker builds
an export of every plan: the progress page answers throughout (no 500, no "not found") and keeps
refreshing itself; the run cancelled when the broker dropped is lost with it, so once the state
has not moved for JOB_STALLED_SECONDS the page says so and offers to build again, which ends on
the file."""

import html
import re
import time
from functools import partial

import psycopg2
import pytest

from targets.models import Snapshot
from tests.reliability.conftest import database_url_of_tests, waiting_on_lock
from tests.stack import AppStack, sessions_for, stack_env, wait_for, world_build

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]
STALLED_SECONDS = 20


@pytest.fixture
def stack(needs_postgres, transactional_db, redis_server, static_root, tmp_path):
    env = stack_env(
        database_url=database_url_of_tests(), redis_url=redis_server.url(), folder=tmp_path,
        static_root=static_root, JOB_STALLED_SECONDS=str(STALLED_SECONDS),
    )  # fmt: skip
    app = AppStack(env, tmp_path)
    yield app
    app.stop()


def test_an_exports_progress_page_follows_it_through_redis_down_and_back_empty(stack, redis_server):
    import requests

    from pilots.models import Membership
    from tests.factories import UserFactory

    world_build(staff=1, leaders=0)
    leader = UserFactory(username="leader-all")
    Membership.objects.create(user=leader, role=Membership.Role.LEADERSHIP, zone=None)
    other = UserFactory(username="leader-all-2")
    Membership.objects.create(user=other, role=Membership.Role.LEADERSHIP, zone=None)
    sessions = sessions_for([leader, other])
    mine, theirs = requests.Session(), requests.Session()
    mine.cookies.set("sessionid", sessions["leader-all"])
    theirs.cookies.set("sessionid", sessions["leader-all-2"])
    stack.start_worker()
    stack.start_web()

    holder = psycopg2.connect(database_url_of_tests())
    try:
        # The snapshots (the third table's) held: the job waits mid-way, two tables read.
        holder.cursor().execute(f"lock table {Snapshot._meta.db_table} in access exclusive mode")
        asked = mine.get(f"{stack.url}/export/?format=xlsx", allow_redirects=False, timeout=30)
        assert asked.status_code == 302, (asked.status_code, stack.log("web")[-3000:])
        page_url = stack.url + asked.headers["Location"]
        job_waits = partial(waiting_on_lock, f"%{Snapshot._meta.db_table}%")
        assert wait_for(job_waits, timeout=60), stack.log("worker")[-3000:]

        redis_server.stop()
        started = time.monotonic()
        down = mine.get(page_url, timeout=30)
        took = time.monotonic() - started
        theirs_down = theirs.get(page_url, timeout=30)
        redis_server.start()  # back, empty
        back = mine.get(page_url, timeout=30)
    finally:
        holder.rollback()
        holder.close()

    for page in (down, back):
        assert page.status_code == 200, (page.status_code, stack.log("web")[-3000:])
        assert "（2 / 5）" in page.text and 'http-equiv="refresh"' in page.text
    assert took < 10, took
    assert theirs_down.status_code == 404  # another user's token: not found, as ever

    def ended(url):
        page = mine.get(url, timeout=30)
        return page.status_code == 200 and (
            "文件已生成" in page.text or "已不在后台队列中" in page.text
        )

    page = wait_for(lambda: ended(page_url) and mine.get(page_url, timeout=30), timeout=120)
    assert page, stack.log("worker")[-3000:]
    assert 'http-equiv="refresh"' not in page.text
    if "已不在后台队列中" in page.text:  # its run was lost with the broker: build it again
        again = re.search(r'href="(/export/\?format=xlsx[^"]*)"', page.text).group(1)
        asked = mine.get(stack.url + html.unescape(again), allow_redirects=False, timeout=30)
        assert asked.status_code == 302, asked.status_code
        page_url = stack.url + asked.headers["Location"]
        done = wait_for(lambda: ended(page_url) and mine.get(page_url, timeout=30), timeout=120)
        assert done and "文件已生成" in done.text, stack.log("worker")[-3000:]
    file = mine.get(page_url + "file/", timeout=30)
    assert file.status_code == 200 and file.headers["Content-Type"].startswith("application/vnd")
    assert theirs.get(page_url + "file/", timeout=30).status_code == 404

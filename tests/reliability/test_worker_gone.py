"""The broker answers but no Celery worker is left to take jobs (killed, its unit stopped): a
dashboard behind must not say its changes "are being rolled up" (nothing rolls them up), but
that they wait for the job worker and are kept. Real gunicorn, a real worker killed -9, the
test's own redis-server; the page is asked as a leader asks it."""

import time

import pytest
import requests
from django.utils import timezone

from pilots.models import Plan
from targets.watermarks import plan_rollup_current
from tasks.models import StatusUpdate
from tests.stack import Saver, sessions_for, wait_for
from tests.world import World

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

ON_ITS_WAY = "还有 1 项新变更正在汇总"
WAITS_FOR_WORKER = "还有 1 项新变更等待汇总：任务处理程序未在运行"
WAITS_FOR_QUEUE = "还有 1 项新变更等待汇总：任务队列暂时无法连接"


def _note(page: str) -> str:
    """The dashboard's freshness note, for the failure messages."""
    start = page.find('class="freshness"')
    return page[start : page.find("</p>", start)] if start >= 0 else page[:300]


def test_with_the_worker_killed_the_dashboard_says_its_changes_wait_for_it(stack, redis_server):
    # Beats and looks of a second: the test waits seconds, not production's half a minute.
    stack.env.update(
        WORKER_HEARTBEAT_SECONDS="1",
        JOB_QUEUE_LOOK_SECONDS="1",
        # The change's rollup waits in the worker (its countdown): truly on its way.
        ROLLUP_DELAY_SECONDS="600",
    )
    world = World()
    Plan.objects.filter(pk=world.plan.pk).update(period_end=timezone.localdate().year + 1)
    plan_rollup_current(plan_id=world.plan.id)
    sessions = sessions_for([world.users["lead_staff"], world.users["leadership"]])
    stack.start_web()
    stack.start_worker()
    leader = requests.Session()
    leader.cookies.set("sessionid", sessions["leader-a"])
    url = f"{stack.url}/dashboard/zones/{world.zone.slug}/"

    def page() -> str:
        response = leader.get(url, timeout=10)
        assert response.status_code == 200, response.status_code
        return response.text

    clerk = Saver(stack.url, sessions["lead-staff"], world.task.pk)
    assert clerk.save("已完成选址", 40) == 302, clerk.statuses
    assert wait_for(lambda: ON_ITS_WAY in page(), timeout=20), _note(page())

    stack.kill("worker")
    killed = time.monotonic()
    told = wait_for(lambda: WAITS_FOR_WORKER in (shown := page()) and shown, timeout=20)
    assert told, ("still said to be rolled up with no worker left", _note(page()))
    assert ON_ITS_WAY not in told and "已保存的变更不会丢失" in told, _note(told)
    took = time.monotonic() - killed

    # A worker again: the change is on its way once more (its rollup waits in the broker).
    stack.start_worker("worker-2")
    assert wait_for(lambda: ON_ITS_WAY in page(), timeout=20), _note(page())
    # The broker restarted (empty): away meanwhile, then the worker reconnects and beats again.
    redis_server.stop()
    assert wait_for(lambda: WAITS_FOR_QUEUE in page(), timeout=20), _note(page())
    redis_server.start()
    assert wait_for(lambda: ON_ITS_WAY in page(), timeout=30), _note(page())
    print(f"\nworker killed: the dashboard said its changes wait for it {took:.1f} s after")
    assert StatusUpdate.objects.filter(task=world.task, note="已完成选址").exists()

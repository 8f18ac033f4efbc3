"""Agency staff saving task reports and leaders reading dashboards (run by test_load.py).

LOAD_WORLD names the JSON of ``tests.stack.world_build`` (sessions, tasks, zones); LOAD_OUT
receives what the server acknowledged and every response of 500 or more.
"""

import itertools
import json
import os
import random
import re
from pathlib import Path

from locust import HttpUser, between, events, task

WORLD = json.loads(Path(os.environ["LOAD_WORLD"]).read_text())
TODAY = os.environ["LOAD_TODAY"]
VERSION = re.compile(r'name="version" value="(\d+)"')
CSRF = "c" * 32
STAFF = sorted((k for k in WORLD["sessions"] if k.startswith("staff-")), key=lambda k: int(k[6:]))
LEADERS = sorted(k for k in WORLD["sessions"] if k.startswith("leader-"))
_staff, _leaders = itertools.cycle(STAFF), itertools.cycle(LEADERS)
acknowledged: list[str] = []
refused: list[str] = []
server_errors: list[str] = []
transport_errors: list[str] = []


def _log_in(user: HttpUser, name: str) -> None:
    user.client.cookies.set("sessionid", WORLD["sessions"][name])
    user.client.cookies.set("csrftoken", CSRF)
    user.client.headers["X-CSRFToken"] = CSRF


class Staff(HttpUser):
    fixed_count = len(STAFF)
    wait_time = between(1, 3)

    def on_start(self):
        self.username = next(_staff)
        self.task_id = WORLD["tasks"][self.username]
        self.saves = itertools.count()
        _log_in(self, self.username)

    @task
    def report_progress(self):
        page = self.client.get(f"/tasks/{self.task_id}/", name="task page")
        found = VERSION.search(page.text or "")
        if not found:
            return
        n = next(self.saves)
        note = f"{self.username}-{n}"
        data = {
            "status": "in_progress",
            "percent": (n * 7) % 100,
            "reported_on": TODAY,
            "note": note,
            "version": found.group(1),
        }
        with self.client.post(
            f"/tasks/{self.task_id}/report/", data=data, name="save report",
            allow_redirects=False, catch_response=True,
        ) as response:  # fmt: skip
            if response.status_code == 302:
                acknowledged.append(note)
                response.success()
            elif response.status_code == 409:  # someone saved meanwhile: refused, shown
                refused.append(note)
                response.success()
            else:
                response.failure(f"status {response.status_code}")


class Leader(HttpUser):
    fixed_count = len(LEADERS)
    wait_time = between(1, 3)

    def on_start(self):
        _log_in(self, next(_leaders))

    @task(2)
    def all_zones(self):
        self.client.get("/dashboard/", name="dashboard: all zones")

    @task(3)
    def one_zone(self):
        zone = random.choice(WORLD["zones"])
        self.client.get(f"/dashboard/zones/{zone}/", name="dashboard: zone")


@events.request.add_listener
def _count(request_type, name, response=None, exception=None, **kwargs):
    status = getattr(response, "status_code", 0) or 0
    if status >= 500:
        server_errors.append(f"{request_type} {name}: {status}")
    elif exception is not None and not status:
        transport_errors.append(f"{request_type} {name}: {exception!r}")


@events.quitting.add_listener
def _write(environment, **kwargs):
    Path(os.environ["LOAD_OUT"]).write_text(
        json.dumps(
            {
                "acknowledged": acknowledged,
                "refused": refused,
                "server_errors": server_errors,
                "transport_errors": transport_errors,
            }
        )
    )

"""Real processes for the fault and load tests, each bounded in time and torn down.

- ``RedisServer``: a redis-server of our own on a free port (the shared one is never touched).
- ``PostgresCluster``: a throwaway PostgreSQL cluster under a temporary folder (initdb/pg_ctl;
  as root through ``runuser -u postgres``, since PostgreSQL refuses to run as root).
- ``AppStack``: gunicorn, a Celery worker and Celery beat, as production runs them, on a given
  database and Redis, configured through the environment only.
- ``world_build`` / ``sessions_for``: plans, tasks, staff and leaders, with logged-in sessions.
- ``snapshot_drift``: how today's stored snapshots differ from a fresh recomputation.

``python -m tests.stack world|drift`` runs the last two against ``DATABASE_URL`` (for a
database the test process is not connected to).
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
SECRET_KEY = "stack-tests-only-0123456789abcdefghijklmnopqrstuvwxyz-0123456789"


def app_today() -> datetime.date:
    """Today as the app sees it (Asia/Shanghai), which is not the machine's date near midnight."""
    return datetime.datetime.now(ZoneInfo("Asia/Shanghai")).date()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(condition, timeout: float, interval: float = 0.2):
    """Poll until ``condition()`` is truthy (return it) or the time is up (return None)."""
    deadline = time.monotonic() + timeout
    while True:
        with contextlib.suppress(Exception):
            if result := condition():
                return result
        if time.monotonic() >= deadline:
            return None
        time.sleep(interval)


def _stop(process: subprocess.Popen | None, sig=signal.SIGTERM, timeout: float = 20) -> None:
    """Signal the process's whole group (a prefork worker's children too); SIGKILL if slow."""
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


class RedisServer:
    def __init__(self, folder: Path):
        self.port = free_port()
        self.log = folder / f"redis-{self.port}.log"
        self.process: subprocess.Popen | None = None

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self) -> None:
        import redis

        binary = shutil.which("redis-server")
        if binary is None:
            raise FileNotFoundError("redis-server (apt-get install redis-server)")
        with self.log.open("a") as out:
            self.process = subprocess.Popen(
                [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                 "--appendonly", "no", "--daemonize", "no"],
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        client = redis.Redis(port=self.port, socket_connect_timeout=0.5)
        if not wait_for(client.ping, timeout=10):
            raise RuntimeError(f"redis-server did not start: {self.log.read_text()[-500:]}")

    def stop(self) -> None:
        _stop(self.process)
        self.process = None


def _postgres_bindir() -> Path:
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name)
    )
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    if initdb is None:
        raise FileNotFoundError("initdb (apt-get install postgresql)")
    return Path(initdb).resolve().parent


class PostgresCluster:
    """A PostgreSQL cluster of our own: trust auth on 127.0.0.1, a free port, no fsync."""

    def __init__(self):
        self.bindir = _postgres_bindir()
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="pt-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "postgres.log"
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")

    def _run(self, *args: str, timeout: float = 60) -> None:
        subprocess.run([*self.as_postgres, *args], check=True, timeout=timeout, capture_output=True)

    def url(self, name: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def init(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "-A", "trust", "-E", "UTF8", "--no-sync")  # fmt: skip
        self.start()

    def start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log),
                  "-o", options, "-w", "-t", "30", "start")  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w",
                  "-t", "30", "stop")  # fmt: skip

    def createdb(self, name: str) -> None:
        import psycopg2

        conn = psycopg2.connect(self.url("postgres"))
        conn.autocommit = True
        try:
            with conn.cursor() as cursor:
                cursor.execute(f'create database "{name}"')
        finally:
            conn.close()

    def destroy(self) -> None:
        with contextlib.suppress(Exception):
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


def stack_env(
    *, database_url: str, redis_url: str, folder: Path, static_root: Path, **extra: str
) -> dict:
    """The environment of every process of the stack: production settings over plain HTTP. The
    cache is on ``redis_url``'s server too (its next database, REDIS_CACHE_URL's default), so
    that server's outages reach both, unless ``extra`` says otherwise."""
    inherited = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTEST", "DJANGO_")) and k != "REDIS_CACHE_URL"
    }
    return {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "DJANGO_SECRET_KEY": SECRET_KEY,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SECURE_COOKIES": "false",
        "DJANGO_HSTS_SECONDS": "0",
        "DJANGO_STATIC_ROOT": str(static_root),
        "DJANGO_MEDIA_ROOT": str(folder / "media"),
        "ROLLUP_SWEEP_SECONDS": "3",
        "ROLLUP_DELAY_SECONDS": "1",
        "PYTHONUNBUFFERED": "1",
        **extra,
    }


def manage(env: dict, *args: str, timeout: float = 300) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=timeout,
    )  # fmt: skip
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


class AppStack:
    """gunicorn + Celery worker + Celery beat, as the systemd units run them."""

    def __init__(self, env: dict, folder: Path, *, web_workers: int = 3):
        self.env, self.folder = env, folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.web_workers = web_workers
        self.processes: dict[str, subprocess.Popen] = {}

    def logfile(self, name: str) -> Path:
        return self.folder / f"{name}.log"

    def log(self, name: str) -> str:
        path = self.logfile(name)
        return path.read_text(errors="replace") if path.exists() else ""

    def _spawn(self, name: str, argv: list[str]) -> subprocess.Popen:
        with self.logfile(name).open("a") as out:
            process = subprocess.Popen(
                argv, cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
        self.processes[name] = process
        return process

    def start_web(self) -> None:
        import requests

        argv = [sys.executable, "-m", "gunicorn", "config.wsgi:application",
                "--bind", f"127.0.0.1:{self.port}", "--workers", str(self.web_workers),
                "--timeout", "60", "--graceful-timeout", "5"]  # fmt: skip
        self._spawn("web", argv)

        def alive():
            return requests.get(self.url + "/healthz", timeout=2).status_code == 200

        if not wait_for(alive, timeout=60):
            raise RuntimeError(f"gunicorn did not come up:\n{self.log('web')[-3000:]}")

    def start_worker(self, name: str = "worker") -> subprocess.Popen:
        offset = len(self.log(name))
        process = self._spawn(name, [sys.executable, "-m", "celery", "-A", "config", "worker",
                                     "--loglevel", "INFO", "--concurrency", "1",
                                     "--hostname", f"{name}-{self.port}@%h"])  # fmt: skip
        if not wait_for(lambda: " ready." in self.log(name)[offset:], timeout=60):
            raise RuntimeError(f"the worker did not come up:\n{self.log(name)[-3000:]}")
        return process

    def start_beat(self) -> None:
        self._spawn("beat", [sys.executable, "-m", "celery", "-A", "config", "beat",
                             "--loglevel", "INFO", "--schedule", str(self.folder / "beat"),
                             "--pidfile", str(self.folder / "beat.pid")])  # fmt: skip

    def kill(self, name: str) -> None:
        """SIGKILL to the process group: as the machine or systemd's control group would."""
        _stop(self.processes[name], sig=signal.SIGKILL)

    def stop(self) -> None:
        for name in list(self.processes):
            _stop(self.processes.pop(name), timeout=15)


# Data and checks (run inside Django: in the test process, or under ``python -m tests.stack``)


def sessions_for(users) -> dict[str, str]:
    """A logged-in session per user, as the login page would leave it (no password hashing)."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    keys = {}
    for user in users:
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        keys[user.username] = session.session_key
    return keys


def world_build(*, staff: int, leaders: int, plans: int = 1) -> dict:
    """``plans`` zones with a plan each; one task per staff member, led by their own agency."""
    from pilots.models import Membership
    from tasks.models import TaskAssignment
    from tests.factories import (
        AgencyFactory,
        MembershipFactory,
        PlanFactory,
        SectionFactory,
        TargetFactory,
        TaskFactory,
        UserFactory,
        ZoneFactory,
    )  # fmt: skip

    zones = [ZoneFactory(slug=f"stack-{i}", name=f"压测区{i}") for i in range(plans)]
    plan_objs = [PlanFactory(zone=z, code=f"stack-plan-{i}") for i, z in enumerate(zones)]
    sections = [SectionFactory(plan=p) for p in plan_objs]
    for p in plan_objs:
        TargetFactory(goal__plan=p)
    users, tasks = [], {}
    for i in range(staff):
        plan = plan_objs[i % plans]
        agency = AgencyFactory(zone=plan.zone, name=f"压测局{i}")
        task = TaskFactory(section=sections[i % plans], code=f"L{i}", title=f"压测任务{i}")
        TaskAssignment.objects.create(task=task, agency=agency, role="lead")
        user = MembershipFactory(user=UserFactory(username=f"staff-{i}"), agency=agency).user
        users.append(user)
        tasks[user.username] = task.pk
    for i in range(leaders):
        user = UserFactory(username=f"leader-{i}")
        Membership.objects.create(user=user, role=Membership.Role.LEADERSHIP)
        users.append(user)
    return {
        "sessions": sessions_for(users),
        "tasks": tasks,
        "plans": [p.pk for p in plan_objs],
        "zones": [z.slug for z in zones],
    }


def _comparable(snapshots) -> dict:
    """Scope, object → light and figures, as the database stores them (JSON)."""
    return json.loads(
        json.dumps({f"{s.scope}:{s.object_id}": [s.light, s.figures] for s in snapshots})
    )


def snapshot_drift(plan_ids: list[int]) -> list[str]:
    """What differs between today's stored snapshots of the plans and a fresh recomputation."""
    from django.utils import timezone

    from pilots.models import Plan
    from targets.models import Snapshot
    from targets.rollup import plan_rollup
    from targets.snapshots import snapshots_on

    today = timezone.localdate()
    drift = []
    for plan in Plan.objects.filter(pk__in=plan_ids).select_related("zone"):
        fresh = _comparable(plan_rollup(plan=plan, as_of=today, dry_run=True).snapshots)
        # Stored as changes: each thing as it stood today is its latest row by today.
        stored = _comparable(snapshots_on(plan_id=plan.pk, day=today, scopes=Snapshot.Scope.values))
        if fresh != stored:
            missing = sorted(set(fresh) - set(stored))
            wrong = sorted(k for k in fresh if k in stored and fresh[k] != stored[k])
            drift.append(f"plan {plan.pk}: missing {missing[:5]}, differing {wrong[:5]}")
    return drift


class Saver:
    """A clerk's browser: reports progress on a task and remembers what was acknowledged."""

    VERSION = re.compile(r'name="version" value="(\d+)"')

    def __init__(self, base_url: str, session_key: str, task_id: int):
        import requests

        self.http = requests.Session()
        self.http.cookies.set("sessionid", session_key)
        self.http.cookies.set("csrftoken", "c" * 32)
        self.http.headers["X-CSRFToken"] = "c" * 32
        self.base_url, self.task_id = base_url, task_id
        self.version = 0
        self.acknowledged: list[str] = []
        self.statuses: list[int] = []

    def save(self, note: str, percent: int) -> int | None:
        """POST one report; None when the server could not be reached at all."""
        import requests

        data = {
            "status": "in_progress",
            "percent": percent,
            "reported_on": app_today().isoformat(),
            "note": note,
            "version": self.version,
        }
        try:
            response = self.http.post(
                f"{self.base_url}/tasks/{self.task_id}/report/", data=data, timeout=30,
                allow_redirects=False,
            )  # fmt: skip
        except requests.RequestException:
            return None
        self.statuses.append(response.status_code)
        if response.status_code == 302:
            self.acknowledged.append(note)
            self.version += 1
        elif response.status_code == 409 and (m := self.VERSION.search(response.text)):
            self.version = int(m.group(1))
        return response.status_code


def history_notes(task_ids: list[int]) -> list[str]:
    from tasks.models import StatusUpdate

    return list(StatusUpdate.objects.filter(task_id__in=task_ids).values_list("note", flat=True))


def _main() -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    command, *args = sys.argv[1:]
    if command == "world":
        staff, leaders, plans = map(int, args)
        print(json.dumps(world_build(staff=staff, leaders=leaders, plans=plans)))
    elif command == "drift":
        print(json.dumps(snapshot_drift([int(a) for a in args])))
    elif command == "history":
        print(json.dumps(history_notes([int(a) for a in args])))
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    _main()

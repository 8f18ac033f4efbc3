"""The first view of each zone dashboard as production serves it: gunicorn (one sync worker) on
the current database (e.g. the demo's five plans of month-end history), the chart cache emptied
before every view, the server's own time per request read from gunicorn's access log (``%(D)s``,
microseconds), against a trivial view (``/healthz``) measured in the same run.

Run by ``manage.py benchmark --first-view``. It writes only a temporary leadership account and
its session (removed at the end) and keys under its own cache prefix (deleted as it goes)."""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django_redis.cache import RedisCache

from pilots.models import Membership, PilotZone
from targets.models import Snapshot

ROOT = Path(settings.BASE_DIR)
USERNAME = "benchmark-first-view"
LOG_FORMAT = "%(U)s %(s)s %(D)s"


class BenchmarkUnavailable(Exception):
    pass


@dataclass
class FirstViewReport:
    runs: int
    zones: list[str]
    first_view_ms: list[float]
    repeat_view_ms: list[float]
    trivial_ms: list[float]

    @property
    def first_median(self) -> float:
        return statistics.median(self.first_view_ms)

    @property
    def repeat_median(self) -> float:
        return statistics.median(self.repeat_view_ms)

    @property
    def trivial_median(self) -> float:
        return statistics.median(self.trivial_ms)


def first_view_benchmark(*, runs: int) -> FirstViewReport:
    zones = list(
        PilotZone.objects.filter(
            id__in=Snapshot.objects.filter(scope=Snapshot.Scope.ZONE).values("object_id")
        ).order_by("slug")
    )
    if not zones:
        raise BenchmarkUnavailable("no zone has snapshots: load the demo first (make demo-data)")
    if not settings.REDIS_CACHE_URL:
        raise BenchmarkUnavailable(
            "no Redis cache (REDIS_URL or REDIS_CACHE_URL): the chart cache gunicorn shares"
        )
    prefix = f"benchmark-{uuid.uuid4().hex[:12]}"
    with tempfile.TemporaryDirectory() as folder, _leader_session() as cookie:
        log = Path(folder) / "access.log"
        server = _gunicorn(log, prefix)
        try:
            return _measure(server, zones, cookie, log, _chart_cache(prefix), runs)
        except HTTPError as exc:
            tail = (log.parent / "gunicorn.log").read_text(errors="replace")[-3000:]
            raise BenchmarkUnavailable(f"{exc.url}: {exc}\n{tail}") from exc
        finally:
            server.process.terminate()
            server.process.wait(timeout=30)


@dataclass
class _Server:
    process: subprocess.Popen
    url: str


def _gunicorn(log: Path, prefix: str) -> _Server:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {
        **os.environ,
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SECURE_COOKIES": "false",
        "DJANGO_CACHE_KEY_PREFIX": prefix,
        "REDIS_CACHE_URL": settings.REDIS_CACHE_URL,  # the cache this process empties
        "DJANGO_STATIC_ROOT": str(log.parent / "static"),  # the hashed manifest, as deployed
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=ROOT, env=env, check=True, capture_output=True,
    )  # fmt: skip
    argv = [sys.executable, "-m", "gunicorn", "config.wsgi:application",
            "--bind", f"127.0.0.1:{port}", "--workers", "1", "--timeout", "120",
            "--access-logfile", str(log), "--access-logformat", LOG_FORMAT]  # fmt: skip
    with (log.parent / "gunicorn.log").open("w") as out:
        process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    server = _Server(process, f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            _get(server.url + "/healthz", "")
            return server
        except (URLError, ConnectionError):
            time.sleep(0.2)
    process.kill()
    raise BenchmarkUnavailable("gunicorn did not come up within 60 s")


def _get(url: str, cookie: str) -> int:
    request = Request(url, headers={"Cookie": cookie} if cookie else {})
    with urlopen(request, timeout=120) as response:
        response.read()
        return response.status


class _leader_session:
    """A temporary leadership account, signed in through a database session."""

    def __enter__(self) -> str:
        user, _created = get_user_model().objects.get_or_create(username=USERNAME)
        user.set_unusable_password()
        user.save()
        Membership.objects.get_or_create(user=user, role=Membership.Role.LEADERSHIP, zone=None)
        self.session = SessionStore()
        self.session[SESSION_KEY] = str(user.pk)
        self.session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[-1]  # not axes
        self.session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        self.session.create()
        self.user = user
        return f"{settings.SESSION_COOKIE_NAME}={self.session.session_key}"

    def __exit__(self, *exc) -> None:
        self.session.delete()
        Membership.objects.filter(user=self.user).delete()
        self.user.delete()


def _chart_cache(prefix: str) -> RedisCache:
    return RedisCache(settings.REDIS_CACHE_URL, {"KEY_PREFIX": prefix})


def _measure(server, zones, cookie, log, charts, runs) -> FirstViewReport:
    paths = [f"/dashboard/zones/{zone.slug}/" for zone in zones]
    for path in ["/healthz", *paths]:  # warm the worker: imports, templates, connections
        _get(server.url + path, cookie)
    time.sleep(0.5)  # gunicorn writes the access log after each response
    start = len(log.read_text().splitlines())
    kinds = []
    for _run in range(runs):
        for path in paths:
            charts.delete_pattern("chart:*")
            _get(server.url + path, cookie)
            kinds.append("first")
            _get(server.url + path, cookie)
            kinds.append("repeat")
            _get(server.url + "/healthz", cookie)
            kinds.append("trivial")
    time.sleep(0.5)
    lines = log.read_text().splitlines()[start:]
    if len(lines) != len(kinds):
        raise BenchmarkUnavailable(f"expected {len(kinds)} log lines, found {len(lines)}")
    times: dict[str, list[float]] = {"first": [], "repeat": [], "trivial": []}
    for kind, line in zip(kinds, lines, strict=True):
        _path, status, micros = line.split()
        if status != "200":
            raise BenchmarkUnavailable(f"{_path} answered {status}")
        times[kind].append(int(micros) / 1000)
    return FirstViewReport(
        runs=runs,
        zones=[z.slug for z in zones],
        first_view_ms=times["first"],
        repeat_view_ms=times["repeat"],
        trivial_ms=times["trivial"],
    )

"""Pages over HTTP: gunicorn with 2 workers against a scale's database, signed-in clients
(a session made on the server, as a login would), latencies at 1 and at N concurrent clients."""

from __future__ import annotations

import contextlib
import http.client
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.test import Client
from django_redis.cache import RedisCache

from targets.benchmarking.databases import database_url
from targets.benchmarking.jobs_queue import jobs_queue_name

BENCHMARK_SETTINGS = "config.settings_benchmark"
WORKERS = 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def gunicorn_running(database: str, *, log: Path, cache_prefix: str = ""):
    """gunicorn as in production (2 sync workers, DEBUG off) on a free loopback port. Servers
    of several databases run at once with a cache key prefix each (their chart caches are keyed
    by snapshot ids, which the scales share)."""
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url(database),
        "DJANGO_CACHE_KEY_PREFIX": cache_prefix,
        "BENCHMARK_QUEUE": jobs_queue_name(),  # where the jobs its saves ask for go
        "REDIS_CACHE_URL": settings.REDIS_CACHE_URL,  # the cache Server.cache_clear empties
        "DJANGO_SETTINGS_MODULE": BENCHMARK_SETTINGS,
        "DJANGO_DEBUG": "false",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        # Plain HTTP on loopback: no redirect to HTTPS, cookies without the secure flag.
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SECURE_COOKIES": "false",
        "DJANGO_HSTS_SECONDS": "0",
    }
    command = [
        sys.executable, "-m", "gunicorn", "config.wsgi", "--workers", str(WORKERS),
        "--bind", f"127.0.0.1:{port}", "--timeout", "300", "--error-logfile", str(log),
    ]  # fmt: skip
    with log.open("ab") as sink:
        process = subprocess.Popen(
            command, env=env, cwd=settings.BASE_DIR, stdout=sink, stderr=sink
        )
    server = Server(port=port, cache_prefix=cache_prefix)
    try:
        _wait_ready(port, process, log)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if cache_prefix:  # its fragments, of a database about to be dropped, left no key behind
            server.cache_clear()


def _wait_ready(port: int, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited ({process.returncode}); see {log}")
        with contextlib.suppress(OSError):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return
        time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer within 90 s; see {log}")


@dataclass
class Session:
    """A signed-in user's cookies: the session (made server-side) and a CSRF secret."""

    sessionid: str
    csrf: str = field(default_factory=lambda: secrets.token_hex(16))

    @classmethod
    def of(cls, user) -> Session:
        client = Client()
        client.force_login(user)
        return cls(sessionid=client.cookies[settings.SESSION_COOKIE_NAME].value)

    @property
    def cookie(self) -> str:
        return (
            f"{settings.SESSION_COOKIE_NAME}={self.sessionid}; "
            f"{settings.CSRF_COOKIE_NAME}={self.csrf}"
        )


@dataclass
class Server:
    port: int
    cache_prefix: str = ""

    def cache_clear(self) -> None:
        """Empty this server's cache only (as after a rollup: no chart built yet)."""
        RedisCache(settings.REDIS_CACHE_URL, {"KEY_PREFIX": self.cache_prefix}).delete_pattern("*")

    def request(
        self, session: Session, path: str, *, form: dict | None = None, expect: int = 200
    ) -> float:
        """One request on a new connection (gunicorn's sync workers close it); milliseconds."""
        headers = {"Cookie": session.cookie, "Accept-Language": "zh-hans"}
        body = None
        if form is not None:
            body = urlencode({**form, "csrfmiddlewaretoken": session.csrf})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
        start = time.perf_counter()
        conn.request("POST" if form is not None else "GET", path, body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        elapsed = (time.perf_counter() - start) * 1000
        conn.close()
        if response.status != expect:
            raise RuntimeError(f"{path} answered {response.status}, expected {expect}")
        return elapsed


def latencies(request: Callable[[int], float], *, clients: int, runs: int) -> list[float]:
    """Every client makes ``runs`` requests one after another, all clients at once;
    ``request(client)`` makes one and returns its milliseconds."""

    def client_loop(client: int) -> list[float]:
        return [request(client) for _ in range(runs)]

    with ThreadPoolExecutor(max_workers=clients) as pool:
        results = list(pool.map(client_loop, range(clients)))
    return [ms for result in results for ms in result]

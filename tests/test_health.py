"""/healthz and /readyz answer probes without login, host checks or HTTPS redirects, and never
500; while the database is away a page answers 503 "not saved, try again"."""

import shutil
import time

import pytest
import redis
from django.core.cache import caches
from django.db import OperationalError
from django.db.utils import ConnectionHandler
from django.test import RequestFactory, override_settings

from config.celery import worker_heartbeat_key
from config.errors import unavailable_or_server_error
from tests.conftest import unavailable
from tests.stack import RedisServer, free_port

pytestmark = pytest.mark.django_db

REDIS_AWAY = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5},
    }
}


@override_settings(SECURE_SSL_REDIRECT=True, ALLOWED_HOSTS=["tracker.example.gov.cn"])
def test_liveness_answers_any_probe(client):
    response = client.get("/healthz", HTTP_HOST="127.0.0.1")
    assert response.status_code == 200 and response.json() == {"status": "alive"}


@override_settings(SECURE_SSL_REDIRECT=True, ALLOWED_HOSTS=["tracker.example.gov.cn"])
def test_readiness_reports_the_database_redis_and_workers(client):
    response = client.get("/readyz", HTTP_HOST="127.0.0.1")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ready" and body["database"] == {"ok": True}
    assert set(body) == {"status", "database", "cache", "broker", "workers"}


def test_readiness_does_not_require_redis(client):
    with override_settings(
        REDIS_URL="redis://127.0.0.1:9/0",
        REDIS_CACHE_URL="redis://127.0.0.1:9/1",
        CACHES=REDIS_AWAY,
    ):
        response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["cache"]["ok"] is False and body["broker"]["ok"] is False
    assert body["workers"]["ok"] is False


@pytest.fixture
def own_redis(tmp_path):
    if not shutil.which("redis-server"):
        unavailable("redis-server is not installed (apt-get install redis-server)")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.mark.parametrize(
    ("policy", "limit", "warned"),
    [("noeviction", "64mb", False), ("allkeys-lru", "64mb", True), ("allkeys-lru", "0", False)],
)
def test_readiness_reports_the_cache_and_the_broker_each_and_a_broker_that_evicts_jobs(
    client, own_redis, policy, limit, warned
):
    """Each in its own database of one redis-server; a memory policy that may evict any key
    would evict queued jobs, whatever their database: said, not failed."""
    server = redis.Redis(port=own_redis.port)
    server.config_set("maxmemory-policy", policy)
    server.config_set("maxmemory", limit)  # 0: no limit, nothing is ever evicted
    cache = {"default": {**REDIS_AWAY["default"], "LOCATION": own_redis.url(1)}}
    with override_settings(
        REDIS_URL=own_redis.url(0), REDIS_CACHE_URL=own_redis.url(1), CACHES=cache
    ):
        caches.close_all()
        body = client.get("/readyz").json()
    assert body["cache"] == {"ok": True, "database": 1}
    assert body["broker"]["ok"] is True and body["broker"]["database"] == 0
    assert body["broker"]["maxmemory_policy"] == policy
    assert ("warning" in body["broker"]) is warned

    own_redis.stop()
    with override_settings(
        REDIS_URL=own_redis.url(0), REDIS_CACHE_URL=own_redis.url(1), CACHES=cache
    ):
        body = client.get("/readyz").json()
    assert body["status"] == "ready"
    assert body["cache"]["ok"] is False and body["broker"]["ok"] is False


def test_readiness_counts_the_workers_by_their_heartbeat_not_by_a_ping(client, own_redis):
    """A worker's key of its own in the broker's Redis (config.celery.WorkerHeartbeat) is all
    /readyz reads: no worker is asked, and the key gone with its life, the worker is gone."""
    broker = redis.Redis(port=own_redis.port)
    broker.set(worker_heartbeat_key("worker-a@host"), "worker-a@host", ex=2)
    broker.set(worker_heartbeat_key("worker-b@host"), "worker-b@host", px=300)
    with override_settings(REDIS_URL=own_redis.url(0)):
        body = client.get("/readyz").json()
        assert body["workers"] == {
            "ok": True, "beating": 2, "names": ["worker-a@host", "worker-b@host"]
        }  # fmt: skip
        time.sleep(0.4)
        assert client.get("/readyz").json()["workers"]["names"] == ["worker-a@host"]
        broker.delete(worker_heartbeat_key("worker-a@host"))
        body = client.get("/readyz").json()
    assert body["workers"] == {"ok": False, "beating": 0, "names": []}


def test_other_paths_still_need_login(client):
    assert client.get("/healthz/extra").status_code in (302, 404)
    assert client.get("/").status_code == 302


def _database_away():
    """A real connection attempt to a port where no PostgreSQL listens."""
    handler = ConnectionHandler(
        {
            "default": {
                "ENGINE": "django.db.backends.postgresql",
                "NAME": "pilot",
                "HOST": "127.0.0.1",
                "PORT": free_port(),
                "USER": "postgres",
                "OPTIONS": {"connect_timeout": 2},
            }
        }
    )
    return handler["default"]


@pytest.mark.parametrize(
    ("method", "says"), [("post", "您刚才提交的内容没有保存"), ("get", "页面暂时无法显示")]
)
def test_while_the_database_is_away_the_answer_is_503_not_500(method, says):
    request = getattr(RequestFactory(), method)("/tasks/1/report/")
    away = _database_away()
    try:
        away.ensure_connection()
    except OperationalError:
        response = unavailable_or_server_error(request)
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert says in response.content.decode()


def test_any_other_error_is_still_a_500():
    request = RequestFactory().get("/")
    try:
        raise KeyError("a bug")
    except KeyError:
        response = unavailable_or_server_error(request)
    assert response.status_code == 500


def test_a_file_system_error_other_than_a_full_or_read_only_disk_is_still_a_500():
    request = RequestFactory().post("/tasks/1/report/")
    try:
        raise FileNotFoundError(2, "a bug: a path that does not exist")
    except OSError:
        response = unavailable_or_server_error(request)
    assert response.status_code == 500

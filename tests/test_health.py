"""/healthz and /readyz answer probes without login, host checks or HTTPS redirects, and never
500; while the database is away a page answers 503 "not saved, try again"."""

import pytest
from django.db import OperationalError
from django.db.utils import ConnectionHandler
from django.test import RequestFactory, override_settings

from config.errors import unavailable_or_server_error
from tests.stack import free_port

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
    assert set(body) == {"status", "database", "redis", "workers"}


def test_readiness_does_not_require_redis(client):
    with override_settings(REDIS_URL="redis://127.0.0.1:9/0", CACHES=REDIS_AWAY):
        response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["redis"]["ok"] is False and body["workers"]["ok"] is False


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

"""The cache and the job queue never share a Redis database (config/redis_urls.py, settings).

Emptying the cache is a FLUSHDB of its database (tests/reliability/test_cache_and_broker.py
shows the queued job that went with it); here: which database the cache gets from the
environment, and the settings that are refused."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from config.redis_urls import RedisUrlError, redis_database_next, redis_same_database

ROOT = Path(__file__).resolve().parent.parent

PRINT_SETTINGS = """
import django, json
django.setup()
from django.conf import settings
print(json.dumps({
    "cache": settings.CACHES["default"]["BACKEND"],
    "cache_url": settings.CACHES["default"].get("LOCATION", ""),
    "broker": settings.CELERY_BROKER_URL,
    "eager": settings.CELERY_TASK_ALWAYS_EAGER,
}))
"""


def settings_from(tmp_path, **variables: str) -> subprocess.CompletedProcess:
    """The settings a process started with these variables (and no other Redis ones) gets."""
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "REDIS_CACHE_URL"}}
    env |= {
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_SECRET_KEY": "x7#kq2!Lm9@vR4$wT8^zB1&nC6*pD3(fG5)hJ0_sA-eY+uQ=iO~tK",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}",
        **variables,
    }
    return subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS], cwd=ROOT, env=env, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip


def loaded(result: subprocess.CompletedProcess) -> dict:
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("broker", "cache"),
    [
        ("redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/1"),
        ("redis://127.0.0.1:6379", "redis://127.0.0.1:6379/1"),
        ("redis://:secret@cache.internal:6380/4", "redis://:secret@cache.internal:6380/5"),
        ("rediss://u:p@h:6380/2?ssl_cert_reqs=none", "rediss://u:p@h:6380/3?ssl_cert_reqs=none"),
        ("redis://h:6379?db=7", "redis://h:6379/8"),
    ],
)
def test_the_cache_defaults_to_the_brokers_next_database(broker, cache):
    assert redis_database_next(broker) == cache
    assert not redis_same_database(broker, cache)


def test_no_next_database_past_the_last_or_of_a_socket():
    with pytest.raises(RedisUrlError):
        redis_database_next("redis://127.0.0.1:6379/15")
    with pytest.raises(RedisUrlError):
        redis_database_next("unix:///run/redis.sock?db=0")


def test_one_database_however_it_is_written():
    assert redis_same_database("redis://h:6379/0", "redis://h")
    assert redis_same_database("redis://h/2", "redis://:pw@h:6379?db=2")
    assert not redis_same_database("redis://h/2", "redis://other/2")
    assert not redis_same_database("redis://h:6379/2", "redis://h:6380/2")


def test_the_app_puts_its_cache_beside_the_queue_in_a_database_of_its_own(tmp_path):
    configured = loaded(settings_from(tmp_path, REDIS_URL="redis://127.0.0.1:6379/0"))
    assert configured["broker"] == "redis://127.0.0.1:6379/0" and not configured["eager"]
    assert configured["cache"] == "config.cache.RedisCache"
    assert configured["cache_url"] == "redis://127.0.0.1:6379/1"

    own = "redis://cache.internal:6379/0"
    configured = loaded(settings_from(tmp_path, REDIS_URL="redis://q:6379/0", REDIS_CACHE_URL=own))
    assert configured["cache_url"] == own


def test_without_redis_the_embedded_defaults_stay(tmp_path):
    configured = loaded(settings_from(tmp_path))
    assert configured["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert configured["eager"] and configured["broker"] == "memory://localhost/"


@pytest.mark.parametrize(
    "variables",
    [
        {"REDIS_URL": "redis://127.0.0.1:6379/3", "REDIS_CACHE_URL": "redis://127.0.0.1:6379/3"},
        {"REDIS_URL": "redis://127.0.0.1:6379/0", "REDIS_CACHE_URL": "redis://127.0.0.1:6379"},
        {"REDIS_URL": "redis://127.0.0.1:6379/15"},  # no database 16 to default to
    ],
)
def test_a_cache_in_the_queues_database_is_refused_at_start(tmp_path, variables):
    result = settings_from(tmp_path, **variables)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "REDIS_CACHE_URL" in result.stderr

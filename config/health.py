"""/healthz and /readyz for the process supervisor and the load balancer.

- ``/healthz`` (liveness): the process answers; touches nothing else. 200 always.
- ``/readyz`` (readiness): 200 when PostgreSQL answers, else 503. The cache's Redis database, the
  broker's (and a memory policy of the broker's that would evict queued jobs) and the Celery
  workers that beat lately (each sets a key of its own in the broker's Redis every
  WORKER_HEARTBEAT_SECONDS, living three beats) are reported in the JSON body but not required:
  the app saves without them (rollups catch up through the sweeper), so a load balancer must not
  take the site out for them.

Answered by a middleware at the top of the stack, before host checks, HTTPS redirects, sessions
and login: a probe on 127.0.0.1 over plain HTTP gets the answer, and nothing here can raise.
"""

import contextlib
import logging

import redis
from django.conf import settings
from django.db import connection
from django.http import JsonResponse

from config.celery import workers_beating
from config.redis_urls import redis_database

logger = logging.getLogger(__name__)
EVICTS_JOBS = (
    "this Redis evicts any key when its memory is full, queued jobs too: give the broker"
    " maxmemory-policy noeviction, and the cache a server of its own to evict from"
)


def _database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("select 1")
            cursor.fetchone()
    except Exception as exc:
        connection.close_if_unusable_or_obsolete()
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": True}


def _cache() -> dict:
    if not settings.REDIS_CACHE_URL:
        return {"ok": None, "note": "in-process memory (embedded mode)"}
    try:
        from django_redis import get_redis_connection

        get_redis_connection("default").ping()
    except Exception as exc:
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": True, "database": redis_database(settings.REDIS_CACHE_URL)}


def _broker() -> dict:
    """The job queue's Redis, and whether it may evict queued jobs when its memory is full."""
    if not settings.REDIS_URL:
        return {"ok": None, "note": "jobs run in-process (embedded mode)"}
    timeout = settings.REDIS_TIMEOUT_SECONDS
    client = redis.Redis.from_url(
        settings.REDIS_URL, socket_connect_timeout=timeout, socket_timeout=timeout
    )
    try:
        client.ping()
        answer = {"ok": True, "database": redis_database(settings.REDIS_URL)}
        with contextlib.suppress(redis.ResponseError):  # CONFIG may be renamed away (managed Redis)
            memory = client.config_get("maxmemory*")
            policy = answer["maxmemory_policy"] = memory.get("maxmemory-policy", "")
            if policy.startswith("allkeys") and memory.get("maxmemory", "0") != "0":
                answer["warning"] = EVICTS_JOBS  # 0 is no limit: nothing is evicted
    except Exception as exc:
        return {"ok": False, "error": type(exc).__name__}
    finally:
        client.close()
    return answer


def _workers() -> dict:
    """The workers that beat lately (config.celery.workers_beating): a read of the broker's Redis,
    never a ping, which would wait on every worker's answer and miss a busy one."""
    if not settings.REDIS_URL:
        return {"ok": None, "note": "jobs run in-process (embedded mode)"}
    beating = workers_beating(settings.REDIS_URL, timeout=settings.REDIS_TIMEOUT_SECONDS)
    if beating is None:
        return {"ok": False, "error": "broker unreachable"}
    return {"ok": bool(beating), "beating": len(beating), "names": beating}


def healthz() -> JsonResponse:
    return JsonResponse({"status": "alive"})


def readyz() -> JsonResponse:
    try:
        checks = {
            "database": _database(),
            "cache": _cache(),
            "broker": _broker(),
            "workers": _workers(),
        }
    except Exception as exc:  # never a 500 from a probe
        logger.warning("readiness check failed: %r", exc)
        return JsonResponse({"status": "unavailable", "error": type(exc).__name__}, status=503)
    ready = checks["database"]["ok"]
    return JsonResponse(
        {"status": "ready" if ready else "unavailable", **checks}, status=200 if ready else 503
    )


PROBES = {"/healthz": healthz, "/readyz": readyz}


class HealthMiddleware:
    """First in MIDDLEWARE: answers the probes before anything that needs the host, TLS, a
    session or the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        probe = PROBES.get(request.path_info.rstrip("/"))
        if probe is not None and request.method in ("GET", "HEAD"):
            return probe()
        return self.get_response(request)

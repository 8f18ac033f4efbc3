"""/healthz and /readyz for the process supervisor and the load balancer.

- ``/healthz`` (liveness): the process answers; touches nothing else. 200 always.
- ``/readyz`` (readiness): 200 when PostgreSQL answers, else 503. Redis and the Celery workers
  are reported in the JSON body but not required: the app saves without them (rollups catch up
  through the sweeper), so a load balancer must not take the site out for them.

Answered by a middleware at the top of the stack, before host checks, HTTPS redirects, sessions
and login: a probe on 127.0.0.1 over plain HTTP gets the answer, and nothing here can raise.
"""

import logging

from django.conf import settings
from django.db import connection
from django.http import JsonResponse

from config.celery import workers_answering

logger = logging.getLogger(__name__)


def _database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("select 1")
            cursor.fetchone()
    except Exception as exc:
        connection.close_if_unusable_or_obsolete()
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": True}


def _redis() -> dict:
    if not settings.REDIS_URL:
        return {"ok": None, "note": "not configured (embedded mode)"}
    try:
        from django_redis import get_redis_connection

        get_redis_connection("default").ping()
    except Exception as exc:
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": True}


def _workers() -> dict:
    if not settings.REDIS_URL:
        return {"ok": None, "note": "jobs run in-process (embedded mode)"}
    answering = workers_answering()
    if answering is None:
        return {"ok": False, "error": "broker unreachable"}
    return {"ok": answering > 0, "answering": answering}


def healthz() -> JsonResponse:
    return JsonResponse({"status": "alive"})


def readyz() -> JsonResponse:
    try:
        checks = {"database": _database(), "redis": _redis(), "workers": _workers()}
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

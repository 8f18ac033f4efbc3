"""The cache and the job queue in one Redis: emptying the cache never empties the queue.

Django's ``cache.clear()`` on django-redis is a FLUSHDB of the cache's database. With the cache
and the Celery broker in one database, anything that emptied the cache (an operator, the
benchmark, a test) dropped every queued rollup, export, document build and draft job with it.
Each test here runs on a redis-server of its own, configured as production is (the environment
only), and the job is run by a real worker afterwards.
"""

import pytest
import redis

from config.celery import app as celery_app
from targets.jobs import rollup_plan
from targets.models import Snapshot
from tests.conftest import celery_eager
from tests.stack import manage, wait_for, world_build

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

CLEAR_THE_CACHE = "from django.core.cache import cache; cache.clear()"


def _queued(url: str) -> int:
    """Jobs waiting in the broker's default queue (kombu keeps it as a Redis list)."""
    return redis.Redis.from_url(url).llen("celery")


def test_emptying_the_cache_keeps_a_queued_job_and_a_worker_then_runs_it(stack, redis_server):
    world = world_build(staff=1, leaders=0)
    (plan_id,) = world["plans"]
    celery_eager(False)
    with celery_app.connection_for_write(redis_server.url()) as broker:
        rollup_plan.apply_async(args=[plan_id], connection=broker)
    assert _queued(redis_server.url()) == 1

    # As an operator would, in a process configured like the web and the worker.
    manage(stack.env, "shell", "-c", CLEAR_THE_CACHE)

    assert _queued(redis_server.url()) == 1, "emptying the cache emptied the job queue"
    stack.start_worker()
    ran = wait_for(
        lambda: Snapshot.objects.filter(scope="plan", object_id=plan_id).exists(), timeout=60
    )
    assert ran, stack.log("worker")[-3000:]


def test_the_cache_empties_only_its_own_keys_even_in_the_queues_database(redis_server):
    """The settings refuse a cache in the queue's database, but a URL can hide one (a host
    name and its address): emptying the cache then still deletes only its own keys, of every
    version, and not another prefix's."""
    from config.cache import RedisCache

    url = redis_server.url(0)
    raw = redis.Redis.from_url(url)
    celery_eager(False)
    with celery_app.connection_for_write(url) as broker:
        rollup_plan.apply_async(args=[1], connection=broker)
    queue_keys = set(raw.keys())
    assert {b"celery", b"_kombu.binding.celery"} <= queue_keys

    cache = RedisCache(url, {})
    other = RedisCache(url, {"KEY_PREFIX": "other"})
    cache.set("chart:1:zh-hans", "a chart")
    cache.set("rollup-pending:1", 1, version=2)
    other.set("chart:1:zh-hans", "another server's chart")
    cache.clear()

    assert set(raw.keys()) == queue_keys | {b"other:1:chart:1:zh-hans"}
    assert _queued(url) == 1
    assert cache.get("chart:1:zh-hans") is None
    assert other.get("chart:1:zh-hans") == "another server's chart"
    other.clear()
    assert set(raw.keys()) == queue_keys

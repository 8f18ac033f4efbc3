"""The benchmark's jobs go to a queue of their own, which no worker takes from, deleted at the end.

Its saves ask for rollups as any save does (in this process and in its gunicorns); those jobs
name plans of the benchmark's databases, not of the database a worker serves, and must never
run. It used to purge the broker's queue at the end instead, which dropped every job anyone else
had queued in the same Redis (the app's exports, document builds, rollups).
"""

import contextlib
import logging
import os

from config.celery import app as celery_app

logger = logging.getLogger(__name__)


def jobs_queue_name() -> str:
    """This run's queue (the benchmark's gunicorns are started from this process)."""
    return f"benchmark-{os.getpid()}"


def _routes_set(routes) -> None:
    # Read from Django settings under the CELERY_ namespace, where the namespaced key wins; the
    # router is built once, so it is built again.
    celery_app.conf.update(CELERY_TASK_ROUTES=routes)
    celery_app.amqp.flush_routes()
    celery_app.amqp.router = celery_app.amqp.Router()


@contextlib.contextmanager
def jobs_queued_apart():
    """While the block runs, every job this process publishes goes to ``jobs_queue_name()``
    (the gunicorns: BENCHMARK_QUEUE, config.settings_benchmark); then that queue is deleted
    with whatever it holds."""
    name = jobs_queue_name()
    previous = celery_app.conf.task_routes
    _routes_set({"*": {"queue": name}})
    try:
        yield name
    finally:
        _routes_set(previous)
        if not celery_app.conf.task_always_eager:
            _queue_delete(name)


def _queue_delete(name: str) -> None:
    try:
        with celery_app.connection_for_write() as connection:
            queue = celery_app.amqp.queues[name](connection.default_channel)
            queue.declare()  # known to this channel, so that its bindings go too
            dropped = queue.purge()
            queue.delete()
    except Exception as exc:  # the broker away: the queue stays, and no worker takes from it
        logger.warning("the benchmark's job queue %s was not deleted: %r", name, exc)
        return
    logger.info("the benchmark's job queue %s deleted with %s jobs", name, dropped)

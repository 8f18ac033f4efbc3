import logging
import os

from celery import Celery, Task, bootsteps
from celery.worker import state as worker_state
from celery.worker.request import Request
from django.utils.module_loading import import_string

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

logger = logging.getLogger(__name__)

# A job whose worker process died under it (killed, out of memory) is handed out again
# (settings: CELERY_TASK_ACKS_LATE, CELERY_TASK_REJECT_ON_WORKER_LOST), but one that kills every
# worker taking it — a hostile file — is given up on its delivery after this many.
JOB_DELIVERIES_MAX = 3
DELIVERY_KEY = "job-delivery:{}:{}"


# Why a job was given up, passed to its ``abandon`` as ``why``.
WORKER_LOST = "worker_lost"
TIME_LIMIT = "time_limit"


class JobRequest(Request):
    def on_timeout(self, soft, timeout):
        """A job past the hard time limit (stuck where the soft limit cannot interrupt it) has
        its pool process killed and is acknowledged: not handed out again, and its own failure
        handling never runs. Its ``abandon`` is sent as a job of its own (the worker's main
        process does not wait on the database) so that the user sees it failed now."""
        super().on_timeout(soft, timeout)
        if soft or worker_state.should_terminate or not self.task.abandon:
            return
        try:
            abandon_job.apply_async(args=[self.task.abandon, self.args, self.kwargs, TIME_LIMIT])
        except Exception as exc:
            logger.error("job %s %s past its time limit, not given up: %r", self.name, self.id, exc)


class Job(Task):
    """Every job of the project: given up (``abandon``: the dotted path of a function taking the
    job's arguments and ``why``, WORKER_LOST or TIME_LIMIT, which marks what the user sees as
    failed) once it has been handed out too often or has run past the hard time limit."""

    abandon: str = ""
    Request = "config.celery:JobRequest"

    def __call__(self, *args, **kwargs):
        if job_delivery(self.request) > JOB_DELIVERIES_MAX:
            logger.error("job %s %s given up: its worker died on each of %d deliveries",
                         self.name, self.request.id, JOB_DELIVERIES_MAX)  # fmt: skip
            if self.abandon:
                import_string(self.abandon)(*args, why=WORKER_LOST, **kwargs)
            return None
        return super().__call__(*args, **kwargs)


def job_delivery(request) -> int:
    """Which delivery of this run of the job this is (1 the first), counted in the cache (shared
    by the workers); 1 when the job is called directly or the cache is away."""
    from django.core.cache import cache

    if not request.id:
        return 1
    key = DELIVERY_KEY.format(request.id, request.retries or 0)
    try:
        cache.add(key, 0, 24 * 3600)
        return cache.incr(key) or 1
    except Exception as exc:
        logger.warning("job deliveries not counted: %r", exc)
        return 1


# One quick try at the broker, no retry loop (a page, a beat).
ONE_TRY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.2}

# Set in the broker's Redis by every worker taking jobs, living WORKER_HEARTBEAT_LIFE beats: a page
# tells from it, in one round trip, whether any worker is left (job_queue_state). Each worker also
# sets a key of its own (WORKER_HEARTBEAT_KEY:hostname), from which /readyz counts them
# (workers_beating).
WORKER_HEARTBEAT_KEY = "pilot-tracker:worker-heartbeat"
WORKER_HEARTBEAT_LIFE = 3


def worker_heartbeat_key(hostname: str) -> str:
    return f"{WORKER_HEARTBEAT_KEY}:{hostname}"


class WorkerHeartbeat(bootsteps.StartStopStep):
    """While the worker's consumer takes jobs, it sets WORKER_HEARTBEAT_KEY every
    WORKER_HEARTBEAT_SECONDS (on the worker's own timer, as Celery's event heartbeat): a worker
    killed, stopped or stuck stops beating, and the key is gone a few beats later. Celery's own
    ways to tell (a ping, the event heartbeats) would keep a page waiting on the replies."""

    requires = ("celery.worker.consumer.tasks:Tasks",)

    def __init__(self, c, **kwargs):
        super().__init__(c, **kwargs)
        self.timer_entry = None
        self.connection = None

    def start(self, c):
        from django.conf import settings

        interval = settings.WORKER_HEARTBEAT_SECONDS
        self.connection = c.app.connection_for_write()
        self.beat(c.hostname, interval)
        self.timer_entry = c.timer.call_repeatedly(interval, self.beat, (c.hostname, interval))

    def stop(self, c):
        if self.timer_entry is not None:
            c.timer.cancel(self.timer_entry)
            self.timer_entry = None
        if self.connection is not None:
            self.forget(c.hostname)
            self.connection.release()
            self.connection = None

    shutdown = stop

    def beat(self, hostname: str, interval: float) -> None:
        try:
            self.connection.ensure_connection(**ONE_TRY, timeout=1)
            channel = self.connection.default_channel
            if hasattr(channel, "conn_or_acquire"):  # Redis (the only broker run)
                life = max(1, round(interval * WORKER_HEARTBEAT_LIFE))
                with channel.conn_or_acquire() as client, client.pipeline() as pipe:
                    pipe.set(WORKER_HEARTBEAT_KEY, hostname, ex=life)
                    pipe.set(worker_heartbeat_key(hostname), hostname, ex=life)
                    pipe.execute()
        except Exception as exc:
            logger.warning("worker heartbeat not sent: %r", exc)

    def forget(self, hostname: str) -> None:
        """A worker stopped on purpose is gone at once from /readyz's count (the shared key lives
        on: another worker may be beating)."""
        try:
            channel = self.connection.default_channel
            if hasattr(channel, "conn_or_acquire"):
                with channel.conn_or_acquire() as client:
                    client.delete(worker_heartbeat_key(hostname))
        except Exception as exc:
            logger.warning("worker heartbeat not withdrawn: %r", exc)


app = Celery("pilot_tracker", task_cls=Job)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.steps["consumer"].add(WorkerHeartbeat)
# "task" is a word of the domain (a plan's task), so Celery jobs live in each app's jobs.py.
app.autodiscover_tasks(related_name="jobs")


@app.task(name="jobs.abandon")
def abandon_job(path: str, args: list, kwargs: dict, why: str) -> None:
    """Give up a job that ran past its hard time limit (``JobRequest.on_timeout``)."""
    logger.error("job given up (%s): %s%r", why, path, tuple(args))
    import_string(path)(*args, why=why, **kwargs)


def broker_reachable(timeout: float = 1.0) -> bool:
    """Whether the broker answers now (one quick try, no retry loop)."""
    if app.conf.task_always_eager:
        return True
    try:
        with app.connection_for_write() as connection:
            connection.ensure_connection(**ONE_TRY, timeout=timeout)
    except Exception:
        return False
    return True


# What becomes of a job sent now (job_queue_state).
QUEUE_WORKING = "working"  # the broker answers and a worker beat lately (or jobs run in-process)
QUEUE_NO_WORKER = "no_worker"  # the broker answers, but no worker beat lately: the job waits
QUEUE_AWAY = "away"  # the broker does not answer: the job is not even queued


def job_queue_state(timeout: float = 0.5) -> str:
    """QUEUE_WORKING, QUEUE_NO_WORKER or QUEUE_AWAY, from one quick try at the broker and one
    read of WORKER_HEARTBEAT_KEY."""
    if app.conf.task_always_eager:
        return QUEUE_WORKING
    try:
        with app.connection_for_read() as connection:
            connection.ensure_connection(**ONE_TRY, timeout=timeout)
            channel = connection.default_channel
            if not hasattr(channel, "conn_or_acquire"):
                return QUEUE_WORKING  # not Redis: its workers cannot be told from here
            with channel.conn_or_acquire() as client:
                beating = client.exists(WORKER_HEARTBEAT_KEY)
    except Exception:
        return QUEUE_AWAY
    return QUEUE_WORKING if beating else QUEUE_NO_WORKER


def workers_beating(broker_url: str, timeout: float = 0.5) -> list[str] | None:
    """The hostnames of the workers that beat within their key's life (WORKER_HEARTBEAT_LIFE
    beats), read from the broker's Redis: never a broadcast to the workers, so a busy worker (its
    main process beats on its own timer) counts and a killed one is gone a few beats after its
    last, and the answer never waits on a worker. None when the broker is away."""
    import redis

    client = redis.Redis.from_url(
        broker_url, socket_connect_timeout=timeout, socket_timeout=timeout
    )
    prefix = len(worker_heartbeat_key(""))
    try:
        keys = client.scan_iter(match=worker_heartbeat_key("*"), count=1000)
        return sorted({key.decode()[prefix:] for key in keys})
    except redis.RedisError:
        return None
    finally:
        client.close()


# Why a job a page waits on will not end by itself (what the page tells, offering to run it again).
JOB_LOST = "lost"  # the broker no longer holds its message: no worker will ever run it
JOB_OVERDUE = "overdue"  # past the time it may take, without a word from it


def job_lost(task_id: str, idle_seconds: float) -> bool:
    """Idle past JOB_LOST_SECONDS and its message no longer held by the broker (neither queued
    nor taken by a worker): lost — with a Redis restarted empty, say — and never to run. Not
    lost while the broker cannot be asked."""
    from django.conf import settings

    return idle_seconds > settings.JOB_LOST_SECONDS and job_message_held(task_id) is False


def job_message_held(task_id: str) -> bool | None:
    """Whether the broker still holds the job's message: waiting in its queue, or taken by a
    worker and not yet acknowledged (a job is acknowledged once it ended). False once it was
    lost with the broker (Redis restarted without persistence); None when that cannot be told
    (the broker away, or not Redis)."""
    if app.conf.task_always_eager:
        return None
    try:
        with app.connection_for_read() as connection:
            connection.ensure_connection(max_retries=1, interval_start=0, timeout=1)
            channel = connection.default_channel
            if not hasattr(channel, "_q_for_pri"):
                return None
            queue = app.conf.task_default_queue
            keys = [channel._q_for_pri(queue, priority) for priority in channel.priority_steps]
            needle = task_id.encode()
            with channel.conn_or_acquire() as client:
                # A page asks on every poll once its job is idle long: read first where such a
                # job is, taken by a worker (a few messages) or among the oldest of a queue, at
                # its end (LPUSH in, BRPOP out), not the whole queue each time. Not found there,
                # the whole of it at once, as one transaction: only that read tells it is gone.
                return _message_in(client, keys, channel.unacked_key, needle, -_OLDEST) or (
                    _message_in(client, keys, channel.unacked_key, needle, 0)
                )
    except Exception as exc:
        logger.warning("job %s: the broker not asked for its message: %r", task_id, exc)
        return None


_OLDEST = 64  # messages read first from the end of each queue


def _message_in(client, queues: list[str], unacked_key: str, needle: bytes, start: int) -> bool:
    """Whether a message holding ``needle`` is in the queues from ``start`` to their end, or
    taken and not yet acknowledged."""
    with client.pipeline() as pipe:
        for queue in queues:
            pipe.lrange(queue, start, -1)
        pipe.hvals(unacked_key)
        held = pipe.execute()
    return any(needle in message for messages in held for message in messages)

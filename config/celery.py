import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("pilot_tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
# "task" is a word of the domain (a plan's task), so Celery jobs live in each app's jobs.py.
app.autodiscover_tasks(related_name="jobs")


def broker_reachable(timeout: float = 1.0) -> bool:
    """Whether the broker answers now (one quick try, no retry loop)."""
    if app.conf.task_always_eager:
        return True
    try:
        with app.connection_for_write() as connection:
            connection.ensure_connection(
                max_retries=1,
                interval_start=0,
                interval_step=0.2,
                interval_max=0.2,
                timeout=timeout,
            )
    except Exception:
        return False
    return True


def workers_answering(timeout: float = 0.5) -> int | None:
    """How many workers answer a ping now; None when the broker itself is away."""
    if not broker_reachable():
        return None
    try:
        return len(app.control.ping(timeout=timeout) or [])
    except Exception:
        return None

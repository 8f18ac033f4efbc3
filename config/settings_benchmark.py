"""Settings of the benchmark's gunicorn (``manage.py benchmark``): production settings plus the
floor page's URL, and static files from the source folders (no collectstatic in a checkout)."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "config.urls_benchmark"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The jobs its pages' saves ask for go to the benchmark's own queue, which no worker takes from and
# which the benchmark deletes at the end (targets/benchmarking/jobs_queue.py).
CELERY_TASK_ROUTES = {"*": {"queue": env.str("BENCHMARK_QUEUE", default="benchmark")}}  # noqa: F405

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("pilot_tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
# "task" is a word of the domain (a plan's task), so Celery jobs live in each app's jobs.py.
app.autodiscover_tasks(related_name="jobs")

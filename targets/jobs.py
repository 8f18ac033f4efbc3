"""Celery jobs for rollups. Thin: they take ids, call one service, and own the retry policy."""

import datetime

from celery import shared_task
from django.db import DatabaseError
from django.utils import timezone

from pilots.models import Plan
from targets.rollup import plan_rollup
from targets.services import rollup_pending_clear


@shared_task(
    name="targets.rollup_plan",
    autoretry_for=(DatabaseError,),
    retry_backoff=True,
    retry_jitter=True,
    max_retries=5,
)
def rollup_plan(plan_id: int, as_of: str | None = None) -> int:
    rollup_pending_clear(plan_id=plan_id)
    plan = Plan.objects.select_related("zone").get(pk=plan_id)
    day = datetime.date.fromisoformat(as_of) if as_of else timezone.localdate()
    return len(plan_rollup(plan=plan, as_of=day).snapshots)


@shared_task(name="targets.rollup_all")
def rollup_all(as_of: str | None = None) -> int:
    """Nightly: every plan, each in its own job so one failure retries alone."""
    plan_ids = list(Plan.objects.values_list("id", flat=True))
    for plan_id in plan_ids:
        rollup_plan.delay(plan_id, as_of)
    return len(plan_ids)

"""Operator flags shared by the management-command twins of the periodic jobs."""

import datetime

from django.core.management.base import CommandError
from django.utils import timezone

from pilots.models import Plan


def add_job_arguments(parser):
    parser.add_argument("--plan", action="append", help="plan code (repeatable); default all")
    parser.add_argument("--as-of", help="date YYYY-MM-DD; default today")
    parser.add_argument("--dry-run", action="store_true", help="compute and show, write nothing")


def parse_as_of(value: str | None) -> datetime.date:
    if not value:
        return timezone.localdate()
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--as-of: {value!r} is not a date (YYYY-MM-DD)") from exc


def selected_plans(codes: list[str] | None):
    plans = Plan.objects.select_related("zone").order_by("code")
    if codes:
        unknown = set(codes) - set(plans.filter(code__in=codes).values_list("code", flat=True))
        if unknown:
            raise CommandError(f"unknown plan(s): {', '.join(sorted(unknown))}")
        plans = plans.filter(code__in=codes)
    return plans

"""A plan's period as dates: from 1 January of its first year to 31 December of its last. Every
date a plan's work is given (a task's deadline, a milestone, an instruction's reply date) lies
within it: forms, services, plan files and the admin all ask here."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from pilots.models import Plan


def plan_period(plan: Plan) -> tuple[datetime.date, datetime.date]:
    """The plan's first and last day."""
    return datetime.date(plan.period_start, 1, 1), datetime.date(plan.period_end, 12, 31)


def plan_end(plan: Plan) -> datetime.date:
    """The plan's last day: a task's deadline when nothing else sets one, and the day its
    results are judged by."""
    return plan_period(plan)[1]


def outside_period(plan: Plan) -> ValidationError:
    start, end = plan_period(plan)
    return ValidationError(
        _("日期须在规划期内（%(start)s 至 %(end)s）。"),
        code="outside_plan_period",
        params={"start": start.isoformat(), "end": end.isoformat()},
    )


def period_check(plan: Plan, day: datetime.date | None) -> None:
    """Refuses a date outside the plan's period, naming the period."""
    start, end = plan_period(plan)
    if day is not None and not start <= day <= end:
        raise outside_period(plan)

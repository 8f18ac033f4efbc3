"""A plan's life in dates: when it starts, when it ends, and the day it is judged on when asked
about a later date. A plan that has ended is judged the day after its last day: its tasks as they
stood at its end, its targets' verdicts as decided (at the deadline, or since: the deadline
year's figure comes months late, and a target still awaiting it is decided when its grace ends)."""

from __future__ import annotations

import datetime

from django.db.models import Case, CharField, DateField, F, Value, When
from django.db.models.functions import Cast, Concat

from pilots.models import Plan
from pilots.plan_period import plan_end


def plan_start(plan: Plan) -> datetime.date:
    return plan.issued_on or datetime.date(plan.period_start, 1, 1)


def plan_ended(plan: Plan, on: datetime.date) -> bool:
    return on > plan_end(plan)


def figure_date_ahead(as_of: datetime.date, today: datetime.date) -> bool:
    """Whether a figure's date is after ``today``: a forecast, not a count. The current year's
    whole-year figure (dated its 31 December) is not: it may come in the year's last weeks, an
    estimate (预计全年) corrected with a reason once counted."""
    return as_of > today and as_of != datetime.date(today.year, 12, 31)


def judged_on(plan: Plan, as_of: datetime.date) -> datetime.date:
    """The date the plan is judged on when asked about ``as_of``."""
    end = plan_end(plan)
    return as_of if as_of <= end else end + datetime.timedelta(days=1)


def last_day_included(plan: Plan, day: datetime.date) -> datetime.date:
    """The day shown for figures judged on ``day``: the plan's last day for the day after it (an
    ended plan's judgement day, an exclusive bound: nothing after the last day counts), else the
    day itself. What is computed and linked (?as_of=) keeps ``day``."""
    end = plan_end(plan)
    return end if day == end + datetime.timedelta(days=1) else day


def judged_on_expression(as_of: datetime.date, year: int, period_end: str = "period_end") -> Case:
    """``judged_on`` in the database, of the plan whose last year is the field ``period_end``
    (``year`` is ``as_of``'s, given apart so that a prepared read can take it as a value)."""
    return Case(
        When(**{f"{period_end}__gte": year}, then=Value(as_of, DateField())),
        default=day_after_end_expression(F(period_end)),
        output_field=DateField(),
    )


def day_after_end_expression(period_end) -> Cast:
    """The day after a plan's last year (``period_end``, an expression of it) in the database:
    a date, so that a snapshot's ``as_of`` is compared with it along its index."""
    return Cast(Concat(Cast(period_end + 1, CharField()), Value("-01-01")), DateField())

"""How figures read in a printed document (the pages show the same through their templates)."""

from __future__ import annotations

import datetime

from django.utils import formats
from django.utils.translation import gettext as _

from pilots.languages import in_language
from targets.figures import TargetFigures
from targets.units import unit_shown

COMPARATOR = {"gte": "≥", "gt": ">", "eq": "", "approx": "≈", "lte": "≤", "lt": "<", "range": ""}


def number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def goal_text(target: TargetFigures) -> str:
    goal = f"{COMPARATOR.get(target.comparator, '')}{number(target.goal)}"
    if target.goal_max is not None:
        goal += f"–{number(target.goal_max)}"
    text = f"{goal} {unit_shown(target.unit)}"
    return f"{text} / {_('每年')}" if target.per_year else text


def value_text(target: TargetFigures | None) -> str:
    if target is None or target.value is None:
        return "—"
    return f"{number(target.value)} {unit_shown(target.unit)}"


def day_text(day: datetime.date | None) -> str:
    return formats.date_format(day, "Y-m-d") if day else "—"


def percent(value: float) -> str:
    return f"{number(value)}%"


def zone_name(zone) -> str:
    return in_language(zone.name, zone.name_en)


def plan_title(plan) -> str:
    return in_language(plan.title, plan.title_en)

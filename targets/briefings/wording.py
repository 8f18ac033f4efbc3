"""How figures read in a printed document (the pages show the same through their templates)."""

from __future__ import annotations

import datetime

from django.utils import formats
from django.utils.translation import gettext as _

from pilots.languages import in_language
from pilots.selectors import plan_told_apart
from targets import target_wording
from targets.figures import TargetFigures
from targets.units import amount_text


def number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def goal_text(target: TargetFigures) -> str:
    return target_wording.goal_text(target)


def value_text(target: TargetFigures | None) -> str:
    if target is None or target.value is None:
        return "—"
    return figure_text(target.value, target.unit, target.value_on, of=target)


def figure_text(value: float | None, unit: str, day: str | None = None, *, of=None) -> str:
    """A figure with its unit, and with its year or date when ``of`` (the target) is past its
    deadline and the figure is not the deadline year's."""
    if value is None:
        return "—"
    text = amount_text(value, unit, number)
    note = target_wording.day_note(of, day) if of is not None else ""
    return _("%(figure)s（%(day)s）") % {"figure": text, "day": note} if note else text


def day_text(day: datetime.date | None) -> str:
    return formats.date_format(day, "Y-m-d") if day else "—"


def percent(value: float) -> str:
    return f"{number(value)}%"


def zone_name(zone) -> str:
    return in_language(zone.name, zone.name_en)


def plan_title(plan, plans=()) -> str:
    """The plan's title, and what tells it apart from another of ``plans`` of that title."""
    told = plan_told_apart(plan, plans)
    title = in_language(plan.title, plan.title_en)
    return f"{title} · {told}" if told else title

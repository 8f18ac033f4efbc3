"""A target's goal, figures and verdict in words, the same on the evaluation page, the zone
page's target cards and the evaluation documents: the goal ("每年≥2 项" / "≥2 items per year"),
a figure with its unit in agreement ("1 item") and, once the deadline has passed, the date of a
figure that is not the deadline year's, and why the verdict after the deadline is what it is
(targets/verdicts.py ``Why``)."""

from __future__ import annotations

import datetime

from django.utils.translation import gettext as _

from targets.figures import TargetFigures
from targets.units import amount_range_text, amount_text
from targets.verdicts import Why, grace_end

COMPARATOR = {"gte": "≥", "gt": ">", "approx": "≈", "lte": "≤", "lt": "<"}
# The sign between a figure and the goal it met or fell short of, by the target's comparator (a
# range a–b is met from a, and is compared with a).
MET_SIGN = {"gte": "≥", "gt": ">", "eq": "≥", "range": "≥", "approx": "≈", "lte": "≤", "lt": "<"}
SHORT_SIGN = {"gte": "<", "gt": "≤", "eq": "<", "range": "<", "approx": "<", "lte": ">", "lt": "≥"}


def figure_text(value: float | None, unit: str) -> str:
    """A figure with its unit: "2 项", "1 item", "2 items"; "—" for none."""
    return amount_text(value, unit)


def goal_text(f: TargetFigures) -> str:
    """The goal as the plan sets it: "≥2 项", "每年≥2 项" / "≥2 items per year"."""
    return goal_words(
        comparator=f.comparator, goal=f.goal, goal_max=f.goal_max, unit=f.unit,
        per_year=f.per_year,
    )  # fmt: skip


def target_goal_text(target) -> str:
    """``goal_text`` of a target itself (targets.models.Target)."""
    return goal_words(
        comparator=target.comparator, goal=target.value, goal_max=target.value_max,
        unit=target.unit, per_year=target.per_year,
    )  # fmt: skip


def goal_words(*, comparator: str, goal, goal_max, unit: str, per_year: bool) -> str:
    amount = amount_range_text(goal, goal_max, unit) if goal_max else amount_text(goal, unit)
    text = f"{COMPARATOR.get(comparator, '')}{amount}"
    return _("每年%(goal)s") % {"goal": text} if per_year else text


def day_note(f: TargetFigures, day: str | None) -> str:
    """When a figure shown after the deadline is not the deadline year's: its year for a
    per-year target ("2022年"), else its date; "" otherwise."""
    if not f.why or not day or int(day[:4]) == f.deadline_year:
        return ""
    return _("%(year)s年") % {"year": day[:4]} if f.per_year else day


def at_deadline(f: TargetFigures) -> tuple[float | None, str | None]:
    """The figure as it stood at the deadline and its date. A per-year target missing the
    deadline year's figure shows its latest year's (named by ``day_note``); a row written
    before the deadline's figure was carried shows its value."""
    if not f.why or (f.deadline_value is None and f.per_year):
        return f.value, f.value_on
    return f.deadline_value, f.deadline_value_on


def why_text(f: TargetFigures) -> str:
    """Why the verdict after the deadline is what it is, in a few words; "" before the
    deadline (and in rows written before the reason was carried)."""
    year = f.deadline_year
    goal = figure_text(f.goal, f.unit)
    if f.why in (Why.MET_BY_DEADLINE, Why.SHORT_AT_DEADLINE):
        signs = MET_SIGN if f.why == Why.MET_BY_DEADLINE else SHORT_SIGN
        words = {
            "year": year,
            "value": figure_text(f.deadline_value, f.unit),
            "sign": signs.get(f.comparator, ""),
            "goal": goal,
        }
        if f.per_year:
            return _("%(year)s年 %(value)s %(sign)s 目标 %(goal)s") % words
        return _("截止时 %(value)s %(sign)s 目标 %(goal)s") % words
    if f.why == Why.MET_LATE:
        return _("%(day)s 达到 %(value)s（逾期）") % {
            "day": f.value_on,
            "value": figure_text(f.value, f.unit),
        }
    if f.why == Why.NOT_REPORTED:
        return _("%(year)s年数据未在宽限期内报送") % {"year": year}
    if f.why == Why.AWAITING:
        return _("%(year)s年数据尚未报送（宽限期至 %(day)s）") % {
            "year": year,
            "day": grace_end(year).isoformat(),
        }
    return ""


def stale_label(ended_on: datetime.date | None) -> str:
    """The label of the count of tasks silent 30 days: an ended plan's are counted at its end,
    not since, and said so."""
    if ended_on is None:
        return _("30天未更新")
    return _("至规划期末（%(end)s）30天未更新") % {"end": f"{ended_on:%Y-%m-%d}"}


def stale_tasks_label(ended_on: datetime.date | None) -> str:
    """The heading of the list of those tasks, worded as ``stale_label``."""
    if ended_on is None:
        return _("30天未更新的任务")
    return _("至规划期末（%(end)s）30天未更新的任务") % {"end": f"{ended_on:%Y-%m-%d}"}

"""A target's goal, figures and why its verdict, in words (targets/target_wording.py)."""

from django import template

from targets import target_wording

register = template.Library()


@register.filter
def goal_text(f) -> str:
    return target_wording.goal_text(f)


@register.filter
def target_goal(target) -> str:
    """``{{ target|target_goal }}``: a target's goal as ``goal_text`` words it."""
    return target_wording.target_goal_text(target)


@register.filter
def figure(value, unit: str) -> str:
    """``{{ value|figure:f.unit }}``: "2 项", "1 item"."""
    return target_wording.figure_text(value, unit)


@register.filter
def day_note(f, day: str | None) -> str:
    """``{{ f|day_note:day }}``: the year or date of a figure not of the deadline year."""
    return target_wording.day_note(f, day)


@register.filter
def why_text(f) -> str:
    return target_wording.why_text(f) if f else ""


@register.filter
def stale_label(ended_on) -> str:
    """``{{ ended_on|stale_label }}``: "30天未更新", or counted at an ended plan's last day."""
    return target_wording.stale_label(ended_on)


@register.filter
def stale_tasks_label(ended_on) -> str:
    """``{{ ended_on|stale_tasks_label }}``: the heading of the list of those tasks."""
    return target_wording.stale_tasks_label(ended_on)

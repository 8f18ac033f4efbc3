"""``{% reasons task.reasons ended_on %}``: why a task's light is red or yellow, as a list
(``ended_on``: the plan's last day, when it has ended)."""

from django import template

from targets.dashboards.task_lists import reasons_html

register = template.Library()


@register.simple_tag(name="reasons")
def reasons_tag(reasons, ended_on=None) -> str:
    return reasons_html(reasons, ended_on or None)

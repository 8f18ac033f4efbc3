"""``{% reasons task.reasons %}``: why a task's light is red or yellow, as a list."""

from django import template

from targets.dashboards.task_lists import reasons_html

register = template.Library()


@register.simple_tag(name="reasons")
def reasons_tag(reasons) -> str:
    return reasons_html(reasons)

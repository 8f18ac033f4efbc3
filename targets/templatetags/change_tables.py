"""``{% change_target_rows c.targets %}``, ``{% change_task_rows c.tasks %}``: the rows of the
tables of what changed (targets/dashboards/change_tables.py)."""

from django import template

from targets.dashboards.change_tables import target_rows_html, task_rows_html

register = template.Library()


@register.simple_tag
def change_target_rows(changes) -> str:
    return target_rows_html(changes)


@register.simple_tag
def change_task_rows(moves) -> str:
    return task_rows_html(moves)

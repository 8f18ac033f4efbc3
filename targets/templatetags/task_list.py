"""``{% task_list task_lists.red _("红灯任务") %}``: one of the zone page's lists of tasks."""

from django import template

register = template.Library()


@register.simple_tag
def task_list(tasks, caption: str) -> str:
    return tasks.html(caption)

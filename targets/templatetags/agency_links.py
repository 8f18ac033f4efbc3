"""``{% agency_links figures.agency_status %}``: the zone page's links to each agency's page."""

import html

from django import template
from django.utils.safestring import mark_safe

from targets.dashboards.task_lists import url_writer

register = template.Library()


@register.simple_tag
def agency_links(agency_status: dict) -> str:
    """Each agency's name (in Chinese: agencies have no English names) linking to its page,
    written as a template loop with a ``{% url %}`` per agency would, at a fraction of its cost."""
    url = url_writer("dashboard-agency")
    return mark_safe(  # the URL and every name escaped
        " · ".join(
            f'<a href="{html.escape(url(pk))}"><span lang="zh-Hans">{html.escape(str(a.name))}'
            "</span></a>"
            for pk, a in agency_status.items()
        )
    )

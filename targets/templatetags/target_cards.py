"""``{% target_cards targets plan %}``: the zone page's cards of its plan's targets."""

from django import template

from targets.dashboards.target_cards import cards_html

register = template.Library()


@register.simple_tag
def target_cards(targets, plan=None) -> str:
    return cards_html(targets, plan or None)

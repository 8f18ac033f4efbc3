"""``{% target_cards targets %}``: the zone page's cards of its targets."""

from django import template

from targets.dashboards.target_cards import cards_html

register = template.Library()


@register.simple_tag
def target_cards(targets) -> str:
    return cards_html(targets)

"""Punctuation that joins the pieces of a page, in the page's language: full-width on a Chinese
page (GB/T 15834: 红灯任务（3）, 佐证：), half-width and spaced on an English one (Red tasks (3),
Evidence: ), so that a template prints neither language's marks in the other."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from pilots.languages import english_ui

register = template.Library()


@register.filter
def in_brackets(value) -> str:
    """``{% translate "红灯任务" %}{{ n|in_brackets }}``: 红灯任务（3） or Red tasks (3)."""
    return format_html(" ({})" if english_ui() else "（{}）", value)


@register.simple_tag
def colon() -> str:
    """``{% translate "佐证" %}{% colon %}``: 佐证： or Evidence: ."""
    return ": " if english_ui() else "："


@register.tag
def bracketed(parser, token):
    """``{% bracketed %}{% translate "条款" %} {{ n }}{% endbracketed %}``: what it holds, as
    in_brackets would print it."""
    nodelist = parser.parse(("endbracketed",))
    parser.delete_first_token()
    return BracketedNode(nodelist)


class BracketedNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context) -> str:
        return in_brackets(mark_safe(self.nodelist.render(context)))


@register.simple_tag
def semicolon() -> str:
    """``{% if not forloop.first %}{% semicolon %}{% endif %}``: ； or ; between clauses."""
    return "; " if english_ui() else "；"

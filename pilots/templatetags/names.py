"""Names in the UI's language: a zone, plan, agency or target metric in English where the
fixtures give its English name; otherwise the Chinese name, marked as such (never silently)."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

from pilots.languages import english_ui

register = template.Library()


@register.filter
def chinese(text) -> str:
    """``{{ task.title|chinese }}``: the plan's own words, which stay Chinese in every UI
    language. On an English page they are marked lang="zh-Hans", so that a screen reader reads
    them with a Chinese voice; on a Chinese page the page's own language already says so."""
    if not english_ui() or text in (None, ""):
        return format_html("{}", text)
    return format_html('<span lang="zh-Hans">{}</span>', text)


@register.simple_tag
def name_in_language(chinese: str, english: str = "") -> str:
    """``{% name_in_language zone.name zone.name_en %}``"""
    if not english_ui():
        return format_html("{}", chinese)
    if english:
        return format_html("{}", english)
    return format_html(
        '<span lang="zh-Hans">{}</span> <small class="zh-only" title="{}">({})</small>',
        chinese, _("尚无英文名称"), _("无英文名"),
    )  # fmt: skip

"""Names in the UI's language: a zone, plan, agency or target metric in English where the
fixtures give its English name; otherwise the Chinese name, marked as such (never silently)."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from pilots.languages import english_ui, in_language, unmarked_chinese
from pilots.selectors import plan_told_apart

register = template.Library()


@register.filter
def chinese(text) -> str:
    """``{{ task.title|chinese }}``: the plan's own words, which stay Chinese in every UI
    language (and notes users write, Chinese or not). On an English page, text with Chinese in
    it is marked lang="zh-Hans", so that a screen reader reads it with a Chinese voice; on a
    Chinese page the page's own language already says so."""
    if not unmarked_chinese(text):
        return format_html("{}", text)
    return format_html('<span lang="zh-Hans">{}</span>', text)


@register.filter
def chinese_lang(text) -> str:
    """``<td{{ text|chinese_lang }}>``: the attribute ``chinese`` would mark ``text`` with."""
    return mark_safe(' lang="zh-Hans"') if unmarked_chinese(text) else ""


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


@register.simple_tag
def plan_name(plan, plans=()) -> str:
    """``{% plan_name plan plans %}``: the plan's name in the UI's language, followed by what
    tells it apart when another of ``plans`` (its zone's) has the same title."""
    name = name_in_language(plan.title, plan.title_en)
    told = plan_told_apart(plan, plans)
    return format_html("{} · {}", name, told) if told else name


@register.simple_tag
def plan_period(plan, plans=()) -> str:
    """``{% plan_period p plans %}``: the plan's period, with its code when another of
    ``plans`` has its title and period (a plan switch's label beside the title)."""
    return plan_told_apart(plan, plans) or f"{plan.period_start}–{plan.period_end}"


@register.filter
def plan_title(plan) -> str:
    """``{{ plan|plan_title }}``: the plan's title in the UI's language as plain text (a page
    title)."""
    return in_language(plan.title, plan.title_en)


@register.filter
def zone_name(zone) -> str:
    """``{{ zone|zone_name }}``: the zone's name in the UI's language as plain text (for a page
    title or inside a sentence), where ``name_in_language`` would add markup."""
    return in_language(zone.name, zone.name_en)

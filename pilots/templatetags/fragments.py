"""``{% form_html form %}``: a form whose fields' choices are fixed, rendered once per state."""

from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe

from pilots.fragments import FRAGMENT_SECONDS, fragment_key

register = template.Library()


@register.simple_tag
def form_html(form) -> str:
    """An unbound form's HTML is rendered once per its class, prefix and each field's initial
    value (today's date, a task's version …) in the language; a bound one (the user's input,
    its errors) every time. Only for forms whose choices do not come from the database."""
    if form.is_bound:
        return form.render()
    initial = [
        (name, form.get_initial_for_field(field, name)) for name, field in form.fields.items()
    ]
    kind = type(form)
    key = "form:" + fragment_key(kind.__module__, kind.__qualname__, form.prefix, initial)
    html = cache.get(key)
    if html is None:
        html = str(form.render())
        cache.set(key, html, timeout=FRAGMENT_SECONDS)
    return mark_safe(html)  # Django's own rendering of the form, escaped as it rendered

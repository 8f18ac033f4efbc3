"""``{% form_html form %}``: a form whose fields' choices are fixed, rendered once per state;
``{% cache %}`` that takes a part the view read beforehand (``parts_prefetched``)."""

from django import template
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.templatetags.cache import CacheNode, do_cache
from django.utils.safestring import mark_safe

from pilots.fragments import FRAGMENT_SECONDS, PREFETCHED, fragment_cache, fragment_key

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


class PrefetchedCacheNode(CacheNode):
    def render(self, context):
        prefetched = context.get(PREFETCHED)
        if prefetched is not None:
            vary_on = [var.resolve(context) for var in self.vary_on]
            key = make_template_fragment_key(self.fragment_name, vary_on)
            html = prefetched.get(key)
            if html is not None:
                return html
            if key in getattr(prefetched, "asked", ()) and self.cache_name is None:
                # Read already and not found: rendered and stored as CacheNode would.
                html = self.nodelist.render(context)
                fragment_cache().set(key, html, self._seconds(context))
                return html
        return super().render(context)

    def _seconds(self, context) -> int | None:
        seconds = self.expire_time_var.resolve(context)
        return None if seconds is None else int(seconds)


@register.tag("cache")
def cache_prefetched(parser, token):
    """Django's ``{% cache %}`` (loaded after ``cache``, it takes its place), first looking in
    the parts the view read in one round trip."""
    node = do_cache(parser, token)
    return PrefetchedCacheNode(
        node.nodelist, node.expire_time_var, node.fragment_name, node.vary_on, node.cache_name
    )

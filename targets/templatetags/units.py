"""``{{ target.unit|unit }}``: a unit of measure in the UI's language (targets/units.py);
``{{ target.unit|unit:value }}`` beside a figure, in agreement with it ("1 item");
``{{ value|amount:target.unit }}`` a figure with its unit ("13.12 亿元", "1.312 billion yuan"),
``{{ value|amount_number:target.unit }}`` the figure alone ("13.12", "1.312 billion");
``{{ value|amount_figure:unit }}`` the same with up to four decimals, as entered (a record of
corrections); ``{{ value|amount_exact:target.unit }}`` a stored figure with its unit and every
decimal it has, none it has not (13.1200 → "13.12")."""

from decimal import Decimal

from django import template
from django.template.defaultfilters import floatformat

from targets.units import amount_number, amount_text, unit_shown

register = template.Library()


@register.filter(name="unit")
def unit_filter(unit: str | None, count=None) -> str:
    return unit_shown(unit, count)


def _exact(value) -> str:
    """A stored figure as entered: every decimal it has, none it has not (13.1200 → 13.12)."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return f"{value:g}"


@register.filter(name="amount")
def amount_filter(value, unit: str | None) -> str:
    return amount_text(value, unit)


@register.filter(name="amount_exact")
def amount_exact_filter(value, unit: str | None) -> str:
    return amount_text(value, unit, _exact)


@register.filter(name="amount_number")
def amount_number_filter(value, unit: str | None) -> str:
    return amount_number(value, unit)


@register.filter(name="amount_figure")
def amount_figure_filter(value, unit: str | None) -> str:
    return amount_number(value, unit, lambda v: str(floatformat(v, "-4")))

"""``{{ target.unit|unit }}``: a unit of measure in the UI's language (targets/units.py);
``{{ target.unit|unit:value }}`` beside a figure, in agreement with it ("1 item")."""

from django import template

from targets.units import unit_shown

register = template.Library()


@register.filter(name="unit")
def unit_filter(unit: str | None, count=None) -> str:
    return unit_shown(unit, count)

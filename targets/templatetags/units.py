"""``{{ target.unit|unit }}``: a unit of measure in the UI's language (targets/units.py)."""

from django import template

from targets.units import unit_shown

register = template.Library()


@register.filter(name="unit")
def unit_filter(unit: str | None) -> str:
    return unit_shown(unit)

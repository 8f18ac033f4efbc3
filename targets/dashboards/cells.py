"""Table cells written as ``{{ cell }}`` writes them (localised, escaped), the language's
number format looked up once per table: the charts' tables of numbers and the pages' tables
written in Python."""

from __future__ import annotations

import html

from django.conf import settings
from django.utils.formats import get_format, localize
from django.utils.html import conditional_escape
from django.utils.timezone import template_localtime


def _cell(value) -> str:
    return conditional_escape(str(localize(template_localtime(value))))


def cell_writer():
    """``_cell`` with the language's number format looked up once per table, not per cell:
    text and numbers (nearly every cell) written as ``localize`` writes them."""
    decimal = html.escape(get_format("DECIMAL_SEPARATOR"))
    grouped = settings.USE_THOUSAND_SEPARATOR and get_format("NUMBER_GROUPING") != 0

    def cell(value) -> str:
        kind = type(value)
        if kind is str:
            return html.escape(value)
        if kind is int and not grouped:
            return str(value)
        if kind is float and not grouped:
            text = repr(value)
            if "e" not in text:  # numberformat writes 1e-07 and the like in full
                return text.replace(".", decimal)
        return _cell(value)

    return cell

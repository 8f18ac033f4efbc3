"""The span measures (若干措施, 实施细则) are in force, from their closing article: "本措施自2023年
7月1日起施行，有效期3年" (to mid-2026), "…起施行，有效期至2025年12月31日"; and the span goals
are set over without a year (力争用3年时间). Words in data/documents.yaml."""

from __future__ import annotations

from pilots.drafting.lexicon import compiled
from pilots.drafting.numerals import chinese_number


def validity_span(text: str) -> tuple[int, int] | None:
    """(first year, last year) the text's measures are in force, or None when it states no
    date they take effect from with a validity after it."""
    start = compiled("documents", "in_force_from").search(text)
    if not start:
        return None
    first, after = int(start["year"]), text[start.end() :]
    until = compiled("documents", "valid_until").match(after)
    if until:
        return first, max(first, int(until["year"]))
    length = compiled("documents", "valid_for").match(after)
    if not length:
        return None
    years = int(length["years"]) if length["years"].isdigit() else chinese_number(length["years"])
    if not years:
        return None
    from_new_year = int(start["month"]) == 1 and int(start["day"]) == 1
    return first, first + years - (1 if from_new_year else 0)  # the year its last day falls in


def relative_span(text: str) -> int | None:
    """The years of the first span the text sets its goals over without a year (力争用3年时间,
    经过三年努力), counted from the plan's own year; None when it names none."""
    found = compiled("documents", "relative_span").search(text)
    if not found:
        return None
    years = found["years"]
    return (int(years) if years.isdigit() else chinese_number(years)) or None

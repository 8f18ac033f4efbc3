"""The span measures (若干措施, 实施细则) are in force, from their closing article: "本措施自2023年
7月1日起施行，有效期3年" (to mid-2026), "…起施行，有效期至2025年12月31日", "自印发之日起施行，
有效期至2028年12月31日" (from the day it is signed); and the span goals are set over without a
year (力争用3年时间). Words in data/documents.yaml."""

from __future__ import annotations

from pilots.drafting.lexicon import compiled
from pilots.drafting.numerals import chinese_number


def validity_span(text: str, issued_on: str | None = None) -> tuple[int, int] | None:
    """(first year, last year) the text's measures are in force, or None when it states no
    date they take effect from with a validity after it; ``issued_on`` (2026-03-31) dates
    measures in force from the day they are issued."""
    start = compiled("documents", "in_force_from").search(text)
    on_issue = compiled("documents", "in_force_on_issue").search(text) if issued_on else None
    if start:
        first, month, day = int(start["year"]), int(start["month"]), int(start["day"])
    elif on_issue:
        first, month, day = (int(part) for part in issued_on.split("-"))
    else:
        return None
    after = text[(start or on_issue).end() :]
    until = compiled("documents", "valid_until").match(after)
    if until:
        return first, max(first, int(until["year"]))
    length = compiled("documents", "valid_for").match(after)
    if not length:
        return None
    years = int(length["years"]) if length["years"].isdigit() else chinese_number(length["years"])
    if not years:
        return None
    from_new_year = month == 1 and day == 1
    return first, first + years - (1 if from_new_year else 0)  # the year its last day falls in


def relative_span(text: str) -> int | None:
    """The years of the first span the text sets its goals over without a year (力争用3年时间,
    经过三年努力), counted from the plan's own year; None when it names none."""
    found = compiled("documents", "relative_span").search(text)
    if not found:
        return None
    years = found["years"]
    return (int(years) if years.isdigit() else chinese_number(years)) or None

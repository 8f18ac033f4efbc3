"""Goal sentence forms whose figures are not each a target: a firm figure with a striven-for one
beside it ("达到50亿元、力争突破60亿元": one target), the base a goal starts from ("在…120亿元的
基础上": a baseline) and what exists already ("已建成…3个": none); and a bare scale after a sum
of money (规模超千亿: 亿元). The genre's readings are in data/quantities.yaml (``striven_for``,
``base_clause``, ``status_clause``, ``money_metric``)."""

from __future__ import annotations

import re
from typing import Any

from pilots.drafting.lexicon import compiled, table


def stretch_merged(previous: dict[str, Any] | None, target: dict[str, Any], sentence: str) -> str:
    """When ``target`` is the striven-for figure beside ``previous`` (same thing — its phrase names
    nothing of its own —, unit and deadline, in the same sentence), fold it into ``previous``:
    its source phrase then covers both, and the returned note names the stretch figure. Returns
    "" when the two are separate targets."""
    phrase = target["source_phrase"]
    if previous is None or not compiled("quantities", "striven_for").match(phrase):
        return ""
    if any(previous.get(key) != target.get(key) for key in ("unit", "deadline", "per_year")):
        return ""
    start = sentence.find(previous["source_phrase"])
    end = sentence.find(phrase, start + len(previous["source_phrase"])) if start >= 0 else -1
    gap = sentence[start + len(previous["source_phrase"]) : end] if end >= 0 else "-"
    if not re.fullmatch(r"[、，,；;\s]*", gap):
        return ""
    previous["source_phrase"] = sentence[start : end + len(phrase)]
    return (
        f"{phrase}: the figure striven for beside the firm one; the target keeps the firm "
        f"figure {previous['value']} {previous['unit']} (the plan is assessed on it) — "
        "make it the target instead if the plan is judged on its stretch"
    )


def clause_states(clause: str) -> str:
    """ "base" for a clause naming the base a goal starts from, "status" for one stating what exists
    already, "" for a clause of goals."""
    if compiled("quantities", "base_clause").search(clause):
        return "base"
    return "status" if compiled("quantities", "status_clause").search(clause) else ""


def money_unit(unit: str, metric: str) -> str | None:
    """亿 → 亿元 when the metric is a sum of money (产业规模超千亿); None otherwise."""
    scales = table("quantities")["bare_scales"]
    if unit in scales and compiled("quantities", "money_metric").search(metric):
        return scales[unit]
    return None

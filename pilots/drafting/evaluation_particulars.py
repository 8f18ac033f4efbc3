"""Measuring a draft's particulars — what a leader reads at the top of every plan page — against
the hand-made extraction: plan.title, plan.doc_number, plan.issuer, plan.issued_on, the period
and zone.name.

A field is counted only where the extraction records it (not empty), and is right when the
draft's value equals the expected one once both are normalised: whitespace dropped and full-width
forms folded (``normalise``), a document number's brackets (〔〕 [] 【】 ［］) made one, and
quotation marks and dashes of any width made one (“人工智能+” / "人工智能+"; 2025—2027 /
2025-2027). An issuer may list several bodies (a joint notice): it is right when the draft's set
of bodies, split at 、，,；; and / (and at spaces between whole names), equals the extraction's —
the order in which they sign is not scored. The corpus is drafted with its zone known, so zone.name
is right unless the draft loses it.
"""

from __future__ import annotations

import re

from pilots.source_text import normalise

PARTICULARS = (
    "title", "doc_number", "issuer", "issued_on", "period_start", "period_end", "zone_name",
)  # fmt: skip

_BRACKETS = str.maketrans("[【［〖]】］〗", "〔〔〔〔〕〕〕〕")
_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "―": "-"})


def particular_text(value) -> str:
    """A particular as compared: normalised text, 〔〕 for any bracket of a number's year."""
    text = normalise(str(value)).translate(_MARKS)
    return re.sub("-+", "-", text).translate(_BRACKETS)


def issuer_bodies(value) -> frozenset[str]:
    """The bodies an issuer names: 甲市数据局、甲市财政局 → {甲市数据局, 甲市财政局}; spaces part
    them too where each part is a whole name (甲省经济和信息化厅　乙市人民政府), not where they
    space out one name's characters (乙 市 人 民 政 府)."""
    parts = re.split(r"[、，,；;/]", str(value))
    spaced = [piece for part in parts for piece in part.split()]
    if len(spaced) > len(parts) and all(len(piece) >= 4 for piece in spaced):
        parts = spaced
    return frozenset(text for part in parts if (text := particular_text(part)))


def _particulars_of(data: dict) -> dict:
    plan = data.get("plan") or {}
    values = {name: plan.get(name) for name in PARTICULARS if name != "zone_name"}
    return {**values, "zone_name": (data.get("zone") or {}).get("name")}


def _recorded(value) -> bool:
    return value is not None and str(value).strip() != ""


def particulars_compared(draft: dict, expected: dict) -> dict[str, dict]:
    """Each particular the extraction records → {drafted, expected, right}."""
    drafted, wanted = _particulars_of(draft), _particulars_of(expected)
    compared = {}
    for name in PARTICULARS:
        if not _recorded(wanted[name]):
            continue
        mine = drafted[name]
        same = issuer_bodies if name == "issuer" else particular_text
        right = _recorded(mine) and same(mine) == same(wanted[name])
        compared[name] = {"drafted": _plain(mine), "expected": _plain(wanted[name]), "right": right}
    return compared


def _plain(value):
    return value if value is None or isinstance(value, int | str) else str(value)


def particulars_totals(evaluations) -> dict[str, dict[str, int]]:
    """Per particular: how many documents have it right, of how many record it."""
    totals = {name: {"right": 0, "recorded": 0} for name in PARTICULARS}
    for evaluation in evaluations:
        for name, compared in evaluation.particulars.items():
            totals[name]["recorded"] += 1
            totals[name]["right"] += compared["right"]
    return totals


def particulars_table(evaluations) -> str:
    totals = particulars_totals(evaluations)
    lines = [f"{'particular':<13} | {'right':>6} / {'recorded':<8} |", "-" * 36]
    for name, total in totals.items():
        share = total["right"] / total["recorded"] if total["recorded"] else 1.0
        lines.append(f"{name:<13} | {total['right']:>6} / {total['recorded']:<8} | {share:>6.1%}")
    lines.append(
        "A particular counts where the extraction records it; right when equal after whitespace,"
    )
    lines.append("width, brackets, quotes and dashes are folded; an issuer by its set of bodies.")
    return "\n".join(lines)


def particulars_misses(evaluation) -> list[str]:
    return [
        f"{evaluation.name}: particular {name} drafted {c['drafted']} expected {c['expected']}"
        for name, c in evaluation.particulars.items()
        if not c["right"]
    ]

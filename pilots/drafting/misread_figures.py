"""Figures an OCR read with look-alike letters for digits, read as the paper prints them.

A scanned page's text recognition takes 0 for O, o or 〇 and 1 for l or I inside figures:
"到2O28年", "l00P", "5OOO万条", "l.2万路", "2〇30年", and a figure the paper broke over two
lines ("l0" / "0P"). Such a run is read as digits only where it is a figure beyond doubt: it
holds a real digit, reads as a well-formed number (no leading zero: "O2O" is a name), no Latin
word touches it ("H2O", "CO2", "GPT-4o", "I2C"), and a unit follows it (个, 万条, %, P, 年, or
the 〕 closing a document number's year). A day's 曰 for 日 ("3月16曰") is read as the date it
is. Each reading is a literal restoration holding the characters around the run, so replaying it
changes nothing else.
"""

from __future__ import annotations

import re
from functools import cache

from pilots.drafting.lexicon import alternation, table

_LATIN = re.compile(r"[A-Za-z]")
_NUMBER = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")


@cache
def _patterns() -> tuple[dict[str, str], re.Pattern, re.Pattern, re.Pattern]:
    rule = table("documents")["misread_figures"]
    digits = {letter: str(digit) for letter, digit in rule["digits"].items()}
    chars = "0-9." + "".join(re.escape(letter) for letter in digits)
    # a run, or a run the paper's line broke in two (the second part opens the next line)
    run = re.compile(rf"(?<![{chars}\-_A-Za-z])[{chars}]+(?:\n[{chars}]+)?(?![{chars}])")
    quantities = table("quantities")
    units = [*quantities["base_units"], *(u["unit"] for u in quantities["context_units"])]
    unit = re.compile(rf"[ \t\n]?(?:{alternation([*units, *rule['units']])})(?![A-Za-z])")
    day = re.compile(rule["misread_day"])
    return digits, run, unit, day


def misread_figures(text: str) -> list[tuple[str, str]]:
    """(as printed, as read) for each figure read with letters for digits, and each misread 日."""
    digits, run, unit, day = _patterns()
    found: dict[str, str] = {}
    for match in run.finditer(text):
        figure = match[0]
        if not any(c in digits for c in figure) or not any(c.isdigit() for c in figure):
            continue
        read = "".join(digits.get(c, c) for c in figure)
        if not _NUMBER.fullmatch(read.replace("\n", "")):
            continue
        before = text[max(0, match.start() - 2) : match.start()]
        if _LATIN.search(before.rstrip(" \t")[-1:]):
            continue  # part of a Latin word or model name: GPT 4o
        after = unit.match(text, match.end())
        if after is None:
            continue
        start = max(0, match.start() - 1)
        found[text[start : after.end()]] = text[start : match.start()] + read + after[0]
    for match in day.finditer(text):
        found[match[0]] = match[0][:-1] + "日"
    return list(found.items())

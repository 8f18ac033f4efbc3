"""A bilingual plan's translations: each Chinese paragraph followed by its English translation.

The Chinese text is the plan; a paragraph of Latin script right after a Chinese one translates it
and adds no task, goal, target or agency, so the reading leaves it out (the text kept for the
fixture's quotes is unchanged)."""

from __future__ import annotations

import re

from pilots.drafting.lexicon import table

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def _latin(line: str, rule: dict) -> bool:
    letters = len(_LATIN.findall(line))
    cjk = len(_CJK.findall(line))
    return letters >= rule["min_letters"] and cjk * rule["cjk_per_letters"] <= letters


def _chinese(line: str, rule: dict) -> bool:
    return len(_CJK.findall(line)) >= rule["min_cjk"] and not _latin(line, rule)


def translations_left_out(text: str) -> str:
    """The text without the Latin-script lines that follow a Chinese line (blank lines between
    them kept as they are)."""
    if not _LATIN.search(text):
        return text
    rule = table("documents")["translation"]
    kept: list[str] = []
    before = ""  # the last non-blank line, kept or not
    for line in text.split("\n"):
        if not line.strip():
            kept.append(line)
            continue
        if not (_latin(line, rule) and _chinese(before, rule)):
            kept.append(line)
        before = line
    return "\n".join(kept)

"""Cutting goal text into sentences and clauses at separators outside brackets and quotes."""

from __future__ import annotations

import re


def spans_split(text: str, separators: str) -> list[tuple[int, int]]:
    """Spans of ``text`` between separators outside brackets and quotes."""
    spans, start, depth = [], 0, 0
    for index, char in enumerate(text):
        if char in "(（〔[“《":
            depth += 1
        elif char in ")）〕]”》":
            depth = max(0, depth - 1)
        elif char == "," and _thousands_separator(text, index):
            continue  # 1,000家
        elif (
            char in ":："
            and text[index - 1 : index].isdigit()
            and text[index + 1 : index + 2].isdigit()
        ):
            continue  # 1:3, 8:30: a ratio or a time
        elif char in separators and depth == 0:
            spans.append((start, index))
            start = index + 1
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _thousands_separator(text: str, index: int) -> bool:
    return text[index - 1 : index].isdigit() and bool(re.match(r"\d{3}(?!\d)", text[index + 1 :]))

"""A plan file's sections and tasks in the order the document prints them: every section with
its place (``sections_walk``), tasks in print order, a section's children by their numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PlacedSection:
    """A fixture section with where it stands: its path in the file and its parent's code."""

    section: dict[str, Any]
    path: str
    parent: str | None
    depth: int


def sections_walk(
    sections: list[dict[str, Any]], path: str = "sections", parent: str | None = None, depth=0
) -> Iterator[PlacedSection]:
    """Every section of a fixture, outer before inner, in the order the file lists them."""
    for index, section in enumerate(sections):
        here = f"{path}[{index}]"
        yield PlacedSection(section, here, parent, depth)
        yield from sections_walk(
            section.get("sections", []), f"{here}.sections", section["code"], depth + 1
        )


def tasks_in_print_order(sections: list[dict[str, Any]]) -> list[tuple[dict, dict]]:
    """(section, task) for every task of a fixture in the order the document prints them."""
    ordered: list[tuple[dict, dict]] = []
    for section in sections:
        for kind, item in section_children(section):
            if kind == "task":
                ordered.append((section, item))
            else:
                ordered += tasks_in_print_order([item])
    return ordered


def section_children(section: dict[str, Any]) -> list[tuple[str, dict]]:
    """A section's tasks and sub-sections as printed: its own tasks come first, except that a task
    numbered in its sub-sections' sequence (Liuzhou 四、(一): sub-headings 1. 2. 3., then task 4.)
    stands among them by its number."""
    tasks = [("task", t) for t in section.get("tasks", [])]
    subsections = [("section", s) for s in section.get("sections", [])]
    styles = {numbering_style(s.get("numbering", "")) for _kind, s in subsections} - {None}
    if len(styles) != 1:
        return tasks + subsections
    style = styles.pop()
    in_sequence = [t for t in tasks if numbering_style(t[1].get("numbering", "")) == style]
    first = [t for t in tasks if t not in in_sequence]
    keyed = [(numbering_value(t[1]["numbering"]), t) for t in in_sequence]
    # A sub-section printed without a number (a 专栏 box) stays after the numbered one before it.
    value = 0
    for child in subsections:
        if numbering_style(child[1].get("numbering", "")) == style:
            value = numbering_value(child[1]["numbering"])
        keyed.append((value, child))
    return first + [child for _value, child in sorted(keyed, key=lambda pair: pair[0])]


_STYLE_PATTERNS = {
    "digit": re.compile(r"^\s*(\d+)\s*[.．、]?\s*$"),
    "paren_digit": re.compile(r"^\s*[(（](\d+)[)）]\s*$"),
    "paren_cn": re.compile(r"^\s*[(（]([一二三四五六七八九十]+)[)）]\s*$"),
    "article": re.compile(r"^\s*第([一二三四五六七八九十百零〇\d]+)条\s*$"),
    "circled": re.compile(r"^\s*([①-⑳])\s*$"),
}
_CN_VALUES = dict(zip("一二三四五六七八九", range(1, 10), strict=True))


def numbering_style(numbering: str) -> str | None:
    return next((s for s, p in _STYLE_PATTERNS.items() if p.match(numbering)), None)


def numbering_value(numbering: str) -> int:
    """1. → 1, (12) → 12, (十二) → 12, 第二十五条 → 25, ④ → 4."""
    style = numbering_style(numbering)
    number = _STYLE_PATTERNS[style].match(numbering)[1] if style else ""
    if style == "circled":
        return ord(number) - ord("①") + 1
    if number.isascii() and number.isdigit():
        return int(number)
    hundreds, _hundred, number = number.rpartition("百")
    if hundreds:
        return 100 * _CN_VALUES.get(hundreds, 1) + numbering_value(f"第{number.lstrip('零〇')}条")
    tens, _ten, ones = number.rpartition("十")
    if "十" not in number:
        return _CN_VALUES.get(number, 0)
    return 10 * (_CN_VALUES.get(tens, 1)) + _CN_VALUES.get(ones, 0)

"""The genre's word lists, numbering styles and agency name tables, read once from data/*.yaml.

The importer's modules hold the logic; what a plan of the genre writes (labels, role words, units,
agency short forms) lives in the YAML files beside this module, so a new convention is a line of
data, not a change of code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).parent / "data"


@cache
def table(name: str) -> dict[str, Any]:
    """One data file (agencies, annotations, documents, outline, quantities) as loaded."""
    return yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))


def alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first so 牵头负责 wins over 牵头."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class NumberingStyle:
    name: str
    pattern: re.Pattern
    marker: str


def with_numerals(pattern: str) -> str:
    """A numbering pattern of outline.yaml with {numerals} (一二三…), {stems} (甲乙丙…) and the
    sets of counted characters ({circled}, {roman} …) in."""
    outline = table("outline")
    pattern = pattern.replace("{numerals}", outline["numerals"])
    pattern = pattern.replace("{stems}", outline["stems"])
    for name, characters in outline["counted"].items():
        pattern = pattern.replace("{" + name + "}", characters)
    return pattern


@cache
def numbering_styles() -> tuple[NumberingStyle, ...]:
    outline = table("outline")
    return tuple(
        NumberingStyle(
            name,
            re.compile(with_numerals(spec["pattern"])),
            spec["marker"],
        )
        for name, spec in outline["styles"].items()
    )


@cache
def compiled(name: str, key: str) -> re.Pattern:
    """A regular expression stored as text in a data file; {labels} in it stands for every
    annotation label of annotations.yaml (牵头单位, 主责单位, 协办单位 …), {other_labels} for
    the labels of what else an annotation gives (完成时限 …), {lead_mark} for the mark that
    makes a name the lead's (（牵头）)."""
    annotations = table("annotations")
    labels = [label for group in annotations["labels"].values() for label in group]
    pattern = table(name)[key].replace("{labels}", alternation(labels))
    pattern = pattern.replace("{other_labels}", alternation(annotations["other_labels"]))
    return re.compile(pattern.replace("{lead_mark}", annotations["lead_mark"]))


@cache
def keyword_table(name: str, key: str) -> tuple[tuple[re.Pattern, str], ...]:
    """[[pattern, value], …] rows, compiled, first match wins."""
    return tuple((re.compile(pattern), value) for pattern, value in table(name)[key])

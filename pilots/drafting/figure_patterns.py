"""The patterns of a figure phrase in a goal sentence, compiled once from data/quantities.yaml:
the numeral (Arabic, Chinese, 5千 before a scale), a range's second figure, the scale, the unit,
the comparator words before and after, and the words of change and scope around it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pilots.drafting.lexicon import alternation, table


@dataclass(frozen=True)
class Patterns:
    number: re.Pattern
    range: re.Pattern
    multiplier: re.Pattern
    base_unit: re.Pattern
    not_a_unit: re.Pattern
    unit_alternative: re.Pattern
    gloss: re.Pattern
    qualified_noun: re.Pattern
    post: re.Pattern
    pre: tuple[tuple[str, str], ...]  # longest first
    pre_words: dict[str, str]  # dict(pre)
    pre_endings: tuple[str, ...]  # its words, for str.endswith
    pre_lengths: tuple[int, ...]  # the lengths of its words, longest first
    change: re.Pattern
    scope: re.Pattern
    not_counted: tuple[tuple[re.Pattern, re.Pattern], ...]  # (before, after) of each frame
    floors: tuple[tuple[str, tuple[str, ...]], ...]  # (至少, (至少建成, 至少培育 …))
    floor_over_object: re.Pattern  # 至少培养“信息员”: the floor word, a verb and its object


@cache
def patterns() -> Patterns:
    data = table("quantities")
    chars = "".join(data["chinese_digits"]) + "".join(data["chinese_powers"])
    powers = "".join(data["chinese_powers"])
    printed = alternation(list(data["printed_units"]))  # 5000千万亿次 is 5000 PFLOPS
    # 5千万元 = 5000万元, 5千家 = 5000家: an Arabic figure with a Chinese power before a scale or
    # a unit
    units = units_alternation(data["base_units"])
    numeral = (
        rf"\d+(?:\.\d+)?(?!{printed})[{powers}](?=[万亿]|{units})"
        rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{chars}]+"
    )
    dashes = "".join(data["range_dashes"])
    bare = data["bare_ten_thousand_before"]
    pre = tuple((w, c) for w, c in sorted(data["pre_comparators"], key=lambda p: -len(p[0])))
    return Patterns(
        number=re.compile(rf"{numeral}|万(?=余?[{bare}亿])"),  # 万名, 万余名
        range=re.compile(rf"^\s*(?:[{re.escape(dashes)}]|至|到)+\s*({numeral})"),
        multiplier=re.compile(f"^({alternation(data['multipliers'])})"),
        base_unit=re.compile(f"^({units_alternation(data['base_units'])})"),
        not_a_unit=re.compile(f"^({alternation(data['not_a_unit_after'])})"),
        unit_alternative=re.compile(
            f"^\\s*[（(]\\s*(含|{units_alternation(data['base_units'])})\\s*[)）]"
        ),
        gloss=re.compile(data["gloss_words"]),
        qualified_noun=re.compile(data["qualified_noun"]),
        post=re.compile(f"^({alternation(list(data['post_comparators']))})"),
        pre=pre,
        pre_words=dict(pre),
        pre_endings=tuple(w for w, _ in pre),
        pre_lengths=tuple(sorted({len(w) for w, _ in pre}, reverse=True)),
        change=re.compile(data["change_words"]),
        scope=re.compile(f"({alternation(data['scope_before'])})({data['scope_between']})$"),
        not_counted=tuple(
            (re.compile(frame["before"]), re.compile(frame["after"]))
            for frame in data["not_counted_frames"]
        ),
        floors=tuple(
            (word, tuple(word + verb for verb in data["verbs"]))
            for word in data["floor_before_verb"]
        ),
        floor_over_object=re.compile(
            f"({alternation(data['floor_before_verb'])})({alternation(data['verbs'])})"
            f"{data['floor_object']}$"
        ),
    )


def units_alternation(units: list[str]) -> str:
    """Longest first; a unit in Latin letters in any case as printed (PFLOPS, PFlops, Pflops)."""
    ordered = sorted(units, key=len, reverse=True)
    return "|".join(
        f"(?i:{re.escape(u)})" if u.isascii() and len(u) > 1 else re.escape(u) for u in ordered
    )


def pre_word_ending(text: str, shorter: bool = False) -> str | None:
    """The longest comparator word before a figure that ends ``text`` (the first of ``pre`` that
    does), looked up by length, not tried word by word for every figure; with ``shorter``, only
    a word shorter than ``text``."""
    figure, room = patterns(), len(text) - (1 if shorter else 0)
    for length in figure.pre_lengths:
        if length <= room and text[len(text) - length :] in figure.pre_words:
            return text[len(text) - length :]
    return None

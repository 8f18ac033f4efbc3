"""Figures a sentence states by pointing back at the one before instead of printing it again:
"2026年实施改造项目12个，此后每年新增同等规模" (the same figure each year after: a per-year
target, due the plan's end), "2026年建成服务站30个，2027年、2028年建设数量与上年持平" (each year
named holds the year before's figure: a target due that year). Words in data/quantities.yaml."""

from __future__ import annotations

import re
from copy import deepcopy
from typing import TYPE_CHECKING

from django.utils.translation import pgettext

from pilots.drafting.lexicon import compiled

if TYPE_CHECKING:
    from pilots.drafting.goal_targets import TargetFound


def figures_repeated(
    sentence: str, s_start: int, found: list[TargetFound], plan_end: int
) -> list[TargetFound]:
    """The targets the sentence's pointers state, each a copy of the figure printed before the
    pointer in the same sentence (the last one found there)."""
    repeated: list[TargetFound] = []
    own = [f for f in found if f.sentence == s_start]
    for match in compiled("quantities", "same_each_year").finditer(sentence):
        before = _figure_before(own, sentence, match.start())
        if before is not None:
            item = _copied(before, match[0], plan_end)
            item.target.update(per_year=True, aggregation="flow")
            item.notes.append(pgettext("review", "“同等规模”沿用前一个数字：按每年计，请核对"))
            repeated.append(item)
    for match in compiled("quantities", "same_as_year_before").finditer(sentence):
        before = _figure_before(own, sentence, match.start())
        for year in re.findall(r"20\d\d", match["years"]):
            if before is None or int(year) <= before.target["deadline"]:
                break
            before = _copied(before, match[0], int(year))
            before.notes.append(pgettext("review", "“与上年持平”：沿用上一年的数字，请核对"))
            repeated.append(before)
    return repeated


def _figure_before(own: list[TargetFound], sentence: str, at: int) -> TargetFound | None:
    printed = [f for f in own if 0 <= sentence.find(f.target["source_phrase"]) < at]
    return printed[-1] if printed else None


def _copied(item: TargetFound, phrase: str, deadline: int) -> TargetFound:
    copy = deepcopy(item)
    copy.target.update(deadline=deadline, source_phrase=phrase)
    copy.notes = []
    return copy

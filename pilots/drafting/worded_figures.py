"""Figures written in words with no count of their own: a multiple over a base year (较2024年翻一番,
翻两番, 实现倍增) and a half with no numeral (过半, 超过半数, 半数以上). The word tables are in
data/quantities.yaml."""

from __future__ import annotations

import re

from django.utils.translation import pgettext

from pilots.drafting.figure_patterns import patterns
from pilots.drafting.lexicon import compiled, table
from pilots.drafting.quantity import Quantity


def doublings(clause: str) -> list[Quantity]:
    """较2024年翻一番: 2 × the 2024 level (unit 倍); a doubling with no base year is none."""
    data, found = table("quantities"), []
    for match in compiled("quantities", "doubling").finditer(clause):
        base = compiled("quantities", "doubling_base").search(clause[: match.start()])
        if not base:
            continue
        post = patterns().post.match(clause[match.end() :])
        comparator = data["post_comparators"][post[0]] if post else "eq"
        factor = data["doubling_factors"][match["times"] or ""]
        year = base["year"]
        note = pgettext(
            "review",
            "%(phrase)s：为 %(year)s 年水平的 %(factor)s 倍，请将 baseline 设为 %(year)s 年的数值",
        ) % {"phrase": match[0], "factor": factor, "year": year}
        end = match.end() + (len(post[0]) if post else 0)
        found.append(Quantity(match.start(), end, factor, None, "倍", comparator, [note]))
    return found


def doubling_without_base(text: str) -> str | None:
    """The first doubling of a text that states no base year (占比实现翻番), if any."""
    for match in compiled("quantities", "doubling").finditer(text):
        if not compiled("quantities", "doubling_base").search(text[: match.start()]):
            return match[0]
    return None


def halves(clause: str) -> list[Quantity]:
    """过半, 超过半数, 半数以上 ending what the clause reaches (受理比例过半): 50 %, more than
    half or at least half; before a noun (过半数企业…) it counts the things meant, no figure; in
    the set phrase of a year's progress (时间过半、任务过半) none."""
    words = table("quantities")["half_without_numeral"]
    if any(idiom in clause for idiom in words["idioms"]):
        return []
    found = []
    for match in re.finditer(words["pattern"], clause):
        if not re.match(table("quantities")["share_in_words"]["end"], clause[match.end() :]):
            continue
        comparator = "gte" if match["at_least"] else "gt"
        note = pgettext("review", "中文数字“%(written)s”读作 %(value)s") % {
            "written": match[0],
            "value": 50,
        }
        found.append(Quantity(match.start(), match.end(), 50, None, "%", comparator, [note]))
    return found

"""The years a goal sentence or a goals heading dates its figures by: 到2027年, 2027年底前, a listed
year (到2025年、2027年), the end of a five-year plan (到“十五五”末), a span from a start year
(2012年起5年内: 2016), a sentence opening with a year (2026年，…; 2026年全区…; 其中，2026年…;
（2026年）…), a later clause's year among the sentence's others (…，2027年新增30家) and a heading
naming one (近期目标（2025年）). Words in data/quantities.yaml."""

from __future__ import annotations

import re

from pilots.drafting.lexicon import compiled, table
from pilots.drafting.numerals import chinese_number
from pilots.drafting.spans import spans_split


def deadlines_in(text: str) -> list[tuple[int, int]]:
    """(offset, year) of every deadline the text states: 到2027年, 2027年底前, 2026年，…, a year
    opening its figure's clause (…，2026年实现100个…) and the end of a five-year plan period
    (到“十五五”末 → 2030)."""
    found = [
        (m.start(), int(m[1] or m[2])) for m in compiled("quantities", "deadline").finditer(text)
    ]
    starts = {at for at, _ in found}
    for listed in compiled("quantities", "listed_years").finditer(text):
        if starts & set(range(listed.start() - 4, listed.start() + 1)):  # 到2025年、2027年
            years = list(re.finditer(r"20\d\d", listed[0]))[1:]
            found += [(listed.start() + year.start(), int(year[0])) for year in years]
    plans = table("quantities")["five_year_plans"]
    found += [
        (m.start(), plans[m["plan"]]) for m in compiled("quantities", "plan_end").finditer(text)
    ]
    found += [(m.start(), year) for m, year in year_spans(text)]
    clause_years = []  # …，2027年新增30家; 规模2025年约80亿元
    for match in compiled("quantities", "clause_year").finditer(text):
        at = match.start(1) if match[1] else match.start(2)
        if not any(at - 4 <= other <= at for other, _ in found):  # 力争2027年: read already
            clause_years.append((at, int(match[1] or match[2])))
    own = {m.start(1) for m in compiled("quantities", "own_clause_year").finditer(text)}
    names = ("sentence_year", "part_year", "bracketed_year", "scoped_year")
    opening_years = [compiled("quantities", name) for name in names]
    for start, end in spans_split(text, "。；;\n"):
        match = next(filter(None, (year.match(text[start:end]) for year in opening_years)), None)
        dated = any(start <= at < end for at, _ in found)
        if match and not dated:
            found.append((start, int(match[1])))
        within = [(at, year) for at, year in clause_years if start <= at < end]
        if dated or match or len(within) > 1:  # one among the sentence's years, not a past fact
            found += within  # told in passing (根据测算，2020年全省规模约350亿元)
        else:  # …，2026年实现100个…: the year of its figure's own clause
            found += [(at, year) for at, year in within if at in own]
    steps = [m.span() for m in compiled("quantities", "year_bracket").finditer(text)]
    steps = [(a, b) for a, b in steps if _step(text[a:b])]
    return sorted((at, year) for at, year in found if not any(a < at < b for a, b in steps))


def completions_in(text: str) -> list[tuple[int, int]]:
    """(offset, year) of each clause closing a project by the year it is finished (…，新增智能算力
    500P，2027年建成投用): what the project builds before it is due then."""
    found = compiled("quantities", "completion_year").finditer(text)
    return [(m.start(1), int(m[1])) for m in found]


def _step(bracket: str) -> bool:
    """（2026年底前突破600家） after a figure dates its own figure only, not the sentence's rest."""
    words = compiled("quantities", "year_bracket").match(bracket)["words"]
    return bool(compiled("quantities", "step_words").match(words))


def year_spans(text: str) -> list[tuple[re.Match, int]]:
    """Each span from a start year in the text (2012年起5年内, 从2024年起，用5年时间), with the last
    year it covers: start + length - 1."""
    spans = []
    for match in compiled("quantities", "year_span").finditer(text):
        length = match["length"]
        years = int(length) if length.isdigit() else chinese_number(length)
        if years:
            spans.append((match, int(match["start"]) + years - 1))
    return spans


def heading_deadline(heading: str | None) -> int | None:
    """The year a goals heading names: 到2027年发展目标, 2026年发展目标, 近期目标（2025年）."""
    if not heading:
        return None
    stated = deadlines_in(heading)
    if stated:
        return stated[-1][1]
    limit = table("outline")["goals_heading_max"]
    if table("outline")["goals_heading"] not in heading or len(heading) > limit:
        return None
    return last_year_named(heading)


def last_year_named(heading: str) -> int | None:
    """The last year a heading names (（2025年7月—2026年12月） → 2026), or None."""
    years = compiled("quantities", "heading_year").findall(heading)
    return int(years[-1]) if years else None


def base_year_left(stated: int | None, period_start: int | None, between: str) -> bool:
    """A base year before the period opening a sentence (2025年全市算力规模已达500P，…) dates its
    figures until the plan's ambition resumes in a clause after it (…，力争新增智能算力1000P,
    ``between`` holding the words from the opening clause's end to the figure): the figures from
    there on are the plan's targets, dated as if the sentence had no year."""
    if not (stated and period_start and stated < period_start):
        return False
    return bool(compiled("quantities", "ambition_resumed").search(between))


def deadline_before(deadlines: list[tuple[int, int]], at: int, period_start: int) -> int | None:
    """The last deadline within the period stated before ``at``."""
    return next((year for where, year in reversed(deadlines)
                 if where < at and year >= period_start), None)  # fmt: skip


def told_years(sentence: str, period_start: int | None) -> list[tuple[int, int]]:
    """(offset, year) of each year before the plan's period opening a clause of the sentence
    (…加快，2025年全市…达到62%，建成5G基站860个): the figures after it, up to a later date, tell
    where the plan starts from, though the year is told in passing."""
    if not period_start:
        return []
    years = compiled("quantities", "clause_year").finditer(sentence)
    return [(m.start(), y) for m in years if (y := int(m[1] or m[2])) < period_start]


def ambition_resumed(sentence: str, past: tuple[int, int], at: int) -> bool:
    """The plan's ambition resumes between a year told in passing and the figure at ``at``
    (2025年…已达500P，力争新增…): the figure is a target again."""
    clause_end = past[0] + len(re.split("[，；]", sentence[past[0] :], maxsplit=1)[0])
    return bool(compiled("quantities", "ambition_resumed").search(sentence[clause_end:at]))


def opening_year(sentence: str) -> int | None:
    """The year a sentence opens with (2025年，…), which a later 到2027年 in it leaves undated."""
    opening = compiled("quantities", "sentence_year").match(sentence)
    return int(opening[1]) if opening else None

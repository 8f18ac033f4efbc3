"""The years a goal sentence or a goals heading dates its figures by: 到2027年, 2027年底前, a listed
year (到2025年、2027年), the end of a five-year plan (到“十五五”末), a span from a start year
(2012年起5年内: 2016), a sentence opening with a year (2026年，…; 2026年全区…; 其中，2026年…;
（2026年）…), a later clause's year among the sentence's others (…，2027年新增30家) and a heading
naming one (近期目标（2025年）); and a sentence's base clauses, dated before the plan's period
(2025年全市算力规模已达500P，力争…). Words in data/quantities.yaml."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from pilots.drafting.lexicon import compiled, table
from pilots.drafting.numerals import chinese_number
from pilots.drafting.spans import spans_split


def deadlines_in(
    text: str, period_start: int | None = None, plan_end: int | None = None
) -> list[tuple[int, int]]:
    """(offset, year) of every deadline the text states: 到2027年, 2027年底前, 2026年，…, a year
    opening its figure's clause (…，2026年实现100个…) and the end of a five-year plan period
    (到“十五五”末 → 2030); with the plan's first year known, a span counted from it (三年内)
    before any year the text states (after 到2025年 the year governs: …，3年内新建平台10个), by
    the plan's end at the latest (三年内 in a two-year plan)."""
    found = [
        (m.start(), int(m[1] or m[2])) for m in compiled("quantities", "deadline").finditer(text)
    ]
    labelled = compiled("quantities", "labelled_year").finditer(text)  # 2026年：…；2027年：…
    found += [(m.start(1), int(m[1])) for m in labelled]
    starts = {at for at, _ in found}
    for listed in compiled("quantities", "listed_years").finditer(text):
        if starts & set(range(listed.start() - 4, listed.start() + 1)):  # 到2025年、2027年
            years = list(re.finditer(r"20\d\d", listed[0]))[1:]
            found += [(listed.start() + year.start(), int(year[0])) for year in years]
    plans = table("quantities")["five_year_plans"]
    found += [
        (m.start(), plans[m["plan"]]) for m in compiled("quantities", "plan_end").finditer(text)
    ]
    started = year_spans(text)
    found += [(m.start(), year) for m, year in started]
    clause_years = []  # …，2027年新增30家; 规模2025年约80亿元
    for match in compiled("quantities", "clause_year").finditer(text):
        at = match.start(1) if match[1] else match.start(2)
        if not any(at - 4 <= other <= at for other, _ in found):  # 力争2027年: read already
            clause_years.append((at, int(match[1] or match[2])))
    own = {m.start(1) for m in compiled("quantities", "own_clause_year").finditer(text)}
    own |= {
        m.start(1)
        for m in compiled("quantities", "own_clause_year_more").finditer(text)
        if period_start and int(m[1]) >= period_start
    }
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
    if period_start:  # 力争三年内 with no year stated before it: from the plan's first year
        first = min((at for at, _ in found), default=len(text))
        found += [
            (m.start(), min(period_start + years - 1, plan_end or 9999))
            for m, years in spans_within(text, started) if m.start() < first
        ]  # fmt: skip
    steps = [m.span() for m in compiled("quantities", "year_bracket").finditer(text)]
    steps = [(a, b) for a, b in steps if year_step(text[a + 1 : b])]
    return sorted((at, year) for at, year in found if not any(a < at < b for a, b in steps))


def completions_in(text: str) -> list[tuple[int, int]]:
    """(offset, year) of each clause closing a project by the year it is finished (…，新增智能算力
    500P，2027年建成投用): what the project builds before it is due then."""
    found = compiled("quantities", "completion_year").finditer(text)
    return [(m.start(1), int(m[1])) for m in found]


def completed_before(completions: list[tuple[int, int]], start: int, at: int) -> int | None:
    """The year of the last clause closing a project between ``start`` (its sentence's) and the
    figure at ``at`` (…建设智算平台，2026年建成投用，算力规模不低于100P): the size of what is then
    finished, due that year."""
    return next((year for where, year in reversed(completions) if start <= where < at), None)


def year_step(inside: str) -> bool:
    """Brackets opening with a year and a step's words (（2026年达到220亿元）, （2026年底前突破
    600家）) date a step of the goal, its own figure only; not a base year's level (（2025年为
    520家）). ``inside`` is the text after the open bracket, whole or up to a figure in it."""
    year = compiled("quantities", "bracket_year_opening").match(inside)
    return bool(year and compiled("quantities", "step_words").match(inside[year.end() :]))


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


def spans_within(
    text: str, started: list[tuple[re.Match, int]] | None = None
) -> list[tuple[re.Match, int]]:
    """Each span of years with no start year of its own (力争三年内, 用5年时间), with its length:
    counted from the plan's first year. ``started``: the text's ``year_spans``, when read."""
    started = year_spans(text) if started is None else started
    anchored = [match.span() for match, _ in started]
    spans = []
    for match in compiled("quantities", "years_within").finditer(text):
        length = match["length"]
        years = int(length) if length.isdigit() else chinese_number(length)
        if years and not any(a <= match.start() < b for a, b in anchored):
            spans.append((match, years))
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


def deadline_before(deadlines: list[tuple[int, int]], at: int, period_start: int) -> int | None:
    """The last deadline within the period stated before ``at``."""
    return next((year for where, year in reversed(deadlines)
                 if where < at and year >= period_start), None)  # fmt: skip


def opening_year(sentence: str) -> int | None:
    """The year a sentence opens with (2025年，…), which a later 到2027年 in it leaves undated."""
    opening = compiled("quantities", "sentence_year").match(sentence)
    return int(opening[1]) if opening else None


def before_period(year: int | None, period_start: int | None) -> bool:
    """The year is before the plan's period: what it dates is where the plan starts from."""
    return bool(year and period_start and year < period_start)


@dataclass(frozen=True)
class BaseClause:
    start: int  # where its year is told, in the sentence
    end: int  # where its clause ends
    year: int


@dataclass(frozen=True)
class SentenceBases:
    """A goal sentence's base clauses: a clause dated before the plan's period (2025年全市算力规模
    已达500P) tells where the plan starts from, and its year dates the figures after it until the
    plan's ambition resumes (…，力争新增智能算力1000P): the figures from there on are targets."""

    sentence: str
    opening_end: int  # the end of its opening clause, after a date standing alone (到2023年，…)
    told: tuple[BaseClause, ...]  # each year before the period opening a later clause

    @classmethod
    def of(
        cls, sentence: str, clauses: list[tuple[int, int]], period_start: int | None
    ) -> SentenceBases:
        opening = next((c for c in clauses if not date_only(sentence[slice(*c)])), None)
        opening = opening or (clauses[0] if clauses else None)
        told = []  # …加快，2025年全市…达到62%，建成5G基站860个: told in passing
        for match in compiled("quantities", "clause_year").finditer(sentence):
            year = int(match[1] or match[2])
            if before_period(year, period_start):
                after = bisect_right(clauses, match.start(), key=lambda clause: clause[1])
                end = clauses[after][1] if after < len(clauses) else len(sentence)
                told.append(BaseClause(match.start(), end, year))
        return cls(sentence, opening[1] if opening else 0, tuple(told))

    def holds(self, base_end: int, at: int) -> bool:
        """The base clause ending at ``base_end`` still dates the figure at ``at``: the plan's
        ambition (力争, 新增, 到2027年) does not resume between them."""
        resumed = compiled("quantities", "ambition_resumed")
        return not resumed.search(self.sentence[base_end:at])

    def told_before(self, at: int, since: int) -> BaseClause | None:
        """The last year told in passing before the figure at ``at``, if it is told after
        ``since`` (the sentence's own deadline before the figure)."""
        before = bisect_left(self.told, at, key=lambda base: base.start)
        last = self.told[before - 1] if before else None
        return last if last and last.start > since else None


def date_only(clause: str) -> bool:
    """A clause that is nothing but a date: 到2023年, 到2027年底, 2025年前."""
    return bool(_date_clause().fullmatch(clause)) and bool(re.search(r"20\d\d", clause))


@cache
def _date_clause() -> re.Pattern:
    return re.compile(rf"\s*(?:{table('quantities')['deadline']})?\s*(?:20\d\d\s*年)?[底末]?\s*")


def year_after(deadlines: list[tuple[int, int]], at: int, end: int) -> int | None:
    """The first year an item's sentence prints after the figure at ``at``, when none dates it
    before: the item is one undertaking, its one year dates all its figures."""
    return next((year for where, year in deadlines if at < where < end), None)


def dated_before(sentence: str, at: int) -> bool:
    """A 到YYYY年 (YYYY年底前) before the figure in its own sentence: it dates even a per-year
    figure (到2026年，每年培训…1000人次)."""
    return bool(compiled("quantities", "deadline").search(sentence[:at]))

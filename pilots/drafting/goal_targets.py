"""The targets of one goal's text: each sentence cut into clauses, each clause into one phrase per
number; a target gets its deadline from the 到YYYY年 governing it (in the sentence, or carried from
the goal before), per_year from 每年 / 年均, and a metric trimmed to the thing counted. The figures
that are no commitment (a base, a grant's cap, the plan's make-up, a count of things just named)
are left out here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from django.utils.translation import pgettext

from pilots.drafting.deadlines import (
    SentenceBases,
    before_period,
    completed_before,
    completions_in,
    dated_before,
    deadline_before,
    deadlines_in,
    opening_year,
    year_after,
)
from pilots.drafting.goal_forms import (
    clause_states,
    committed,
    counted_thing_cut,
    each_listed,
    granted,
    money_unit,
    named_count,
    respectively_paired,
    scheme_element,
    stretch_merged,
)
from pilots.drafting.goal_readings import (
    YearBracket,
    bracket_holding,
    cadence,
    designated_person,
    equipping_standard,
    listed_count,
    listed_name,
    newly_made,
    object_cut_by_end,
    object_cut_doubt,
    own_parts,
    own_structure,
    programme_name,
    quota_of_each,
    rate_metric,
    service_standard,
    year_brackets,
    yearly_rate,
)
from pilots.drafting.lexicon import compiled, table
from pilots.drafting.metrics import doubled_thing, each_unit_alone, metric_of
from pilots.drafting.quantities import Quantity, quantities_in
from pilots.drafting.repeated_figures import figures_repeated
from pilots.drafting.spans import spans_split
from pilots.drafting.target_owners import owner_marks_dropped


@dataclass
class TargetFound:
    target: dict[str, Any]
    notes: list[str]
    sentence: int  # offset of its sentence in the goal text
    after_qizhong: bool  # follows 其中 in its sentence: part of a total
    borrowed: bool = False  # its phrase names no thing: the metric is the number's before it


def targets_of(
    text: str,
    deadline: int | None,
    plan_end: int,
    *,
    commitments_only: bool = False,
    cut: list[str] | None = None,
    period_start: int | None = None,
) -> tuple[list[TargetFound], int | None]:
    """Targets of one goal's text; ``deadline`` carries the governing 到YYYY年 across goals;
    ``cut`` (when the text ends a copy cut mid-sentence) gathers the figures so dropped. A figure
    dated before ``period_start`` (2025年，…约80亿元 in a 2026—2027 plan) is where the plan starts
    from: a base, as 在…基础上 names one, and its year dates nothing after it. A table row's
    owner mark (〘区工信局〙, target_owners) is no word of the text."""
    text = owner_marks_dropped(text)
    deadlines = deadlines_in(text, period_start, plan_end)
    completions = completions_in(text)
    after_figures = sorted({*deadlines, *completions})  # …500P，2027年建成投用
    found: list[TargetFound] = []
    text_end = len(text.rstrip())  # once: each figure asks whether it ends the text
    for s_start, s_end in spans_split(text, "。；;!！?？\n"):
        sentence = text[s_start:s_end]
        if scheme_element(sentence):  # “1”--1个产业链，即…: a part of the plan's “1234” scheme
            continue
        clauses = spans_split(sentence, ",，:：")
        bases = SentenceBases.of(sentence, clauses, period_start)
        first_clause_end = bases.opening_end
        base: Quantity | None = None  # 在…120亿元的基础上: the next target's baseline
        base_metric = ""  # what a base dated before the period measures (2025年…规模约80亿元)
        for index, (c_start, c_end) in enumerate(clauses):
            clause = sentence[c_start:c_end]
            before = sentence[slice(*clauses[index - 1])] if index else ""
            in_clause, quantities = len(found), quantities_in(clause)
            following = sentence[slice(*clauses[index + 1])] if index + 1 < len(clauses) else ""
            if states := clause_states(clause, before, following):  # a base, a status: no targets
                base = quantities[0] if states == "base" and quantities else base
                continue
            brackets = year_brackets(clause, quantities)
            this_year = compiled("quantities", "this_year").search(clause)  # 年内新增…20项
            for quantity, span, shared in _phrases(clause, quantities, brackets):
                at = c_start + quantity.start  # in the sentence
                bracket = bracket_holding(brackets, quantity)
                if bracket and not bracket.step:  # 800家以上（2025年为520家）: a base
                    _base_of(found, in_clause, quantity)
                    continue
                if commitments_only and not committed(sentence, clause, quantity, at):
                    continue
                if granted(clause, quantity):  # 给予最高500万元的补助: a grant's cap
                    continue
                if s_end == text_end and counted_thing_cut(clause[quantity.end :]):
                    continue  # …打造10个以上省级以上 where the copy ends: what is counted is lost
                governing = bisect_left(deadlines, (s_start + at, 0))  # those before it
                year = deadlines[governing - 1][1] if governing else deadline
                if commitments_only and governing and deadlines[governing - 1][0] < s_start:
                    year = deadline  # an item's dated step dates its own sentence only
                if listed_count(clause, quantity):
                    continue  # 立足A、B、C三个算力项目: it counts the things just named
                after = sentence[c_start + quantity.end : c_end + 1]  # with the mark ending it
                if own_structure(after) or programme_name(clause, quantity):
                    continue  # 实施8个专项行动, 百万…募集计划: the plan's make-up, a name
                if own_parts(clause, quantity):
                    continue  # 以下六个方面二十六项工作: the document's own parts
                if listed_name(clause, quantity):
                    continue  # 康百万庄园等景区: a place's name
                if service_standard(clause, quantity) or cadence(clause, quantity):
                    continue  # 为每人提供1次职业指导, 每季度召开一次会议: a standard, a cadence
                if equipping_standard(before, clause, quantity):
                    continue  # 为服务点配备终端，每点不少于2台: the equipping's standard
                if designated_person(clause, quantity):
                    continue  # 确定一名联络员: who answers for the work
                if quota_of_each(clause, quantity, in_goals=not commitments_only):
                    continue  # 各县区每年至少…2个: each one's quota, no figure of the plan's own
                at_end = cut is not None and s_start + c_start + span[1] == text_end
                after = clause[quantity.end : span[1]]
                if at_end and object_cut_by_end(after, quantity.unit):
                    cut.append(clause[span[0] : span[1]].strip())
                    continue
                if year is None and commitments_only:  # 建设基地3个，到2027年，…: one undertaking
                    whole_end = s_start + _parts_from(sentence, at)  # 其中2026年…: the part's year
                    year = year_after(after_figures, s_start + at, whole_end) or completed_before(
                        completions, s_start, s_start + at
                    )  # …，2026年建成投用，算力规模不低于100P
                year = bracket.year if bracket else year  # 突破300亿元（2026年达到220亿元）
                within = governing and deadlines[governing - 1][0] >= s_start
                stated = year if bracket or within else opening_year(sentence) or year
                opened = not within or deadlines[governing - 1][0] < s_start + first_clause_end
                if (
                    not bracket
                    and opened
                    and before_period(stated, period_start)
                    and not bases.holds(first_clause_end, at)  # read last: it reads the sentence
                ):  # 2025年…已达500P，力争新增…1000P: a target, as if the sentence had no year
                    stated = deadline_before(deadlines, s_start, period_start) or deadline
                since = deadlines[governing - 1][0] - s_start if within else -1
                told = bases.told_before(at, since)
                if told and not bracket and bases.holds(told.end, at):
                    stated = told.year  # …，2025年全市…达到62%，建成…860个: where it starts
                if this_year and this_year.end() <= quantity.start and not (bracket or within):
                    stated = period_start or stated  # the plan's first year
                year = stated  # 2026年全区新增…20家，到2027年…: the figure is due in 2026
                if before_period(stated, period_start):
                    base = quantity  # 2025年，…约60亿元，到2027年突破150亿元: where it starts
                    phrase, offset = _phrase_of(clause, span, quantity)
                    base_metric = metric_of(phrase, quantity.start - offset, quantity.end - offset)
                    continue
                context = _Context(
                    sentence, clause, at, first_clause_end, year, plan_end, base_metric,
                    carried=not governing and not commitments_only and not bracket,
                )  # fmt: skip
                item = _target(context, quantity, span, shared, found, s_start)
                base_metric = ""  # lent once: the figures after name their own or the last's
                if bracket and len(found) > in_clause:
                    item.target["metric"] = found[-1].target["metric"]  # what it steps towards
                if at_end and object_cut_doubt(after):
                    item.notes.append(
                        pgettext("review", "文本在所计量的内容中间截断：请核对指标名称")
                    )
                if base and base.unit == quantity.unit and "baseline" not in item.target:
                    item.target["baseline"], base = base.value, None
                same = (
                    found[-1] if item.borrowed and found and found[-1].sentence == s_start else None
                )
                stretch = stretch_merged(same and same.target, item.target, sentence)
                if stretch:
                    same.notes.append(stretch)  # 达到50亿元、力争突破60亿元: one target
                else:
                    found.append(item)
            respectively_paired(clause, found[in_clause:], sentence, c_start)
            each_listed(clause, found, in_clause)
        found += figures_repeated(sentence, s_start, found, plan_end)  # 此后每年新增同等规模
    return found, deadline_before(deadlines, len(text), period_start or 0) or deadline


@dataclass
class _Context:
    sentence: str
    clause: str
    at: int  # the quantity's offset in the sentence
    first_clause_end: int
    year: int | None
    plan_end: int
    base_metric: str = ""  # the metric of a base the sentence states before the figure
    carried: bool = False  # its year is the 到YYYY年 of a goal sentence before


def _target(context: _Context, quantity: Quantity, span, shared, found, s_start) -> TargetFound:
    clause, sentence, notes = context.clause, context.sentence, list(quantity.notes)
    year = context.year
    if year is None:
        year = context.plan_end
        notes.append(pgettext("review", "前面没有“到YYYY年”：期限取规划期末年份"))
    # 每年 in the sentence's first clause governs the rest, unless a clause is dated on its own
    # (年均增长20%，到2027年超过1000亿元: a level at a date) or a 累计 clause came between
    # (每年发布清单，累计推出200个，形成标杆应用50个: totals from 累计 on)
    dated = _first_end(clause, "deadline") <= quantity.start
    yearly_from = _first_end(sentence, "per_year")
    per_year = (
        _first_end(clause, "per_year") <= quantity.start
        or (
            yearly_from <= min(context.first_clause_end, context.at)
            and not dated
            and not compiled("quantities", "cumulative").search(sentence[yearly_from : context.at])
        )
    ) and not _first_end(clause, "cumulative") <= quantity.start
    if not per_year and _first_end(sentence, "per_year") <= context.at:
        notes.append(pgettext("review", "本句前面的分句有“每年”：此项是否也按每年计？"))
    phrase, offset = _phrase_of(clause, span, quantity)
    metric = metric_of(phrase, quantity.start - offset, quantity.end - offset)
    metric = doubled_thing(metric, sentence[: context.at - quantity.start])  # 翻一番，达到600亿元
    lent = context.base_metric or (found[-1].target["metric"] if found else "")
    each = each_unit_alone(metric)  # 新增设备80个，每个村不少于5个: each village's share of them
    bare = compiled("quantities", "metric_borrowed").fullmatch(metric) or metric in _verbs()
    borrowed = bool((bare or each) and lent)  # 建成3个: the thing is the one before it
    if borrowed:
        changes = compiled("quantities", "change_words")
        change = changes.search(metric)  # 增长: X增长; X增长 then a level: X
        previous = compiled("quantities", "per_year").sub("", lent)  # 年均 is the rate's
        unit = each[0] if each else ""
        metric = unit + changes.sub("", previous) + (change[0] if change else "")
        notes.append(pgettext("review", "指标名称沿用前一个数字的：请核对"))
    if not metric:
        metric = phrase
        notes.append(pgettext("review", "未找到指标名称：以整个短语作指标名称"))
    rate = yearly_rate(clause[: quantity.start], quantity.unit)
    if rate:  # 年均增长12%: the period's average rate, a level; 每年增长: each year's
        per_year, metric = rate["per"] == "每年", rate_metric(metric, rate)
    if (
        per_year
        and year < context.plan_end
        and not context.carried
        and not dated_before(sentence, context.at)
    ):
        year = context.plan_end  # 2026年，…每年新增5家; an item due 2026: every year to the end
        notes.append(pgettext("review", "按每年计的数字：期限取规划期末年份，请核对"))
    newly = newly_made(clause, quantity)  # 新培育…60家: made in the period
    measure = phrase[quantity.end - offset :]  # 超过五千亿规模: the sum's measure after it
    unit = money_unit(quantity.unit, metric) or money_unit(quantity.unit, measure) or quantity.unit
    value = quantity.value
    if counted := named_count(unit, value, metric):  # 接待游客人次突破20万: 200000 人次
        unit, value = counted
        notes.append(pgettext("review", "单位取指标名称中的“%(unit)s”：请核对") % {"unit": unit})
    elif unit != quantity.unit:
        notes.append(
            pgettext("review", "“%(written)s”后无单位，按金额读作“%(unit)s”")
            % {"written": quantity.unit, "unit": unit}
        )
    target: dict[str, Any] = {
        "metric": metric,
        "unit": unit,
        "comparator": quantity.comparator,
        "value": value,
        "deadline": year,
        "aggregation": "flow" if (per_year or newly) and not rate else "stock",
        "source_phrase": phrase,
    }
    if quantity.value_max is not None:
        target["value_max"] = quantity.value_max
    if per_year:
        target["per_year"] = True
    if isinstance(shared, Quantity):
        target["baseline"] = shared.value
        notes.append(
            pgettext("review", "读作相对 %(baseline)s（基期值）的变化：请核对")
            % {"baseline": shared.value}
        )
    elif shared:
        notes.append(pgettext("review", "与另一个数字共用同一短语：请两者一并核对"))
    after_part = _part_start(sentence) < context.at
    return TargetFound(target, notes, s_start, after_part, borrowed)


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(table("quantities")["verbs"])


@lru_cache(maxsize=64)  # once per sentence, as below
def _part_start(sentence: str) -> int:
    """Where the sentence's first 其中 / （含 … starts; past the end if none."""
    part = compiled("quantities", "part_of_total").search(sentence)
    return part.start() if part else len(sentence) + 1


# Once per clause or sentence, not once per figure: a long one made drafting quadratic.
@lru_cache(maxsize=256)
def _first_end(text: str, words: str) -> int:
    """Where the first of the data file's ``words`` found in ``text`` ends; past the end if none."""
    found = compiled("quantities", words).search(text)
    return found.end() if found else len(text) + 1


def _phrase_of(clause: str, span: tuple[int, int], quantity: Quantity) -> tuple[str, int]:
    p_start, p_end = span
    phrase = clause[p_start:p_end].strip()
    lead_in = re.match(r"^(在|围绕)[^,，]{10,}?(领域|方面)", phrase)
    if lead_in and lead_in.end() < quantity.start - p_start:
        phrase = phrase[lead_in.end() :]
    return phrase, clause[p_start:p_end].index(phrase) + p_start


def _base_of(found: list[TargetFound], in_clause: int, quantity: Quantity) -> None:
    """The level a base year's bracket gives is the baseline of the figure it follows."""
    before = found[-1].target if len(found) > in_clause else None
    if before and before["unit"] == quantity.unit and "baseline" not in before:
        before["baseline"] = quantity.value


def _phrases(
    clause: str, quantities: list[Quantity], brackets: list[YearBracket] = ()
) -> list[tuple[Quantity, tuple[int, int], Quantity | bool]]:
    """(quantity, phrase span, shared) per quantity: a clause with several numbers is cut at 、.

    ``shared`` is True when two numbers could not be told apart, or the baseline quantity when
    the clause reads "从X提高到Y" (the baseline itself is then not reported).
    """
    cuts: list[int | None] = []
    baseline_of: dict[int, Quantity] = {}
    shared_phrase: set[int] = set()
    starts = [at for at in (clause.find("从"), clause.find("由")) if at >= 0]
    change_from = min(starts, default=len(clause))  # 从X提高到Y: X is where it starts
    for index, (first, second) in enumerate(pairwise(quantities)):
        gap = clause[first.end : second.start]
        cut = max(gap.rfind("、"), gap.rfind("和"), gap.rfind("及"), gap.rfind("并"))
        opened = bracket_holding(brackets, second)
        cut = 0 if opened and opened.start == first.end else cut  # 300亿元（2026年达到…）
        if cut >= 0:
            cuts.append(first.end + cut)
            continue
        cuts.append(None)
        if change_from < first.start and first.unit == second.unit:
            baseline_of[index + 1] = first
        else:
            shared_phrase.update((index, index + 1))
    result: list[tuple[Quantity, tuple[int, int], Quantity | bool]] = []
    next_cut, following = [len(clause)] * len(quantities), len(clause)
    for index in range(len(cuts) - 1, -1, -1):  # the first cut at or after each quantity
        following = cuts[index] if cuts[index] is not None else following
        next_cut[index] = following
    start = 0
    for index, quantity in enumerate(quantities):
        if index + 1 in baseline_of and baseline_of[index + 1] is quantity:
            continue
        end = next_cut[index]
        inside = bracket_holding(brackets, quantity)
        end = min(end, inside.end - 1) if inside else end  # the step's phrase ends in its bracket
        shared: Quantity | bool = baseline_of.get(index) or index in shared_phrase
        result.append((quantity, (start, end), shared))
        if index < len(cuts) and cuts[index] is not None:
            start = cuts[index] + 1
    return result


def _parts_from(sentence: str, at: int) -> int:
    """Where the figure at ``at`` stops reading its sentence for its year: at the 其中 after it,
    whose year dates the part it opens (新增300P，其中2026年底前一期投运120P), not the whole."""
    part = compiled("quantities", "part_of_total").search(sentence, at)
    return part.start() if part else len(sentence)

"""Numbers in goal sentences: value, range, unit and comparator of every target quantity.

Arabic and Chinese numerals (十, 百家, 三百五十, 两千), scales (万, 亿, 万亿), ranges (5-8个, 1—2项,
5至8个), comparators before (不少于, 超过, 突破, 达到, 约 …) or after (以上, 左右, 余) the
number. A number that qualifies a later counted noun ("营业收入超10亿元的龙头企业5家") or a level
("千亿级") is no target. The word tables are in data/quantities.yaml, compiled in
figure_patterns.py.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from django.utils.translation import pgettext

from pilots.drafting.figure_patterns import patterns, pre_word_ending
from pilots.drafting.figure_units import base_unit_scale, counted_unit, range_after, shared_scale
from pilots.drafting.figure_words import (
    context_unit,
    distributive,
    duration,
    idiom_at,
    index_value,
    inside_a_word,
    numeral_scheme,
    printed_unit,
    quoted_figure,
    scope_before,
    share_in_words,
    size_class,
    tenths_at,
    within_limit,
)
from pilots.drafting.lexicon import compiled, table
from pilots.drafting.numerals import (
    fraction_after,
    number_value,
    percent_words,
    scaled,
)
from pilots.drafting.quantity import Quantity
from pilots.drafting.worded_figures import doublings, halves

_WINDOW = 80


# The most a target's value holds (the fixture schema's bound): more digits are a code, no figure.
FIGURE_MAX = 99_999_999_999_999


def quantities_in(clause: str) -> list[Quantity]:
    """Every number + unit phrase of a clause that states a target, with its comparator."""
    return list(_stated(clause))


def states_a_figure(clause: str) -> bool:
    """Whether ``quantities_in`` finds any, read only up to the first (a long line of figures
    is read once per goal, not again to know that it states one)."""
    return next(_stated(clause), None) is not None


def _stated(clause: str) -> Iterator[Quantity]:
    """The figures of ``_figures`` and those worded with no count (翻一番, 过半) in order, less
    qualifiers and size classes: each is judged by its neighbours, so one ahead is read."""
    worded = sorted(doublings(clause) + halves(clause), key=lambda q: q.start)
    figures = heapq.merge(_figures(clause), worded, key=lambda q: q.start)
    before, current, first = None, next(figures, None), True
    while current is not None:
        after = next(figures, None)
        qualifier = _qualifier(clause, current, after, several=not first or after is not None)
        code = max(current.value, current.value_max or 0) > FIGURE_MAX  # 索引号:1115250001165…
        if not code and not qualifier and not _size_class(clause, before, current):
            yield current
        before, current, first = current, after, False


def _figures(clause: str) -> Iterator[Quantity]:
    position = 0
    while True:
        match = patterns().number.search(clause, position)
        if not match:
            break
        position = match.end()
        # read in a window around the number: the words that decide are near it, and reading
        # the whole clause for each number was quadratic on a long one
        low = max(0, match.start() - _WINDOW)
        window = clause[low : match.end() + _WINDOW]
        at = match.start() - low
        quantity = _ratio_at(window, at, match[0]) or _quantity_at(window, at, match[0])
        if quantity:
            quantity.start, quantity.end = quantity.start + low, quantity.end + low
            yield quantity
            after = clause[quantity.end : quantity.end + _WINDOW]
            gloss = re.match(r"\s*[（(]([^（()）]*)[)）]", after)
            gloss = gloss if gloss and patterns().gloss.search(gloss[1]) else None
            # 300PFLOPS（每秒30亿亿次浮点运算）: the same figure again in other words
            position = quantity.end + (gloss.end() if gloss else 0)


def _size_class(clause: str, before: Quantity | None, quantity: Quantity) -> bool:
    gap = clause[before.end : quantity.start] if before else None
    count_before = before and counted_unit(before.unit) and before.unit not in ("%", "百分点")
    count_before = bool(count_before) and (not gap or gap in patterns().pre_words)  # 4个超千亿元
    return size_class(clause, quantity.start, quantity.end, quantity.unit, count_before)


def _qualifier(clause: str, quantity: Quantity, after: Quantity | None, several: bool) -> bool:
    """A number that qualifies what another counts (培育10家营收超十亿元的企业, 超百亿元企业5家) or
    is a criterion joined to another by 且 / 或 before 的; a count in a general classifier before 的
    (3个以上的…产品) counts the thing after it. ``after``: the next figure of the clause;
    ``several``: the clause has more than this one."""
    if compiled("quantities", "criterion_after").match(clause[quantity.end :]):
        return True  # 年收入80万元以上且从事研发3年以上的骨干: a criterion
    if clause.startswith("的", quantity.end) and several:
        return quantity.unit not in table("quantities")["general_classifiers"]
    if after is None:
        return False
    gap = clause[quantity.end : after.start]
    counted = clause[quantity.start : quantity.end]
    rate = after.unit in ("%", "％") and counted.endswith("以上")
    if rate and compiled("quantities", "rate_population").match(gap):
        return True  # 20户以上自然村4G网络覆盖率达到100%: which villages the rate is of
    amount = not counted_unit(quantity.unit) or quantity.unit in ("%", "百分点")
    return (
        amount
        and after.unit != quantity.unit
        and bool(patterns().qualified_noun.fullmatch(gap))
        and (not gap.endswith(patterns().pre_endings) or _counted_head_compared(gap))
    )


def _counted_head_compared(gap: str) -> bool:
    """投资5亿元以上项目不少于3个: the words between the two figures are a thing the genre counts
    and the count's comparator word — the sum sizes the things counted."""
    ending = next(w for w in patterns().pre_endings if gap.endswith(w))
    return gap[: -len(ending)].endswith(tuple(table("quantities")["counted_heads"]))


def _quantity_at(clause: str, start: int, text: str) -> Quantity | None:
    figure = patterns()
    before, end = clause[:start], start + len(text)
    chinese = not text[0].isdigit()
    data = table("quantities")
    ordinal = before.endswith(tuple(data["ordinal_before"] + data["label_before"]))
    if ordinal or (not chinese and re.search(r"[A-Za-z0-9.〔/+]$", before)):
        return None
    if scope_before(before):
        return None  # 围绕15个重点领域: the plan's scope, not a figure it commits to
    if numeral_scheme(clause, start):
        return None  # 实现“5个100”目标: the name of the plan's scheme
    if any(ahead.search(before) and then.match(clause[end:]) for ahead, then in figure.not_counted):
        return None  # 覆盖全省16个州（市）, 以5个通用机场为骨干: how many there are, a make-up
    if before.endswith(tuple(table("quantities")["per_unit_before"])):
        return None  # 每万人口…20件: the number after 每 is what the figure is counted per
    value = number_value(text)
    if not value or fraction_after(clause[end:]):  # 零部件, 0, 百分之…: nothing is counted
        return None
    percent = chinese and percent_words(before)  # 百分之八十: 80%, its comparator before 百分之
    before = before[: -len(percent)] if percent else before
    share = chinese and not percent and share_in_words(before, clause[end:], value)
    if share:  # 超过三分之一: 33.3333%, its comparator before the fraction's words
        value, before = share[0], before[: len(before) - share[1]]
    if chinese and before.endswith(tuple(data["vague_before_chinese"])):
        return None  # 数十个, 几百家: no figure is committed to
    if (
        chinese
        and not share
        and (
            inside_a_word(clause, start, data["words_with_numerals"]) or distributive(clause, start)
        )
    ):
        return None  # 统一部署, 一体化, 一人一码: the numeral is part of a word or a pairing
    if chinese and text == "一" and compiled("quantities", "article_one").match(clause[end:]):
        return None  # 开展一次全面检查: "a check", no count of one
    rest_at, value_max, second = range_after(clause, end)
    value = shared_scale(text, value, second)  # 1—2百家: 100–200
    quoted = quoted_figure(clause, start, end)  # 线上帮办“1”分钟内响应
    if quoted:
        rest_at, value_max, before = end + 1, None, before[:-1]
    mid = re.match(r"^(余|多)", clause[rest_at:])
    rest_at += 1 if mid else 0
    tenths = tenths_at(clause[rest_at:], value)  # 七成: 70%
    value = scaled(value, 10) if tenths else value
    printed = tenths or printed_unit(clause[rest_at:])  # 5000千万亿次浮点运算/秒: PFLOPS
    printed = ("%", 0) if percent else ("%", share[2]) if share else printed
    if printed:
        rest_at += printed[1]
    elif figure.not_a_unit.match(clause[rest_at:]):
        return None
    if chinese and clause[rest_at:].startswith(tuple(table("quantities")["ordinal_after_chinese"])):
        return None  # 二期: phase two of a project, not two of anything
    multiplier = None if printed else figure.multiplier.match(clause[rest_at:])
    rest_at += multiplier.end() if multiplier else 0
    milestone = compiled("quantities", "milestone_after").match(clause[rest_at:])
    unit_at = figure.base_unit.match(clause[rest_at:]) or context_unit(before, clause[rest_at:])
    base = None if printed or milestone else unit_at  # 监控点位3000路: 路 counts after such words
    rest_at += base.end() if base else 0
    alternative = base and figure.unit_alternative.match(clause[rest_at:])
    rest_at += alternative.end() if alternative else 0  # 1000万台（套）以上, 100家（含）以上
    index = not (base or printed or multiplier or chinese) and index_value(before)
    if index:
        printed = (data["index_unit"], 0)  # 指数达到85: index points
    if not (base or printed) and not (multiplier and (not chinese or re.search("[十百千]", text))):
        return None
    stepped = compiled("quantities", "milestone_after").match(clause[rest_at:])  # 亿元级台阶
    if clause[rest_at:].startswith(("级", "量级")) and not stepped:  # 千亿级产业集群: a size class
        return None
    if chinese and idiom_at(clause, start, rest_at):  # 千家万户, 千行百业
        return None
    unit = (
        printed[0] if printed else (multiplier[0] if multiplier else "") + (base[0] if base else "")
    )
    unit = table("quantities")["unit_names"].get(unit, unit)
    factor, unit = base_unit_scale(unit, multiplier[0] if multiplier else "")
    if alternative and alternative[1] != "含":  # 10台（套）: the unit kept as printed
        unit += re.sub(r"\s+", "", alternative[0])
    if factor > 1:  # 1.5万亿元 is counted in 亿元, 2万人 in 人, 5亿条 in 条
        value = scaled(value, factor)
        value_max = scaled(value_max, factor) if value_max is not None else None
    if duration(unit) and compiled("quantities", "duration_in_rate").match(clause[rest_at:]):
        return None  # 2小时内回复率达到98%: the time names the rate
    post = figure.post.match(clause[rest_at:])
    post_word = post[0] if post and post[0] not in ("余", "多") else None
    within = not post_word and within_limit(unit, clause[rest_at:])
    if within:  # 1分钟内首次响应: a time limit
        post_word, rest_at = "以内", rest_at + len(within)
    rest_at += len(post_word) if post_word and not within else 0
    pre = pre_word_ending(before)
    floor = (word for word, phrases in figure.floors if before.endswith(phrases))
    pre = pre or next(floor, None)  # 至少建成1个: at least one, 至少 right before the verb
    over = None if pre else figure.floor_over_object.search(before)
    pre = pre or (over[1] if over else None)  # 至少培养“信息员”3名: the verb's object between
    total = None if pre else compiled("quantities", "comparator_over_total").search(before)
    pre = pre or (total[1] if total else None)  # 不低于上述总量的30%: the total it is a share of
    comparator = _comparator(pre, post_word, mid is not None, value_max)
    reach = data["at_least_before_chinese"]
    if chinese and not pre and before.endswith(tuple(reach)) and text[0] in "十百千万":
        comparator = reach[before[-1]]  # 上百家: a hundred or more
    verb = _verb_with_object(pre, unit, clause[rest_at:])  # 突破5项大模型应用项目: achieve 5
    comparator = "eq" if verb else comparator
    if value_max is not None and value_max <= value:
        value_max, comparator = None, "eq"
    if quoted and not (pre or post_word):
        return None  # “2”条渠道, “1234”: a figure in quotes with no comparator names a scheme
    content = comparator in ("gte", "gt") and compiled("quantities", "content_hours_before").search(
        before
    )  # 年录制节目不少于50小时: a volume made
    if duration(unit) and comparator not in ("lte", "lt") and not content:
        return None  # 24小时不打烊, 7×24小时服务: a service's hours, not a limit to meet
    written = clause[start - share[1] : end + share[2]] if share else text  # 三分之一
    notes = _notes(written, value, unit, multiplier, base, pre, mid, before, value_max)
    if verb:
        notes.append(
            pgettext("review", "“%(word)s”读作其后所计事物的动词（eq），而非“超过”") % {"word": pre}
        )
    if index:
        notes.append(
            pgettext("review", "指数值，原文未写单位：按“%(unit)s”（指数点）计") % {"unit": unit}
        )
    return Quantity(start, rest_at, value, value_max, unit, comparator, notes)


def _verb_with_object(pre: str | None, unit: str, after: str) -> bool:
    """突破 before a count of things with the thing counted after it is the verb of that object
    (突破5项大模型应用项目), not "more than" as in 产值突破100亿元 or 算力突破5000PFLOPS."""
    if pre not in table("quantities")["verbs_before_an_object"]:
        return False
    things = counted_unit(unit) and not unit.isascii() and unit not in ("百分点", "%")
    passed = compiled("quantities", "milestone_after").match(after)  # 突破千亿大关: more than
    return things and bool(re.match(r"[\u4e00-\u9fff“\"]", after)) and not passed


def _ratio_at(clause: str, start: int, text: str) -> Quantity | None:
    """比例达到1:3 (1∶3, 1比3) after a word of ratio: the second term per one of the first, in the
    unit of a ratio, with the comparator written before or after it."""
    ratio = table("quantities")["ratio"]
    second = re.match(rf"({'|'.join(ratio['joints'])})(\d+(?:\.\d+)?)", clause[start + len(text) :])
    if not second:  # most figures: no ratio, nothing more to read
        return None
    before = clause[:start]
    pre = pre_word_ending(before)
    named = before[: len(before) - len(pre or "")].endswith(tuple(ratio["words_before"]))
    first, last = number_value(text) if text[0].isdigit() else None, second and float(second[2])
    if not (second and named and first and last):
        return None
    end = start + len(text) + second.end()
    post = patterns().post.match(clause[end:])
    post_word = post[0] if post and post[0] not in ("余", "多") else None
    end += len(post_word or "")
    note = pgettext(
        "review", "比例“%(written)s”：数值为后项与前项之比（每 1 对 %(value)s），请核对"
    ) % {
        "written": f"{text}{second[0]}",
        "value": scaled(last / first, 1),
    }
    comparator = _comparator(pre, post_word, False, None)
    return Quantity(start, end, scaled(last / first, 1), None, ratio["unit"], comparator, [note])


def _notes(text, value, unit, multiplier, base, pre, mid, before, value_max) -> list[str]:
    notes = []
    if not base and multiplier:  # 10亿 with no 元 (a unit printed in words is a unit)
        notes.append(
            pgettext("review", "数字后无单位：读作 %(value)s × %(unit)s")
            % {"value": value, "unit": unit}
        )
    elif multiplier and not unit.startswith(multiplier[0]):
        written = f"{text}{multiplier[0]}{base[0]}"
        notes.append(
            pgettext("review", "“%(written)s”读作 %(value)s %(unit)s")
            % {"written": written, "value": value, "unit": unit}
        )
    elif multiplier and unit.startswith(multiplier[0]) and counted_unit(unit):
        notes.append(
            pgettext("review", "单位为“%(unit)s”：数值以“%(multiplier)s”个“%(base)s”为一计")
            % {"unit": unit, "multiplier": multiplier[0], "base": base[0]}
        )
    if not text[0].isdigit():
        notes.append(
            pgettext("review", "中文数字“%(written)s”读作 %(value)s")
            % {"written": text, "value": value}
        )
    if mid:
        notes.append(pgettext("review", "数字后的“%(word)s”读作“超过”（gt）") % {"word": mid[0]})
    if pre in ("近", "约"):
        notes.append(pgettext("review", "“%(word)s”读作“约”（approx）") % {"word": pre})
    change = patterns().change.search(before)
    if change and not pre:
        notes.append(
            pgettext("review", "数字前有“%(word)s”：是变化量而非水平值，请设置 baseline")
            % {"word": change[0]}
        )
    if unit in ("%", "百分点"):
        notes.append(pgettext("review", "百分比：请核对是占什么的比重及其基期值"))
    return notes


def _comparator(pre: str | None, post: str | None, more: bool, value_max) -> str:
    if value_max is not None:
        return "range"
    pre_comparator = patterns().pre_words.get(pre) if pre else None
    if post in ("以上",):
        return "gt" if pre_comparator == "gt" else "gte"
    if post:
        return table("quantities")["post_comparators"][post]
    if more:
        return "gt"
    return pre_comparator or "eq"

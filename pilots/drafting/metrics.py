"""The thing a target counts, from the phrase around its number: what follows the unit
(建成…20个智能工厂 → 智能工厂), else what precedes the number trimmed of dates, verbs and leading
words (到2027年，全市培育形成人工智能领军企业5家 → 人工智能领军企业). Word lists in
data/quantities.yaml."""

from __future__ import annotations

import re
from functools import cache

from pilots.drafting.figure_patterns import pre_word_ending
from pilots.drafting.lexicon import alternation, compiled, table


@cache
def _metric_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = table("quantities")
    leading = re.compile(f"^({alternation(data['leading_words'])})")
    acting = re.compile(alternation(data["acting_verbs"]))
    return leading, re.compile(alternation(data["verbs"])), acting


def metric_of(phrase: str, quantity_start: int, quantity_end: int) -> str:
    """The noun phrase a number counts: what follows the unit, else what precedes the number."""
    # a gloss in brackets after the figure（每秒…浮点运算）restates it, names nothing counted
    after = re.sub(r"^\s*[（(][^（()）]*[)）]", "", phrase[quantity_end:]).lstrip("的").strip()
    after = compiled("quantities", "milestone_after").sub("", after)  # 突破千亿大关: no thing
    measured = _metric_before(phrase[:quantity_start])
    if compiled("quantities", "measure_word").fullmatch(after) and measured:
        # 制造业突破2000亿元规模: the measure names no thing; the thing measured is before it
        ends_in_measure = compiled("quantities", "indicator_name_end").search(measured)
        metric = measured if ends_in_measure else measured + after
    elif re.search(r"[\u4e00-\u9fff]", after):
        metric = after
    else:
        metric = measured
    if "等" in metric[:-1]:
        metric = metric.rsplit("等", 1)[1]
    metric = re.split(r"以及|,|，", metric)[0].strip(" 、的")
    return _per_unit(phrase[:quantity_start], metric)


@cache
def _each_unit() -> re.Pattern:
    data = table("quantities")
    return re.compile(data["each_unit"].replace("{verbs}", alternation(data["verbs"])))


def each_unit_alone(metric: str) -> re.Match | None:
    """A metric naming the unit of a quota and no thing (每个村（社区）不少于5个)."""
    each = _each_unit().match(metric + "至少")
    return each if each and each.end() == len(metric) else None


def _per_unit(before: str, metric: str) -> str:
    """每个乡镇建设1个以上服务站: the figure is each unit's quota, and the metric says so."""
    each = _each_unit().search(before)
    if not each or metric.startswith(each[0]):
        return metric
    return each[0] + metric.removeprefix(each["unit"])


def _metric_before(before: str) -> str:
    leading, verbs, acting = _metric_words()
    dated = compiled("quantities", "date_lead").match(before)  # 到2027年达到80%, 2027年前培养
    before = before[dated.end() :] if dated else before
    before = compiled("quantities", "bracketed_year").sub("", before)  # （2028年）全市规模达到
    before = compiled("quantities", "compared_to").sub("", before)  # 较2024年增长50%
    before = compiled("quantities", "range_start").sub("", before)  # 规模从100亿元提高到: the start
    if before.count("（") + before.count("(") > before.count("）") + before.count(")"):
        before = re.split(r"[（(]", before)[-1]  # 平台20个（其中国家级5个）: inside the bracket
    pre = pre_word_ending(before, shorter=True)
    before = before[: -len(pre)] if pre is not None else before
    before = re.sub(r"^(在|围绕|面向)[^,，]*?(领域|方面|行业)", "", before)
    before = compiled("quantities", "per_year").sub("", before)
    while True:
        stripped = leading.sub("", before, count=1)
        if stripped == before or len(stripped) < 2:  # 孵化器 is no verb and 器
            break
        if acting.match(before):  # 培训教师: the act is part of what is counted
            break
        act = acting.match(stripped)  # 培养引进人才: the run of verbs is judged whole below
        if act and len(stripped) - act.end() >= 2 and verbs.fullmatch(before[: -len(stripped)]):
            break  # (打造孵化器: 孵化 is no verb before 器)
        if compiled("quantities", "verb_as_noun").match(before):  # 研发投入强度, 研发人员
            break
        before = stripped
    as_noun = compiled("quantities", "verb_as_noun")  # 企业研发投入: 研发 is no verb there
    found = [verb for verb in verbs.finditer(before) if not as_noun.match(before, verb.start())]
    if compiled("quantities", "indicator_name_end").search(before):
        found = []  # 研发投入强度: an indicator's name, verbs and all
    if found and len(before) - found[-1].end() >= 2:
        counted = before[found[-1].end() :]
        run = _verb_run(before, found)
        if all(acting.fullmatch(verb[0]) for verb in run):  # 完成改造企业 → 改造企业
            qualifier = compiled("quantities", "act_qualifiers").search(before[: run[0].start()])
            counted = before[qualifier.start() if qualifier else run[0].start() :]
        if not compiled("quantities", "metric_suffix").match(counted):  # 专利授权量: no verb
            before = counted
    return compiled("quantities", "metric_trailing").sub("", before)


def _verb_run(before: str, found: list[re.Match]) -> list[re.Match]:
    """The verbs run together before the object (培养引进人才, 引进和培养人才), in order."""
    run = [found[-1]]
    for verb in reversed(found[:-1]):
        if not re.fullmatch("[和与及、]?", before[verb.end() : run[0].start()]):
            break
        run.insert(0, verb)
    return run


def doubled_thing(metric: str, before: str) -> str:
    """For a level whose phrase names nothing (达到2400亿元), the thing that doubles in the clause
    right before it (人工智能产业规模在2024年1200亿元的基础上实现翻一番，…); else the metric."""
    if not compiled("quantities", "metric_borrowed").fullmatch(metric):
        return metric
    doubling = compiled("quantities", "doubled_clause").search(before[-80:])  # the clause before
    return _metric_before(doubling["thing"]) if doubling else metric

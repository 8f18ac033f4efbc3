"""Goal sentence forms whose figures are not each a target: a firm figure with a striven-for one
beside it ("达到50亿元、力争突破60亿元": one target), the base a goal starts from ("在…120亿元的
基础上": a baseline) and what exists already ("已建成…3个": none); and a bare scale after a sum
of money (规模超千亿: 亿元). The genre's readings are in data/quantities.yaml (``striven_for``,
``base_clause``, ``status_clause``, ``money_metric``); and the things named before 分别, one
target each. Which figures an item commits to, and which are the terms of its support
(``committed``: caps, words of support, qualifiers, conditions)."""

from __future__ import annotations

import re
from copy import deepcopy
from functools import lru_cache
from typing import Any

from django.utils.translation import pgettext

from pilots.drafting.deadlines import year_step
from pilots.drafting.lexicon import compiled, table
from pilots.drafting.metrics import metric_of
from pilots.drafting.numerals import scaled
from pilots.drafting.quantities import Quantity, states_a_figure
from pilots.drafting.spans import spans_split


def stretch_merged(previous: dict[str, Any] | None, target: dict[str, Any], sentence: str) -> str:
    """When ``target`` is the striven-for figure beside ``previous`` (same thing — its phrase names
    nothing of its own —, unit and deadline, in the same sentence), fold it into ``previous``:
    its source phrase then covers both, and the returned note names the stretch figure. Returns
    "" when the two are separate targets."""
    phrase = target["source_phrase"]
    if previous is None or not compiled("quantities", "striven_for").match(phrase):
        return ""
    if any(previous.get(key) != target.get(key) for key in ("unit", "deadline", "per_year")):
        return ""
    start = sentence.find(previous["source_phrase"])
    end = sentence.find(phrase, start + len(previous["source_phrase"])) if start >= 0 else -1
    gap = sentence[start + len(previous["source_phrase"]) : end] if end >= 0 else "-"
    if not re.fullmatch(r"[、，,；;\s]*", gap):
        return ""
    previous["source_phrase"] = sentence[start : end + len(phrase)]
    return pgettext(
        "review",
        "%(phrase)s：是与硬性目标并列的力争值；指标保留硬性目标值 %(value)s %(unit)s"
        "（规划按此考核），如规划按力争值考核，请改用力争值",
    ) % {"phrase": phrase, "value": previous["value"], "unit": previous["unit"]}


def clause_states(clause: str, before: str = "", after: str = "") -> str:
    """ "base" for a clause naming the base a goal starts from, "status" for one stating what exists
    already or a named project's size, or a doubling restating the figure of the clause ``before``
    it, or a growth multiple or a doubling restated by the level the clause ``after`` it reaches; ""
    for a clause of goals."""
    restated = compiled("quantities", "restated_doubling").match(clause.strip())
    if restated and states_a_figure(before):
        return "status"  # 提高到500亿元，较2025年实现翻番: one target
    base = compiled("quantities", "base_clause").search(clause)
    figure = compiled("quantities", "base_figure")  # 在现有基础上 names no base: a clause of goals
    named = bool(base) and bool(figure.search(base[0]))
    if named and (base.start() == 0 or not figure.search(clause[base.end() :])):
        return "base"  # 在…120亿元的基础上, also after its thing (X在…基础上实现翻一番)
    if compiled("quantities", "restated_multiple").search(clause.strip()) and compiled(
        "quantities", "level_after_multiple"
    ).match(after):
        return "status"  # 增长2倍 / 较2025年翻一番，达到…: one target, the level
    if compiled("quantities", "project_size_clause").search(clause.strip()) and not compiled(
        "quantities", "projects_counted"
    ).search(before):
        return "status"  # 项目总投资25亿元: the size of the project an item names
    if compiled("quantities", "counted_size_clause").search(clause.strip()) and states_a_figure(
        before
    ):
        return "status"  # 打造产业楼宇2栋，面积不低于3万平方米: what the 2栋 are
    return "status" if compiled("quantities", "status_clause").search(clause) else ""


def money_unit(unit: str, metric: str) -> str | None:
    """亿 → 亿元 when the metric is a sum of money (产业规模超千亿); None otherwise."""
    scales = table("quantities")["bare_scales"]
    if unit in scales and compiled("quantities", "money_metric").search(metric):
        return scales[unit]
    return None


def named_count(unit: str, value: float, metric: str) -> tuple[str, float] | None:
    """(人次, 200000) for 20 × 万 when the metric names its unit before the figure (接待游客人次突破
    20万); None otherwise."""
    named = compiled("quantities", "unit_named_before").search(metric)
    if not named or unit not in table("quantities")["bare_scales"]:
        return None
    return named[1], scaled(value, table("quantities")["multiplier_values"][unit])


def respectively_paired(clause: str, found: list, sentence: str, start: int) -> None:
    """ "A、B分别突破300亿元和3000亿元": one target per thing named before 分别, each with the
    comparator written once before the first number or after the last (分别增长6.5%、9%左右),
    the clause as source phrase. Years listed before it in its ``sentence`` (the clause starts at
    ``start``: "到2025年、2027年，…分别达到100家、200家") date one target each."""
    if "分别" not in clause or len(found) < 2:
        return
    head = clause[: clause.index("分别")]
    listed = compiled("quantities", "listed_years").findall(sentence, 0, start + len(head))
    years = re.findall(r"20\d\d", listed[-1]) if listed else []
    if len(years) == len(found):
        for year, item in zip(years, found, strict=True):
            item.target["deadline"] = int(year)
    # the phrase before the first 分别 back to its clause's start (a lazy search was quadratic)
    named = re.split("[,，;；]", head)[-1]
    opening = compiled("quantities", "listed_years").match(named.strip())
    if opening and len(years) == len(found):  # 2026年、2027年全区企业分别达到50家、80家
        thing = named.strip()[opening.end() :]
        named = "、".join([metric_of(thing, len(thing), len(thing))] * len(found))
    subjects = [s for s in re.split("[、和与及]", named) if s]
    if len(subjects) != len(found):
        return
    measure = compiled("quantities", "indicator_name_end").search(subjects[-1])
    if measure:  # 核心产业和相关产业规模: each is a 规模
        subjects = [s if compiled("quantities", "indicator_name_end").search(s)
                    else s + measure[0] for s in subjects]  # fmt: skip
    comparator = found[0].target["comparator"]
    if comparator == "eq" and _ends_in_post_comparator(found[-1].target["source_phrase"]):
        comparator = found[-1].target["comparator"]  # 分别增长6.5%、9%左右: 左右 covers both
    for subject, item in zip(subjects, found, strict=True):
        item.target["metric"] = subject
        item.target["source_phrase"] = clause.strip()
        if item.target["comparator"] == "eq":
            item.target["comparator"] = comparator
        item.notes.append(
            pgettext("review", "“分别”：前面列举的每一项各成一个指标，请核对对应关系")
        )


def each_listed(clause: str, found: list, first: int) -> None:
    """ "国家级、省级企业技术中心各5个": one target per level named before 各, each counting the
    thing named after the last level (省级企业技术中心: 企业技术中心)."""
    for index in range(len(found) - 1, first - 1, -1):
        item = found[index]
        levels = re.split("[、和与及]", item.target["metric"])
        if len(levels) < 2 or f"{item.target['metric']}各" not in clause:
            continue
        mark = levels[0][-1]  # what the levels end in (级)
        if any(not level.endswith(mark) for level in levels[:-1]) or mark not in levels[-1]:
            continue
        cut = levels[-1].index(mark) + 1
        levels[-1], thing = levels[-1][:cut], levels[-1][cut:]
        each = []
        for level in levels:
            copy = deepcopy(item)
            copy.target["metric"] = level + thing
            copy.notes.append(pgettext("review", "“各”：前面列举的每一级各成一个指标，请核对"))
            each.append(copy)
        found[index : index + 1] = each


def _ends_in_post_comparator(phrase: str) -> bool:
    """The phrase ends in a comparator word written after its figure (以上, 左右 …)."""
    words = [w for w in table("quantities")["post_comparators"] if w not in ("余", "多")]
    return phrase.rstrip().endswith(tuple(words))


def committed(sentence: str, clause: str, quantity: Quantity, at: int) -> bool:
    """A figure a plan commits to (每年布局150项以上基础研究项目), not the terms of a measure's
    support: no cap of what is given (补贴不超过30%; a limit to stay within, 控制在5%以内, and
    a cap promised, 时延不高于5毫秒, are commitments), no words of support
    in its clause (给予, 补贴, 最高, 算力券 …), not a qualifier (100P以上的项目, 支持营收5000万元
    以上…的企业), not in brackets (but a part of a total, （其中…）), not governed by a condition
    (对…的，…), not in a premise (在…的前提下), not the size of a fund the sentence sets up;
    ``at`` is the figure's offset in the sentence."""
    before = clause[: quantity.start]
    limit = before.endswith(tuple(table("quantities")["limit_words"]))  # 控制在5%以内
    data = table("quantities")
    measured = quantity.unit in data["measured_units"] or quantity.unit in data["duration_units"]
    promised = measured and not _supporting(_cap_word_cut(before))
    cap = quantity.comparator in ("lte", "lt") and not limit and not promised  # 时延不高于5毫秒
    sized = _sized_industry(before, clause[quantity.end :])  # 形成营收超过300亿元的产业集群
    termed = compiled("quantities", "commitment_term_after").match(clause[quantity.end :])
    sized = sized or bool(termed)  # 建成基地5个的完成时限由…延至…: the figure's own term
    if cap or (clause.startswith("的", quantity.end) and not sized):
        return False
    if _qualifier(before, clause[quantity.end :]) or _fund_set_up(sentence, before, at, quantity):
        return False
    if compiled("quantities", "premise_clause").search(clause.strip()):
        return False  # 在…半径5公里范围内不建设…的前提下: a rule kept, no figure to reach
    if _in_brackets(clause[max(0, quantity.start - _BRACKET_REACH) : quantity.start]):
        return False
    if _budget_share(sentence[: at - quantity.start], clause):
        return False
    return not _support_terms(clause, quantity) and not _conditional(sentence, at, quantity)


def _budget_share(before: str, clause: str) -> bool:
    """其中用于…的比例不低于30% after a clause setting a sum aside: a term of the budget."""
    if not compiled("quantities", "budget_share").match(clause):
        return False
    previous = re.split(r"[，,]", before[-_CLAUSE_REACH:].rstrip(" ，,"))[-1]
    return _supporting(previous)


def _sized_industry(before: str, after: str) -> bool:
    """The size of an industry the plan commits to form (形成营收超过300亿元的人工智能产业集群,
    打造千亿元级产业集群): a goal, though 的 follows the figure as it follows a condition's."""
    rule = table("quantities")["sized_industry"]
    return bool(re.search(rule["before"], before)) and bool(re.match(rule["after"], after))


def _fund_set_up(sentence: str, before: str, at: int, quantity: Quantity) -> bool:
    """设立…基金，规模不低于5亿元: the size of a fund the sentence sets up, no target — unless
    the sentence dates it (到2027年，…基金规模达到10亿元: a level to reach). The size is said in
    the clause setting the fund up, the one after it (…基金，撬动社会资本50亿元) or one naming it
    (规模, 基金, 首期 …, ``before`` the figure in its clause); a clause further on counting a thing
    of its own (…基金，重点投向…，新增科技企业贷款10亿元) is no term of the fund."""
    if "元" not in quantity.unit or compiled("quantities", "deadline").search(sentence):
        return False
    set_up = compiled("quantities", "fund_set_up").search(sentence[:at])
    if set_up is None:
        return False
    near = len(re.findall(r"[，,]", sentence[set_up.end() : at])) <= 1
    return near or bool(compiled("quantities", "fund_size_words").search(before))


def _in_brackets(before: str) -> bool:
    """The figure is inside brackets opened in ``before`` — unless they open with a part of a
    total (（其中国家级5家）, （含…）) or a step due in an earlier year (（2026年达到220亿元）), a
    figure of the item's own."""
    if before.count("(") + before.count("（") <= before.count(")") + before.count("）"):
        return False
    inner = re.split(r"[（(]", before)[-1]
    part = compiled("quantities", "part_of_total")
    return not (part.match(inner) or part.match("（" + inner) or year_step(inner))


def granted(clause: str, quantity: Quantity) -> bool:
    """A sum of money a measure grants (给予最高500万元的补助, 奖励50万元的资金支持): a cap or
    amount of a policy instrument, not a goal, whether or not the plan has a goals part."""
    if (
        not compiled("quantities", "support_units").search(quantity.unit)
        or "元" not in quantity.unit
    ):
        return False
    return bool(
        compiled("quantities", "grant_before").search(clause[: quantity.start])
        or compiled("quantities", "grant_after").match(clause[quantity.end :])
    )


def _support_terms(clause: str, quantity: Quantity) -> bool:
    """Words of support in the clause make its figure a term of the support — except funds the
    body secures (争取…资金1亿元以上), a count of the support itself (每年设立3个…专项奖励: the
    words after a count name what is counted; 1亿元专项资金 stays a budget) and a count of those
    it funds (资助100名青年人才)."""
    before = clause[: quantity.start]
    if compiled("quantities", "inflow_words").search(before):
        return False
    if not _support_unit(quantity):
        before = compiled("quantities", "recipients_verb").sub("", before)  # 资助100名人才
        return _supporting(_cap_word_cut(before))
    return _supporting(clause)


def _support_unit(quantity: Quantity) -> bool:
    return bool(compiled("quantities", "support_units").search(quantity.unit))


def _cap_word_cut(before: str) -> str:
    """The words before a figure less its own cap word (时延不高于): no word of support."""
    return compiled("quantities", "cap_word").sub("", before)


_BRACKET_REACH = 200  # how far back an open bracket around a figure is looked for
_CLAUSE_REACH = 120  # how far back the clause before a figure's is looked for


def _qualifier(before: str, after: str) -> bool:
    """支持营收5000万元以上且正增长的企业: the figure qualifies whom the measure supports."""
    return bool(
        compiled("quantities", "qualifier_before").search(before[-24:])
        and compiled("quantities", "qualifier_after").match(after)
    )


@lru_cache(maxsize=64)
def _supporting(clause: str) -> bool:
    """Words of support in the clause, less those heading a metric (研发经费突破20亿元)."""
    clause = compiled("quantities", "support_word_as_metric").sub("", clause)
    return bool(compiled("quantities", "support_words").search(clause))


def _conditional(sentence: str, at: int, quantity: Quantity) -> bool:
    """The figure at ``at`` lies in a condition clause or after one: a condition governs the
    rest of its sentence, not the clauses before it (打造20个场景，…，对符合条件的项目给予补助),
    nor those from a commitment of the item's own on (…给予奖励，力争每年新增…15家). A grant to
    those 对 names (对园区平台建设给予补助, no 的) is no condition: after it, only money and rates
    are its terms (单个项目20万元), the body's own undertakings are not (新建标准厂房3万平方米)."""
    start, end = _condition_reach(sentence)
    if not start <= at < end:
        return False
    return at < _grant_end(sentence, start) or _support_unit(quantity)


@lru_cache(maxsize=64)
def _grant_end(sentence: str, start: int) -> int:
    """Where the clause at ``start`` ends if it is a grant to those 对 names; past the end if
    not."""
    end = next((b for a, b in spans_split(sentence, ",，") if a == start), len(sentence))
    grant = compiled("quantities", "condition_own_grant").match(sentence[start:end].strip())
    return end if grant else len(sentence) + 1


@lru_cache(maxsize=64)
def _condition_reach(sentence: str) -> tuple[int, int]:
    """Where the sentence's first condition clause (对…的, 凡…) starts, and where the first
    clause after it opening with a commitment (力争, 确保) starts; past the end if none."""
    conditions = compiled("quantities", "condition_clause")
    commitment = compiled("quantities", "commitment_after_condition")
    clauses = spans_split(sentence, ",，")
    past = len(sentence) + 1
    stated = [(a, sentence[a:b].strip()) for a, b in clauses]
    start = next((a for a, c in stated if conditions.search(c) and not _own_act(c)), past)
    end = next(
        (a for a, b in clauses if a > start and commitment.match(sentence[a:b].strip())), past
    )
    return start, end


def _own_act(clause: str) -> bool:
    """对入驻的团队提供场地和导师服务: a 对-clause stating the body's own act, no condition —
    unless the act qualifies whom it names (对提供有偿服务的平台: a 的 after it)."""
    act = compiled("quantities", "condition_own_act").search(clause)
    return (
        clause.startswith(("对", "对于"))
        and act is not None
        and "的" not in clause[act.end() :]
        and not _supporting(clause)
    )


def scheme_element(sentence: str) -> bool:
    """A sentence opening with a numeral label in quotes (“1”--1个产业链，即打造…; “2”——2条路径)
    names one part of the plan's numeral scheme (“1234”的发展思路, “5+3+N”): its figures count the
    scheme's parts, no target — unless the sentence dates them (到2027年) itself."""
    return bool(compiled("quantities", "scheme_label").match(sentence.strip())) and not (
        compiled("quantities", "deadline").search(sentence)
    )


def counted_thing_cut(after: str) -> bool:
    """The words after a figure in the unfinished sentence a copy ends with are only a level
    (…打造10个以上省级以上, …5家国家级): what is counted is cut off, so there is no target."""
    return bool(compiled("quantities", "cut_qualifier").fullmatch(after.strip()))

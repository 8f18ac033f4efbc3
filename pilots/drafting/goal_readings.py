"""Readings of a figure in a goal sentence that depend on the words around it: a count that
closes a list of things the sentence names (A、B、C三个项目), a counted thing cut by the end of a
truncated copy, things newly made in the period (新培育, a flow), a yearly rate of change
(年均下降5%, a level) and a year's step or base in brackets after a figure. The genre's words
are in data/quantities.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pilots.drafting.deadlines import year_step
from pilots.drafting.figure_patterns import patterns
from pilots.drafting.lexicon import alternation, compiled, table
from pilots.drafting.quantities import Quantity


def listed_count(clause: str, quantity: Quantity) -> bool:
    """A count right after as many named things as it counts (立足A、B、C三个算力项目,
    依托甲、乙两个基地), the thing counted after it: it counts what the sentence has just named,
    no figure to reach. After a verb of making (建设A、B、C三个行业数据集, 到2026年，建成A、B、C三个
    产业园) the plan commits to making that many: a target, dated or not (SOURCES.md, "A count of
    the things just named")."""
    thing_after = re.match(r"[\u4e00-\u9fff“\"]", clause[quantity.end :])
    if quantity.value_max is not None or not thing_after:
        return False
    pieces = re.split(table("quantities")["list_separators"], clause[: quantity.start])
    count = quantity.value
    if not float(count).is_integer() or not 2 <= count <= len(pieces):
        return False
    if re.match(alternation(table("quantities")["aspect_nouns"]), clause[quantity.end :]):
        return True  # 研发、制造和产业培育三个环节: aspects named, never things made
    verbs = re.compile(alternation(table("quantities")["verbs"]))
    named = pieces[len(pieces) - int(count) :]
    if any(not piece.strip() or verbs.search(piece) for piece in named[1:]):
        return False  # 在A、B领域打造2个场景: a verb inside the last item, no list closed
    lead_in = "".join(pieces[: len(pieces) - int(count) + 1])
    return not verbs.search(lead_in)


def object_cut_by_end(after: str, unit: str) -> bool:
    """In the unfinished clause a copy ends with, the thing counted runs into the end (…建设1个
    人工智能公): a general classifier (个, 批) says nothing of what is counted, so unless what
    survives ends in a whole name the genre counts (基地, 平台, 企业 …) there is no target; a
    specific one (5家以上行业龙头企: firms) still names the kind, and the figure stays
    with a doubt (``object_cut_doubt``)."""
    data = table("quantities")
    thing = compiled("quantities", "cut_qualifier_lead").sub("", after.strip())
    return bool(thing) and not _known(thing) and unit in data["general_classifiers"]


def _known(thing: str) -> bool:
    """The cut name still names a thing the genre counts: it ends in one (…实训基地), or in the
    first characters of exactly one (…省级数据企: 企业, where 公 begins 公司, 公园 …)."""
    heads = table("quantities")["counted_heads"]
    if thing.endswith(tuple(heads)):
        return True
    return any(
        len({h for h in heads if h.startswith(thing[-k:]) and len(h) > k}) == 1 for k in (2, 1)
    )


def cut_tail(lines: list[str]) -> str:
    """The end of a copy cut mid-sentence (its last line ends with no full stop or closing
    bracket), or "" for a copy that ends whole."""
    last = lines[-1].rstrip() if lines else ""
    return "" if re.search(r"[。；;！!？?）)〕】」』”\"…]$", last) else last[-12:]


def object_cut_doubt(after: str) -> bool:
    """Words of a thing counted after the figure that run into the end of a cut copy."""
    return bool(compiled("quantities", "cut_qualifier_lead").sub("", after.strip()))


def newly_made(clause: str, quantity: Quantity) -> bool:
    """新培育…60家, 新增…100家, 新建…2000个 before the figure: things made in the plan's period,
    a flow (not a level held at the deadline); a share (新增设备联网比例70%) stays a level."""
    if quantity.unit in ("%", "‰", "百分点"):
        return False
    # the clause read up to the figure (endpos), not copied up to it for each figure
    return bool(compiled("quantities", "newly_made").search(clause, 0, quantity.start))


def yearly_rate(clause_before: str, unit: str) -> re.Match | None:
    """年均增长12%, 年均下降4%, 年均增速10%: the period's average rate of change, a level (stock) to
    report, not an amount added every year; after 每年 it is each year's rate (per year, stock)."""
    if unit not in ("%", "百分点"):
        return None
    found = list(compiled("quantities", "yearly_rate").finditer(clause_before))
    return found[-1] if found else None


def rate_metric(metric: str, rate: re.Match) -> str:
    """The metric with its 年均 / 每年 kept before the change it qualifies (能耗下降 →
    能耗年均下降)."""
    change = rate[0][len(rate["per"]) :]
    if rate["per"] in metric or change not in metric:
        return metric
    return metric.replace(change, rate["per"] + change, 1)


def programme_name(clause: str, quantity: Quantity) -> bool:
    """A round figure in Chinese numerals with no unit after its scale, run straight into the
    name of a programme or campaign (百日千万网络招聘, 实施百万就业见习岗位募集计划): part of the
    name, no count (培育百万数字人才 stays one)."""
    written = clause[quantity.start : quantity.end]
    if re.search(r"[0-9０-９]", written) or quantity.unit not in table("quantities")["multipliers"]:
        return False
    return bool(compiled("quantities", "programme_name").match(clause[quantity.end :]))


def listed_name(clause: str, quantity: Quantity) -> bool:
    """A round figure in Chinese numerals with no unit after its scale inside a name listed
    before 等 (杜甫故里、康百万庄园等景区), or a bare 千 / 百 with its measure word there
    (覆盖大坪千户侗寨、石门古镇等景点): part of the name, no count (培育百万人才、… stays one: a
    verb opens it)."""
    written = clause[quantity.start : quantity.end]
    data = table("quantities")
    bare = quantity.unit in data["multipliers"]
    scale_only = re.match(r"[百千万]+[^\d〇零一二两三四五六七八九十百千万亿]", written)
    if re.search(r"[0-9０-９]", written) or not (bare or scale_only):
        return False  # 千户 (no 一 before 千) may be a name's; 三户 is a count
    opening = compiled("quantities", "listed_name_before").search(clause[: quantity.start])
    if not opening or not compiled("quantities", "listed_name_after").match(clause[quantity.end :]):
        return False
    words = data["verbs"] + data["listed_name_reach"] + [word for word, _ in patterns().pre]
    return not any(word in opening["item"] for word in words)


def service_standard(clause: str, quantity: Quantity) -> bool:
    """What each person is given (为每人免费提供1次职业指导、3次岗位推荐): a standard of service,
    no figure to reach; a per-capita rate (每万人拥有…38个) is none."""
    return bool(compiled("quantities", "service_standard").search(clause, 0, quantity.start))


def equipping_standard(before: str, clause: str, quantity: Quantity) -> bool:
    """How many each of the things the clause ``before`` equips gets (为村级服务点配备智能终端，
    每点不少于2台): the standard of the equipping, no figure to reach."""
    each = compiled("quantities", "equipping_each").match(clause[: quantity.start])
    equipped = each and compiled("quantities", "equipping_clause").search(before)
    return bool(equipped) and equipped["thing"].endswith(each["head"])


def cadence(clause: str, quantity: Quantity) -> bool:
    """Once per period (每季度召开一次会议, 每月调度一次): how often something is done, no count to
    reach; a larger count per year (每年举办3次以上) is one."""
    unit = table("quantities")["cadence_unit"]
    if quantity.value != 1 or quantity.value_max is not None or quantity.unit != unit:
        return False
    return bool(compiled("quantities", "cadence").search(clause[: quantity.start]))


def designated_person(clause: str, quantity: Quantity) -> bool:
    """One person named for a post (确定一名分管负责同志和一名联络员), or one body (明确一名领导和
    一个责任部门): who answers for the work, no count to reach; more people (培养1000名人才) are
    one, and so is one thing built (建成一个平台)."""
    units = table("quantities")["designated_units"]
    if quantity.value != 1 or quantity.value_max is not None:
        return False
    body = compiled("quantities", "designated_body").match(clause[quantity.end :])
    if quantity.unit not in units and not (quantity.unit == "个" and body):
        return False
    return bool(compiled("quantities", "designated_person").search(clause[: quantity.start]))


def quota_of_each(clause: str, quantity: Quantity, in_goals: bool = False) -> bool:
    """A count each unit below the plan's level must reach (各县区每年至少谋划储备2个项目): the
    clause's subject is every county, district or department, the figure a quota for each. In a
    goals part only where the clause has a verb of its own (各区县至少培育1个园区: a thing the
    units are given to make); one setting each county's level of the goal's thing (…场景不少于40个，
    各县区不少于5个) states a goal."""
    before = clause[: quantity.start]
    if not compiled("quantities", "quota_of_each").match(before):
        return False
    return not in_goals or bool(re.search(alternation(table("quantities")["verbs"]), before))


def own_structure(after: str) -> bool:
    """A count of the plan's own actions or works (实施8个专项行动, 推进10个领域重点工作): how
    the plan describes itself, no figure to reach (制定5个行动方案 stays one)."""
    return bool(compiled("quantities", "own_structure").match(after))


def own_parts(clause: str, quantity: Quantity) -> bool:
    """A count the text points at as its own parts (抓好以下六个方面二十六项工作): how the
    document is laid out, no figure to reach. Only the words just before it are read (a long list
    of figures read again before each would be quadratic)."""
    before = clause[max(0, quantity.start - 30) : quantity.start]
    return bool(compiled("quantities", "own_parts_before").search(before))


@dataclass(frozen=True)
class YearBracket:
    start: int  # the open bracket's offset in the clause
    end: int  # just past the close bracket
    year: int
    step: bool  # a step of the goal due that year; else the level of a base year


def year_brackets(clause: str, quantities: list[Quantity]) -> list[YearBracket]:
    """Brackets right after a figure that open with a year: 突破300亿元（2026年达到220亿元） — a
    step due in 2026, its figure a target of that year; 800家以上（2025年为520家） — a base, no
    target."""
    ends = {q.end for q in quantities}
    found = []
    for match in compiled("quantities", "year_bracket").finditer(clause):
        if match.start() not in ends:
            continue
        step = year_step(match[0][1:])
        found.append(YearBracket(match.start(), match.end(), int(match["year"]), step))
    return found


def bracket_holding(brackets: list[YearBracket], quantity: Quantity) -> YearBracket | None:
    return next((b for b in brackets if b.start < quantity.start < b.end), None)

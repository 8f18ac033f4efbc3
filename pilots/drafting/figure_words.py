"""Words around a figure in a goal sentence: a unit written out in words (千万亿次浮点运算/秒),
a unit only the words before it make one (视频监控点位3000路), tenths (七成), a share in words
(三分之一, 一半), an index's value, and numerals that count nothing (统一, 千家万户, a slogan in
quotes). The word tables are in data/quantities.yaml; quantities.py reads the figures."""

from __future__ import annotations

import re

from pilots.drafting.figure_patterns import patterns
from pilots.drafting.lexicon import compiled, table
from pilots.drafting.numerals import chinese_number, scaled


def inside_a_word(clause: str, start: int, words: list[str]) -> bool:
    """The numeral at ``start`` is one of the characters of a listed word (统一, 一体化), or the
    first of a county's name: a numeral and a unit before a place's suffix (三台县, 九台区)."""
    char = clause[start]
    return any(
        clause.startswith(word, start - at)
        for word in words
        for at, c in enumerate(word)
        if c == char and start - at >= 0
    ) or bool(compiled("quantities", "county_named_with_numeral").match(clause, start + 1))


def scope_before(before: str) -> bool:
    """A scope word, then at most a short name with no verb or comparator, ends ``before``
    (围绕15个重点领域: the plan's scope, not a figure it commits to)."""
    scope = patterns().scope.search(before)
    if not scope:
        return False
    words = table("quantities")["verbs"] + [word for word, _ in patterns().pre]
    return not any(word in scope[2] for word in words)


def index_value(before: str) -> bool:
    """The figure is an index's value: its metric (指数, 得分) ends right before it."""
    return bool(re.search(table("quantities")["index_metric_before"], before))


def printed_unit(after: str) -> tuple[str, int] | None:
    """A unit the genre writes out in words (千万亿次浮点运算/秒 = PFLOPS), with the Latin gloss
    that may follow it in brackets: (unit, characters used)."""
    for words, unit in table("quantities")["printed_units"].items():
        if after.startswith(words):
            gloss = re.match(r"\s*[(（]\s*[A-Za-z]+\s*[)）]", after[len(words) :])
            return unit, len(words) + (gloss.end() if gloss else 0)
    symbol = re.match(table("quantities")["printed_unit_symbol"], after)
    return (symbol["unit"], symbol.end()) if symbol else None  # 10太比特每秒(Tbps): Tbps


def context_unit(before: str, after: str) -> re.Match | None:
    """A unit that counts only where the words before the figure say what it counts (视频监控点位
    3000路: video channels), matched at the start of ``after`` as the base units are. The start of
    a change (视频点位从800路提高到3000路) stands between the words and the figure it reaches."""
    before = compiled("quantities", "range_start").sub("", before)
    for entry in table("quantities")["context_units"]:
        if after.startswith(entry["unit"]) and re.search(entry["before"], before):
            return re.match(re.escape(entry["unit"]), after)
    return None


def tenths_at(after: str, value: float | int) -> tuple[str, int] | None:
    """七成, 八成以上: a share in tenths, kept as a percentage."""
    tenths = table("quantities")["tenths"]
    word, rest = tenths["word"], after[len(tenths["word"]) :]
    if value < 10 and after.startswith(word) and not re.match(tenths["not_before"], rest):
        return "%", len(word)
    return None


def share_in_words(before: str, after: str, value: float | int) -> tuple | None:
    """三分之一 (at its numerator), 一半: a share as a percentage when it ends what the clause
    reaches (占比超过三分之一, 达到一半以上), with the characters of its words before the
    numeral and after it; before a noun (三分之一县…达标) it counts no figure of its own: None."""
    words = table("quantities")["share_in_words"]
    fraction = re.search(words["denominator"], before)
    half = not fraction and value == 1 and after.startswith(words["half"])
    taken = len(words["half"]) if half else 0
    denominator = chinese_number(fraction[1]) if fraction else 2
    if not (fraction or half) or not denominator or not re.match(words["end"], after[taken:]):
        return None
    share = round(100 * value / denominator, 4)  # the four decimals a target's value holds
    return scaled(share, 1), len(fraction[0]) if fraction else 0, taken


def idiom_at(clause: str, start: int, end: int) -> bool:
    """A set phrase with numerals (千家万户): listed, inside a quoted slogan (“一次办好”), inside
    the name of a rate (一次通过率), a service done at one go (一次受理, 最多跑一次), or a numeral
    again right after the unit unless it names a scale class (一个千亿级集群)."""
    idioms = table("quantities")["idioms"]
    if any(idiom in clause[max(0, start - 3) : end + 4] for idiom in idioms):
        return True
    if compiled("quantities", "numeral_in_rate").match(clause[end:]):
        return True
    if re.sub(r"\s", "", clause[start:end]) == "一次" and (
        compiled("quantities", "at_one_go_after").match(clause[end:])
        or compiled("quantities", "at_one_go_before").search(clause[:start])
    ):
        return True  # 一次提交, 最多跑一次: a service done at one go
    if clause[:start].count("“") > clause[:start].count("”"):
        return True
    scale_class = compiled("quantities", "scale_class_after").match(clause[end:])
    return end - start <= 2 and bool(re.match(r"[十百千万亿]", clause[end:])) and not scale_class


def quoted_figure(clause: str, start: int, end: int) -> bool:
    """A figure set off alone in quotation marks (线上帮办“1”分钟内响应, “2”条渠道): a figure
    only with a comparator; with none it labels a part of a scheme (“0”距离, “1234”)."""
    return clause[:start].endswith(("“", '"')) and clause[end:].startswith(("”", '"'))


def numeral_scheme(clause: str, start: int) -> bool:
    """The figure at ``start`` is inside a short quoted name made of figures (“5个100”, “1个中心+3个
    基地”): the plan's numeral scheme, no count."""
    opened = clause.rfind("“", 0, start)
    if opened < 0 or clause.rfind("”", 0, start) > opened:
        return False
    closed = clause.find("”", start)
    quoted = clause[opened + 1 : closed] if closed >= 0 else ""
    limit = table("quantities")["numeral_scheme_max"]
    return (
        0 < len(quoted) <= limit
        and len(re.findall(r"\d+|[一二两三四五六七八九十百千万]+", quoted)) >= 2
    )


def duration(unit: str) -> bool:
    """A unit of time (分钟, 小时, 个工作日): a target in it is a limit to stay within."""
    return unit in table("quantities")["duration_units"]


def within_limit(unit: str, after: str) -> str | None:
    """The word after a duration that makes it a limit (1分钟内, 3个工作日内: lte)."""
    word = table("quantities")["within_after_duration"]
    return word if duration(unit) and after.startswith(word) else None


def distributive(clause: str, start: int) -> bool:
    """一人一码, 一企(注册企业)一策: the numeral at ``start`` is one of a distributive pair (one
    per each), no count."""
    pattern = table("quantities")["distributive"]
    return any(m.start() <= start < m.end() for m in re.finditer(pattern, clause))


def size_class(clause: str, start: int, end: int, unit: str, count_before: bool) -> bool:
    """A sum that names a class of the thing counted, not a figure to reach: right after a count
    (8—10个百亿企业, 3个十亿元以上项目, 4个超千亿元产业集群), or a bare 亿 scale fused to a thing
    that is no sum of money (培育一批百亿企业; 超过五千亿规模 and 千亿产值 stay figures)."""
    data = table("quantities")
    after = clause[end:]
    if not re.match(r"[\u4e00-\u9fff“\"]", after) or re.match(data["milestone_after"], after):
        return False  # 突破千亿大关: a level passed
    money = unit.endswith(tuple(data["money_units"])) or unit in data["bare_scales"]
    if count_before and money:
        return True
    noun = re.match(r"[^，,。；;、：:（(]*", after)[0]
    bare_hundreds_of_millions = unit in data["size_class_scales"]
    return bare_hundreds_of_millions and not re.search(data["money_metric"], noun)

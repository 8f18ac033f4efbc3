"""Goals printed as dated paragraphs, where a plan has no goals part or goals heading: the
opening paragraphs and those of its context parts that state dated figures ("…力争到2027年，打造
…20个，…，制定本方案。"), each a goal titled by its date phrase, with the goals printed right
after it that carry its date — bullets, numbered items stating figures, a paragraph opened by a
heading phrase, and an indicator table under its caption (its rows the paragraph's figures
again).
"""

from __future__ import annotations

import re

from pilots.drafting.deadlines import deadlines_in, spans_within
from pilots.drafting.goal_targets import targets_of
from pilots.drafting.goals import GoalRegion, table_caption
from pilots.drafting.lexicon import compiled, table
from pilots.drafting.numbered_lines import Line
from pilots.drafting.outline import Node
from pilots.drafting.parts import Part


def dated_paragraphs(parts: list[Part], preamble: list[Node]) -> list[GoalRegion]:
    """The goals of the opening's dated groups, each its own, and of each context part's."""
    opening = after_news_lead([n for n in preamble if n.line])
    regions = [_opening_goal(group) for group in _dated_groups(opening)]
    for part in parts:
        if part.kind == "context" and not _reviews_the_present(part.title):
            dated = [line for group in _dated_groups(list(part.node.walk())) for line in group]
            if dated:
                regions.append(GoalRegion(part.marker, part.title, dated, own_title=True))
    return [region for region in regions if region]


def _reviews_the_present(title: str) -> bool:
    """发展基础, 发展现状: a part stating where things stand, its figures baselines."""
    rule = table("outline")["review_part"]
    return bool(re.search(rule["pattern"], title)) and not re.search(rule["exclude"], title)


def after_news_lead(opening: list[Node]) -> list[Node]:
    """The opening from the plan's own title line on, when the lines before it are a news report
    quoting that title (…印发《X》。其中提到，到2027年…): its figures repeat the plan's."""
    quoted: set[str] = set()
    for index, node in enumerate(opening):
        line = node.line.raw.strip()
        if index and line in quoted:
            return opening[index:]
        quoted.update(compiled("documents", "reported_title").findall(line))
    return opening


def _dated_groups(items: list[Node]) -> list[list[Line]]:
    """Each dated paragraph with the goals printed right after it, which carry its date:
    bullets ("到2026年，…：" then "——创新能力。打造2—3个…"), numbered items stating figures
    ("…主要目标如下：" then "1.核心产业规模突破500亿元。") or paragraphs opened by a heading phrase
    stating figures ("加快“新基建”，…开通5G基站25万个"), and a table's caption (2026年主要指标)
    with the table under it, read as one line of dated sentences: the paragraph's figures again,
    not a goal of their own. A numbered article stating dated figures (第一条 到2027年，…达到
    200亿元) is a group of its own."""
    groups: list[list[Line]] = []
    bullet = compiled("outline", "bullet")
    following = False  # the item before was part of a group
    captioned = False  # the item before was a table's caption in a group
    for item in items:
        raw = item.line.raw
        if captioned and not item.numbered:
            groups[-1].append(item.line)  # the table: its rows as one line
            captioned = False
        elif following and not item.numbered and table_caption(raw.strip()):
            groups[-1].append(item.line)
            captioned = True
        elif item.numbered:
            figures = following and bool(targets_of(raw, None, 0, commitments_only=True)[0])
            if item.annotated() or not (figures or dated_figures(raw)):
                following = False
            elif figures:
                groups[-1].append(item.line)
            else:
                groups.append([item.line])
                following = True
        elif deadlines_in(raw) or _opens_on_span(raw):  # 到2027年, 力争三年内，…
            groups.append([item.line])
            following = True
        elif following and (bullet.match(raw) or _headed_figures(raw)):
            groups[-1].append(item.line)
        else:
            following = False
    return groups


def _opens_on_span(text: str) -> bool:
    """A paragraph opening on a span of years counted from the plan's first year (力争三年内，…;
    用三年时间，…): dated as a goal paragraph is; a span later in it (承诺10年内不迁离) is a
    term."""
    spans = spans_within(text)
    return bool(spans) and spans[0][0].start() <= len(text) - len(text.lstrip())


def _headed_figures(text: str) -> bool:
    """A paragraph opened by a short heading phrase and stating figures it commits to
    (加快“新基建”，数字基础设施显著增强。开通5G基站25万个…): a goal as a "——" bullet is."""
    head = re.split(r"[，,。；;：:]", text.strip(), maxsplit=1)[0]
    limit = table("outline")["goal_paragraph_heading_max"]
    return 0 < len(head) <= limit and bool(targets_of(text, None, 0, commitments_only=True)[0])


def dated_figures(text: str) -> bool:
    dated = deadlines_in(text)
    return bool(dated) and bool(targets_of(text[dated[0][0] :], None, dated[0][1])[0])


def _opening_goal(group: list[Line]) -> GoalRegion | None:
    """An opening paragraph stating dated figures, itself or in the goals printed after it,
    titled by its date phrase (力争到2027年)."""
    first = group[0].raw
    dated = deadlines_in(first)
    spans = [] if dated or not _opens_on_span(first) else spans_within(first)  # 力争三年内
    dated = dated or [(match.start(), 0) for match, _ in spans]
    stated = "\n".join(line.raw for line in group)[dated[0][0] :] if dated else ""
    if not dated or not targets_of(stated, None, dated[0][1])[0]:
        return None
    if spans:
        return GoalRegion("", spans[0][0][0].strip(), group, own_title=True)
    phrase = compiled("quantities", "date_phrase").search(first, max(0, dated[0][0] - 2))
    title = phrase[0].strip() if phrase else f"到{dated[0][1]}年"
    return GoalRegion("", title, group, own_title=True)

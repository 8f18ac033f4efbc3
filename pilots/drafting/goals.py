"""Goals and their numeric targets, from the goals part of a plan (or its dated paragraphs).

A goal is a numbered goal line, a heading-only goal line with its paragraph, or a plain
paragraph; its targets are read by goal_targets.targets_of, which also gives each a parent
from 其中 (here, once the goal's targets are numbered).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import pgettext

from pilots.drafting.annotations import annotations_in
from pilots.drafting.cited_figures import ALL_OWN, OwnFigures
from pilots.drafting.deadlines import before_period, deadlines_in, heading_deadline
from pilots.drafting.goal_targets import TargetFound, targets_of
from pilots.drafting.headings import first_clause, heading_only, heading_phrase, heading_text
from pilots.drafting.lexicon import compiled, table
from pilots.drafting.numbered_lines import Line
from pilots.drafting.output import Draft
from pilots.drafting.quantities import states_a_figure
from pilots.drafting.target_owners import annotated_owner, marked_owner, owner_marks_read
from pilots.drafting.visions import vision_heading, without_vision
from pilots.drafting.worded_figures import doubling_without_base


@dataclass
class GoalRegion:
    numbering: str  # 二、 or 一、(三): where the goals are printed
    title: str
    lines: list[Line]
    own_title: bool = False  # its goal takes the region's title (a date phrase, an item's title)
    # An item of a plan with no goals part: only the figures it commits to are targets.
    commitments_only: bool = False
    cut_end: str = ""  # the copy's last line when it ends mid-sentence and lies in this region
    year: int | None = None  # the year its part's heading dates it by (2026年重点突破事项)
    box: bool = False  # a 专栏's figures, titled by its heading even when it names a year
    # An item's figures the goals state already (a sentence kept for a figure of its own may
    # restate one: 2026年底智能算力达到500P，2028年达到1000P): one target, where first printed.
    restated: Callable[[dict[str, Any]], bool] | None = None
    owner: str | None = None  # the agency key owning its figures: its task's lead (target_owners)
    # A stage of the schedule: a count of a thing another figure counts the same year is a step.
    steps: bool = False


PLACE_LONGEST = 14  # characters of a place's name opening a share's metric (share_place), and one

_TARGET_KEYS = ("code", "metric", "unit", "comparator", "value", "value_max", "deadline",
                "per_year", "aggregation", "baseline", "parent", "owner",
                "source_phrase")  # fmt: skip


_dated_opening = re.compile(rf"({table('quantities')['date_phrase']})\s*[，,]")  # 到2030年，…


def _without_vision(raw: str) -> str:
    """The line without the figure-less dated sentences that close it."""
    sentences = re.findall(r"[^。]+。?", raw)
    while sentences and _dated_opening.match(sentences[-1].lstrip()):
        if states_a_figure(sentences[-1]):
            break
        sentences.pop()
    return "".join(sentences)


def region_deadlines(region: GoalRegion, own: OwnFigures = ALL_OWN) -> list[int]:
    """Every year the goals of a region are dated by: in their text and in their headings. A dated
    paragraph or closing sentence stating no figure after the last that does (到2030年，人工智能全面
    赋能千行百业) is a vision beyond the plan's figures: it dates none of them (one before them
    opens them)."""
    years = [heading_deadline(region.title), region.year]  # 2026年重点突破事项: its part's year
    lines = region.lines
    last = next((i for i in reversed(range(len(lines))) if states_a_figure(lines[i].raw)), None)
    for index, line in enumerate(lines):
        if last is not None and index > last and _dated_opening.match(line.body):
            continue
        text = _without_vision(line.raw) if index == last else line.raw
        text = own.text(without_vision(text))  # nor another plan's goals a year's work cites
        years += [year for _, year in deadlines_in(text)]
        years.append(heading_deadline(heading_text(line.body) if heading_only(line.body)
                                      else heading_phrase(line.body)))  # fmt: skip
    return [year for year in years if year]


def goals_of(
    regions: list[GoalRegion],
    plan_end: int,
    draft: Draft,
    period_start: int | None = None,
    own: OwnFigures = ALL_OWN,
) -> list[dict[str, Any]]:
    """The goals of the regions; figures dated before ``period_start`` are baselines, and those
    ``own`` leaves out (a reading before the issue, a cited plan's later goals) no targets."""
    goals: list[dict[str, Any]] = []
    target_count = 0
    deadline: int | None = None
    lead_paragraph = False
    for region in regions:
        if region.commitments_only:  # an item's date is its own, not the item before's
            deadline = None
        deadline = region.year or heading_deadline(region.title) or deadline  # 到2027年发展目标
        scheme = scheme_parts("\n".join(line.body for line in region.lines))
        blocks = _goal_blocks(region.numbering, region.lines)
        for mark, heading, marked, tabled in blocks:
            text, marks = owner_marks_read(marked)  # a table row's 责任单位 (target_owners)
            planned = without_vision(text)  # 展望2035年，…: beyond the plan, no target
            if vision_heading(heading) or not planned.strip():
                continue
            if not (own_text := own.text(planned)).strip() or (
                not region.numbering and own_text != planned and not states_a_figure(own_text)
            ):
                continue  # 截至2026年6月底，…达到46家: where things stood, no goal
            planned = own_text
            # （一）近期目标（2025年）：its goals' deadline; an item's heading is its title
            if not region.commitments_only:
                deadline = heading_deadline(heading or heading_phrase(text)) or deadline
            cut: list[str] = []  # figures whose thing counted runs into the end of a cut copy
            at_cut = bool(region.cut_end) and planned.rstrip().endswith(region.cut_end)
            found, deadline = targets_of(
                planned, deadline, plan_end, commitments_only=region.commitments_only,
                cut=cut if at_cut else None, period_start=period_start,
            )  # fmt: skip
            _owners_read(found, region.owner, text, marks, planned)
            if region.restated:
                found = [item for item in found if not region.restated(item.target)]
            if found:  # a figure printed twice is one target, where first printed
                restating = [item for item in found if _restates(item.target, goals, tabled)]
                found = [item for item in found if item not in restating]
                for item in restating:  # the table names who owns the figure it restates
                    _owner_passed(item.target, goals, tabled)
                if tabled and restating and not found:  # 表1 主要指标: the paragraph's again
                    continue
            if scheme:
                found = [item for item in found if not spells_out(scheme, item.target, text)]
            if region.commitments_only and not found:
                continue  # an item with no figure it commits to is no goal
            if not (found or region.numbering) and before_period(deadline, period_start):
                continue  # 2025年，全区算力规模为18P…: an opening stating where things stand
            path = f"goals[{len(goals)}]"
            title = region.title if region.own_title else heading or heading_phrase(text)
            if title and not region.box and (deadlines_in(title) or states_a_figure(title)):
                title = None  # a goal sentence, not a heading
            dated = _dated_opening.match(text.lstrip())
            if region.own_title and len(blocks) > 1 and found and dated:  # 到2026年底，… and
                title = dated[1]  # 到2027年，… under 一、总体要求: each goal titled by its date
            if title is None and not goals and region.title:
                title, lead_paragraph = region.title, True
            elif not title:  # its first line may be blank: "（一）\n-二.做强…" in a damaged copy
                title = first_clause(text.strip().split("\n", 1)[0]) or mark
                draft.review(path, pgettext("review", "无标题短语：以目标的第一个分句作标题"))
            if "*" in text:
                draft.review(path, pgettext("review", "文本含有被屏蔽的“*”：请按正式文本补全"))
            for phrase in cut:
                draft.review(
                    path,
                    pgettext("review", "%(phrase)s：文本在所计量的内容中间截断，未生成指标")
                    % {"phrase": phrase},
                )
            if unbased := doubling_without_base(text):
                draft.review(
                    path,
                    pgettext("review", "%(phrase)s未写明基期年份：未生成指标，如已知请补上")
                    % {"phrase": unbased},
                )
            for item in found:
                target_count += 1
                item.target["code"] = f"T{target_count}"
            _link_parents(found)
            _link_shares(found, goals)
            targets = [
                {k: item.target[k] for k in _TARGET_KEYS if k in item.target} for item in found
            ]
            goals.append(
                {"code": "", "numbering": mark, "title": title, "text": text, "targets": targets}
            )
            for index, item in enumerate(found):
                for note in item.notes:
                    draft.review(f"{path}.targets[{index}]", note)
    for index, goal in enumerate(goals):
        goal["code"] = f"G{index if lead_paragraph else index + 1}"
    return goals


def _owners_read(
    found: list[TargetFound], owner: str | None, text: str, marks: list, planned: str
) -> None:
    """Each target's owner (target_owners): its task's, its table row's, its annotation's."""
    cursor = 0  # where the last target's phrase stood: a figure printed twice
    annotations = annotations_in(planned) if found and not owner else []
    for item in found:
        phrase = item.target["source_phrase"]
        item_owner = (
            owner
            or marked_owner(text, marks, phrase, cursor)
            or annotated_owner(planned, annotations, item.sentence, phrase)
        )
        cursor = max(cursor, text.find(phrase, cursor) + 1)
        if item_owner:
            item.target["owner"] = item_owner


def _owner_passed(target: dict[str, Any], goals: list[dict[str, Any]], tabled: bool) -> None:
    """A table row restating a goal's figure names who owns it: the goal's target, owned by
    nobody yet, takes the row's owner."""
    if "owner" not in target:
        return
    for goal in goals:
        for kept in goal["targets"]:
            if "owner" not in kept and _restates(target, [{"targets": [kept]}], tabled):
                kept["owner"] = target["owner"]
                return


def _restates(target: dict[str, Any], goals: list[dict[str, Any]], tabled: bool) -> bool:
    """A figure restating one the goals before it state (SOURCES.md: a figure printed twice is
    one target, where first printed): the same value, unit and deadline of the same thing,
    whatever the comparator — a table's row after the paragraph (突破60亿元, then 60 in the
    目标 column), a year's goal after the whole plan's (到2028年…20所, then 2028年，…达到20所), a
    专栏's project after the task (打造智慧景区6个 in both). Outside a table the comparator is
    the figure's too (建成…15个 in a year's goal, 建设…15个以上 in a task: two figures), and a bare
    measure (…系统，覆盖率达到100%: the thing is the clause before) names nothing to compare."""
    value, unit, due, metric = (target[k] for k in ("value", "unit", "deadline", "metric"))
    if not tabled and len(metric) < 4:
        return False
    same = _same_thing if tabled else metric_shortened
    return any(
        (t["value"], t["unit"], t.get("deadline")) == (value, unit, due)
        and same(t["metric"], metric)
        and (tabled or t["comparator"] == target["comparator"])
        for goal in goals
        for t in goal["targets"]
    )


def metric_shortened(one: str, other: str, *, opening_kept: bool = False) -> bool:
    """One metric is the other's words with some left out, its head kept (人工智能相关企业,
    人工智能企业) — not a like thing named otherwise (高频事项平均办理时长压缩 beside 重点“一件事”
    平均办理时长压缩; 智能网联汽车等重点产品年产量 beside 新能源商用车产品年产量). With
    ``opening_kept`` its opening verb too, in four characters or more (接入重点营运车辆动态监控
    数据的车辆 in the goals, 接入车辆 in an item restating it)."""
    short, long = sorted((one, other), key=len)
    if short[-2:] != long[-2:]:
        return False
    if opening_kept and (len(short) < 4 or short[:2] != long[:2]):
        return False
    rest = iter(long)
    return all(char in rest for char in short)


def _same_thing(one: str, other: str) -> bool:
    """One metric holds the other (智能算力规模, 智能算力), or both have the same head and share
    most of their words (人工智能相关企业, 人工智能企业) — not 上云企业 beside 数字经济企业."""
    if one in other or other in one:
        return True
    pairs = [{text[i : i + 2] for i in range(len(text) - 1)} for text in (one, other)]
    shorter = min(pairs, key=len)
    shared = len(pairs[0] & pairs[1])
    return one[-2:] == other[-2:] and bool(shorter) and shared * 2 >= len(shorter)


def scheme_parts(text: str) -> set[float]:
    """The counts of the parts of a numeral scheme the goals name ("实现“1134”工作目标": one X,
    one Y, three Z, four W), or none."""
    named = compiled("quantities", "scheme_named").search(text)
    return {float(digit) for digit in named["digits"]} if named else set()


def spells_out(scheme: set[float], target: dict[str, Any], text: str) -> bool:
    """A figure in the heading line of a goal item that counts one of the scheme's parts
    ("（一）形成一个产品矩阵"): the item spells the scheme out, its heading's count no target."""
    first = text.split("\n", 1)[0]
    return (
        target["value"] in scheme
        and target["source_phrase"] in first
        and not compiled("quantities", "sentence_inside").search(first.rstrip("。"))
    )


def _goal_blocks(numbering: str, lines: list[Line]) -> list[tuple[str, str | None, str, bool]]:
    """(numbering, heading, text, from a table) per goal: numbered goals, headed ones, plain
    paragraphs, a captioned table's rows. A heading line that states a figure ("（一）地区生产总值
    增长7%以上") is the goal's sentence: its text, with the paragraph under it (its annotation)
    after it."""
    blocks: list[tuple[str, str | None, list[str]]] = []
    tables: set[int] = set()  # the blocks opened by a table's caption
    under_heading = False  # the last line was a heading-only goal line
    lead_in = None  # the title of the table the last paragraph brought in (主要指标如下：)
    for line in lines:
        brought, lead_in = lead_in, None
        if line.style is not None:
            heading = heading_text(line.body) if heading_only(line.body) else None
            stated = heading is not None and states_a_figure(heading)
            blocks.append((line.marker, heading, [line.body] if stated or not heading else []))
            under_heading = heading is not None
        elif under_heading:
            blocks[-1][2].append(line.body)  # the paragraph under a heading-only goal line
            under_heading = False
        elif compiled("outline", "table_note").match(line.body.strip()):
            continue  # the note under a table says how to read it
        elif caption := table_caption(line.body.strip()):
            tables.add(len(blocks))
            blocks.append((numbering, caption["title"], []))  # the table's rows come under it
            under_heading = True
        elif brought:  # the rows of the table the paragraph before brought in, as one line
            tables.add(len(blocks))
            blocks.append((numbering, brought, [line.body]))
        else:
            blocks.append((numbering, None, [line.body]))
            found = compiled("outline", "table_lead_in").search(line.body.strip())
            lead_in = found["title"] if found else None
    return [
        (mark, heading, "\n".join(paras) or heading or "", index in tables)
        for index, (mark, heading, paras) in enumerate(blocks)
    ]


def table_caption(text: str) -> re.Match[str] | None:
    """A table's caption among the goals: 表1 X主要指标, or X主要指标 with no table number."""
    return compiled("outline", "table_caption").fullmatch(text) or compiled(
        "outline", "table_caption_unnumbered"
    ).fullmatch(text)


def _link_shares(found: list[TargetFound], goals: list[dict[str, Any]]) -> None:
    """A figure for a place below the plan's level (A市人工智能核心产业规模, a row of an annex's
    分解表 by city) is that place's share of the plan's total of the thing (人工智能核心产业规模,
    the same unit and year): a part of it, as a 其中 figure is. The total is stated before it, or
    in the same table's total row where the plan prints it nowhere else. Totals are keyed by
    (unit, year, thing), each share's metric cut after each place it may open with."""
    place = compiled("quantities", "share_place")
    shares = [item.target for item in found if not item.target.get("parent")]
    shares = [target for target in shares if place.match(target["metric"])]
    if not shares:
        return  # no place's name opens one: no share (and no search of every goal)
    totals: dict[tuple, list[str]] = {}
    for target in [t for goal in goals for t in goal["targets"]] + [i.target for i in found]:
        key = (target["unit"], target.get("deadline"), target["metric"])
        totals.setdefault(key, []).append(target["code"])
    for target in shares:
        metric = target["metric"]
        codes = [
            code
            for cut in range(1, min(len(metric), PLACE_LONGEST))
            if place.fullmatch(metric[:cut])
            for code in totals.get((target["unit"], target.get("deadline"), metric[cut:]), ())
        ]
        if len(codes) == 1:
            target["parent"] = codes[0]


def _place_share_named(share: dict[str, Any], total: dict[str, Any]) -> None:
    """A 其中 figure named by its place alone (…规模达到260亿元，其中A区达到110亿元; 其余各区县各
    不少于40个) is the place's share of the total's thing: its metric names both (A区…规模). Only
    where the name opens the clause (no verb before it: 建设智慧社区20个 counts 社区)."""
    metric, phrase = share["metric"], share.get("source_phrase", "")
    part = compiled("quantities", "part_of_total").match(phrase)  # 其中A区…
    opening = phrase[part.end() :].lstrip("，, ") if part else phrase
    place = compiled("quantities", "share_place")
    if not opening.startswith(metric) or not place.fullmatch(metric):
        return
    whole = compiled("quantities", "whole_place").match(total["metric"])
    share["metric"] += total["metric"][whole.end() if whole else 0 :]


def _link_parents(found: list[TargetFound]) -> None:
    """Sub-targets after 其中 point at the total of the same sentence with the same unit."""
    for item in found:
        if not item.after_qizhong:
            continue
        unit, metric = item.target["unit"], item.target["metric"]
        totals = [
            other.target
            for other in found
            if other.sentence == item.sentence
            and not other.after_qizhong
            and other.target["unit"] == unit
        ]
        alike = [t for t in totals if t["metric"][-2:] == metric[-2:]]
        if len(alike) == 1:
            item.target["parent"] = alike[0]["code"]
            _place_share_named(item.target, alike[0])
        elif len(totals) == 1:
            item.target["parent"] = totals[0]["code"]
            _place_share_named(item.target, totals[0])
            item.notes.append(pgettext("review", "“其中”：上级指标取唯一同单位的总量指标，请核对"))
        else:
            item.notes.append(
                pgettext("review", "“其中”：属于某项总量指标，但不清楚是哪一项，请设置 parent")
            )

"""Where a plan prints its goals, in order of preference.

1. A goals part (二、主要目标) or a goals heading inside a context part (一、总体要求 (二)发展目标);
   also an item among the tasks whose heading names the goals ((一)科学确立三年行动目标。到2027年…).
2. Failing those, the dated paragraphs of the context parts (一、总体要求 …到2027年，…), and the
   opening paragraphs that state dated figures ("…力争到2027年，打造…20个，…，制定本方案。"): a goal
   titled by its date phrase (``dated_goals``); failing those too, an opening paragraph setting the
   goals over a span of years (力争经过5年努力，…), titled by the span, due at the plan's end.
3. Failing all, a plan with no goals part (工作要点, 若干措施) states its figures in its items: each
   item holding a figure it commits to (每年布局150项以上…) is also a goal, with the item's number
   and title; the terms of its support (最高500万元, 不超过30%) are not targets. Beside a goals
   part, an item committing to a figure of its own (每年新增开放数据集不少于100个, 力争到2018年，
   全市认定60家以上…) is a goal too, with only the sentences stating figures the goals do not
   (item_goals.py, with a part's labelled goals line, 具体目标：…, read as an item's).

Besides these, an indicator table in an annex titled for the plan's targets (附件：主要指标) is a
goal of its own, titled by the table's title (``annex_goal_regions``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

from pilots.drafting.annotations import annotations_in, has_annotation
from pilots.drafting.dated_goals import after_news_lead, dated_figures, dated_paragraphs
from pilots.drafting.deadlines import deadlines_in, last_year_named
from pilots.drafting.decimal_outline import numbering_joined
from pilots.drafting.due_dates import year_list_at
from pilots.drafting.goal_targets import targets_of
from pilots.drafting.goals import GoalRegion, metric_shortened
from pilots.drafting.headings import heading_phrase, heading_text
from pilots.drafting.item_kinds import goal_item
from pilots.drafting.lexicon import compiled, numbering_styles, table
from pilots.drafting.numbered_lines import Line, lines_read
from pilots.drafting.outline import Node
from pilots.drafting.part_goals import part_opening_goals
from pilots.drafting.parts import Part
from pilots.drafting.sections import SectionDraft


def goal_regions(parts: list[Part], preamble: list[Node]) -> list[GoalRegion]:
    limit = table("outline")["goals_heading_max"]
    word = table("outline")["goals_heading"]
    regions: list[GoalRegion] = []
    for part in parts:
        if part.kind == "goals":
            regions.append(GoalRegion(part.marker, part.title, _lines(part.node)))
        elif part.kind == "context":
            for child in part.node.children:
                title = heading_text(child.heading)
                if word in title and len(title) <= limit:
                    numbering = numbering_joined(part.marker, child.line.marker)
                    regions.append(GoalRegion(numbering, title, _lines(child)))
    regions += part_opening_goals(parts)  # 三、2026年工作计划's "主要目标：到2026年底，…"
    return (regions or dated_paragraphs(parts, preamble)) + _goal_items(parts)


def _goal_items(parts: list[Part]) -> list[GoalRegion]:
    """Items among the tasks whose heading names the goals ((一)科学确立三年行动目标。到2027年…)."""
    regions = []
    for part in parts:
        if part.kind in ("key_task", "engineering"):
            for node in part.node.walk():
                if node.numbered and goal_item(node):
                    numbering = numbering_joined(part.marker, node.line.marker)
                    regions.append(GoalRegion(numbering, heading_text(node.heading), [node.line]))
    return regions


def stage_goal_regions(parts: list[Part]) -> list[GoalRegion]:
    """The stages of a plan's 实施步骤, each the goal of the figures it commits to, due in the last
    year its heading names ((二)全面推进阶段（2025年7月—2026年12月） → 2026)."""
    regions = []
    for part in parts:
        if part.kind != "schedule":
            continue
        for stage in part.node.children:
            title = heading_text(stage.heading)
            regions.append(
                GoalRegion(
                    numbering_joined(part.marker, stage.line.marker), title, _lines(stage),
                    own_title=True,
                    commitments_only=True, year=last_year_named(title), steps=True,
                )
            )  # fmt: skip
        regions += _stage_paragraphs(part)
    return regions


def _stage_paragraphs(part: Part) -> list[GoalRegion]:
    """The stages a schedule part prints as unnumbered paragraphs, each opening on its label
    (第一阶段（2026年1—6月）：启动部署。…): the goal of the figures it commits to, titled by the
    label, due in the last year the label names."""
    label = compiled("outline", "stage_paragraph")
    regions = []
    for paragraph in part.node.paragraphs:
        if opening := label.match(paragraph.line.raw):
            title = opening["label"]
            regions.append(
                GoalRegion(
                    part.marker, title, [paragraph.line], own_title=True, commitments_only=True,
                    year=last_year_named(title), steps=True,
                )
            )  # fmt: skip
    return regions


def undated_goal_regions(preamble: list[Node], sections: list[SectionDraft]) -> list[GoalRegion]:
    """A plan with neither goals part nor dated paragraph: the figures it commits to, undated, in
    the opening sentence that says why it is made (…加快形成200家核心企业…的体系，特制定以下实施
    方案) or after the span of years the goals are set over (力争经过5年努力，…: a goal titled by
    the span), and in a part's opening paragraph before its first item (三年内引进领军企业20家以上).
    Each is a goal; its targets fall due at the plan's end."""
    purpose = compiled("outline", "purpose_line")
    regions = []
    for node in after_news_lead([n for n in preamble if n.line]):
        raw = node.line.raw
        if span := _goal_span(raw):
            regions.append(GoalRegion("", span, [node.line], own_title=True, commitments_only=True))
        elif purpose.search(raw) and targets_of(raw, None, 0, commitments_only=True)[0]:
            regions.append(GoalRegion("", "", [node.line], commitments_only=True))
    for section in sections:
        text = section.text or ""
        if (
            text
            and not has_annotation(text)
            and targets_of(text, None, 0, commitments_only=True)[0]
        ):
            line = Line(0, text, None, "", text)
            title = section.part or section.title
            regions.append(
                GoalRegion(section.numbering, title, [line], own_title=True, commitments_only=True)
            )
    return regions


def _goal_span(raw: str) -> str:
    """The phrase of an opening paragraph that sets the goals over a span of years with no year
    of its own (力争经过5年努力，…达到5.5万亿元), the figures it commits to after it; "" if none."""
    span = compiled("documents", "relative_span").search(raw)
    if not span or compiled("outline", "review_paragraph").search(raw):
        return ""
    if not targets_of(raw[span.end() :], None, 0, commitments_only=True)[0]:
        return ""
    striving = re.search(r"(力争|争取)\s*$", raw[: span.start()])
    return raw[striving.start() if striving else span.start() : span.end()]


def annex_goal_regions(
    annex_title: str, annex: list[str], restated: bool = False
) -> list[GoalRegion]:
    """The goal lines of the annex (an indicator table, read as "到2027年，X从100亿元提高到
    300亿元；…"), under an annex or table title naming the plan's targets (附件：主要指标, or
    附件1 over "XX主要指标表"): one goal per table, titled by that title. An annex of tasks or
    projects, whose rows carry dates and figures too, is none — except a list of one year's
    tasks ``restated`` from the body (``_year_list_region``)."""
    opening, goals_title = compiled("outline", "annex"), table("outline")["annex_goals"]
    title = _annex_heading(annex_title)
    regions = []
    for raw in annex:
        line = raw.strip()
        if opening.match(line):
            title = _annex_heading(line)  # the next annex
        elif len(line) <= table("outline")["annex_title_max"] and not deadlines_in(line):
            title = line if line else title  # the table's title under 附件1
        elif (
            re.search(goals_title, title)
            and dated_figures(line)
            and not has_annotation(line)
            and not any(style.pattern.match(line) for style in numbering_styles())
        ):
            regions.append(
                GoalRegion("附件", title, [Line(0, line, None, "", line)], own_title=True)
            )
    return regions + (_year_list_region(annex) if restated else [])


def _year_list_region(annex: list[str]) -> list[GoalRegion]:
    """A list of one year's tasks whose rows restate the body's tasks by title (附件
    2026年度重点任务清单: 建设算力中心 | 建成智能算力80PFlops | 县发改局 | 2026年12月): the
    figures each row states after its title are that year's targets — one goal titled by the
    list's title, due in its year."""
    found = year_list_at(annex)
    if found is None:
        return []
    at, year = found
    stated = []
    for line in lines_read("\n".join(annex[at + 1 :])):
        if compiled("outline", "annex").match(line.raw):
            break  # the next annex
        found = annotations_in(line.body)
        if line.style is None or not found:
            continue
        row = line.body[: found[0].start]
        title = heading_phrase(row)
        stated.append(row[len(title) :].lstrip("。：: ") if title else "")
    text = "".join(s if s.endswith("。") else f"{s}。" for s in stated if s.strip())
    if not text:
        return []
    title = annex[at].strip()
    line = Line(0, text, None, "", text)
    return [GoalRegion("附件", title, [line], own_title=True, year=year)]


def target_key(target: dict[str, Any]) -> tuple:
    return target["value"], target["unit"], target.get("deadline")


def table_restated(stated: list[dict[str, Any]]) -> Callable[[dict[str, Any]], bool]:
    """Whether an indicator table's cell restates a figure stated before it: the same value,
    unit and year, of a thing its metric shares words with — 50个 of 开放公共数据集 in the table
    is no restatement of 打造应用场景50个 due the same year in the goals ("A figure printed
    twice": counting another thing, it is a target of its own). A metric without two letters
    of words to compare restates any figure of the same key, as before."""
    metrics: dict[tuple, list[str]] = {}
    for target in stated:
        metrics.setdefault(target_key(target), []).append(target["metric"])

    def restated(target: dict[str, Any]) -> bool:
        return any(_alike(m, target["metric"]) for m in metrics.get(target_key(target), ()))

    return restated


def _alike(one: str, other: str) -> bool:
    words, others = _pairs(one), _pairs(other)
    return not words or not others or bool(words & others)


def _pairs(metric: str) -> set[str]:
    letters = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", metric)
    return {letters[i : i + 2] for i in range(len(letters) - 1)}


def figure_key(target: dict[str, Any]) -> tuple:
    """A figure whatever its date (an item restating a goal's figure leaves its date unsaid), and
    the head of what it counts: 20个以上 场景 in the goals is not 20个以上 数据集 in an item, nor
    a yearly 每年引进10家以上 企业 the level 10家以上 of the goals."""
    figure = target["value"], target.get("value_max"), target["unit"], target["comparator"]
    return *figure, target["metric"][-2:], bool(target.get("per_year"))


def figures_stated(targets: list[dict[str, Any]]) -> dict[tuple, list[tuple[str, int | None]]]:
    """The metrics and deadlines of the targets, by their ``figure_key``, and by the key of their
    metric less a measure word (``restated_key``)."""
    found: dict[tuple, list[tuple[str, int | None]]] = {}
    for target in map(_aside_dropped, targets):
        deadline = target.get("deadline")
        found.setdefault(figure_key(target), []).append((target["metric"], deadline))
        trimmed = _measure_trimmed(target["metric"])
        found.setdefault(restated_key(target), []).append((trimmed, deadline))
        for example in _examples_named(target):
            found.setdefault(("examples", *figure_key(target)), []).append((example, deadline))
        found.setdefault(_step_key(target), []).append((target["metric"], deadline))
    return found


def _step_key(target: dict[str, Any]) -> tuple:
    """``figure_key`` whatever the figure: the unit and head of what is counted."""
    return "step", target["unit"], target["metric"][-2:], bool(target.get("per_year"))


def _examples_named(target: dict[str, Any]) -> list[str]:
    """The things a goal names as examples of what it counts, before 等 (智能终端等重点产品年产量:
    智能终端)."""
    phrase, metric = target.get("source_phrase", ""), target["metric"]
    at = phrase.find(metric)
    if at < 2 or not phrase[:at].endswith("等"):
        return []
    return [name for name in re.split(r"[、，,和及与]", phrase[: at - 1]) if len(name) > 1]


def restated_key(target: dict[str, Any]) -> tuple:
    """``figure_key`` of the metric less a measure word (智能算力规模 → 智能算力)."""
    return "restated", *figure_key({**target, "metric": _measure_trimmed(target["metric"])})


def _aside_dropped(target: dict[str, Any]) -> dict[str, Any]:
    """The target with its metric less a bracketed aside (估值（市值）超10亿元的企业 in the goals,
    估值超10亿元的企业 in an item: the same thing named one way) and less the quotation marks
    around a name (建成“X驿站”200个 in the goals, 建成X驿站200个 in an item: its head is
    驿站, not ”)."""
    metric = re.sub(r"[（(][^（）()]*[)）]", "", target["metric"])
    metric = compiled("quantities", "restated_quote_marks").sub("", metric).strip()
    return {**target, "metric": metric or target["metric"]}


def _measure_trimmed(metric: str) -> str:
    return compiled("quantities", "restated_measure_word").sub("", metric) or metric


def figure_restated(
    target: dict[str, Any], stated: dict[tuple, list[tuple[str, int | None]]], steps: bool = False
) -> bool:
    """A figure stated already: the same figure of the same head, one metric holding the other
    (智能工厂 in the goals, 省级智能工厂 in an item) — not two things alike in words (高频事项
    平均办理时长压缩50% in the goals, 重点“一件事”平均办理时长压缩50% in an item), nor the
    figure brought forward (an item due 2026 restating a goal of 2027: the figure sooner); or,
    due the same year, in words a measure word apart (智能算力规模 in the goals, 智能算力 in an
    item), or of one of the examples the goal names for what it counts (智能终端等重点产品年产量
    in the goals, 智能终端产品年产量 in an item)."""
    target = _aside_dropped(target)
    metric, due = target["metric"], target.get("deadline")
    if steps and any(  # a stage's 场景20个 toward the goals' 30 of the same year: a step
        by == due and (m in metric or metric in m) for m, by in stated.get(_step_key(target), ())
    ):
        return True
    shortened = partial(metric_shortened, opening_kept=True)
    if any(
        (m in metric or metric in m or (shortened(m, metric) and by == due))
        and not (due and by and due < by)
        for m, by in stated.get(figure_key(target), ())
    ):
        return True
    trimmed = _measure_trimmed(metric)
    if any(
        by == due and (m in trimmed or trimmed in m)
        for m, by in stated.get(restated_key(target), ())
    ):
        return True
    return any(
        by == due and metric.startswith(example)
        for example, by in stated.get(("examples", *figure_key(target)), ())
    )


def region_unstated(
    region: GoalRegion, stated: Callable[[dict[str, Any]], bool], plan_end: int
) -> GoalRegion | None:
    """The region with only the sentences stating a target not ``stated`` already; a stage's
    (``steps``) neither a step toward a figure stated for its year."""
    if region.steps:
        stated = partial(stated, steps=True)
    sentences = [
        sentence
        for line in region.lines
        for sentence in re.split(r"(?<=[；。])", line.raw)
        if sentence.strip()
    ]
    kept = [
        s for s in sentences
        if any(not stated(f.target) for f in targets_of(s, region.year, plan_end)[0])
    ]  # fmt: skip
    if not kept:
        return None
    text = "".join(kept)
    lines = [Line(0, text, None, "", text)]
    return replace(region, lines=lines, restated=stated if region.steps else region.restated)


def _annex_heading(line: str) -> str:
    return re.sub(r"^附件\s*\d*\s*[:：]?\s*", "", line.strip())


def _lines(node: Node) -> list[Line]:
    """The goal lines under a heading, with the heading line itself when it holds more than its
    heading ("(二)发展目标。到2027年，…")."""
    own = [] if node.heading_only else [node.line]
    review = compiled("outline", "review_paragraph")
    return own + [n.line for n in node.walk() if n.numbered or not review.search(n.line.raw)]

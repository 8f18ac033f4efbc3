"""Where a plan prints its goals, in order of preference.

1. A goals part (二、主要目标) or a goals heading inside a context part (一、总体要求 (二)发展目标);
   also an item among the tasks whose heading names the goals ((一)科学确立三年行动目标。到2027年…).
2. Failing those, the dated paragraphs of the context parts (一、总体要求 …到2027年，…), and the
   opening paragraphs that state dated figures ("…力争到2027年，打造…20个，…，制定本方案。"): a goal
   titled by its date phrase.
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
from typing import Any

from pilots.drafting.annotations import annotations_in, has_annotation
from pilots.drafting.deadlines import deadlines_in, last_year_named
from pilots.drafting.due_dates import annual_year
from pilots.drafting.goal_targets import targets_of
from pilots.drafting.goals import GoalRegion
from pilots.drafting.headings import heading_phrase, heading_text
from pilots.drafting.item_kinds import goal_item
from pilots.drafting.lexicon import compiled, numbering_styles, table
from pilots.drafting.outline import Line, Node, lines_read
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
                    numbering = f"{part.marker}{child.line.marker}"
                    regions.append(GoalRegion(numbering, title, _lines(child)))
    return (regions or _dated_paragraphs(parts, preamble)) + _goal_items(parts)


def _goal_items(parts: list[Part]) -> list[GoalRegion]:
    """Items among the tasks whose heading names the goals ((一)科学确立三年行动目标。到2027年…)."""
    regions = []
    for part in parts:
        if part.kind in ("key_task", "engineering"):
            for node in part.node.walk():
                if node.numbered and goal_item(node):
                    numbering = f"{part.marker}{node.line.marker}"
                    regions.append(GoalRegion(numbering, heading_text(node.heading), [node.line]))
    return regions


def _dated_paragraphs(parts: list[Part], preamble: list[Node]) -> list[GoalRegion]:
    opening = _after_news_lead([n for n in preamble if n.line])
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


def _after_news_lead(opening: list[Node]) -> list[Node]:
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
    stating figures ("加快“新基建”，…开通5G基站25万个"). A numbered article stating dated
    figures (第一条 到2027年，…达到200亿元) is a group of its own."""
    groups: list[list[Line]] = []
    bullet = compiled("outline", "bullet")
    following = False  # the item before was part of a group
    for item in items:
        raw = item.line.raw
        if item.numbered:
            figures = following and bool(targets_of(raw, None, 0, commitments_only=True)[0])
            if item.annotated() or not (figures or _dated_figures(raw)):
                following = False
            elif figures:
                groups[-1].append(item.line)
            else:
                groups.append([item.line])
                following = True
        elif deadlines_in(raw):
            groups.append([item.line])
            following = True
        elif following and (bullet.match(raw) or _headed_figures(raw)):
            groups[-1].append(item.line)
        else:
            following = False
    return groups


def _headed_figures(text: str) -> bool:
    """A paragraph opened by a short heading phrase and stating figures it commits to
    (加快“新基建”，数字基础设施显著增强。开通5G基站25万个…): a goal as a "——" bullet is."""
    head = re.split(r"[，,。；;：:]", text.strip(), maxsplit=1)[0]
    limit = table("outline")["goal_paragraph_heading_max"]
    return 0 < len(head) <= limit and bool(targets_of(text, None, 0, commitments_only=True)[0])


def _dated_figures(text: str) -> bool:
    dated = deadlines_in(text)
    return bool(dated) and bool(targets_of(text[dated[0][0] :], None, dated[0][1])[0])


def _opening_goal(group: list[Line]) -> GoalRegion | None:
    """An opening paragraph stating dated figures, itself or in the goals printed after it,
    titled by its date phrase (力争到2027年)."""
    first = group[0].raw
    dated = deadlines_in(first)
    stated = "\n".join(line.raw for line in group)[dated[0][0] :] if dated else ""
    if not dated or not targets_of(stated, None, dated[0][1])[0]:
        return None
    phrase = compiled("quantities", "date_phrase").search(first, max(0, dated[0][0] - 2))
    title = phrase[0].strip() if phrase else f"到{dated[0][1]}年"
    return GoalRegion("", title, group, own_title=True)


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
                    f"{part.marker}{stage.line.marker}", title, _lines(stage), own_title=True,
                    commitments_only=True, year=last_year_named(title),
                )
            )  # fmt: skip
    return regions


def undated_goal_regions(preamble: list[Node], sections: list[SectionDraft]) -> list[GoalRegion]:
    """A plan with neither goals part nor dated paragraph: the figures it commits to, undated, in
    the opening sentence that says why it is made (…加快形成200家核心企业…的体系，特制定以下实施
    方案) and in a part's opening paragraph before its first item (三年内引进领军企业20家以上).
    Each is a goal; its targets fall due at the plan's end."""
    purpose = compiled("outline", "purpose_line")
    regions = []
    for node in _after_news_lead([n for n in preamble if n.line]):
        raw = node.line.raw
        if purpose.search(raw) and targets_of(raw, None, 0, commitments_only=True)[0]:
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
            and _dated_figures(line)
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
    heading = compiled("outline", "annex_task_list")
    at = next((i for i, raw in enumerate(annex) if heading.search(raw.strip())), None)
    year = annual_year(annex[at]) if at is not None else None
    if year is None:
        return []
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
    for target in targets:
        deadline = target.get("deadline")
        found.setdefault(figure_key(target), []).append((target["metric"], deadline))
        trimmed = _measure_trimmed(target["metric"])
        found.setdefault(restated_key(target), []).append((trimmed, deadline))
    return found


def restated_key(target: dict[str, Any]) -> tuple:
    """``figure_key`` of the metric less a measure word (智能算力规模 → 智能算力)."""
    return "restated", *figure_key({**target, "metric": _measure_trimmed(target["metric"])})


def _measure_trimmed(metric: str) -> str:
    return compiled("quantities", "restated_measure_word").sub("", metric) or metric


def figure_restated(
    target: dict[str, Any], stated: dict[tuple, list[tuple[str, int | None]]]
) -> bool:
    """A figure stated already: the same figure of the same head, one metric holding the other
    (智能工厂 in the goals, 省级智能工厂 in an item) — not two things alike in words (高频事项
    平均办理时长压缩50% in the goals, 重点“一件事”平均办理时长压缩50% in an item), nor the
    figure brought forward (an item due 2026 restating a goal of 2027: the figure sooner); or,
    due the same year, in words a measure word apart (智能算力规模 in the goals, 智能算力 in an
    item)."""
    metric, due = target["metric"], target.get("deadline")
    if any(
        (m in metric or metric in m) and not (due and by and due < by)
        for m, by in stated.get(figure_key(target), ())
    ):
        return True
    trimmed = _measure_trimmed(metric)
    return any(
        by == due and (m in trimmed or trimmed in m)
        for m, by in stated.get(restated_key(target), ())
    )


def region_unstated(
    region: GoalRegion, stated: Callable[[dict[str, Any]], bool], plan_end: int
) -> GoalRegion | None:
    """The region with only the sentences stating a target not ``stated`` already."""
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
    return replace(region, lines=[Line(0, text, None, "", text)])


def _annex_heading(line: str) -> str:
    return re.sub(r"^附件\s*\d*\s*[:：]?\s*", "", line.strip())


def _lines(node: Node) -> list[Line]:
    """The goal lines under a heading, with the heading line itself when it holds more than its
    heading ("(二)发展目标。到2027年，…")."""
    own = [] if node.heading_only else [node.line]
    review = compiled("outline", "review_paragraph")
    return own + [n.line for n in node.walk() if n.numbered or not review.search(n.line.raw)]

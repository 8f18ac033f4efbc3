"""A government work report (X区2026年政府工作报告): a whole government's year, of which the
plan of this genre is ONE area — the one its heading names for AI or the digital economy
((三)聚力数字赋能，打造人工智能创新应用先行区) among eight (investment, agriculture, education …).
Its tasks are that area's paragraphs; the other areas are other topics, whatever digital words
their paragraphs use.

Roles printed only in the report's appended 重点工作任务分工 table (a group row per area, then a
row per task restating its paragraph in short, with 牵头单位 / 责任单位 / 完成时限) are the
area's tasks': the rows under the area's group, one per paragraph in order, when there are as
many.

Only the report itself: a division of it (…政府工作报告重点工作任务分解表) lists every area's work.
Where no single area names the topic, nothing is chosen: the report is drafted as any document.
"""

from __future__ import annotations

import re

from pilots.drafting.annotations import annotations_in
from pilots.drafting.goals import GoalRegion
from pilots.drafting.lexicon import compiled
from pilots.drafting.numbered_lines import Line
from pilots.drafting.parts import Part
from pilots.drafting.sections import SectionDraft
from pilots.source_text import normalise


def work_report_area(
    title: str, sections: list[SectionDraft], annex: list[str]
) -> tuple[list[SectionDraft], dict[int, str]] | None:
    """The report's one area of the topic, and the roles its tasks take from the annex's rows
    (a task's index → the row's annotation); None for any other document."""
    if not compiled("documents", "work_report").search(normalise(title)):
        return None
    topic = compiled("documents", "work_report_area")
    areas = [s for s in sections if s.kind == "key_task" and topic.search(s.title)]
    if len(areas) != 1 or not areas[0].all_tasks():
        return None
    area = areas[0]
    rows = _group_rows(annex, area.title)
    tasks = area.all_tasks()
    roles = dict(enumerate(rows)) if len(rows) == len(tasks) else {}
    return [area], roles


def _group_rows(annex: list[str], area: str) -> list[str]:
    """The annotations of the annex rows under the group line the area's heading opens with
    (聚力数字赋能，… over rows 7.–12.), up to the next group line."""
    heading = normalise(area)
    rows: list[str] = []
    inside = False
    for line in annex:
        found = annotations_in(line)
        if not found:
            group = normalise(line).strip("。")
            if inside and rows:
                break
            inside = bool(group) and heading.startswith(group)
        elif inside:
            rows.append(found[-1].inside)
    return rows


def work_report_goals(parts: list[Part]) -> list[GoalRegion]:
    """The area's measure among the report's expected figures ("主要预期目标：地区生产总值
    增长6%左右，…，数字经济核心产业增加值增长15%以上，…"): the clauses naming the topic, as one
    goal titled by the label. The report's other figures (GDP, revenue, employment) and the
    longer-term figures it quotes (a 十五五 纲要's 2030 values) are the whole government's: no
    goal of the area's."""
    label = compiled("documents", "work_report_goals")
    topic = compiled("documents", "work_report_area")
    regions = []
    for part in parts:
        for node in [part.node, *part.node.walk()]:
            raw = node.line.raw.strip() if node.line else ""
            found = label.search(raw)
            if not found:
                continue
            clauses = re.split(r"[，,；;。]", raw[found.end() :])
            kept = [c.strip() for c in clauses if topic.search(c) and c.strip()]
            if kept:
                text = "，".join(kept) + "。"
                line = Line(0, text, None, "", text)
                title = found["title"]
                regions.append(GoalRegion(part.marker, title, [line], own_title=True))
    return regions

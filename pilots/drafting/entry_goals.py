"""The figures a labelled entry (a task list's entry, a task card) commits to. Where it prints its
goal on a line of its own (工作目标：…), that line holds them; its measures (主要举措: investment,
subsidy rates), its scoring (考核指标: points, the goal's figures restated with ≥) and its
schedule (进度安排: the quarter steps by which it reaches the goal, "二季度完成30%") commit to
none — except a schedule's year-end figure of a year before the goal's ("2026年底前建成智能工厂
15家" in a card whose goal is "到2027年底，累计建成智能工厂30家"): the level the plan commits to
by then. A 申报指南's support item (field_lines.py) commits to nothing in its 申报条件 (thresholds
of who qualifies), 支持标准 (rates and ceilings) or 申报材料 lines: they are the instrument's terms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import takewhile

from pilots.drafting.lexicon import compiled


def entry_commitments(text: str) -> str:
    """``text`` (an entry's lines, its annotations out) cut to what it commits to: its goal lines
    and its schedule's earlier year-end milestones; as it is where no line is labelled a goal."""
    lines = text.split("\n")
    terms = compiled("outline", "application_field")
    kept = [line for line in lines if not terms.match(line.strip())]
    if len(kept) < len(lines):  # a support item's conditions, rates and materials
        text, lines = "\n".join(kept), kept
    goal = compiled("outline", "entry_goal_field")
    goals = [line for line in lines if goal.match(line.strip())]
    if not goals:
        return text
    year = max((int(y) for y in re.findall(r"(20\d\d)\s*年", "".join(goals))), default=None)
    schedule = compiled("outline", "entry_schedule_field")
    steps = [line.strip() for line in lines if schedule.match(line.strip())]
    milestones = [m for line in steps for m in _milestones(line, year)]
    return "\n".join([*goals, *milestones])


def _milestones(schedule: str, year: int | None) -> list[str]:
    """The schedule's clauses from a year-end of a year before ``year`` to the end of their
    sentence: "2026年底前建成智能工厂15家、数字化车间50个"."""
    if year is None:
        return []
    year_end = compiled("outline", "year_end")
    found = []
    for sentence in re.split(r"[；;。]", schedule):
        match = next((m for m in year_end.finditer(sentence) if int(m["year"]) < year), None)
        if match:
            found.append(sentence[match.start() :])
    return found


def annotation_milestones(inside: str, year: int | None, own_figures: Callable[[], bool]) -> str:
    """The dated steps of a schedule group in an annotation, or on a line under the item read
    into it (…完成时限：2027年12月底前）, then 时间节点：2026年12月底前建成首批数据集8个，2027年
    12月底前累计建成20个.), that fall before ``year``, the item's due year: levels the item
    commits to by then. A step of the due year leads to the item's end, a step toward its own
    figure (开工15个 of its 25); where the item prints none (``own_figures()`` false), the line's
    last step is its figure."""
    if year is None:
        return ""
    schedule = compiled("outline", "entry_schedule_field")
    groups = [group.strip() for group in re.split(r"[；;]\s*(?=[^；;：:]{2,8}[：:])", inside)]
    groups = [group for group in groups if schedule.match(group)]
    limit = year if not groups or own_figures() else year + 1
    kept = []
    for group in groups:
        steps = re.split(r"[，,；;。](?=\s*20\d\d\s*年)", schedule.sub("", group))
        dated = [(step, re.search(r"(20\d\d)\s*年", step)) for step in steps]
        run = [step for step, _ in takewhile(lambda d: d[1] and int(d[1][1]) < limit, dated)]
        kept += ["，".join(run)] if run else []
    return "。".join(kept)

"""Where a plan prints its goals, in order of preference.

1. A goals part (二、主要目标) or a goals heading inside a context part (一、总体要求 (二)发展目标).
2. Failing those, the dated paragraphs of the context parts (一、总体要求 …到2027年，…), and the
   opening paragraphs that state dated figures ("…力争到2027年，打造…20个，…，制定本方案。"): a goal
   titled by its date phrase.
3. Failing all, a plan with no goals part (工作要点, 若干措施) states its figures in its items: each
   item holding a figure it commits to (每年布局150项以上…) is also a goal, with the item's number
   and title; the terms of its support (最高500万元, 不超过30%) are not targets.
"""

from __future__ import annotations

from pilots.drafting.annotations import annotations_in
from pilots.drafting.goals import GoalRegion, deadlines_in, targets_of
from pilots.drafting.lexicon import compiled, table
from pilots.drafting.outline import Line, Node, Part, heading_text
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
    return regions or _dated_paragraphs(parts, preamble)


def _dated_paragraphs(parts: list[Part], preamble: list[Node]) -> list[GoalRegion]:
    regions = [_opening_goal(node.line) for node in preamble if node.line]
    for part in parts:
        if part.kind == "context":
            dated = _dated_with_bullets(part.node)
            if dated:
                regions.append(GoalRegion(part.marker, part.title, dated, own_title=True))
    return [region for region in regions if region]


def _dated_with_bullets(node: Node) -> list[Line]:
    """The dated paragraphs of a part, each with the goal bullets after it ("到2026年，…。" then
    "——创新能力。打造2—3个…"), which carry its date."""
    lines: list[Line] = []
    bullet = compiled("outline", "bullet")
    for item in node.walk():
        if item.numbered:
            if _dated_figures(item.line.raw) and not item.annotated():
                lines.append(item.line)  # 第一条 到2027年，…达到200亿元: an article of goals
            continue
        if deadlines_in(item.line.raw) or (lines and bullet.match(item.line.raw)):
            lines.append(item.line)
    return lines


def _dated_figures(text: str) -> bool:
    dated = deadlines_in(text)
    return bool(dated) and bool(targets_of(text[dated[0][0] :], None, dated[0][1])[0])


def _opening_goal(line: Line) -> GoalRegion | None:
    """An opening paragraph stating dated figures, titled by its date phrase (力争到2027年)."""
    if not _dated_figures(line.raw):
        return None
    dated = deadlines_in(line.raw)
    phrase = compiled("quantities", "date_phrase").search(line.raw, max(0, dated[0][0] - 2))
    title = phrase[0].strip() if phrase else f"到{dated[0][1]}年"
    return GoalRegion("", title, [line], own_title=True)


def item_goal_regions(sections: list[SectionDraft]) -> list[GoalRegion]:
    """Items of a plan with no goals part, each as the goal of the figures it commits to."""
    regions = []
    for section in sections:
        for task in section.all_tasks():
            found = annotations_in(task.text)
            text = task.text[: found[0].start] if found else task.text
            numbering = task.numbering or section.numbering  # an item that is its own section
            line = Line(0, text, None, "", text)
            regions.append(
                GoalRegion(numbering, task.title, [line], own_title=True, commitments_only=True)
            )
    return regions


def _lines(node: Node) -> list[Line]:
    """The goal lines under a heading, with the heading line itself when it holds more than its
    heading ("(二)发展目标。到2027年，…")."""
    own = [] if node.heading_only else [node.line]
    return own + [n.line for n in node.walk()]

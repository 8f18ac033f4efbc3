"""Goals labelled in the opening of a part of tasks: a work plan's part (三、2026年工作计划) opening
on its approach and a labelled line of the year's figures ("主要目标：到2026年底，…"), then its
groups of items (（一）…1.…). The opening belongs to no section, so its labelled line would be
lost; it is the plan's goals, titled by its date phrase as an untitled goals paragraph is. The
label words are data/outline.yaml ``goals_label``.
"""

from __future__ import annotations

from pilots.drafting.annotations import annotations_in
from pilots.drafting.deadlines import deadlines_in
from pilots.drafting.goal_targets import targets_of
from pilots.drafting.goals import GoalRegion
from pilots.drafting.item_kinds import is_container
from pilots.drafting.lexicon import compiled
from pilots.drafting.parts import Part


def part_opening_goals(parts: list[Part]) -> list[GoalRegion]:
    """The labelled goals line of each part of tasks whose items are grouped in sections."""
    label = compiled("outline", "goals_label")
    phrase = compiled("quantities", "date_phrase")
    regions = []
    for part in parts:
        node = part.node
        if part.kind != "key_task" or not any(is_container(c) for c in node.children):
            continue
        for paragraph in node.paragraphs:
            raw = paragraph.line.raw.strip()
            if not (found := label.match(raw)) or annotations_in(raw):
                continue
            stated = raw[found.end() :]
            dated = deadlines_in(stated)
            if not dated or not targets_of(stated, None, dated[0][1])[0]:
                continue
            date = phrase.search(stated)
            title = date[0].strip() if date else f"到{dated[0][1]}年"
            regions.append(GoalRegion(part.marker, title, [paragraph.line], own_title=True))
    return regions

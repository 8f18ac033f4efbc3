"""A part of tasks stating its own goals before its items: a named 行动 opening on an intro
and a labelled line of the figures it aims at ("具体目标：到2027年，…；到2028年，…"), then its
numbered items.

The labelled line is a goal of its own, titled by the part's heading. Beside a goals part it
often restates the plan's figures (全市智能算力规模达到300P in the goals and in a 行动's
具体目标): the importer keeps only the figures the goals do not state, as it does for an
item's. The label words are in data/outline.yaml (``goals_label``).
"""

from __future__ import annotations

from pilots.drafting.goals import GoalRegion
from pilots.drafting.lexicon import compiled
from pilots.drafting.numbered_lines import Line
from pilots.drafting.sections import SectionDraft


def labelled_goal(section: SectionDraft, year: int | None = None) -> GoalRegion | None:
    """The goal of the labelled goals line in ``section``'s text before its items (and the lines
    after it there), dated by ``year`` when its sentences name none; None without such a line."""
    lines = (section.text or "").split("\n")
    label = compiled("outline", "goals_label")
    at = next((i for i, line in enumerate(lines) if label.match(line.strip())), None)
    if at is None:
        return None
    text = "\n".join(line.strip() for line in lines[at:] if line.strip())
    line = Line(0, text, None, "", text)
    title = section.title or section.part
    return GoalRegion(
        section.numbering, title, [line], own_title=True, commitments_only=True, year=year
    )

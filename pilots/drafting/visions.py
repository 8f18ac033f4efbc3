"""A plan's vision beyond its period (展望2035年，…): no goal of the plan.

A five-year plan closes its goals with a look past its end — "展望2035年，全面建成…，核心产业规模
达到600亿元", often under its own heading 远景目标. Nothing of the plan is set to reach it; the
plan's commitments for the same things are its own dated figures (SOURCES.md). So the vision's
figures are no targets and its year no milestone.
"""

from __future__ import annotations

from pilots.drafting.lexicon import compiled


def vision_heading(heading: str | None) -> bool:
    """A block headed 远景目标 / 远景展望: all of it is the vision."""
    return bool(heading) and bool(compiled("quantities", "vision_heading").match(heading))


def without_vision(text: str) -> str:
    """The text less each vision in it: from 展望20XX年 to its line's end, or to a sentence
    opening on a date (到2027年，…) that is the plan's again."""
    opening = compiled("quantities", "vision_opening")
    end = compiled("quantities", "vision_end")
    kept, at = [], 0
    while (found := opening.search(text, at)) is not None:
        kept.append(text[at : found.start()])
        line_end = text.find("\n", found.end())
        line_end = len(text) if line_end < 0 else line_end
        resumed = end.search(text, found.end(), line_end)
        at = resumed.end() if resumed else line_end
    kept.append(text[at:])
    return "".join(kept)

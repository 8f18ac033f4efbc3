"""Figures a document prints that are not its own commitments, though dated as goals are.

A notice adjusting or carrying on an earlier plan recounts it: where things stood when it was
written ("截至2026年6月底，全县人工智能企业达到46家" — a reading, dated before the document was
issued), and, in a year's work plan under a plan of more years, that plan's goals beyond the year
("锚定《三年行动方案》提出的“到2028年，…”总体目标", "按照《三年行动方案》，到2028年全区将
累计…") — another plan's commitments quoted as the yardstick, which a leader tracks under that
plan. Neither is a target, and the cited plan's years date nothing of the document's (SOURCES.md,
synthetic_cx).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pilots.drafting.lexicon import compiled


@dataclass(frozen=True)
class OwnFigures:
    issued: str | None = None  # the document's issue date (2026-09-08), if read
    year: int | None = None  # the one year a work plan is for (2026年工作要点), if it is one

    def text(self, text: str) -> str:
        """The text less the readings before its issue and the cited plans' later goals."""
        if self.issued:
            text = _left_out(text, compiled("quantities", "reading_opening"), self._read_before)
        if self.year:
            for key in ("cited_goal_quoted", "cited_goal_dated"):
                text = _left_out(text, compiled("quantities", key), self._beyond_year)
        return text

    def _read_before(self, found: re.Match) -> bool:
        month = int(found["month"]) if found["month"] else 12
        issued = int(self.issued[:4]), int(self.issued[5:7])
        return (int(found["year"]), month) <= issued

    def _beyond_year(self, found: re.Match) -> bool:
        dated = re.findall(r"(20\d\d)\s*年", found["dated"])  # not the cited title's (2026—2028年)
        return any(int(year) > self.year for year in dated)


def _left_out(text: str, pattern: re.Pattern, applies) -> str:
    """The text less each match that ``applies`` — a match running to its sentence's end."""
    kept, at = [], 0
    for found in pattern.finditer(text):
        if applies(found):
            kept.append(text[at : found.start()])
            at = found.end()
    kept.append(text[at:])
    return "".join(kept)


ALL_OWN = OwnFigures()  # nothing known to leave out

"""The headings of a plan as a WeChat public account reposts it, copied to text.

Such a repost restyles the plan's headings: a part's number becomes a chapter mark on a line of
its own ("01", "PART 02") with the heading on the next line; a section's heading is wrapped in
【】 ("【（一）筑牢智能底座】"); an unnumbered heading is led by an emoji ("📌加强组织领导"); a
numbered heading or item is led by a mark ("▶一、总体目标", "◆1.建设…"). The outline reads them
as the numbered lines they stand for (outline.lines_read); the patterns are in data/outline.yaml
(repost).
"""

from __future__ import annotations

import re
from functools import cache

from pilots.drafting.lexicon import compiled, numbering_styles, table


@cache
def _patterns() -> dict[str, re.Pattern]:
    return {key: re.compile(value) for key, value in table("outline")["repost"].items()}


def heading_unbracketed(raw: str) -> str:
    """A whole line in 【】 holding a heading: the heading it wraps (【（一）筑牢底座】)."""
    match = _patterns()["bracketed_heading"].match(raw)
    if not match or compiled("outline", "box").match(match["inner"]):
        return raw  # 【专栏1 …】 is a box's title, read as a box is
    if compiled("annotations", "standalone_line").match(match["inner"]):
        return raw  # 【牵头单位：…】 is an annotation on a line of its own
    return match["inner"].strip()


def _heading_line(raw: str) -> bool:
    """A heading standing alone: short, no sentence in it."""
    return bool(_patterns()["heading"].match(raw))


def chapter_mark(raw: str, following: str | None) -> str | None:
    """The number of a chapter mark ("01" on a line of its own) whose next line is its heading."""
    match = _patterns()["chapter_mark"].match(raw)
    if match and following is not None and _heading_line(heading_unbracketed(following)):
        return match["number"]
    return None


def pictograph_heading(raw: str) -> tuple[str, str] | None:
    """(the emoji, the heading) of a heading an emoji leads ("📌加强组织领导"), else None."""
    match = _patterns()["pictograph"].match(raw)
    if match and _heading_line(raw[match.end() :].strip()):
        return match[0], raw[match.end() :].strip()
    return None


def pictograph_stripped(raw: str) -> str:
    """A paragraph without the emoji leading it ("👉到2026年，…" → "到2026年，…")."""
    match = _patterns()["pictograph"].match(raw)
    return raw[match.end() :].strip() if match else raw


def marker_stripped(raw: str) -> str:
    """A numbered line without the mark an editor put before it ("▶一、总体目标" → "一、总体目标",
    "◆1.建设…" → "1.建设…"); a line whose mark leads no number is left as it is."""
    match = _patterns()["marker"].match(raw)
    if not match:
        return raw
    rest = raw[match.end() :]
    return rest if any(s.pattern.match(rest) for s in numbering_styles()) else raw

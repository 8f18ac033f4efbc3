"""A document-sharing site's chunk numbers inside an annotation, taken out.

Sites that show a Word or PDF file as text cut it into numbered chunks ("1、", "2、" …) wherever
their preview page ends, also inside an agency annotation ("(责任单位:市数据局、市发展改革委" /
"2、、市自然资源和规划局)"; "…(责任单位:市数" / "3、据局、…"). No item of a plan starts inside an
annotation its line leaves open, so a chunk number opening the next line is the site's when that
line closes the annotation before opening another (or ends the copy): it is taken out by a literal
restoration the fixture replays, and the annotation reads across the line break.
"""

from __future__ import annotations

from pilots.drafting.annotations import ends_inside_annotation
from pilots.drafting.broken_lines import CLOSING, OPENING
from pilots.drafting.lexicon import compiled


def chunk_numbers_in_annotations(text: str) -> list[tuple[str, str]]:
    """(find, replace) restorations taking each such chunk number out, each ``find`` unique."""
    marker = compiled("outline", "chunk_number_in_annotation")
    lines = text.split("\n")
    found = []
    for index in range(1, len(lines)):
        number = marker.match(lines[index])
        if not number or not ends_inside_annotation(lines[index - 1]):
            continue
        rest = lines[index][number.end() :]
        if not _closes_first(rest, last=not any(line.strip() for line in lines[index + 1 :])):
            continue
        for length in range(1, len(rest) + 1):
            find = number[0] + rest[:length]
            if text.count(find) == 1:
                found.append((find, rest[:length]))
                break
    return found


def _closes_first(rest: str, last: bool) -> bool:
    """The line closes the annotation left open before it opens a bracket of its own, or is the
    copy's last line (cut inside the annotation)."""
    brackets = [c for c in rest if c in OPENING or c in CLOSING]
    return brackets[0] in CLOSING if brackets else last

"""Annotations printed on a line of their own BEFORE the item they belong to (synthetic_cw's 渚阳):

    （一）筑牢算力数据基础
    【牵头单位：市发展改革委；配合单位：市数据局】
    1.建设城市智算中心。正文……
    【牵头单位：市数据局】
    2.推进公共数据开放利用。正文……

The genre far more often prints such a line AFTER its item ("An annotation on its own line after
the task belongs to that task"). A document prints them before when its annotation lines stand
between a group's heading and its first item more often than they close a group (an item's line,
then the annotation, then the next heading or nothing): printed after, the last item's annotation
closes every group. There each line is moved to the end of the item after it, or under the group
heading after it (the group's annotation), and read as the genre's own order is."""

from __future__ import annotations

import re

from pilots.drafting.annotations import annotations_in
from pilots.drafting.group_lines import covering_line
from pilots.drafting.lexicon import compiled, numbering_styles

_SENTENCE = re.compile(r"[。；;]")


def _annotation_line(line: str) -> bool:
    """A line that is one labelled annotation and nothing else."""
    line = line.strip()
    if not compiled("annotations", "standalone_line").match(line):
        return False
    found = annotations_in(line)
    return len(found) == 1 and found[0].start <= 1 and found[0].end >= len(line) - 1


def _numbered(line: str) -> bool:
    return any(style.pattern.match(line.strip()) for style in numbering_styles())


def _heading(line: str | None) -> bool:
    """A numbered heading: no sentence in it (（一）筑牢算力数据基础)."""
    return line is not None and _numbered(line) and not _SENTENCE.search(line)


def _item(line: str | None) -> bool:
    """A numbered item with its text (1.建设城市智算中心。加快……)."""
    return line is not None and _numbered(line) and bool(_SENTENCE.search(line))


def _printed_before(lines: list[str], marks: list[int]) -> bool:
    """More annotation lines open a group (under its heading, over its first item) than close
    one, and no item after such a line carries an annotation of its own as well (then the line
    over it is its group's)."""
    opening = closing = 0
    for at in marks:
        before = lines[at - 1] if at else None
        after = lines[at + 1] if at + 1 < len(lines) else None
        if _item(after) and annotations_in(after):
            return False
        if _heading(before) and _item(after):
            opening += 1
        elif after is None or _heading(after):
            closing += 1
    return opening > closing


def annotations_before_moved(text: str) -> str:
    """The text with each annotation line printed before its item moved after it (to the end of
    the item's lines) or, before a group heading, to the line under that heading."""
    lines = text.split("\n")
    printed = [i for i, line in enumerate(lines) if line.strip()]
    words = [lines[i] for i in printed]
    marks = [at for at, line in enumerate(words) if _annotation_line(line)]
    if len(marks) < 2 or not _printed_before(words, marks):
        return text
    marked = set(marks)
    moved = {printed[at] for at in marks if at + 1 < len(words) and _numbered(words[at + 1])}
    place = {index: at for at, index in enumerate(printed)}
    out: list[str] = []
    pending: list[str] = []  # the annotation of the item (or heading) being copied
    for index, line in enumerate(lines):
        at = place.get(index)
        if at is None:
            out.append(line)
            continue
        ends = at in marked or _numbered(line) or covering_line(line)
        its_own = at and printed[at - 1] in moved and _numbered(line)  # the item moved after
        if pending and ends and not its_own:
            out += pending
            pending = []
        if index in moved:
            pending.append(line)
        else:
            out.append(line)
    return "\n".join(out + pending)

"""A list's notes under their label ("填报说明：" then "1.进度安排中的百分比为…" "2.…"): how to fill
in or read the list printed above them, not items of it — their numbers are the notes', and the
lines are paragraphs, no tasks."""

from __future__ import annotations

from dataclasses import replace

from pilots.drafting.lexicon import compiled
from pilots.drafting.numbered_lines import Line


def notes_unnumbered(lines: list[Line]) -> list[Line]:
    """The lines with each run of numbered lines right after a notes label, of the style its first
    one opens, made paragraphs."""
    label = compiled("outline", "list_notes")
    out: list[Line] = []
    style = None
    for line in lines:
        if line.style is not None and line.style == style:
            out.append(replace(line, style=None, number="", body=line.raw))
            continue
        style = None
        if out and label.match(out[-1].raw) and line.style is not None:
            style = line.style
            line = replace(line, style=None, number="", body=line.raw)
        out.append(line)
    return out

"""A list's notes under their label ("填报说明：" then "1.进度安排中的百分比为…" "2.…"): how to fill
in or read the list printed above them, not items of it — their numbers are the notes', and the
lines are paragraphs, no tasks."""

from __future__ import annotations

from dataclasses import replace

from pilots.drafting.lexicon import compiled
from pilots.drafting.numbered_lines import Line, lines_read


def notes_unnumbered(lines: list[Line]) -> list[Line]:
    """The lines with each run of numbered lines right after a notes label, of the style its first
    one opens, made paragraphs."""
    labels = [compiled("outline", key) for key in ("list_notes", "list_notes_untitled")]
    opening = compiled("outline", "list_notes_opening")
    out: list[Line] = []
    style = None
    for line in lines:
        if line.style is not None and line.style == style:
            out.append(replace(line, style=None, number="", body=line.raw))
            continue
        style = None
        after_label = out and any(label.match(out[-1].raw.strip()) for label in labels)
        first = opening.match(out[-1].raw) if out and line.style is not None else None
        if first:  # 说明：1.… then 3.…: notes numbered on in the style of the first
            after_label = lines_read(first["first"])[0].style == line.style
        if after_label and line.style is not None:
            style = line.style
            line = replace(line, style=None, number="", body=line.raw)
        out.append(line)
    return out

"""A plan's table of contents (目录): left out before the outline is read.

A long plan printed from Word opens on a 目录 page, a line per chapter with its page number
(第一章　发展基础与形势<tab>1). Read as text, the lines look like the chapters themselves (第六章
保障措施7) and the outline would open a chapter there that swallows the 前言 after it. The
lines go; the chapters are read where the body prints them.
"""

from __future__ import annotations

from pilots.drafting.lexicon import compiled


def contents_left_out(text: str) -> str:
    """The text without its 目录 heading and the entries after it (blank lines between them too)."""
    lines = text.split("\n")
    heading, entry = compiled("outline", "contents_heading"), compiled("outline", "contents_entry")
    kept: list[str] = []
    index = 0
    while index < len(lines):
        if not heading.match(lines[index]):
            kept.append(lines[index])
            index += 1
            continue
        end, entries = index + 1, 0
        while end < len(lines) and (not lines[end].strip() or entry.match(lines[end])):
            entries += bool(lines[end].strip())
            end += 1
        if entries < 2:  # 目录 heading a list of something else (公共数据目录): kept
            kept.append(lines[index])
            index += 1
            continue
        while end > index + 1 and not lines[end - 1].strip():
            end -= 1  # the blank lines after the entries stay
        index = end
    return "\n".join(kept)

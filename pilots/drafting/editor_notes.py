"""An editor's note before a reposted plan (导读, 编者按, 划重点): left out before the outline.

A public account or a news site reposting a plan may open on its editor's note — a heading "导读"
(often led by an emoji, "📌导读") over a paragraph that restates the plan's figures in the editor's
words ("冲刺30亿元", "翻一番", "今年就要…"), then a line announcing the document ("全文如下"). The
note is no part of the plan: read as a heading it would open a part that swallows the plan's own
parts, and its figures would be read as goals. Its lines go, through the line announcing the full
text; without such a line, the heading and the paragraph after it. The words are in
data/documents.yaml (editor_note).
"""

from __future__ import annotations

import re
from functools import cache

from pilots.drafting.lexicon import table
from pilots.drafting.reposts import pictograph_stripped


@cache
def _patterns() -> dict[str, re.Pattern]:
    rule = table("documents")["editor_note"]
    return {key: re.compile(rule[key]) for key in ("heading", "full_text")}


def _bare(line: str) -> str:
    return pictograph_stripped(line.strip())


def editor_note_left_out(text: str) -> str:
    """The text without an editor's note standing before the plan (the first one, in the text's
    first lines)."""
    lines = text.split("\n")
    rule, patterns = table("documents")["editor_note"], _patterns()
    printed = [i for i, line in enumerate(lines) if line.strip()]
    for at, index in enumerate(printed[: rule["head_lines"]]):
        if not patterns["heading"].match(_bare(lines[index])):
            continue
        after = printed[at + 1 : at + 1 + rule["within"]]
        end = next((i for i in after if patterns["full_text"].match(_bare(lines[i]))), None)
        if end is None:  # the heading and the paragraph under it
            end = after[0] if after else index
        return "\n".join(lines[:index] + lines[end + 1 :])
    return text

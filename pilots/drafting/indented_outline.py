"""An outline printed without numbers whose levels are its indentation (a portal's plain text):

    重点任务
    夯实数字基础
    加快5G网络向乡镇和园区延伸，统筹…，年内新建5G基站200个。（县工信局牵头，…配合）
    建设县级算力节点，…。（县数据局牵头，县财政局配合）
    保障措施
    加强组织领导。成立…

Where no line prints a number of the outline, a short line holding no sentence (no 。，：) over
lines indented deeper than it is a heading: at the margin, a part; indented, a group, each line
indented deeper under it an item of the group. They are written as the portal page prints the same
levels — 【part】, ■group, ●item (bullet_outline.py reads those as the outline) — so each item is a
task titled by its first phrase, and the paragraphs indented under a part (its text, its named
safeguards) stay as they were. A document's title over its first paragraph is no part.
"""

from __future__ import annotations

import re
from itertools import pairwise

from pilots.drafting.lexicon import compiled, table
from pilots.drafting.numbered_lines import lines_read

_INDENT = re.compile(r"^[ \u3000\t]*")


def levels_indented(text: str) -> str:
    """``text`` with an outline of indentation only written with its levels' marks; any other
    text as it was."""
    if not re.search(r"^\u3000", text, re.MULTILINE):
        return text
    raws = text.split("\n")
    printed = [i for i, raw in enumerate(raws) if raw.strip()]
    nxt = dict(pairwise(printed))
    heads = {i for i in printed if i in nxt and _heading(raws[i], raws[nxt[i]])}
    margin = {i for i in heads if _depth(raws[i]) == 0}
    groups = heads - margin
    minimum = table("outline")["indented_levels_min"]
    if len(margin) < minimum or len(groups) < minimum:
        return text
    if any(line.style for line in lines_read(text)):
        return text  # the document prints its numbers (or bullets): its outline is theirs
    written = list(raws)
    group_depth: int | None = None
    for i in printed:
        depth = _depth(raws[i])
        if i in margin:
            written[i], group_depth = f"【{raws[i].strip()}】", None
        elif i in groups:
            written[i], group_depth = "■" + raws[i].strip(), depth
        elif group_depth is not None and depth > group_depth:
            written[i] = _INDENT.match(raws[i])[0] + "●" + raws[i].strip()
        else:
            group_depth = None
    return "\n".join(written)


def _depth(raw: str) -> int:
    """The indentation in characters: a full-width space one, two ASCII spaces one."""
    lead = _INDENT.match(raw)[0]
    return lead.count("\u3000") + lead.count("\t") * 2 + lead.count(" ") // 2


def _heading(raw: str, following: str) -> bool:
    """A short line of no sentence over a line indented deeper: not the document's title."""
    line = raw.strip()
    return (
        _depth(following) > _depth(raw)
        and bool(compiled("outline", "indented_heading").match(line))
        and not compiled("outline", "chunk_title").match(line)
    )

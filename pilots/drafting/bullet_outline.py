"""An outline printed without numbers whose levels are its bullets (a portal page's 实施方案):

    【重点任务】
    ■筑牢智能底座
    ●建设区级算力服务平台。依托区政务云扩容建设智算资源池，
    ——2026年底前形成智能算力200P；
    ——面向园区企业提供普惠算力服务（区数据中心牵头，区工信局配合）
    【保障措施】
    ▲健全工作机制。成立…

Where no line prints a number of the outline (一、 / （一） / 1. …; 【】 headings print none), the
glyphs leading its lines (data/outline.yaml bullet_levels: ■ ● ▲, not the dashes of one item's
points) are its numbering: each glyph a style of its own (glyph_1, glyph_2 … in the order the
glyphs first appear), numbered by how often it has led a line, so ■ opens a level, ● one below
it, and the outline is read as a numbered one is. A "——" line stays a paragraph of the item above.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pilots.drafting.lexicon import table

if TYPE_CHECKING:
    from pilots.drafting.numbered_lines import Line

_UNNUMBERED = {"bracketed"}  # styles that print no number of the outline


def bullet_levels(lines: list[Line]) -> list[Line]:
    """``lines`` with each line led by a level glyph numbered in that glyph's style, where no
    line prints a number and such lines are enough to make an outline."""
    if any(line.style and line.style not in _UNNUMBERED for line in lines):
        return lines
    outline = table("outline")
    glyphs = outline["bullet_levels"]
    led = [line.raw[0] if line.style is None and line.raw[:1] in glyphs else None for line in lines]
    order = list(dict.fromkeys(g for g in led if g))
    if sum(1 for g in led if g) < outline["bullet_levels_min"] or len(order) > 4:
        return lines
    counts: dict[str, int] = {}
    read = []
    for line, glyph in zip(lines, led, strict=True):
        if line.style:  # a 【】 heading: the items under it counted afresh
            counts.clear()
        if glyph and line.body.strip():
            level = order.index(glyph)
            counts = {g: n for g, n in counts.items() if order.index(g) <= level}
            counts[glyph] = counts.get(glyph, 0) + 1
            style = f"glyph_{level + 1}"
            line = replace(line, style=style, number=str(counts[glyph]), body=line.body.strip())
        read.append(line)
    return read

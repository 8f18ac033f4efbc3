"""A plan's tasks printed as TASK CARDS (任务卡, a 挂图作战 list's 项目卡): each a card heading over
lines that are its fields, in one of three prints:

    任务一：建设X平台          项目卡01                       任务1：建设X平台
    工作目标：…                项目名称 | 建设X平台 |         工作目标
    主要举措：…                工作目标 | … |                 …
    牵头单位：区甲局           牵头单位 | 区甲局 |            牵头单位
    完成时限：2026年12月底     完成时限 | 2026年12月31日 |    区甲局

A Word file prints each field "label：content"; a card printed as a two-column table (label |
content, no colon) or as a definition list (the label on a line, its content on the next) is
written here as those lines, its caption joined to its name's line ("项目卡01 项目名称：X"): the
labelled entry (labelled_entries.py) the outline and the annotation readers read. The labels are
the entry's (data/outline.yaml) and the annotations' (data/annotations.yaml).
"""

from __future__ import annotations

import re

from pilots.drafting.labelled_entries import entry_field, entry_lines, entry_name
from pilots.drafting.lexicon import compiled, numbering_styles
from pilots.drafting.line_runs import runs_rewritten
from pilots.drafting.numbered_lines import card_heading

_LABEL_MAX = 12  # a label alone on its line or in its cell: 工作目标, 牵头单位, 责任人


def cards_as_lines(text: str) -> str:
    """``text`` with each task card written as its heading and its "label：content" lines."""
    return "\n".join(runs_rewritten(text.split("\n"), _card_at))


def _card_at(lines: list[str], index: int) -> tuple[list[str], int] | None:
    heading = card_heading(lines[index])
    if heading is None:
        return None
    fields, after = _fields_after(lines, index + 1)
    if not heading["body"].strip():  # 项目卡01: its name in the first line
        if not fields or entry_name(fields[0]) is None:
            return None
        fields[0] = f"{heading['marker']} {fields[0]}"
    else:
        fields.insert(0, lines[index].strip())
    if not entry_lines(fields[1:]):
        return None
    return fields, after


def _fields_after(lines: list[str], index: int) -> tuple[list[str], int]:
    """The card's fields from ``index`` on, each "label：content", and the index after them. A
    line no label opens continues the field above while that one is still empty (the label alone:
    its content comes next) or while it runs on in bullets (进度安排： over "——…" lines)."""
    bullet = compiled("outline", "bullet")
    fields: list[str] = []
    after = index
    empty = bulleted = False
    for at in range(index, len(lines)):
        raw = lines[at].strip()
        if not raw:
            continue
        field = _field(raw)
        if field is not None:
            fields.append(field)
            empty, bulleted = field.endswith(("：", ":")), False
        elif fields and (empty or (bulleted and bullet.match(raw))) and not _opens_item(raw):
            fields[-1] += raw
            empty, bulleted = False, bool(bullet.match(raw))
        else:
            break
        after = at + 1
    return fields, after


def _field(raw: str) -> str | None:
    """The line as "label：content": as printed, from a two-column row "label | content |", or a
    label alone ("工作目标" → "工作目标：", its content to come)."""
    cells = [cell.strip() for cell in raw.split("|")] if "|" in raw else []
    while cells and not cells[-1]:
        cells.pop()
    if len(cells) >= 2 and _bare_label(cells[0]):
        return f"{cells[0]}：{' '.join(cells[1:])}"
    if cells:
        return None
    if entry_field(raw):
        return raw
    return f"{raw}：" if _bare_label(raw) else None


def _bare_label(text: str) -> bool:
    """A label printed without its colon: 工作目标, 牵头单位, 项目名称."""
    if len(text) > _LABEL_MAX or re.search(r"[:：]", text):
        return False
    return entry_field(f"{text}：…") is not None


def _opens_item(raw: str) -> bool:
    return card_heading(raw) is not None or any(s.pattern.match(raw) for s in numbering_styles())

"""A line after the last item of a group that gives the roles of the whole group, unbracketed:
"以上任务由县发改局牵头，县数据局、县工信局配合。" covers every item of the group (the items
since the section's start or the previous such line) that carries no annotation of its own;
"以上第7、8项由X牵头，Y配合；第9项由Z牵头。" gives each item it numbers its part;
"以上任务由X、Y按职责分工负责。" makes them responsible for each. The line is a note on the
group, no part of its last item's text. "以上措施由X负责解释" says who interprets the document:
no line of roles."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pilots.drafting.annotations import annotations_in
from pilots.drafting.lexicon import table

if TYPE_CHECKING:
    from pilots.drafting.sections import SectionDraft, TaskDraft


def group_lines_read(sections: list[SectionDraft]) -> None:
    """Cut each group line out of the task text it closes and give the group's items without
    an annotation of their own the line's part for them (``TaskDraft.group_annotation``)."""
    for section in sections:
        group: list[TaskDraft] = []
        for task in section.tasks:
            group.append(task)
            lines = task.text.split("\n")
            found = [i for i, line in enumerate(lines) if i and _parts(line)]
            if not found:
                continue
            line = lines[found[-1]]
            task.text = "\n".join(lines[: found[-1]] + lines[found[-1] + 1 :]).strip()
            for items, actors in _parts(line):
                for item in group:
                    if (items is None or _number(item) in items) and not annotations_in(item.text):
                        item.group_annotation = f"（{actors}）"
            group = []
        group_lines_read(section.sections)


def _parts(line: str) -> list[tuple[set[int] | None, str]]:
    """(the item numbers a part names, or None for all; its actors) of a group line; none when
    the line is not one."""
    words = table("annotations")
    opener = re.match(words["group_line"], line.strip())
    if not opener or not opener.group(0) or re.search(words["group_line_interpreting"], line):
        return []
    parts = []
    for part in re.split(r"[；;]", line.strip()[opener.end() :].rstrip("。. ")):
        match = re.match(words["group_line_part"], part.strip())
        if not match:
            return []
        items = match["items"]
        numbers = {int(n) for n in re.findall(r"\d+", items)} if items else None
        parts.append((numbers, match["actors"].strip()))
    return parts


def _number(task: TaskDraft) -> int | None:
    digits = re.findall(r"\d+", task.numbering or "")
    return int(digits[0]) if digits else None

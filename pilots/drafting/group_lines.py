"""A line after the last item of a group that gives the roles of the whole group, unbracketed:
"以上任务由县发改局牵头，县数据局、县工信局配合。" covers every item of the group (the items
since the section's start or the previous such line) that carries no annotation of its own;
"以上第7、8项由X牵头，Y配合；第9项由Z牵头。" gives each item it numbers its part (a range too:
"以上第1—5项", "以上（一）至（三）项");
"以上任务由X、Y按职责分工负责。" makes them responsible for each; "以上两项由X牵头" counts
the items back from the line; "以上各项工作，Z负责本辖区落实。" names Z as the subject of its
duty. Over items that all carry their own annotation, each takes the line's roles it names none
of. The line is a note on the group, no part of its last item's text. "以上措施由X负责解释" says
who interprets the document: no line of roles. A sentence naming articles by number
("第十六条至第十九条所列政策，由X牵头，Y配合落实", in the closing articles) gives those articles
its roles, as a group line does."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from pilots.drafting.annotations import annotations_in
from pilots.drafting.lexicon import table
from pilots.drafting.numerals import chinese_number

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
                covered = _covered(group, items)
                # over items that all carry their own, each takes the roles it names none of
                every = all(annotations_in(item.text) for item in covered)
                for item in covered:
                    if every or not annotations_in(item.text):
                        item.group_annotation = f"（{actors}）"
            group = []
        group_lines_read(section.sections)


def covering_line(line: str) -> bool:
    """Whether a line gives the roles of the items above it (以上两项由X牵头，Y配合。)."""
    return bool(_parts(line))


def _covered(group: list[TaskDraft], items: set[int] | int | None) -> list[TaskDraft]:
    """The items of the group a part names: by number, the last N (以上两项), or all."""
    if items is None:
        return group
    if isinstance(items, int):
        return group[-items:]
    return [item for item in group if _number(item) in items]


def article_lines_read(sections: list[SectionDraft], text: str) -> None:
    """Give the articles a sentence names by number (``article_line``) and that carry no
    annotation of their own the sentence's roles."""
    words = table("annotations")
    tasks = [
        t for s in sections for t in s.all_tasks() if re.fullmatch(r"第.+条", t.numbering or "")
    ]
    for line in text.split("\n"):
        for found in re.finditer(words["article_line"], line):
            if re.search(words["group_line_interpreting"], found[0]):
                continue
            items = _numbers(found["items"])
            for task in tasks:
                if (
                    _number(task) in items
                    and not annotations_in(task.text)
                    and not task.group_annotation
                ):
                    task.group_annotation = f"（{found['actors'].strip()}）"


def _parts(line: str) -> list[tuple[set[int] | int | None, str]]:
    """(the item numbers a part names, the count of items above it names (以上两项), or None
    for all; its actors) of a group line; none when the line is not one."""
    words = table("annotations")
    opener = re.match(words["group_line"], line.strip())
    if not opener or re.search(words["group_line_interpreting"], line):
        return []
    parts: list[tuple[set[int] | int | None, str]] = []
    rest = line.strip()[opener.end() :].rstrip("。. ")
    subject = opener.group(0) and re.fullmatch(words["group_line_subject"], rest)
    if subject:  # 以上各项工作，各县（市、区）人民政府负责本辖区落实。
        return [(None, subject["actors"].strip())]
    for part in re.split(r"[；;]", rest):
        match = re.match(words["group_line_part"], part.strip())
        if not match:
            return []
        items, count = match["items"], match["count"]
        number = _value(count) if count else None
        parts.append((_numbers(items) if items else number, match["actors"].strip()))
    if not opener.group(0) and parts[0][0] is None:
        return []  # no 以上 and no range of items: a sentence like any other
    return parts


_NUMERAL = r"\d+|[一二三四五六七八九十]+"


def _numbers(items: str) -> set[int]:
    """The item numbers of 7、8 / 1—5 / 一至三 / （一）至（三） / （四）（五): a range runs from the
    number before 至, 到 or a dash to the one after it."""
    found = [(m.start(), m.end(), _value(m[0])) for m in re.finditer(_NUMERAL, items)]
    numbers = {value for _, _, value in found}
    for (_, end, first), (start, _, last) in pairwise(found):
        if re.search(r"[至到—–~～-]", items[end:start]):
            numbers.update(range(first, last + 1))
    return numbers


def _value(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else chinese_number(numeral) or 0


def _number(task: TaskDraft) -> int | None:
    found = re.search(_NUMERAL, task.numbering or "")
    return _value(found[0]) if found else None

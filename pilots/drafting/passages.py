"""Where each item of a draft came from: character spans in the document's cleaned text.

The draft's texts are cut from the cleaned text (``cleaning.source_text_prepare``), so every
section heading, goal, target phrase and task is found again in it, in print order, comparing
with full-width forms folded and whitespace ignored (a task's text joins lines the document
breaks). Found from the data rather than recorded while drafting, the spans follow the draft as
a person edits it: a task moved, renamed or deleted in the YAML is found, or not, where it now
is. Inside a task's passage its agency annotations are marked too; so are the role cells (牵头单位
| 配合单位 columns) of a task table's row that prints the task, and the annotation of the row of
an annex's division table (附件：重点任务分工表) that names the task (``division``).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pilots.drafting.annotation_roles import role_of_label
from pilots.drafting.annotations import annotations_in
from pilots.drafting.division import division_assigned, division_table
from pilots.drafting.lexicon import compiled, table

# The shortest text worth looking for: shorter ones ("一、") match anywhere.
_MIN_NEEDLE = 4
# A task whose full text is not found is looked for by the first characters of its title.
_TITLE_PREFIX = 12
# A target whose phrase the document does not print (an indicator row's) is looked for by the
# longest head of it a table row prints, of at least:
_TARGET_HEAD = 6
_NUMBER_ONLY = re.compile(
    r"[ \t\u3000]*(第[一二三四五六七八九十百]+[章节条部分]+"
    rf"|[(（〔]?([0-9０-９一二三四五六七八九十]+|[{table('outline')['stems']}])[)）〕]?[.．、,，]?"
    r"|[①-⑳])?[ \t\u3000]*"
)


@dataclass(frozen=True)
class Passage:
    kind: str  # section, goal, target, task, annotation
    path: str  # the item's path in the draft's data: sections[2].tasks[4]
    start: int
    end: int

    @property
    def anchor(self) -> str:
        """An HTML id for the item's path (``sections-2-tasks-4``)."""
        return "".join(c if c.isalnum() else "-" for c in self.path).strip("-").replace("--", "-")


class FoldedText:
    """The text with full-width forms folded and whitespace dropped, and where each folded
    character came from in the original."""

    def __init__(self, text: str):
        chars: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(text):
            for folded in unicodedata.normalize("NFKC", char):
                if not folded.isspace():
                    chars.append(folded)
                    origin.append(index)
        self.text = text
        self.folded = "".join(chars)
        self.origin = origin

    @staticmethod
    def fold(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKC", text) if not c.isspace())

    def find(self, needle: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
        """The original span of ``needle`` at or after original position ``start``."""
        folded = self.fold(needle)
        if len(folded) < _MIN_NEEDLE:
            return None
        at = bisect.bisect_left(self.origin, start)
        stop = len(self.folded) if end is None else bisect.bisect_left(self.origin, end)
        found = self.folded.find(folded, at, stop)
        if found < 0:
            return None
        return self.origin[found], self.origin[found + len(folded) - 1] + 1


def passages_locate(text: str, data: dict[str, Any]) -> list[Passage]:
    """Every item of a draft's data found in the cleaned text, in print order."""
    folded = FoldedText(text)
    found: list[Passage] = []
    cursor = 0
    for kind, path, item in _goal_items(data.get("goals") or []):
        span = _find(folded, kind, item, cursor)
        if span:
            found.append(Passage(kind, path, *span))
            if kind == "goal":
                cursor = span[0]
    cursor = 0
    tasks: list[tuple[str, dict]] = []
    role_cells = _role_cells(text)
    for kind, path, item in _section_items(data.get("sections") or [], "sections"):
        span = _find(folded, kind, item, cursor)
        if kind == "task":
            tasks.append((path, item))
        if span:
            span = _with_numbering(text, span)
            found.append(Passage(kind, path, *span))
            cursor = span[1] if kind == "task" else span[0]
            if kind == "task":
                found += _annotations(text, path, span, role_cells)
    found += _division_annotations(text, tasks, found, role_cells)
    return sorted(found, key=lambda p: (p.start, -p.end))


def _division_annotations(
    text: str,
    tasks: list[tuple[str, dict]],
    found: list[Passage],
    role_cells: dict[int, list[tuple[int, int]]],
) -> list[Passage]:
    """The annotation of each row after an annex's heading, outside every task's passage, that
    names a task (its role cells, in a table printed as cells): where the task's units come from."""
    spans = [(p.start, p.end) for p in found if p.kind == "task"]
    annex = compiled("outline", "annex")
    rows: list[tuple[str, str]] = []
    marks: list = []  # each row's number (序号), where it prints one
    where: list[list[tuple[int, int]]] = []
    offset, opened = 0, False
    for line in text.split("\n"):
        opened = opened or bool(annex.match(line.strip()))
        if opened and not any(start <= offset < end for start, end in spans):
            if offset in role_cells:
                cells = role_cells[offset]
                row = [(_row_task(line, offset, cells), "、".join(text[a:b] for a, b in cells))]
                mark = None
            else:
                row, numbers = division_table([line])
                mark = numbers[0] if row else None
                annotation = annotations_in(line)[0] if row else None
                cells = [(offset + annotation.start, offset + annotation.end)] if row else []
            if row and row[0][0]:
                rows += row
                marks.append(mark)
                where.append(cells)
        offset += len(line) + 1
    titles = [item.get("title") if isinstance(item.get("title"), str) else "" for _, item in tasks]
    numberings = [str(item.get("numbering") or "") for _, item in tasks]
    return [
        Passage("annotation", f"{tasks[task][0]}.annotations[{row}]", *cell)
        for task, row in division_assigned(titles, rows, numberings, marks).items()
        for cell in where[row]
    ]


def _row_task(line: str, offset: int, role_cells: list[tuple[int, int]]) -> str:
    """A table row's task cell: its first cell of words that is neither a number nor a role."""
    taken = {start - offset for start, _ in role_cells}
    for start, end in _cell_spans(line) or []:
        words = line[start:end]
        if words and start not in taken and not re.fullmatch(r"[0-9０-９.．、]+", words):
            return words.split("。", 1)[0]
    return ""


def _with_numbering(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A heading's or task's span from the start of its line when only its number is before
    it there ("3." of "3.认知智能", "（二）")."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    if _NUMBER_ONLY.fullmatch(text[line_start : span[0]]):
        return line_start, span[1]
    return span


def _find(folded: FoldedText, kind: str, item: dict, cursor: int) -> tuple[int, int] | None:
    # A heading is looked for with its number first: its words alone may stand earlier, in the
    # plan's title (……重点任务分解表 before 二、重点任务).
    numbered = f"{item.get('numbering') or ''}{item.get('title') or ''}"
    needles = {
        "target": [item.get("source_phrase")],
        "goal": [numbered, item.get("title")],
        "section": [numbered, item.get("title")],
        "task": [item.get("text"), item.get("title")],
    }[kind]
    for needle in needles:
        if not isinstance(needle, str):
            continue
        span = folded.find(needle, cursor) or folded.find(needle)
        if span:
            return span
    title = item.get("title")
    if kind == "task" and isinstance(title, str) and len(title) > _TITLE_PREFIX:
        return folded.find(title[:_TITLE_PREFIX], cursor)
    phrase = item.get("source_phrase")
    if kind == "target" and isinstance(phrase, str):
        return _indicator_row(folded, phrase)
    return None


def _indicator_row(folded: FoldedText, phrase: str) -> tuple[int, int] | None:
    """Where a table row prints the indicator of a target whose phrase the importer wrote (a
    row's 人工智能核心产业规模从120亿元提高到300亿元): the phrase's longest head the document
    prints, on a line of cells or as a line of its own (a table copied one cell a line). A shorter
    head is found wherever a longer one is, so the longest is found by halving."""
    low, high, span = _TARGET_HEAD, len(phrase) - 1, None
    while low <= high:
        middle = (low + high) // 2
        found = folded.find(phrase[:middle])
        if found:
            low, span = middle + 1, found
        else:
            high = middle - 1
    while span:
        line_start = folded.text.rfind("\n", 0, span[0]) + 1
        line_end = folded.text.find("\n", span[1])
        line = folded.text[line_start : line_end if line_end >= 0 else len(folded.text)]
        if "\t" in line or "|" in line or folded.fold(line) == folded.fold(phrase[: low - 1]):
            return span
        span = folded.find(phrase[: low - 1], span[1])
    return None


def _goal_items(goals: list) -> Iterator[tuple[str, str, dict]]:
    for index, goal in enumerate(goals):
        if not isinstance(goal, dict):
            continue
        yield "goal", f"goals[{index}]", goal
        for number, target in enumerate(goal.get("targets") or []):
            if isinstance(target, dict):
                yield "target", f"goals[{index}].targets[{number}]", target


def _section_items(sections: list, path: str) -> Iterator[tuple[str, str, dict]]:
    for index, section in enumerate(sections):
        if not isinstance(section, dict):
            continue
        here = f"{path}[{index}]"
        yield "section", here, section
        for number, task in enumerate(section.get("tasks") or []):
            if isinstance(task, dict):
                yield "task", f"{here}.tasks[{number}]", task
        yield from _section_items(section.get("sections") or [], f"{here}.sections")


def _annotations(
    text: str, path: str, span: tuple[int, int], role_cells: dict[int, list[tuple[int, int]]]
) -> list[Passage]:
    """The task's bracketed annotations, and the role cells of the table rows it is printed on."""
    start, end = span
    spans = [(start + a.start, start + a.end) for a in annotations_in(text[start:end])]
    line = text.rfind("\n", 0, start) + 1
    while line <= end:
        spans += role_cells.get(line, [])
        line = text.find("\n", line) + 1 or end + 1
    return [
        Passage("annotation", f"{path}.annotations[{index}]", *where)
        for index, where in enumerate(spans)
        if where[1] > where[0]
    ]


def _role_cells(text: str) -> dict[int, list[tuple[int, int]]]:
    """Where each line of a task table (cells between | or tabs under a header naming 牵头单位 /
    配合单位 columns) prints its role cells, by the line's offset: the row's annotation."""
    cells: dict[int, list[tuple[int, int]]] = {}
    columns: list[int] = []  # the role columns of the table the lines above are rows of
    offset = 0
    for line in text.split("\n"):
        spans = _cell_spans(line)
        if spans is None:
            columns = []
        elif labelled := [
            i for i, (a, b) in enumerate(spans) if a < b and role_of_label(line[a:b])
        ]:
            columns = labelled  # a header, or the header repeated on a new page
        else:
            found = [(offset + a, offset + b) for i, (a, b) in enumerate(spans) if i in columns]
            if found := [(a, b) for a, b in found if a < b]:
                cells[offset] = found
        offset += len(line) + 1
    return cells


def _cell_spans(line: str) -> list[tuple[int, int]] | None:
    """Each cell's words of a line of cells between | (or tabs), as offsets in the line; None for
    any other line."""
    separator = "|" if line.count("|") >= 2 else "\t" if line.count("\t") >= 2 else None
    if separator is None:
        return None
    spans, start = [], 0
    for cell in line.split(separator):
        left = start + len(cell) - len(cell.lstrip())
        spans.append((left, max(left, start + len(cell.rstrip()))))
        start += len(cell) + 1
    return spans

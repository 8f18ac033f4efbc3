"""The outline of a plan document, read from the numbering it prints.

Every line is a numbered heading or item (一、 / (一) / 1. / (1) / ① / 第X章 / 第X条, the styles in
data/outline.yaml) or an unnumbered paragraph. The levels are not fixed: a style opens a level
below the styles already open the first time it appears, and when it comes back it closes every
level under it. So 四、 → (一) → 1. → named items, (一)…(十三) numbered across chapters, or a
document whose top level is (一) all read the same way; what each level *means* (goal, section,
task, safeguard) is decided afterwards from the document itself (``sections``, ``goals``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise

from pilots.drafting.annotations import annotations_in, has_annotation
from pilots.drafting.closing_parts import closing_index, closing_line, closing_opens
from pilots.drafting.headings import (
    annotation_stripped,
    first_clause,
    heading_only,
    heading_phrase,
    heading_text,
)
from pilots.drafting.labelled_entries import entry_field
from pilots.drafting.lexicon import compiled, table
from pilots.drafting.list_notes import notes_unnumbered
from pilots.drafting.notice_lines import notice_unnumbered
from pilots.drafting.numbered_lines import Line, lines_read
from pilots.drafting.signature import signature_start
from pilots.drafting.table_opening import table_opens, table_title


@dataclass
class Node:
    """A numbered line with everything printed under it, or an unnumbered paragraph (a leaf)."""

    line: Line | None  # None for the document itself
    items: list[Node] = field(default_factory=list)
    parent: Node | None = field(default=None, repr=False)
    annex: list[str] = field(default_factory=list)  # the document's: the lines of its annex
    annex_title: str = ""  # the line opening the annex (附件, 附件：主要指标)
    signature: list[str] = field(default_factory=list)  # the document's closing issuer and date

    @property
    def numbered(self) -> bool:
        return self.line is not None and self.line.style is not None

    @property
    def children(self) -> list[Node]:
        """The numbered lines directly under this one."""
        return [n for n in self.items if n.numbered]

    @property
    def paragraphs(self) -> list[Node]:
        return [n for n in self.items if not n.numbered]

    @property
    def body(self) -> str:
        return self.line.body if self.line else ""

    @property
    def heading(self) -> str:
        """The heading a numbered line prints: the whole line (an annotation ending it aside), or
        the phrase before its 。."""
        if heading_only(annotation_stripped(self.body)):
            return heading_text(annotation_stripped(self.body))
        return heading_phrase(self.body) or first_clause(self.body)

    @property
    def heading_only(self) -> bool:
        return heading_only(self.body)

    @property
    def depth(self) -> int:
        depth, node = 0, self.parent
        while node is not None:
            depth, node = depth + 1, node.parent
        return depth

    def walk(self) -> Iterator[Node]:
        for item in self.items:
            yield item
            yield from item.walk()

    def own_lines(self) -> list[str]:
        """The line's body and the paragraphs printed under it, without its numbered children."""
        return [self.body, *(p.line.raw for p in self.paragraphs)] if self.line else []

    def text(self) -> str:
        """Everything printed from this line on, its sub-items with their own numbers."""
        lines = [self.body] if self.line else []
        lines += [n.line.raw for n in self.walk()]
        return "\n".join(line for line in lines if line)

    def annotated(self) -> bool:
        """An agency annotation in this line or the paragraphs under it (not its children)."""
        return any(has_annotation(text) for text in self.own_lines())


def outline_read(text: str) -> Node:
    """The document as a tree of numbered lines; unnumbered lines hang under the last one."""
    root = Node(None)
    stack = [root]
    lines = _first_number_lost(_chunks_unnumbered(notice_unnumbered(lines_read(text))))
    lines = notes_unnumbered(lines)
    signed = signature_start(lines)  # the signature after the last item: no text of it
    lines, root.signature = lines[:signed], [line.raw for line in lines[signed:]] if signed else []
    box: tuple[str | None, int] | None = None  # inside a 专栏: the numbering it interrupts
    for index, line in enumerate(lines):
        annex = compiled("outline", "annex").match(line.raw)
        # a notice whose annex is the plan itself reads on; one that names a table or a list
        # (附件：重点任务分工表) is never the plan, however long it is, nor is a task table of
        # annotated rows after a body printing no numbers of its own
        annex = annex and (
            index > len(lines) / 2 or any(table_title(later) for later in lines[index : index + 2])
        )
        annex = annex and not _attachments_listed(lines, index)
        # or a task list's title after the plan's signature (a workbook's next sheet)
        annex = annex or (
            table_opens(lines, index)
            and (not root.children or signature_start(lines[:index]) is not None)
        )  # children: O(n)
        if annex and (root.children or _task_rows_after(lines, index)):
            _signature_taken(root, lines[:index])
            root.annex = [later.raw for later in lines[index + 1 :]]
            root.annex_title = line.raw
            _closing_part_read(root)
            break  # what follows is an annex, not the plan's outline
        after_row = line.style is None and len(stack) > 1 and stack[-1].annotated()
        if after_row and closing_opens(lines, index, stack[-1].line):  # the table has ended
            del stack[1:]
            line = closing_line(line)
        box, line = _in_box(box, line, stack, lines[index + 1 : index + 2])
        node = Node(line)
        if line.style == "box":  # an engineering box: beside the section it interrupts, or a
            # part of its own after the part whose tasks it interrupts
            del stack[len(box[2]) - 2 :]
            node.parent = stack[-1]
            stack[-1].items.append(node)
            stack.append(node)
            continue
        if line.style is None:
            if stack[-1].numbered and stack[-1].line.style == "card" and not entry_field(line.raw):
                stack.pop()  # a card holds its labelled lines: what follows them is above it
            node.parent = stack[-1]
            stack[-1].items.append(node)
            continue
        _numbered_placed(stack, node)
    _cut_heading_dropped(root)
    return root


def _numbered_placed(stack: list[Node], node: Node) -> None:
    """A numbered line under the last line of a higher level, ``stack`` then ending in it."""
    style = node.line.style
    level = next((i for i in range(len(stack) - 1, 0, -1) if stack[i].line.style == style), None)
    if level is None:  # 二、 after (五) of a copy that dropped 一、: a part, not a sub-item
        deeper = table("outline")["never_under"].get(style, ())
        level = next((i for i in range(1, len(stack)) if stack[i].line.style in deeper), None)
    if level is not None:
        del stack[level:]
    node.parent = stack[-1]
    stack[-1].items.append(node)
    stack.append(node)


def _signature_taken(root: Node, lines: list[Line]) -> None:
    """The issuer and date signing the plan above its annexed list, out of the last item: the
    document's signature (a workbook's plan sheet, its list on the next)."""
    signed = signature_start(lines) if root.children else None
    last = list(root.walk())[-1] if signed is not None else None
    if last is None or last.parent is None or len(last.parent.items) < len(lines) - signed:
        return
    signature = last.parent.items[signed - len(lines) :]
    if all(not node.numbered for node in signature):
        del last.parent.items[signed - len(lines) :]
        root.signature = root.signature or [node.line.raw for node in signature]


def _closing_part_read(root: Node) -> None:
    """The part after the annex's task table (工作要求 and its points), out of the annex: a part
    of the document's, as where the table is the body's."""
    lines = lines_read("\n".join(root.annex))
    index = closing_index(lines)
    if index is None:
        return
    lines = lines[index:]
    root.annex = root.annex[: root.annex.index(lines[0].raw)]
    stack = [root]
    _numbered_placed(stack, Node(closing_line(lines[0])))
    for line in lines[1:]:
        node = Node(line)
        if line.style is None:
            node.parent = stack[-1]
            stack[-1].items.append(node)
        else:
            _numbered_placed(stack, node)


def _cut_heading_dropped(root: Node) -> None:
    """ "二、著力增强" ending a truncated copy: a heading of a level that holds items elsewhere
    (its sibling before it has numbered lines under it), printed with nothing under it and no
    sentence of its own, is a part cut before anything of it survived — no section, no task. A
    cut item of the task level ("3.探索数字") is a task whose text is what survives."""
    last = next(reversed(list(root.walk())), None)
    if last is None or not last.numbered or last.items or not last.heading_only:
        return
    siblings = last.parent.items
    if any(n.numbered and n.line.style == last.line.style and n.children for n in siblings):
        siblings.remove(last)


def _chunks_unnumbered(lines: list[Line]) -> list[Line]:
    """A site's chunk markers ("1、X方案为激活…" … "…公共数" / "2、据价值…"): a numbering
    style whose first line opens with a plan's title and runs on, and which continues a long
    line cut mid-word, is the site's, on every long line it starts — text, not the outline."""
    rule = table("outline")["chunk_marker"]
    title, mid_word = compiled("outline", "chunk_title"), re.compile(rule["mid_word_end"])
    long = rule["min_length"]
    continued = {
        index + 1
        for index, (before, line) in enumerate(pairwise(lines))
        if line.style and len(before.raw) >= long and mid_word.search(before.raw)
    }
    first = {}
    for line in lines:
        first.setdefault(line.style, line)
    styles = {
        lines[i].style
        for i in continued
        if len(first[lines[i].style].raw) >= long and title.match(first[lines[i].style].body)
    }
    return [
        replace(n, style=None, number="", body=n.raw)
        if n.style in styles and (i in continued or len(n.raw) >= long)
        else n
        for i, n in enumerate(lines)
    ]


def _first_number_lost(lines: list[Line]) -> list[Line]:
    """A digest or a cut copy whose first measure lost its number: the numbering starts at 二、
    (2.) and the paragraph just before it is a measure closed by its own annotation ("对…给予补助,
    (责任单位:X、Y)" then "二、…") — that paragraph is measure 一, numbered like the rest."""
    first = next((i for i, line in enumerate(lines) if line.style), None)
    if not first or lines[first].value != 2:
        return lines
    style, before = lines[first].style, lines[first - 1]
    if before.style or any(line.style == style and line.value == 1 for line in lines):
        return lines
    closing = annotations_in(before.raw)
    if not closing or closing[-1].standalone or closing[-1].start == 0:
        return lines
    if before.raw[closing[-1].end :].strip(" ,，。;；"):
        return lines  # the annotation does not close the paragraph: a preamble naming a drafter
    one = replace(before, style=style, number="1" if lines[first].number.isdigit() else "一")
    return [*lines[: first - 1], replace(one, inferred=True), *lines[first:]]


def _task_rows_after(lines: list[Line], index: int) -> bool:
    """Rows of a task table after the annex's title: numbered lines annotated in themselves."""
    return any(line.style and has_annotation(line.body) for line in lines[index + 1 :])


def _attachments_listed(lines: list[Line], index: int) -> bool:
    """附件：1.X主要指标 in a notice, the first attachment printed later under 附件1: a list; so
    is 附件：X分工表 naming the one attachment, its heading printed again later (附件 X分工表)."""
    if not compiled("outline", "annex_list").match(lines[index].raw):
        title = _annex_named(lines[index].raw)
        annex = compiled("outline", "annex")
        return bool(title) and any(
            annex.match(later.raw) and _annex_named(later.raw) == title
            for later in lines[index + 1 :]
        )
    first = compiled("outline", "annex_first")
    return any(first.match(later.raw) for later in lines[index + 1 :])


def _annex_named(line: str) -> str:
    """The title an annex line names (附件：X表, 附件 X表 → X表), or ""."""
    return re.sub(r"^附件\s*[:：]?\s*|\s+", "", line.strip()) if line.strip() != "附件" else ""


def _in_box(
    box: tuple[str | None, int, list[Node] | None] | None,
    line: Line,
    stack: list[Node],
    following: list[Line],
) -> tuple[tuple[str | None, int, list[Node] | None] | None, Line]:
    """(the box still open, the line): a box's numbered items are read as paragraphs — but for
    a box of engineering (专栏1 X重点工程) printed after tasks under a part, whose items are tasks
    of a section of its own (style "box", the levels it interrupted kept to open again). A box
    with no number (专栏 X重点工程) holds tasks only when numbered items follow its title, as the
    programmes of SOURCES.md's convention are; lines of names "X场景：…" under it stay its text."""
    opened = compiled("outline", "box").match(line.raw)
    if opened:
        base = box[2] if box and box[2] else stack  # a box after a box interrupts the same
        deepest = base[-1].line if len(base) > 1 else None
        if deepest is None:
            return (None, 0, None), line
        body = box_title(line.raw)
        engineering = len(base) > 2 and compiled("outline", "box_engineering").search(line.raw)
        items_numbered = bool(following) and following[0].style is not None
        numbered = (opened.group(1) or "").strip(":：") or (
            opened["titled"] is not None and items_numbered
        )
        if engineering and numbered and not box_year(body):
            line = replace(line, style="box", number=opened.group(1) or "", body=body)
            return (deepest.style, deepest.value + 1, list(base)), line
        return (deepest.style, deepest.value + 1, None), line
    if box is None or line.style is None:
        return box, line
    above = {node.line.style for node in (box[2] or stack)[1:-1]}
    goes_on = line.style == box[0] and line.value == box[1]
    if goes_on and not box[2] and compiled("outline", "box_project_item").search(line.raw):
        goes_on = False  # 3. naming a project and its investment: the box's own numbering going on
    if line.style in above or goes_on:
        if box[2]:
            stack[:] = box[2]  # the levels the box interrupted, open again
        return None, line
    if box[2]:
        return box, line  # an engineering box's items keep their numbers
    return box, replace(line, style=None, number="", body=line.raw)


def box_title(raw: str) -> str:
    """The title of a box's opening line (专栏1　X重点工程 → X重点工程), or "" for no box."""
    opened = compiled("outline", "box").match(raw)
    return raw[opened.end() :].strip(" 　:：") if opened else ""


def box_year(title: str) -> int | None:
    """The one year a box's title names its projects by (2026年“人工智能+”重点项目 → 2026)."""
    match = compiled("outline", "box_year_list").match(title)
    return int(match[1]) if match else None


def box_of_projects(title: str, body: str = "") -> bool:
    """专栏1　算力网络重点项目: what each project builds and costs, no goal of the plan (a box of
    one year's projects or of 重点工程 is one) — nor is a box under another title whose every
    item is a project with its investment (专栏3　重点场景: 1.X项目。总投资2000万元，…)."""
    if compiled("outline", "box_engineering").search(title) or box_year(title) is not None:
        return False
    return bool(compiled("outline", "box_projects").search(title)) or _projects_listed(body)


def _projects_listed(body: str) -> bool:
    """Every numbered item of a box's lines (a line wrapped by a PDF read with its item) names a
    project and its investment."""
    items: list[str] = []
    for line in lines_read(body):
        if line.style or not items:
            items.append(line.raw)
        else:
            items[-1] += line.raw
    project = compiled("outline", "box_project_item")
    return bool(items) and all(project.search(item) for item in items)


def table_preamble(annex: list[str]) -> list[Node]:
    """The paragraphs a document that is its table prints between its title and its first row
    (its purpose, 主要目标：2026年，…): the plan's preamble, read for its goals as any."""
    lines = lines_read("\n".join(annex))
    first = next((i for i, line in enumerate(lines) if line.style and has_annotation(line.body)), 0)
    return [Node(line) for line in lines[:first] if line.style is None]

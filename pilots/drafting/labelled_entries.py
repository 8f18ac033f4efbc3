"""A task list's entry printed as labelled lines instead of a table's row.

    1．任务名称：建设X平台
        工作内容：依托…建设…
        责任主体：区甲局（牵头）、区乙局
        完成时限：2026年10月底

The numbered line names the entry after its label and the lines under it are the row's other
cells: one task, titled by the name, its text every line with its label. A task card (任务一：X
or 项目卡01 over the same lines, task_cards.py) is such an entry: its heading names it. The lines
under it are fields, not named items of their own ("数据要素工程：…" are): each opens with a
cell's label — the content's (entry_field in data/outline.yaml) or an annotation's (责任主体,
完成时限, 责任领导: annotations.yaml), which the annotation readers read as they stand.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pilots.drafting.annotation_roles import roleless_labels
from pilots.drafting.lexicon import compiled

if TYPE_CHECKING:
    from pilots.drafting.outline import Node


def entry_name(body: str) -> str | None:
    """The name after the entry's label: "任务名称：建设X平台" → "建设X平台"."""
    match = compiled("outline", "entry_name").match(body.strip())
    return match["name"].strip().rstrip("。.;；") if match else None


def entry_title(node: Node) -> str | None:
    """The entry's name: after its label ("1．任务名称：X", "项目卡01 项目名称：X"), or a card's
    heading ("任务一：X" → "X")."""
    name = entry_name(node.body)
    if name is None and node.numbered and node.line.style == "card" and node.body.strip():
        return node.body.strip().rstrip("。.;；")
    return name


def labelled_entry(node: Node) -> bool:
    """A numbered line opening on the entry's name label (or a card's heading), nothing numbered
    under it, and lines under it each opening on a cell's label, one at least the content's."""
    if not node.numbered or node.children or entry_title(node) is None:
        return False
    lines = [p.line.raw for p in node.paragraphs]
    return entry_lines(lines)


def entry_lines(lines: list[str]) -> bool:
    """Lines that are an entry's cells: each opens on a cell's label, one at least the content's."""
    content = compiled("outline", "entry_field")
    return any(content.match(line) for line in lines) and all(
        content.match(line) or _annotation_field(line) for line in lines
    )


def entry_field(line: str) -> re.Match | None:
    """The label opening a line of an entry — its name's, its content's or an annotation's — up
    to its colon."""
    for pattern in (
        compiled("outline", "entry_name"),
        compiled("outline", "entry_field"),
        compiled("annotations", "standalone_line"),
        _roleless(),
    ):
        match = pattern.match(line)
        if match:
            return match
    return None


@cache
def _roleless() -> re.Pattern:
    return re.compile(rf"^(?:{roleless_labels()})\s*[:：]")


def _annotation_field(line: str) -> bool:
    """A line opening on an annotation's label: the roles (责任主体：…), the time (完成时限：…) or
    the leader (责任领导：…)."""
    return bool(compiled("annotations", "standalone_line").match(line) or _roleless().match(line))

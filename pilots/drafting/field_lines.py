"""A support item of a 申报指南 / 实施细则 printed as its heading over NUMBERED field lines:

    （一）智能装备购置补助（对应《若干措施》第三条）
    1.申报条件：…
    2.支持标准：…
    3.申报材料：（1）申报书；（2）…；
    （3）…
    4.受理部门：区甲局；审核部门：区甲局、区乙局。

The numbered lines are the item's fields (as a task card's are, task_cards.py), not items of their
own: each opens on a field label (data/outline.yaml application_field, an entry's content label, an
annotation's label) and one names who carries the item out. They are written here unnumbered
("申报条件：…"), so the heading is one task and its roles are read from its own lines; a line the
print wrapped inside a field's enumeration (its "（3）" after the field's "（2）") is joined to it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pilots.drafting.labelled_entries import entry_field
from pilots.drafting.lexicon import compiled
from pilots.drafting.line_runs import runs_rewritten

if TYPE_CHECKING:
    from pilots.drafting.outline import Node

_NUMBERED = re.compile(r"^(?P<number>\d{1,2})\s*[.．、]\s*(?P<body>\S.*)$")
_ENUMERATED = re.compile(r"^[(（]\s*(\d{1,2})\s*[)）]")


def field_lines_unnumbered(text: str) -> str:
    """``text`` with each run of numbered field lines written as its fields."""
    return "\n".join(runs_rewritten(text.split("\n"), _field_run))


def _field_run(lines: list[str], index: int) -> tuple[list[str], int] | None:
    """The fields numbered 1, 2, 3… from ``index`` on and the index after them: two at least,
    each opening on a field label, one the application's and one an annotation's."""
    fields: list[str] = []
    at = index
    while at < len(lines):
        numbered = _NUMBERED.match(lines[at].strip())
        if numbered and int(numbered["number"]) == len(fields) + 1 and _field(numbered["body"]):
            fields.append(numbered["body"])
        elif fields and _wrapped(fields[-1], lines[at].strip()):
            fields[-1] += lines[at].strip()
        else:
            break
        at += 1
    return (fields, at) if _fields(fields) else None


def _fields(fields: list[str]) -> bool:
    application = compiled("outline", "application_field")
    roles = compiled("annotations", "standalone_line")
    return (
        len(fields) >= 2
        and all(_field(f) for f in fields)
        and any(application.match(f) for f in fields)
        and any(roles.match(f) for f in fields)
    )


def _field(body: str) -> bool:
    return bool(compiled("outline", "application_field").match(body) or entry_field(body))


def _wrapped(field: str, line: str) -> bool:
    """A line going on with the field's enumeration: "（3）…" after a field holding "（2）"."""
    opening = _ENUMERATED.match(line)
    if opening is None:
        return False
    before = int(opening[1]) - 1
    return before >= 1 and re.search(rf"[(（]\s*{before}\s*[)）]", field) is not None


def support_item(node: Node) -> bool:
    """A heading over nothing numbered and paragraphs each opening on a field label, one the
    application's and one an annotation's: a support item's fields (above), no named items."""
    if node.children or not node.paragraphs:
        return False
    fields = [p.line.raw.strip() for p in node.paragraphs]
    return _fields(fields)

"""Annotations that point at another item's roles instead of restating them: the item above
("（责任单位：同上）", a division table's cells 同上 / 〃 / —〃— joined as "牵头单位：〃"), an
item named by its number within the part ("（牵头单位、配合单位同第（三）项）", "（责任分工同本部分
第1项）", "同序号5"), or the item above with one body now leading ("（X牵头，其余同上）": X
leads; the item above's other bodies keep their roles, its lead left to support). A pointer
resolves to what the item pointed at holds once its own pointers are resolved (a 〃 under a 〃
reaches the first printed value); a 完成时限 pointed so is that item's due date. Words in
data/annotations.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pilots.drafting.annotation_roles import annotation_roles, labels_by_role
from pilots.drafting.broken_lines import bracket_depth
from pilots.drafting.lexicon import compiled, table
from pilots.drafting.numerals import chinese_number
from pilots.roles import AgencyRole

if TYPE_CHECKING:
    from pilots.drafting.sections import SectionDraft, TaskDraft

_DUE = "due"
# Every form of pointer (annotations.yaml: referral_group, referral_rest) holds 同 or a ditto
# mark: a bracket without one is no pointer, and most annotations are read without parsing them.
_MAY_POINT = re.compile("[同〃″]")


@dataclass(frozen=True)
class Pointer:
    roles: tuple[str, ...]  # the roles it copies (and _DUE for a time limit); empty: every role
    item: int | None  # the item numbered so; None: the item above
    rest: bool = False  # 其余同上: the bodies named beside it take their roles, the others keep


@dataclass(frozen=True)
class Referring:
    start: int  # the bracket's offsets in the task's text
    end: int
    own: str  # its groups that name bodies themselves
    pointers: tuple[Pointer, ...]


def referring_annotation(text: str) -> Referring | None:
    """The last bracket of the text that points at another item's roles, if any."""
    found = None
    bracket = r"[（(](?P<inside>(?:[^（()）\n]|[（(][^（()）\n]*[)）]){2,160})[)）]"
    for match in re.finditer(bracket, text):
        if not _MAY_POINT.search(match["inside"]):
            continue
        referring = _read(match["inside"])
        if referring:
            found = Referring(match.start(), match.end(), *referring)
    return found


def _read(inside: str) -> tuple[str, tuple[Pointer, ...]] | None:
    own, pointers = [], []
    for group in _groups(inside):
        pointer = _pointer(group)
        if pointer:
            pointers.append(pointer)
        else:
            own.append(group)
    if not pointers:
        return None
    kept = "；".join(own)
    if kept and not annotation_roles(kept) and not _time_group(kept):
        return None  # a bracket of the task's own words that happens to say 同上
    return kept, tuple(pointers)


def _groups(inside: str) -> list[str]:
    """The groups of an annotation: cut at ；/，/; outside brackets."""
    groups, start = [], 0
    for at, char in enumerate(inside):
        if char in "；;，," and bracket_depth(inside[start:at]) == 0:
            groups.append(inside[start:at])
            start = at + 1
    return [g.strip() for g in [*groups, inside[start:]] if g.strip()]


def _pointer(group: str) -> Pointer | None:
    if compiled("annotations", "referral_rest").match(group):
        return Pointer((), None, rest=True)
    match = compiled("annotations", "referral_group").match(group)
    if not match:
        return None
    roles = _roles_of(match["labels"])
    if not roles and match["labels"].strip() not in table("annotations")["referral_every_role"]:
        return None  # （建设标准同上）: the same standard, not the same bodies
    item = match["item"]
    number = (int(item) if item.isdigit() else chinese_number(item)) if item else None
    return Pointer(roles, number)


def _roles_of(labels: str) -> tuple[str, ...]:
    """The roles a group's labels name (牵头单位、配合单位 → lead, supporting; 完成时限 → the due
    date); none for words of no role (责任分工): every role."""
    roles = []
    by_role = labels_by_role()
    for label in re.split(r"[、和及与/]", labels):
        label = label.strip()
        if label in by_role:
            roles.append(by_role[label])
        elif _time_group(label):
            roles.append(_DUE)
    return tuple(roles)


def _time_group(words: str) -> bool:
    return any(words.strip().startswith(label) for label in table("annotations")["other_labels"])


@dataclass
class _Held:
    task: TaskDraft
    pairs: list[tuple[str, str]]


@dataclass
class ItemsRead:
    """The items read so far, in order, with the part each stands in: what a pointer reaches."""

    part_of: dict[int, int]  # id(task) → id(its section)
    held: list[_Held] = field(default_factory=list)

    @classmethod
    def of(cls, sections: list[SectionDraft]) -> ItemsRead:
        part_of: dict[int, int] = {}
        for section in _all_sections(sections):
            part_of.update({id(task): id(section) for task in section.tasks})
        return cls(part_of)

    def record(self, task: TaskDraft, pairs: list[tuple[str, str]]) -> None:
        self.held.append(_Held(task, pairs))

    def resolved(
        self, task: TaskDraft, referring: Referring, own: list[tuple[str, str]]
    ) -> list[tuple[str, str]]:
        """The roles of the referring annotation: its ``own`` (as read from ``referring.own``),
        then what its pointers reach. Sets the task's due date when a pointer reaches a time
        limit."""
        pairs = list(own)
        named = {name for _, name in pairs}
        for pointer in referring.pointers:
            held = self._pointed(task, pointer)
            if held is None:
                continue
            if _DUE in pointer.roles:
                task.due = task.due or held.task.due
            for role, name in held.pairs:
                if name in named or (pointer.roles and role not in pointer.roles):
                    continue
                if pointer.rest and role == AgencyRole.LEAD:
                    role = AgencyRole.SUPPORTING.value
                pairs.append((role, name))
                named.add(name)
        return pairs

    def _pointed(self, task: TaskDraft, pointer: Pointer) -> _Held | None:
        part = self.part_of.get(id(task))
        same = [h for h in self.held if self.part_of.get(id(h.task)) == part]
        if pointer.item is not None:
            numbered = [h for h in [*same, *self.held] if _number(h.task) == pointer.item]
            if numbered:
                return numbered[0]
            return same[pointer.item - 1] if 0 < pointer.item <= len(same) else None
        wanted = [r for r in pointer.roles if r != _DUE]
        for candidates in (same, self.held):
            for held in reversed(candidates):
                if not wanted and (held.pairs or _DUE in pointer.roles):
                    return held
                if any(role in wanted for role, _ in held.pairs):
                    return held
        return None


def _number(task: TaskDraft) -> int | None:
    digits = re.sub(r"[^一二三四五六七八九十\d]", "", task.numbering or "")
    if not digits:
        return None
    return int(digits) if digits.isdigit() else chinese_number(digits)


def _all_sections(sections: list[SectionDraft]) -> list[SectionDraft]:
    return [x for s in sections for x in [s, *_all_sections(s.sections)]]

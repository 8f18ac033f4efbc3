"""Who owns a drafted target: the agency that reports its figure (``owner`` in the fixture).

Read from the document's own words only, never guessed from an agency's category:

1. a figure inside an annotated task item (item_goals) is owned by that task's first lead
   agency; with no lead, its first responsible one; with only supporting bodies, or no roles,
   by nobody. A task of several annotated clauses: the clause the figure's goal is read from
   when the goal is one clause's, else the task's first lead over its clauses in order;
2. an indicator table's row whose columns include 责任单位 / 牵头单位 / 责任部门 is owned by
   the body in that row's cell (its first if several; the year's own column when the table
   gives one per year): the table readers print the cell as the annotation of the row's
   figure (``owner_annotation``: 〘区工信局〙, a mark no other reader takes for an annotation);
3. a goal sentence carrying its own annotation ("……达到50个（牵头单位：市数据局）") is owned
   by that annotation's lead (else its first responsible body);
4. anything else (the goals part's targets, a box's, a stage's): no owner.

While the goals are read a target's ``owner`` holds an agency key (rule 1) or the name an
annotation prints (rules 2, 3); ``owners_coded`` turns it into the agency's code once the
agencies have theirs, and drops one naming no agency of the draft, with a doubt (no agency is
added for it: the draft's agencies are those its tasks name).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING, Any

from django.utils.translation import pgettext

from pilots.drafting.lexicon import table
from pilots.roles import AgencyRole

if TYPE_CHECKING:  # the table readers import this module: it imports none of the later steps
    from pilots.drafting.agencies import AgencyDirectory, AgencyDraft
    from pilots.drafting.annotations import Annotation
    from pilots.drafting.output import Draft
    from pilots.drafting.sections import TaskDraft

_LEAD, _RESPONSIBLE = AgencyRole.LEAD.value, AgencyRole.RESPONSIBLE.value


def roles_owner(holders: list[dict[str, Any]]) -> str | None:
    """The first lead among the role mappings in order; with none, the first responsible."""
    for role in (_LEAD, _RESPONSIBLE):
        for holder in holders:
            if holder.get(role):
                return holder[role][0]
    return None


def task_owner(task: TaskDraft, clause: int | None = None) -> str | None:
    """The agency key owning a figure of ``task`` (of its ``clause``-th annotated clause when
    the goal is that clause's and the task's clauses are as many as its annotations)."""
    if clause is not None and clause < len(task.clauses):
        return roles_owner([task.clauses[clause]])
    return roles_owner([task.roles, *task.clauses])


def annotated_owner(
    text: str, annotations: list[Annotation], offset: int, phrase: str
) -> str | None:
    """The lead (else first responsible) body named by an annotation in the sentence of a goal
    text holding the target's ``phrase``, from the phrase on (looked for from the sentence's
    ``offset``), or None. ``annotations``: the text's (``annotations_in``), read once for all
    its targets — a sentence of thousands of figures is read once, not once a figure."""
    from pilots.drafting.annotation_roles import annotation_roles

    at = text.find(phrase, offset) if phrase and annotations else -1
    if at < 0:
        return None
    stop = _sentence_end(text, at + len(phrase))  # the phrase may hold the annotation
    first = bisect_left([a.start for a in annotations], at)
    for found in annotations[first:]:
        if found.start > stop:
            break
        pairs = annotation_roles(found.inside)
        for role in (_LEAD, _RESPONSIBLE):
            name = next((name for r, name in pairs if r == role), None)
            if name:
                return name
    return None


def _sentence_end(text: str, start: int) -> int:
    found = _SENTENCE_END.search(text, start)
    return found.start() if found else len(text)


_SENTENCE_END = re.compile(r"[。；;\n]")


def owner_marks_read(text: str) -> tuple[str, list[tuple[int, str]]]:
    """The text without its owner marks, and each mark as (where it stood in that text, the
    body it names): the figure just before it is that body's."""
    opening = table("quantities")["indicator_table"]["owner_marks"][0]
    if opening not in text:
        return text, []
    marks, kept, at = [], [], 0
    for found in owner_marked().finditer(text):
        kept.append(text[at : found.start()])
        at = found.end()
        marks.append((sum(len(piece) for piece in kept), found[1]))
    kept.append(text[at:])
    return "".join(kept), marks


def marked_owner(text: str, marks: list[tuple[int, str]], phrase: str, offset: int) -> str | None:
    """The body of the first mark at or after the end of ``phrase`` (looked for from ``offset``)
    in ``text`` (the text ``owner_marks_read`` gave), before the sentence ends."""
    at = text.find(phrase, offset) if phrase and marks else -1
    if at < 0:
        return None
    end = at + len(phrase)
    stop = _sentence_end(text, end)
    first = bisect_left([where for where, _ in marks], end)
    return next((name for where, name in marks[first:] if where <= stop), None)


def owner_columns(header: list[str]) -> dict[int, int | None]:
    """The columns of an indicator table naming who answers for a figure (责任单位, 牵头单位,
    责任部门 — not 配合单位), each with the year its header names (2026年责任单位) or None."""
    words = table("quantities")["indicator_table"]
    return {
        i: _year(cell) for i, cell in enumerate(header) if re.search(words["owner_column"], cell)
    }


def owner_annotation(row: list[str], owners: dict[int, int | None], year: int | None) -> str:
    """The annotation naming the body of ``row`` that owns its figure for ``year``: the cell of
    that year's owner column, else of the one naming no year; its first body if it names
    several. "" when the row names none."""
    columns = [i for i, y in owners.items() if y == year and year] or [
        i for i, y in owners.items() if y is None
    ]
    if not columns or columns[0] >= len(row):
        return ""
    words = table("quantities")["indicator_table"]
    first = re.split(words["owner_separators"], row[columns[0]].strip())[0].strip()
    if not first or re.fullmatch(words["empty_cell"], first):
        return ""
    opening, closing = words["owner_marks"]
    return f"{opening}{first}{closing}"


@cache
def owner_marked() -> re.Pattern:
    """The mark ``owner_annotation`` writes (〘区工信局〙), a bracket no plan prints: no reader
    of annotations, tasks or figures takes it for one of theirs."""
    opening, closing = table("quantities")["indicator_table"]["owner_marks"]
    return re.compile(f"{re.escape(opening)}([^{closing}]*){re.escape(closing)}")


def owner_marks_dropped(text: str) -> str:
    """The text as the plan prints it, without the owner marks of its table's rows."""
    return owner_marks_read(text)[0] if text else text


def _year(cell: str) -> int | None:
    found = re.search(r"(20\d\d)\s*年?", cell)
    return int(found[1]) if found else None


def owners_coded(goals: list[dict[str, Any]], directory: AgencyDirectory, draft: Draft) -> None:
    """Each target's owner (an agency key or a printed name) as its agency's code; an owner
    naming no agency of the draft is dropped, with a doubt at the target. Call after the
    agencies are given their codes (``AgencyDirectory.finish``)."""
    for g, goal in enumerate(goals):
        for t, target in enumerate(goal["targets"]):
            owner = target.pop("owner", None)
            if owner is None:
                continue
            agency = _agency_named(directory, owner)
            if agency is None:
                draft.review(
                    f"goals[{g}].targets[{t}]",
                    pgettext("review", "责任单位“%(name)s”不在单位列表中：未设 owner，请核对")
                    % {"name": owner},
                )
                continue
            phrase = target.pop("source_phrase")  # the schema's order: owner, source_phrase
            target["owner"] = agency.code
            target["source_phrase"] = phrase


def _agency_named(directory: AgencyDirectory, owner: str) -> AgencyDraft | None:
    """The agency an owner stands for: its key (a task's), else the agency written so, or
    whose full name the printed one is (市工业和信息化局 in a table, 市工信局 in the tasks: both
    岳阳市工业和信息化局)."""
    from pilots.source_text import normalise

    agency = directory.agencies.get(owner) or directory.agencies.get(directory.key_of(owner, None))
    if agency is not None:
        return agency
    form = normalise(owner)
    full = directory.full_name(directory.key_of(owner, None))
    agencies = {id(a): a for a in directory.agencies.values()}.values()
    return next((a for a in agencies if form in (a.name, *a.forms)), None) or next(
        (a for a in agencies if full and a.name == full), None
    )


def owners_missing(goals: list[dict[str, Any]], draft: Draft) -> None:
    """A doubt on the goals: how many targets no agency owns (each needs one to be reported)."""
    count = sum(1 for goal in goals for target in goal["targets"] if "owner" not in target)
    if count:
        draft.review(
            "goals",
            pgettext("review", "%(n)s 项指标未指定责任单位（owner）：请在载入前指定")
            % {"n": count},
        )

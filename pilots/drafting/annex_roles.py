"""An annex that lists each article's bodies with no brackets (各条款责任单位见附件): one line per
article or task of the body, its number, often its title, then the names — "第一条　支持算力建设
市发改委、市数据局", "第三条：市科技局、市财政局", "一、开放应用场景：市数据局（牵头）、市经信局" —
under a rule stated once ("（列第一位的为牵头单位）", read by ``annotation_roles.rules_stated``).

A line gives its names to the body's task it names: by the task's title printed at its start (the
copy may have lost the space between the title and the names), else by a title before a colon,
else by its number where the line prints only names. The names are read as a responsible list,
so the stated rule (the first is the lead) and a name's own mark (（牵头）) give the roles. A line
whose rest is not a list of bodies is no such line; fewer than two such lines are no list.
"""

from __future__ import annotations

import re

from pilots.drafting.agencies import agency_is_collective
from pilots.drafting.annotations import annotations_in
from pilots.drafting.division import division_assigned
from pilots.drafting.lexicon import table
from pilots.drafting.names import agency_names_split, looks_like_agency
from pilots.drafting.numbered_lines import Line, lines_read
from pilots.drafting.numerals import numeral_value
from pilots.drafting.sections import SectionDraft
from pilots.source_text import normalise

ROWS_MIN = 2


def annex_listed_roles(annex: list[str], sections: list[SectionDraft]) -> dict[int, str]:
    """index of a task among the sections' tasks → the annotation its annex line gives it
    (责任单位：…)."""
    words = table("annotations")["annex_name_list"]
    tasks = [t for s in sections for t in s.all_tasks()]
    markers = _markers(sections)
    numbered = [lines_read(m + t.title)[:1] if (m := markers.get(id(t))) else [] for t in tasks]
    titles = [normalise(t.title).strip("。；;，,") for t in tasks]
    found: dict[int, str] = {}
    rows = 0
    for line in lines_read("\n".join(annex)):
        if line.style is None or any(not a.standalone for a in annotations_in(line.body)):
            continue  # a bracketed annotation is a division table's row (division.py)
        body = normalise(line.body).strip()
        title, names = _title_apart(body, titles, words["separator"])
        if names is None or not _bodies_only(names, not title):
            continue
        rows += 1
        index = _task_named(title, titles) if title else None
        if index is None:
            index = _task_numbered(line, numbered)
        if index is not None:
            found.setdefault(index, f"{words['label']}：{names}")
    return found if rows >= ROWS_MIN else {}


def _title_apart(body: str, titles: list[str], separator: str) -> tuple[str, str | None]:
    """(the title the line prints, its names): after the longest body title it opens with, after
    a colon, or the whole line; None for the names where the line names no bodies that way."""
    printed = max((t for t in titles if t and body.startswith(t)), key=len, default="")
    if printed:
        return printed, body[len(printed) :].lstrip(" 　:：，,").strip("。；; ") or None
    parts = re.split(separator, body, maxsplit=1)
    if len(parts) == 2:
        return parts[0].strip(), parts[1].strip("。；; ") or None
    return "", body.strip("。；; ")  # 第三条市科技局、市财政局: names only


def _bodies_only(names: str, whole: bool) -> bool:
    """Every name is a body's; a line of names only opens with a place or level (a title the
    body words otherwise would run into the first name: 支持算力建设市发改委)."""
    if re.search(r"[。；;]", names):
        return False
    split = agency_names_split(re.sub(table("annotations")["lead_mark"], "", names))
    if whole and split and not re.match(table("annotations")["annex_name_list"]["opens"], names):
        return False
    return bool(split) and all(looks_like_agency(n) or agency_is_collective(n) for n in split)


def _task_named(title: str, titles: list[str]) -> int | None:
    return next(iter(division_assigned(titles, [(title, "")])), None)


def _markers(sections: list[SectionDraft]) -> dict[int, str]:
    """id of each task → its number as printed: its own, or its section's where the task is the
    section (an article, 第三条, read as a part holding itself)."""
    found: dict[int, str] = {}
    for section in sections:
        for task in section.tasks:
            own = section.numbering if task.code == section.code else ""
            found[id(task)] = task.numbering or own
        found.update(_markers(section.sections))
    return found


def _task_numbered(line: Line, numbered: list[list[Line]]) -> int | None:
    """The one task numbered alike: the same number in the same style (第三条, 3.); none where
    the numbers start again in each part (two tasks numbered 1.)."""
    value = numeral_value(line.number)
    alike = [
        index
        for index, marked in enumerate(numbered)
        if marked and marked[0].style == line.style and numeral_value(marked[0].number) == value
    ]
    return alike[0] if len(alike) == 1 else None

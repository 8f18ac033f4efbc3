"""A plan whose tasks sit only in its annex table (附件：重点任务分工表, 任务清单, 责任分工).

The body gives headings or general text (…具体分工见附件); the annex's rows are the tasks. Its
table reaches here as the lines ``tables.table_lines`` prints for Word, a page, a text or a PDF
table: "1.重点任务。具体措施。（牵头单位：X；配合单位：Y）" per row, each category (a 类别
column, or a row of one cell across the table) an unnumbered heading line before its rows, each
measure of a category (主要举措 between 重点任务 and 具体任务) a (一) heading: a sub-section.

The annex's rows replace the body's task parts when the body has no tasks of its own, or clearly
fewer than the rows, mostly unannotated and not named by them; otherwise the annex only assigns
agencies to the body's tasks (``division``), or is a list beside them: a list of projects
(重点项目清单) adds nothing, a list of tasks of its own (2026年重点任务清单) that names none of the
body's tasks adds its rows after the body's parts. Safeguard parts stay.
"""

from __future__ import annotations

import re

from django.utils.translation import pgettext

from pilots.drafting.annotations import annotations_in, has_annotation
from pilots.drafting.division import division_assigned, division_row_for, division_rows
from pilots.drafting.due_dates import annotation_due
from pilots.drafting.headings import first_clause, heading_only, heading_phrase, heading_text
from pilots.drafting.lexicon import compiled
from pilots.drafting.numbered_lines import Line, lines_read
from pilots.drafting.output import code_unique
from pilots.drafting.sections import SectionDraft, TaskDraft
from pilots.source_text import normalise

ROWS_MIN = 2  # fewer annotated rows is no task table, beside a body with tasks of its own


def sections_with_annex_tasks(
    sections: list[SectionDraft], annex: list[str], year: int | None = None
) -> list[SectionDraft] | None:
    """The plan's sections with the annex's rows as its tasks, or None when the body's own
    tasks stand (the annex then divides them among agencies, or there is no task table).
    ``year``: the one year the document is for, its rows' times printed without it (三季度)."""
    found = annex_sections(annex, year)
    rows = sum(len(s.all_tasks()) for s in found)
    if rows < ROWS_MIN and (not rows or any(s.all_tasks() for s in sections)):
        return None  # one row is the table's only where the body prints no task (a cut copy)
    categories = {normalise(s.title) for s in found}
    held = [s for s in sections if s.kind != "safeguard" and _names_category(s, categories)]
    if len(categories) < 2 or not held:
        held = [s for s in sections if s.kind != "safeguard"]
    body = [  # a bare heading, or one the table's categories name, is no task of its own
        t
        for s in held
        for t in s.all_tasks()
        if heading_text(t.text) != t.title and normalise(t.title) not in categories
    ]
    division = division_rows(annex)
    named = sum(1 for t in body if division_row_for(t.title, division))
    annotated = sum(1 for t in body if has_annotation(t.text))  # a list beside the body's tasks
    if named * 2 >= len(body) > 0 or annotated * 2 >= len(body) > 0 or len(body) * 2 >= rows:
        return None
    result: list[SectionDraft] = []
    held_ids = {id(section) for section in held}
    for section in sections:
        if id(section) not in held_ids:
            result.append(section)
        elif found:
            result += _under_body_headings(found, held) or found
            found = []
    return result if not found else found + result


def _under_body_headings(
    found: list[SectionDraft], held: list[SectionDraft]
) -> list[SectionDraft] | None:
    """The annex's categories as the body part's headings they title (二、重点任务 → （一）夯实算力
    底座 … printed before the table), numbered and coded as the body drafts a part's sections
    (二、(一), 二.(一)): the plan's outline as printed, not 附件1, 附件2 of the table. None unless
    one part's headings (its sections, or its items where the body prints prose under each) title
    them all."""
    for part in held:
        headings = {normalise(s.title): (s.code, s.numbering) for s in part.sections}
        for item in part.tasks:
            if item.numbering:
                numbering = (part.numbering or "") + item.numbering
                headings.setdefault(normalise(item.title), (item.code, numbering))
        if not all(normalise(category.title) in headings for category in found):
            continue
        for category in found:
            code, category.numbering = headings[normalise(category.title)]
            _recoded(category, code)
            category.part = part.title
        return found
    return None


def _recoded(section: SectionDraft, code: str) -> None:
    """The section and what it holds coded under ``code`` instead of its own."""
    old = section.code
    section.code = code
    for task in section.tasks:
        task.code = code + task.code[len(old) :]
    for child in section.sections:
        _recoded(child, code + child.code[len(old) :])


def sections_with_task_list(
    sections: list[SectionDraft], annex: list[str]
) -> list[SectionDraft] | None:
    """The body's sections and, after them, the annex's list of tasks of its own, or None: an
    annex titled as a list of tasks (2026年重点任务清单) whose annotated rows name none of the
    body's tasks lists work beside the plan's (the year's tasks), each row a task with its units
    and time; a division of the body's tasks (rows naming them) or a list of projects adds none."""
    titles = [line for line in annex if compiled("outline", "annex_table").search(line)]
    if not titles or not compiled("outline", "annex_task_list").search(titles[0]):
        return None
    found = annex_sections(annex)
    if sum(len(s.all_tasks()) for s in found) < ROWS_MIN:
        return None
    body = [t.title for s in sections for t in s.all_tasks()]
    if division_assigned(body, division_rows(annex)):
        return None
    found[0].notes[:] = [
        pgettext("review", "附件的任务清单（%(part)s）列在正文任务之外：已作为任务起草，请核对各行")
        % {"part": found[0].part}
    ]
    return sections + found


def _names_category(section: SectionDraft, categories: set[str]) -> bool:
    """The section, one of its tasks or sub-sections is titled as a category of the table: the
    part whose tasks the table holds (a plan's engineering part beside it keeps its own)."""
    titles = [section.title, *(t.title for t in section.tasks)]
    return any(normalise(title) in categories for title in titles) or any(
        _names_category(child, categories) for child in section.sections
    )


def annex_sections(annex: list[str], year: int | None = None) -> list[SectionDraft]:
    """The annex table's rows as tasks, in one section per category (or one for the table)."""
    sections: list[SectionDraft] = []
    heading: str | None = None  # the last unnumbered heading line: a category, or the title
    measure: Line | None = None  # the last (一) heading line: a measure of the category
    title = "附件"
    used: dict[str, int] = {}
    for line in lines_read("\n".join(annex)):
        if sections and sections[-1].all_tasks() and compiled("outline", "annex").match(line.raw):
            break  # the next annex
        if line.style is None:
            if compiled("outline", "annex_table").search(line.raw):
                title, heading = heading_text(line.raw), None  # 重点任务分工表: the table's title
            elif heading_only(line.raw) and not has_annotation(line.raw):
                heading, measure = heading_text(line.raw), None
            continue
        if line.style == "cn_paren" and heading_only(line.body):
            measure = line  # 重点任务 | 主要举措 | 具体任务: the rows under it are its tasks
            continue
        if not has_annotation(line.body):
            continue
        if heading is not None or not sections:
            k = len(sections) + 1
            name = heading or title
            sections.append(SectionDraft(f"A{k}", f"附件{k}", title, name, "key_task", None))
            heading = None
        section = sections[-1]
        if measure is not None:
            code = f"{section.code}.({measure.number})"
            name = heading_text(measure.body)
            section.sections.append(
                SectionDraft(code, measure.marker, title, name, "key_task", None)
            )
            measure = None
        section = section.sections[-1] if section.sections else section
        code = code_unique(f"{section.code}.{line.number}", used, "-dup")
        task_title = _row_title(line.body)
        body, due = _time_apart(line.body, year)
        section.tasks.append(TaskDraft(code, line.marker, task_title, body, due=due))
    sections = [s for s in sections if s.all_tasks()]
    if sections:
        sections[0].notes.append(
            pgettext("review", "任务取自附件的表格（%(part)s）：正文未列出任务，请核对各行")
            % {"part": sections[0].part}
        )
    return sections


def _time_apart(body: str, year: int | None = None) -> tuple[str, str | None]:
    """(the row's text without its time group, the due date the group names): the time column
    is no part of the task (完成时限：2026年底 → due 2026-12-31). A task over several measures,
    each with its own annotation and time, keeps them: its due is the latest (``agencies_read``),
    not its last measure's, and each measure's figures are due with it (``item_goals``)."""
    found = annotations_in(body)
    if len(found) != 1:
        return body, None
    due, inside = annotation_due(found[-1].inside, year)
    if inside == found[-1].inside:
        return body, None
    return body.replace(found[-1].inside, inside), due


def _row_title(body: str) -> str:
    """The heading a row's task cell prints (建设智能算力中心。统筹…), else its first clause: a
    cell of one sentence with commas (加快建设5G网络，新建5G基站300个以上。) has no heading."""
    title = heading_phrase(body)
    if title is None:
        return first_clause(body)
    after = body[len(title) :].lstrip("。：: ")
    found = annotations_in(after)
    alone = not after.strip() or bool(found and not after[: found[0].start].strip())
    return first_clause(body) if alone and re.search(r"[,，]", title) else title

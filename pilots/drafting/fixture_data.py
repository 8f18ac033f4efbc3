"""A draft's agencies, sections and tasks written as plan fixture data: each agency by its
code, each task's roles as agency codes, and every doubt as a review note at its path."""

from __future__ import annotations

from typing import Any

from django.utils.translation import pgettext

from pilots.drafting.agencies import AgencyDirectory
from pilots.drafting.output import Draft
from pilots.drafting.sections import SectionDraft, TaskDraft
from pilots.drafting.target_owners import owner_marks_dropped
from pilots.roles import ROLES


def agencies_data(directory: AgencyDirectory, draft: Draft) -> list[dict[str, Any]]:
    entries = []
    for index, agency in enumerate(directory.finish()):
        entry: dict[str, Any] = {"code": agency.code, "name": agency.name}
        if agency.forms:
            entry["aliases"] = agency.forms
        entry["category"] = agency.category
        entries.append(entry)
        for note in agency.notes:
            draft.review(f"agencies[{index}]", note)
    return entries


def section_data(
    section: SectionDraft, directory: AgencyDirectory, draft: Draft, path: str
) -> dict[str, Any]:
    entry: dict[str, Any] = {"code": section.code, "numbering": section.numbering}
    entry["part"] = section.part
    entry["title"] = section.title
    if section.text:
        entry["text"] = owner_marks_dropped(section.text)  # an indicator table's, in its text
    entry["kind"] = section.kind
    for note in section.notes:
        draft.review(path, note)
    if section.tasks or not section.sections:
        entry["tasks"] = [
            _task_data(task, directory, draft, f"{path}.tasks[{index}]")
            for index, task in enumerate(section.tasks)
        ]
    if section.sections:
        entry["sections"] = [
            section_data(sub, directory, draft, f"{path}.sections[{index}]")
            for index, sub in enumerate(section.sections)
        ]
    return entry


def _task_data(task: TaskDraft, directory: AgencyDirectory, draft: Draft, path: str) -> dict:
    entry: dict[str, Any] = {"code": task.code}
    if task.numbering:
        entry["numbering"] = task.numbering
    entry["title"] = task.title
    entry["text"] = owner_marks_dropped(task.text)  # an indicator table printed in the task
    if task.due:
        entry["due"] = task.due
    entry.update(_role_codes(task.roles, directory))
    if task.clauses:
        entry["clauses"] = [_role_codes(c, directory) for c in task.clauses]
    for note in task.notes:
        draft.review(path, note)
    if "*" in task.text:
        draft.review(path, pgettext("review", "文本含有被屏蔽的“*”：请按正式文本补全"))
    return entry


def _role_codes(mapping: dict[str, Any], directory: AgencyDirectory) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in mapping.items():
        if key in ROLES:
            codes = list(dict.fromkeys(directory.agencies[k].code for k in value))
            if codes:
                result[key] = codes
        else:
            result[key] = value
    return result

"""References and uniqueness inside a plan file: agency, goal, target, section and task codes
unique; every agency a target, task or clause names listed; parent targets known and in no loop;
a period that ends after it starts; a task due within the period and no target due before it
starts (a target may look past the plan's end: real plans say 力争到2030年)."""

from __future__ import annotations

import datetime

from django.utils.translation import gettext as _

from pilots.fixture_errors import FixtureError
from pilots.plan_sections import sections_walk
from pilots.roles import ROLES
from pilots.trees import chain_text, loops_in


def reference_errors(name: str, data: dict) -> list[FixtureError]:
    errors: list[FixtureError] = []

    def err(path, message):
        errors.append(FixtureError(name, path, message))

    plan = data["plan"]
    if plan["period_end"] < plan["period_start"]:
        err("plan.period_end", _("早于 plan.period_start"))
    agency_codes = _check_agencies(err, data["agencies"])
    _check_goals(err, data["goals"], agency_codes)
    _check_sections(err, data["sections"], agency_codes)
    _check_dates(err, plan, data["goals"], data["sections"])
    return errors


def _check_agencies(err, agencies: list[dict]) -> set[str]:
    """Unique codes, and no name or alias naming two agencies; returns the codes."""
    agency_codes: set[str] = set()
    names_seen: dict[str, str] = {}
    for i, agency in enumerate(agencies):
        if agency["code"] in agency_codes:
            err(f"agencies[{i}].code", _("单位代码 %(code)s 重复") % {"code": repr(agency["code"])})
        agency_codes.add(agency["code"])
        for j, label in enumerate([agency["name"], *agency.get("aliases", [])]):
            other = names_seen.setdefault(label, agency["code"])
            if other != agency["code"]:
                where = f"agencies[{i}].name" if j == 0 else f"agencies[{i}].aliases[{j - 1}]"
                err(
                    where,
                    _("%(label)s 已是单位 %(other)s 的名称")
                    % {"label": repr(label), "other": repr(other)},
                )
    return agency_codes


def _unknown_agency(code: str) -> str:
    return _("未知的单位 %(code)s（agencies 中没有）") % {"code": repr(code)}


def _check_goals(err, goals: list[dict], agency_codes: set[str]) -> None:
    goal_codes: set[str] = set()
    for gi, goal in enumerate(goals):
        if goal["code"] in goal_codes:
            err(f"goals[{gi}].code", _("目标代码 %(code)s 重复") % {"code": repr(goal["code"])})
        goal_codes.add(goal["code"])
    target_paths = {}
    for gi, goal in enumerate(goals):
        for ti, target in enumerate(goal["targets"]):
            path = f"goals[{gi}].targets[{ti}]"
            if target["code"] in target_paths:
                err(f"{path}.code", _("指标代码 %(code)s 重复") % {"code": repr(target["code"])})
            target_paths.setdefault(target["code"], path)
            if target["comparator"] == "range" and target["value_max"] <= target["value"]:
                err(f"{path}.value_max", _("须大于 value"))
            if target.get("baseline_year", 0) > target["deadline"]:
                err(f"{path}.baseline_year", _("晚于期限年份"))
            if "owner" in target and target["owner"] not in agency_codes:
                err(f"{path}.owner", _unknown_agency(target["owner"]))
    parent_of = {}
    for gi, goal in enumerate(goals):
        for ti, target in enumerate(goal["targets"]):
            parent = target.get("parent")
            if parent is not None and (parent not in target_paths or parent == target["code"]):
                err(
                    f"goals[{gi}].targets[{ti}].parent",
                    _("未知的上级指标 %(code)s") % {"code": repr(parent)},
                )
            elif parent is not None:
                parent_of.setdefault(target["code"], parent)
    for loop in loops_in(parent_of):
        err(
            f"{target_paths[loop[0]]}.parent",
            _("上级指标首尾相连，成了循环：%(chain)s") % {"chain": chain_text(loop)},
        )


def _check_sections(err, sections: list[dict], agency_codes: set[str]) -> None:
    """Unique section and task codes; every agency a task or clause names is listed."""

    def check_refs(path: str, holder: dict):
        for role in ROLES:
            for k, code in enumerate(holder.get(role, [])):
                if code not in agency_codes:
                    err(f"{path}.{role}[{k}]", _unknown_agency(code))

    section_codes: set[str] = set()
    task_codes: set[str] = set()
    for placed in sections_walk(sections):
        code = placed.section["code"]
        if code in section_codes:
            err(f"{placed.path}.code", _("部分代码 %(code)s 重复") % {"code": repr(code)})
        section_codes.add(code)
        for ti, task in enumerate(placed.section.get("tasks", [])):
            path = f"{placed.path}.tasks[{ti}]"
            if task["code"] in task_codes:
                err(f"{path}.code", _("任务代码 %(code)s 重复") % {"code": repr(task["code"])})
            task_codes.add(task["code"])
            check_refs(path, task)
            for ci, clause in enumerate(task.get("clauses", [])):
                check_refs(f"{path}.clauses[{ci}]", clause)


def _check_dates(err, plan: dict, goals: list[dict], sections: list[dict]) -> None:
    """A task's ``due`` (a date, or a year meaning its 31 December) lies within the plan's period
    (1 January of its first year to 31 December of its last, as pilots.plan_period); a target's
    deadline year is not before the period's first year."""
    first, last = plan["period_start"], plan["period_end"]
    if last < first:
        return  # said above
    period = {"start": f"{first}-01-01", "end": f"{last}-12-31"}
    for placed in sections_walk(sections):
        for ti, task in enumerate(placed.section.get("tasks", [])):
            due = task.get("due")
            if due is None:
                continue
            day = datetime.date(due, 12, 31) if isinstance(due, int) else _date(due)
            if day is not None and not first <= day.year <= last:
                err(
                    f"{placed.path}.tasks[{ti}].due",
                    _("任务 %(code)s 的办理时限 %(due)s 不在规划期内（%(start)s 至 %(end)s）")
                    % {"code": task["code"], "due": due, **period},
                )
    for gi, goal in enumerate(goals):
        for ti, target in enumerate(goal["targets"]):
            if target["deadline"] < first:
                err(
                    f"goals[{gi}].targets[{ti}].deadline",
                    _("指标 %(code)s 的期限 %(year)s 年早于规划期起始（%(start)s）")
                    % {"code": target["code"], "year": target["deadline"], **period},
                )


def _date(text: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None  # said by the schema

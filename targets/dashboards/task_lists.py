"""The zone dashboard's lists of tasks to act on — red, silent, overdue milestones — as rows
saying whom to call and what was last said, each list sortable by ``?<list>_sort=<key>`` (a
server-side sort: plain links that keep every other query parameter)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from targets.figures import OverdueMilestoneItem, PlanFigures, WhoNext

NEVER = 10**6  # a task never updated is the most silent of all


@dataclass(frozen=True)
class TaskRow:
    task_id: int
    code: str
    title: str
    item: WhoNext  # the list's own item (reasons, milestone …) with whom to call
    days_late: int
    milestone: str = ""


# key → (label, sort key, largest first?)
SORTS: dict[str, tuple[str, Callable[[TaskRow], object], bool]] = {
    "plan": (_("规划顺序"), lambda r: 0, False),
    "lead": (_("牵头单位"), lambda r: (r.item.lead is None, r.item.lead or ""), False),
    "late": (_("逾期天数"), lambda r: r.days_late, True),
    "silent": (
        _("未更新天数"),
        lambda r: NEVER if r.item.days_silent is None else r.item.days_silent,
        True,
    ),
    "noted": (_("最新进展日期"), lambda r: r.item.noted_on or "", True),
}
LISTS = ("red", "stale", "overdue")


@dataclass(frozen=True)
class SortLink:
    key: str
    label: str
    url: str
    current: bool


@dataclass(frozen=True)
class TaskList:
    name: str
    rows: list[TaskRow]
    sort: str
    links: list[SortLink]


def _rows(figures: PlanFigures, name: str) -> list[TaskRow]:
    if name == "overdue":
        return [_milestone_row(m) for m in figures.overdue_milestone_items]
    items = figures.red_tasks if name == "red" else figures.stale_tasks
    return [TaskRow(t.id, t.code, t.title, t, t.days_overdue) for t in items]


def _milestone_row(m: OverdueMilestoneItem) -> TaskRow:
    return TaskRow(m.task_id, m.task_code, m.task_title, m, m.days, milestone=m.title)


def task_lists(*, figures: PlanFigures, query: QueryDict) -> dict[str, TaskList]:
    """Each list sorted as the query asks (an unknown key keeps the plan's order)."""
    lists = {}
    for name in LISTS:
        param = f"{name}_sort"
        sort = query.get(param, "plan")
        sort = sort if sort in SORTS else "plan"
        _label, key, largest_first = SORTS[sort]
        rows = sorted(_rows(figures, name), key=key, reverse=largest_first)
        links = [
            SortLink(k, str(label), _url(query, param, k), k == sort)
            for k, (label, _key, _first) in SORTS.items()
        ]
        lists[name] = TaskList(name=name, rows=rows, sort=sort, links=links)
    return lists


def _url(query: QueryDict, param: str, value: str) -> str:
    changed = query.copy()
    changed[param] = value
    return f"?{changed.urlencode()}#list-{param.removesuffix('_sort')}"

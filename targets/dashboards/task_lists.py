"""The zone dashboard's lists of tasks to act on — red, silent, overdue milestones — as rows
saying whom to call and what was last said, each list sortable by ``?<list>_sort=<key>`` (a
server-side sort: plain links that keep every other query parameter)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.http import QueryDict
from django.urls import reverse
from django.utils.formats import localize
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, gettext_lazy as _, ngettext

from pilots.templatetags.names import name_in_language
from targets.figures import OverdueMilestoneItem, PlanFigures, Reason, WhoNext

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

    @property
    def rows_html(self) -> SafeString:
        """The table's rows (targets/_task_list.html shows them): written here, not by a
        template loop, which took longer than everything else the zone page draws."""
        labels = {
            "lead": gettext("牵头单位"), "late": gettext("逾期"), "silent": gettext("未更新天数"),
            "noted": gettext("最新进展"), "no_lead": gettext("未指定单位"),
            "never": gettext("从未更新"),
        }  # fmt: skip
        return mark_safe("".join(_row_html(row, labels) for row in self.rows))


def _row_html(row: TaskRow, labels: dict) -> str:
    item = row.item
    reasons = reasons_html(getattr(item, "reasons", []))  # a silent task's item has none
    if row.milestone:
        task = format_html("{}</a> · {}", row.milestone, row.code)
    else:
        task = format_html("{} {}</a>", row.code, row.title)
    if item.lead_id:
        lead = format_html(
            '<a href="{}">{}</a>',
            reverse("dashboard-agency", args=[item.lead_id]),
            name_in_language(item.lead),
        )
    else:
        lead = format_html('<span class="muted">{}</span>', labels["no_lead"])
    late = _days(row.days_late) if row.days_late else "—"
    silent = labels["never"] if item.days_silent is None else _days(item.days_silent)
    if item.note:
        note = format_html('<time datetime="{}">{}</time> {}', item.noted_on, item.noted_on,
                           item.note)  # fmt: skip
    else:
        note = mark_safe('<span class="muted">—</span>')
    return format_html(
        '<tr>\n    <td><a href="{}">{}{}</td>\n'
        '    <td data-label="{}">{}</td>\n'
        '    <td class="num" data-label="{}">{}</td>\n'
        '    <td class="num" data-label="{}">{}</td>\n'
        '    <td data-label="{}">{}</td>\n  </tr>',
        reverse("task-detail", args=[row.task_id]), task, reasons,
        labels["lead"], lead, labels["late"], late, labels["silent"], silent,
        labels["noted"], note,
    )  # fmt: skip


def _translated(text: str, **values) -> SafeString:
    """``{% blocktranslate with … %}``: the translation as it stands, each value localised and
    escaped."""
    return mark_safe(text % {k: conditional_escape(localize(v)) for k, v in values.items()})


def _days(days: int) -> SafeString:
    return _translated(ngettext("%(days)s 天", "%(days)s 天", days), days=days)


def reasons_html(reasons: list[Reason]) -> SafeString:
    """Why a task's light is red or yellow, as a list (``{% reasons %}``, and the zone page's
    task lists)."""
    if not reasons:
        return mark_safe("")
    return format_html(
        '<ul class="reasons">{}</ul>',
        mark_safe("".join(format_html("<li>{}</li>", _reason(r)) for r in reasons)),
    )


def _reason(reason: Reason) -> str:
    code = reason.code
    if code == "blocked":
        return gettext("报告受阻")
    if code == "delayed":
        return gettext("报告滞后")
    if code == "stale":
        return _translated(gettext("%(days)s 天未更新"), days=reason.days)
    if code == "overdue":
        return _translated(gettext("超过办理时限 %(days)s 天"), days=reason.days)
    if code == "never_updated":
        return gettext("从未更新")
    if code == "milestone_overdue":
        return _translated(
            gettext("里程碑“%(title)s”逾期 %(days)s 天"), title=reason.title, days=reason.days
        )
    return code


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

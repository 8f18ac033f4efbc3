"""The zone dashboard's lists of tasks to act on — red, silent, overdue milestones — as rows
saying whom to call and what was last said, each list sortable by ``?<list>_sort=<key>`` (a
server-side sort: plain links that keep every other query parameter)."""

from __future__ import annotations

import datetime
import html
from collections.abc import Callable
from dataclasses import dataclass

from django.http import QueryDict
from django.urls import reverse
from django.utils.safestring import SafeData, SafeString, mark_safe
from django.utils.translation import gettext, gettext_lazy as _, ngettext

from pilots.templatetags.names import chinese, name_in_language
from targets.dashboards.cells import cell_writer
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
    ended_on: datetime.date | None = None  # the plan's last day, when it has ended

    @property
    def rows_html(self) -> SafeString:
        """The table's rows (``html`` writes them in the list): written here, not by a
        template loop, which took longer than everything else the zone page draws."""
        writer = _Writer(self.ended_on)
        return mark_safe("".join(writer.row(row) for row in self.rows))  # each value escaped

    def html(self, caption: str) -> SafeString:
        """The list with its sort links, as targets/_task_list.html wrote it (an include per list
        took longer than writing it)."""
        e = html.escape
        # Looked up outside the f-strings, where makemessages finds them.
        label = {
            "sort_by": e(gettext("排序：")), "none": e(gettext("无")),
            "task": e(gettext("任务")), "lead": e(gettext("牵头单位")), "late": e(gettext("逾期")),
            "silent": e(gettext("未更新天数")), "noted": e(gettext("最新进展")),
        }  # fmt: skip
        links = "".join(
            f' <a href="{e(link.url)}"'
            + (' aria-current="true" class="current"' if link.current else "")
            + f">{e(link.label)}</a>"
            for link in self.links
        )
        # Each list's sort links are a landmark of their own: its name says which list they sort.
        sort_name = gettext("%(list)s排序") % {"list": _escaped(caption)}
        head = (
            f'<nav class="sort-links" aria-label="{sort_name}"><span class="muted">'
            f"{label['sort_by']}</span>{links}</nav>\n"
        )
        if not self.rows:
            return mark_safe(f'{head}<p class="muted">{label["none"]}</p>\n')  # escaped

        num = ' class="num"'

        def th(key: str, order: str, css: str = "") -> str:
            sort = f' aria-sort="{order}"' if self.sort == key else ""
            return f'<th scope="col"{css}{sort}>{label[key]}</th>'

        return mark_safe(  # every value escaped
            f'{head}<div class="list-scroll"><table class="grid task-list">\n'
            f'  <caption class="visually-hidden">{_escaped(caption)}</caption>\n'
            f'  <thead><tr><th scope="col">{label["task"]}</th>{th("lead", "ascending")}'
            f"{th('late', 'descending', num)}{th('silent', 'descending', num)}"
            f"{th('noted', 'descending')}"
            f"</tr></thead>\n  <tbody>{self.rows_html}</tbody></table></div>\n"
        )


def url_writer(name: str) -> Callable[[int], str]:
    """``reverse(name, args=[pk])`` for many pks: reversed once, with a stand-in pk, and the
    rest written in its place (reversing every row's links took a quarter of a list's time)."""
    stand_in = "2147483647"
    head, tail = reverse(name, args=[int(stand_in)]).rsplit(stand_in, 1)
    return lambda pk: f"{head}{int(pk)}{tail}"


def _escaped(value) -> str:
    """``conditional_escape`` of a value that is not a lazy string."""
    return value if isinstance(value, SafeData) else html.escape(str(value))


class _Writer:
    """Writes a list's rows as the templates would, with what every row needs looked up once
    (labels, links, the number format, each count of days)."""

    def __init__(self, ended_on: datetime.date | None = None):
        self.ended_on = ended_on
        self.labels = {
            k: html.escape(v)
            for k, v in {
                "lead": gettext("牵头单位"), "late": gettext("逾期"),
                "silent": gettext("未更新天数"), "noted": gettext("最新进展"),
                "no_lead": gettext("未指定单位"), "never": gettext("从未更新"),
                "open_at_end": gettext("期末未完成"),
            }.items()
        }  # fmt: skip
        self.cell = cell_writer()
        self.task_url = url_writer("task-detail")
        self.agency_url = url_writer("dashboard-agency")
        self._days: dict[int, str] = {}
        self._names: dict[str, str] = {}

    def days(self, days: int) -> str:
        text = self._days.get(days)
        if text is None:
            text = self._days[days] = _translated(
                ngettext("%(days)s 天", "%(days)s 天", days), self.cell, days=days
            )
        return text

    def name(self, chinese: str) -> str:
        text = self._names.get(chinese)
        if text is None:
            text = self._names[chinese] = name_in_language(chinese)
        return text

    def row(self, row: TaskRow) -> str:
        item, labels, e = row.item, self.labels, _escaped
        reasons = _reasons_html(getattr(item, "reasons", []), self.cell, self.ended_on)
        if row.milestone:
            task = f"{chinese(row.milestone)}</a> · {chinese(row.code)}"
        else:
            task = f"{chinese(row.code)} {chinese(row.title)}</a>"
        if item.lead_id:
            lead = f'<a href="{e(self.agency_url(item.lead_id))}">{e(self.name(item.lead))}</a>'
        else:
            lead = f'<span class="muted">{labels["no_lead"]}</span>'
        if not row.days_late:
            late = "—"
        elif self.ended_on and not row.milestone:
            late = labels["open_at_end"]  # not the days since its due date: the plan is over
        else:
            late = self.days(row.days_late)
        silent = labels["never"] if item.days_silent is None else self.days(item.days_silent)
        if item.note:
            noted = e(item.noted_on)
            note = f'<time datetime="{noted}">{noted}</time> {e(item.note)}'
        else:
            note = '<span class="muted">—</span>'
        return (
            f'<tr>\n    <td><a href="{e(self.task_url(row.task_id))}">{task}{reasons}</td>\n'
            f'    <td data-label="{labels["lead"]}">{lead}</td>\n'
            f'    <td class="num" data-label="{labels["late"]}">{late}</td>\n'
            f'    <td class="num" data-label="{labels["silent"]}">{silent}</td>\n'
            f'    <td data-label="{labels["noted"]}">{note}</td>\n  </tr>'
        )


def _translated(text: str, cell: Callable | None = None, **values) -> SafeString:
    """``{% blocktranslate with … %}``: the translation as it stands, each value localised and
    escaped (``cell``: a writer of the number format looked up once)."""
    cell = cell or cell_writer()
    return mark_safe(text % {k: cell(v) for k, v in values.items()})


def reasons_html(reasons: list[Reason], ended_on: datetime.date | None = None) -> SafeString:
    """Why a task's light is red or yellow, as a list (``{% reasons %}``, and the zone page's
    task lists); ``ended_on``: the plan's last day, when it has ended."""
    return _reasons_html(reasons, None, ended_on)


def _reasons_html(
    reasons: list[Reason], cell: Callable | None, ended_on: datetime.date | None = None
) -> SafeString:
    if not reasons:
        return mark_safe("")
    items = "".join(f"<li>{_escaped(_reason(r, cell, ended_on))}</li>" for r in reasons)
    return mark_safe(f'<ul class="reasons">{items}</ul>')  # each reason escaped


def _reason(
    reason: Reason, cell: Callable | None = None, ended_on: datetime.date | None = None
) -> str:
    code = reason.code
    if code == "blocked":
        return gettext("报告受阻")
    if code == "delayed":
        return gettext("报告滞后")
    if code == "stale":
        return _translated(
            ngettext("%(days)s 天未更新", "%(days)s 天未更新", reason.days or 0),
            cell, days=reason.days,
        )  # fmt: skip
    if code == "overdue" and ended_on:
        # An ended plan is judged the day after its end: "1 day past its due date" would hide
        # that the plan ended with the task open.
        return gettext("至规划期末（%(end)s）未完成") % {"end": ended_on.isoformat()}
    if code == "overdue":
        return _translated(
            ngettext("超过办理时限 %(days)s 天", "超过办理时限 %(days)s 天", reason.days or 0),
            cell, days=reason.days,
        )  # fmt: skip
    if code == "never_updated":
        return gettext("从未更新")
    if code == "milestone_overdue":
        return _translated(
            ngettext("里程碑“%(title)s”逾期 %(days)s 天", "里程碑“%(title)s”逾期 %(days)s 天",
                     reason.days or 0),
            cell, title=reason.title, days=reason.days,
        )  # fmt: skip
    return code


def _rows(figures: PlanFigures, name: str) -> list[TaskRow]:
    if name == "overdue":
        return [_milestone_row(m) for m in figures.overdue_milestone_items]
    items = figures.red_tasks if name == "red" else figures.stale_tasks
    return [TaskRow(t.id, t.code, t.title, t, t.days_overdue) for t in items]


def _milestone_row(m: OverdueMilestoneItem) -> TaskRow:
    return TaskRow(m.task_id, m.task_code, m.task_title, m, m.days, milestone=m.title)


def task_lists(
    *, figures: PlanFigures, query: QueryDict, ended_on: datetime.date | None = None
) -> dict[str, TaskList]:
    """Each list sorted as the query asks (an unknown key keeps the plan's order);
    ``ended_on``: the plan's last day, when it has ended by the page's date."""
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
        lists[name] = TaskList(name=name, rows=rows, sort=sort, links=links, ended_on=ended_on)
    return lists


def _url(query: QueryDict, param: str, value: str) -> str:
    changed = query.copy()
    changed[param] = value
    return f"?{changed.urlencode()}#list-{param.removesuffix('_sort')}"

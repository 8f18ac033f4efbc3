"""Spreadsheets out: tasks, status history, targets with their latest rollup, and target figures
(the last in exactly the layout the observation import reads back). XLSX holds every table as a
sheet; CSV holds one. Headers follow the active language (Chinese by default).

Every text cell is made safe for a spreadsheet on the way out; the stored data is not altered:
- control characters are dropped (one stray ``\x01`` in a note made the XLSX writer fail);
- a text a spreadsheet would evaluate (starting with = + - @, a tab or a carriage return: the
  OWASP CSV-injection rule) is prefixed with an apostrophe in CSV, unless it is a plain number;
- XLSX cells hold text as text, never as formulas, and such a text carries Excel's own
  "quote prefix" so that editing the cell does not turn it into one either.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

import openpyxl
import tablib
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl.styles import Font

from pilots.validators import text_clean
from targets.dashboards import verdict_labels
from targets.models import Observation, Snapshot, Target
from tasks.models import StatusUpdate, Task, TaskAssignment

TABLES = ("tasks", "history", "targets", "observations")


def observation_columns() -> list[tuple[str, str]]:
    """(key, header) of the target-figures table — shared with the import."""
    return [
        ("plan", _("规划代码")),
        ("target", _("指标代码")),
        ("metric", _("指标")),
        ("as_of", _("统计截止日期")),
        ("value", _("数值")),
        ("unit", _("计量单位")),
        ("source", _("数据来源")),
        ("note", _("备注")),
    ]


def _dataset(title: str, headers: list[str], rows) -> tablib.Dataset:
    data = tablib.Dataset(headers=headers, title=title[:31])
    for row in rows:
        data.append(row)
    return data


def _plans(queryset, plan_code: str | None, field: str = "plan__code"):
    return queryset.filter(**{field: plan_code}) if plan_code else queryset


def tasks_table(plan_code: str | None) -> tablib.Dataset:
    assignments = TaskAssignment.objects.filter(archived_at__isnull=True).select_related("agency")
    tasks = _plans(
        Task.objects.filter(archived_at__isnull=True)
        .select_related("plan__zone", "section")
        .prefetch_related(Prefetch("assignments", queryset=assignments))
        .order_by("plan__code", "order"),
        plan_code,
    )

    def agencies(task, role):
        return "、".join(
            dict.fromkeys(a.agency.name for a in task.assignments.all() if a.role == role)
        )

    headers = [_("规划代码"), _("试验区"), _("章节"), _("原文位置"), _("任务代码"), _("任务"),
               _("状态"), _("完成百分比"), _("牵头单位"), _("责任单位"), _("配合单位"),
               _("最近更新"), _("核验办结")]  # fmt: skip
    rows = (
        [
            t.plan.code,
            t.plan.zone.name,
            str(t.section),
            t.location,
            t.code,
            t.title,
            t.get_status_display(),
            t.percent,
            agencies(t, "lead"),
            agencies(t, "responsible"),
            agencies(t, "supporting"),
            t.last_reported_on.isoformat() if t.last_reported_on else "",
            _local(t.verified_at),
        ]
        for t in tasks
    )
    return _dataset(_("任务"), headers, rows)


def history_table(plan_code: str | None) -> tablib.Dataset:
    updates = _plans(
        StatusUpdate.objects.select_related("task__plan", "agency", "author").order_by(
            "task__plan__code", "task__order", "created_at"
        ),
        plan_code,
        "task__plan__code",
    )
    headers = [_("规划代码"), _("任务代码"), _("任务"), _("类型"), _("状态"), _("完成百分比"),
               _("本单位部分完成百分比"), _("单位"), _("填报人"), _("进展日期"), _("保存时间"),
               _("进展说明"), _("佐证文号"), _("佐证链接"), _("演示数据")]  # fmt: skip
    rows = (
        [
            u.task.plan.code,
            u.task.code,
            u.task.title,
            u.get_kind_display(),
            u.get_status_display(),
            u.percent,
            u.part_percent,
            u.agency.name if u.agency else "",
            u.author.username if u.author else "",
            u.reported_on.isoformat(),
            _local(u.created_at),
            u.note,
            u.evidence_doc_number,
            u.evidence_url,
            _("是") if u.is_demo else "",
        ]
        for u in updates.iterator()
    )
    return _dataset(_("进展记录"), headers, rows)


def targets_table(plan_code: str | None) -> tablib.Dataset:
    targets = list(
        _plans(
            Target.objects.filter(archived_at__isnull=True)
            .select_related("plan", "owner")
            .order_by("plan__code", "order"),
            plan_code,
        )
    )
    latest = {}
    for snap in Snapshot.objects.filter(
        scope=Snapshot.Scope.TARGET, object_id__in=[t.id for t in targets]
    ).order_by("object_id", "as_of"):
        latest[snap.object_id] = snap
    labels = verdict_labels()
    headers = [_("规划代码"), _("指标代码"), _("指标"), _("计量单位"), _("比较"), _("目标值"),
               _("目标上限"), _("截止年份"), _("每年"), _("责任单位"), _("原文表述"),
               _("当前值"), _("结论"), _("比值"), _("预计值"), _("汇总日期")]  # fmt: skip

    def rollup(t, key):
        snap = latest.get(t.id)
        return snap.figures.get(key) if snap else None

    rows = (
        [
            t.plan.code,
            t.code,
            t.metric,
            t.unit,
            t.get_comparator_display(),
            float(t.value),
            float(t.value_max) if t.value_max is not None else None,
            t.deadline_year,
            _("是") if t.per_year else "",
            t.owner.name if t.owner else "",
            t.source_phrase,
            rollup(t, "value"),
            labels.get(rollup(t, "verdict"), ""),
            rollup(t, "ratio"),
            rollup(t, "projection"),
            latest[t.id].as_of.isoformat() if t.id in latest else "",
        ]
        for t in targets
    )
    return _dataset(_("指标"), headers, rows)


def observations_table(plan_code: str | None) -> tablib.Dataset:
    observations = _plans(
        Observation.objects.select_related("target__plan").order_by(
            "target__plan__code", "target__order", "as_of"
        ),
        plan_code,
        "target__plan__code",
    )
    rows = (
        [
            o.target.plan.code,
            o.target.code,
            o.target.metric,
            o.as_of.isoformat(),
            float(o.value),
            o.target.unit,
            o.source,
            o.note,
        ]
        for o in observations
    )
    return _dataset(_("指标数据"), [h for _key, h in observation_columns()], rows)


BUILDERS: dict[str, Callable[[str | None], tablib.Dataset]] = {
    "tasks": tasks_table,
    "history": history_table,
    "targets": targets_table,
    "observations": observations_table,
}


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


FORMULA_START = tuple("=+-@\t\r")
PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def formula_like(text: str) -> bool:
    """Would a spreadsheet evaluate this text typed into a cell? (A plain number is a number.)"""
    return text.lstrip(" ").startswith(FORMULA_START) and not PLAIN_NUMBER.fullmatch(text.strip())


def csv_cell(value):
    if not isinstance(value, str):
        return value
    text = text_clean(value)
    return "'" + text if formula_like(text) else text


def csv_uncell(value: str) -> str:
    """The text a CSV cell of this export stood for (the import reads exports back)."""
    return value[1:] if value.startswith("'") and formula_like(value[1:]) else value


def _csv(data: tablib.Dataset) -> bytes:
    out = io.StringIO()
    # Text quoted, numbers bare: a number stays a number, a text stays one cell in any locale.
    writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    writer.writerow([csv_cell(h) for h in data.headers])
    for row in data:
        writer.writerow(["" if v is None else csv_cell(v) for v in row])
    # A byte-order mark so Excel opens the Chinese text as UTF-8.
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _xlsx(datasets: list[tablib.Dataset]) -> bytes:
    book = openpyxl.Workbook(write_only=False)
    book.remove(book.active)
    for data in datasets:
        sheet = book.create_sheet(title=data.title)
        sheet.append([text_clean(h) for h in data.headers])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in data:
            sheet.append([text_clean(v) if isinstance(v, str) else v for v in row])
        for row in sheet.iter_rows(min_row=1):
            for cell in row:
                if cell.data_type == "f":  # openpyxl reads a leading "=" as a formula
                    cell.data_type = "s"
                if cell.data_type == "s" and formula_like(str(cell.value)):
                    cell.quotePrefix = True
        sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def export_file(*, plan_code: str | None, fmt: str, table: str = "tasks") -> tuple[bytes, str, str]:
    """(content, content type, file name) of an export."""
    stem = f"pilot-tracker-{plan_code or 'all'}-{timezone.localdate().isoformat()}"
    if fmt == "xlsx":
        return _xlsx([BUILDERS[name](plan_code) for name in TABLES]), XLSX_TYPE, f"{stem}.xlsx"
    return _csv(BUILDERS[table](plan_code)), "text/csv; charset=utf-8", f"{stem}-{table}.csv"

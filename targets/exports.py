"""Spreadsheets out: tasks, status history, targets with their latest rollup, and target figures
(the last in exactly the layout the observation import reads back). The tasks app builds its
two tables, this module the targets' two and the file: XLSX holds every table as a sheet, CSV
holds one. Headers follow the active language (Chinese by default). Cells are made safe in
``pilots/exports.py``.
"""

from __future__ import annotations

from collections.abc import Callable

import tablib
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from pilots.exports import XLSX_TYPE, csv_bytes, dataset, labels, of_plan, xlsx_bytes
from targets.figures import verdict_labels
from targets.models import Observation, Snapshot, Target
from targets.snapshots import latest_figures
from targets.units import unit_shown
from tasks.exports import history_table, tasks_table

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


def targets_table(plan_code: str | None) -> tablib.Dataset:
    targets = of_plan(
        Target.objects.filter(archived_at__isnull=True).order_by("plan__code", "order"), plan_code
    ).values_list(
        "id", "plan_id", "plan__code", "code", "metric", "unit", "comparator", "value",
        "value_max", "deadline_year", "per_year", "owner__name", "source_phrase",
    )  # fmt: skip
    # Each target's latest row: its figures on its plan's latest rolled-up date.
    latest = latest_figures(
        of_plan(Snapshot.objects.filter(scope=Snapshot.Scope.TARGET), plan_code),
        ("value", "verdict", "ratio", "projection"),
    )
    days = dict(
        of_plan(Snapshot.objects.filter(scope=Snapshot.Scope.PLAN), plan_code)
        .values_list("object_id")
        .annotate(day=Max("as_of"))
        .order_by()
    )
    headers = [_("规划代码"), _("指标代码"), _("指标"), _("计量单位"), _("比较"), _("目标值"),
               _("目标上限"), _("截止年份"), _("每年"), _("责任单位"), _("原文表述"),
               _("当前值"), _("结论"), _("比值"), _("预计值"), _("汇总日期")]  # fmt: skip
    comparators, verdicts, yes = labels(Target, "comparator"), verdict_labels(), _("是")

    def row(target_id, plan_id, plan, code, metric, unit, comparator, value, value_max,
            deadline_year, per_year, owner, source_phrase):  # fmt: skip
        figures = latest.get(target_id)
        return [
            plan, code, metric, unit_shown(unit), comparators.get(comparator, comparator),
            float(value), float(value_max) if value_max is not None else None, deadline_year,
            yes if per_year else "", owner or "", source_phrase,
            *_rollup_cells(figures, verdicts),
            days[plan_id].isoformat() if figures is not None and plan_id in days else "",
        ]  # fmt: skip

    return dataset(_("指标"), headers, (row(*t) for t in targets))


def _rollup_cells(figures: dict | None, verdicts: dict[str, str]) -> list:
    """Current value, verdict, ratio and projection from the target's latest snapshot."""
    if figures is None:
        return [None, "", None, None]
    return [
        _number(figures["value"]),
        verdicts.get(figures["verdict"], figures["verdict"] or ""),
        _number(figures["ratio"]),
        _number(figures["projection"]),
    ]


def _number(value) -> float | None:
    return None if value is None else float(value)


def observations_table(plan_code: str | None) -> tablib.Dataset:
    observations = of_plan(
        Observation.objects.order_by("target__plan__code", "target__order", "as_of"),
        plan_code,
        "target__plan__code",
    ).values_list(
        "target__plan__code", "target__code", "target__metric", "as_of", "value",
        "target__unit", "source", "note",
    )  # fmt: skip
    rows = (
        [plan, code, metric, as_of.isoformat(), float(value), unit_shown(unit), source, note]
        for plan, code, metric, as_of, value, unit, source, note in observations.iterator(5000)
    )
    return dataset(_("指标数据"), [h for _key, h in observation_columns()], rows)


BUILDERS: dict[str, Callable[[str | None], tablib.Dataset]] = {
    "tasks": tasks_table,
    "history": history_table,
    "targets": targets_table,
    "observations": observations_table,
}


def export_file(
    *, plan_code: str | None, fmt: str, table: str = "tasks", progress=lambda stage: None
) -> tuple[bytes, str, str]:
    """(content, content type, file name) of an export; ``progress(n)`` after each table built
    (``n`` of them)."""
    stem = f"pilot-tracker-{plan_code or 'all'}-{timezone.localdate().isoformat()}"
    if fmt == "xlsx":
        tables = []
        for name in TABLES:
            tables.append(BUILDERS[name](plan_code))
            progress(len(tables))
        return xlsx_bytes(tables), XLSX_TYPE, f"{stem}.xlsx"
    data = BUILDERS[table](plan_code)
    progress(1)
    return csv_bytes(data), "text/csv; charset=utf-8", f"{stem}-{table}.csv"

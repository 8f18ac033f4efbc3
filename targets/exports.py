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

from pilots.exports import XLSX_TYPE, csv_bytes, dataset, of_plan, xlsx_bytes
from targets.figures import TargetFigures, figures_of
from targets.models import Observation, Snapshot, Target
from targets.snapshots import GONE
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
    targets = list(
        of_plan(
            Target.objects.filter(archived_at__isnull=True)
            .select_related("plan", "owner")
            .order_by("plan__code", "order"),
            plan_code,
        )
    )
    latest = {}  # each target's latest row: its figures on its plan's latest rolled-up date
    for snap in Snapshot.objects.filter(
        scope=Snapshot.Scope.TARGET, object_id__in=[t.id for t in targets]
    ).order_by("object_id", "as_of"):
        latest[snap.object_id] = snap
    latest = {i: snap for i, snap in latest.items() if snap.figures != GONE}
    days = dict(
        Snapshot.objects.filter(
            scope=Snapshot.Scope.PLAN, object_id__in={t.plan_id for t in targets}
        )
        .values_list("object_id")
        .annotate(day=Max("as_of"))
        .order_by()
    )
    headers = [_("规划代码"), _("指标代码"), _("指标"), _("计量单位"), _("比较"), _("目标值"),
               _("目标上限"), _("截止年份"), _("每年"), _("责任单位"), _("原文表述"),
               _("当前值"), _("结论"), _("比值"), _("预计值"), _("汇总日期")]  # fmt: skip

    figures = {target_id: figures_of(snap) for target_id, snap in latest.items()}

    rows = (
        [
            t.plan.code,
            t.code,
            t.metric,
            unit_shown(t.unit),
            t.get_comparator_display(),
            float(t.value),
            float(t.value_max) if t.value_max is not None else None,
            t.deadline_year,
            _("是") if t.per_year else "",
            t.owner.name if t.owner else "",
            t.source_phrase,
            *_rollup_cells(figures.get(t.id)),
            days[t.plan_id].isoformat() if t.id in latest and t.plan_id in days else "",
        ]
        for t in targets
    )
    return dataset(_("指标"), headers, rows)


def _rollup_cells(figures: TargetFigures | None) -> list:
    """Current value, verdict, ratio and projection from the target's latest snapshot."""
    if figures is None:
        return [None, "", None, None]
    return [figures.value, figures.verdict_label, figures.ratio, figures.projection]


def observations_table(plan_code: str | None) -> tablib.Dataset:
    observations = of_plan(
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
            unit_shown(o.target.unit),
            o.source,
            o.note,
        ]
        for o in observations
    )
    return dataset(_("指标数据"), [h for _key, h in observation_columns()], rows)


BUILDERS: dict[str, Callable[[str | None], tablib.Dataset]] = {
    "tasks": tasks_table,
    "history": history_table,
    "targets": targets_table,
    "observations": observations_table,
}


def export_file(*, plan_code: str | None, fmt: str, table: str = "tasks") -> tuple[bytes, str, str]:
    """(content, content type, file name) of an export."""
    stem = f"pilot-tracker-{plan_code or 'all'}-{timezone.localdate().isoformat()}"
    if fmt == "xlsx":
        return xlsx_bytes([BUILDERS[name](plan_code) for name in TABLES]), XLSX_TYPE, f"{stem}.xlsx"
    return csv_bytes(BUILDERS[table](plan_code)), "text/csv; charset=utf-8", f"{stem}-{table}.csv"

"""Leadership dashboards: selectors over snapshots and the Plotly figures drawn from them.

Every page reads snapshots only (a fixed handful of queries, whatever the history), builds its
figures in Python, and ships each as Plotly JSON beside a plain data table (for screen readers,
copying and CSV download).
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field

import plotly.graph_objects as go
from django.core.cache import cache
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from pilots.models import PilotZone, Plan
from targets.models import Snapshot
from targets.verdicts import Verdict
from tasks.models import TaskStatus

LIGHT_COLOURS = {"green": "#1a7f37", "yellow": "#d4a20b", "red": "#c62828", "": "#8a94a6"}
VERDICT_ORDER = [
    Verdict.ACHIEVED_ON_TIME,
    Verdict.ACHIEVED,
    Verdict.ACHIEVED_LATE,
    Verdict.ON_TRACK,
    Verdict.NEEDS_ACCELERATION,
    Verdict.AWAITING_FIGURES,
    Verdict.NO_DATA,
    Verdict.LIMITED_PROGRESS,
    Verdict.DETERIORATION,
    Verdict.MISSED,
]
VERDICT_COLOURS = {
    Verdict.ACHIEVED_ON_TIME: "#0f5e2a",
    Verdict.ACHIEVED: "#1a7f37",
    Verdict.ACHIEVED_LATE: "#4c9a5f",
    Verdict.ON_TRACK: "#6cbf7f",
    Verdict.NEEDS_ACCELERATION: "#e0b000",
    Verdict.AWAITING_FIGURES: "#b8c2d1",
    Verdict.NO_DATA: "#d9dee7",
    Verdict.LIMITED_PROGRESS: "#ef8a3c",
    Verdict.DETERIORATION: "#c62828",
    Verdict.MISSED: "#8e0000",
}
STATUS_ORDER = [s.value for s in TaskStatus]
CHART_CACHE_SECONDS = 24 * 3600
FONT = "system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif"


def verdict_labels() -> dict[str, str]:
    return {
        Verdict.ACHIEVED: _("已达成"),
        Verdict.ON_TRACK: _("进度正常"),
        Verdict.NEEDS_ACCELERATION: _("需加快"),
        Verdict.LIMITED_PROGRESS: _("进展有限"),
        Verdict.DETERIORATION: _("倒退"),
        Verdict.NO_DATA: _("无数据"),
        Verdict.AWAITING_FIGURES: _("待统计数据"),
        Verdict.ACHIEVED_ON_TIME: _("按期达成"),
        Verdict.ACHIEVED_LATE: _("逾期达成"),
        Verdict.MISSED: _("未达成"),
    }


def status_labels() -> dict[str, str]:
    return {s.value: str(s.label) for s in TaskStatus}


@dataclass
class Chart:
    """One figure with the table of the numbers behind it."""

    id: str
    title: str
    figure: dict
    columns: list[str]
    rows: list[list]
    note: str = ""
    height: int = field(default=360)

    @property
    def csv_name(self) -> str:
        return f"{self.id}.csv"

    @property
    def figure_id(self) -> str:
        return f"{self.id}-figure"


def _figure(fig: go.Figure, title: str, height: int = 360) -> dict:
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left", "font": {"size": 16}},
        font={"family": FONT, "size": 13},
        margin={"l": 10, "r": 10, "t": 48, "b": 10},
        height=height,
        paper_bgcolor="white",
        plot_bgcolor="white",
        legend={"orientation": "h", "y": -0.15},
        hoverlabel={"font": {"family": FONT}},
    )
    fig.update_xaxes(automargin=True, gridcolor="#eef1f5")
    fig.update_yaxes(automargin=True, gridcolor="#eef1f5")
    return json.loads(fig.to_json())


def _cached(snapshot: Snapshot, name: str, build, *args) -> Chart:
    """A chart depends only on its snapshot, its arguments and the language: build it once per
    recomputation. (Building Plotly figures is most of a dashboard's cost; the key changes when
    a rollup rewrites the snapshot.)"""
    key = f"chart:{name}:{snapshot.pk}:{snapshot.computed_at.timestamp()}:{get_language()}"
    chart = cache.get(key)
    if chart is None:
        chart = build(*args)
        cache.set(key, chart, timeout=CHART_CACHE_SECONDS)
    return chart


# Reading snapshots ------------------------------------------------------------------------


def snapshot_date(*, scope: str, object_id: int, as_of: datetime.date) -> datetime.date | None:
    """The latest date on or before as_of for which this thing was rolled up."""
    return (
        Snapshot.objects.filter(scope=scope, object_id=object_id, as_of__lte=as_of)
        .order_by("-as_of")
        .values_list("as_of", flat=True)
        .first()
    )


def snapshot_dates(*, scope: str, object_id: int) -> list[datetime.date]:
    return list(
        Snapshot.objects.filter(scope=scope, object_id=object_id)
        .order_by("-as_of")
        .values_list("as_of", flat=True)[:60]
    )


def overview(*, as_of: datetime.date, zone_ids=None) -> dict:
    """One row per zone from its latest zone snapshot on or before as_of."""
    zones = PilotZone.objects.order_by("parent__slug", "slug")
    if zone_ids is not None:
        zones = zones.filter(id__in=zone_ids)
    zones = list(zones.select_related("parent"))
    latest: dict[int, Snapshot] = {}
    for snap in Snapshot.objects.filter(
        scope=Snapshot.Scope.ZONE, object_id__in=[z.id for z in zones], as_of__lte=as_of
    ).order_by("object_id", "as_of"):
        latest[snap.object_id] = snap
    rows = [
        {
            "zone": z,
            "snapshot": latest.get(z.id),
            "verdicts": labelled_verdicts(latest[z.id].figures["targets_by_verdict"])
            if z.id in latest
            else [],
        }
        for z in zones
    ]
    return {"rows": rows, "charts": [zone_comparison_chart(rows)] if latest else []}


def labelled_verdicts(counts: dict) -> list[dict]:
    labels = verdict_labels()
    return [
        {"verdict": v, "label": labels[v], "count": counts[v]}
        for v in VERDICT_ORDER
        if counts.get(v)
    ]


def zone_page(*, zone: PilotZone, as_of: datetime.date) -> dict | None:
    plan = Plan.objects.filter(zone=zone).order_by("code").first()
    if plan is None:
        return None
    day = snapshot_date(scope=Snapshot.Scope.PLAN, object_id=plan.id, as_of=as_of)
    if day is None:
        return {"plan": plan, "day": None}
    snaps = Snapshot.objects.filter(plan=plan, as_of=day, scope__in=["plan", "target"])
    plan_snap = next(s for s in snaps if s.scope == Snapshot.Scope.PLAN)
    targets = sorted(
        (s for s in snaps if s.scope == Snapshot.Scope.TARGET), key=lambda s: s.object_id
    )
    figures = plan_snap.figures
    labels = verdict_labels()
    for t in targets:
        t.figures["verdict_label"] = labels.get(t.figures["verdict"], t.figures["verdict"])
    for t in figures["red_targets"]:
        t["verdict_label"] = labels.get(t["verdict"], t["verdict"])
    return {
        "plan": plan,
        "day": day,
        "figures": figures,
        "verdicts": labelled_verdicts(figures["targets_by_verdict"]),
        "targets": targets,
        "dates": snapshot_dates(scope=Snapshot.Scope.PLAN, object_id=plan.id),
        "charts": {
            "verdicts": _cached(plan_snap, "verdicts", target_verdict_chart, figures, "verdicts"),
            "sections": _cached(plan_snap, "sections", section_progress_chart, figures, "sections"),
            "heatmap": _cached(plan_snap, "heatmap", agency_status_heatmap, figures, "agencies"),
            "trajectories": [_cached(t, "trajectory", trajectory_chart, t) for t in targets],
        },
    }


def agency_page(*, agency, as_of: datetime.date) -> dict | None:
    plan = Plan.objects.filter(zone_id=agency.zone_id).order_by("code").first()
    if plan is None:
        return None
    day = snapshot_date(scope=Snapshot.Scope.AGENCY, object_id=agency.id, as_of=as_of)
    if day is None:
        return {"plan": plan, "day": None}
    snaps = list(
        Snapshot.objects.filter(
            plan=plan, as_of=day, scope__in=["agency", "plan", "task", "target"]
        )
    )
    mine = next(s for s in snaps if s.scope == "agency" and s.object_id == agency.id)
    plan_snap = next(s for s in snaps if s.scope == "plan")
    plan_figures = plan_snap.figures
    tasks_by_role: dict[str, list[dict]] = {}
    statuses = status_labels()
    for s in snaps:
        if s.scope == "task":
            for agency_id, role in s.figures["assignments"]:
                if agency_id == agency.id:
                    s.figures["status_label"] = statuses.get(s.figures["status"])
                    tasks_by_role.setdefault(role, []).append(s.figures)
    targets = [
        s.figures for s in snaps if s.scope == "target" and s.figures.get("owner_id") == agency.id
    ]
    labels = verdict_labels()
    for t in targets:
        t["verdict_label"] = labels.get(t["verdict"], t["verdict"])
    return {
        "plan": plan,
        "day": day,
        "figures": mine.figures,
        "tasks_by_role": tasks_by_role,
        "targets": targets,
        "ranking": plan_figures["agency_ranking"],
        "dates": snapshot_dates(scope=Snapshot.Scope.AGENCY, object_id=agency.id),
        "charts": {
            "ranking": _cached(
                plan_snap, f"ranking-{agency.id}", ranking_chart, plan_figures, agency.id, "ranking"
            )
        },
    }


# Figures ----------------------------------------------------------------------------------


def zone_comparison_chart(rows: list[dict]) -> Chart:
    """Shares, not counts: a district and a municipality compare fairly."""
    measures = [
        (_("任务平均进度"), lambda f: f["progress"]),
        (_("已完成任务占比"), lambda f: 100 * f["share_completed"]),
        (_("指标达成或进度正常占比"), lambda f: 100 * f["share_targets_on_course"]),
        (_("红灯任务占比"), lambda f: 100 * f["share_red_tasks"]),
    ]
    rows = [r for r in rows if r["snapshot"]]
    names = [r["zone"].name for r in rows]
    colours = ["#0b5cad", "#1a7f37", "#6cbf7f", "#c62828"]
    fig = go.Figure()
    for (label, get), colour in zip(measures, colours, strict=True):
        values = [round(get(r["snapshot"].figures), 1) for r in rows]
        fig.add_bar(
            name=label, x=names, y=values, marker_color=colour,
            hovertemplate=f"%{{x}}<br>{label}: %{{y:.1f}}%<extra></extra>",
        )  # fmt: skip
    fig.update_layout(barmode="group", yaxis={"title": "%", "range": [0, 100]})
    title = _("各试验区对比(按占比,可公平比较不同层级)")
    table = [
        [r["zone"].name, *(round(get(r["snapshot"].figures), 1) for _label, get in measures)]
        for r in rows
    ]
    return Chart(
        "zones-compare",
        title,
        _figure(fig, title, 380),
        [_("试验区"), *(f"{label} (%)" for label, _get in measures)],
        table,
    )


def target_verdict_chart(figures: dict, chart_id: str) -> Chart:
    labels = verdict_labels()
    counts = figures["targets_by_verdict"]
    present = [v for v in VERDICT_ORDER if counts.get(v)]
    fig = go.Figure(
        go.Bar(
            x=[counts[v] for v in present],
            y=[labels[v] for v in present],
            orientation="h",
            marker_color=[VERDICT_COLOURS[v] for v in present],
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    fig.update_layout(yaxis={"autorange": "reversed"}, xaxis={"title": _("指标数(个)"), "dtick": 1})
    title = _("指标结论")
    return Chart(
        chart_id, title, _figure(fig, title, 120 + 32 * max(len(present), 1)),
        [_("结论"), _("指标数")], [[labels[v], counts[v]] for v in present],
    )  # fmt: skip


def section_progress_chart(figures: dict, chart_id: str) -> Chart:
    sections = figures["sections"]
    names = [s["heading"][:28] for s in sections]
    fig = go.Figure(
        go.Bar(
            x=[s["progress"] for s in sections],
            y=names,
            orientation="h",
            marker_color="#0b5cad",
            customdata=[[s["tasks"], s["completed"], s["stale"]] for s in sections],
            hovertemplate=(
                "%{y}<br>"
                + _("平均进度")
                + ": %{x:.1f}%<br>"
                + _("任务")
                + ": %{customdata[0]} · "
                + _("已完成")
                + ": %{customdata[1]} · "
                + _("久未更新")
                + ": %{customdata[2]}<extra></extra>"
            ),
        )
    )
    fig.update_layout(
        xaxis={"title": _("平均进度(%)"), "range": [0, 100]}, yaxis={"autorange": "reversed"}
    )
    title = _("各章节进度")
    return Chart(
        chart_id,
        title,
        _figure(fig, title, 100 + 30 * max(len(sections), 1)),
        [_("章节"), _("任务数"), _("平均进度(%)"), _("已完成"), _("久未更新")],
        [
            [
                s["heading"],
                s["tasks"],
                s["progress"],
                s["completed"],
                s["stale"],
            ]
            for s in sections
        ],
    )


def agency_status_heatmap(figures: dict, chart_id: str) -> Chart:
    labels = status_labels()
    agencies = sorted(figures["agency_status"].values(), key=lambda a: -sum(
        v for k, v in a.items() if k != "name"
    ))  # fmt: skip
    z = [[a.get(s, 0) for s in STATUS_ORDER] for a in agencies]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=[labels[s] for s in STATUS_ORDER],
            y=[a["name"] for a in agencies],
            colorscale=[[0, "#f5f7fa"], [0.01, "#dbeafe"], [1, "#0b3d7a"]],
            hovertemplate="%{y} · %{x}: %{z}<extra></extra>",
            texttemplate="%{z}",
            showscale=False,
        )
    )
    fig.update_layout(yaxis={"autorange": "reversed"})
    title = _("单位 × 任务状态")
    return Chart(
        chart_id,
        title,
        _figure(fig, title, 120 + 26 * max(len(agencies), 1)),
        [_("单位")] + [labels[s] for s in STATUS_ORDER],
        [[a["name"], *row] for a, row in zip(agencies, z, strict=True)],
    )


def trajectory_chart(snapshot: Snapshot) -> Chart:
    f = snapshot.figures
    unit = f["unit"]
    fig = go.Figure()
    observed = f["observations"]
    if f["per_year"]:
        years = sorted(f["years"].items())
        fig.add_bar(
            x=[y for y, _ in years], y=[v["value"] for _, v in years], name=_("当年数值"),
            marker_color=["#1a7f37" if v["met"] else "#ef8a3c" for _, v in years],
            hovertemplate="%{x}: %{y} " + unit + "<extra></extra>",
        )  # fmt: skip
        fig.add_hline(y=f["goal"], line_dash="dash", line_color="#0b5cad",
                      annotation_text=_("每年目标"))  # fmt: skip
        fig.update_xaxes(dtick=1, title=_("年度"))
        rows = [[y, v["value"], _("是") if v["met"] else _("否")] for y, v in years]
        columns = [_("年度"), f"{_('数值')} ({unit})", _("达标")]
    else:
        if observed:
            fig.add_scatter(
                x=[d for d, _ in observed], y=[v for _, v in observed], mode="lines+markers",
                name=_("实际"), line={"color": "#0b5cad", "width": 3},
                hovertemplate="%{x}: %{y} " + unit + "<extra></extra>",
            )  # fmt: skip
        path = f["required_path"]
        fig.add_scatter(
            x=[d for d, _ in path], y=[v for _, v in path], mode="lines", name=_("要求路径"),
            line={"color": "#8a94a6", "dash": "dash"},
            hovertemplate=_("要求路径") + " %{x}: %{y:.1f} " + unit + "<extra></extra>",
        )  # fmt: skip
        if observed and f.get("projection") is not None:
            fig.add_scatter(
                x=[observed[-1][0], f"{f['deadline_year']}-12-31"],
                y=[observed[-1][1], round(f["projection"], 2)], mode="lines+markers",
                name=_("按当前速度预计"), line={"color": "#e0b000", "dash": "dot"},
                hovertemplate=_("预计") + " %{x}: %{y:.1f} " + unit + "<extra></extra>",
            )  # fmt: skip
        for c in f.get("contributions", []):
            if c["value"] is not None:
                fig.add_scatter(
                    x=[c["as_of"]], y=[c["value"]], mode="markers", name=f"{c['zone']}",
                    marker={"symbol": "diamond", "size": 11, "color": "#7b3fa0"},
                    hovertemplate=c["zone"] + " %{x}: %{y} " + unit + "<extra></extra>",
                )  # fmt: skip
        fig.update_xaxes(type="date", title=_("日期"), tickformat="%Y-%m")
        rows = [[d, v] for d, v in observed]
        columns = [_("日期"), f"{_('数值')} ({unit})"]
    fig.update_yaxes(title=unit, rangemode="tozero")
    title = f"{f['metric']}({unit})"
    note = f"“{f['source_phrase']}”"
    return Chart(
        f"target-{snapshot.object_id}", title, _figure(fig, title, 320), columns, rows, note
    )


def ranking_chart(plan_figures: dict, highlight: int, chart_id: str) -> Chart:
    ranking = plan_figures["agency_ranking"]
    fig = go.Figure(
        go.Bar(
            x=[a["score"] for a in ranking],
            y=[a["name"] for a in ranking],
            orientation="h",
            marker_color=["#0b5cad" if a["id"] == highlight else "#b8c2d1" for a in ranking],
            hovertemplate="%{y}: %{x:.1f}<extra></extra>",
        )
    )
    fig.update_layout(
        xaxis={"title": _("得分"), "range": [0, 100]}, yaxis={"autorange": "reversed"}
    )
    title = _("本试验区单位排名(考核得分)")
    return Chart(
        chart_id, title, _figure(fig, title, 100 + 24 * max(len(ranking), 1)),
        [_("名次"), _("单位"), _("得分")],
        [[i + 1, a["name"], a["score"]] for i, a in enumerate(ranking)],
    )  # fmt: skip

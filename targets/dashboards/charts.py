"""The dashboards' Plotly figures, each built from a snapshot's typed figures (or the rows of a
page comparing zones) into a ``Chart`` with the plain table of the numbers behind it."""

from __future__ import annotations

from django.utils.translation import gettext as _

from pilots.languages import in_language
from targets import palette
from targets.dashboards import plain_figure as go
from targets.dashboards.chart import Chart
from targets.dashboards.chart_style import LABEL_COLUMNS, bar_text, styled_figure
from targets.dashboards.labels import wrap_label
from targets.figures import PlanFigures, TargetFigures, figures_of, status_labels, verdict_labels
from targets.models import Snapshot
from targets.plan_dates import last_day_included
from targets.units import amount_number, amount_text, chart_scale, scaled
from targets.verdicts import Verdict
from tasks.models import TaskStatus

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
STATUS_ORDER = [s.value for s in TaskStatus]
COUNTED_UNITS = {"家", "个", "项", "名", "人", "所", "座"}


def zone_comparison_chart(rows: list[dict]) -> Chart:
    """Shares, not counts: a district and a municipality compare fairly."""
    measures = [
        (_("任务平均进度"), lambda f: f.progress, palette.STATUS["in_progress"]),
        (_("已完成任务占比"), lambda f: 100 * f.share_completed, palette.GREEN),
        (_("指标达成或进度正常占比"), lambda f: 100 * f.share_targets_on_course, palette.SKY),
        (_("红灯任务占比"), lambda f: 100 * f.share_red_tasks, palette.RED),
    ]
    rows = [r for r in rows if r["snapshot"]]
    names = [_zone(r) for r in rows]
    fig = go.Figure()
    for label, get, colour in measures:
        values = [round(get(figures_of(r["snapshot"])), 1) for r in rows]
        fig.add_bar(
            name=label, x=names, y=values, marker_color=colour,
            hovertemplate=f"%{{x}}<br>{label}: %{{y:.1f}}%<extra></extra>",
        )  # fmt: skip
    bar_text(fig, "%{y:.0f}")
    fig.update_layout(barmode="group", yaxis={"range": [0, 108], "dtick": 20})
    title = _("各试验区对比（按占比，可公平比较不同层级）")
    table = [
        [
            in_language(r["zone"].name, r["zone"].name_en),
            *(round(get(figures_of(r["snapshot"])), 1) for _l, get, _c in measures),
        ]
        for r in rows
    ]
    return Chart(
        "zones-compare",
        title,
        styled_figure(fig, title, 400, unit="%"),
        [_("试验区"), *(f"{label} (%)" for label, _get, _c in measures)],
        table,
    )


def count_bars_chart(
    chart_id: str, title: str, bars: list[tuple[str, int, str]], axis: str, columns: list[str]
) -> Chart:
    """Counts by category (label, count, colour) as horizontal bars, in the order given."""
    fig = go.Figure(
        go.Bar(
            x=[count for _l, count, _c in bars], y=[label for label, _n, _c in bars],
            orientation="h", marker_color=[colour for _l, _n, colour in bars],
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )  # fmt: skip
    bar_text(fig, "%{x}")
    most = max([count for _l, count, _c in bars], default=1) or 1
    fig.update_layout(
        yaxis={"autorange": "reversed"},
        xaxis={"title": axis, "dtick": max(1, most // 5), "range": [0, most * 1.15]},
    )
    return Chart(
        chart_id, title, styled_figure(fig, title, 110 + 32 * max(len(bars), 1)), columns,
        [[label, count] for label, count, _c in bars],
    )  # fmt: skip


def target_verdict_chart(figures: PlanFigures, chart_id: str) -> Chart:
    labels = verdict_labels()
    counts = figures.targets_by_verdict
    bars = [
        (labels[v], counts[v], palette.verdict_colour(v)) for v in VERDICT_ORDER if counts.get(v)
    ]
    return count_bars_chart(
        chart_id, _("指标结论"), bars, _("指标数（个）"), [_("结论"), _("指标数")]
    )


def section_progress_chart(figures: PlanFigures, chart_id: str) -> Chart:
    """Long headings are wrapped and shortened on the axis; the hover and table hold them whole."""
    sections = figures.sections
    fig = go.Figure(
        go.Bar(
            x=[s.progress for s in sections],
            y=[wrap_label(s.heading, columns=LABEL_COLUMNS, lines=3) for s in sections],
            orientation="h",
            marker_color=palette.STATUS["in_progress"],
            customdata=[[s.heading, s.tasks, s.completed, s.stale] for s in sections],
            hovertemplate=(
                "%{customdata[0]}<br>" + _("平均进度") + ": %{x:.1f}%<br>"
                + _("任务") + ": %{customdata[1]} · " + _("已完成") + ": %{customdata[2]} · "
                + _("久未更新") + ": %{customdata[3]}<extra></extra>"
            ),
        )
    )  # fmt: skip
    # Inside a long bar (so a phone never cuts "100%"), beside a short one (so "0%" shows).
    bar_text(fig, "%{x:.0f}%", position="outside")
    fig.update_traces(textposition=["inside" if s.progress >= 25 else "outside"
                                    for s in sections])  # fmt: skip
    fig.update_layout(
        xaxis={"title": _("平均进度（%）"), "range": [0, 112], "tickvals": list(range(0, 101, 20))},
        yaxis={"autorange": "reversed"},
        bargap=0.35,
    )
    title = _("各章节进度")
    lines = max((label.count("<br>") + 1 for label in fig.data[0].y), default=1)
    return Chart(
        chart_id,
        title,
        styled_figure(fig, title, 90 + (17 * lines + 16) * max(len(sections), 1)),
        [_("章节"), _("任务数"), _("平均进度（%）"), _("已完成"), _("久未更新")],
        [[s.heading, s.tasks, s.progress, s.completed, s.stale] for s in sections],
    )


def agency_status_chart(figures: PlanFigures, chart_id: str) -> Chart:
    """Each agency's tasks by state, stacked: one colour per state, the count on each part."""
    labels = status_labels()
    agencies = sorted(figures.agency_status.values(), key=lambda a: -a.total)
    names = [wrap_label(a.name, columns=16, lines=2) for a in agencies]
    fig = go.Figure()
    for status in STATUS_ORDER:
        counts = [a.count(status) for a in agencies]
        fig.add_bar(
            name=labels[status], x=[c or None for c in counts], y=names, orientation="h",
            marker_color=palette.STATUS[status],
            customdata=[a.name for a in agencies],
            hovertemplate="%{customdata} · " + labels[status] + ": %{x}<extra></extra>",
        )  # fmt: skip
    bar_text(fig, "%{x}", position="inside")
    # Upright even in a phone's narrow bars: Plotly's "auto" turns a count that fits only sideways.
    fig.update_traces(insidetextanchor="middle", textangle=0, textfont={"size": 11})
    fig.update_layout(
        barmode="stack", yaxis={"autorange": "reversed"},
        xaxis={"title": _("任务数（项）"), "rangemode": "tozero", "nticks": 6}, bargap=0.25,
        legend={"traceorder": "normal"},
    )  # fmt: skip
    title = _("各单位任务状态")
    z = [[a.count(s) for s in STATUS_ORDER] for a in agencies]
    row = 32 if any("<br>" in n for n in names) else 24
    return Chart(
        chart_id,
        title,
        styled_figure(fig, title, 130 + row * max(len(agencies), 1)),
        [_("单位")] + [labels[s] for s in STATUS_ORDER],
        [[a.name, *row] for a, row in zip(agencies, z, strict=True)],
    )


def _nothing_reported(fig: go.Figure) -> None:
    """A lone dashed line: its legend names it (Plotly hides a legend of one trace) and a note
    says why no figures run along it."""
    fig.update_layout(showlegend=True)
    fig.add_annotation(
        text=_("尚无填报数值"), showarrow=False, xref="paper", yref="paper", x=0.5, y=0.6,
        font={"size": 14, "color": "#5b6475"}, bgcolor="white",
    )  # fmt: skip


def _per_year_traces(
    fig: go.Figure, f: TargetFigures, unit: str, scale: float
) -> tuple[list, list]:
    """A bar per year, coloured (and named in the legend) by whether it met the goal; every
    figure times its chart's ``scale``."""
    years = sorted(f.years.items())
    for met, name, colour in [(True, _("当年达标"), palette.GREEN),
                              (False, _("当年未达标"), palette.RED)]:  # fmt: skip
        chosen = [(y, v) for y, v in years if v.met == met]
        if chosen:
            fig.add_bar(
                x=[y for y, _v in chosen], y=[scaled(v.value, scale) for _y, v in chosen],
                name=name, marker_color=colour, texttemplate="%{y}", textposition="outside",
                cliponaxis=False, hovertemplate="%{x}: %{y} " + unit + "<extra></extra>",
            )  # fmt: skip
    span = [y for y, _v in years] or [f.deadline_year]
    fig.add_scatter(
        x=[min(span) - 0.5, max(span) + 0.5], y=[scaled(f.goal, scale)] * 2, mode="lines",
        name=_("每年目标"), line={"color": palette.PATH_GREY, "dash": "dash"},
        hovertemplate=_("每年目标") + ": %{y} " + unit + "<extra></extra>",
    )  # fmt: skip
    if not years:
        _nothing_reported(fig)
    fig.update_xaxes(dtick=1, type="linear")
    rows = [[y, scaled(v.value, scale), _("是") if v.met else _("否")] for y, v in years]
    return rows, [_("年度"), f"{_('数值')} ({unit})", _("达标")]


def _level_traces(fig: go.Figure, f: TargetFigures, unit: str, scale: float) -> tuple[list, list]:
    """Reported figures, the path the goal needs, the pace's projection, and lower zones' parts;
    every figure times its chart's ``scale``."""
    observed = [(d, scaled(v, scale)) for d, v in f.observations]
    if observed:
        fig.add_scatter(
            x=[d for d, _v in observed], y=[v for _d, v in observed], mode="lines+markers",
            name=_("实际"), line={"color": palette.BLUE, "width": 3},
            hovertemplate=_("实际") + " %{x}: %{y} " + unit + "<extra></extra>",
        )  # fmt: skip
    path = [(d, scaled(v, scale)) for d, v in f.required_path]
    fig.add_scatter(
        x=[d for d, _v in path], y=[v for _d, v in path], mode="lines", name=_("要求路径"),
        line={"color": palette.PATH_GREY, "dash": "dash"},
        hovertemplate=_("要求路径") + " %{x}: %{y:.1f} " + unit + "<extra></extra>",
    )  # fmt: skip
    if observed and f.projection is not None:
        fig.add_scatter(
            x=[observed[-1][0], f"{f.deadline_year}-12-31"],
            y=[observed[-1][1], round(scaled(f.projection, scale), 2 if scale == 1 else 4)],
            mode="lines+markers",
            name=_("按当前速度预计"), line={"color": palette.PURPLE, "dash": "dot"},
            hovertemplate=_("预计") + " %{x}: %{y:.1f} " + unit + "<extra></extra>",
        )  # fmt: skip
    for c in f.contributions:
        if c.value is not None:
            name = _("%(zone)s（下级试验区）贡献") % {"zone": c.zone}
            fig.add_scatter(
                x=[c.as_of], y=[scaled(c.value, scale)], mode="markers", name=name,
                marker={"symbol": "diamond", "size": 11, "color": palette.SKY,
                        "line": {"color": "#1d2433", "width": 1}},
                hovertemplate=name + "<br>" + c.metric + " %{x}: %{y} " + unit
                + "<extra></extra>",
            )  # fmt: skip
    if not observed:
        _nothing_reported(fig)
    # Year labels sit over their year; a year's figure (dated 31 Dec) at the year's end.
    fig.update_xaxes(type="date", tickformat="%Y", dtick="M12", ticklabelmode="period",
                     range=_whole_years(observed, path, f.contributions))  # fmt: skip
    return [[d, v] for d, v in observed], [_("日期"), f"{_('数值')} ({unit})"]


def _largest(f: TargetFigures) -> float:
    values = [f.goal, *(v for _d, v in f.observations)]
    values += [c.value or 0 for c in f.contributions]
    return max(values + [v.value for v in f.years.values()])


def _whole_years(observed: list, path: list, contributions: list) -> list[str] | None:
    """From the first year's start to just past the last year's end: every year gets its label
    and a year-end point is not cut in half by the edge."""
    days = [d for d, _v in observed + path] + [c.as_of for c in contributions if c.as_of]
    if not days:
        return None
    return [f"{min(days)[:4]}-01-01", f"{int(max(days)[:4]) + 1}-01-25"]


def trajectory_chart(snapshot: Snapshot) -> Chart:
    f = figures_of(snapshot)
    scale, unit = chart_scale(f.unit, [_largest(f)])
    fig = go.Figure()
    draw = _per_year_traces if f.per_year else _level_traces
    rows, columns = draw(fig, f, unit, scale)
    fig.update_yaxes(rangemode="tozero")
    if f.unit in COUNTED_UNITS and _largest(f) <= 8:
        fig.update_yaxes(dtick=1)  # no 0.2 of an enterprise
    metric = _metric(f)
    title = _("%(metric)s（%(unit)s）") % {"metric": metric, "unit": unit}
    note = f"“{f.source_phrase}”"
    return Chart(
        f"target-{snapshot.object_id}", title, styled_figure(fig, title, 300, unit=unit), columns,
        rows, note,
    )  # fmt: skip


def ranking_chart(plan_figures: PlanFigures, highlight: int, chart_id: str) -> Chart:
    """This agency's bar stands out, and the legend says which it is."""
    ranking = plan_figures.agency_ranking
    fig = go.Figure()
    ranked = any(a.id == highlight for a in ranking)
    for mine, name, colour in [(True, _("此单位"), palette.BLUE),
                               (False, _("其他单位"), palette.GREY)]:  # fmt: skip
        if mine and not ranked:
            continue  # an agency that only supports others has no score of its own
        fig.add_bar(
            x=[a.score if (a.id == highlight) == mine else None for a in ranking],
            y=[a.name for a in ranking], orientation="h", name=name, marker_color=colour,
            hovertemplate="%{y}: %{x:.1f}<extra></extra>",
        )  # fmt: skip
    bar_text(fig, "%{x:.1f}", position="auto")
    fig.update_layout(
        barmode="overlay",
        xaxis={"title": _("得分"), "range": [0, 116], "tickvals": list(range(0, 101, 20))},
        yaxis={"autorange": "reversed"},
    )
    title = _("本试验区单位排名（考核得分）")
    return Chart(
        chart_id, title, styled_figure(fig, title, 100 + 24 * max(len(ranking), 1)),
        [_("名次"), _("单位"), _("得分")],
        [[i + 1, a.name, a.score] for i, a in enumerate(ranking)],
    )  # fmt: skip


def _zone(row: dict) -> str:
    return in_language(row["zone"].name, row["zone"].name_en)


def _metric(figures) -> str:
    return in_language(figures.metric, figures.metric_en)


def _zone_of_plan(row: dict, several: set) -> str:
    """The zone's name, with the plan's period where the zone has targets in several plans."""
    plan = row["plan"]
    if row["zone"].pk not in several:
        return _zone(row)
    return _("%(zone)s（%(start)s–%(end)s）") % {
        "zone": _zone(row), "start": plan.period_start, "end": plan.period_end,
    }  # fmt: skip


def kind_comparison_chart(kind_label: str, rows: list[dict]) -> Chart:
    """One kind of target across zones, each as a share of its own goal (units differ); a zone's
    targets in several plans (a plan and its successor) each name their plan's period."""
    plans_of: dict[int, set] = {}
    for r in rows:
        plans_of.setdefault(r["zone"].pk, set()).add(r["plan"].pk)
    several = {zone for zone, plans in plans_of.items() if len(plans) > 1}
    zones = [_zone_of_plan(r, several) for r in rows]
    names = [f"{zone} · {_metric(r['figures'])}" for zone, r in zip(zones, rows, strict=True)]
    labels = [wrap_label(name, columns=LABEL_COLUMNS, lines=2) for name in names]
    shares = [r["share"] for r in rows]
    # A zone with no figure gets no bar and its verdict (无数据) as the label, not "0%".
    texts = [
        r["figures"].verdict_label if s is None else f"{s:.0f}%"
        for r, s in zip(rows, shares, strict=True)
    ]
    fig = go.Figure(
        go.Bar(
            x=[0 if s is None else s for s in shares], y=labels, orientation="h", text=texts,
            marker_color=[palette.verdict_colour(r["figures"].verdict) for r in rows],
            customdata=[
                ["" if s is None else f" · {r['figures'].verdict_label}", n]
                for r, s, n in zip(rows, shares, names, strict=True)
            ],
            hovertemplate="%{customdata[1]}<br>%{text}%{customdata[0]}<extra></extra>",
            showlegend=False,
        )
    )  # fmt: skip
    bar_text(fig, "%{text}")
    top = max([100, *(s or 0 for s in shares)])
    fig.update_layout(xaxis={"range": [0, top * 1.15], "ticksuffix": "%"})
    fig.update_yaxes(autorange="reversed")
    fig.add_vline(x=100, line_dash="dash", line_color=palette.PATH_GREY)
    title = _("同类指标横向对比：%(kind)s（占各区目标的百分比）") % {"kind": kind_label}
    table = [
        [
            zone, _metric(r["figures"]),
            amount_number(r["figures"].value, r["figures"].unit, lambda v: f"{v:g}"),
            amount_text(r["figures"].goal, r["figures"].unit, lambda v: f"{v:g}"),
            r["figures"].deadline_year,
            "—" if r["share"] is None else f"{r['share']:.0f}%", r["figures"].verdict_label,
            last_day_included(r["plan"], r["day"]).isoformat(),
        ]
        for zone, r in zip(zones, rows, strict=True)
    ]  # fmt: skip
    return Chart(
        "kind-compare",
        title,
        styled_figure(fig, title, max(200, 56 * len(rows)), unit="%"),
        [_("试验区"), _("指标"), _("最新值"), _("目标"), _("截止"), _("占目标"), _("结论"),
         _("计至")],
        table,
        note=_("虚线为目标（100%）；颜色为指标结论的亮灯。已结束的规划按期末计。"),
    )  # fmt: skip

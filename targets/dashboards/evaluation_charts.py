"""The final evaluation's charts (终期评估): the same two the printed evaluation carries
(targets/briefings/evaluation_print.py), drawn with Plotly for the page."""

from __future__ import annotations

from django.utils.translation import gettext as _

from targets import palette
from targets.dashboards import plain_figure as go
from targets.dashboards.chart import Chart
from targets.dashboards.chart_style import bar_text, styled_figure
from targets.dashboards.charts import STATUS_ORDER, VERDICT_ORDER, count_bars_chart
from targets.figures import status_labels, verdict_labels


def verdicts_then_and_now_chart(at_deadline: dict[str, int], now: dict[str, int]) -> Chart:
    """The targets by verdict as decided for their deadlines, beside the verdicts now."""
    labels = verdict_labels()
    shown = [v for v in VERDICT_ORDER if at_deadline.get(v) or now.get(v)]
    names = [labels[v] for v in shown]
    fig = go.Figure()
    # "Now" hatched: the two bars of a verdict share its colour, the legend tells them apart.
    for when, counts, hatch in ((_("截止时"), at_deadline, ""), (_("当前"), now, "/")):
        fig.add_bar(
            name=when, x=[counts.get(v, 0) for v in shown], y=names, orientation="h",
            marker_color=[palette.verdict_colour(v) for v in shown],
            marker_pattern={"shape": hatch, "fgcolor": "#ffffff", "solidity": 0.3},
            hovertemplate=f"{when} · %{{y}}: %{{x}}<extra></extra>",
        )  # fmt: skip
    bar_text(fig, "%{x}")
    most = max([*at_deadline.values(), *now.values(), 1])
    fig.update_layout(
        barmode="group",
        yaxis={"autorange": "reversed"},
        xaxis={"title": _("指标数（个）"), "dtick": max(1, most // 5), "range": [0, most * 1.2]},
    )
    title = _("指标结论：截止时与当前")
    return Chart(
        "evaluation-verdicts", title, styled_figure(fig, title, 130 + 52 * max(len(shown), 1)),
        [_("结论"), _("截止时"), _("当前")],
        [[labels[v], at_deadline.get(v, 0), now.get(v, 0)] for v in shown],
        note=_("截止时：截止后判定的结论；当前：最近一次汇总。"),
    )  # fmt: skip


def task_status_at_end_chart(counts: dict[str, int]) -> Chart:
    labels = status_labels()
    bars = [(labels[s], counts.get(s, 0), palette.STATUS[s]) for s in STATUS_ORDER]
    return count_bars_chart(
        "evaluation-tasks", _("规划期末的任务状态"), bars, _("任务数（项）"),
        [_("状态"), _("任务数")],
    )  # fmt: skip

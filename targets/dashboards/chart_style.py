"""The charts' house style: title, fonts, margins and legend as every figure has them, and the
values written on the bars."""

from __future__ import annotations

import orjson

from targets.dashboards import plain_figure as go
from targets.dashboards.labels import wrap_label

FONT = "system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif"
# Room at the top of a chart for Plotly's buttons, so they never sit on the title.
MODEBAR_BAND = 30
TITLE_LINE = 21
# Labels are wrapped to this many columns (a CJK character takes two) and so many lines. A
# title line fits a phone's chart (about 310 px of 16 px text: 19 CJK characters at most).
TITLE_COLUMNS = 34
LABEL_COLUMNS = 22


def styled_figure(fig: go.Figure, title: str, height: int = 360, *, unit: str = "") -> dict:
    """House style: the title below the button band, the unit written level over the plot's
    left edge, from the value axis on (a rotated "个" reads as an arrow; right-aligned to the
    axis, a translated unit ran off the chart), the legend under the plot, clear of axis titles."""
    title_text = wrap_label(title, columns=TITLE_COLUMNS)
    top = MODEBAR_BAND + TITLE_LINE * (title_text.count("<br>") + 1) + (22 if unit else 8)
    fig.update_layout(
        title={"text": title_text, "x": 0, "xanchor": "left", "xref": "container",
               "y": 1, "yanchor": "top", "yref": "container",
               "pad": {"t": MODEBAR_BAND, "l": 10}, "font": {"size": 16}},
        font={"family": FONT, "size": 13},
        margin={"l": 10, "r": 16, "t": top, "b": 10},
        height=height + top,
        paper_bgcolor="white",
        plot_bgcolor="white",
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 0, "yanchor": "bottom",
                "yref": "container", "font": {"size": 12}},
        hoverlabel={"font": {"family": FONT}},
        uniformtext={"minsize": 10, "mode": "hide"},
    )  # fmt: skip
    if unit:
        fig.add_annotation(
            text=unit, showarrow=False, xref="paper", yref="paper", x=0, y=1,
            xanchor="left", yanchor="bottom", yshift=6, font={"size": 12, "color": "#5b6475"},
        )  # fmt: skip
    fig.update_xaxes(automargin=True, gridcolor="#eef1f5", title_standoff=8)
    fig.update_yaxes(automargin=True, gridcolor="#eef1f5")
    return orjson.loads(orjson.dumps(fig.to_plotly_json()))  # JSON's own types, as shipped


def bar_text(fig: go.Figure, template: str, position: str = "outside") -> None:
    """Values written on the bars (the table below has them too)."""
    fig.update_traces(texttemplate=template, textposition=position, cliponaxis=False,
                      selector={"type": "bar"})  # fmt: skip

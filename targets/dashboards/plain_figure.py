"""A Plotly figure as plain dicts: the part of ``plotly.graph_objects.Figure``'s interface the
dashboards use, without its property validation (which made building a zone's dozen charts
take seconds). The JSON is what ``go.Figure.to_json`` gives for the same calls except the
layout's template: that is the same for every chart, so pages load it once
(``static/vendor/plotly-template.js``, written by ``plotly_template_script``) and
``static/js/charts.js`` applies it. tests/targets/test_charts.py compares the two."""

from __future__ import annotations

import json
from typing import Any

# Plotly property names that contain an underscore (every other underscore is Plotly's "magic
# underscore": ``marker_color`` is ``marker.color``).
UNDERSCORED = {"paper_bgcolor", "plot_bgcolor", "error_x", "error_y", "error_z"}


class Trace(dict):
    """A trace; its properties readable as attributes (``fig.data[0].y``)."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError as exc:
            raise AttributeError(name) from exc


def _expanded(properties: dict) -> dict:
    """Magic underscores spelled out, string titles as ``{"text": …}``, nested dicts alike."""
    out: dict = {}
    for key, value in properties.items():
        if isinstance(value, dict):
            value = _expanded(value)
        if key == "title" and isinstance(value, str):
            value = {"text": value}
        if "_" in key and key not in UNDERSCORED:
            head, rest = key.split("_", 1)
            _merge(out, {head: _expanded({rest: value})})
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            _merge(out[key], value)
        else:  # as _merge would, without a dict made for every key
            out[key] = value
    return out


def _merge(into: dict, update: dict) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def Bar(**properties) -> Trace:
    return Trace(type="bar", **_expanded(properties))


def Scatter(**properties) -> Trace:
    return Trace(type="scatter", **_expanded(properties))


def plotly_template() -> dict:
    """The template ``go.Figure`` puts in every figure's layout (Plotly's default)."""
    import plotly.io as pio

    return pio.templates[pio.templates.default].to_plotly_json()


def plotly_template_script() -> str:
    """The text of ``static/vendor/plotly-template.js``."""
    body = json.dumps(plotly_template(), sort_keys=True, separators=(",", ":"))
    return (
        "// Plotly's default template, applied by charts.js to every figure (the same for all).\n"
        "// Written from plotly.py by targets.dashboards.plain_figure.plotly_template_script.\n"
        f"window.PLOTLY_TEMPLATE = {body};\n"
    )


class Figure:
    def __init__(self, data: Trace | list[Trace] | None = None):
        self.data: list[Trace] = [] if data is None else [data] if isinstance(data, dict) else data
        self.layout: dict = {}

    def add_bar(self, **properties) -> Figure:
        self.data.append(Bar(**properties))
        return self

    def add_scatter(self, **properties) -> Figure:
        self.data.append(Scatter(**properties))
        return self

    def update_layout(self, **properties) -> Figure:
        _merge(self.layout, _expanded(properties))
        return self

    def update_traces(self, selector: dict | None = None, **properties) -> Figure:
        for trace in self.data:
            if all(trace.get(k) == v for k, v in (selector or {}).items()):
                _merge(trace, _expanded(properties))
        return self

    def update_xaxes(self, **properties) -> Figure:
        return self.update_layout(xaxis=properties)

    def update_yaxes(self, **properties) -> Figure:
        return self.update_layout(yaxis=properties)

    def add_annotation(self, **properties) -> Figure:
        self.layout.setdefault("annotations", []).append(_expanded(properties))
        return self

    def add_vline(self, x, **properties) -> Figure:
        line = _expanded(properties).get("line", {})
        shape = {"type": "line", "x0": x, "x1": x, "xref": "x", "y0": 0, "y1": 1,
                 "yref": "y domain", "line": line}  # fmt: skip
        self.layout.setdefault("shapes", []).append(shape)
        return self

    def to_plotly_json(self) -> dict:
        """The figure's own traces and layout, not a copy: for writing as JSON."""
        return {"data": self.data, "layout": self.layout}

    def to_json(self) -> str:
        return json.dumps(self.to_plotly_json())

"""The few charts a printed briefing or evaluation carries, drawn as PNG with matplotlib.

The dashboards draw with Plotly in the browser; turning those into images needs kaleido and a
browser. A document needs three plain charts, so they are drawn here with matplotlib (a wheel,
no browser), in the app's palette and with Noto Sans CJK for Chinese labels.
"""

from __future__ import annotations

import datetime
import io

import matplotlib

matplotlib.use("Agg")

from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from targets import palette

FONTS = ["Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK", "DejaVu Sans"]
DPI = 150


def _style() -> dict:
    available = {f.name for f in font_manager.fontManager.ttflist}
    return {
        "font.family": [f for f in FONTS if f in available] or ["DejaVu Sans"],
        "font.size": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }


def _png(figure: Figure) -> bytes:
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI)
    return out.getvalue()


def bar_chart(*, title: str, bars: list[tuple[str, float, str]], unit: str = "") -> bytes:
    """Horizontal bars (label, value, colour), top to bottom, each with its value written."""
    with matplotlib.rc_context(_style()):
        figure = Figure(figsize=(6.4, 0.45 * max(len(bars), 2) + 0.9), layout="constrained")
        axes = figure.add_subplot()
        labels = [b[0] for b in bars][::-1]
        values = [b[1] for b in bars][::-1]
        colours = [b[2] for b in bars][::-1]
        drawn = axes.barh(labels, values, color=colours)
        axes.bar_label(drawn, labels=[f"{v:g}{unit}" for v in values], padding=3)
        axes.set_title(title, loc="left", fontsize=11)
        axes.set_xlim(0, max([*values, 1]) * 1.15)
        if not unit:
            axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.tick_params(axis="y", length=0)
        return _png(figure)


def paired_bar_chart(
    *, title: str, labels: list[str], before: list[float], after: list[float],
    legend: tuple[str, str], colours: list[str],
) -> bytes:  # fmt: skip
    """Two bars per label (e.g. at the deadline and now), the first hatched."""
    with matplotlib.rc_context(_style()):
        figure = Figure(figsize=(6.4, 0.6 * max(len(labels), 2) + 1.0), layout="constrained")
        axes = figure.add_subplot()
        rows = list(range(len(labels)))[::-1]
        height = 0.38
        first = axes.barh([r + height / 2 for r in rows], before, height, color=colours,
                          alpha=0.55, hatch="//", label=legend[0])  # fmt: skip
        second = axes.barh([r - height / 2 for r in rows], after, height, color=colours,
                           label=legend[1])  # fmt: skip
        axes.bar_label(first, labels=[f"{v:g}" for v in before], padding=2, fontsize=8)
        axes.bar_label(second, labels=[f"{v:g}" for v in after], padding=2, fontsize=8)
        axes.set_yticks(rows, labels)
        axes.set_xlim(0, max([*before, *after, 1]) * 1.18)
        axes.set_title(title, loc="left", fontsize=11)
        axes.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=2, frameon=False)
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.tick_params(axis="y", length=0)
        return _png(figure)


def line_chart(*, title: str, points: list[tuple[datetime.date, float]], unit: str) -> bytes:
    with matplotlib.rc_context(_style()):
        figure = Figure(figsize=(6.4, 2.8), layout="constrained")
        axes = figure.add_subplot()
        axes.plot([p[0] for p in points], [p[1] for p in points], marker="o", markersize=3,
                  color=palette.BLUE)  # fmt: skip
        if points:
            last = points[-1]
            axes.annotate(f"{last[1]:g}{unit}", last, textcoords="offset points", xytext=(4, 4))
        axes.set_ylim(0, max([p[1] for p in points] + [1]) * 1.15)
        axes.set_title(title, loc="left", fontsize=11)
        axes.set_ylabel(unit, rotation=0, labelpad=10)
        figure.autofmt_xdate()
        return _png(figure)

"""The app's colours: each means one thing, on every chart, page and light.

Green is done / achieved / on course, red is blocked, delayed, missed or falling behind, amber
is a warning (needs acceleration, awaiting figures, no data), grey is not started / no light.
The colours come from Okabe & Ito's colour-blind-safe set ("Color Universal Design", 2008),
with a deep blue and a dark wine red added for the task states that sit beside them; a test
simulates deuteranopia, protanopia and tritanopia (Machado et al. 2009, via colorspacious) and
checks every pair shown together stays apart. ``static/css/app.css`` repeats them as custom
properties (``--light-red``, ``--status-blocked`` …); a test keeps the two equal.
"""

from __future__ import annotations

from targets.verdicts import Verdict

GREEN = "#009E73"  # Okabe–Ito bluish green
AMBER = "#E69F00"  # Okabe–Ito orange
RED = "#D55E00"  # Okabe–Ito vermillion
GREY = "#C4C9D1"
BLUE = "#0072B2"  # Okabe–Ito blue: a measured series
SKY = "#56B4E9"  # Okabe–Ito sky blue: another zone's contribution
PURPLE = "#CC79A7"  # Okabe–Ito reddish purple: a projection
PATH_GREY = "#6B7385"  # the required path (dashed)

# Traffic lights (亮灯) of tasks and targets; "" is no light yet.
LIGHT = {"green": GREEN, "yellow": AMBER, "red": RED, "": GREY}

# Task states: shown side by side (stacked bars), so each has its own colour.
STATUS = {
    "not_started": GREY,
    "in_progress": "#1F3F8F",
    "completed": GREEN,
    "delayed": RED,
    "blocked": "#6B0F1A",
}


def verdict_light(verdict: str) -> str:
    """A verdict's light, by the rollup's rule: green, red, else yellow (no data included)."""
    if verdict in Verdict.GREEN:
        return "green"
    return "red" if verdict in Verdict.RED else "yellow"


def verdict_colour(verdict: str) -> str:
    return LIGHT[verdict_light(verdict)]

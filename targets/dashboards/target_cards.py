"""The zone page's cards of its targets, written in Python as the template loop wrote them (its
tags, filters and include per target took longer than the rest of the page's figures part)."""

from __future__ import annotations

import datetime
import functools
import html

from django.template.defaultfilters import floatformat
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from pilots.models import Plan
from pilots.templatetags.names import chinese, name_in_language
from pilots.templatetags.punctuation import in_brackets, semicolon
from targets.dashboards.cells import cell_writer
from targets.dashboards.task_lists import url_writer
from targets.figures import DecisionNote, TargetFigures
from targets.plan_dates import last_day_included
from targets.target_wording import day_note, goal_text, why_text
from targets.units import amount_number, amount_text

# What targets/_target_history.html writes for a target without decisions or corrections.
NO_HISTORY = "\n\n"


@functools.cache
def _history_template():
    return get_template("targets/_target_history.html")


def history_html(f: TargetFigures, plan: Plan | None = None) -> str:
    """A target's decisions and corrections (targets/_target_history.html): its decisions
    written here, corrections (rare) drawn by the template. A decision on an ended plan's
    judgement day (the day after its end) is dated the plan's last day, the last it counts."""
    if plan is not None and f.decisions:
        f = f.model_copy(update={"decisions": [_dated(d, plan) for d in f.decisions]})
    if f.corrections:
        return _history_template().render({"f": f})
    if not f.decisions:
        return NO_HISTORY
    decisions = semicolon().join(_decision(d, f.unit) for d in f.decisions)
    return f'<p class="decisions">{decisions}</p>{NO_HISTORY}'


def _dated(d: DecisionNote, plan: Plan) -> DecisionNote:
    day = last_day_included(plan, datetime.date.fromisoformat(d.decided_on)).isoformat()
    return d if day == d.decided_on else d.model_copy(update={"decided_on": day})


def _decision(d: DecisionNote, unit: str) -> str:
    e = html.escape
    if d.kind == "decided":
        text = gettext("判定于 %(day)s %(verdict)s") % {
            "day": e(d.decided_on),
            "verdict": e(d.verdict_label),
        }
    elif d.kind == "redecided":
        text = gettext("%(day)s 更正后 %(verdict)s") % {
            "day": e(d.recorded_on),
            "verdict": e(d.verdict_label),
        }
        text = f"<strong>{text}</strong>"
    else:
        text = gettext("%(day)s 更正后 重新待定") % {"day": e(d.recorded_on)}
        text = f"<strong>{text}</strong>"
    if d.value is not None:
        text += in_brackets(amount_number(d.value, unit))
    return text


def cards_html(targets: list[dict], plan: Plan | None = None) -> SafeString:
    """Every target's card (``{"object_id", "light", "figures"}`` each) of ``plan``, or the
    note that the plan has none."""
    e = html.escape
    if not targets:
        none = e(gettext("本规划没有量化指标。"))
        return mark_safe(f"<p>{none}</p>")
    cell = cell_writer()
    comments_url = url_writer("target-comments")
    labels = {
        key: e(text)
        for key, text in {
            "ratio": gettext("比值"), "comments": gettext("留言"),
            "deadline": gettext("截止"), "projection": gettext("按当前速度预计"),
            "trend": gettext("查看走势"),
        }.items()
    }  # fmt: skip
    cards = []
    for t in targets:
        f: TargetFigures = t["figures"]
        pk, light = cell(t["object_id"]), cell(t["light"])
        value = e(amount_number(f.value, f.unit))
        note = day_note(f, f.value_on)
        if note:
            note = f'<small class="muted">{in_brackets(note)}</small>'
        ratio = ""
        if f.ratio is not None and f.method != "met":
            ratio = f"<small>{labels['ratio']} {floatformat(f.ratio, 2)}</small>"
        if why := why_text(f):
            ratio += f'<br><small class="why">{e(why)}</small>'
        due = f"{labels['deadline']} {cell(f.deadline_year)}"
        if f.projection is not None and not f.final:
            projection = amount_text(f.projection, f.unit, lambda v: floatformat(v, 1))
            due += f" · {labels['projection']} {e(projection)}"
        if f.owner:
            due += f" · {name_in_language(f.owner)}"
        cards.append(
            f"""
  <article class="target-card light-border-{light}" id="card-{pk}" aria-labelledby="card-{pk}-h">
    <h3 id="card-{pk}-h">{name_in_language(f.metric, f.metric_en)}</h3>
    <p class="target-value"><span class="big">{value}</span>{note} / {e(goal_text(f))}</p>
    <p><span class="verdict verdict-{e(f.verdict)}"><span class="light light-{light}" \
aria-hidden="true"></span>{e(f.verdict_label)}</span>
      {ratio}</p>
    {history_html(f, plan)}
    <p><a href="{e(comments_url(t["object_id"]))}">{labels["comments"]}</a></p>
    <p class="muted">{due}</p>
    <blockquote>“{chinese(f.source_phrase)}”</blockquote>
    <a href="#target-{pk}">{labels["trend"]}</a>
  </article>
"""
        )
    return mark_safe("".join(cards))  # every value escaped

"""The rows of the tables of what changed since a date (targets/_changes.html), written in
Python as the template loops wrote them: their tags, filters and lookups per row took most of
the part's time, drawn on every zone page's first view after a rollup."""

from __future__ import annotations

from django.utils.safestring import SafeString, mark_safe

from pilots.templatetags.names import chinese, name_in_language
from targets.briefings.changes import TargetChange, TaskMove
from targets.dashboards.cells import cell_writer
from targets.dashboards.task_lists import url_writer
from targets.units import amount_text


def target_rows_html(changes: list[TargetChange]) -> SafeString:
    cell = cell_writer()

    def state(f) -> str:
        verdict = f'<span class="verdict verdict-{cell(f.verdict)}">{cell(f.verdict_label)}</span>'
        if f.value is None:
            return verdict
        return f"{cell(amount_text(f.value, f.unit))} · {verdict}"

    return mark_safe(  # every value escaped by the writer
        "".join(
            f"<tr><td>{name_in_language(t.after.metric, t.after.metric_en)}</td>\n"
            f"<td>{state(t.before) if t.before else '—'}</td>\n"
            f"<td>{state(t.after)}</td></tr>"
            for t in changes
        )
    )


def task_rows_html(moves: list[TaskMove]) -> SafeString:
    cell = cell_writer()
    task_url = url_writer("task-detail")

    def state(f) -> str:
        return f"{cell(f.status_label)} {cell(f.percent)}%"

    def link(m) -> str:
        return f'<a href="{task_url(m.id)}">{chinese(m.after.code)} {chinese(m.after.title)}</a>'

    return mark_safe(  # every value escaped by the writer
        "".join(
            f"<tr><td>{link(m)}</td>\n"
            f"<td>{state(m.before) if m.before else '—'}</td><td>{state(m.after)}</td></tr>"
            for m in moves
        )
    )

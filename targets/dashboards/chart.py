"""A chart as the pages ship it: one Plotly figure with the plain table of the numbers behind it
(for screen readers, copying and CSV download), written as HTML; and its cache. A chart depends
only on its snapshot: ``cached`` builds it once per recomputation."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import orjson
from django.core.cache import cache
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext as _

from pilots.languages import HAN, english_ui
from pilots.templatetags.names import chinese_lang
from targets.dashboards.cells import cell_writer
from targets.models import Snapshot

CHART_CACHE_SECONDS = 24 * 3600
# Part of every chart's cache key: bump it when the figures' code changes their look (or what
# a cached ``Chart`` holds).
CHART_STYLE = 6


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
    # What the files downloaded from it (PNG, CSV) are named after besides its id: the plan's
    # code on a plan's page, where a zone of several plans has a chart of each name per plan.
    # Given by the page after the chart is read (a class default for charts cached before).
    of: str = ""
    # The figure as the page ships it, written once when the chart is built: the cache keeps
    # only this (``__getstate__``), and ``figure`` is read back from it when asked for.
    figure_json: str = field(init=False, repr=False, compare=False)
    figure_height: int | float | None = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        self.figure_json = script_json(self.figure)
        self.figure_height = self.figure.get("layout", {}).get("height")

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "figure"}

    def __getattr__(self, name: str):
        if name != "figure":
            raise AttributeError(name)
        self.figure = orjson.loads(self.figure_json)
        return self.figure

    @property
    def filename(self) -> str:
        return f"{self.of}-{self.id}" if self.of else self.id

    @property
    def csv_name(self) -> str:
        return f"{self.filename}.csv"

    def of_plan(self, code: str) -> Chart:
        """The chart with its downloads named after the plan (``of``)."""
        self.of = code
        return self

    @property
    def figure_id(self) -> str:
        return f"{self.id}-figure"

    @property
    def figure_script(self) -> str:
        """What ``{{ chart.figure|json_script:chart.figure_id }}`` gives, from the JSON written
        once (orjson; Django's encoder took longer than building the figure)."""
        return format_html(
            '<script id="{}" type="application/json">{}</script>',
            self.figure_id,
            mark_safe(self.figure_json),  # JSON with <, > and & escaped as json_script does
        )

    @property
    def html(self) -> str:
        """The chart with its table of numbers, as the pages show it (``targets/_chart.html``
        shows this): written here, as the template wrote it before, whose include cost more
        than its figure (a zone page shows a dozen)."""
        e = html.escape
        cell = cell_writer()
        chart_id, title, filename = e(self.id), e(self.title), e(self.filename)
        note = e(self.note)
        height = cell(self.figure_height or 360)
        label = f"{title} {note}" if self.note else title
        shown_note = f'<span class="muted"{chinese_lang(note)}>{note}</span>' if self.note else ""
        columns = "".join(f'<th scope="col">{cell(c)}</th>' for c in self.columns)
        if self.rows:
            body = self.rows_html
        else:
            no_data = e(_("无数据"))
            body = f'<tr><td colspan="{len(self.columns)}">{no_data}</td></tr>'
        # Outside the f-string, where makemessages finds them.
        table_label, csv_label = e(_("数据表")), e(_("下载数据（CSV）"))
        hint = e(_("图表中的数字见下方的“数据表”。"))
        # A group, not an image: Plotly puts its mode bar's buttons inside the chart, and an
        # image may hold no control. The drawing itself is hidden from screen readers (charts.js);
        # the description sends them to the table of the same numbers.
        return mark_safe(  # every value escaped
            f"""
<figure class="chart-box" aria-labelledby="{chart_id}-caption">
  <div class="chart" id="{chart_id}" data-figure="{chart_id}-figure" data-filename="{filename}" \
role="group" aria-label="{label}" aria-describedby="{chart_id}-hint" data-height="{height}"></div>
  <span id="{chart_id}-hint" hidden>{hint}</span>
  {self.figure_script}
  <figcaption id="{chart_id}-caption">
    {shown_note}
    <details>
      <summary>{table_label}</summary>
      <table class="grid" id="{chart_id}-table">
        <caption class="visually-hidden"{chinese_lang(title)}>{title}</caption>
        <thead><tr>{columns}</tr></thead>
        <tbody>{body}</tbody>
      </table>
    </details>
    <button type="button" class="link" data-csv data-table="{chart_id}-table" \
data-filename="{e(self.csv_name)}">{csv_label}</button>
  </figcaption>
</figure>
"""
        )

    @property
    def rows_html(self) -> str:
        """The table's rows, each cell as ``{{ cell }}`` renders it (localised, escaped): a
        template loop over a trajectory's hundreds of cells costs more than drawing it."""
        cell = cell_writer()
        if english_ui():  # the plan's Chinese names (agencies, sections, tasks) marked as such
            return mark_safe(
                "".join(
                    "<tr>"
                    + "".join(
                        f"<td{ZH_LANG if HAN.search(t) else ''}>{t}</td>" for t in map(cell, row)
                    )
                    + "</tr>"
                    for row in self.rows
                )
            )
        return mark_safe(  # every cell escaped by the writer
            "".join(
                f"<tr><td>{'</td><td>'.join(map(cell, row))}</td></tr>" if row else "<tr></tr>"
                for row in self.rows
            )
        )


ZH_LANG = ' lang="zh-Hans"'


def script_json(figure: dict) -> str:
    """The figure as JSON that cannot close its <script> element: <, > and & escaped as
    ``json_script`` escapes them."""
    text = orjson.dumps(figure).decode()
    return text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")


def chart_key(snapshot: Snapshot, name: str) -> str:
    stamp = snapshot.computed_at.timestamp()
    return f"chart:{CHART_STYLE}:{name}:{snapshot.pk}:{stamp}:{get_language()}"


def cached(snapshot: Snapshot, name: str, build, *args) -> Chart:
    """A chart depends only on its snapshot, its arguments and the language: build it once per
    recomputation. (Building Plotly figures is most of a dashboard's cost; the key changes when
    a rollup rewrites the snapshot.)"""
    return cached_all([(snapshot, name, build, *args)])[0]


def cached_all(charts: list[tuple]) -> list[Chart]:
    """``cached`` for a page's charts, each given as (snapshot, name, build, *args): read in one
    round trip, the missing ones built and stored in another."""
    keys = [chart_key(snapshot, name) for snapshot, name, *_ in charts]
    found = cache.get_many(keys)
    built = {}
    for key, (_snapshot, _name, build, *args) in zip(keys, charts, strict=True):
        if key not in found:
            built[key] = build(*args)
    if built:
        cache.set_many(built, timeout=CHART_CACHE_SECONDS)
    return [found.get(key) or built[key] for key in keys]

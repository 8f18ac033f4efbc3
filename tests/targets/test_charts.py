"""The dashboards' figures and colours: one palette that colour-blind readers can tell apart,
the same in CSS as in the charts; values on bars, units level, every marker in a legend, and
Plotly's zh-CN locale vendored from the plotly.js release the bundle comes from."""

import datetime
import hashlib
import itertools
import re
from pathlib import Path

import numpy as np
import pytest
from colorspacious import cspace_convert, deltaE

from targets import dashboards, palette
from targets.figures import PlanFigures
from targets.verdicts import Verdict
from tasks.models import TaskStatus

ROOT = Path(__file__).resolve().parents[2]
CSS = (ROOT / "static" / "css" / "app.css").read_text()
VENDOR = ROOT / "static" / "vendor"
# Simulated colour vision: normal, and full-strength deuteranopia, protanopia, tritanopia
# (Machado, Oliveira & Fernandes 2009, as colorspacious implements them).
VISIONS = [None] + [
    {"name": "sRGB1+CVD", "cvd_type": kind, "severity": 100}
    for kind in ("deuteranomaly", "protanomaly", "tritanomaly")
]
# Perceptual distance (CAM02-UCS ΔE) every pair shown together must keep, in every vision.
MIN_DISTANCE = 15
# The zh-CN locale file of each plotly.js release (dist/plotly-locale-zh-cn.js of the npm
# package plotly.js@VERSION). Bumping plotly means re-vendoring it and adding its hash here.
LOCALE_SHA256 = {"4.1.1": "55db6d56d01e8083b362d6dd11cb15f8bda74be17e69417c5d3bb97f60a97ca2"}


def seen_as(colour: str, vision) -> np.ndarray:
    rgb = np.array([int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)])
    return rgb if vision is None else np.clip(cspace_convert(rgb, vision, "sRGB1"), 0, 1)


def closest_pair(colours: dict) -> tuple[float, str, str]:
    return min(
        (min(deltaE(seen_as(a, v), seen_as(b, v), input_space="sRGB1") for v in VISIONS), x, y)
        for (x, a), (y, b) in itertools.combinations(colours.items(), 2)
    )


@pytest.mark.parametrize("name", ["STATUS", "LIGHT"])
def test_colours_shown_together_stay_apart_for_colour_blind_readers(name):
    distance, a, b = closest_pair(getattr(palette, name))
    assert distance >= MIN_DISTANCE, f"{name}: {a} and {b} look alike ({distance:.1f})"


def test_a_palette_that_fails_the_check_is_caught():
    """The classic red/green pair that deuteranopes confuse fails the same check."""
    distance, *_ = closest_pair({"done": "#228833", "late": "#D55E00"})
    assert distance < MIN_DISTANCE


def test_css_repeats_the_palette_and_lights_use_it():
    declared = {
        k.lower(): v.upper() for k, v in re.findall(r"--([\w-]+):\s*(#[0-9A-Fa-f]{6})", CSS)
    }
    for key, colour in palette.STATUS.items():
        assert declared[f"status-{key}"] == colour.upper(), key
    for key, colour in palette.LIGHT.items():
        assert declared[f"light-{key or 'none'}"] == colour.upper(), key
    for light in ("green", "yellow", "red"):
        assert re.search(rf"\.light-{light} \{{ background: var\(--light-{light}\)", CSS)
        assert re.search(
            rf"\.light-border-{light} \{{ border-left-color: var\(--light-{light}\)", CSS
        )


def test_every_verdict_wears_its_lights_colour():
    assert set(palette.STATUS) == {s.value for s in TaskStatus}
    for verdict in dashboards.VERDICT_ORDER:
        light = palette.verdict_light(verdict)
        assert palette.verdict_colour(verdict) == palette.LIGHT[light]
        assert (light == "green") == (verdict in Verdict.GREEN)
        assert (light == "red") == (verdict in Verdict.RED)
        # and the CSS chip of the verdict sits in the same family
        family = {"green": "green", "yellow": "yellow", "red": "red"}[light]
        rule = re.search(rf"[^}}]*\.verdict-{verdict}\b[^{{]*\{{([^}}]*)\}}", CSS)
        assert rule and f"var(--{family}-tint)" in rule.group(1), verdict


def _width(row: str) -> int:
    return sum(2 if ord(c) > 0x2E7F else 1 for c in row)


def test_long_labels_wrap_by_width_and_keep_to_their_lines():
    heading = "四、(一) 实施人工智能技术创新行动,增强核心竞争力"
    rows = dashboards.wrap_label(heading, columns=22, lines=3).split("<br>")
    # Chinese breaks between any two characters: the numbering shares the first line, and
    # the lines are as even as three lines allow.
    assert rows == ["四、(一) 实施人工", "智能技术创新行动,", "增强核心竞争力"]
    assert all(_width(r) <= 22 for r in rows)
    cut = dashboards.wrap_label(heading, columns=22, lines=2).split("<br>")
    assert cut == ["四、(一) 实施人工智能", "技术创新行动,增强核心…"]
    assert dashboards.wrap_label("Science and Technology Bureau", columns=12) == (
        "Science and<br>Technology<br>Bureau"
    )
    assert dashboards.wrap_label("短标签", columns=22) == "短标签"


# No line of a label starts with a closing mark nor ends with an opening one (Chinese rules).
CLOSING = set("、,，。;；:：)）」』》!！?？%…")


@pytest.mark.parametrize(
    "heading",
    [
        "四、(四) 建设智能化基础设施体系,筑牢人工智能发展基础",
        "三、(一) 实施人工智能技术创新工程",
        "四、(一) 建立人工智能创新体系,夯实人工智能发展科技支撑",
        "人工智能(AI)产业规模达到500亿元,培育龙头企业",
    ],
)
@pytest.mark.parametrize("lines", [1, 2, 3])
def test_a_chinese_label_is_cut_between_characters_and_no_line_starts_with_a_closing_mark(
    heading, lines
):
    label = dashboards.wrap_label(heading, columns=22, lines=lines)
    rows = label.split("<br>")
    assert len(rows) <= lines and all(_width(r) <= 22 for r in rows), rows
    assert not any(r[0] in CLOSING for r in rows), rows
    assert not any(r.endswith(("(", "(", "“")) for r in rows), rows
    shown = "".join(rows).replace(" ", "")
    if shown.endswith("…"):  # cut: what is shown is the heading's start, whole characters
        assert heading.replace(" ", "").startswith(shown[:-1]), rows
        assert not shown[:-1].endswith((",", "、", ",")), rows
    else:
        assert shown == heading.replace(" ", ""), rows
    assert all(r for r in rows)  # no empty line


@pytest.mark.parametrize(
    "label",
    [
        "Chongqing · Enterprises in the artificial intelligence industry above designated size",
        "Hefei · Major scientific and technological achievements",
        "Liuzhou · Intelligent manufacturing demonstration factories",
    ],
)
@pytest.mark.parametrize("lines", [1, 2])
def test_an_english_label_is_cut_at_a_word_boundary(label, lines):
    rows = dashboards.wrap_label(label, columns=22, lines=lines).split("<br>")
    assert len(rows) <= lines and all(_width(r) <= 22 for r in rows), rows
    words = " ".join(rows).removesuffix("…").split()
    assert words == label.split()[: len(words)], rows  # whole words only, in order


def test_the_kind_comparison_hover_holds_the_whole_label():
    from types import SimpleNamespace

    metric = "人工智能核心产业规模及其带动的相关产业规模合计"
    figures = SimpleNamespace(
        metric=metric, metric_en="", verdict="on_track", verdict_label="进度正常", value=10.0,
        goal=20.0, unit="亿元", deadline_year=2025,
    )  # fmt: skip
    zone = SimpleNamespace(pk=1, name="重庆市", name_en="Chongqing")
    plan = SimpleNamespace(pk=1, period_start=2020, period_end=2025)
    row = {"zone": zone, "plan": plan, "figures": figures, "share": 50.0,
           "day": datetime.date(2024, 1, 1)}  # fmt: skip
    chart = dashboards.kind_comparison_chart("产业规模", [row])
    (trace,) = chart.figure["data"]
    assert "…" in trace["y"][0]  # the axis shortens it
    assert metric in str(trace["customdata"][0]) and "%{y}" not in trace["hovertemplate"]


def test_a_target_with_no_figure_is_not_drawn_as_nought_percent():
    from types import SimpleNamespace

    def row(pk, share, verdict, label):
        figures = SimpleNamespace(
            metric="人工智能产业规模", metric_en="", verdict=verdict, verdict_label=label,
            value=None if share is None else share, goal=100.0, unit="亿元", deadline_year=2025,
        )  # fmt: skip
        return {"zone": SimpleNamespace(pk=pk, name=f"区{pk}", name_en=""),
                "plan": SimpleNamespace(pk=pk, period_start=2020, period_end=2025),
                "figures": figures, "share": share, "day": datetime.date(2026, 1, 1)}  # fmt: skip

    chart = dashboards.kind_comparison_chart(
        "产业规模", [row(1, 78.0, "missed", "未达成"), row(2, None, "no_data", "无数据")]
    )
    (trace,) = chart.figure["data"]
    # A leader reads "0%" as nothing done; a zone that never reported says so instead.
    assert trace["text"][0] == "78%" and trace["text"][1] == "无数据", trace["text"]
    assert "%{text}" in trace["texttemplate"] and "%{x" not in trace["hovertemplate"]


def plan_figures() -> PlanFigures:
    section = {"code": "s", "title": "t", "kind": "tasks"}
    return PlanFigures.model_validate({
        "targets_by_verdict": {"missed": 2, "achieved_on_time": 3, "no_data": 1},
        "sections": [
            {"heading": "四、(一) 实施人工智能技术创新行动,增强核心竞争力", "progress": 87.5,
             "tasks": 6, "completed": 4, "stale": 1, "id": 1, **section},
            {"heading": "五、保障措施", "progress": 40.0, "tasks": 3, "completed": 1, "stale": 0,
             "id": 2, **section},
        ],
        "agency_status": {
            "1": {"name": "市科技局", "completed": 17, "delayed": 2, "blocked": 1},
            "2": {"name": "市政府电子政务中心", "in_progress": 1, "completed": 1},
        },
    })  # fmt: skip


def bars(figure: dict) -> list[dict]:
    return [t for t in figure["data"] if t["type"] == "bar"]


def test_bars_carry_their_values_and_units_stand_level():
    for chart in [
        dashboards.target_verdict_chart(plan_figures(), "v"),
        dashboards.section_progress_chart(plan_figures(), "s"),
        dashboards.agency_status_chart(plan_figures(), "a"),
    ]:
        assert bars(chart.figure) and all(t.get("texttemplate") for t in bars(chart.figure))
        for axis in ("xaxis", "yaxis"):
            title = chart.figure["layout"][axis].get("title", {}).get("text", "")
            assert not (axis == "yaxis" and title), "a y-axis title is drawn rotated"


def test_the_section_chart_reads_0_to_100_in_steps_of_20_with_full_headings_in_hover():
    chart = dashboards.section_progress_chart(plan_figures(), "s")
    xaxis = chart.figure["layout"]["xaxis"]
    assert xaxis["tickvals"] == [0, 20, 40, 60, 80, 100] and xaxis["range"][1] > 100
    trace = bars(chart.figure)[0]
    assert trace["customdata"][0][0] == plan_figures().sections[0].heading
    assert "%{customdata[0]}" in trace["hovertemplate"]
    assert chart.rows[0][0] == plan_figures().sections[0].heading  # the table too


def test_agency_status_gives_each_state_its_own_colour_not_one_shaded_scale():
    chart = dashboards.agency_status_chart(plan_figures(), "a")
    traces = bars(chart.figure)
    assert not [t for t in chart.figure["data"] if t["type"] == "heatmap"]
    assert chart.figure["layout"]["barmode"] == "stack"
    colours = {t["name"]: t["marker"]["color"] for t in traces}
    labels = dashboards.status_labels()
    assert colours == {labels[s]: palette.STATUS[s] for s in dashboards.STATUS_ORDER}
    assert len(set(colours.values())) == len(colours)


def test_agency_status_counts_stay_upright_on_a_phone():
    """Regression: at 390 px Plotly turned the counts inside the narrow stacked bars on their
    side (its "auto" text angle), to be read with a tilted head."""
    chart = dashboards.agency_status_chart(plan_figures(), "a")
    assert {t.get("textangle") for t in bars(chart.figure)} == {0}


def trajectory(**figures):
    from targets.models import Snapshot

    base = {
        "verdict": "on_track", "code": "t1", "comparator": "gte",
        "metric": "特色应用场景", "unit": "个", "per_year": False, "goal": 30.0,
        "deadline_year": 2022, "source_phrase": "建设特色应用场景30个以上", "years": {},
        "observations": [["2020-12-31", 16.0], ["2021-12-31", 23.0]],
        "required_path": [["2020-12-31", 16.0], ["2022-12-31", 30.0]], "projection": 31.0,
        "contributions": [{"zone": "綦江区", "metric": "特色应用场景", "value": 6.0,
                           "as_of": "2021-12-31", "plan": "qijiang-ai", "target_id": 9}],
    }  # fmt: skip
    snapshot = Snapshot(scope=Snapshot.Scope.TARGET, object_id=1, figures={**base, **figures})
    return dashboards.trajectory_chart(snapshot)


def test_every_marker_on_a_trajectory_is_named_in_its_legend():
    chart = trajectory()
    names = [t.get("name") for t in chart.figure["data"]]
    assert all(names) and len(set(names)) == len(names)
    assert not [t for t in chart.figure["data"] if t.get("showlegend") is False]
    diamond = next(t for t in chart.figure["data"] if t.get("marker", {}).get("symbol"))
    assert diamond["name"] == "綦江区（下级试验区）贡献"
    assert "綦江区（下级试验区）贡献" in diamond["hovertemplate"]
    unit = [a["text"] for a in chart.figure["layout"]["annotations"]]
    assert unit == ["个"] and not chart.figure["layout"]["yaxis"].get("title", {}).get("text")


def test_per_year_bars_name_met_and_missed_years_and_the_goal_line():
    chart = trajectory(
        per_year=True, goal=2.0, observations=[], required_path=[], contributions=[],
        years={"2020": {"value": 3, "met": True}, "2021": {"value": 1, "met": False}},
    )  # fmt: skip
    names = {t["name"]: t for t in chart.figure["data"]}
    assert set(names) == {"当年达标", "当年未达标", "每年目标"}
    assert names["当年达标"]["marker"]["color"] == palette.GREEN
    assert names["当年未达标"]["marker"]["color"] == palette.RED
    assert chart.figure["layout"]["yaxis"]["dtick"] == 1  # no fractions of a counted thing


def test_titles_leave_the_top_band_to_plotlys_buttons():
    layout = trajectory().figure["layout"]
    assert layout["title"]["pad"]["t"] >= dashboards.MODEBAR_BAND
    assert layout["margin"]["t"] > layout["title"]["pad"]["t"]


def test_the_zh_cn_locale_is_the_one_of_the_vendored_plotly_release():
    header = (VENDOR / "plotly-cartesian.min.js").read_text()[:200]
    version = re.search(r"plotly\.js \(cartesian - minified\) v([\d.]+)", header).group(1)
    assert version in LOCALE_SHA256, f"re-vendor dist/plotly-locale-zh-cn.js of plotly.js@{version}"
    locale = (VENDOR / "plotly-locale-zh-cn.js").read_bytes()
    assert hashlib.sha256(locale).hexdigest() == LOCALE_SHA256[version]
    assert b'name:"zh-CN"' in locale


def test_plain_figures_give_plotlys_own_json_without_the_shared_template(monkeypatch):
    """The dashboards build figures as plain dicts (plain_figure); plotly.graph_objects, given
    the same calls, gives the same figure plus its default template, shipped once instead."""
    import json

    import plotly.graph_objects as real

    from targets.dashboards import charts, plain_figure

    def every_chart():
        return [
            dashboards.target_verdict_chart(plan_figures(), "v").figure,
            dashboards.section_progress_chart(plan_figures(), "s").figure,
            dashboards.agency_status_chart(plan_figures(), "a").figure,
            trajectory().figure,
            trajectory(
                per_year=True, goal=2.0, observations=[], required_path=[], contributions=[],
                years={"2020": {"value": 3, "met": True}, "2021": {"value": 1, "met": False}},
            ).figure,
        ]  # fmt: skip

    plain = every_chart()
    monkeypatch.setattr(charts, "go", real)
    plotly = every_chart()
    for ours, theirs in zip(plain, plotly, strict=True):
        template = theirs["layout"].pop("template")
        assert json.loads(json.dumps(ours)) == json.loads(json.dumps(theirs))
        assert template == plain_figure.plotly_template()
    shipped = (VENDOR / "plotly-template.js").read_text(encoding="utf-8")
    assert shipped == plain_figure.plotly_template_script()


def test_a_vertical_goal_line_is_drawn_as_plotly_draws_it():
    from targets.dashboards import plain_figure

    ours = plain_figure.Figure().add_vline(x=100, line_dash="dash", line_color="#6B7385")
    import plotly.graph_objects as real

    theirs = real.Figure().add_vline(x=100, line_dash="dash", line_color="#6B7385")
    assert ours.to_plotly_json()["layout"]["shapes"] == theirs.to_plotly_json()["layout"]["shapes"]


CELLS = ["市科技局", "<b>&\"'", "", 0, 7, -12, 10**12, 87.5, -0.0, 1e-07, 2.5e16, 123456.789,
         float("inf"), True, None, datetime.date(2024, 3, 31)]  # fmt: skip


@pytest.mark.parametrize("language", ["zh-hans", "en"])
@pytest.mark.parametrize("grouped", [False, True])
def test_a_charts_table_writes_each_cell_as_the_template_did(language, grouped, settings):
    """The table's rows are written with the number format looked up once per table: each cell
    reads as ``{{ cell }}`` (``localize``, escaped) wrote it, in either language and grouping."""
    from django.utils import translation

    from pilots.templatetags.names import chinese_lang
    from targets.dashboards.cells import _cell
    from targets.dashboards.chart import Chart

    settings.USE_THOUSAND_SEPARATOR = grouped
    with translation.override(language):
        chart = Chart("c", "t", {"data": [], "layout": {}}, ["a"], [CELLS[:8], CELLS[8:]])
        expected = "".join(
            "<tr>" + "".join(f"<td{chinese_lang(_cell(c))}>{_cell(c)}</td>" for c in row) + "</tr>"
            for row in chart.rows
        )
        assert chart.rows_html == expected


def test_a_charts_figure_is_shipped_as_json_script_ships_it():
    """Written once with orjson, the figure reads back as the same JSON that Django's
    ``json_script`` gives, under the same element, and text in it cannot close the script."""
    import json

    from django.utils.html import json_script

    chart = trajectory(metric="场景</script><script>alert(1)</script>&")
    shipped = chart.figure_script
    assert "</script><script>" not in shipped.removesuffix("</script>")
    ours = re.fullmatch(r'<script id="target-1-figure" type="application/json">(.*)</script>',
                        shipped).group(1)  # fmt: skip
    theirs = re.fullmatch(r'<script id="target-1-figure" type="application/json">(.*)</script>',
                          json_script(chart.figure, chart.figure_id)).group(1)  # fmt: skip
    assert json.loads(ours) == json.loads(theirs) == chart.figure
    assert "alert(1)" in chart.figure["layout"]["title"]["text"]


# What targets/_chart.html was before Chart.html wrote it (the include cost a zone page more
# than its figures): the Python writer must write the same, byte for byte.
CHART_TEMPLATE = """{% load i18n names %}
<figure class="chart-box" aria-labelledby="{{ chart.id }}-caption">
  <div class="chart" id="{{ chart.id }}" data-figure="{{ chart.id }}-figure" data-filename="{{ chart.id }}" role="group" aria-label="{{ chart.title }}{% if chart.note %} {{ chart.note }}{% endif %}" aria-describedby="{{ chart.id }}-hint" data-height="{{ chart.figure.layout.height|default:360 }}"></div>
  <span id="{{ chart.id }}-hint" hidden>{% translate "图表中的数字见下方的“数据表”。" %}</span>
  {{ chart.figure_script }}
  <figcaption id="{{ chart.id }}-caption">
    {% if chart.note %}<span class="muted"{{ chart.note|chinese_lang }}>{{ chart.note }}</span>{% endif %}
    <details>
      <summary>{% translate "数据表" %}</summary>
      <table class="grid" id="{{ chart.id }}-table">
        <caption class="visually-hidden"{{ chart.title|chinese_lang }}>{{ chart.title }}</caption>
        <thead><tr>{% for c in chart.columns %}<th scope="col">{{ c }}</th>{% endfor %}</tr></thead>
        <tbody>{% if chart.rows %}{{ chart.rows_html }}{% else %}<tr><td colspan="{{ chart.columns|length }}">{% translate "无数据" %}</td></tr>{% endif %}</tbody>
      </table>
    </details>
    <button type="button" class="link" data-csv data-table="{{ chart.id }}-table" data-filename="{{ chart.csv_name }}">{% translate "下载数据（CSV）" %}</button>
  </figcaption>
</figure>
"""  # noqa: E501


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_a_chart_writes_what_its_template_wrote(language):
    from django.template import engines
    from django.utils import translation

    from targets.dashboards.chart import Chart

    template = engines["django"].from_string(CHART_TEMPLATE)
    with translation.override(language):
        charts = [
            dashboards.target_verdict_chart(plan_figures(), "v"),
            dashboards.section_progress_chart(plan_figures(), "s"),
            dashboards.agency_status_chart(plan_figures(), "a"),
            trajectory(metric="<b>场景</b> & “指标”"),
            Chart(
                "empty",
                "无数据的图 <i>",
                {"data": [], "layout": {}},
                ["甲", "乙"],
                [],
                note="注:<备注> & “引文”",
            ),
        ]
        for chart in charts:
            assert chart.html == template.render({"chart": chart}), chart.id
        assert template.render({"chart": charts[0]}) == engines["django"].from_string(
            '{% include "targets/_chart.html" %}'
        ).render({"chart": charts[0]})


def test_a_charts_table_and_download_read_in_english_in_the_english_ui():
    """Regression: written inside an f-string, "数据表" and "下载数据（CSV）" were never
    extracted for translation: every chart in the English UI said them in Chinese."""
    from django.utils import translation

    with translation.override("en"):
        html = trajectory(metric="场景").html
    assert "<summary>Data table</summary>" in html and ">Download data (CSV)</button>" in html


def test_the_briefings_section_bars_cut_a_long_heading_with_an_ellipsis():
    """Regression: the briefing's chart cut headings at 24 characters, mid-word and with no
    mark that anything was left out."""
    from types import SimpleNamespace

    from targets.briefings.briefing_print import section_bars

    long = "四、(一) 建立人工智能创新体系,夯实人工智能发展科技支撑"
    short = "五、保障措施"
    english = "Section 4.1 Building the innovation system for artificial intelligence research"
    bars = section_bars([SimpleNamespace(heading=h, progress=50.0) for h in (long, short, english)])
    (cut, _p, _c), (whole, _p2, _c2), (words, _p3, _c3) = bars
    assert cut.endswith("…") and long.startswith(cut[:-1]) and _width(cut) <= 48
    assert whole == short
    assert words.endswith("…") and english.startswith(words[:-1])
    assert english[len(words) - 1] == " "  # cut between words


@pytest.mark.parametrize(
    ("label", "columns", "lines"),
    [
        ("人力资源社会保障局", 16, 2),  # was 人力资源社会保障 / 局
        ("三、(六) 依托重点园区,营造人工智能发展良好生态", 22, 3),  # was … 良好生 / 态
        ("三、(一) 实施人工智能技术创新工程", 22, 3),  # was … 技术创新工 / 程
    ],
)
def test_a_wrapped_label_leaves_no_character_alone_on_its_last_line(label, columns, lines):
    rows = dashboards.wrap_label(label, columns=columns, lines=lines).split("<br>")
    assert len(rows) > 1 and all(_width(r) <= columns for r in rows), rows
    assert "".join(rows).replace(" ", "") == label.replace(" ", "")
    assert min(len(r) for r in rows) > 1, rows


def test_a_trajectory_with_no_figure_reported_says_so_and_names_its_dashed_line():
    """Regression: with nothing reported the chart was a lone dashed line with no legend (Plotly
    hides a legend of one trace) and no word of why there is no line of figures."""
    chart = trajectory(observations=[], projection=None, contributions=[], verdict="no_data")
    layout = chart.figure["layout"]
    assert layout.get("showlegend") is True
    notes = [a["text"] for a in layout["annotations"]]
    assert "尚无填报数值" in notes


def test_a_yearly_target_with_no_year_reported_says_so():
    chart = trajectory(per_year=True, years={}, observations=[], projection=None, contributions=[])
    assert "尚无填报数值" in [a["text"] for a in chart.figure["layout"]["annotations"]]
    assert chart.figure["layout"].get("showlegend") is True

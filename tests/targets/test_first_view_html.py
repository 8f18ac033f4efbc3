"""A zone page's first view writes its target cards and task lists in Python (their template
loops, tags and includes per target took longer than the rest of the page's figures), and its
charts are cached with their figure once (as the JSON shipped): each writes byte for byte what
the templates wrote, in both languages, whatever a plan or a report wrote."""

import pickle

import pytest
from django.http import QueryDict
from django.template import engines
from django.utils import translation

from targets.briefings.changes import TargetChange, TaskMove
from targets.dashboards.change_tables import target_rows_html, task_rows_html
from targets.dashboards.target_cards import cards_html
from targets.dashboards.task_lists import task_lists
from targets.figures import PlanFigures, TargetFigures, TaskFigures
from tests.targets.test_charts import plan_figures, trajectory

HOSTILE = "<b>x</b>&'\""

# The zone page's loop over its targets before ``{% target_cards %}`` wrote them.
CARDS_TEMPLATE = """{% load i18n names punctuation units target_wording %}{% for t in targets %}{% with f=t.figures %}
  <article class="target-card light-border-{{ t.light }}" id="card-{{ t.object_id }}" aria-labelledby="card-{{ t.object_id }}-h">
    <h3 id="card-{{ t.object_id }}-h">{% name_in_language f.metric f.metric_en %}</h3>
    <p class="target-value"><span class="big">{% if f.value is not None %}{{ f.value|floatformat:"-2" }}{% else %}—{% endif %}</span>{% with note=f|day_note:f.value_on %}{% if note %}<small class="muted">{{ note|in_brackets }}</small>{% endif %}{% endwith %} / {{ f|goal_text }}</p>
    <p><span class="verdict verdict-{{ f.verdict }}"><span class="light light-{{ t.light }}" aria-hidden="true"></span>{{ f.verdict_label }}</span>
      {% if f.ratio is not None and f.method != "met" %}<small>{% translate "比值" %} {{ f.ratio|floatformat:2 }}</small>{% endif %}{% with why=f|why_text %}{% if why %}<br><small class="why">{{ why }}</small>{% endif %}{% endwith %}</p>
    {% include "targets/_target_history.html" %}
    <p><a href="{% url 'target-comments' t.object_id %}">{% translate "留言" %}</a></p>
    <p class="muted">{% translate "截止" %} {{ f.deadline_year }}{% if f.projection is not None and not f.final %} · {% translate "按当前速度预计" %} {{ f.projection|floatformat:1 }} {{ f.unit|unit }}{% endif %}{% if f.owner %} · {% name_in_language f.owner %}{% endif %}</p>
    <blockquote>“{{ f.source_phrase|chinese }}”</blockquote>
    <a href="#target-{{ t.object_id }}">{% translate "查看走势" %}</a>
  </article>
{% endwith %}{% empty %}<p>{% translate "本规划没有量化指标。" %}</p>{% endfor %}"""  # noqa: E501

# targets/_task_list.html before ``TaskList.html`` wrote it.
TASK_LIST_TEMPLATE = """{% load i18n %}<nav class="sort-links" aria-label="{% blocktranslate with list=caption %}{{ list }}排序{% endblocktranslate %}"><span class="muted">{% translate "排序：" %}</span>{% for link in list.links %} <a href="{{ link.url }}"{% if link.current %} aria-current="true" class="current"{% endif %}>{{ link.label }}</a>{% endfor %}</nav>
{% if list.rows %}<div class="list-scroll"><table class="grid task-list">
  <caption class="visually-hidden">{{ caption }}</caption>
  <thead><tr><th scope="col">{% translate "任务" %}</th><th scope="col"{% if list.sort == "lead" %} aria-sort="ascending"{% endif %}>{% translate "牵头单位" %}</th><th scope="col" class="num"{% if list.sort == "late" %} aria-sort="descending"{% endif %}>{% translate "逾期" %}</th><th scope="col" class="num"{% if list.sort == "silent" %} aria-sort="descending"{% endif %}>{% translate "未更新天数" %}</th><th scope="col"{% if list.sort == "noted" %} aria-sort="descending"{% endif %}>{% translate "最新进展" %}</th></tr></thead>
  <tbody>{{ list.rows_html }}</tbody></table></div>{% else %}<p class="muted">{% translate "无" %}</p>{% endif %}
"""  # noqa: E501


def target(**figures) -> dict:
    base = {
        "verdict": "on_track", "code": "t1", "comparator": "gte", "metric": "特色应用场景",
        "unit": "个", "goal": 30.0, "deadline_year": 2022,
        "source_phrase": "建设特色应用场景30个以上",
    }  # fmt: skip
    pk = figures.pop("pk", 7)
    return {"object_id": pk, "light": figures.pop("light", "green"),
            "figures": TargetFigures.model_validate({**base, **figures})}  # fmt: skip


def decision(kind: str, **values) -> dict:
    return {"kind": kind, "verdict": "missed", "decided_on": "2023-01-05",
            "recorded_on": "2023-02-01", **values}  # fmt: skip


CORRECTION = {"as_of": "2022-12-31", "before": 12.5, "after": 13.25, "reason": "统计口径" + HOSTILE,
              "by": "张三" + HOSTILE, "on": "2023-01-20"}  # fmt: skip

TARGETS = [
    target(),
    target(
        pk=12345,
        light="red",
        value=1234.5678,
        ratio=0.4123,
        method="path",
        goal=5000.0,
        goal_max=6000.0,
        per_year=True,
        comparator="approx",
        metric_en="Scenes" + HOSTILE,
        projection=4321.25,
        owner="市科技局" + HOSTILE,
        unit="亿元" + HOSTILE,
        source_phrase="引文" + HOSTILE,
        verdict="needs_acceleration",
    ),
    target(
        pk=8,
        value=30.0,
        ratio=1.0,
        method="met",
        projection=31.0,
        final=True,
        comparator="lte",
        metric="指标" + HOSTILE,
        decided_on="2023-01-05",
        decisions=[decision("decided", value=30.0)],
        verdict="achieved_on_time",
    ),
    target(
        pk=9,
        comparator="lt",
        value=0.0,
        goal=0.0,
        goal_max=0.0,
        verdict="unknown-verdict",
        decisions=[decision("decided"), decision("redecided", value=2.5), decision("reopened")],
    ),
    target(
        pk=10,
        comparator="gt",
        corrections=[CORRECTION],
        decisions=[decision("redecided", cause=[CORRECTION])],
    ),
    target(pk=11, comparator="other", corrections=[CORRECTION, {**CORRECTION, "by": ""}]),
    # after the deadline: why, and the year or date of a figure not of the deadline year
    target(
        pk=13,
        verdict="missed",
        final=True,
        per_year=True,
        value=2.0,
        value_on="2022-12-31",
        why="not_reported",
        deadline_year=2023,
        unit="项",
        goal=2.0,
        method="per_year",
    ),
    target(
        pk=14,
        verdict="achieved_late",
        final=True,
        value=31.0,
        value_on="2024-03-05",
        why="met_late",
        deadline_value=1.0,
        deadline_value_on="2023-12-31",
        unit="个" + HOSTILE,
        deadline_year=2023,
        method="met",
    ),
    target(
        pk=15,
        verdict="missed",
        final=True,
        value=1.0,
        value_on="2023-12-31",
        why="short_at_deadline",
        deadline_value=1.0,
        deadline_value_on="2023-12-31",
        deadline_year=2023,
        unit="项",
    ),
    target(
        pk=16,
        verdict="awaiting_figures",
        value=1.0,
        value_on="2022-06-30",
        why="awaiting",
        deadline_year=2023,
        unit="家",
        comparator="range",
        goal=1.0,
        goal_max=2.0,
    ),
]


@pytest.mark.parametrize("language", ["zh-hans", "en"])
@pytest.mark.parametrize("grouped", [False, True])
def test_the_target_cards_write_what_their_template_loop_wrote(language, grouped, settings):
    settings.USE_THOUSAND_SEPARATOR = grouped
    template = engines["django"].from_string(CARDS_TEMPLATE)
    with translation.override(language):
        assert cards_html(TARGETS) == template.render({"targets": TARGETS})
        assert cards_html([]) == template.render({"targets": []})
        assert "&lt;b&gt;x&lt;/b&gt;" in cards_html(TARGETS) and "<b>x" not in cards_html(TARGETS)


def plan_with_lists() -> PlanFigures:
    figures = plan_figures().model_dump()
    red = {"id": 3, "code": "一." + HOSTILE, "title": "任务" + HOSTILE, "lead": "市局" + HOSTILE,
           "lead_id": 4, "days_silent": 40, "days_overdue": 12, "note": "进展" + HOSTILE,
           "noted_on": "2023-01-02", "reasons": [{"code": "stale", "days": 40}]}  # fmt: skip
    quiet = {"id": 5, "code": "二", "title": "另一项", "days_overdue": 0}
    figures["red_tasks"] = [red, quiet]
    figures["stale_tasks"] = [quiet]
    return PlanFigures.model_validate(figures)


@pytest.mark.parametrize("language", ["zh-hans", "en"])
@pytest.mark.parametrize(
    "query", ["", "red_sort=lead&stale_sort=silent&x=<b>&overdue_sort=late", "red_sort=noted"]
)
def test_a_task_list_writes_what_its_template_wrote(language, query):
    template = engines["django"].from_string(TASK_LIST_TEMPLATE)
    with translation.override(language):
        lists = task_lists(figures=plan_with_lists(), query=QueryDict(query))
        assert lists["red"].rows and not lists["overdue"].rows
        for tasks in lists.values():
            caption = translation.gettext("红灯任务") + HOSTILE
            assert tasks.html(caption) == template.render({"list": tasks, "caption": caption})


def test_a_cached_chart_keeps_its_figure_once_as_the_json_shipped():
    """The cache holds a chart's figure as the JSON the page ships, not also as a dict beside
    it; read back, the chart draws the same and gives the same figure."""
    chart = trajectory(metric="场景" + HOSTILE)
    kept = pickle.loads(pickle.dumps(chart))
    assert "figure" not in kept.__dict__
    assert kept.html == chart.html and kept.figure_json == chart.figure_json
    assert kept.figure == chart.figure and kept == chart


# targets/_changes.html's loops over the changes' rows before ``{% change_target_rows %}`` and
# ``{% change_task_rows %}`` wrote them.
CHANGE_ROWS_TEMPLATE = """{% load names units %}<tbody>{% for t in targets %}<tr><td>{% name_in_language t.after.metric t.after.metric_en %}</td>
<td>{% if t.before %}{% if t.before.value is not None %}{{ t.before.value|floatformat:"-2" }} {{ t.before.unit|unit }} · {% endif %}<span class="verdict verdict-{{ t.before.verdict }}">{{ t.before.verdict_label }}</span>{% else %}—{% endif %}</td>
<td>{% if t.after.value is not None %}{{ t.after.value|floatformat:"-2" }} {{ t.after.unit|unit }} · {% endif %}<span class="verdict verdict-{{ t.after.verdict }}">{{ t.after.verdict_label }}</span></td></tr>{% endfor %}</tbody>
<tbody>{% for m in tasks %}<tr><td><a href="{% url 'task-detail' m.id %}">{{ m.after.code|chinese }} {{ m.after.title|chinese }}</a></td>
<td>{% if m.before %}{{ m.before.status_label }} {{ m.before.percent }}%{% else %}—{% endif %}</td><td>{{ m.after.status_label }} {{ m.after.percent }}%</td></tr>{% endfor %}</tbody>"""  # noqa: E501


def task_figures(pk: int, **figures) -> TaskFigures:
    return TaskFigures.model_validate(
        {"id": pk, "code": "一.1", "title": "任务", "section_id": 1, **figures}
    )


@pytest.mark.parametrize("language", ["zh-hans", "en"])
@pytest.mark.parametrize("grouped", [False, True])
def test_the_tables_of_changes_write_what_their_template_loops_wrote(language, grouped, settings):
    settings.USE_THOUSAND_SEPARATOR = grouped
    figures = [t["figures"] for t in TARGETS]
    changes = [
        TargetChange(id=1, before=None, after=figures[1]),
        TargetChange(id=2, before=figures[0], after=figures[2]),
        TargetChange(id=3, before=figures[1], after=figures[3].model_copy(update={"value": None})),
    ]
    moves = [
        TaskMove(id=12345, before=None, after=task_figures(12345, status="blocked", percent=4321)),
        TaskMove(
            id=6,
            before=task_figures(6, percent=20),
            after=task_figures(6, code="二" + HOSTILE, title=HOSTILE, status="other" + HOSTILE),
        ),
    ]
    template = engines["django"].from_string(CHANGE_ROWS_TEMPLATE)
    with translation.override(language):
        written = (
            f"<tbody>{target_rows_html(changes)}</tbody>\n<tbody>{task_rows_html(moves)}</tbody>"
        )
        assert written == template.render({"targets": changes, "tasks": moves})
        assert target_rows_html([]) == "" and task_rows_html([]) == ""
        assert "&lt;b&gt;x&lt;/b&gt;" in written and "<b>x" not in written

"""Dashboards read snapshots: their query count does not grow with tasks, updates or figures
(tests/browser/test_dashboards.py draws every chart in a real browser)."""

import datetime
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from pilots.models import Membership, Plan
from targets.models import Observation, Snapshot, Target
from targets.rollup import plan_rollup
from tasks.models import StatusUpdate, TaskAssignment
from tests.factories import (
    AgencyFactory,
    PlanFactory,
    SectionFactory,
    TargetFactory,
    TaskFactory,
    UserFactory,
    ZoneFactory,
)

MAX_QUERIES = 14
ZONES = ["chongqing", "hefei", "qijiang", "liuzhou", "changchun"]


def build(*, tasks: int, updates: int, observations: int, slug: str):
    zone = ZoneFactory(slug=slug)
    plan = PlanFactory(zone=zone, period_start=2000, period_end=2030)
    agencies = [AgencyFactory(zone=zone) for _ in range(3)]
    sections = [SectionFactory(plan=plan) for _ in range(3)]
    for i in range(tasks):
        task = TaskFactory(section=sections[i % 3])
        TaskAssignment.objects.create(task=task, agency=agencies[i % 3], role="lead")
        StatusUpdate.objects.bulk_create(
            StatusUpdate(
                task=task,
                status="in_progress",
                percent=min(j, 99),
                reported_on=datetime.date(2024, 1, 1) + datetime.timedelta(days=j),
            )
            for j in range(updates)
        )
    for owner in agencies:
        target = TargetFactory(goal__plan=plan, owner=owner, deadline_year=2030)
        Observation.objects.bulk_create(
            Observation(
                target=target,
                as_of=datetime.date(2000, 1, 1) + datetime.timedelta(days=30 * k),
                value=k,
            )
            for k in range(observations)
        )
    plan_rollup(plan=plan, as_of=timezone.localdate())
    return zone, agencies[0]


def page_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_page_queries_do_not_grow_with_history(client, django_assert_max_num_queries):
    small_zone, small_agency = build(tasks=2, updates=1, observations=1, slug="small")
    large_zone, large_agency = build(tasks=60, updates=25, observations=120, slug="large")
    user = UserFactory()
    Membership.objects.create(user=user, role="leadership")
    client.force_login(user)
    for name, small, large in [
        ("dashboard-zone", [small_zone.slug], [large_zone.slug]),
        ("dashboard-agency", [small_agency.pk], [large_agency.pk]),
    ]:
        small_url, large_url = reverse(name, args=small), reverse(name, args=large)
        for url in (small_url, large_url):  # a first view reads what its cached parts show
            with django_assert_max_num_queries(MAX_QUERIES + 1):
                page_queries(client, url)
        with django_assert_max_num_queries(MAX_QUERIES):
            small_count = page_queries(client, small_url)
        with django_assert_max_num_queries(MAX_QUERIES):
            large_count = page_queries(client, large_url)
        assert small_count == large_count, name
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(reverse("dashboard"))


@pytest.mark.django_db
def test_history_shows_the_dashboard_as_it_stood(client):
    zone, _ = build(tasks=3, updates=2, observations=2, slug="hist")
    plan = zone.plans.get()
    plan_rollup(plan=plan, as_of=datetime.date(2024, 1, 1))
    user = UserFactory()
    Membership.objects.create(user=user, role="leadership")
    client.force_login(user)
    then = client.get(reverse("dashboard-zone", args=[zone.slug]), {"as_of": "2024-01-01"})
    assert then.context["day"] == datetime.date(2024, 1, 1)
    assert then.context["figures"].progress == 0.0
    now = client.get(reverse("dashboard-zone", args=[zone.slug]))
    assert now.context["figures"].progress == 1.0


# The mode bar may offer only what works offline: the PNG download and the view controls.


def test_every_dashboard_says_when_its_figures_were_computed_and_what_is_still_pending(
    world, login
):
    from targets.services import observation_record
    from targets.watermarks import plan_rollup_current

    plan_rollup_current(plan_id=world.plan.id)
    client = login(world.users["leadership"])
    pages = [
        reverse("dashboard"),
        reverse("dashboard-zone", args=[world.zone.slug]),
        reverse("dashboard-agency", args=[world.agencies["lead"].pk]),
    ]
    for url in pages:
        page = client.get(url).content.decode()
        assert "数据计算于" in page and "已包含全部已保存的变更" in page, url
        assert "UTC+0800" in page and "Asia/Shanghai" in page, url
    # The time shown is that of the rows shown: the zone page's, its plan's row of the day it
    # shows. (World's plan has ended: that day is its end, rolled up by the first page asking
    # for it, after today's rollup above — at times in the next minute.)
    zone = client.get(pages[1])
    shown = Snapshot.objects.get(scope="plan", object_id=world.plan.id, as_of=zone.context["day"])
    at = timezone.localtime(shown.computed_at)
    assert f'<time datetime="{at.isoformat()}">{at:%Y-%m-%d %H:%M}</time>' in zone.content.decode()
    # A change saved after the rollup read the counter: the pages say it is on its way.
    observation_record(target=world.target, as_of=datetime.date(2023, 12, 31), value=5)
    for url in pages:
        page = client.get(url).content.decode()
        assert "还有 1 项新变更正在汇总" in page, url
    plan_rollup_current(plan_id=world.plan.id)
    assert "已包含全部已保存的变更" in client.get(pages[1]).content.decode()


def test_the_lists_to_act_on_say_whom_to_call_and_sort_on_the_server(world, login):
    from tasks.models import Milestone

    day = timezone.localdate()
    # A running plan (an ended one is judged at its end, before these reports).
    Plan.objects.filter(pk=world.plan.pk).update(period_end=day.year + 1)
    world.plan.refresh_from_db()
    quiet = TaskFactory(section=world.task.section, code="三.(一).2", title="沉默的任务")
    TaskAssignment.objects.create(task=quiet, agency=world.agencies["other"], role="responsible")
    StatusUpdate.objects.create(
        task=world.task, status="delayed", percent=20, reported_on=day - datetime.timedelta(10),
        note="\n  场地审批未完成,等待市规划局意见\n第二行不显示",
    )  # fmt: skip
    Milestone.objects.create(
        task=world.task, title="完成选址", due_on=day - datetime.timedelta(days=40)
    )
    plan_rollup(plan=world.plan, as_of=day)
    client = login(world.users["leadership"])
    url = reverse("dashboard-zone", args=[world.zone.slug])
    page = client.get(url).content.decode()
    lead = reverse("dashboard-agency", args=[world.agencies["lead"].pk])
    red = page[page.index('id="list-red"') : page.index('id="list-overdue"')]
    assert f'href="{lead}"' in red and "场地审批未完成,等待市规划局意见" in red
    assert "第二行不显示" not in red and (day - datetime.timedelta(10)).isoformat() in red
    overdue = page[page.index('id="list-overdue"') : page.index('id="list-stale"')]
    assert "完成选址" in overdue and "40 天" in overdue and f'href="{lead}"' in overdue
    stale = page[page.index('id="list-stale"') :]
    assert "从未更新" in stale and world.agencies["other"].short_name in stale
    # Sorting keeps the other parameters and puts the most silent first.
    sorted_page = client.get(url, {"as_of": day.isoformat(), "stale_sort": "silent"})
    html = sorted_page.content.decode()
    assert f"as_of={day.isoformat()}" in html and 'aria-current="true"' in html
    stale = html[html.index('id="list-stale"') :]
    assert "沉默的任务" in stale
    assert client.get(url, {"red_sort": "<script>"}).status_code == 200


def test_the_stale_figure_of_an_ended_plan_says_it_is_counted_to_the_plan_end(world, login):
    plan_rollup(plan=world.plan, as_of=datetime.date(2026, 1, 1))
    client = login(world.users["leadership"])
    page = client.get(reverse("dashboard-zone", args=[world.zone.slug])).content.decode()
    kpis = page[page.index('class="kpis"') : page.index("目标指标")]
    assert "至规划期末（2025-12-31）30天未更新" in kpis
    plan_rollup(plan=world.plan, as_of=datetime.date(2025, 12, 31))
    then = client.get(reverse("dashboard-zone", args=[world.zone.slug]), {"as_of": "2025-12-31"})
    kpis = then.content.decode()[then.content.decode().index('class="kpis"') :]
    assert ">30天未更新<" in kpis and "至规划期末（2025-12-31）30天未更新" not in kpis


def test_the_stale_list_of_an_ended_plan_says_it_is_counted_to_the_plan_end(world, login):
    """Its days (“83 天未更新”) are counted to the plan's last day, as the figure above it says:
    a leader reading it years later must not count them from today."""
    plan_rollup(plan=world.plan, as_of=datetime.date(2026, 1, 1))
    client = login(world.users["leadership"])
    url = reverse("dashboard-zone", args=[world.zone.slug])
    page = client.get(url).content.decode()
    heading = page[page.index('id="h-stale"') : page.index("</h2>", page.index('id="h-stale"'))]
    assert "至规划期末（2025-12-31）30天未更新的任务" in heading
    plan_rollup(plan=world.plan, as_of=datetime.date(2025, 12, 31))
    then = client.get(url, {"as_of": "2025-12-31"}).content.decode()
    heading = then[then.index('id="h-stale"') : then.index("</h2>", then.index('id="h-stale"'))]
    assert ">30天未更新的任务" in heading and "至规划期末" not in heading
    client.cookies["django_language"] = "en"
    assert (
        "Tasks not updated in 30 days at the plan end (2025-12-31)"
        in client.get(url).content.decode()
    )


@pytest.mark.parametrize("judged_day_rolled_up", [True, False])
def test_an_ended_plans_tasks_are_silent_as_counted_at_its_end_not_the_day_after(
    world, login, judged_day_rolled_up
):
    """Judged the day after its end, a task last reported 30 days before the end is not "31 days
    silent" (and newly stale) on that day: silence is counted to the plan's last day, so the stale
    figure and its list are the last day's."""
    StatusUpdate.objects.create(
        task=world.task, status="in_progress", percent=20, reported_on=datetime.date(2025, 12, 1)
    )
    plan_rollup(plan=world.plan, as_of=datetime.date(2025, 12, 31))
    if judged_day_rolled_up:  # else the judgement day reads the task rows of the last day
        plan_rollup(plan=world.plan, as_of=datetime.date(2026, 1, 1))
    client = login(world.users["leadership"])
    url = reverse("dashboard-zone", args=[world.zone.slug])
    last_day = client.get(url, {"as_of": "2025-12-31"}).context["figures"]
    judged = client.get(url, {"as_of": "2026-01-01"}).context
    assert judged["ended_on"] == datetime.date(2025, 12, 31)
    figures = judged["figures"]
    assert world.task.id not in [t.id for t in last_day.stale_tasks]
    assert world.task.id not in [t.id for t in figures.stale_tasks]
    assert figures.stale == last_day.stale


def test_the_red_list_of_an_ended_plan_says_the_plan_ended_with_the_task_open(world, login):
    # Judged the day after its end, the plan's open tasks are "1 day" past a due date at its end:
    # a leader needs to read that the plan ended with them unfinished.
    StatusUpdate.objects.create(
        task=world.task, status="delayed", percent=20, reported_on=datetime.date(2025, 11, 1)
    )
    plan_rollup(plan=world.plan, as_of=datetime.date(2026, 1, 1))
    client = login(world.users["leadership"])
    page = client.get(reverse("dashboard-zone", args=[world.zone.slug])).content.decode()
    red = page[page.index('id="list-red"') : page.index('id="list-overdue"')]
    assert "至规划期末（2025-12-31）未完成" in red and "期末未完成" in red
    assert "超过办理时限" not in red and ">1 天<" not in red
    agency = client.get(reverse("dashboard-agency", args=[world.agencies["lead"].pk]))
    assert "至规划期末（2025-12-31）未完成" in agency.content.decode()
    # Asked about a day while it ran, the same list counts the days past the due date.
    plan_rollup(plan=world.plan, as_of=datetime.date(2025, 12, 31))
    then = client.get(reverse("dashboard-zone", args=[world.zone.slug]), {"as_of": "2025-12-31"})
    assert "至规划期末" not in then.content.decode()


def test_english_names_in_the_english_ui_and_chinese_marked_where_there_is_none(world, login):
    from django.conf import settings

    world.zone.name_en = "Jia City"
    world.zone.save()
    world.target.metric_en = "AI enterprises"
    world.target.save()
    day = timezone.localdate()
    StatusUpdate.objects.create(
        task=world.task, status="delayed", percent=20, reported_on=day, note="受阻"
    )
    plan_rollup(plan=world.plan, as_of=day)
    client = login(world.users["leadership"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = client.get(reverse("dashboard-zone", args=[world.zone.slug])).content.decode()
    assert "Jia City" in page and "AI enterprises" in page
    # The plan and the agencies have no English names: Chinese, visibly marked.
    i = page.index(world.plan.get_absolute_url())
    assert f'<span lang="zh-Hans">{world.plan.title}</span>' in page, page[i : i + 300]
    assert "Chinese only" in page
    lead = world.agencies["lead"].short_name
    assert f'<span lang="zh-Hans">{lead}</span> <small class="zh-only"' in page
    overview = client.get(reverse("dashboard")).content.decode()
    assert "Jia City" in overview
    home = client.get(reverse("home")).content.decode()
    assert "<td>Jia City</td>" in home and ">Tasks</th>" in home
    plan_page = client.get(reverse("plan-detail", args=[world.plan.code])).content.decode()
    assert "<td>AI enterprises</td>" in plan_page and "› Jia City</p>" in plan_page
    compare = chart_figure(overview, "zones-compare")
    assert {tuple(bar["x"]) for bar in compare["data"]} == {("Jia City",)}
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    chinese = client.get(reverse("dashboard-zone", args=[world.zone.slug])).content.decode()
    assert "Jia City" not in chinese and "zh-only" not in chinese


def chart_figure(page: str, chart_id: str) -> dict:
    """The Plotly figure a page hands to its chart (``json_script``)."""
    start = page.index(f'<script id="{chart_id}-figure" type="application/json">')
    body = page[page.index(">", start) + 1 : page.index("</script>", start)]
    return json.loads(body)


def test_reasons_read_in_the_pages_language_with_their_values_escaped():
    from django.utils import translation

    from targets.dashboards.task_lists import reasons_html
    from targets.figures import Reason

    reasons = [Reason(code="milestone_overdue", title="<b>选址</b>", days=3),
               Reason(code="stale", days=45), Reason(code="blocked")]  # fmt: skip
    with translation.override("zh-hans"):
        html = reasons_html(reasons)
    assert html == (
        '<ul class="reasons"><li>里程碑“&lt;b&gt;选址&lt;/b&gt;”逾期 3 天</li>'
        "<li>45 天未更新</li><li>报告受阻</li></ul>"
    )
    with translation.override("en"):
        assert "Not updated for 45 days" in reasons_html(reasons)
    assert reasons_html([]) == ""


HOSTILE = '<script>alert("x")</script>&\'"'


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_lists_to_act_on_escape_every_value_a_plan_or_a_report_wrote(world, login, language):
    """The task lists are written in Python (targets/dashboards/task_lists.py): a task's code
    and title, a milestone's title, an agency's names and a report's note, all escaped."""
    from django.conf import settings

    from pilots.models import Agency
    from tasks.models import Milestone, Task

    day = timezone.localdate()
    Plan.objects.filter(pk=world.plan.pk).update(period_end=day.year + 1)
    world.plan.refresh_from_db()
    Task.objects.filter(pk=world.task.pk).update(title="任务" + HOSTILE, code="一." + HOSTILE)
    lead = world.agencies["lead"]
    Agency.objects.filter(pk=lead.pk).update(name="市局" + HOSTILE, aliases=["局" + HOSTILE])
    StatusUpdate.objects.create(
        task=world.task, status="delayed", percent=20, reported_on=day - datetime.timedelta(10),
        note="进展" + HOSTILE,
    )  # fmt: skip
    Milestone.objects.create(
        task=world.task, title="选址" + HOSTILE, due_on=day - datetime.timedelta(days=40)
    )
    plan_rollup(plan=world.plan, as_of=day)
    client = login(world.users["leadership"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    page = client.get(reverse("dashboard-zone", args=[world.zone.slug])).content.decode()
    lists = page[page.index('id="list-red"') :]
    assert "<script>alert" not in page
    assert lists.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#x27;&quot;") >= 4


@pytest.mark.django_db
def test_a_first_view_reads_by_id_the_rows_the_day_shows():
    """The zone and agency pages read their snapshots by the ids their key named
    (``snapshots_stamped``): the same rows, figures and day counts as searching the day."""
    from targets.snapshots import snapshot_stamps_on, snapshots_on, snapshots_stamped

    zone, _ = build(tasks=6, updates=3, observations=4, slug="by-id")
    plan = zone.plans.get()
    today = timezone.localdate()
    earlier = today - datetime.timedelta(days=45)
    plan_rollup(plan=plan, as_of=earlier)
    scopes = ["plan", "target", "task", "agency"]

    def shown(snap):
        return (snap.pk, snap.scope, snap.object_id, snap.plan_id, snap.zone_id, snap.as_of,
                snap.light, snap.figures, snap.computed_at)  # fmt: skip

    for day in (earlier, today):
        stamps = snapshot_stamps_on(plan_id=plan.id, day=day, scopes=scopes)
        by_id = [shown(s) for s in snapshots_stamped(stamps, day)]
        assert by_id == [shown(s) for s in snapshots_on(plan_id=plan.id, day=day, scopes=scopes)]
        assert {s[1] for s in by_id} == set(scopes)


def test_the_agency_links_write_what_their_template_loop_wrote():
    from django.template import engines

    from targets.figures import PlanFigures

    figures = PlanFigures.model_validate(
        {"agency_status": {"7": {"name": "市科技局"}, "12": {"name": "市<经信>局 & “办”"}}}
    )
    loop = (
        "{% for id, a in figures.agency_status.items %}<a href=\"{% url 'dashboard-agency' id %}"
        '"><span lang="zh-Hans">{{ a.name }}</span></a>{% if not forloop.last %} · {% endif %}'
        "{% endfor %}"
    )
    django = engines["django"]
    assert django.from_string(
        "{% load agency_links %}{% agency_links figures.agency_status %}"
    ).render({"figures": figures}) == django.from_string(loop).render({"figures": figures})


@pytest.mark.django_db
def test_units_read_in_english_in_the_english_ui_and_as_printed_in_chinese(world, login):
    """Regression: the English UI showed a target's unit as its plan prints it (≥100 家,
    亿元) on its card, its chart's title, hover text and table, the final evaluation and the
    export. A unit of the known vocabulary reads in English; an unknown one as printed; the
    stored unit stays Chinese."""
    from django.conf import settings

    second = TargetFactory(goal__plan=world.plan, unit="亿元", value=100, metric_en="Scale")
    odd = TargetFactory(goal__plan=world.plan, unit="标准机架", value=5, metric_en="Racks")
    day = timezone.localdate()
    for target, value in ((world.target, 60), (second, 40), (odd, 2)):
        Observation.objects.create(target=target, as_of=day, value=value)
    plan_rollup(plan=world.plan, as_of=day)
    client = login(world.users["leadership"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    url = reverse("dashboard-zone", args=[world.zone.slug])
    page = client.get(url).content.decode()
    assert "≥100 organisations" in page and "≥10 billion yuan" in page  # 100 亿元
    assert "5 标准机架" in page  # not in the vocabulary: as printed
    chart = chart_figure(page, f"target-{second.id}")
    assert chart["layout"]["title"]["text"].endswith("(billion yuan)")
    assert all("亿元" not in trace.get("hovertemplate", "") for trace in chart["data"])
    evaluation = client.get(reverse("evaluation", args=[world.plan.code])).content.decode()
    assert "organisations" in evaluation and " 家" not in evaluation
    export = client.get(
        reverse("export"), {"table": "targets", "format": "csv", "plan": world.plan.code}
    )
    assert "100 million yuan" in export.content.decode("utf-8-sig")  # the figure as stored
    assert Target.objects.get(pk=second.pk).unit == "亿元"

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    chinese = client.get(url).content.decode()
    assert "100 亿元" in chinese and "organisations" not in chinese


def test_while_the_job_queue_is_unreachable_pending_changes_are_said_to_wait_for_it(
    world, login, monkeypatch
):
    """ "Being rolled up, refresh soon" is untrue in a long broker outage: no rollup runs until
    the broker is back. The page asks the broker only when changes are pending."""
    from config.celery import QUEUE_AWAY
    from targets.dashboards import freshness
    from targets.services import observation_record
    from targets.watermarks import plan_rollup_current

    asked = []

    def job_queue_state(timeout=0.5):
        asked.append(timeout)
        return QUEUE_AWAY

    monkeypatch.setattr(freshness, "job_queue_state", job_queue_state)
    monkeypatch.setattr(freshness, "_queue_look", None)
    plan_rollup_current(plan_id=world.plan.id)
    client = login(world.users["leadership"])
    zone_page = reverse("dashboard-zone", args=[world.zone.slug])
    assert "已包含全部已保存的变更" in client.get(zone_page).content.decode()
    assert not asked
    observation_record(target=world.target, as_of=datetime.date(2023, 12, 31), value=5)
    for url in (reverse("dashboard"), zone_page):
        page = client.get(url).content.decode()
        assert "还有 1 项新变更等待汇总：任务队列暂时无法连接" in page, url
        assert "正在汇总" not in page and "管理员" not in page, url
    assert len(asked) == 1  # looked once for both pages (JOB_QUEUE_LOOK_SECONDS)
    admin = UserFactory(username="site-admin", is_staff=True, is_superuser=True)
    assert "管理员：请检查 Redis（任务队列）" in login(admin).get(zone_page).content.decode()
    client = login(world.users["leadership"])
    client.cookies["django_language"] = "en"
    page = client.get(zone_page).content.decode()
    assert "the job queue cannot be reached" in page


def test_with_no_worker_taking_jobs_pending_changes_are_said_to_wait_for_one(
    world, login, monkeypatch
):
    """The broker answers but no worker beats (killed, stopped): nothing rolls the changes up,
    and the page says so; an admin reads what to do. (tests/reliability/test_worker_gone.py
    kills a real worker.)"""
    from config.celery import QUEUE_NO_WORKER
    from targets.dashboards import freshness
    from targets.services import observation_record
    from targets.watermarks import plan_rollup_current

    monkeypatch.setattr(freshness, "job_queue_state", lambda timeout=0.5: QUEUE_NO_WORKER)
    monkeypatch.setattr(freshness, "_queue_look", None)
    plan_rollup_current(plan_id=world.plan.id)
    observation_record(target=world.target, as_of=datetime.date(2023, 12, 31), value=5)
    client = login(world.users["leadership"])
    zone_page = reverse("dashboard-zone", args=[world.zone.slug])
    for url in (reverse("dashboard"), zone_page):
        page = client.get(url).content.decode()
        assert "还有 1 项新变更等待汇总：任务处理程序未在运行" in page, url
        assert "已保存的变更不会丢失" in page, url
        assert "正在汇总" not in page and "pilot-tracker-worker" not in page, url
    admin = UserFactory(username="site-admin", is_staff=True, is_superuser=True)
    page = login(admin).get(zone_page).content.decode()
    assert "管理员：请启动任务处理程序（systemctl start pilot-tracker-worker" in page
    client.cookies["django_language"] = "en"
    page = client.get(zone_page).content.decode()
    assert "the job worker is not running" in page and "is not lost" in page
    assert "Administrators: start the job worker" in page

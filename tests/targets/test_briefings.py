"""Final evaluations and briefings: read from the dashboards' snapshots, downloaded as DOCX
(read back with python-docx) and PDF (read back with pdftotext), for the zone's readers only."""

import datetime
import io
import itertools
import re
import shutil
import subprocess

import pytest
import time_machine
from django.urls import reverse
from docx import Document as Docx

from targets.briefings.briefing import Period, PeriodError, zone_briefing
from targets.briefings.briefing_print import headline_rows
from targets.briefings.changes import plan_changes
from targets.briefings.evaluation import final_evaluation
from targets.briefings.instructions import instructions_part
from targets.models import Observation
from targets.rollup import plan_rollup
from tasks.instructions import Subject, instruction_issue, instruction_reply
from tasks.models import StatusUpdate
from tasks.services import status_update_record
from tests.conftest import ARTIFACTS, unavailable
from tests.pilots.factories import PlanFactory

D = datetime.date


def history(world):
    """Two years of a 2020–2025 plan: the task moves in 2025 and its target is met late."""
    task, target = world.task, world.target
    status_update_record(task=task, status="in_progress", percent=30, reported_on=D(2024, 3, 1))
    Observation.objects.create(target=target, as_of=D(2024, 12, 31), value=60)
    for day in (D(2024, 12, 31), D(2025, 9, 30)):
        plan_rollup(plan=world.plan, as_of=day)
    task.refresh_from_db()
    status_update_record(task=task, status="delayed", percent=50, reported_on=D(2025, 10, 10))
    Observation.objects.create(target=target, as_of=D(2025, 12, 31), value=80)
    for day in (D(2025, 10, 31), D(2025, 12, 31)):
        plan_rollup(plan=world.plan, as_of=day)
    Observation.objects.create(target=target, as_of=D(2026, 6, 30), value=120)
    plan_rollup(plan=world.plan, as_of=D(2026, 7, 31))


@pytest.mark.django_db
def test_final_evaluation_reads_the_deadline_and_the_end_and_now(world):
    history(world)
    evaluation = final_evaluation(plan=world.plan, today=D(2026, 8, 1))
    assert evaluation.ended and evaluation.end_day == D(2026, 1, 1)  # the day it is judged on
    assert evaluation.now_day == D(2026, 7, 31)
    [outcome] = evaluation.targets
    # at its deadline: the figure of 31 December 2025, and the verdict decided on it (in July,
    # on a late figure), not 31 December's trajectory ("limited progress")
    assert outcome.judged_day == D(2026, 7, 31)
    assert outcome.deadline_figure == (80, "2025-12-31")
    assert outcome.at_deadline.verdict == "achieved_late"
    assert outcome.now.value == 120 and outcome.now.verdict == "achieved_late"
    assert outcome.value_changed
    [task] = evaluation.tasks
    assert (task.status, task.percent) == ("delayed", 50)
    lead = next(a for a in evaluation.agencies if a.id == world.agencies["lead"].id)
    assert lead.tasks == 1 and lead.completed == 0 and lead.progress == 50


@pytest.mark.django_db
def test_the_final_evaluation_draws_its_verdicts_then_and_now_and_its_tasks_at_the_end(
    world, login
):
    """A leader sees how the plan did at a glance, as the printed evaluation shows it: the
    targets' verdicts as decided for their deadlines beside the verdicts now, and the tasks'
    states at the end, each chart with its data table."""
    history(world)
    client = login(world.users["leadership"])
    with time_machine.travel(datetime.datetime(2026, 8, 1, 10, tzinfo=datetime.UTC)):
        response = client.get(reverse("evaluation", args=[world.plan.code]))
    charts = {chart.id: chart for chart in response.context["charts"]}
    assert charts["evaluation-verdicts"].rows == [["逾期达成", 1, 1]]
    tasks = {row[0]: row[1] for row in charts["evaluation-tasks"].rows}
    assert tasks["滞后"] == 1 and sum(tasks.values()) == 1
    page = response.content.decode()
    assert 'id="evaluation-verdicts-figure"' in page and 'id="evaluation-tasks-figure"' in page


@pytest.mark.django_db
def test_the_final_evaluations_red_tasks_at_the_end_are_the_zone_pages(world, login):
    """Regression: the evaluation read "at the end" from the rollup of 31 December, the zone
    page from the day after (the day an ended plan is judged on): a task unfinished at the
    end was red on the zone page and not in the evaluation's 期末红灯任务."""
    status_update_record(
        task=world.task, status="in_progress", percent=80, reported_on=D(2025, 12, 20)
    )
    plan_rollup(plan=world.plan, as_of=D(2025, 12, 31))  # no rollup on 1 January
    evaluation = final_evaluation(plan=world.plan, today=D(2026, 8, 1))
    assert evaluation.end_day == D(2026, 1, 1)
    assert [t.code for t in evaluation.at_end.red_tasks] == [world.task.code]
    client = login(world.users["leadership"])
    zone = client.get(
        reverse("dashboard-zone", args=[world.plan.zone.slug]), {"as_of": "2026-08-01"}
    )
    assert zone.context["day"] == evaluation.end_day
    assert len(zone.context["figures"].red_tasks) == len(evaluation.at_end.red_tasks)
    page = client.get(reverse("evaluation", args=[world.plan.code])).content.decode()
    assert "期末数据取自 2025-12-31 的汇总" in page  # the last day it counts


@pytest.mark.django_db
def test_an_ended_plans_changes_run_up_to_its_end_state_not_later_rollups(world, login):
    """Regression: the changes since a date after a plan's end compared rollups made after
    it (a late report, lights that follow days of silence), which its page, judged at its
    end, does not show; since an earlier date they ran past its end state."""
    status_update_record(
        task=world.task, status="in_progress", percent=80, reported_on=D(2025, 11, 20)
    )
    for day in (D(2025, 11, 30), D(2026, 1, 1), D(2026, 2, 28)):
        plan_rollup(plan=world.plan, as_of=day)
    StatusUpdate.objects.create(  # a late completion
        task=world.task, status="completed", percent=100, reported_on=D(2026, 3, 2)
    )
    plan_rollup(plan=world.plan, as_of=D(2026, 3, 31))

    after_end = plan_changes(plan=world.plan, since=D(2026, 2, 28), until=D(2026, 3, 31))
    assert (after_end.since_day, after_end.until_day) == (D(2026, 1, 1), D(2026, 1, 1))
    assert after_end.empty and after_end.ended_on == D(2025, 12, 31)
    to_end = plan_changes(plan=world.plan, since=D(2025, 11, 30), until=D(2026, 3, 31))
    assert to_end.until_day == D(2026, 1, 1)
    assert [(m.after.status, m.after.percent) for m in to_end.tasks] == []  # 80% both days
    assert [light.code for light in to_end.new_red] == [world.task.code]  # unfinished at the end

    client = login(world.users["leadership"])
    url = reverse("dashboard-zone", args=[world.plan.zone.slug])
    page = client.get(url, {"as_of": "2026-03-31", "since": "2026-03-01"})
    assert page.context["changes"].empty
    text = page.content.decode()
    assert "比较 2025-12-31 与 2025-12-31 的汇总" in text and "本规划已于 2025-12-31 期满" in text
    overview = client.get(reverse("dashboard"), {"as_of": "2026-03-31", "since": "2026-03-01"})
    (zone,) = [z for z in overview.context["zone_changes"] if z.zone == world.plan.zone]
    assert zone.progress == (80.0, 80.0) and zone.cleared_red == 0


@pytest.mark.django_db
def test_an_ended_plans_page_shows_by_default_what_changed_in_its_last_month(world, login):
    """Regression: by default the changes ran from the month before the day viewed, which for a
    plan that has ended lies after its end, so its page always said that nothing changed."""
    status_update_record(
        task=world.task, status="in_progress", percent=80, reported_on=D(2025, 11, 20)
    )
    for day in (D(2025, 11, 30), D(2026, 1, 1), D(2026, 3, 31)):
        plan_rollup(plan=world.plan, as_of=day)

    client = login(world.users["leadership"])
    zone_page = client.get(
        reverse("dashboard-zone", args=[world.plan.zone.slug]), {"as_of": "2026-03-31"}
    )
    assert zone_page.context["since"] == D(2025, 12, 1)
    assert [light.code for light in zone_page.context["changes"].new_red] == [world.task.code]
    lead = world.agencies["lead"]
    agency_page = client.get(reverse("dashboard-agency", args=[lead.pk]), {"as_of": "2026-03-31"})
    assert agency_page.context["since"] == D(2025, 12, 1)
    chosen = client.get(
        reverse("dashboard-zone", args=[world.plan.zone.slug]),
        {"as_of": "2026-03-31", "since": "2026-03-01"},
    )
    assert chosen.context["since"] == D(2026, 3, 1) and chosen.context["changes"].empty


@pytest.mark.django_db
@pytest.mark.parametrize("judged_day_rolled_up", [True, False])
def test_a_briefing_after_a_plans_end_reads_it_as_judged_as_the_zone_page(
    world, login, judged_day_rolled_up
):
    """Regression: a briefing of a period after a plan's end read the latest rollup made after
    it (here with a late completion: "数据截至 2026-03-31"), where the zone page shows the plan
    as judged on the day after its end."""
    status_update_record(
        task=world.task, status="in_progress", percent=80, reported_on=D(2025, 11, 20)
    )
    judged = D(2026, 1, 1)
    for day in (D(2025, 11, 30), D(2025, 12, 31), *([judged] if judged_day_rolled_up else [])):
        plan_rollup(plan=world.plan, as_of=day)
    StatusUpdate.objects.create(  # a late completion
        task=world.task, status="completed", percent=100, reported_on=D(2026, 3, 2)
    )
    plan_rollup(plan=world.plan, as_of=D(2026, 3, 31))

    briefing = zone_briefing(zone=world.zone, period=Period.parse("2026-03"), today=D(2026, 8, 1))
    assert briefing.day == judged
    assert (briefing.figures.completed, briefing.figures.progress) == (0, 80.0)
    assert [day for day, _progress in briefing.progress] == [judged]
    assert briefing.changes.empty
    client = login(world.users["leadership"])
    with time_machine.travel(datetime.datetime(2026, 8, 1, 10, tzinfo=datetime.UTC)):
        zone_page = client.get(
            reverse("dashboard-zone", args=[world.zone.slug]), {"as_of": "2026-03-31"}
        )
        page = client.get(reverse("briefing", args=[world.zone.slug]), {"period": "2026-03"})
    assert zone_page.context["day"] == judged
    assert zone_page.context["figures"] == briefing.figures
    assert "本简报所列为其最终数据（2025-12-31 的汇总" in page.content.decode()
    # Its tasks' silence counted at the plan's end, and said so, on the page and in the document.
    assert "至规划期末（2025-12-31）30天未更新" in page.content.decode()
    assert ["至规划期末（2025-12-31）30天未更新", "1"] in headline_rows(briefing)
    quarter = zone_briefing(zone=world.zone, period=Period.parse("2025-Q4"), today=D(2026, 8, 1))
    assert quarter.day == D(2025, 12, 31)  # the plan's last day: before its end, as it was


@pytest.mark.django_db
def test_final_evaluation_without_snapshots_says_so(world, login):
    evaluation = final_evaluation(plan=world.plan, today=D(2026, 8, 1))
    assert evaluation.end_day is None and evaluation.targets == []
    response = login(world.users["leadership"]).get(reverse("evaluation", args=[world.plan.code]))
    assert "规划期内尚无汇总数据" in response.content.decode()


def test_periods_parse_months_and_quarters():
    assert Period.parse("2025-11") == Period("2025-11", D(2025, 11, 1), D(2025, 11, 30))
    assert Period.parse("2025-Q1") == Period("2025-Q1", D(2025, 1, 1), D(2025, 3, 31))
    assert Period.month_before(D(2026, 1, 15)).code == "2025-12"
    for bad in ("2025-13", "2025-Q5", "25-11", "2025-11-01", "", "1999-01", "2025-1"):
        with pytest.raises(PeriodError):
            Period.parse(bad)


@pytest.mark.django_db
def test_changes_list_moves_verdicts_and_red_lights(world):
    history(world)
    changes = plan_changes(plan=world.plan, since=D(2025, 9, 30), until=D(2025, 12, 31))
    [move] = changes.tasks
    assert (move.before.status, move.after.status) == ("in_progress", "delayed")
    # The task was red already (silent since 2024-03); the target turned red at the year's end.
    assert [(x.kind, x.id) for x in changes.new_red] == [("target", world.target.id)]
    assert changes.cleared_red == []
    [target] = changes.targets
    assert target.after.value == 80
    mine = changes.for_agency(world.agencies["supporting"].id)
    assert [m.id for m in mine.tasks] == [world.task.id] and mine.targets == []
    assert changes.for_agency(world.agencies["other"].id).empty


@pytest.mark.django_db
def test_a_pages_changes_are_the_changes_and_leave_unread_a_target_row_both_days_show(
    world, monkeypatch
):
    """A page's changes (``plan_changes_cached``) list what ``plan_changes`` lists for every
    pair of days, without reading the figures of a target's row that both days show (the
    same figures on both: nothing moved, no light changed)."""
    from targets.briefings import changes as module
    from targets.snapshots import snapshot_stamps_on

    history(world)
    asked: list[set] = []
    read = module.snapshot_rows
    monkeypatch.setattr(module, "snapshot_rows", lambda ids: asked.append(set(ids)) or read(ids))
    days = [D(2024, 12, 31), D(2025, 9, 30), D(2025, 10, 31), D(2025, 12, 31), D(2026, 7, 31)]
    shared = 0
    for since, until in itertools.combinations(days, 2):
        asked.clear()
        _key, page = module.plan_changes_cached(plan=world.plan, since=since, until=until)
        full = plan_changes(plan=world.plan, since=since, until=until)
        assert (page.targets, page.tasks, page.new_red, page.cleared_red) == (
            full.targets,
            full.tasks,
            full.new_red,
            full.cleared_red,
        ), (since, until)
        if page.since_day == page.until_day:  # after the plan's end: compared at its end
            assert since > D(2025, 12, 31) or until > D(2025, 12, 31)
            assert page.empty and not asked, (since, until)
            continue
        both = set.intersection(*(
            {pk for pk, *_ in snapshot_stamps_on(plan_id=world.plan.id, day=day, scopes=["target"])}
            for day in (page.since_day, page.until_day)
        ))  # fmt: skip
        [ids] = asked
        assert not both & ids, (since, until)
        shared += len(both)
    assert shared, "no pair of days shows the same target row: the test proves nothing"


@pytest.mark.django_db
def test_briefing_and_dashboard_as_of_the_same_date_agree(world, login):
    history(world)
    briefing = zone_briefing(zone=world.zone, period=Period.parse("2025-Q4"), today=D(2026, 8, 1))
    assert briefing.day == D(2025, 12, 31)
    client = login(world.users["leadership"])
    dashboard = client.get(
        reverse("dashboard-zone", args=[world.zone.slug]),
        {"as_of": "2025-12-31", "since": "2025-10-01"},
    )
    page = client.get(reverse("briefing", args=[world.zone.slug]), {"period": "2025-Q4"})
    assert dashboard.context["figures"] == briefing.figures
    for response in (dashboard, page):
        text = response.content.decode()
        assert f"{briefing.figures.progress}%" in text
        assert "0 / 1" in text  # completed / tasks
        assert world.task.title in text  # it moved in the quarter
    assert [m.id for m in dashboard.context["changes"].tasks] == [
        m.id for m in briefing.changes.tasks
    ]


def pdf_text(content: bytes) -> str:
    if not shutil.which("pdftotext"):
        unavailable("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=content, capture_output=True, check=True
    )
    return done.stdout.decode()


def first_page_png(content: bytes, name: str) -> None:
    """The first page as an image in test-artifacts/ (pdftoppm), for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / f"{name}.pdf"
    pdf.write_bytes(content)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "70",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            pdf,
            ARTIFACTS / name,
        ],
        check=True,
    )
    assert (ARTIFACTS / f"{name}.png").stat().st_size > 10_000


def docx_text(content: bytes) -> str:
    document = Docx(io.BytesIO(content))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.mark.django_db
def test_evaluation_downloads_hold_the_figures_in_chinese(world, login):
    history(world)
    client = login(world.users["leadership"])
    docx = client.get(reverse("evaluation-docx", args=[world.plan.code]))
    assert docx.status_code == 200 and docx["Content-Type"].startswith("application/vnd.openxml")
    text = docx_text(docx.content)
    assert "终期评估" in text and "人工智能企业" in text and "逾期达成" in text and "80 家" in text
    assert "2026-06-30 达到 120 家（逾期）" in text
    assert world.task.title in text and "滞后" in text
    pdf = client.get(reverse("evaluation-pdf", args=[world.plan.code]))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    text = re.sub(r"\s+", "", pdf_text(pdf.content))
    first_page_png(pdf.content, "evaluation-page1")
    # the table's cells wrap (the verdict says why): a line holds pieces of several cells
    assert "终期评估" in text and "人工智能" in text and "逾期达成" in text and "80家" in text
    assert "逾期达成（2026-06-30达到120" in text


@pytest.mark.django_db
def test_briefing_downloads_hold_the_dashboard_figures(world, login):
    history(world)
    client = login(world.users["zone_admin"])
    briefing = zone_briefing(zone=world.zone, period=Period.parse("2025-Q4"), today=D(2026, 8, 1))
    headline = f"{briefing.figures.progress:g}%"
    for fmt, read in (("docx", docx_text), ("pdf", pdf_text)):
        response = client.get(
            reverse(f"briefing-{fmt}", args=[world.zone.slug]), {"period": "2025-Q4"}
        )
        assert response.status_code == 200, response.content[:300]
        text = read(response.content)
        if fmt == "pdf":
            first_page_png(response.content, "briefing-page1")
        flat = re.sub(r"\s+", "", text)
        assert "简报" in flat and "任务平均进度" in flat and headline in flat
        assert "红灯任务" in flat and "新亮红灯" in flat and world.task.title in flat
    assert (
        client.get(
            reverse("briefing-pdf", args=[world.zone.slug]), {"period": "2025-13"}
        ).status_code
        == 400
    )


@pytest.mark.django_db
def test_english_briefing_in_english(world, login, settings):
    history(world)
    client = login(world.users["leadership"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get(reverse("briefing-docx", args=[world.zone.slug]), {"period": "2025-Q4"})
    text = docx_text(response.content)
    assert "Briefing" in text and "Average task progress" in text


@pytest.mark.django_db
@pytest.mark.parametrize("role,allowed", [
    ("leadership", True), ("leadership_all", True), ("zone_admin", True), ("lead_staff", True),
    ("elsewhere_staff", False), ("other_zone_admin", False),
])  # fmt: skip
def test_who_reads_briefings_and_evaluations(world, login, role, allowed):
    client = login(world.users[role])
    urls = [
        reverse("evaluation", args=[world.plan.code]),
        reverse("evaluation-docx", args=[world.plan.code]),
        reverse("briefing", args=[world.zone.slug]),
        reverse("briefing-docx", args=[world.zone.slug]),
    ]
    for url in urls:
        assert client.get(url).status_code == (200 if allowed else 404), url


@pytest.mark.django_db
def test_every_dashboard_lists_what_changed_since_a_date(world, login):
    history(world)
    client = login(world.users["leadership_all"])
    query = {"as_of": "2025-12-31", "since": "2025-10-01"}
    overview = client.get(reverse("dashboard"), query)
    [summary] = [c for c in overview.context["zone_changes"] if c.zone == world.zone]
    assert summary.progress == (30, 50) and summary.new_red == 1 and summary.cleared_red == 0
    assert "自 2025-10-01 以来的变化" in overview.content.decode()
    lead = world.agencies["lead"]
    agency = client.get(reverse("dashboard-agency", args=[lead.pk]), query)
    assert [m.id for m in agency.context["changes"].tasks] == [world.task.id]
    other = client.get(reverse("dashboard-agency", args=[world.agencies["other"].pk]), query)
    assert "这段时间没有变化" in other.content.decode()
    # By default: since the start of the latest monthly briefing's period.
    zone = client.get(reverse("dashboard-zone", args=[world.zone.slug]), {"as_of": "2025-12-31"})
    assert zone.context["since"] == D(2025, 11, 1)
    assert [m.id for m in zone.context["changes"].tasks] == []  # nothing moved in Nov–Dec
    assert client.get(reverse("dashboard"), {"since": "not-a-date"}).status_code == 200


@pytest.mark.django_db
def test_a_build_page_shows_progress_only_for_its_own_zone(world, login):
    from dataclasses import asdict

    from django.core.cache import cache

    from targets.briefings import builds

    spec = builds.DocumentSpec(
        kind="evaluation", plan_id=world.plan.id, fmt="pdf", language="zh-hans", today="2026-08-01"
    )
    state = {"zone_id": world.zone.id, "spec": asdict(spec), "stage": 1, "label": "读取汇总快照",
             "done": False, "error": ""}  # fmt: skip
    cache.set(builds.JOB_KEY.format("abc123"), state)
    client = login(world.users["leadership"])
    page = client.get(reverse("document-job", args=[world.zone.slug, "abc123"]))
    text = page.content.decode()
    assert "读取汇总快照（1 / 3）" in text and 'http-equiv="refresh"' in text
    assert f"/dashboard/plans/{world.plan.code}/evaluation.pdf?inline=1" in text
    # The same token under another zone's address is no job of that zone.
    other = login(world.users["leadership_all"]).get(
        reverse("document-job", args=[world.other_zone.slug, "abc123"])
    )
    assert "找不到这项生成任务" in other.content.decode()
    assert (
        client.get(reverse("document-job-file", args=[world.zone.slug, "nope"])).status_code == 404
    )
    # Not built yet (or lost from the cache): the file address builds it in the request.
    file = client.get(reverse("document-job-file", args=[world.zone.slug, "abc123"]))
    assert file.status_code == 302 and file["Location"].endswith("evaluation.pdf?inline=1")
    state.update(stage=3, done=True)
    cache.set(builds.JOB_KEY.format("abc123"), state)
    assert (
        "文件已生成"
        in client.get(reverse("document-job", args=[world.zone.slug, "abc123"])).content.decode()
    )


@pytest.mark.django_db
def test_hostile_dates_and_periods_get_pages_not_errors(world, login):
    history(world)
    client = login(world.users["leadership"])
    for query in (
        {"as_of": "0001-01-01", "since": "0001-01-01"},
        {"as_of": "9999-12-31", "since": "9999-12-31"},
        {"as_of": "9999-12-31"},
        {"as_of": "0001-01-15"},
        {"since": "2025-02-30"},
        {"since": "x" * 5000},
    ):
        for name, args in (("dashboard", []), ("dashboard-zone", [world.zone.slug]),
                           ("dashboard-agency", [world.agencies["lead"].pk])):  # fmt: skip
            assert client.get(reverse(name, args=args), query).status_code == 200, (name, query)
    for period in ("2025-q4", " 2025-11 "):
        assert (
            client.get(reverse("briefing", args=[world.zone.slug]), {"period": period}).status_code
            == 200
        )
    for period in ("9999-Q1", "x" * 5000, "2025-00"):
        page = client.get(reverse("briefing", args=[world.zone.slug]), {"period": period})
        assert page.status_code == 200 and "期间格式应为" in page.content.decode()
        docx = client.get(reverse("briefing-docx", args=[world.zone.slug]), {"period": period})
        assert docx.status_code == 400


@pytest.mark.django_db
def test_a_briefing_counts_instructions_sent_answered_and_overdue_by_agency(world, login):
    lead, supporting = world.agencies["lead"], world.agencies["supporting"]
    with time_machine.travel(datetime.datetime(2025, 11, 3, 10, tzinfo=datetime.UTC)):
        instruction = instruction_issue(
            subject=Subject.of_task(world.task), text="请报送平台建设进展",
            agencies=[lead, supporting], reply_by=D(2025, 11, 10), level="key",
            by=world.users["leadership"],
        )  # fmt: skip
    with time_machine.travel(datetime.datetime(2025, 11, 6, 10, tzinfo=datetime.UTC)):
        instruction_reply(
            instruction=instruction, agency=lead, by=world.users["lead_staff"],
            note="已完成选址", evidence_doc_number="渝科发〔2025〕9号",
        )  # fmt: skip
    history(world)
    briefing = zone_briefing(zone=world.zone, period=Period.parse("2025-11"), today=D(2026, 1, 5))
    table = instructions_part(briefing)[1]
    assert table.rows == [[supporting.name, "1", "0", "1"], [lead.name, "1", "1", "0"]]
    earlier = zone_briefing(zone=world.zone, period=Period.parse("2025-10"), today=D(2026, 1, 5))
    assert "没有督办" in instructions_part(earlier)[1].text  # issued after that period
    client = login(world.users["leadership"])
    response = client.get(reverse("briefing-docx", args=[world.zone.slug]), {"period": "2025-11"})
    text = docx_text(response.content)
    assert "督办落实" in text and supporting.name in text


@pytest.mark.django_db
def test_a_zone_with_a_successor_plan_is_briefed_on_the_plan_in_force(world, login):
    # The successor's code sorts first: the briefing once took the first plan by code.
    successor = PlanFactory(zone=world.zone, code="a-successor", period_start=2026, period_end=2027)
    in_2024 = zone_briefing(zone=world.zone, period=Period.parse("2024-Q4"), today=D(2026, 8, 1))
    in_2026 = zone_briefing(zone=world.zone, period=Period.parse("2026-Q2"), today=D(2026, 8, 1))
    assert (in_2024.plan, in_2026.plan) == (world.plan, successor)


@pytest.mark.django_db
def test_the_briefing_offers_every_month_and_quarter_of_the_zones_plans(world, login):
    page = login(world.users["leadership"]).get(reverse("briefing", args=[world.zone.slug]))
    options = page.content.decode()
    assert 'value="2020-01"' in options and 'value="2020-Q1"' in options  # the plan's start
    assert 'value="2019-12"' not in options


def _evaluation_queued(world, client) -> str:
    """Ask for the plan's evaluation as a job left in the queue (the test runs it, or not); the
    address of its page."""
    from config.celery import app as celery_app
    from tests.conftest import celery_eager

    celery_eager(False)
    try:
        return client.get(reverse("evaluation-docx", args=[world.plan.code]))["Location"]
    finally:
        celery_app.control.purge()


@pytest.mark.django_db
def test_a_built_document_survives_the_cache_being_emptied(world, login, settings, tmp_path):
    """A build's progress lives in the cache; the finished file is kept an hour on disk, so a
    FLUSHDB (or an eviction) after the job leaves the page saying done and the file to download."""
    import time

    from django.core.cache import cache

    from targets.briefings.builds import document_job_run
    from targets.kept_jobs import KEEP_SECONDS, kept_jobs_prune

    settings.MEDIA_ROOT = tmp_path
    history(world)
    client = login(world.users["leadership"])
    page_url = _evaluation_queued(world, client)
    token = page_url.rstrip("/").rsplit("/", 1)[1]
    file_url = reverse("document-job-file", args=[world.zone.slug, token])
    document_job_run(token)  # what the worker does with the job
    cache.clear()  # Redis evicted the job's keys, or its database was emptied

    page = client.get(page_url).content.decode()
    assert "文件已生成" in page and file_url in page
    file = client.get(file_url)
    assert file.status_code == 200, file.status_code
    assert file["Content-Disposition"].endswith('-evaluation-zh-hans.docx"')
    assert "终期评估" in "\n".join(p.text for p in Docx(io.BytesIO(file.content)).paragraphs)
    other_zone = login(world.users["leadership_all"]).get(
        reverse("document-job-file", args=[world.other_zone.slug, token])
    )
    assert other_zone.status_code == 404  # the same token under another zone's address

    kept_jobs_prune(now=time.time() + KEEP_SECONDS + 1)  # an hour on: gone
    assert "找不到这项生成任务" in client.get(page_url).content.decode()
    assert client.get(file_url).status_code == 404
    assert list(tmp_path.rglob("*.docx")) == []


@pytest.mark.django_db
def test_a_document_whose_cache_is_emptied_mid_build_keeps_its_page_going_to_the_file(
    world, login, settings, tmp_path, monkeypatch
):
    """A FLUSHDB (or Redis restarted) while the build is queued and again while it runs: its
    page goes on showing the progress, refreshing itself, and ends on the file."""
    from django.core.cache import cache

    from targets.briefings import builds

    settings.MEDIA_ROOT = tmp_path
    history(world)
    client = login(world.users["leadership"])
    page_url = _evaluation_queued(world, client)
    token = page_url.rstrip("/").rsplit("/", 1)[1]
    cache.clear()  # while the job waits in the queue
    queued = client.get(page_url).content.decode()
    assert "排队等待（0 / 3）" in queued and 'http-equiv="refresh"' in queued

    pages = []
    document_of = builds.document_of

    def held_while_reading(spec):
        cache.clear()  # the snapshots being read: the cache is emptied, the page refreshes
        pages.append(client.get(page_url).content.decode())
        return document_of(spec)

    monkeypatch.setattr(builds, "document_of", held_while_reading)
    builds.document_job_run(token)  # what the worker does with the job

    [reading] = pages
    assert "读取汇总快照并绘制图表（1 / 3）" in reading and 'http-equiv="refresh"' in reading
    other_zone = login(world.users["leadership_all"]).get(
        reverse("document-job", args=[world.other_zone.slug, token])
    )
    assert "找不到这项生成任务" in other_zone.content.decode()  # not that zone's job, as before
    cache.clear()  # once more, after it finished
    client = login(world.users["leadership"])
    done = client.get(page_url).content.decode()
    assert "文件已生成" in done and 'http-equiv="refresh"' not in done
    file = client.get(reverse("document-job-file", args=[world.zone.slug, token]))
    assert file.status_code == 200 and file["Content-Disposition"].endswith('.docx"')


@pytest.mark.django_db
def test_a_document_build_whose_run_was_lost_says_so_with_a_way_to_build_it_again(
    world, login, settings, tmp_path
):
    import time

    from django.core.cache import cache

    settings.MEDIA_ROOT = tmp_path
    client = login(world.users["leadership"])
    page_url = _evaluation_queued(world, client)  # its queue emptied with Redis: never run
    cache.clear()
    with time_machine.travel(time.time() + settings.JOB_STALLED_SECONDS + 5, tick=False):
        text = client.get(page_url).content.decode()
    # Redis, asked, says the job is gone; the zero-setup memory broker cannot be asked: stalled.
    says = "已不在后台队列中" if settings.CELERY_BROKER_URL.startswith("redis") else "很久没有进展"
    assert says in text and 'http-equiv="refresh"' not in text
    assert f'href="/dashboard/plans/{world.plan.code}/evaluation.docx"' in text  # build again


@pytest.mark.django_db
def test_the_overview_changes_of_a_zone_with_two_plans_are_the_zones(world, login):
    """The row sits beside the zone's total over both plans: it compares that total (and links
    to it on the zone page), not one of the plans (tests/targets/test_zone_of_two_plans.py)."""
    history(world)
    PlanFactory(zone=world.zone, code="zzz-successor", title="后续行动方案",
                period_start=2026, period_end=2028)  # fmt: skip
    client = login(world.users["leadership_all"])
    query = {"as_of": "2025-12-31", "since": "2025-10-01"}
    page = client.get(reverse("dashboard"), query).content.decode()
    table = page[page.index("各试验区的变化") :].split("</table>", 1)[0]
    assert "后续行动方案" not in table and "plan=" not in table
    assert "30.0% → 50.0%" in table  # the successor has not started: the zone is the first plan


@pytest.mark.django_db
def test_a_document_build_lost_with_the_broker_says_it_is_no_longer_queued(
    world, login, settings, tmp_path, monkeypatch
):
    """Past JOB_LOST_SECONDS — a minute and a half, not "a long time" — a build whose message
    the broker no longer holds is lost: its page says so, in both languages, and offers to build
    it again; while the broker holds it, the page waits."""
    import time

    from django.core.cache import cache

    from config import celery

    settings.MEDIA_ROOT = tmp_path
    client = login(world.users["leadership"])
    page_url = _evaluation_queued(world, client)
    cache.clear()
    held = {"now": True}
    monkeypatch.setattr(celery, "job_message_held", lambda job: held["now"])
    with time_machine.travel(time.time() + settings.JOB_LOST_SECONDS + 5, tick=False):
        assert 'http-equiv="refresh"' in client.get(page_url).content.decode()
        held["now"] = False
        chinese = client.get(page_url).content.decode()
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        english = client.get(page_url).content.decode()
    assert "这项生成已不在后台队列中：它已丢失" in chinese and "很久没有进展" not in chinese
    assert 'http-equiv="refresh"' not in chinese
    assert f'href="/dashboard/plans/{world.plan.code}/evaluation.docx"' in chinese  # again
    assert "no longer in the job queue" in english and "long time" not in english


@pytest.mark.django_db
def test_a_briefing_of_a_month_after_the_plans_end_says_it_ended_and_lists_its_months(world, login):
    """Regression: the briefing of 2026-11 for a plan that ended on 2025-12-31 only said
    "数据截至 2026-01-01 的汇总", read as current, and its period list offered every month up
    to today; it says the plan ended and the figures are its final ones, on the page and in the
    documents, and lists the plan's months after the latest (marked as after the end)."""
    history(world)
    client = login(world.users["leadership"])
    with time_machine.travel(datetime.datetime(2026, 12, 4, 10, tzinfo=datetime.UTC)):
        page = client.get(reverse("briefing", args=[world.zone.slug]), {"period": "2026-11"})
        document = client.get(
            reverse("briefing-docx", args=[world.zone.slug]), {"period": "2026-11", "inline": "1"}
        )
        during = client.get(reverse("briefing", args=[world.zone.slug]), {"period": "2025-Q4"})
    html = page.content.decode()
    ended = "本规划已于 2025-12-31 期满结束。本简报所列为其最终数据（2025-12-31 的汇总"
    assert ended in html and reverse("evaluation", args=[world.plan.code]) in html
    assert ended in docx_text(document.content)
    assert "期满结束" not in during.content.decode()  # a period of the plan's life
    codes = [p.code for p in page.context["periods"]]
    assert codes[:3] == ["2026-11", "2025-12", "2025-11"] and "2026-06" not in codes
    assert "2025-Q4" in codes and "2026-Q3" not in codes and codes[-1] == "2020-Q1"
    assert "2026 年 11 月（规划结束后）" in html and "2025 年 12 月（规划结束后）" not in html

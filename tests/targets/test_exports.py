"""The exports read flat: each target's latest snapshot row only (not every day ever rolled
up), values rather than model instances, and the workbook written as a stream that continues
on a further sheet past a sheet's row limit."""

import datetime
import io
from contextlib import contextmanager

import openpyxl
import pytest
import tablib
from django.db import connection

from pilots.exports import xlsx_bytes
from targets.exports import export_file, targets_table
from targets.models import Snapshot
from targets.rollup import plan_rollup
from targets.snapshots import GONE
from tests.factories import TargetFactory, TaskFactory

pytestmark = pytest.mark.django_db
ROLLED_UP = datetime.date(2024, 1, 31)


@contextmanager
def snapshot_rows_read():
    """Counts the rows the database hands back from the snapshot table."""
    counted = {"rows": 0}

    def counting(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if sql.lstrip().upper().startswith("SELECT") and Snapshot._meta.db_table in sql:
            counted["rows"] += max(context["cursor"].rowcount, 0)
        return result

    with connection.execute_wrapper(counting):
        yield counted


@pytest.fixture
def target():
    target = TargetFactory(
        metric="重大标志性成果", unit="项", value=100, deadline_year=2022,
        goal__plan__period_start=2020, goal__plan__period_end=2022,
    )  # fmt: skip
    plan_rollup(plan=target.plan, as_of=ROLLED_UP)
    return target


def later_rows(target, days: int, figures=None) -> None:
    first = Snapshot.objects.get(scope="target", object_id=target.id)
    for day in range(1, days + 1):
        first.pk = None
        first.as_of = ROLLED_UP + datetime.timedelta(days=day)
        first.figures = figures if figures is not None else {**first.figures, "value": 200 + day}
        first.save()


def test_the_targets_table_reads_one_row_per_target_however_many_days_it_has(target):
    with snapshot_rows_read() as one_day:
        targets_table(target.plan.code)
    later_rows(target, 40)
    with snapshot_rows_read() as many_days:
        (row,) = targets_table(target.plan.code).dict
    assert many_days["rows"] == one_day["rows"]
    assert row["当前值"] == 240  # the latest row's figures


def test_a_target_no_longer_rolled_up_shows_no_figures(target):
    later_rows(target, 1, figures=GONE)
    (row,) = targets_table(target.plan.code).dict
    assert (row["当前值"], row["结论"], row["汇总日期"]) == (None, "", "")


def test_a_table_longer_than_a_sheet_continues_on_further_sheets():
    table = tablib.Dataset(headers=["代码", "说明"], title="进展记录")
    for i in range(5):
        table.append([i, f"=1+{i}"])
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes([table], max_rows=3)))
    assert book.sheetnames == ["进展记录", "进展记录 (2)", "进展记录 (3)"]
    rows = [list(r) for sheet in book for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert rows == [[i, f"=1+{i}"] for i in range(5)]
    for sheet in book:
        assert [c.value for c in sheet[1]] == ["代码", "说明"]
        assert sheet[1][0].font.bold and sheet.freeze_panes == "A2"
    formula_looking = book["进展记录"]["B2"]
    assert (formula_looking.data_type, formula_looking.quotePrefix) == ("s", True)


# An export of every plan: a job, its progress page and its file, for its requester only ------


@pytest.fixture
def broker():
    """Jobs sent to the broker (Redis), as in production; none is left queued afterwards."""
    from config.celery import app as celery_app
    from tests.conftest import celery_eager

    celery_eager(False)
    yield
    celery_app.control.purge()


def all_plans_leader(world):
    from pilots.models import Membership
    from tests.factories import UserFactory

    user = UserFactory(username="leader-all-2")
    Membership.objects.create(user=user, role=Membership.Role.LEADERSHIP, zone=None)
    return user


def test_every_plan_is_exported_in_a_job_whose_file_only_its_requester_downloads(world, broker):
    from django.test import Client
    from django.urls import reverse

    from targets.export_jobs import export_job_run

    requester, other = Client(), Client()
    requester.force_login(world.users["leadership_all"])
    other.force_login(all_plans_leader(world))
    asked = requester.get(reverse("export"), {"format": "xlsx"})
    assert asked.status_code == 302
    page_url = asked["Location"]
    token = page_url.rstrip("/").rsplit("/", 1)[1]
    file_url = reverse("export-job-file", args=[token])

    waiting = requester.get(page_url).content.decode()
    assert 'http-equiv="refresh"' in waiting and 'role="status"' in waiting
    assert "<progress" in waiting and "排队等待（0 / 5）" in waiting
    assert requester.get(file_url)["Location"] == page_url  # not built yet: its progress

    export_job_run(token)  # what the worker does with the job

    done = requester.get(page_url).content.decode()
    assert "文件已生成" in done and 'http-equiv="refresh"' not in done
    file = requester.get(file_url)
    assert file.status_code == 200 and file["Content-Type"].startswith("application/vnd.open")
    book = openpyxl.load_workbook(io.BytesIO(file.content))
    assert book.sheetnames == ["任务", "进展记录", "指标", "指标数据"]
    assert [r[4] for r in book["任务"].iter_rows(min_row=2, values_only=True)] == [world.task.code]
    # Another user who may export every plan too does not get this one's job or file.
    assert other.get(page_url).status_code == 404
    assert other.get(file_url).status_code == 404
    # Nor does its requester once they no longer see every zone.
    world.users["leadership_all"].memberships.update(zone=world.zone)
    assert requester.get(file_url).status_code == 404


def test_an_export_whose_job_killed_every_worker_taking_it_fails_with_a_way_to_build_it(
    world, broker
):
    from django.core.cache import cache
    from django.test import Client
    from django.urls import reverse

    from config.celery import DELIVERY_KEY, JOB_DELIVERIES_MAX
    from targets.jobs import build_export

    requester = Client()
    requester.force_login(world.users["leadership_all"])
    page_url = requester.get(reverse("export"), {"format": "xlsx"})["Location"]
    token = page_url.rstrip("/").rsplit("/", 1)[1]
    # Its worker died on each delivery so far: the next one gives up instead of building.
    cache.set(DELIVERY_KEY.format(f"export-{token}", 0), JOB_DELIVERIES_MAX)
    build_export.apply(args=[token], task_id=f"export-{token}")

    page = requester.get(page_url).content.decode()
    assert "导出失败" in page and "inline=1" in page and 'http-equiv="refresh"' not in page


def test_a_finished_export_survives_the_cache_and_says_expired_once_really_gone(
    world, broker, settings, tmp_path
):
    import time

    from django.core.cache import cache
    from django.test import Client
    from django.urls import reverse

    from targets.export_jobs import export_job_run
    from targets.kept_jobs import KEEP_SECONDS, kept_jobs_prune

    settings.MEDIA_ROOT = tmp_path
    requester, other = Client(), Client()
    requester.force_login(world.users["leadership_all"])
    other.force_login(all_plans_leader(world))
    page_url = requester.get(reverse("export"), {"format": "csv", "table": "targets"})["Location"]
    token = page_url.rstrip("/").rsplit("/", 1)[1]
    file_url = reverse("export-job-file", args=[token])
    export_job_run(token)
    cache.clear()  # Redis evicted the job's keys, or its database was emptied

    page = requester.get(page_url).content.decode()
    assert "文件已生成" in page and file_url in page
    file = requester.get(file_url)
    assert file.status_code == 200 and file["Content-Disposition"].endswith(".csv")
    assert len(file.content.decode("utf-8-sig").splitlines()) > 1
    assert other.get(file_url).status_code == 404  # not theirs: as if gone
    assert "文件已生成" not in other.get(page_url).content.decode()

    kept_jobs_prune(now=time.time() + KEEP_SECONDS + 1)  # an hour on: the file is gone
    for url in (page_url, file_url):
        gone = requester.get(url)
        text = gone.content.decode()
        assert gone.status_code == 404 and "已过期" in text, (url, gone.status_code)
        assert "重新生成" in text and f'href="{reverse("export")}?' in text
    assert list(tmp_path.rglob("*.csv")) == []


def test_an_export_whose_cache_is_emptied_mid_way_keeps_its_page_going_to_the_file(
    world, broker, settings, tmp_path, monkeypatch
):
    """A FLUSHDB (or Redis restarted) while the job is queued and again while it runs: its page
    goes on showing the progress, refreshing itself, and ends on the file; the job is not lost."""
    from django.core.cache import cache
    from django.test import Client
    from django.urls import reverse

    from targets import export_jobs

    settings.MEDIA_ROOT = tmp_path
    requester, other = Client(), Client()
    requester.force_login(world.users["leadership_all"])
    other.force_login(all_plans_leader(world))
    page_url = requester.get(reverse("export"), {"format": "xlsx"})["Location"]
    token = page_url.rstrip("/").rsplit("/", 1)[1]
    cache.clear()  # while the job waits in the queue

    queued = requester.get(page_url)
    assert queued.status_code == 200, queued.status_code
    text = queued.content.decode()
    assert "排队等待（0 / 5）" in text and 'http-equiv="refresh"' in text
    assert other.get(page_url).status_code == 404  # another user's token, as before

    pages = []

    def held_at_each_table(**asked):
        def progress(stage):
            asked["progress"](stage)
            if stage == 2:  # two tables read: the cache is emptied, the user's page refreshes
                cache.clear()
                pages.append(requester.get(page_url))
                pages.append(other.get(page_url))

        return export_file(**{**asked, "progress": progress})

    monkeypatch.setattr(export_jobs, "export_file", held_at_each_table)
    export_jobs.export_job_run(token)  # what the worker does with the job

    mine, theirs = pages
    assert mine.status_code == 200, mine.status_code
    text = mine.content.decode()
    assert "读取数据（2 / 5）" in text and 'http-equiv="refresh"' in text
    assert theirs.status_code == 404
    cache.clear()  # once more, after it finished
    done = requester.get(page_url).content.decode()
    assert "文件已生成" in done and 'http-equiv="refresh"' not in done
    file = requester.get(reverse("export-job-file", args=[token]))
    assert file.status_code == 200
    assert openpyxl.load_workbook(io.BytesIO(file.content)).sheetnames[0] == "任务"
    assert [p.name for p in tmp_path.rglob("*") if p.name.startswith(".partial-")] == []


def test_an_export_whose_run_was_lost_says_so_with_a_way_to_build_it_again(
    world, broker, settings, tmp_path
):
    """Its queue emptied with Redis (or its run cancelled when the broker dropped): once its state
    has not moved for JOB_STALLED_SECONDS the page stops refreshing and offers to build again."""
    import time

    import time_machine
    from django.core.cache import cache
    from django.test import Client
    from django.urls import reverse

    settings.MEDIA_ROOT = tmp_path
    requester, other = Client(), Client()
    requester.force_login(world.users["leadership_all"])
    other.force_login(all_plans_leader(world))
    page_url = requester.get(reverse("export"), {"format": "csv", "table": "targets"})["Location"]
    cache.clear()
    with time_machine.travel(time.time() + settings.JOB_STALLED_SECONDS - 5, tick=False):
        assert 'http-equiv="refresh"' in requester.get(page_url).content.decode()
    with time_machine.travel(time.time() + settings.JOB_STALLED_SECONDS + 5, tick=False):
        page = requester.get(page_url)
        assert other.get(page_url).status_code == 404
    text = page.content.decode()
    assert page.status_code == 200 and "很久没有进展" in text
    assert 'http-equiv="refresh"' not in text
    assert f'href="{reverse("export")}?format=csv&amp;table=targets"' in text  # build again
    assert "inline=1" in text


def test_an_english_request_gets_english_progress_and_headers(world, broker):
    from django.conf import settings
    from django.test import Client
    from django.urls import reverse

    from targets.export_jobs import export_job_run

    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    client.force_login(world.users["leadership_all"])
    page_url = client.get(reverse("export"), {"format": "csv", "table": "history"})["Location"]
    token = page_url.rstrip("/").rsplit("/", 1)[1]
    assert "Waiting in the queue (0 / 2)" in client.get(page_url).content.decode()
    export_job_run(token)
    text = client.get(reverse("export-job-file", args=[token])).content.decode("utf-8-sig")
    assert text.startswith('"Plan code"')


def test_without_a_broker_every_plan_is_exported_in_the_request(world, login):
    from django.urls import reverse

    response = login(world.users["leadership_all"]).get(reverse("export"), {"format": "xlsx"})
    assert response.status_code == 200 and response["Content-Disposition"].endswith(".xlsx")


def plan_with_everything():
    """A plan with a task in a sub-section (its heading names the section above), agencies of
    each role, a report, and a target with a figure, rolled up."""
    from tasks.models import StatusUpdate
    from tests.factories import AssignmentFactory, ObservationFactory, SectionFactory

    chapter = SectionFactory(numbering="三、")
    part = SectionFactory(plan=chapter.plan, parent=chapter, numbering="(一)")
    task = TaskFactory(section=part, numbering="1.")
    for role in ("lead", "responsible", "supporting"):
        AssignmentFactory(task=task, role=role)
    StatusUpdate.objects.create(
        task=task, reported_on=ROLLED_UP, status="in_progress", percent=10, note="=1+1"
    )
    ObservationFactory(target=TargetFactory(goal__plan=chapter.plan), as_of=ROLLED_UP)
    plan_rollup(plan=chapter.plan, as_of=ROLLED_UP)


def export_queries() -> int:
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        export_file(plan_code=None, fmt="xlsx")
    return len(queries)


def test_the_export_of_every_plan_reads_as_many_times_for_six_plans_as_for_one():
    plan_with_everything()
    one_plan = export_queries()
    for _ in range(5):
        plan_with_everything()
    book = openpyxl.load_workbook(io.BytesIO(export_file(plan_code=None, fmt="xlsx")[0]))
    tasks = list(book["任务"].iter_rows(min_row=2, values_only=True))
    assert len(tasks) == 6
    assert all(t[2].startswith("三、(一) 章节") and t[3] == "三、(一) 1." for t in tasks)
    assert all(t[8] and t[9] and t[10] for t in tasks)  # lead, responsible, supporting
    assert export_queries() == one_plan

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tasks.instructions import Subject, instruction_issue
from tasks.models import Milestone, StatusUpdate, TaskAssignment, TaskClause
from tests.factories import PlanFactory, TaskFactory
from tests.world import TODAY, report_data

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")


def pdf(name="会议纪要.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def test_lost_update_guard_refuses_the_second_save_and_keeps_the_first(world, login):
    lead = login(world.users["lead_staff"])
    url = reverse("task-report", args=[world.task.pk])
    first_form = report_data(world.task, note="第一位同事的更新", percent=30)
    second_form = report_data(world.task, note="第二位同事的更新", percent=60)  # same version
    assert lead.post(url, first_form).status_code == 302
    response = lead.post(url, second_form)
    assert response.status_code == 409
    page = response.content.decode()
    assert "未保存" in page and "第一位同事的更新" in page and "30%" in page
    world.task.refresh_from_db()
    assert (world.task.percent, world.task.version) == (30, 1)
    assert list(world.task.updates.values_list("note", flat=True)) == ["第一位同事的更新"]


def test_completed_needs_evidence_and_means_100(world, login):
    lead = login(world.users["lead_staff"])
    url = reverse("task-report", args=[world.task.pk])
    response = lead.post(url, report_data(world.task, status="completed", percent=80))
    assert response.status_code == 400
    assert "须提供佐证材料" in response.content.decode()
    assert not world.task.updates.exists()
    data = report_data(
        world.task, status="completed", percent=80, evidence_doc_number="甲科发〔2023〕5号"
    )
    assert lead.post(url, data).status_code == 302
    world.task.refresh_from_db()
    assert (world.task.status, world.task.percent) == ("completed", 100)


def test_evidence_file_is_checked_by_content_and_can_be_downloaded(world, login):
    lead = login(world.users["lead_staff"])
    url = reverse("task-report", args=[world.task.pk])
    fake = pdf("伪装.pdf", b"MZ\x90\x00 this is a Windows program, not a PDF")
    response = lead.post(url, {**report_data(world.task), "evidence_file": fake})
    assert response.status_code == 400
    assert "不支持的文件类型" in response.content.decode()
    assert lead.post(url, {**report_data(world.task), "evidence_file": pdf()}).status_code == 302
    update = world.task.updates.get()
    download = lead.get(reverse("evidence-download", args=[update.pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF
    # Someone from another zone cannot fetch it.
    outsider = login(world.users["elsewhere_staff"])
    assert outsider.get(reverse("evidence-download", args=[update.pk])).status_code == 404


def test_evidence_whose_file_is_gone_says_so_instead_of_a_server_error(world, login):
    """The record stays when its file is no longer in the media folder (a database restored
    without the media archive, a file removed by hand): the download said 500
    (FileNotFoundError); it says the file is missing and what to do, in the reader's language."""
    lead = login(world.users["lead_staff"])
    url = reverse("task-report", args=[world.task.pk])
    assert lead.post(url, {**report_data(world.task), "evidence_file": pdf()}).status_code == 302
    update = world.task.updates.get()
    update.evidence_file.storage.delete(update.evidence_file.name)
    response = lead.get(reverse("evidence-download", args=[update.pk]))
    assert response.status_code == 404
    assert "佐证材料的文件已不在服务器上" in response.content.decode()
    lead.cookies["django_language"] = "en"
    response = lead.get(reverse("evidence-download", args=[update.pk]))
    assert response.status_code == 404
    assert "file of this evidence is no longer on the server" in response.content.decode()


def test_evidence_size_is_limited(world, login, settings):
    settings.EVIDENCE_MAX_BYTES = 1000
    lead = login(world.users["lead_staff"])
    big = SimpleUploadedFile("photo.png", PNG + b"\0" * 2000, content_type="image/png")
    response = lead.post(
        reverse("task-report", args=[world.task.pk]),
        {**report_data(world.task), "evidence_file": big},
    )
    assert response.status_code == 400 and "文件过大" in response.content.decode()


def test_supporting_agency_files_its_part_and_the_lead_sees_all_parts(world, login):
    support = login(world.users["supporting_staff"])
    page = support.get(world.task.get_absolute_url()).content.decode()
    assert "填报本单位情况" in page and "更新任务进展" not in page
    support.post(
        reverse("task-feedback", args=[world.task.pk]),
        {"note": "资金已拨付到位", "part_percent": 80, "reported_on": TODAY().isoformat(),
         "evidence_doc_number": "甲财发〔2023〕8号"},
    )  # fmt: skip
    world.task.refresh_from_db()
    assert (world.task.status, world.task.version) == ("not_started", 0)  # status untouched
    lead = login(world.users["lead_staff"])
    page = lead.get(world.task.get_absolute_url()).content.decode()
    assert "更新任务进展" in page
    assert "甲市财政局" in page and "资金已拨付到位" in page and "80%" in page
    assert "甲财发〔2023〕8号" in page


def test_history_shows_who_when_and_what_changed_newest_first(world, login):
    lead = login(world.users["lead_staff"])
    url = reverse("task-report", args=[world.task.pk])
    lead.post(url, report_data(world.task, percent=20, note="第一次"))
    world.task.refresh_from_db()
    lead.post(url, report_data(world.task, percent=50, note="第二次"))
    page = lead.get(world.task.get_absolute_url()).content.decode()
    assert page.index("第二次") < page.index("第一次")
    assert "20% → 50%" in page and "lead-staff" in page


def test_completion_is_verified_or_returned_by_the_zone_admin(world, login):
    lead = login(world.users["lead_staff"])
    url = reverse("task-report", args=[world.task.pk])
    lead.post(url, report_data(world.task, percent=70))
    world.task.refresh_from_db()
    lead.post(url, report_data(world.task, status="completed", evidence_url="https://gov.cn/a"))
    admin = login(world.users["zone_admin"])
    assert "已完成，待核验" in admin.get(world.task.get_absolute_url()).content.decode()
    assert (
        admin.post(reverse("task-return", args=[world.task.pk]), {"reason": ""}).status_code == 400
    )
    admin.post(reverse("task-return", args=[world.task.pk]), {"reason": "缺少验收报告"})
    world.task.refresh_from_db()
    assert (world.task.status, world.task.percent) == ("in_progress", 70)
    assert world.task.updates.first().kind == StatusUpdate.Kind.RETURNED
    lead = login(world.users["lead_staff"])
    lead.post(url, report_data(world.task, status="completed", evidence_url="https://gov.cn/b"))
    admin = login(world.users["zone_admin"])
    admin.post(reverse("task-verify", args=[world.task.pk]))
    world.task.refresh_from_db()
    assert world.task.verified_at is not None
    # The lead cannot verify its own work.
    assert (
        login(world.users["lead_staff"])
        .post(reverse("task-verify", args=[world.task.pk]))
        .status_code
        == 403
    )


def test_milestones_added_flagged_when_overdue_and_ticked_off(world, login):
    from pilots.models import Plan

    Plan.objects.filter(pk=world.plan.pk).update(period_end=TODAY().year + 1)  # a running plan
    lead = login(world.users["lead_staff"])
    overdue = (TODAY() - datetime.timedelta(days=3)).isoformat()
    lead.post(
        reverse("milestone-add", args=[world.task.pk]), {"title": "完成选址", "due_on": overdue}
    )
    page = lead.get(world.task.get_absolute_url()).content.decode()
    assert "完成选址" in page and "已逾期" in page
    milestone = Milestone.objects.get()
    lead.post(reverse("milestone-done", args=[world.task.pk, milestone.pk]))
    milestone.refresh_from_db()
    assert milestone.done_on == TODAY()


def test_my_tasks_lists_only_my_agencys_tasks_with_filters(world, login):
    TaskFactory(section__plan=world.plan, title="别的单位的任务")
    second = TaskFactory(section__plan=world.plan, title="人才引进计划")
    TaskAssignment.objects.create(task=second, agency=world.agencies["lead"], role="supporting")
    client = login(world.users["lead_staff"])
    page = client.get(reverse("my-tasks")).content.decode()
    assert "建设人工智能开放创新平台" in page and "人才引进计划" in page
    assert "别的单位的任务" not in page
    assert "牵头单位" in page and "配合单位" in page
    only = lambda **q: client.get(reverse("my-tasks"), q).content.decode()  # noqa: E731
    assert "人才引进计划" not in only(role="lead")
    assert "建设人工智能" not in only(q="人才 计划")
    assert "人才引进计划" in only(stale="on")
    assert "共 0 项任务" in only(status="completed")
    partial = client.get(reverse("my-tasks"), {"q": "人才"}, HTTP_HX_REQUEST="true")
    assert "<html" not in partial.content.decode() and "人才引进计划" in partial.content.decode()


def test_history_of_imported_rows_without_an_author(world, login):
    from tasks.services import status_update_record

    status_update_record(
        task=world.task, status="in_progress", percent=10, reported_on=TODAY(),
        agency=world.agencies["lead"], note="由系统导入",
    )  # fmt: skip
    page = login(world.users["leadership"]).get(world.task.get_absolute_url())
    assert page.status_code == 200 and "由系统导入" in page.content.decode()


def test_the_zone_admin_sets_a_deadline_and_an_overdue_task_shows_its_days(world, login):
    # A running plan: its overdue tasks count their days (an ended plan's say it ended, below).
    from pilots.models import Plan

    Plan.objects.filter(pk=world.plan.pk).update(period_end=TODAY().year + 1)
    world.task.plan.refresh_from_db()
    admin = login(world.users["zone_admin"])
    page = admin.get(world.task.get_absolute_url()).content.decode()
    end = f"{TODAY().year + 1}-12-31"
    assert end in page and "规划期末" in page  # the plan's end by default
    url = reverse("task-due", args=[world.task.pk])
    assert admin.post(url, {"due_on": "1999-01-01"}).status_code == 400  # out of range
    past = TODAY() - datetime.timedelta(days=12)
    assert admin.post(url, {"due_on": past.isoformat()}).status_code == 302
    world.task.refresh_from_db()
    assert (world.task.due_on, world.task.due_source) == (past, "admin")
    lead = login(world.users["lead_staff"])
    for page in (world.task.get_absolute_url(), reverse("my-tasks")):
        html = lead.get(page).content.decode()
        assert "逾期 12 天" in html and past.isoformat() in html
    assert "保存时限" not in lead.get(world.task.get_absolute_url()).content.decode()


def test_an_unfinished_task_of_an_ended_plan_says_the_plan_ended_not_a_count_of_days(world, login):
    from django.conf import settings

    # The world's plan ended on 2025-12-31: hundreds of days "overdue" would only grow.
    assert world.plan.period_end < TODAY().year
    second = TaskFactory(section=world.task.section, title="建设算力平台")
    second.due_on, second.due_source = datetime.date(2023, 6, 30), "admin"
    second.save()
    TaskAssignment.objects.create(task=second, agency=world.agencies["lead"], role="lead")
    lead = login(world.users["lead_staff"])
    mine = lead.get(reverse("my-tasks")).content.decode()
    assert "至规划期末（2025-12-31）未完成" in mine  # due at the plan's end
    assert "超过办理时限，至规划期末（2025-12-31）未完成" in mine and "2023-06-30" in mine
    detail = lead.get(world.task.get_absolute_url()).content.decode()
    assert "至规划期末（2025-12-31）未完成" in detail
    for page in (mine, detail):
        assert "逾期" not in page.replace("逾期里程碑", "")
    lead.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = lead.get(reverse("my-tasks")).content.decode()
    assert "Not done by the plan's end (2025-12-31)" in english
    assert "days overdue" not in english
    # A completed task of the ended plan says neither.
    StatusUpdate.objects.create(task=world.task, status="completed", percent=100,
                                reported_on=datetime.date(2025, 11, 1))  # fmt: skip
    world.task.status, world.task.percent = "completed", 100
    world.task.save()
    assert "至规划期末" not in lead.get(world.task.get_absolute_url()).content.decode()


def test_history_shows_the_latest_entries_and_every_one_on_request(world, login):
    from tasks.selectors import HISTORY_SHOWN

    day = TODAY()
    supporting = world.agencies["supporting"]
    # The supporting agency's only feedback is older than every entry shown by default.
    StatusUpdate.objects.create(
        task=world.task, kind="feedback", agency=supporting, status="in_progress", percent=0,
        part_percent=30, reported_on=day - datetime.timedelta(days=99), note="早先的反馈",
    )  # fmt: skip
    for i in range(HISTORY_SHOWN + 4):
        StatusUpdate.objects.create(
            task=world.task, status="in_progress", percent=i, reported_on=day,
            note=f"第{i}次进展",
        )  # fmt: skip
    lead = login(world.users["lead_staff"])
    page = lead.get(world.task.get_absolute_url()).content.decode()
    history = page[page.index('id="h-history"') :]
    newest = HISTORY_SHOWN + 3
    assert f"第{newest}次进展" in history and f"第{newest - HISTORY_SHOWN}次进展" not in history
    assert history.count("<li>") == HISTORY_SHOWN and "?history=all" in history
    # The oldest entry shown still says what it changed against the one before it.
    oldest = newest - HISTORY_SHOWN + 1
    assert f"{oldest - 1}% → {oldest}%" in history
    # Each agency's latest word stands beside it, however old.
    parts = page[page.index('id="h-parts"') : page.index('id="h-history"')]
    assert "早先的反馈" in parts and "30%" in parts

    everything = lead.get(world.task.get_absolute_url(), {"history": "all"}).content.decode()
    history = everything[everything.index('id="h-history"') :]
    assert history.count("<li>") == HISTORY_SHOWN + 5 and "?history=all" not in history


def test_my_tasks_shows_each_agency_its_role_and_a_new_report_at_once(world, login):
    lead = login(world.users["lead_staff"])
    page = lead.get(reverse("my-tasks")).content.decode()
    assert "role-lead" in page and "0%" in page and "role-responsible" not in page
    lead.post(reverse("task-report", args=[world.task.pk]), report_data(world.task, percent=40))
    assert "40%" in lead.get(reverse("my-tasks")).content.decode()
    responsible = login(world.users["responsible_staff"])
    page = responsible.get(reverse("my-tasks")).content.decode()
    assert "role-responsible" in page and "role-lead" not in page and "40%" in page


def test_the_task_history_shows_a_new_report_at_once(world, login):
    lead = login(world.users["lead_staff"])
    url = reverse("task-report", args=[world.task.pk])
    lead.post(url, report_data(world.task, percent=20, note="第一次"))
    assert "第一次" in lead.get(world.task.get_absolute_url()).content.decode()
    world.task.refresh_from_db()
    lead.post(url, report_data(world.task, percent=50, note="第二次"))
    page = lead.get(world.task.get_absolute_url()).content.decode()
    history = page[page.index('id="h-history"') :]
    assert "第二次" in history and "20% → 50%" in history


def test_the_report_form_carries_the_version_and_date_of_the_page_it_is_on(world, login):
    import re

    lead = login(world.users["lead_staff"])

    def form_fields():
        page = lead.get(world.task.get_absolute_url()).content.decode()
        form = page[page.index('id="h-report"') : page.index("保存进展")]
        version = re.search(r'name="version" value="(\d+)"', form).group(1)
        return int(version), f'value="{TODAY().isoformat()}"' in form

    assert form_fields() == (0, True)
    lead.post(reverse("task-report", args=[world.task.pk]), report_data(world.task, percent=20))
    assert form_fields() == (1, True)
    # A refused report comes back with the user's input and the reason.
    world.task.refresh_from_db()
    page = lead.post(
        reverse("task-report", args=[world.task.pk]), report_data(world.task, status="completed")
    ).content.decode()
    assert "标记为已完成须提供佐证材料" in page


def test_the_task_page_shows_its_clauses_milestones_and_instructions_and_reads_none_it_lacks(
    world, login
):
    lead = login(world.users["lead_staff"])
    tables = {"taskclause": "clause", "milestone": "milestone", "instruction": "instruction"}

    def page_and_reads():
        with CaptureQueriesContext(connection) as queries:
            page = lead.get(world.task.get_absolute_url()).content.decode()
        read = {name for table, name in tables.items() for q in queries
                if q["sql"].startswith(f'SELECT "tasks_{table}".')}  # fmt: skip
        return page, read

    page, read = page_and_reads()
    assert "尚无里程碑" in page and "暂无督办" in page and 'class="clauses"' not in page
    assert read == set()  # the task has none: the task's own row said so

    TaskClause.objects.create(task=world.task, number=1, text="建设算力平台的条款")
    Milestone.objects.create(task=world.task, title="完成选址", due_on=TODAY())
    instruction_issue(
        subject=Subject.of_task(world.task), text="请报送平台建设进展",
        agencies=[world.agencies["lead"]], reply_by=TODAY() + datetime.timedelta(days=3),
        level="key", by=world.users["leadership"],
    )  # fmt: skip
    page, read = page_and_reads()
    assert "建设算力平台的条款" in page and "完成选址" in page and "请报送平台建设进展" in page
    assert read == {"clause", "milestone", "instruction"}


def test_my_tasks_filters_show_the_query_the_zones_and_the_language_asked(world, login):
    from django.conf import settings

    from pilots.models import PilotZone

    client = login(world.users["lead_staff"])

    def filters(**query) -> str:
        page = client.get(reverse("my-tasks"), query).content.decode()
        start = page.index('class="filters')
        return page[start : page.index("</form>", start)]

    assert 'value="平台"' in filters(q="平台") and 'value="算力"' in filters(q="算力")
    assert world.zone.name in filters()
    PilotZone.objects.filter(pk=world.zone.pk).update(name="改名后的试验区")
    assert "改名后的试验区" in filters() and world.zone.name not in filters()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert "Search titles" in filters() and "搜索标题" not in filters()


def test_my_tasks_reads_its_cached_parts_in_one_round_trip(world, login):
    from pilots.fragments import fragment_cache
    from tests.conftest import cache_reads, without_csrf_tokens

    client = login(world.users["lead_staff"])
    for query in ({}, {"q": "平台"}):
        rendered = without_csrf_tokens(client.get(reverse("my-tasks"), query).content)
        with cache_reads(fragment_cache()) as reads:
            page = without_csrf_tokens(client.get(reverse("my-tasks"), query).content)
        assert (reads["get_many"], reads["get"]) == (1, 0) and page == rendered, query


def test_the_task_page_links_its_passage_only_where_its_plans_latest_loaded_source_has_it(
    world, login
):
    from django.utils import timezone

    from pilots.models import PlanSource

    lead = login(world.users["lead_staff"])
    plan = world.task.plan

    def source(passages, *, loaded_at):
        return PlanSource.objects.create(
            zone=plan.zone, plan=plan, file=f"plan-sources/{plan.code}.txt", kind="txt",
            file_name="原文.txt", size=4, sha256="0" * 64, text="原文正文", passages=passages,
            uploaded_by=world.users["zone_admin"], loaded_at=loaded_at,
        )  # fmt: skip

    def linked() -> bool:
        page = lead.get(world.task.get_absolute_url()).content.decode()
        return 'id="task-source-link"' in page

    now = timezone.now()
    assert not linked()
    source({world.task.code: [0, 4]}, loaded_at=None)  # uploaded, never loaded
    assert not linked()
    source({world.task.code: [0, 4]}, loaded_at=now - datetime.timedelta(days=1))
    assert linked()
    source({"another-task": [0, 2]}, loaded_at=now)  # the latest loaded locates others only
    assert not linked()


def test_a_new_report_renders_only_its_own_history_entry_and_the_page_reads_them_at_once(
    world, login
):
    from unittest import mock

    from pilots.fragments import fragment_cache
    from tests.conftest import cache_reads

    lead = login(world.users["lead_staff"])
    url = reverse("task-report", args=[world.task.pk])
    for percent in (10, 20, 30):
        world.task.refresh_from_db()
        lead.post(url, report_data(world.task, percent=percent, note=f"第{percent}"))
    lead.get(world.task.get_absolute_url())
    world.task.refresh_from_db()
    lead.post(url, report_data(world.task, percent=45, note="最新一次"))
    store = fragment_cache()
    written, real_set = [], store.set

    def set_(key, *args, **kwargs):
        written.append(key)
        return real_set(key, *args, **kwargs)

    with cache_reads(store) as reads, mock.patch.object(store, "set", set_):
        page = lead.get(world.task.get_absolute_url()).content.decode()
    history = page[page.index('id="h-history"') :]
    assert "最新一次" in history and "30% → 45%" in history and "第10" in history
    assert len([key for key in written if "task-history-entry" in key]) == 1
    assert reads["get_many"] == 1


def test_my_tasks_judges_an_ended_plans_silence_at_its_last_day(world, login):
    """The world's plan ended on 2025-12-31: a task reported in its last month is not stale
    however long ago that was (silence is counted to the plan's last day, as on the dashboards);
    one silent for more than 30 days by then is. A running plan's tasks count to today; a
    completed task is not stale (as on the dashboards)."""
    import time_machine

    from pilots.models import Plan

    def mine(plan, title, last_reported_on, **state):
        task = TaskFactory(
            section__plan=plan, title=title, last_reported_on=last_reported_on, **state
        )
        TaskAssignment.objects.create(task=task, agency=world.agencies["lead"], role="lead")

    mine(world.plan, "期末前两周报过", datetime.date(2025, 12, 15))
    mine(world.plan, "期末前两月报过", datetime.date(2025, 10, 31))
    done = {"status": "completed", "percent": 100}
    mine(world.plan, "早已完成", datetime.date(2021, 3, 1), **done)
    running = PlanFactory(zone=world.zone, period_start=2026, period_end=2027)
    mine(running, "运行中的规划两周前报过", datetime.date(2026, 11, 20))
    mine(running, "运行中的规划两月前报过", datetime.date(2026, 10, 1))
    client = login(world.users["lead_staff"])
    with time_machine.travel(datetime.datetime(2026, 12, 5, 9, tzinfo=datetime.UTC), tick=False):
        page = client.get(reverse("my-tasks"), {"stale": "on"}).content.decode()
    assert "期末前两月报过" in page and "建设人工智能开放创新平台" in page  # never reported
    assert "期末前两周报过" not in page
    assert "早已完成" not in page  # nothing to update: no stale count or list holds it either
    assert "运行中的规划两月前报过" in page and "运行中的规划两周前报过" not in page
    assert Plan.objects.filter(period_end__lt=2026).count() == 2  # the world's two ended plans

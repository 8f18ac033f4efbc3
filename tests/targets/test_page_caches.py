"""The dashboards' cached parts (targets/dashboards/fragments.py): a rollup that rewrites any
snapshot a part shows changes what the page says at once; a part never shows one agency's or
one language's view to another."""

import datetime
import threading
from unittest import mock

import pytest
from django.conf import settings
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from pilots.fragments import fragment_cache
from pilots.models import PilotZone, Plan
from targets.briefings.changes import _plan_rows_compared, plan_rows_compared_read
from targets.dashboards.cross_zone import _kind_targets, kind_targets_read
from targets.dashboards.freshness import _plans_watermarks
from targets.kinds import TargetKind
from targets.models import Observation, Snapshot, Target
from targets.overview_generation import SEQUENCE, generation_move, generation_sql
from targets.rollup import plan_rollup
from tasks.models import StatusUpdate
from tests.conftest import cache_reads, unavailable, without_csrf_tokens
from tests.factories import PlanFactory, TargetFactory, ZoneFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def running(world):
    """The world's plan running to next year, rolled up today."""
    Plan.objects.filter(pk=world.plan.pk).update(period_end=timezone.localdate().year + 1)
    world.plan.refresh_from_db()
    return world


def rolled_up(world):
    plan_rollup(plan=world.plan, as_of=timezone.localdate())


def card_of(page: str, target) -> str:
    start = page.index(f'id="card-{target.pk}"')
    return page[start : page.index("</article>", start)]


def shown(value) -> str:
    """A card's figure as the card prints it (the bare number is also in the card's ids and links
    whenever the target's id holds those digits)."""
    return f'<span class="big">{value}</span>'


def test_a_new_figure_shows_on_the_zone_page_though_the_plan_snapshot_stayed(running, login):
    world, day = running, timezone.localdate()
    Observation.objects.create(target=world.target, as_of=day - datetime.timedelta(40), value=61)
    rolled_up(world)
    client = login(world.users["leadership"])
    url = reverse("dashboard-zone", args=[world.zone.slug])
    assert shown(61) in card_of(client.get(url).content.decode(), world.target)
    plan_row = Snapshot.objects.get(scope="plan", object_id=world.plan.pk, as_of=day)

    Observation.objects.create(target=world.target, as_of=day - datetime.timedelta(10), value=62)
    rolled_up(world)

    card = card_of(client.get(url).content.decode(), world.target)
    assert shown(62) in card and shown(61) not in card
    # Only the target's row was rewritten: a part keyed by the plan's row alone would be stale.
    plan_row_now = Snapshot.objects.get(pk=plan_row.pk)
    target_row = Snapshot.objects.get(scope="target", object_id=world.target.pk, as_of=day)
    assert target_row.computed_at > plan_row_now.computed_at == plan_row.computed_at


def test_a_status_report_moves_the_zone_page_lists(running, login):
    world, day = running, timezone.localdate()
    rolled_up(world)
    client = login(world.users["leadership"])
    url = reverse("dashboard-zone", args=[world.zone.slug])
    red = 'id="list-red"'
    page = client.get(url).content.decode()
    assert "无" in page[page.index(red) : page.index('id="list-overdue"')]

    StatusUpdate.objects.create(
        task=world.task, status="delayed", percent=5, reported_on=day, note="审批受阻"
    )
    rolled_up(world)

    page = client.get(url).content.decode()
    assert "审批受阻" in page[page.index(red) : page.index('id="list-overdue"')]


def test_each_agency_page_shows_its_own_part_of_one_plan(running, login):
    world = running
    rolled_up(world)
    client = login(world.users["leadership"])
    lead, responsible = world.agencies["lead"], world.agencies["responsible"]
    lead_page = client.get(reverse("dashboard-agency", args=[lead.pk])).content.decode()
    assert "牵头任务" in lead_page and "人工智能企业:" in lead_page

    page = client.get(reverse("dashboard-agency", args=[responsible.pk])).content.decode()

    assert "责任任务" in page and "牵头任务" not in page
    assert "人工智能企业:" not in page  # the target is the lead's


def test_a_page_seen_in_chinese_is_not_served_in_english(running, login):
    world = running
    rolled_up(world)
    client = login(world.users["leadership"])
    for name, args in [("dashboard-zone", [world.zone.slug]),
                       ("dashboard-agency", [world.agencies["lead"].pk])]:  # fmt: skip
        url = reverse(name, args=args)
        assert "平均进度" in client.get(url).content.decode()
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        english = client.get(url).content.decode()
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
        assert "平均进度" not in english and "progress" in english.lower(), name


def test_the_zone_page_keeps_staff_of_another_zone_out_before_anything_cached(running, login):
    world = running
    rolled_up(world)
    url = reverse("dashboard-zone", args=[world.zone.slug])
    assert login(world.users["leadership"]).get(url).status_code == 200
    assert login(world.users["elsewhere_staff"]).get(url).status_code == 404


def test_the_overview_totals_and_row_move_with_a_rollup_of_today(running, login):
    world, day = running, timezone.localdate()
    rolled_up(world)
    client = login(world.users["leadership_all"])

    def red_tasks():
        response = client.get(reverse("dashboard"))
        row = next(r for r in response.context["rows"] if r["zone"] == world.zone)
        return response.context["summary"]["red_tasks"], row["figures"].red_tasks

    assert red_tasks() == (0, 0)
    StatusUpdate.objects.create(
        task=world.task, status="delayed", percent=5, reported_on=day, note="审批受阻"
    )
    rolled_up(world)
    assert red_tasks() == (1, 1)


def overview_totals(client) -> dict:
    return client.get(reverse("dashboard")).context["summary"]


@pytest.mark.django_db(transaction=True)
def test_the_overview_never_keeps_totals_read_before_a_rollup_committed(running, login):
    """A page shown while a rollup's rows are written but not committed caches the totals it
    read (the old ones): once the rollup commits, the next page shows the new ones. Had the
    generation moved before the commit, that page would have kept the old totals under it."""
    if connection.vendor != "postgresql":
        unavailable("needs PostgreSQL (DATABASE_URL): SQLite locks the table a writer holds")
    world, day = running, timezone.localdate()
    rolled_up(world)
    client = login(world.users["leadership_all"])
    assert overview_totals(client)["red_tasks"] == 0
    StatusUpdate.objects.create(
        task=world.task, status="delayed", percent=5, reported_on=day, note="审批受阻"
    )
    assert overview_totals(client)["red_tasks"] == 0  # not rolled up yet
    written, release = threading.Event(), threading.Event()

    def rollup_held_open():
        try:
            with transaction.atomic():
                rolled_up(world)
                written.set()
                release.wait(30)
        finally:
            connection.close()

    rollup = threading.Thread(target=rollup_held_open)
    rollup.start()
    try:
        assert written.wait(30)
        assert overview_totals(client)["red_tasks"] == 0  # the rows are not committed
    finally:
        release.set()
        rollup.join()
    assert overview_totals(client)["red_tasks"] == 1


def test_the_overview_totals_move_when_a_plan_goes_with_its_rows(running, login):
    """A plan with nothing in it yet (a plan with tasks or targets cannot be deleted), rolled
    up: its zone's row goes with it."""
    world, day = running, timezone.localdate()
    rolled_up(world)
    zone = ZoneFactory(slug="zone-c", name="丙市")
    plan = PlanFactory(zone=zone, period_start=day.year - 1, period_end=day.year + 1)
    plan_rollup(plan=plan, as_of=day)
    client = login(world.users["leadership_all"])
    before = overview_totals(client)["rolled_up"]
    plan.delete()
    assert overview_totals(client)["rolled_up"] == before - 1


def test_the_overview_counts_a_zone_row_it_rolled_up_itself(running, login):
    """The world's other zone has a started plan and no rows: the first all-zones page rolls up
    its row (for a date the plan had started by, not today) and its totals count it then and
    on the next view. On SQLite they were keyed by every plan's rollup mark, which that row does
    not move: the totals read before it was written were kept for up to TOTALS_SECONDS."""
    world, day = running, timezone.localdate()
    rolled_up(world)
    client = login(world.users["leadership_all"])
    assert not Snapshot.objects.filter(scope="zone", object_id=world.other_zone.pk).exists()
    first = overview_totals(client)["rolled_up"]
    rows = Snapshot.objects.filter(scope="zone", as_of__lte=day)
    assert rows.filter(object_id=world.other_zone.pk).exists()
    zones_with_rows = rows.values("object_id").distinct().count()
    assert first == overview_totals(client)["rolled_up"] == zones_with_rows


def test_the_overview_totals_move_when_a_zone_goes_with_its_rows(running, login):
    """A zone whose plan moved to another zone keeps the rows it had; deleted (no plan holds
    it now), they go with it."""
    world, day = running, timezone.localdate()
    rolled_up(world)
    emptied = ZoneFactory(slug="zone-c", name="丙市")
    plan = PlanFactory(zone=emptied, period_start=day.year - 1, period_end=day.year + 1)
    plan_rollup(plan=plan, as_of=day)
    Plan.objects.filter(pk=plan.pk).update(zone=ZoneFactory(slug="zone-d", name="丁市"))
    plan_rollup(plan=Plan.objects.get(pk=plan.pk), as_of=day)
    client = login(world.users["leadership_all"])
    before = overview_totals(client)["rolled_up"]
    emptied.delete()
    assert overview_totals(client)["rolled_up"] == before - 1


def changes_of(page: str) -> str:
    start = page.index('class="card changes"')
    return page[start : page.index("\n</section>", start)]


def test_a_report_shows_at_once_in_what_changed_since_a_date(running, login):
    world, day = running, timezone.localdate()
    since = day - datetime.timedelta(days=20)
    plan_rollup(plan=world.plan, as_of=since - datetime.timedelta(days=1))  # the eve compared
    rolled_up(world)
    client = login(world.users["leadership"])
    urls = [reverse("dashboard-zone", args=[world.zone.slug]),
            reverse("dashboard-agency", args=[world.agencies["lead"].pk])]  # fmt: skip
    for url in urls:
        assert "这段时间没有变化" in changes_of(client.get(url, {"since": since}).content.decode())

    StatusUpdate.objects.create(
        task=world.task, status="in_progress", percent=40, reported_on=day, note="进展顺利"
    )
    rolled_up(world)

    for url in urls:
        changes = changes_of(client.get(url, {"since": since}).content.decode())
        assert world.task.title in changes and "40%" in changes, url


def test_each_agency_page_lists_only_its_own_changes(running, login):
    world, day = running, timezone.localdate()
    since = day - datetime.timedelta(days=20)
    plan_rollup(plan=world.plan, as_of=since - datetime.timedelta(days=1))
    StatusUpdate.objects.create(
        task=world.task, status="in_progress", percent=40, reported_on=day, note="进展顺利"
    )
    rolled_up(world)
    client = login(world.users["leadership"])

    def changes(agency):
        url = reverse("dashboard-agency", args=[world.agencies[agency].pk])
        return changes_of(client.get(url, {"since": since}).content.decode())

    assert world.task.title in changes("lead")
    assert world.task.title not in changes("other")  # the same plan, dates and rows


def test_a_report_moves_the_agency_page_at_once(running, login):
    world, day = running, timezone.localdate()
    rolled_up(world)
    client = login(world.users["leadership"])
    url = reverse("dashboard-agency", args=[world.agencies["lead"].pk])

    def task_row():
        page = client.get(url).content.decode()
        start = page.index(world.task.title)
        return page[start : page.index("</tr>", start)]

    assert "40%" not in task_row()
    StatusUpdate.objects.create(
        task=world.task, status="in_progress", percent=40, reported_on=day, note="进展顺利"
    )
    rolled_up(world)  # rewrites the task's row (and the agency's): not the zone's plan list

    assert "40%" in task_row()


def test_a_report_shows_at_once_in_the_overview_changes(running, login):
    world, day = running, timezone.localdate()
    since = day - datetime.timedelta(days=20)
    plan_rollup(plan=world.plan, as_of=since - datetime.timedelta(days=1))
    rolled_up(world)
    client = login(world.users["leadership"])

    def progress_now():
        page = client.get(reverse("dashboard"), {"since": since}).content.decode()
        table = page[
            page.index('id="h-changes"') : page.index("</table>", page.index('id="h-changes"'))
        ]
        row = table[table.index(world.zone.name) :]
        return row[: row.index("</td>", row.index("</td>") + 1)]

    assert "40" not in progress_now()
    StatusUpdate.objects.create(
        task=world.task, status="in_progress", percent=40, reported_on=day, note="进展顺利"
    )
    rolled_up(world)

    assert "40" in progress_now()


def test_a_zone_renamed_in_english_is_renamed_in_the_kind_comparison(running, login):
    world = running
    Target.objects.filter(pk=world.target.pk).update(kind=TargetKind.AI_INDUSTRY_SCALE)
    PilotZone.objects.filter(pk=world.zone.pk).update(name_en="Old Bay Zone")
    rolled_up(world)
    client = login(world.users["leadership_all"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    url = reverse("dashboard") + "?kind=" + TargetKind.AI_INDUSTRY_SCALE
    assert "Old Bay Zone" in client.get(url).content.decode()
    PilotZone.objects.filter(pk=world.zone.pk).update(name_en="New Bay Zone")
    page = client.get(url).content.decode()
    compare = page[page.index('id="kind"') :]
    assert "New Bay Zone" in compare and "Old Bay Zone" not in compare


def test_the_overview_totals_move_when_a_zone_changes_level_or_name(running, login):
    world = running
    rolled_up(world)
    client = login(world.users["leadership_all"])
    level = world.zone.level
    other = next(value for value in PilotZone.Level.values if value != level)

    def rolled_up_zones(**filters) -> int:
        return client.get(reverse("dashboard"), filters).context["summary"]["rolled_up"]

    kept, elsewhere = rolled_up_zones(level=level), rolled_up_zones(level=other)
    found = rolled_up_zones(q="Renamedzone")
    PilotZone.objects.filter(pk=world.zone.pk).update(level=other)
    assert (rolled_up_zones(level=level), rolled_up_zones(level=other)) == (kept - 1, elsewhere + 1)
    PilotZone.objects.filter(pk=world.zone.pk).update(name="Renamedzone")
    assert rolled_up_zones(q="Renamedzone") == found + 1


def test_the_overview_counts_its_zones_with_its_totals_and_a_zone_added_at_once(running, login):
    """The pager's count of zones comes with the cached totals of today (no COUNT query of
    its own on every view); a zone added, or deleted, is counted on the next view."""
    from django.test.utils import CaptureQueriesContext

    world = running
    rolled_up(world)
    client = login(world.users["leadership_all"])

    def counted() -> tuple[int, int]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("dashboard"))
        zone_counts = [
            q
            for q in queries
            if q["sql"].startswith('SELECT COUNT(*) AS "__count" FROM "pilots_pilotzone"')
        ]
        return response.context["page"].paginator.count, len(zone_counts)

    zones = PilotZone.objects.count()
    assert counted()[0] == zones  # the totals read (the zones counted with them) and kept
    assert counted() == (zones, 0)
    added = ZoneFactory()
    assert counted() == (zones + 1, 1)
    assert counted() == (zones + 1, 0)
    added.delete()
    assert counted() == (zones, 1)


def test_each_dashboard_reads_its_cached_parts_in_one_round_trip(running, login):
    world = running
    rolled_up(world)
    client = login(world.users["leadership"])
    # The overview's totals are a cached value of their own (one read besides its parts).
    pages = {
        reverse("dashboard"): 1,
        reverse("dashboard-zone", args=[world.zone.slug]): 0,
        reverse("dashboard-agency", args=[world.agencies["lead"].pk]): 0,
    }

    for url, other_reads in pages.items():
        for query in ({}, {"red_sort": "late", "since": "2020-01-01"}):
            rendered = without_csrf_tokens(client.get(url, query).content)  # and keeps its parts
            with cache_reads(fragment_cache()) as reads:
                page = without_csrf_tokens(client.get(url, query).content)
            assert reads["get_many"] == 1 and reads["get"] == other_reads, (url, query)
            assert page == rendered, (url, query)


def test_a_first_view_asks_the_cache_once_for_each_part_it_renders(running, login):
    """A part the page's one read of its parts did not find is rendered and stored, not asked
    for again (one more round trip per part on every first view after a rollup)."""
    world = running
    rolled_up(world)
    client = login(world.users["leadership"])
    # Read besides the parts on a first view: the overview's own cached values; the zone and
    # agency pages' charts (one read each).
    pages = {
        reverse("dashboard"): (2, 1),
        reverse("dashboard-zone", args=[world.zone.slug]): (0, 2),
        reverse("dashboard-agency", args=[world.agencies["lead"].pk]): (0, 2),
    }
    for url, (gets, get_manys) in pages.items():
        rendered = without_csrf_tokens(client.get(url).content)
        fragment_cache().clear()
        with cache_reads(fragment_cache()) as reads:
            page = without_csrf_tokens(client.get(url).content)
        assert reads == {"get": gets, "get_many": get_manys}, url
        assert page == rendered, url
        with cache_reads(fragment_cache()) as reads:  # and stored every part
            assert without_csrf_tokens(client.get(url).content) == rendered, url
        assert reads["get_many"] == 1, url


def test_a_zone_pages_charts_come_in_one_read_each_under_its_own_snapshots_key(running, login):
    """A first view reads every chart of the zone page in one round trip (and stores those it
    built in one more); a chart stored under its key is what the page shows, until a rollup
    rewrites its snapshot (the key moves) or the page is seen in another language."""
    import dataclasses

    from django.core.cache import cache, caches

    from targets.dashboards.chart import chart_key

    world = running
    rolled_up(world)
    client = login(world.users["leadership"])
    url = reverse("dashboard-zone", args=[world.zone.slug])
    day = timezone.localdate()
    row = Snapshot.objects.get(scope="target", object_id=world.target.pk, as_of=day)
    key = chart_key(row, "trajectory")
    read_keys = []
    real_get_many = cache.get_many

    def get_many(keys, *args, **kwargs):
        read_keys.append(list(keys))
        return real_get_many(keys, *args, **kwargs)

    cache.clear()
    with mock.patch.object(caches["default"], "get_many", get_many):
        client.get(url)
    # The page's parts in one read, then its charts in one.
    assert [any(k.startswith("chart:") for k in keys) for keys in read_keys] == [False, True]
    assert key in read_keys[1] and len(read_keys[1]) >= 4

    stored = cache.get(key)
    assert stored.title in client.get(url).content.decode()
    cache.clear()  # the page's parts, not the chart's key: the page draws what the key holds
    cache.set(key, dataclasses.replace(stored, title="Stored-under-its-key"))
    assert "Stored-under-its-key" in client.get(url).content.decode()

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert "Stored-under-its-key" not in client.get(url).content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    Snapshot.objects.filter(pk=row.pk).update(computed_at=row.computed_at + datetime.timedelta(1))
    page = client.get(url).content.decode()
    assert "Stored-under-its-key" not in page and stored.title in page


def test_every_move_of_the_overview_generation_changes_what_it_reads():
    """On PostgreSQL a sequence, elsewhere (SQLite) a row of its own."""

    def read() -> str:
        with connection.cursor() as cursor:
            cursor.execute(generation_sql())
            return cursor.fetchone()[0]

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"ALTER SEQUENCE {SEQUENCE} RESTART")  # as new: the first move next
    seen = [read()]
    for _ in range(2):
        generation_move()
        seen.append(read())
    assert len(set(seen)) == 3, seen


def test_the_overviews_prepared_reads_return_what_their_querysets_return(running):
    """Compiled once, run again with other values (targets/briefings/changes.py,
    targets/dashboards/freshness.py)."""
    world, day = running, timezone.localdate()
    for back in (40, 0):
        plan_rollup(plan=world.plan, as_of=day - datetime.timedelta(back))
    zones = [world.zone.pk, world.other_zone.pk]
    cases = [
        (zones, day - datetime.timedelta(20), day),
        (zones[:1], day - datetime.timedelta(50), day - datetime.timedelta(30)),
        ([], day, day),
    ]
    for values in cases:
        assert _plan_rows_compared(*values) == list(_plan_rows_compared.build(*values)), values
    plans = list(Plan.objects.values_list("pk", flat=True))
    for ids in (plans, plans[:1], []):
        assert _plans_watermarks(ids) == list(_plans_watermarks.build(ids)), ids


def test_the_overviews_comparison_reads_return_what_their_querysets_return(running):
    """On PostgreSQL the all-zones page's two comparison reads are SQL of their own, each
    plan's and target's row probed once (the querysets probed them two or three times); they
    return the querysets' rows: plans running and ended, a target whose row is gone, zones
    without plans, any dates."""
    world, day = running, timezone.localdate()
    for back in (40, 0):
        plan_rollup(plan=world.plan, as_of=day - datetime.timedelta(back))
    ended = PlanFactory(zone=world.other_zone, code="ended", period_start=2019, period_end=2021)
    TargetFactory(goal__plan=ended, kind=world.target.kind, deadline_year=2021)
    plan_rollup(plan=ended, as_of=datetime.date(2022, 1, 1))  # its judgement day
    plan_rollup(plan=ended, as_of=datetime.date(2021, 6, 30))
    gone = TargetFactory(goal__plan=world.plan, kind=world.target.kind, deadline_year=2030)
    plan_rollup(plan=world.plan, as_of=day)
    Snapshot.objects.filter(scope="target", object_id=gone.pk, as_of=day).update(figures={})
    empty = ZoneFactory(slug="zone-c")
    zones = [world.zone.pk, world.other_zone.pk, empty.pk]
    days = [
        day,
        day - datetime.timedelta(20),
        datetime.date(2021, 12, 31),
        datetime.date(2023, 1, 1),
    ]
    found = []
    for as_of in days:
        for ids in (zones, zones[1:], []):
            for kind in {world.target.kind, TargetKind.AI_INDUSTRY_SCALE}:
                read = kind_targets_read(kind=kind, zone_ids=ids, as_of=as_of)
                assert read == list(_kind_targets.build([kind], ids, as_of, as_of.year))
                found += read
            for since in days:
                read = plan_rows_compared_read(ids, since, as_of)
                assert read == list(_plan_rows_compared.build(ids, since, as_of))
    # Every case the comparison shows came up: a row shown, a row gone, an ended plan's day.
    assert any(at is not None for *_, at in found)
    assert any(t == gone.pk and pk and at is None for t, *_, pk, at in found)
    assert any(shown == datetime.date(2022, 1, 1) for _t, _n, _e, shown, *_ in found)


def test_a_deploy_that_changes_the_overview_row_template_never_serves_the_old_rows(
    running, login, settings, tmp_path
):
    """A deploy writes the new templates while the old workers still run: an old worker (its
    templates compiled when it booted) renders the old rows, and must not store them under the
    key the new workers ask for. A part's key names the template text its process renders."""
    import shutil

    from config.warmup import worker_warm
    from pilots.fragments import templates_digest

    rolled_up(running)
    shutil.copytree(settings.BASE_DIR / "templates", tmp_path / "templates")
    row_template = tmp_path / "templates" / "targets" / "dashboard_overview.html"

    def process_started():
        """A new worker: its templates (and their digest) read afresh when it boots."""
        settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path / "templates"]}]
        templates_digest.cache_clear()
        worker_warm()

    client, url = login(running.users["leadership"]), reverse("dashboard")
    try:
        process_started()  # the old worker boots
        text = row_template.read_text()
        row_cell = '<td class="num" data-label="{% translate "久未更新任务" %}">'
        assert text.count(row_cell) == 1
        row_template.write_text(text.replace(row_cell, row_cell + "NEW-ROW-CELL", 1))
        old_worker = client.get(url).content.decode()  # after the files changed: old text
        assert "NEW-ROW-CELL" not in old_worker
        process_started()  # a new worker of the deploy
        assert "NEW-ROW-CELL" in client.get(url).content.decode()
    finally:
        templates_digest.cache_clear()


def test_runserver_takes_the_digest_of_an_edited_template_afresh():
    """runserver compiles an edited template again without a restart: its parts' keys follow."""
    from pathlib import Path

    from django.utils.autoreload import file_changed

    from pilots.fragments import templates_digest

    templates_digest()
    file_changed.send(sender=None, file_path=Path("templates/base.py"))
    assert templates_digest.cache_info().currsize == 1  # not a template
    file_changed.send(sender=None, file_path=Path("templates/base.html"))
    assert templates_digest.cache_info().currsize == 0


def test_a_deploy_that_mends_a_translation_changes_the_parts_keys(settings, tmp_path):
    import shutil

    from pilots.fragments import templates_digest

    shutil.copytree(settings.BASE_DIR / "locale", tmp_path / "locale")
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    try:
        templates_digest.cache_clear()
        before = templates_digest()
        catalog = tmp_path / "locale" / "en" / "LC_MESSAGES" / "django.mo"
        catalog.write_bytes(catalog.read_bytes() + b"\0")
        templates_digest.cache_clear()  # a new worker of the deploy
        assert templates_digest() != before
    finally:
        templates_digest.cache_clear()

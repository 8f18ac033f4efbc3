"""Any date from a plan's start to today: snapshots computed on demand and kept, the month-by-month
backfill (command and job), ended plans judged at their end, and zones with several plans."""

import datetime
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from pilots.changes import plan_changed
from pilots.demo import DEMO_TODAY
from pilots.models import Membership, Plan
from targets import history
from targets.dashboards import overview
from targets.demo import demo_data_create
from targets.figures import figures_of
from targets.jobs import backfill_histories, backfill_history
from targets.kinds import TargetKind
from targets.models import Observation, Snapshot, Target
from targets.rollup import plan_rollup
from targets.rollup.plan import plans_rollup
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

Scope = Snapshot.Scope
ROOT = Path(__file__).resolve().parents[2]


def plan_with_tasks(zone, *, code, start, end, tasks, percent, reported_on):
    plan = PlanFactory(zone=zone, code=code, period_start=start, period_end=end)
    section = SectionFactory(plan=plan)
    agency = AgencyFactory(zone=zone)
    for _ in range(tasks):
        task = TaskFactory(section=section)
        TaskAssignment.objects.create(task=task, agency=agency, role="lead")
        StatusUpdate.objects.create(
            task=task, status="in_progress", percent=percent, reported_on=reported_on
        )
    TargetFactory(goal__plan=plan, owner=agency, deadline_year=end)
    return plan


def ended_plan(*, slug, code):
    """A plan of 2020–2022 with one task last reported at 70% in June 2021 and one target."""
    return plan_with_tasks(
        ZoneFactory(slug=slug), code=code, start=2020, end=2022, tasks=1, percent=70,
        reported_on=datetime.date(2021, 6, 1),
    )  # fmt: skip


@pytest.fixture
def leader(client):
    user = UserFactory()
    Membership.objects.create(user=user, role="leadership")
    client.force_login(user)
    return client


def plan_days(plan) -> set[datetime.date]:
    return set(
        Snapshot.objects.filter(scope=Scope.PLAN, object_id=plan.id).values_list("as_of", flat=True)
    )


@pytest.mark.django_db
def test_a_past_date_without_snapshots_is_computed_then_kept(leader):
    zone = ZoneFactory(slug="ondemand")
    plan = plan_with_tasks(
        zone, code="od", start=2020, end=2030, tasks=2, percent=40,
        reported_on=datetime.date(2021, 3, 1),
    )  # fmt: skip
    url = reverse("dashboard-zone", args=[zone.slug])
    before = leader.get(url, {"as_of": "2021-02-10"})
    assert before.status_code == 200 and before.context["figures"].progress == 0.0
    after = leader.get(url, {"as_of": "2021-04-10"})  # nothing within a month before: computed
    assert after.context["day"] == datetime.date(2021, 4, 10)
    assert after.context["figures"].progress == 40.0
    assert "尚未汇总" not in after.content.decode()
    assert {datetime.date(2021, 2, 10), datetime.date(2021, 4, 10)} <= plan_days(plan)
    near = leader.get(url, {"as_of": "2021-04-20"})  # kept, and serves the days just after it
    assert near.context["day"] == datetime.date(2021, 4, 10)
    assert "显示 2021-04-10 的汇总" in near.content.decode()
    assert Snapshot.objects.filter(scope=Scope.PLAN, object_id=plan.id).count() == 2


@pytest.mark.django_db
def test_before_the_plan_and_hostile_dates_get_a_page_not_an_error(leader):
    zone = ZoneFactory(slug="early")
    plan_with_tasks(
        zone, code="early", start=2020, end=2030, tasks=1, percent=10,
        reported_on=datetime.date(2021, 1, 1),
    )  # fmt: skip
    url = reverse("dashboard-zone", args=[zone.slug])
    response = leader.get(url, {"as_of": "2019-06-30"})
    assert response.status_code == 200 and "规划尚未开始" in response.content.decode()
    for value in ["9999-12-31", "0001-01-01", "2021-02-30", "x" * 5000, "2021-01-01\x00"]:
        assert leader.get(url, {"as_of": value}).status_code == 200, value
    assert leader.get(url, {"plan": "no-such-plan"}).status_code == 404
    assert leader.get(url, {"plan": "bad\x00code"}).status_code == 404


@pytest.mark.django_db
def test_a_failed_rollup_gives_a_clear_message(leader, monkeypatch):
    zone = ZoneFactory(slug="failing")
    plan_with_tasks(
        zone, code="fail", start=2020, end=2030, tasks=1, percent=10,
        reported_on=datetime.date(2021, 1, 1),
    )  # fmt: skip

    def broken(**kwargs):
        raise ValueError("a broken figure")

    monkeypatch.setattr(history, "plan_rollup", broken)
    response = leader.get(reverse("dashboard-zone", args=[zone.slug]), {"as_of": "2021-05-05"})
    assert response.status_code == 200
    assert "无法计算 fail 截至 2021-05-05 的数据" in response.content.decode()


@pytest.mark.django_db
def test_an_ended_plan_is_judged_at_its_end_and_says_so(leader):
    plan = ended_plan(slug="ended", code="ended")
    zone = plan.zone
    task = plan.tasks.get()
    StatusUpdate.objects.create(  # a report after the end does not change the judgement
        task=task, status="completed", percent=100, reported_on=datetime.date(2023, 3, 1)
    )
    target = plan.targets.get()  # its deadline figure, reported months later as statistics are
    Observation.objects.create(target=target, as_of=datetime.date(2022, 12, 31), value=150)
    response = leader.get(reverse("dashboard-zone", args=[zone.slug]), {"as_of": "2024-05-01"})
    assert response.context["day"] == datetime.date(2023, 1, 1)  # the day after its last
    assert response.context["figures"].progress == 70.0
    (card,) = response.context["targets"]
    assert card["figures"].verdict == "achieved_on_time"  # decided at the deadline
    assert "本规划已于 2022-12-31 期满结束" in response.content.decode()


@pytest.mark.django_db
def test_backfill_is_month_by_month_idempotent_and_follows_backdated_changes():
    zone = ZoneFactory(slug="backfill")
    plan = plan_with_tasks(
        zone, code="bf", start=2021, end=2022, tasks=1, percent=30,
        reported_on=datetime.date(2021, 5, 3),
    )  # fmt: skip
    out = io.StringIO()
    call_command("rollup", "--backfill", "--plan", "bf", stdout=out)
    assert "bf: 25 of 25 month ends computed (0 already there)" in out.getvalue()
    assert "bf: 2021-01-31 (1 computed)" in out.getvalue()  # progress
    assert datetime.date(2023, 1, 1) in plan_days(plan) and len(plan_days(plan)) == 25
    out = io.StringIO()
    call_command("rollup", "--backfill", "--plan", "bf", stdout=out)
    assert "bf: 0 of 25 month ends computed (25 already there)" in out.getvalue()

    # A backdated report (its rollup triggers on_commit, not here) makes months stale.
    task = plan.tasks.get()
    StatusUpdate.objects.create(
        task=task, status="in_progress", percent=60, reported_on=datetime.date(2022, 9, 15)
    )
    plan_changed(plan_id=plan.id, effective_on=datetime.date(2022, 9, 15))
    assert backfill_history.delay(plan.id).get() == 5  # September to its end, again
    october = Snapshot.objects.get(scope=Scope.PLAN, object_id=plan.id, as_of="2022-10-31")
    assert figures_of(october).progress == 60.0
    assert Plan.objects.get(pk=plan.pk).changes_from is None
    with pytest.raises(CommandError):
        call_command("rollup", "--backfill", "--as-of", "2022-01-01")


@pytest.mark.django_db
def test_a_zones_snapshot_counts_all_its_plans_whichever_rolls_up_last(leader):
    """Regression: the zone's snapshot of a date was whichever plan was rolled up last."""
    zone = ZoneFactory(slug="two-plans")
    first = plan_with_tasks(
        zone, code="first", start=2020, end=2022, tasks=4, percent=50,
        reported_on=datetime.date(2021, 1, 5),
    )  # fmt: skip
    second = plan_with_tasks(
        zone, code="second", start=2023, end=2026, tasks=2, percent=20,
        reported_on=datetime.date(2024, 1, 5),
    )  # fmt: skip
    Plan.objects.filter(pk=second.pk).update(follows=first)
    day = datetime.date(2024, 6, 30)
    plan_rollup(plan=first, as_of=datetime.date(2023, 1, 1))
    plan_rollup(plan=first, as_of=day)
    plan_rollup(plan=second, as_of=day)
    plan_rollup(plan=first, as_of=day)  # rolled up last: used to become the zone's figures

    (row,) = overview(as_of=day, zone_ids=[zone.id])["rows"]
    assert row["figures"].tasks == 6
    assert row["figures"].progress == pytest.approx((4 * 50 + 2 * 20) / 6, abs=0.1)
    assert [(p.code, p.judged_on, p.ended) for p in row["figures"].plans] == [
        ("first", "2023-01-01", True),
        ("second", "2024-06-30", False),
    ]

    url = reverse("dashboard-zone", args=[zone.slug])
    page = leader.get(url, {"as_of": day.isoformat()})
    assert page.context["plan"] == second and page.context["figures"].tasks == 2
    assert page.context["zone_figures"].tasks == 6
    text = page.content.decode()
    assert "2020–2022" in text and "2023–2026" in text and "接续 2020–2022 年的规划" in text
    earlier = leader.get(url, {"as_of": day.isoformat(), "plan": "first"})
    assert earlier.context["plan"] == first and earlier.context["figures"].tasks == 4
    assert earlier.context["day"] == datetime.date(2023, 1, 1)


@pytest.mark.django_db
def test_every_demo_plan_shows_figures_at_its_deadline_and_today(all_plans, leader):
    """No snapshots at all (the demo's history not rolled up): the pages compute them."""
    demo_data_create(history=False)
    assert not Snapshot.objects.exists()
    for plan in Plan.objects.select_related("zone"):
        url = reverse("dashboard-zone", args=[plan.zone.slug])
        for as_of in [datetime.date(plan.period_end, 12, 31), timezone.localdate(), DEMO_TODAY]:
            response = leader.get(url, {"as_of": as_of.isoformat(), "plan": plan.code})
            text = response.content.decode()
            assert response.status_code == 200 and "尚未汇总" not in text, (plan.code, as_of)
            assert response.context["figures"].tasks > 0 and response.context["targets"]
            end = datetime.date(plan.period_end, 12, 31)
            assert response.context["day"] == min(as_of, end + datetime.timedelta(days=1))
            assert "期满结束" in text or as_of == end


def test_every_kind_in_the_fixture_schema_is_a_target_kind_and_the_fixtures_use_them(all_plans):
    schema = json.loads((ROOT / "pilots/schema/plan.schema.json").read_text(encoding="utf-8"))
    target = schema["$defs"]["target"]["properties"]["kind"]
    assert target["enum"] == TargetKind.values
    used = set(Target.objects.exclude(kind="").values_list("kind", flat=True))
    assert {"ai_industry_scale", "ai_enterprises", "application_scenarios", "talent"} <= used
    zones = Target.objects.filter(kind="ai_industry_scale").values("plan__zone").distinct()
    assert zones.count() >= 4


@pytest.mark.django_db
def test_a_kind_is_compared_across_zones_as_a_share_of_each_goal(leader):
    day = datetime.date(2024, 6, 30)
    rows = []
    for slug, goal, value in [("big", 500, 250), ("small", 20, 30)]:
        zone = ZoneFactory(slug=slug, name=f"{slug}市")
        plan = plan_with_tasks(
            zone, code=slug, start=2020, end=2025, tasks=1, percent=10,
            reported_on=datetime.date(2021, 1, 1),
        )  # fmt: skip
        target = TargetFactory(
            goal__plan=plan, kind="ai_enterprises", value=goal, metric=f"{slug}企业"
        )
        Observation.objects.create(target=target, as_of=datetime.date(2023, 12, 31), value=value)
        TargetFactory(goal__plan=plan, kind="talent", value=10)  # another kind: not shown
        plan_rollup(plan=plan, as_of=day)
        rows.append(target)
    response = leader.get(
        reverse("dashboard"), {"as_of": day.isoformat(), "kind": "ai_enterprises"}
    )
    compare = response.context["compare"]
    assert [(r["zone"].slug, r["figures"].metric, r["share"]) for r in compare["rows"]] == [
        ("big", "big企业", 50.0),
        ("small", "small企业", 150.0),
    ]
    chart = compare["chart"]
    assert chart.figure["data"][0]["x"] == [50.0, 150.0]
    assert [row[5] for row in chart.rows] == ["50%", "150%"]  # the table beside the chart
    assert 'id="kind-compare-table"' in response.content.decode()
    assert leader.get(reverse("dashboard"), {"kind": "<script>"}).status_code == 200


@pytest.mark.django_db
def test_the_kind_comparison_shows_the_zones_on_the_overview_page_and_their_new_figures(
    leader, monkeypatch
):
    from targets.dashboards import zone_overview as selectors

    monkeypatch.setattr(selectors, "OVERVIEW_PAGE_SIZE", 1)
    day = datetime.date(2024, 6, 30)
    targets = {}
    for slug in ("aa", "bb"):
        plan = plan_with_tasks(
            ZoneFactory(slug=slug, name=f"{slug}市"), code=slug, start=2020, end=2025,
            tasks=1, percent=10, reported_on=datetime.date(2021, 1, 1),
        )  # fmt: skip
        targets[slug] = TargetFactory(
            goal__plan=plan, kind="ai_enterprises", value=100, metric=f"{slug}企业"
        )
        Observation.objects.create(
            target=targets[slug], as_of=datetime.date(2023, 12, 31), value=40
        )
        plan_rollup(plan=plan, as_of=day)
    query = {"as_of": day.isoformat(), "kind": "ai_enterprises"}

    def shares(page):
        response = leader.get(reverse("dashboard"), {**query, "page": page})
        rows = response.context["compare"]["rows"]
        return [(r["zone"].slug, r["share"]) for r in rows], response.content.decode()

    assert shares(1)[0] == [("aa", 40.0)] and shares(2)[0] == [("bb", 40.0)]
    Observation.objects.create(target=targets["aa"], as_of=datetime.date(2024, 3, 31), value=55)
    plan_rollup(plan=targets["aa"].plan, as_of=day)
    rows, page = shares(1)
    assert rows == [("aa", 55.0)] and "55%" in page and "40%" not in page


@pytest.mark.django_db
def test_the_kind_comparison_reads_each_targets_row_of_its_plans_day_in_one_query(
    django_assert_num_queries,
):
    """A running plan shows its target's latest row on or before the plan's latest day (a
    target's row is written only when it changes), an ended plan its row of the day after its
    end, a target whose latest row says it is gone is left out, a plan never rolled up shows
    nothing: all of it in one query, whatever the zones and their days."""
    from targets.dashboards import cross_zone as selectors

    def zone_with_target(slug, *, end):
        plan = plan_with_tasks(
            ZoneFactory(slug=slug, name=f"{slug}市"), code=slug, start=2020, end=end, tasks=1,
            percent=10, reported_on=datetime.date(2021, 1, 1),
        )  # fmt: skip
        target = TargetFactory(goal__plan=plan, kind="talent", value=100, metric=f"{slug}人才")
        Observation.objects.create(target=target, as_of=datetime.date(2021, 12, 31), value=30)
        return plan, target

    running, _ = zone_with_target("running", end=2030)
    plan_rollup(plan=running, as_of=datetime.date(2023, 6, 30))
    plan_rollup(plan=running, as_of=datetime.date(2024, 6, 30))  # the target's row unchanged
    ended, _ = zone_with_target("ended", end=2022)
    plan_rollup(plan=ended, as_of=datetime.date(2023, 1, 1))  # judged the day after its end
    plan_rollup(plan=ended, as_of=datetime.date(2024, 3, 31))  # a later row it is not judged on
    gone, gone_target = zone_with_target("gone", end=2030)
    plan_rollup(plan=gone, as_of=datetime.date(2023, 6, 30))
    Target.objects.filter(pk=gone_target.pk).update(archived_at=timezone.now())
    plan_rollup(plan=gone, as_of=datetime.date(2024, 6, 30))  # its row: gone
    Target.objects.filter(pk=gone_target.pk).update(archived_at=None)
    never, _ = zone_with_target("never", end=2030)
    zones = [plan.zone for plan in (running, ended, gone, never)]

    def compared(as_of):
        with django_assert_num_queries(1):
            compare = selectors.kind_comparison(kind="talent", as_of=as_of, zones=zones)
        rows = [(r["zone"].slug, r["day"], r["share"]) for r in compare["rows"]]
        return compare["shown"], rows

    assert compared(datetime.date(2024, 7, 1)) == (2, [
        ("ended", datetime.date(2023, 1, 1), 30.0),
        ("running", datetime.date(2024, 6, 30), 30.0),
    ])  # fmt: skip
    assert compared(datetime.date(2023, 12, 31)) == (3, [
        ("ended", datetime.date(2023, 1, 1), 30.0),
        ("gone", datetime.date(2023, 6, 30), 30.0),
        ("running", datetime.date(2023, 6, 30), 30.0),
    ])  # fmt: skip
    assert compared(datetime.date(2022, 12, 31))[0] == 0


@pytest.mark.django_db
def test_a_backdated_figure_shows_on_an_ended_plans_page_before_the_backfill(leader):
    from targets.services import observation_record

    plan = ended_plan(slug="late-figure", code="late")
    zone = plan.zone
    url = reverse("dashboard-zone", args=[zone.slug])
    (card,) = leader.get(url).context["targets"]
    assert card["figures"].value is None
    observation_record(target=plan.targets.get(), as_of=datetime.date(2022, 12, 31), value=150)
    (card,) = leader.get(url).context["targets"]
    assert card["figures"].value == 150 and card["figures"].verdict == "achieved_on_time"


@pytest.mark.django_db
def test_an_ended_plans_card_shows_the_verdict_decided_after_its_end(leader):
    """The deadline year's figure never came: at the end the target awaits it; once the grace
    for late statistics is over it is decided missed, and the ended plan's page says so (it
    kept saying "awaiting figures" beside the decision)."""
    plan = ended_plan(slug="decided-late", code="dl")
    zone = plan.zone
    target = plan.targets.get()
    Observation.objects.create(target=target, as_of=datetime.date(2021, 12, 31), value=1)
    end_day = datetime.date(2023, 1, 1)
    plan_rollup(plan=plan, as_of=end_day)
    assert figures_of(snapshot_of(plan, target, end_day)).verdict == "awaiting_figures"
    plan_rollup(plan=plan, as_of=datetime.date(2024, 1, 31))  # the grace is over: decided
    plan_rollup(plan=plan, as_of=end_day)
    figures = figures_of(snapshot_of(plan, target, end_day))
    assert figures.verdict == "missed" and figures.decided_on == "2024-01-31"
    (card,) = leader.get(reverse("dashboard-zone", args=[zone.slug])).context["targets"]
    assert card["figures"].verdict == "missed"


def snapshot_of(plan, target, day):
    return Snapshot.objects.get(plan=plan, scope=Scope.TARGET, object_id=target.id, as_of=day)


@pytest.mark.django_db
def test_a_zones_totals_judge_an_ended_plan_at_its_end_without_a_rollup_that_day():
    """Regression: an ended plan whose rollup missed its judgement day (the day after its end)
    counted the figures of its last day in its zone's totals: its task unfinished at the end
    not red, its target's verdict the one before the deadline."""
    zone = ZoneFactory(slug="missed-day")
    first = plan_with_tasks(
        zone, code="first", start=2020, end=2022, tasks=1, percent=50,
        reported_on=datetime.date(2022, 12, 1),
    )  # fmt: skip
    Observation.objects.create(
        target=first.targets.get(), as_of=datetime.date(2021, 12, 31), value=1
    )
    second = plan_with_tasks(
        zone, code="second", start=2023, end=2026, tasks=2, percent=20,
        reported_on=datetime.date(2024, 6, 1),
    )  # fmt: skip
    plan_rollup(plan=first, as_of=datetime.date(2022, 12, 31))  # its last night's rollup
    day = datetime.date(2024, 6, 30)
    plan_rollup(plan=second, as_of=day)

    (row,) = overview(as_of=day, zone_ids=[zone.id])["rows"]
    ended = row["figures"].plans[0]
    assert (ended.code, ended.judged_on, ended.ended) == ("first", "2023-01-01", True)
    assert row["figures"].red_tasks == 1  # unfinished at the end
    assert ended.targets_by_verdict == {"awaiting_figures": 1}
    # A rollup writes its own date only: the nightly backfill keeps the judgement day.
    assert not Snapshot.objects.filter(object_id=first.id, as_of="2023-01-01").exists()


@pytest.mark.django_db
def test_the_nightly_backfill_judges_an_ended_plan_whose_judgement_day_was_missed():
    """Regression: only plans with a backdated change were backfilled, so an ended plan whose
    rollup missed the day after its end kept its last day's figures as its zone's."""
    plan = plan_with_tasks(
        ZoneFactory(slug="nightly"), code="nightly", start=2020, end=2022, tasks=1, percent=50,
        reported_on=datetime.date(2022, 12, 1),
    )  # fmt: skip
    plan_rollup(plan=plan, as_of=datetime.date(2022, 12, 31))
    backfill_histories.delay().get()
    zone = Snapshot.objects.get(scope=Scope.ZONE, object_id=plan.zone_id, as_of="2023-01-01")
    assert figures_of(zone).red_tasks == 1
    assert backfill_histories.delay().get() == 0  # judged: nothing left to do


@pytest.mark.django_db
def test_a_verdict_decided_after_the_end_is_the_ended_plans_on_its_judgement_day_and_zone():
    """Regression: the judgement-day snapshot, written before the grace for late statistics
    ended, kept "awaiting figures" after a later rollup decided the target missed (an ended
    plan's judgement day is how it stands now): the page and the zone's totals said
    "awaiting" beside the decision until someone rolled that day up again."""
    plan = ended_plan(slug="decided-later", code="dlt")
    target = plan.targets.get()
    Observation.objects.create(target=target, as_of=datetime.date(2021, 12, 31), value=1)
    end_day = datetime.date(2023, 1, 1)
    plan_rollup(plan=plan, as_of=end_day)
    assert figures_of(snapshot_of(plan, target, end_day)).verdict == "awaiting_figures"
    later = datetime.date(2024, 1, 31)
    plan_rollup(plan=plan, as_of=later)  # the grace is over: decided, nothing else asked
    assert figures_of(snapshot_of(plan, target, end_day)).verdict == "missed"
    zone = Snapshot.objects.get(scope=Scope.ZONE, object_id=plan.zone_id, as_of=later)
    assert figures_of(zone).targets_by_verdict == {"missed": 1}


def ended_plans(count: int, prefix: str) -> list[Plan]:
    """Plans ended in 2022 and in 2023 (two judgement days), each in its own zone."""
    return [
        plan_with_tasks(
            ZoneFactory(slug=f"{prefix}-{i}"), code=f"{prefix}{i}", start=2020, end=2022 + i % 2,
            tasks=2, percent=30 + i, reported_on=datetime.date(2021, 6, 1),
        )
        for i in range(count)
    ]  # fmt: skip


@pytest.mark.django_db
def test_ended_plans_judged_for_their_zones_are_judged_together():
    """Regression: each ended plan missing its judgement day was judged by a dry rollup of its
    own, five queries more per plan (at the benchmark's 100×, most of a full rollup's 2,000
    queries): now the plans judged on one day are judged at once, and their zones' totals are
    the same as each plan's rollup alone gives them."""
    day = datetime.date(2024, 6, 30)
    queries = {}
    for count, prefix in [(2, "few"), (6, "many")]:
        plans = list(
            Plan.objects.filter(pk__in=[p.pk for p in ended_plans(count, prefix)])
            .select_related("zone")
            .order_by("pk")
        )
        with CaptureQueriesContext(connection) as captured:
            together = plans_rollup(plans=plans, as_of=day, dry_run=True)
        queries[count] = len(captured)
        for plan, result in zip(plans, together, strict=True):
            (zone,) = result.of(Scope.ZONE)
            (alone,) = plan_rollup(plan=plan, as_of=day, dry_run=True).of(Scope.ZONE)
            assert zone.figures == alone.figures
            (row,) = figures_of(zone).plans
            assert (row.judged_on, row.ended) == (f"{plan.period_end + 1}-01-01", True)
    assert queries[6] == queries[2]

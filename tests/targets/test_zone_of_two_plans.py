"""A zone with two plans (a plan and its successor, ``follows``) as a leader reads it: each
number says which plan it is of, or that it is the zone's total, and agrees with the others
that are of the same thing (issue 16)."""

import datetime
import re

import pytest
from django.urls import reverse

from tests.targets.test_briefings import docx_text
from tests.world import successor_plan

D = datetime.date

JUNE = {"as_of": "2026-06-30", "since": "2026-06-01"}


def text_of(html: str) -> str:
    html = re.sub(r"<script.*?</script>", "", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def part(page: str, start: str, end: str = "</table>") -> str:
    return page[page.index(start) :].split(end, 1)[0]


@pytest.fixture
def two_plans(world):
    return successor_plan(world)


@pytest.mark.django_db
def test_the_overview_row_of_changes_compares_the_zone_its_card_totals(two_plans, login):
    """Regression: the card of the zone totals both plans (36.7%) while its row of changes
    compared the first plan by code alone (ended: 30.0% → 30.0%, no red light moved)."""
    client = login(two_plans.users["leadership_all"])
    page = client.get(reverse("dashboard"), JUNE)
    [row] = [r for r in page.context["rows"] if r["zone"] == two_plans.zone]
    [change] = [c for c in page.context["zone_changes"] if c.zone == two_plans.zone]
    assert row["figures"].progress == 36.7 and row["figures"].completed == 0
    # the zone as of 31 May: the first plan as judged (30%) and the successor's two at 20%
    assert change.progress == (23.3, 36.7) and change.completed == (0, 0)
    assert (change.new_red, change.cleared_red) == (0, 1)  # the successor's 一.1 went off
    table = part(page.content.decode(), "各试验区的变化")
    assert "全区合计（2 个规划）" in table
    assert "plan=" not in table and "#h-zone-plans" in table  # to the zone's total, not a plan


@pytest.mark.django_db
def test_the_zone_total_shows_what_changed_since_the_date_as_the_overview_row(two_plans, login):
    client = login(two_plans.users["leadership_all"])
    page = client.get(reverse("dashboard-zone", args=[two_plans.zone.slug]), JUNE)
    total = text_of(part(page.content.decode(), 'class="grid zone-total"'))
    assert "23.3% → 36.7%" in total  # the overview's row of changes, for the zone as a whole
    assert "20.0% → 40.0%" in total  # the successor; the first plan, ended, did not move
    assert "30.0% → 30.0%" in total


@pytest.mark.django_db
def test_the_zone_page_says_which_plan_its_figures_and_changes_are_of(two_plans, login):
    """Regression: below the zone's total (36.7%) the plan's figures (40.0%) and its changes
    stood under no name: a reader took them for the zone's."""
    client = login(two_plans.users["leadership_all"])
    url = reverse("dashboard-zone", args=[two_plans.zone.slug])
    page = client.get(url, JUNE)
    assert page.context["plan"] == two_plans.successor
    assert [m.id for m in page.context["changes"].tasks] == [
        t.id for t in two_plans.successor_tasks
    ]
    text = text_of(page.content.decode())
    assert "本规划（后续行动方案）的进展" in text
    assert "后续行动方案：自 2026-06-01 以来的变化" in text
    first = text_of(client.get(url, {**JUNE, "plan": two_plans.plan.code}).content.decode())
    assert f"本规划（{two_plans.plan.title}）的进展" in first
    assert f"{two_plans.plan.title}：自 2026-06-01 以来的变化" in first
    agency = client.get(reverse("dashboard-agency", args=[two_plans.agencies["lead"].pk]), JUNE)
    assert "后续行动方案：自 2026-06-01 以来的变化" in text_of(agency.content.decode())
    # a zone of one plan: no name needed
    alone = text_of(client.get(reverse("dashboard-zone", args=["zone-b"]), JUNE).content.decode())
    assert "本规划（" not in alone


@pytest.mark.django_db
def test_a_briefings_file_is_named_for_and_kept_with_the_plan_it_briefs_on(two_plans, login):
    """Regression: the briefing's file was named for, and kept until the next rollup of, the
    zone's first plan by code while it briefs on the plan in force (the successor): its name
    said the other plan, and a rollup of the successor left the old file served."""
    from targets.rollup import plan_rollup
    from targets.watermarks import plan_rollup_current
    from tasks.models import Task
    from tasks.services import status_update_record

    client = login(two_plans.users["leadership_all"])
    url = reverse("briefing-docx", args=[two_plans.zone.slug])
    first = client.get(url, {"period": "2026-06"})
    assert (
        first["Content-Disposition"]
        == 'attachment; filename="zz-next-briefing-2026-06-zh-hans.docx"'
    )
    assert "\n40%\n" in docx_text(first.content)
    task = Task.objects.get(pk=two_plans.successor_tasks[0].pk)
    status_update_record(
        task=task, status="in_progress", percent=100 - 20, reported_on=D(2026, 6, 20)
    )
    plan_rollup(plan=two_plans.successor, as_of=D(2026, 6, 30))
    plan_rollup_current(plan_id=two_plans.successor.id)  # as the job after a save: its watermark
    again = docx_text(client.get(url, {"period": "2026-06"}).content)
    assert "\n50%\n" in again and "\n40%\n" not in again  # (80 + 20) / 2, built anew


@pytest.mark.django_db
def test_a_briefing_names_its_plan_and_gives_the_zones_total_as_the_pages(two_plans, login):
    """Regression: a briefing of a zone with two plans gave the successor's figures (40.0%) as
    the zone's 主要数据, where the overview's card of the zone shows 36.7% (both plans)."""
    client = login(two_plans.users["leadership_all"])
    page = text_of(client.get(reverse("briefing", args=[two_plans.zone.slug]),
                              {"period": "2026-06"}).content.decode())  # fmt: skip
    # the zone's total and what it was at the period's start, as the overview's row of changes
    total = (
        "全区合计（2 个规划，已结束的规划按期末计）："
        "任务平均进度 23.3% → 36.7%，已完成任务 0 → 0 / 3"
    )
    assert "本规划（后续行动方案）主要数据" in page and total in page
    assert "本规划本期变化" in page
    document = docx_text(
        client.get(
            reverse("briefing-docx", args=[two_plans.zone.slug]), {"period": "2026-06"}
        ).content
    )
    assert "本规划（后续行动方案）主要数据" in document and total in document
    assert "本规划本期变化" in document


@pytest.mark.django_db
def test_a_plans_page_links_to_a_briefing_on_that_plan(two_plans, login):
    """Regression: the 简报 link beside the first plan's name opened the latest month's briefing,
    which is on the successor."""
    client = login(two_plans.users["leadership_all"])
    url = reverse("dashboard-zone", args=[two_plans.zone.slug])
    briefing = reverse("briefing", args=[two_plans.zone.slug])
    first = client.get(url, {**JUNE, "plan": two_plans.plan.code}).content.decode()
    assert f'href="{briefing}?period=2025-12"' in first  # its last month
    successor = client.get(url, JUNE).content.decode()
    assert f'href="{briefing}?period=2026-05"' in successor  # the last month ended by 30 June
    linked = client.get(briefing, {"period": "2025-12"})
    assert linked.context["briefing"].plan == two_plans.plan
    early = client.get(url, {"as_of": "2026-01-20"}).content.decode()
    assert f'href="{briefing}?period=2026-01"' in early  # not December, the first plan's


def tab_labels(page: str) -> list[str]:
    tabs = part(page, '<ul class="plan-tabs">', "</ul>")
    return [text_of(li).strip() for li in re.findall(r"<li>(.*?)</li>", tabs, flags=re.S)]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("period", "told"), [((2026, 2028), "2026–2028"), ((2020, 2025), "2020–2025 · zone-a-next")]
)
def test_two_plans_of_one_title_are_told_apart_on_the_zone_and_agency_pages(
    world, login, period, told
):
    """Regression: a zone's second plan under the first one's title (a draft of the same
    document loaded beside it, a revision) stood in the plan switch, and in the headings naming
    the plan shown, exactly as the first: the same title, and the same period too."""
    from tests.factories import PlanFactory

    twin = PlanFactory(
        zone=world.zone, code="zone-a-next", title=world.plan.title, title_en="Pilot zone plan",
        period_start=period[0], period_end=period[1], follows=world.plan,
    )  # fmt: skip
    world.plan.title_en = "Pilot zone plan"
    world.plan.save()
    client = login(world.users["leadership_all"])
    zone_url = reverse("dashboard-zone", args=[world.zone.slug])
    agency_url = reverse("dashboard-agency", args=[world.agencies["lead"].pk])
    for url in (zone_url, agency_url):
        labels = tab_labels(client.get(url, {"plan": twin.code}).content.decode())
        assert len(labels) == 2 and labels[0] != labels[1], labels
        assert labels[1].startswith(f"{twin.title} {told}"), labels
    page = text_of(client.get(zone_url, {"plan": twin.code}).content.decode())
    assert f"本规划（{twin.title} · {told}）的进展" in page
    assert f"{twin.title} · {told}：自 " in page
    client.cookies["django_language"] = "en"
    page = text_of(client.get(zone_url, {"plan": twin.code}).content.decode())
    assert f"Pilot zone plan · {told}" in page


@pytest.mark.django_db
def test_plans_of_their_own_titles_keep_their_names_alone(two_plans, login):
    client = login(two_plans.users["leadership_all"])
    page = client.get(reverse("dashboard-zone", args=[two_plans.zone.slug]), JUNE)
    assert "本规划（后续行动方案）的进展" in text_of(page.content.decode())


@pytest.mark.django_db
def test_a_plans_chart_downloads_are_named_after_the_plan(two_plans, login):
    """Regression: every plan's page downloaded its charts as sections.csv, verdicts.png …:
    two files of a zone's two plans had the same name and neither said which plan it was of."""
    client = login(two_plans.users["leadership_all"])
    url = reverse("dashboard-zone", args=[two_plans.zone.slug])
    successor = client.get(url, JUNE).content.decode()
    first = client.get(url, {**JUNE, "plan": two_plans.plan.code}).content.decode()
    for page, code in ((successor, "zz-next"), (first, two_plans.plan.code)):
        for chart in ("verdicts", "sections", "agencies"):
            assert (
                f'id="{chart}" data-figure="{chart}-figure" data-filename="{code}-{chart}"' in page
            )
            assert f'data-filename="{code}-{chart}.csv"' in page
    agency = client.get(reverse("dashboard-agency", args=[two_plans.agencies["lead"].pk]), JUNE)
    assert 'data-filename="zz-next-ranking.csv"' in agency.content.decode()


@pytest.mark.django_db
def test_the_kind_comparison_says_which_plan_each_of_a_zones_targets_is_of(two_plans, login):
    """Regression: a zone's two plans each with a target of the kind compared were two bars
    and rows both called "甲市 · 人工智能企业": which was the ended plan's was not said."""
    from targets.models import Target

    Target.objects.filter(plan__zone=two_plans.zone).update(kind="ai_enterprises")
    client = login(two_plans.users["leadership_all"])
    page = client.get(reverse("dashboard"), {**JUNE, "kind": "ai_enterprises"})
    chart = page.context["compare"]["chart"]
    zones = [row[0] for row in chart.rows]
    assert zones == ["甲市（2020–2025）", "甲市（2026–2028）"]
    labels = chart.figure["data"][0]["y"]
    assert len(set(labels)) == 2 and all("甲市（20" in label for label in labels)


@pytest.mark.django_db
def test_the_overview_card_of_a_zone_of_two_plans_says_it_totals_both(two_plans, login):
    """Regression: the card gave 36.7% under the zone's name alone; its zone page opens on the
    successor (40.0%): nothing said the card was the total of two plans."""
    client = login(two_plans.users["leadership_all"])
    page = client.get(reverse("dashboard"), JUNE).content.decode()
    rows = part(page, 'class="grid overview"')
    zone_a = text_of(rows.split("<tr>")[2])
    assert "甲市" in zone_a and "全区合计（2 个规划）" in zone_a and "36.7%" in zone_a
    assert "个规划" not in text_of(rows.split("<tr>")[3])  # a zone of one plan


@pytest.mark.django_db
def test_an_agencys_page_in_a_zone_of_two_plans_says_which_plan_its_score_is_of(two_plans, login):
    """Regression: the agency's score, its tasks and the zone's ranking are the plan's (the tab
    chosen), under no name of it."""
    client = login(two_plans.users["leadership_all"])
    url = reverse("dashboard-agency", args=[two_plans.agencies["lead"].pk])
    assert "本规划（后续行动方案）的进展" in text_of(client.get(url, JUNE).content.decode())
    first = client.get(url, {**JUNE, "plan": two_plans.plan.code}).content.decode()
    assert f"本规划（{two_plans.plan.title}）的进展" in text_of(first)


@pytest.mark.django_db
def test_a_plans_final_evaluation_leads_back_to_that_plans_page(two_plans, login):
    """Regression: the first plan's evaluation led back to the zone page, which opens on the
    successor."""
    client = login(two_plans.users["leadership_all"])
    page = client.get(reverse("evaluation", args=[two_plans.plan.code])).content.decode()
    zone = reverse("dashboard-zone", args=[two_plans.zone.slug])
    assert f'href="{zone}?plan={two_plans.plan.code}"' in page


@pytest.mark.django_db
def test_the_zone_total_gives_the_red_lights_and_silent_tasks_the_overview_card_gives(
    two_plans, login
):
    """Regression: the overview's card of the zone gave 2 red tasks and 1 / 3 tasks silent (both
    plans); its zone page gave the shown plan's 1 red task and no total of them anywhere."""
    client = login(two_plans.users["leadership_all"])
    overview = client.get(reverse("dashboard"), JUNE)
    [card] = [r["figures"] for r in overview.context["rows"] if r["zone"] == two_plans.zone]
    page = client.get(reverse("dashboard-zone", args=[two_plans.zone.slug]), JUNE)
    rows = {row.code: row for row, _before, _plan in page.context["zone_since"]["plans"]}
    assert [(r.red_tasks, r.red_targets, r.stale) for r in rows.values()] == [(1, 0, 1), (1, 0, 0)]
    table = part(page.content.decode(), 'class="grid zone-total"')
    total = text_of(table.split("<tfoot>", 1)[1])
    assert (card.red_tasks, card.red_targets, card.stale, card.tasks) == (2, 0, 1, 3)
    # progress, completed, targets, then red tasks, red targets and silent tasks as the card
    assert "全区合计 23.3% → 36.7% 0 → 0 / 3 2 2 0 1 / 3" in total


@pytest.mark.django_db
def test_the_zone_totals_rows_name_their_plans_as_the_plan_switch(two_plans, login):
    """Regression: the rows of the zone's total were headed by the plans' codes (plan-0,
    zz-next), which the page names nowhere else, under a switch naming them by title."""
    client = login(two_plans.users["leadership_all"])
    page = client.get(reverse("dashboard-zone", args=[two_plans.zone.slug]), JUNE)
    body = part(page.content.decode(), 'class="grid zone-total"').split("<tbody>", 1)[1]
    heads = [text_of(h).strip() for h in re.findall(r'<th scope="row">(.*?)</th>', body)]
    assert heads[:2] == [f"{two_plans.plan.title} 2020–2025", "后续行动方案 2026–2028"]


@pytest.mark.django_db
def test_the_overview_row_of_changes_counts_the_plans_its_card_counts(two_plans, login):
    """Regression: a third plan, not started and rolled up ahead of its period (a plan row, no
    part of the zone's total), made the row of changes say 3 plans beside a card of 2."""
    from targets.rollup import plan_rollup
    from tests.factories import PlanFactory

    later = PlanFactory(zone=two_plans.zone, code="zzz-later", period_start=2029, period_end=2030)
    plan_rollup(plan=later, as_of=D(2026, 6, 30))
    plan_rollup(plan=two_plans.successor, as_of=D(2026, 6, 30))
    client = login(two_plans.users["leadership_all"])
    page = client.get(reverse("dashboard"), JUNE)
    [row] = [r for r in page.context["rows"] if r["zone"] == two_plans.zone]
    [change] = [c for c in page.context["zone_changes"] if c.zone == two_plans.zone]
    assert len(row["figures"].plans) == 2 and change.plans == 2


@pytest.mark.django_db
def test_two_plans_rolled_up_on_one_date_each_keep_their_agencies_figures(two_plans, login):
    """Regression: an agency's row of a date was one per agency, not per plan: the first plan
    rolled up on its judgement day and the successor on the same day, the successor's agency
    rows replaced the first plan's, and its final evaluation listed no agencies (Qijiang)."""
    from targets.models import Snapshot
    from targets.rollup import plan_rollup
    from targets.snapshots import snapshots_on

    AGENCY = Snapshot.Scope.AGENCY
    plan, successor, lead = two_plans.plan, two_plans.successor, two_plans.agencies["lead"]
    judged = D(plan.period_end + 1, 1, 1)
    plan_rollup(plan=plan, as_of=judged)
    plan_rollup(plan=successor, as_of=judged)

    def agency_rows():
        return {
            shown.pk: [
                s.plan_id
                for s in snapshots_on(plan_id=shown.pk, day=judged, scopes=[AGENCY])
                if s.object_id == lead.pk
            ]
            for shown in (plan, successor)
        }

    assert agency_rows() == {plan.pk: [plan.pk], successor.pk: [successor.pk]}
    stored = Snapshot.objects.count()
    client = login(two_plans.users["leadership_all"])
    evaluation = client.get(reverse("evaluation", args=[plan.code])).content.decode()
    assert lead.name in text_of(part(evaluation, 'id="agencies"'))
    url = reverse("dashboard-agency", args=[lead.pk])
    for shown in (plan, successor):
        page = client.get(url, {"as_of": judged.isoformat(), "plan": shown.code})
        assert page.context["figures"].lead is not None
        assert f"本规划（{shown.title}）的进展" in text_of(page.content.decode())
    # the pages read the rows stored: neither had to roll its plan up again over the other's
    assert agency_rows() == {plan.pk: [plan.pk], successor.pk: [successor.pk]}
    assert Snapshot.objects.count() == stored


@pytest.mark.django_db
def test_a_briefing_tells_apart_two_plans_of_one_title(two_plans, login):
    """Regression: the briefing's heading of the plan's figures named the plan by its title
    alone where the zone's other plan has the same title, as the zone page no longer does."""
    two_plans.successor.title = two_plans.plan.title
    two_plans.successor.save()
    client = login(two_plans.users["leadership_all"])
    url = reverse("briefing", args=[two_plans.zone.slug])
    heading = f"本规划（{two_plans.plan.title} · 2026–2028）主要数据"
    assert heading in text_of(client.get(url, {"period": "2026-06"}).content.decode())
    document = docx_text(client.get(reverse("briefing-docx", args=[two_plans.zone.slug]),
                                    {"period": "2026-06"}).content)  # fmt: skip
    assert heading in document

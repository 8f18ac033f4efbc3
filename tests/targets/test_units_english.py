"""Figures in 万 and 亿 read in English at their own size ("13.12 亿元" → "1.312 billion yuan",
"45.6 万人" → "456,000 people") on every page, chart and document that shows them with their
unit; Chinese pages keep the plan's unit as printed (targets/units.py)."""

import datetime

import pytest
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils import translation

from targets.dashboards.charts import trajectory_chart
from targets.models import Observation, Snapshot
from targets.rollup import plan_rollup

AS_OF = datetime.date(2023, 6, 30)


@pytest.mark.parametrize(
    ("value", "unit", "english"),
    [
        (13.12, "亿元", "1.312 billion yuan"),
        (50, "亿元", "5 billion yuan"),
        (0.5, "亿元", "50 million yuan"),
        (500, "万元", "5 million yuan"),
        (45.6, "万人", "456,000 people"),
        (150, "万人", "1.5 million people"),
        (45.6, "万", "456,000"),
        (2, "项", "2 items"),
        (None, "亿元", "—"),
    ],
)
def test_a_figure_in_wan_or_yi_reads_at_its_own_size_in_english(value, unit, english):
    from targets.units import amount_text

    with translation.override("en"):
        assert amount_text(value, unit) == english
    with translation.override("zh-hans"):
        chinese = "—" if value is None else f"{floatformat(value, '-2')} {unit}"
        assert amount_text(value, unit) == chinese


@pytest.fixture
def in_yi(world):
    """A target of ≥50 亿元 with 13.12 亿元 reported, rolled up."""
    target = world.target
    target.unit, target.value, target.metric = "亿元", 50, "人工智能产业规模"
    target.metric_en = "AI industry output"
    target.save()
    Observation.objects.create(target=target, as_of=datetime.date(2022, 12, 31), value="13.12")
    plan_rollup(plan=world.plan, as_of=AS_OF)
    return target


@pytest.mark.django_db
def test_the_zone_page_reads_yi_yuan_in_billions_in_english_and_as_printed_in_chinese(
    world, in_yi, login, settings
):
    client = login(world.users["leadership"])
    url = reverse("dashboard-zone", args=[world.zone.slug])
    zone = client.get(url).content.decode()
    card = zone[zone.index('<article class="target-card') :]
    card = card[: card.index("</article>")]
    assert "13.12" in card and "≥50 亿元" in card
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    zone = client.get(url).content.decode()
    card = zone[zone.index('<article class="target-card') :]
    card = card[: card.index("</article>")]
    assert "1.312 billion" in card and "≥5 billion yuan" in card, card
    assert "hundred million" not in zone and "13.12" not in card


@pytest.mark.django_db
def test_the_trajectory_chart_plots_and_hovers_billions_in_english(in_yi):
    snapshot = Snapshot.objects.get(scope="target", object_id=in_yi.id, as_of=AS_OF)
    with translation.override("en"):
        chart = trajectory_chart(snapshot)
    assert "billion yuan" in chart.title and "hundred million" not in chart.title
    traces = chart.figure["data"]
    actual = next(t for t in traces if t["y"] and t["mode"] == "lines+markers")
    assert actual["y"] == [1.312] and "billion yuan" in actual["hovertemplate"]
    assert chart.rows == [["2022-12-31", 1.312]] and "billion yuan" in chart.columns[1]
    with translation.override("zh-hans"):
        chart = trajectory_chart(snapshot)
    actual = next(t for t in chart.figure["data"] if t["mode"] == "lines+markers")
    assert actual["y"] == [13.12] and "亿元" in chart.title


@pytest.mark.django_db
def test_the_owners_page_and_the_evaluation_read_billions_in_english(world, in_yi, login, settings):
    client = login(world.users["lead_staff"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = client.get(reverse("my-targets")).content.decode()
    assert "1.312 billion yuan" in page and "hundred million" not in page
    client = login(world.users["leadership"])
    page = client.get(reverse("evaluation", args=[world.plan.code])).content.decode()
    assert "≥5 billion yuan" in page and "hundred million" not in page


@pytest.mark.django_db
def test_a_corrected_figure_on_the_card_reads_in_billions_in_english(world, in_yi, login, settings):
    from targets.services import observation_record

    observation_record(
        target=in_yi, as_of=datetime.date(2022, 12, 31), value="14", reason="统计部门修订",
    )  # fmt: skip
    plan_rollup(plan=world.plan, as_of=AS_OF)
    client = login(world.users["leadership"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    zone = client.get(reverse("dashboard-zone", args=[world.zone.slug])).content.decode()
    card = zone[zone.index('<article class="target-card') :]
    card = card[: card.index("</article>")]
    assert "<del>1.312 billion</del> → <ins>1.4 billion</ins>" in card, card
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    zone = client.get(reverse("dashboard-zone", args=[world.zone.slug])).content.decode()
    card = zone[zone.index('<article class="target-card') :]
    assert "<del>13.1200</del> → <ins>14</ins>" in card[: card.index("</article>")]  # unchanged

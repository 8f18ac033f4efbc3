"""The all-zones dashboard says when a zone's plan has ended and links its final evaluation."""

import html

import pytest
from django.core.management import call_command
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("language", "says"), [("zh-hans", "规划已于 2025-12-31 期满"),
                                                 ("en", "Plan ended 2025-12-31")])  # fmt: skip
def test_an_ended_plan_links_its_final_evaluation(all_plans, client, language, says):
    call_command("rollup", "--plan", "qijiang-ai", "--as-of", "2026-01-01", verbosity=0)
    client.force_login(UserFactory(is_superuser=True))
    client.cookies["django_language"] = language
    page = client.get(reverse("dashboard"), {"as_of": "2026-01-01"}).content.decode()
    assert says in page
    assert reverse("evaluation", args=["qijiang-ai"]) in page
    before = client.get(reverse("dashboard"), {"as_of": "2025-06-30"}).content.decode()
    assert reverse("evaluation", args=["qijiang-ai"]) not in before


@pytest.mark.parametrize(
    ("language", "says"),
    [("zh-hans", "至规划期末（2025-12-31）· 按期末评判"),
     ("en", "At the plan end (2025-12-31) · judged at its end")],
)  # fmt: skip
def test_an_ended_zones_figures_date_is_its_plan_end_not_today(all_plans, client, language, says):
    """Its figures are of the plan's end whatever the day asked: not a date that moves on."""
    call_command("rollup", "--plan", "qijiang-ai", "--as-of", "2026-03-01", verbosity=0)
    client.force_login(UserFactory(is_superuser=True))
    client.cookies["django_language"] = language
    page = client.get(reverse("dashboard"), {"as_of": "2026-03-01"}).content.decode()
    row = page[page.index(reverse("dashboard-zone", args=["qijiang"])) :]
    row = row[: row.index("</tr>")]
    figures_date = html.unescape(row[row.rindex("<td data-label=") :])  # the last cell
    assert says in figures_date
    assert "2026-03-01" not in figures_date and "2026-01-01" not in figures_date

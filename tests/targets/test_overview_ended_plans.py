"""The all-zones dashboard says when a zone's plan has ended and links its final evaluation."""

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

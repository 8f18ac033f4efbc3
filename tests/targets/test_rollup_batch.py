"""The rollup of many plans at once gives every plan exactly the snapshots of its rollup alone:
on the five shipped plans with the demo's whole story (updates, figures, milestones, verdicts
decided, districts contributing to their city), on dates across their life."""

import datetime

import pytest
from django.contrib.auth import get_user_model

from pilots.demo import DEMO_TODAY, demo_accounts_ensure
from pilots.models import Plan
from targets.demo import demo_data_create
from targets.rollup import plan_rollup
from targets.rollup.plan import plans_rollup

DATES = [datetime.date(2024, 3, 31), datetime.date(2025, 8, 15), DEMO_TODAY]


def comparable(result) -> list[tuple]:
    return [(s.scope, s.object_id, s.plan_id, s.zone_id, s.as_of, s.light, s.figures)
            for s in result.snapshots]  # fmt: skip


@pytest.fixture
def demo(all_plans):
    demo_accounts_ensure()
    demo_data_create(admin=get_user_model().objects.get(username="admin"), history=False)
    return list(Plan.objects.select_related("zone").order_by("code"))


@pytest.mark.django_db
def test_all_plans_at_once_equal_each_plan_alone(demo):
    for as_of in DATES:
        assert_same(demo, as_of)


def assert_same(demo, as_of):
    alone = {plan.id: comparable(plan_rollup(plan=plan, as_of=as_of, dry_run=True))
             for plan in demo}  # fmt: skip
    together = {r.plan.id: comparable(r) for r in plans_rollup(plans=demo, as_of=as_of,
                                                                dry_run=True)}  # fmt: skip
    assert together == alone
    assert sum(len(rows) for rows in alone.values()) > 300

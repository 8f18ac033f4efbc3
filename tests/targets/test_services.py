"""The targets app's services, called directly: a target's figure (a correction of the same
date replaces it and keeps the earlier value) and its owner, each owing the plan a rollup."""

import datetime

import pytest

from pilots.models import Plan
from targets.models import Observation
from targets.services import observation_record, target_owner_set
from tests.factories import AgencyFactory, TargetFactory

pytestmark = pytest.mark.django_db
YEAR_END = datetime.date(2022, 12, 31)


def plan_of(target) -> Plan:
    return Plan.objects.get(pk=target.plan_id)


def test_a_figure_is_recorded_and_a_correction_of_the_same_date_replaces_it():
    target = TargetFactory()
    before = plan_of(target).change_seq
    observation_record(target=target, as_of=YEAR_END, value=30, source="统计年报")
    corrected = observation_record(
        target=target, as_of=YEAR_END, value=32, note="更正", reason="年报修订"
    )
    assert Observation.objects.get() == corrected
    assert (corrected.value, corrected.note, corrected.source) == (32, "更正", "")
    assert corrected.corrections.get().previous_value == 30
    plan = plan_of(target)
    assert plan.change_seq == before + 2 and plan.changes_from == YEAR_END


def test_a_zone_admin_names_the_owner_and_the_plan_owes_a_rollup():
    target = TargetFactory()
    owner = AgencyFactory(zone=target.plan.zone)
    before = plan_of(target).change_seq
    target_owner_set(target=target, owner=owner)
    target.refresh_from_db()
    assert target.owner == owner and plan_of(target).change_seq == before + 1

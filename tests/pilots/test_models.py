import pytest
from django.db import IntegrityError, transaction

from pilots.models import Membership
from tests.factories import AgencyFactory, PlanFactory, UserFactory, ZoneFactory

pytestmark = pytest.mark.django_db


def refused(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


def test_plan_period_must_run_forward():
    refused(lambda: PlanFactory(period_start=2025, period_end=2020))
    refused(lambda: PlanFactory(period_start=1990, period_end=2020))


def test_membership_scope_must_match_role():
    user = UserFactory()
    zone = ZoneFactory()
    refused(lambda: Membership.objects.create(user=user, role=Membership.Role.STAFF))
    refused(lambda: Membership.objects.create(user=user, role=Membership.Role.ZONE_ADMIN))
    staff = Membership.objects.create(
        user=user, role=Membership.Role.STAFF, agency=AgencyFactory(zone=zone)
    )
    assert staff.zone == zone  # filled in from the agency
    Membership.objects.create(user=user, role=Membership.Role.LEADERSHIP)
    refused(lambda: Membership.objects.create(user=user, role=Membership.Role.LEADERSHIP))

"""The pilots app's services, called directly: agencies and memberships a zone admin manages,
and the accounts the demo and tests set up."""

import pytest
from django.core.exceptions import ValidationError

from pilots.models import Agency, Membership
from pilots.services import (
    account_outside_zone,
    agency_create,
    membership_add,
    membership_remove,
    user_with_membership_ensure,
)
from tests.factories import AgencyFactory, MembershipFactory, UserFactory, ZoneFactory

pytestmark = pytest.mark.django_db


def test_agencies_are_numbered_within_the_zone_and_names_are_unique():
    zone = ZoneFactory()
    first = agency_create(zone=zone, name="区科学技术局", aliases=["区科技局"], category="other")
    second = agency_create(zone=zone, name="区教育委员会", aliases=[], category="education")
    assert (first.code, second.code) == ("agency-1", "agency-2")
    with pytest.raises(ValidationError, match="同名单位"):
        agency_create(zone=zone, name="区科学技术局", aliases=[], category="other")
    assert Agency.objects.filter(zone=zone).count() == 2


def test_a_new_person_joins_an_agency_with_a_usable_password():
    agency = AgencyFactory()
    membership = membership_add(
        agency=agency, username="clerk", role=Membership.Role.STAFF, full_name="王小明",
        password="Str0ng-pass-2026",
    )  # fmt: skip
    assert membership.zone == agency.zone and membership.user.first_name == "王小明"
    assert membership.user.check_password("Str0ng-pass-2026")
    membership_remove(membership=membership)
    assert not Membership.objects.exists()


def test_an_account_of_another_zone_is_refused_and_left_as_it_was():
    elsewhere = MembershipFactory(user=UserFactory(username="busy", first_name="李"))
    agency = AgencyFactory()
    assert account_outside_zone(user=elsewhere.user, zone=agency.zone)
    with pytest.raises(ValidationError) as refused:
        membership_add(agency=agency, username="busy", role="staff", full_name="改名")
    assert refused.value.code == "account_elsewhere"
    elsewhere.user.refresh_from_db()
    assert elsewhere.user.first_name == "李" and elsewhere.user.memberships.count() == 1


def test_an_admin_account_is_never_a_zones_to_manage():
    root = UserFactory(username="root", is_superuser=True, is_staff=True)
    assert "系统管理员" in account_outside_zone(user=root, zone=ZoneFactory())


def test_ensuring_an_account_twice_resets_it_and_keeps_one_membership():
    zone = ZoneFactory()
    for password in ("first-pass-2026", "second-pass-2026"):
        user = user_with_membership_ensure(
            username="qj-admin", password=password, role=Membership.Role.ZONE_ADMIN, zone=zone
        )
    assert user.check_password("second-pass-2026")
    assert Membership.objects.filter(user=user).count() == 1

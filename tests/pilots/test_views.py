"""The zone-admin pages: agencies, members, and the tabs of the apps above."""

from django.urls import reverse

from pilots.models import Agency, Membership
from targets.models import Target
from tests.factories import TaskFactory


def test_zone_admin_assigns_agencies_and_manages_members(world, login):
    unassigned = TaskFactory(section__plan=world.plan, title="尚未分配的任务")
    admin = login(world.users["zone_admin"])
    page = admin.get(reverse("zone-admin-tasks", args=[world.zone.slug])).content.decode()
    assert "尚未分配的任务" in page
    admin.post(
        reverse("agency-create", args=[world.zone.slug]),
        {"name": "甲市大数据发展局", "aliases": "市大数据局、大数据局", "category": "big_data"},
    )
    agency = Agency.objects.get(name="甲市大数据发展局")
    assert agency.aliases == ["市大数据局", "大数据局"] and not agency.from_fixture
    admin.post(
        reverse("assignment-add", args=[unassigned.pk]), {"agency": agency.pk, "role": "lead"}
    )
    assert unassigned.assignments.get().agency == agency
    admin.post(
        reverse("membership-add", args=[world.zone.slug]),
        {"username": "new-clerk", "full_name": "王小明", "password": "Str0ng-pass-2026",
         "agency": agency.pk, "role": "staff"},
    )  # fmt: skip
    assert Membership.objects.filter(user__username="new-clerk", agency=agency).exists()
    admin.post(
        reverse("target-owner", args=[world.zone.slug]),
        {"target": world.target.pk, "owner": agency.pk},
    )
    assert Target.objects.get(pk=world.target.pk).owner == agency
    # An agency of another zone cannot be assigned.
    response = admin.post(
        reverse("assignment-add", args=[unassigned.pk]),
        {"agency": world.agencies["elsewhere"].pk, "role": "lead"},
    )
    assert response.status_code == 400
    # Another zone's admin is refused.
    other = login(world.users["other_zone_admin"])
    assert other.get(reverse("zone-admin", args=[world.zone.slug])).status_code == 403

"""Factories of the pilots app's models (and users)."""

import factory
from django.contrib.auth import get_user_model

from pilots.models import Agency, Membership, PilotZone, Plan


class ZoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PilotZone
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"zone-{n}")
    name = factory.Sequence(lambda n: f"试验区{n}")
    level = PilotZone.Level.CITY


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan

    zone = factory.SubFactory(ZoneFactory)
    code = factory.Sequence(lambda n: f"plan-{n}")
    title = factory.Sequence(lambda n: f"实施方案{n}")
    period_start = 2020
    period_end = 2025


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency

    zone = factory.SubFactory(ZoneFactory)
    code = factory.Sequence(lambda n: f"agency-{n}")
    name = factory.Sequence(lambda n: f"市第{n}局")
    category = Agency.Category.OTHER


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("pw-for-tests-only")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    role = Membership.Role.STAFF
    agency = factory.SubFactory(AgencyFactory)

import datetime

import pytest
from django.db import IntegrityError, transaction

from tests.factories import ObservationFactory, TargetFactory

pytestmark = pytest.mark.django_db


def refused(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


def test_range_target_needs_an_upper_bound_above_its_value():
    refused(lambda: TargetFactory(comparator="range", value=5, value_max=None))
    refused(lambda: TargetFactory(comparator="range", value=5, value_max=5))
    TargetFactory(comparator="range", value=5, value_max=8)


def test_only_range_targets_have_an_upper_bound():
    refused(lambda: TargetFactory(comparator="gte", value=5, value_max=8))


def test_deadline_year_is_plausible():
    refused(lambda: TargetFactory(deadline_year=1999))


def test_observations_are_not_negative_and_one_per_date():
    target = TargetFactory()
    refused(lambda: ObservationFactory(target=target, value=-1, as_of=datetime.date(2021, 12, 31)))
    ObservationFactory(target=target, value=3, as_of=datetime.date(2021, 12, 31))
    refused(lambda: ObservationFactory(target=target, value=4, as_of=datetime.date(2021, 12, 31)))

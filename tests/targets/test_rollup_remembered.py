"""A target's verdict and figures are taken as computed before when nothing they are computed
from changed (targets/rollup/target_assessments.py, ``_Remembered``): whatever does change, the
target's row reads as a rollup that remembers nothing computes it."""

import datetime

import pytest

from pilots.models import Agency
from targets.models import Target
from targets.rollup import plan_rollup
from targets.rollup.target_assessments import _remembered
from targets.services import observation_record
from tests.factories import AgencyFactory, ObservationFactory, TargetFactory, UserFactory

pytestmark = pytest.mark.django_db
AS_OF = datetime.date(2023, 6, 30)


def target_row(target: Target, as_of=AS_OF) -> tuple:
    (row,) = plan_rollup(plan=target.plan, as_of=as_of, dry_run=True).of("target")
    return row.light, row.figures


def fresh_row(target: Target, as_of=AS_OF) -> tuple:
    _remembered.clear()
    return target_row(target, as_of)


@pytest.fixture
def target():
    owner = AgencyFactory(name="市科技局", aliases=[])
    target = TargetFactory(value=100, deadline_year=2025, owner=owner, goal__plan__zone=owner.zone,
                           goal__plan__period_start=2021, goal__plan__period_end=2025)  # fmt: skip
    for year, value in ((2021, 20), (2022, 35)):
        ObservationFactory(target=target, as_of=datetime.date(year, 12, 31), value=value)
    return target


def test_a_target_rolled_up_again_unchanged_reads_as_before(target):
    first = fresh_row(target)
    assert target_row(target) == first  # remembered
    assert target_row(target) == fresh_row(target)


@pytest.mark.parametrize(
    "change",
    [
        "a new figure",
        "a corrected figure",
        "its goal",
        "its owner's name",
        "its owner",
        "another date",
    ],
)
def test_a_target_whose_inputs_changed_is_judged_again(target, change):
    before = target_row(target)
    assert target_row(target) == before  # now remembered
    as_of = AS_OF
    if change == "a new figure":
        ObservationFactory(target=target, as_of=datetime.date(2023, 3, 31), value=90)
    elif change == "a corrected figure":
        observation_record(
            target=target, as_of=datetime.date(2022, 12, 31), value=60,
            reporter=UserFactory(first_name="张三"), reason="统计口径更正",
        )  # fmt: skip
    elif change == "its goal":
        Target.objects.filter(pk=target.pk).update(value=50)
    elif change == "its owner's name":
        Agency.objects.filter(pk=target.owner_id).update(name="市科学技术局")
    elif change == "its owner":
        Target.objects.filter(pk=target.pk).update(owner=AgencyFactory(zone=target.plan.zone))
    else:
        as_of = datetime.date(2026, 2, 1)  # past its deadline
    remembered = target_row(target, as_of)
    assert remembered != before
    assert remembered == fresh_row(target, as_of)

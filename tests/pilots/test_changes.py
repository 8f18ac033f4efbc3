"""The durable record that a plan's rollup is owed: one counter bump per change, in the
change's own transaction; listeners hear of it only after commit."""

import datetime
import logging

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction

from pilots.changes import on_plan_changed, plan_changed, plan_changes_batched, plan_changes_settled
from pilots.models import Plan
from targets.services import observation_record, target_owner_set
from tasks.services import (
    assignment_add,
    assignment_remove,
    feedback_record,
    milestone_add,
    milestone_complete,
    status_update_record,
    task_return,
    task_verify,
)
from tests.factories import AgencyFactory, PlanFactory, TargetFactory, TaskFactory, UserFactory
from tests.world import TODAY

pytestmark = pytest.mark.django_db
DAY = datetime.date(2023, 6, 30)


def seq(plan) -> int:
    return Plan.objects.get(pk=plan.pk).change_seq


def test_every_write_that_affects_a_rollup_bumps_the_counter_once():
    task = TaskFactory()
    plan = task.plan
    agency = AgencyFactory(zone=plan.zone)
    target = TargetFactory(goal__plan=plan)
    by = UserFactory()
    writes = [
        lambda: status_update_record(task=task, status="in_progress", percent=10, reported_on=DAY),
        lambda: feedback_record(task=task, agency=agency, reported_on=DAY, note="已对接"),
        lambda: status_update_record(
            task=task, status="completed", percent=100, reported_on=DAY, evidence_url="http://x"
        ),
        lambda: task_verify(task=task, by=by),
        lambda: task_return(task=task, by=by, reason="材料不全"),
        lambda: milestone_add(task=task, title="立项", due_on=DAY),
        lambda: milestone_complete(milestone=task.milestones.get(), done_on=DAY),
        lambda: observation_record(target=target, as_of=DAY, value=3),
        lambda: target_owner_set(target=target, owner=agency),
        lambda: assignment_add(task=task, agency=agency, role="supporting"),
        lambda: assignment_remove(assignment=task.assignments.get(agency=agency)),
    ]
    for number, write in enumerate(writes, start=1):
        write()
        assert seq(plan) == number, write


def test_a_refused_save_leaves_the_counter_alone():
    task = TaskFactory()
    with pytest.raises(ValidationError):
        status_update_record(task=task, status="completed", percent=100, reported_on=DAY)
    assert seq(task.plan) == 0


def test_the_bump_is_rolled_back_with_its_transaction():
    task = TaskFactory()
    with pytest.raises(RuntimeError), transaction.atomic():
        status_update_record(task=task, status="in_progress", percent=10, reported_on=DAY)
        raise RuntimeError("the request failed after the save")
    assert seq(task.plan) == 0
    assert not task.updates.exists()


def test_changes_from_keeps_the_earliest_effective_date():
    plan = PlanFactory()
    plan_changed(plan_id=plan.pk, effective_on=DAY)
    plan_changed(plan_id=plan.pk, effective_on=datetime.date(2022, 1, 1))
    plan_changed(plan_id=plan.pk, effective_on=datetime.date(2024, 1, 1))
    plan.refresh_from_db()
    assert (plan.change_seq, plan.changes_from) == (3, datetime.date(2022, 1, 1))
    # Settled only by a recomputation from the current counter.
    assert not plan_changes_settled(plan_id=plan.pk, seq=2)
    assert plan_changes_settled(plan_id=plan.pk, seq=3)
    plan.refresh_from_db()
    assert plan.changes_from is None and plan.change_seq == 3


def test_a_batch_bumps_each_plan_once_with_its_earliest_date():
    first, second = TargetFactory(), TargetFactory()
    with transaction.atomic(), plan_changes_batched():
        for day in (DAY, datetime.date(2021, 12, 31), datetime.date(2022, 12, 31)):
            observation_record(target=first, as_of=day, value=1)
        observation_record(target=second, as_of=DAY, value=1)
    first.plan.refresh_from_db()
    assert (first.plan.change_seq, first.plan.changes_from) == (1, datetime.date(2021, 12, 31))
    assert seq(second.plan) == 1


def test_listeners_hear_after_commit_and_their_failure_is_logged_not_raised(
    django_capture_on_commit_callbacks, caplog
):
    task = TaskFactory()
    heard = []

    def broken(*, plan_id):
        heard.append(plan_id)
        raise ConnectionError("broker away")

    on_plan_changed(broken)
    try:
        with django_capture_on_commit_callbacks() as callbacks:
            status_update_record(task=task, status="in_progress", percent=5, reported_on=TODAY())
            assert heard == []  # not before commit
        with caplog.at_level(logging.WARNING, logger="pilots.changes"):
            for callback in callbacks:
                callback()
    finally:
        from pilots import changes

        changes._listeners.remove(broken)
    assert heard == [task.plan_id]
    (record,) = [r for r in caplog.records if "broken" in r.getMessage()]
    assert f"plan {task.plan_id}" in record.getMessage() and "broker away" in record.getMessage()


def test_a_plan_edited_in_the_admin_is_owed_its_rollup(admin_client):
    """Its period (when it ends, what is late), its zone or its code change every figure it
    is rolled up into: the zone's page and the all-zones totals must not wait for the night."""
    import json

    from django.urls import reverse

    plan = PlanFactory(period_start=2021, period_end=2025)
    before = seq(plan)
    fields = ["zone", "code", "title", "title_en", "issuer", "doc_number", "issued_on",
              "period_start", "period_end", "source_file"]  # fmt: skip
    data = {name: getattr(plan, f"{name}_id" if name == "zone" else name) or "" for name in fields}
    data |= {"period_end": 2027, "milestone_years": json.dumps(plan.milestone_years)}
    response = admin_client.post(reverse("admin:pilots_plan_change", args=[plan.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    edited = Plan.objects.get(pk=plan.pk)
    assert edited.period_end == 2027
    assert (edited.change_seq, edited.changes_from) == (before + 1, TODAY())


def test_a_plan_keeps_its_zone_in_the_admin(admin_client):
    """A plan's zone is shown, not edited, once the plan exists: agencies, members, history and
    totals belong to the zone, so a plan moved would leave its tasks with the old zone's
    agencies and its rows in the old zone's totals."""
    import json

    from django.urls import reverse

    from tests.factories import ZoneFactory

    plan = PlanFactory(period_start=2021, period_end=2025)
    elsewhere = ZoneFactory(slug="zone-elsewhere", name="他市")
    url = reverse("admin:pilots_plan_change", args=[plan.pk])
    fields = ["code", "title", "title_en", "issuer", "doc_number", "issued_on", "period_start",
              "period_end", "source_file"]  # fmt: skip
    data = {name: getattr(plan, name) or "" for name in fields}
    data |= {"zone": elsewhere.pk, "milestone_years": json.dumps(plan.milestone_years)}
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Plan.objects.get(pk=plan.pk).zone_id == plan.zone_id
    assert 'name="zone"' not in admin_client.get(url).content.decode()

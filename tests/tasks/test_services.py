"""The tasks app's services, called directly as views, jobs and the demo call them: each write
appends history and moves the task in one transaction, and owes the plan a rollup."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from pilots.models import Plan
from tasks.models import Milestone, StatusUpdate, TaskAssignment, TaskStatus
from tasks.services import (
    TaskChangedMeanwhile,
    assignment_add,
    assignment_remove,
    feedback_record,
    milestone_add,
    milestone_complete,
    status_update_record,
    task_return,
    task_verify,
)
from tests.factories import AgencyFactory, AssignmentFactory, UserFactory
from tests.tasks.factories import TaskFactory

pytestmark = pytest.mark.django_db
DAY = datetime.date(2023, 5, 4)


def change_seq(task) -> int:
    return Plan.objects.get(pk=task.plan_id).change_seq


@pytest.fixture
def lead():
    return AssignmentFactory(task=TaskFactory(), role=TaskAssignment.Role.LEAD)


def report(task, agency, **fields):
    values = {"status": TaskStatus.IN_PROGRESS, "percent": 40, "reported_on": DAY, **fields}
    return status_update_record(task=task, agency=agency, **values)


def test_a_status_update_appends_history_moves_the_task_and_owes_a_rollup(lead):
    task, before = lead.task, change_seq(lead.task)
    update = report(task, lead.agency, note="已选址")
    task.refresh_from_db()
    assert (task.status, task.percent, task.version) == (TaskStatus.IN_PROGRESS, 40, 1)
    assert task.last_reported_on == DAY
    assert update.kind == StatusUpdate.Kind.REPORT and update.agency == lead.agency
    assert change_seq(task) == before + 1
    assert Plan.objects.get(pk=task.plan_id).changes_from == DAY


def test_a_save_from_an_outdated_form_is_refused_and_writes_nothing(lead):
    task = lead.task
    report(task, lead.agency, expected_version=0)
    with pytest.raises(TaskChangedMeanwhile) as refused:
        report(task, lead.agency, percent=60, expected_version=0)
    assert refused.value.latest.percent == 40
    assert task.updates.count() == 1 and task.percent == 40


def test_completed_needs_evidence_and_means_100(lead):
    with pytest.raises(ValidationError):
        report(lead.task, lead.agency, status=TaskStatus.COMPLETED, percent=80)
    assert not lead.task.updates.exists()
    update = report(
        lead.task, lead.agency, status=TaskStatus.COMPLETED, percent=80, evidence_url="https://a"
    )
    assert update.percent == 100 and lead.task.percent == 100


def test_feedback_keeps_the_status_and_needs_some_content(lead):
    task = lead.task
    report(task, lead.agency)
    helper = AssignmentFactory(task=task, role=TaskAssignment.Role.SUPPORTING)
    with pytest.raises(ValidationError):
        feedback_record(task=task, agency=helper.agency, reported_on=DAY)
    before = change_seq(task)
    update = feedback_record(
        task=task, agency=helper.agency, reported_on=DAY, note="已报送材料", part_percent=50
    )
    task.refresh_from_db()
    assert update.kind == StatusUpdate.Kind.FEEDBACK and update.part_percent == 50
    assert (update.status, update.percent) == (TaskStatus.IN_PROGRESS, 40)
    assert task.version == 1 and change_seq(task) == before + 1


def test_verification_is_refused_to_whoever_reported_the_completion(lead):
    task, reporter, admin = lead.task, UserFactory(), UserFactory()
    report(
        task, lead.agency, status=TaskStatus.COMPLETED, evidence_url="https://a", author=reporter
    )
    with pytest.raises(ValidationError, match="职责分离"):
        task_verify(task=task, by=reporter)
    update = task_verify(task=task, by=admin, note="同意办结")
    assert update.kind == StatusUpdate.Kind.VERIFIED and task.verified_at is not None
    with pytest.raises(ValidationError):  # once verified, not again
        task_verify(task=task, by=admin)


def test_a_returned_completion_reopens_where_it_stood(lead):
    task = lead.task
    report(task, lead.agency, percent=70)
    report(task, lead.agency, status=TaskStatus.COMPLETED, evidence_doc_number="科发〔2023〕1号")
    with pytest.raises(ValidationError):
        task_return(task=task, by=UserFactory(), reason="  ")
    update = task_return(task=task, by=UserFactory(), reason="佐证不足")
    assert update.kind == StatusUpdate.Kind.RETURNED
    assert (task.status, task.percent, task.verified_at) == (TaskStatus.IN_PROGRESS, 70, None)
    with pytest.raises(ValidationError):  # only a completion can be returned
        task_return(task=task, by=UserFactory(), reason="再退")


def test_milestones_are_added_and_ticked_off_each_owing_a_rollup(lead):
    task, before = lead.task, change_seq(lead.task)
    milestone = milestone_add(task=task, title="完成选址", due_on=DAY)
    assert change_seq(task) == before + 1
    milestone_complete(milestone=milestone, done_on=DAY)
    assert Milestone.objects.get().done_on == DAY and change_seq(task) == before + 2


def test_assignments_stay_within_the_zone_and_are_archived_not_deleted(lead):
    task = lead.task
    with pytest.raises(ValidationError):
        assignment_add(task=task, agency=AgencyFactory(), role=TaskAssignment.Role.SUPPORTING)
    agency = AgencyFactory(zone=task.plan.zone)
    assignment = assignment_add(task=task, agency=agency, role=TaskAssignment.Role.SUPPORTING)
    assignment_remove(assignment=assignment)
    assignment.refresh_from_db()
    assert assignment.archived_at is not None and assignment.archived_at <= timezone.now()
    again = assignment_add(task=task, agency=agency, role=TaskAssignment.Role.SUPPORTING)
    assert again.pk == assignment.pk and again.archived_at is None


def test_a_deadline_the_plan_words_is_not_the_admins_to_change(lead):
    from tasks.services import task_due_set

    task = lead.task
    before = change_seq(task)
    task_due_set(task=task, due_on=datetime.date(2024, 3, 31))
    assert (task.due_on, task.due_source) == (datetime.date(2024, 3, 31), "admin")
    assert change_seq(task) == before + 1  # the lights move: a rollup is owed
    task_due_set(task=task, due_on=None)
    assert (task.due_on, task.due_source) == (None, "")
    task.due_on, task.due_source = datetime.date(2022, 12, 31), "plan"
    task.save()
    with pytest.raises(ValidationError):
        task_due_set(task=task, due_on=datetime.date(2024, 3, 31))
    task.refresh_from_db()
    assert task.due_on == datetime.date(2022, 12, 31)

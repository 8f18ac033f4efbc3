import datetime

import pytest
from django.db import IntegrityError, transaction

from tasks.models import StatusUpdate, TaskAssignment, TaskStatus
from tests.factories import AgencyFactory, AssignmentFactory, TaskFactory

pytestmark = pytest.mark.django_db


def refused(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


def test_task_percent_must_be_0_to_100():
    task = TaskFactory()
    task.percent = 101
    refused(task.save)


def test_completed_task_must_be_100_percent():
    task = TaskFactory()
    task.status, task.percent = TaskStatus.COMPLETED, 90
    refused(task.save)
    task.percent = 100
    task.save()


def test_task_code_unique_within_its_plan():
    task = TaskFactory(code="三.(一).1")
    refused(lambda: TaskFactory(code="三.(一).1", section=task.section))
    TaskFactory(code="三.(一).1")  # another plan


def test_status_updates_are_append_only():
    task = TaskFactory()
    update = StatusUpdate.objects.create(
        task=task, status=TaskStatus.IN_PROGRESS, percent=10, reported_on=datetime.date.today()
    )
    update.note = "rewritten"
    with pytest.raises(ValueError, match="append-only"):
        update.save()
    with pytest.raises(ValueError, match="append-only"):
        update.delete()


def test_status_update_completed_means_100():
    task = TaskFactory()
    refused(
        lambda: StatusUpdate.objects.create(
            task=task, status=TaskStatus.COMPLETED, percent=50, reported_on=datetime.date.today()
        )
    )


def test_one_assignment_per_task_agency_role():
    assignment = AssignmentFactory()
    refused(
        lambda: TaskAssignment.objects.create(
            task=assignment.task, agency=assignment.agency, role=assignment.role
        )
    )
    TaskAssignment.objects.create(
        task=assignment.task, agency=assignment.agency, role=TaskAssignment.Role.SUPPORTING
    )


def test_agency_code_unique_within_zone():
    agency = AgencyFactory(code="kjj")
    refused(lambda: AgencyFactory(code="kjj", zone=agency.zone))

import datetime

from django.db import transaction
from django.utils import timezone

from targets.services import rollup_after_commit
from tasks.models import StatusUpdate, Task, TaskStatus


class TaskChangedMeanwhile(Exception):
    """Someone saved the task after this form was opened; nothing was written."""

    def __init__(self, latest: StatusUpdate | None):
        self.latest = latest
        super().__init__("the task was updated by someone else since the form was opened")


def status_update_record(
    *,
    task: Task,
    status: str,
    percent: int,
    reported_on: datetime.date,
    author=None,
    agency=None,
    note: str = "",
    evidence_doc_number: str = "",
    evidence_url: str = "",
    evidence_file=None,
    expected_version: int | None = None,
    is_demo: bool = False,
) -> StatusUpdate:
    """Append a status update and move the task's current state with it, in one transaction.

    ``expected_version`` is the task version the writer saw; if the task moved on since, the
    save is refused (no lost update). Completed means 100%. A rollup follows the commit.
    """
    if status == TaskStatus.COMPLETED:
        percent = 100
    with transaction.atomic():
        locked = Task.objects.select_for_update().get(pk=task.pk)
        if expected_version is not None and locked.version != expected_version:
            raise TaskChangedMeanwhile(locked.updates.select_related("author", "agency").first())
        update = StatusUpdate.objects.create(
            task=locked,
            author=author,
            agency=agency,
            reported_on=reported_on,
            status=status,
            percent=percent,
            note=note,
            evidence_doc_number=evidence_doc_number,
            evidence_url=evidence_url,
            evidence_file=evidence_file or "",
            is_demo=is_demo,
        )
        locked.status, locked.percent = status, percent
        locked.version += 1
        locked.last_update_at = timezone.now()
        if status != TaskStatus.COMPLETED:
            locked.verified_at = None
        locked.save(update_fields=["status", "percent", "version", "last_update_at", "verified_at"])
        rollup_after_commit(plan_id=locked.plan_id)
    task.status, task.percent, task.version = locked.status, locked.percent, locked.version
    return update

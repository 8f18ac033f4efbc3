import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from config.storage import stored_with_their_rows
from pilots.changes import plan_changed
from pilots.plan_period import period_check
from tasks.models import DueSource, Milestone, StatusUpdate, Task, TaskAssignment, TaskStatus
from tasks.selectors import completion_reporter_ids


class TaskChangedMeanwhile(Exception):
    """Someone saved the task after this form was opened; nothing was written."""

    def __init__(self, latest: StatusUpdate | None):
        self.latest = latest
        super().__init__("the task was updated by someone else since the form was opened")


def _locked(task: Task) -> Task:
    return Task.objects.select_for_update().get(pk=task.pk)


def _evidence(doc_number: str, url: str, file) -> dict:
    return {"evidence_doc_number": doc_number, "evidence_url": url, "evidence_file": file or ""}


def _append(task: Task, **fields) -> StatusUpdate:
    fields.setdefault("status", task.status)
    fields.setdefault("percent", task.percent)
    return StatusUpdate.objects.create(task=task, **fields)


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
    """A lead or responsible agency's report: appends history and moves the task's state.

    ``expected_version`` is the task version the writer saw; if the task moved on since, the
    save is refused (no lost update). Completed means 100% and needs evidence (佐证材料).
    The plan's change counter moves in the same transaction: its rollup is owed.
    """
    if status == TaskStatus.COMPLETED:
        percent = 100
        if not (evidence_doc_number or evidence_url or evidence_file):
            raise ValidationError(_("标记为已完成须提供佐证材料（文号、文件或链接）。"))
    with stored_with_their_rows():
        locked = _locked(task)
        if expected_version is not None and locked.version != expected_version:
            raise TaskChangedMeanwhile(locked.updates.select_related("author", "agency").first())
        verified_on = _verified_on(locked)
        if verified_on and reported_on < verified_on:
            # It would withdraw the verification only before it was given: the days since
            # would still read the task as verified.
            raise ValidationError(
                _("此任务已于 %(date)s 核验办结，新的进展日期不能早于该日。")
                % {"date": verified_on.isoformat()}
            )
        update = _append(
            locked,
            kind=StatusUpdate.Kind.REPORT,
            author=author,
            agency=agency,
            reported_on=reported_on,
            status=status,
            percent=percent,
            note=note,
            is_demo=is_demo,
            **_evidence(evidence_doc_number, evidence_url, evidence_file),
        )
        _move(locked, status=status, percent=percent, verified_at=None, reported_on=reported_on)
    task.refresh_from_db()
    return update


def _verified_on(task: Task) -> datetime.date | None:
    """The day of the verification the task now holds, if it holds one."""
    if not task.verified_at:
        return None
    return (
        task.updates.filter(kind=StatusUpdate.Kind.VERIFIED)
        .order_by("-created_at", "-id")
        .values_list("reported_on", flat=True)
        .first()
    )


def _touch(task: Task, reported_on: datetime.date) -> list[str]:
    """Mark when the task was last saved and the latest progress date reported for it."""
    task.last_update_at = timezone.now()
    if task.last_reported_on is None or reported_on > task.last_reported_on:
        task.last_reported_on = reported_on
    return ["last_update_at", "last_reported_on"]


def _move(task: Task, *, status: str, percent: int, verified_at, reported_on) -> None:
    task.status, task.percent, task.verified_at = status, percent, verified_at
    task.version += 1
    touched = _touch(task, reported_on)
    task.save(update_fields=["status", "percent", "version", "verified_at", *touched])
    plan_changed(plan_id=task.plan_id, effective_on=reported_on)


def feedback_record(
    *,
    task: Task,
    agency,
    author=None,
    reported_on: datetime.date,
    note: str = "",
    part_percent: int | None = None,
    evidence_doc_number: str = "",
    evidence_url: str = "",
    evidence_file=None,
    is_demo: bool = False,
) -> StatusUpdate:
    """One agency's account of its own part of a task; the task's status stays as it is."""
    if not (note or evidence_doc_number or evidence_url or evidence_file):
        raise ValidationError(_("请填写进展说明或提供佐证材料。"))
    with stored_with_their_rows():
        locked = _locked(task)
        update = _append(
            locked,
            kind=StatusUpdate.Kind.FEEDBACK,
            author=author,
            agency=agency,
            reported_on=reported_on,
            note=note,
            part_percent=part_percent,
            is_demo=is_demo,
            **_evidence(evidence_doc_number, evidence_url, evidence_file),
        )
        locked.save(update_fields=_touch(locked, reported_on))
        plan_changed(plan_id=locked.plan_id, effective_on=reported_on)
    return update


def verification_refusal(*, task: Task, by) -> str | None:
    """Why ``by`` may not verify the task now, or None. Whoever reported the completion never
    verifies it, whatever other roles they hold (segregation of duties)."""
    if task.status != TaskStatus.COMPLETED or task.verified_at:
        return _("只有已完成且尚未核验的任务可以办结。")
    if by is not None and by.pk in completion_reporter_ids(task=task):
        return _("这项完成情况由您本人填报，不能由您核验办结（职责分离）：请由其他管理员核验。")
    return None


def task_verify(*, task: Task, by, note: str = "") -> StatusUpdate:
    """The supervising office confirms a completion (办结)."""
    with transaction.atomic():
        locked = _locked(task)
        refusal = verification_refusal(task=locked, by=by)
        if refusal:
            raise ValidationError(refusal)
        update = _append(
            locked, kind=StatusUpdate.Kind.VERIFIED, author=by, note=note,
            reported_on=timezone.localdate(),
        )  # fmt: skip
        _move(
            locked, status=locked.status, percent=100, verified_at=timezone.now(),
            reported_on=update.reported_on,
        )  # fmt: skip
    task.refresh_from_db()
    return update


def task_return(*, task: Task, by, reason: str) -> StatusUpdate:
    """The supervising office sends a completion back; the task reopens where it was before."""
    if not reason.strip():
        raise ValidationError(_("退回须说明理由。"))
    with transaction.atomic():
        locked = _locked(task)
        if locked.status != TaskStatus.COMPLETED:
            raise ValidationError(_("只有已完成的任务可以退回。"))
        before = (
            locked.updates.filter(kind=StatusUpdate.Kind.REPORT)
            .exclude(status=TaskStatus.COMPLETED)
            .values_list("percent", flat=True)
            .first()
        )
        percent = before or 0
        update = _append(
            locked, kind=StatusUpdate.Kind.RETURNED, author=by, note=reason,
            status=TaskStatus.IN_PROGRESS, percent=percent, reported_on=timezone.localdate(),
        )  # fmt: skip
        _move(
            locked, status=TaskStatus.IN_PROGRESS, percent=percent, verified_at=None,
            reported_on=update.reported_on,
        )  # fmt: skip
    task.refresh_from_db()
    return update


@transaction.atomic
def milestone_add(*, task: Task, title: str, due_on: datetime.date, by=None) -> Milestone:
    """A milestone on the task; the same title and date again (a form sent twice) is the one
    the task already has. A date outside the plan's period is refused."""
    period_check(task.plan, due_on)
    with transaction.atomic():
        _locked(task)
        earlier = Milestone.objects.filter(task=task, title=title, due_on=due_on).first()
        if earlier is not None:
            return earlier
        milestone = Milestone.objects.create(task=task, title=title, due_on=due_on, created_by=by)
        plan_changed(plan_id=task.plan_id, effective_on=timezone.localdate())
    return milestone


@transaction.atomic
def milestone_complete(*, milestone: Milestone, done_on: datetime.date) -> Milestone:
    milestone.done_on = done_on
    milestone.save(update_fields=["done_on"])
    plan_changed(plan_id=milestone.task.plan_id, effective_on=timezone.localdate())
    return milestone


def task_due_set(*, task: Task, due_on: datetime.date | None) -> Task:
    """The zone admin sets (or clears, back to the plan's end) a task's deadline. A deadline
    the plan itself words is the plan's: only a revised plan file changes it. A deadline outside
    the plan's period is refused."""
    period_check(task.plan, due_on)
    with transaction.atomic():
        locked = _locked(task)
        if locked.due_source == DueSource.PLAN:
            raise ValidationError(_("此任务的办理时限由规划原文规定，不能在此修改。"))
        locked.due_on = due_on
        locked.due_source = DueSource.ADMIN if due_on else ""
        locked.save(update_fields=["due_on", "due_source"])
        plan_changed(plan_id=locked.plan_id, effective_on=timezone.localdate())
    task.refresh_from_db()
    return task


def assignment_add(*, task: Task, agency, role: str) -> TaskAssignment:
    """A zone admin assigns an agency to a task (kept when the plan file is reloaded)."""
    if agency.zone_id != task.plan.zone_id:
        raise ValidationError(_("只能分配本试验区的单位。"))
    with transaction.atomic():
        assignment, created = TaskAssignment.objects.get_or_create(
            task=task, agency=agency, role=role, clause=None
        )
        if not created and assignment.archived_at:
            assignment.archived_at = None
            assignment.save(update_fields=["archived_at"])
        plan_changed(plan_id=task.plan_id, effective_on=timezone.localdate())
    return assignment


@transaction.atomic
def assignment_remove(*, assignment: TaskAssignment) -> None:
    assignment.archived_at = timezone.now()
    assignment.save(update_fields=["archived_at"])
    plan_changed(plan_id=assignment.task.plan_id, effective_on=timezone.localdate())

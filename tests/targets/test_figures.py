"""Snapshot figures are typed (targets/figures.py): the rollup writes through the structures,
pages read attributes; older rows still read, and the stored JSON keeps its keys."""

import datetime

import pytest

from targets.figures import FIGURES_SCHEMA, PlanFigures, TaskFigures, figures_of
from targets.models import Snapshot
from targets.rollup import plan_rollup
from tasks.models import TaskStatus
from tasks.services import status_update_record
from tests.factories import AssignmentFactory, PlanFactory, SectionFactory, TaskFactory

AS_OF = datetime.date(2023, 6, 30)
# The keys a plan snapshot held before the structures were declared: rows on disk have them.
PLAN_KEYS = {
    "tasks", "progress", "weights", "by_status", "completed", "verified",
    "awaiting_verification", "stale", "unassigned", "overdue_milestones", "lights", "targets",
    "targets_by_verdict", "target_lights", "sections", "agency_status", "red_tasks",
    "stale_tasks", "unassigned_tasks", "awaiting_verification_tasks", "overdue_milestone_items",
    "red_targets", "agency_ranking",
}  # fmt: skip
TASK_KEYS = {
    "id", "code", "title", "section_id", "weight", "status", "percent", "last_reported",
    "days_silent", "stale", "awaiting_verification", "verified", "assignments",
    "overdue_milestones", "light", "reasons",
    "due_on", "days_overdue",  # added with task deadlines (older rows read with defaults)
    "note", "noted_on",  # added with the lists' latest note (older rows read with defaults)
    "silent_until",  # the plan's last day, silence counted to it once ended (older rows: None)
}  # fmt: skip


def test_an_older_snapshot_without_newer_fields_reads_with_defaults():
    """A task row from before the schema (no version, no milestones, no reasons) still reads."""
    older = Snapshot(
        scope=Snapshot.Scope.TASK,
        object_id=7,
        figures={"id": 7, "code": "A1", "title": "建设平台", "section_id": 3, "status": "blocked",
                 "percent": 10, "assignments": [[5, "lead"]], "light": "red"},
    )  # fmt: skip
    figures = figures_of(older)
    assert isinstance(figures, TaskFigures) and figures.schema_version == 0
    assert figures.overdue_milestones == [] and figures.reasons == []
    assert figures.weight == 1 and figures.days_silent is None
    assert figures.status_label == str(TaskStatus.BLOCKED.label)
    assert figures.role_of(5) == "lead"


def test_a_newer_snapshot_with_unknown_fields_reads_too():
    newer = Snapshot(scope=Snapshot.Scope.PLAN, object_id=1, figures={"schema": 99, "tasks": 2,
                     "progress": 50.0, "a_field_from_the_future": [1, 2]})  # fmt: skip
    figures = figures_of(newer)
    assert isinstance(figures, PlanFigures) and figures.schema_version == 99
    assert figures.tasks == 2 and figures.red_tasks == []


@pytest.mark.django_db
def test_the_rollup_writes_the_keys_rows_always_had_plus_the_schema_version():
    plan = PlanFactory(period_start=2020, period_end=2025)
    task = TaskFactory(section=SectionFactory(plan=plan))
    assignment = AssignmentFactory(task=task)
    status_update_record(
        task=task, status=TaskStatus.DELAYED, percent=20, reported_on=AS_OF,
        agency=assignment.agency, note="滞后",
    )  # fmt: skip
    plan_rollup(plan=plan, as_of=AS_OF)
    stored = Snapshot.objects.get(scope=Snapshot.Scope.PLAN, object_id=plan.id).figures
    assert set(stored) == PLAN_KEYS | {"schema"} and stored["schema"] == FIGURES_SCHEMA
    assert stored["red_tasks"] == [
        {"id": task.id, "code": task.code, "title": task.title, "reasons": [{"code": "delayed"}],
         # whom to call and what was last said (added later; older rows read with defaults)
         "lead_id": assignment.agency_id, "lead": assignment.agency.short_name,
         "days_overdue": 0, "days_silent": 0, "note": "滞后", "noted_on": AS_OF.isoformat()}
    ]  # fmt: skip
    task_row = Snapshot.objects.get(scope=Snapshot.Scope.TASK, object_id=task.id).figures
    assert set(task_row) == TASK_KEYS | {"schema"}
    assert task_row["assignments"] == [[assignment.agency_id, assignment.role]]
    agency_row = Snapshot.objects.get(scope=Snapshot.Scope.AGENCY, object_id=assignment.agency_id)
    assert set(agency_row.figures) == {
        "name", "short_name", assignment.role, "targets", "score", "schema"
    }  # fmt: skip
    assert figures_of(agency_row).roles[0][1].tasks == 1

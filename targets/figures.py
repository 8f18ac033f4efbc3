"""The figures a snapshot holds, one declared structure per scope (task, section, plan, zone,
agency, target): the rollup writes through them (``.dump()``), pages, charts, exports and the
rollup command read them (``figures_of(snapshot)``), attributes rather than string keys.

Stored as JSON in ``Snapshot.figures``. The JSON keeps the shape it had before these models (so
older rows read as they are), plus ``schema``: the version of this module's structures that
wrote it (0 for rows written before it was declared). Every field a later version adds has a
default, so an older row still reads; a field an older row lacks reads as its default.
Unknown keys (a newer row read by older code) are ignored.
"""

from __future__ import annotations

import datetime
import functools
from typing import Any

from django.utils.translation import get_language, gettext as _
from pydantic import BaseModel, ConfigDict, Field, model_serializer

from targets.models import Snapshot
from targets.verdicts import Verdict
from tasks.models import TaskAssignment, TaskStatus

STATUSES = tuple(TaskStatus.values)  # the enum builds its list of values anew every time

# Bump when a structure below changes its meaning; add defaults for new fields.
FIGURES_SCHEMA = 1


def verdict_labels() -> dict[str, str]:
    """The verdicts' names in the active language (read-only: shared by every caller)."""
    return _verdict_labels(get_language())


@functools.cache
def _verdict_labels(language: str | None) -> dict[str, str]:
    return {
        Verdict.ACHIEVED: _("已达成"),
        Verdict.ON_TRACK: _("进度正常"),
        Verdict.NEEDS_ACCELERATION: _("需加快"),
        Verdict.LIMITED_PROGRESS: _("进展有限"),
        Verdict.DETERIORATION: _("倒退"),
        Verdict.NO_DATA: _("无数据"),
        Verdict.AWAITING_FIGURES: _("待统计数据"),
        Verdict.ACHIEVED_ON_TIME: _("按期达成"),
        Verdict.ACHIEVED_LATE: _("逾期达成"),
        Verdict.MISSED: _("未达成"),
    }


def status_labels() -> dict[str, str]:
    """The task statuses' names in the active language (read-only: shared by every caller)."""
    return _status_labels(get_language())


@functools.cache
def _status_labels(language: str | None) -> dict[str, str]:
    return {s.value: str(s.label) for s in TaskStatus}


class Figures(BaseModel):
    """Base of every structure: unknown keys ignored, fields readable by templates."""

    model_config = ConfigDict(extra="ignore")

    def dump(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class Sparse(Figures):
    """A structure whose absent parts are left out of the JSON, not written as null."""

    @model_serializer(mode="wrap")
    def _without_nones(self, handler):
        return {key: value for key, value in handler(self).items() if value is not None}


class Versioned(Figures):
    """A snapshot's top level: it carries the schema version."""

    schema_version: int = Field(default=0, alias="schema")

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    def dump(self) -> dict[str, Any]:
        return {
            **self.model_dump(mode="json", exclude={"schema_version"}),
            "schema": FIGURES_SCHEMA,
        }


# Pieces ------------------------------------------------------------------------------------------


class Reason(Sparse):
    """Why a light is red or yellow: a code, and the days, milestone or ratio it is about."""

    code: str
    days: int | None = None
    title: str | None = None
    ratio: float | None = None


class OverdueMilestone(Figures):
    id: int
    title: str
    due_on: str
    days: int


class WhoNext(Figures):
    """Whom to call about a task and what was last said: its lead agency (else its responsible
    one), days overdue and silent, and the first line of its latest note with its date."""

    lead_id: int | None = None
    lead: str | None = None
    days_overdue: int = 0
    days_silent: int | None = None
    note: str | None = None
    noted_on: str | None = None


class TaskRef(WhoNext):
    id: int
    code: str
    title: str


class RedTask(TaskRef):
    reasons: list[Reason] = []


class StaleTask(TaskRef):
    days: int | None = None


class OverdueMilestoneItem(OverdueMilestone, WhoNext):
    task_id: int
    task_code: str
    task_title: str


class RedTarget(Figures):
    id: int
    code: str
    metric: str
    metric_en: str = ""
    verdict: str

    @property
    def verdict_label(self) -> str:
        return verdict_labels().get(self.verdict, self.verdict)


class RankedAgency(Figures):
    id: int
    name: str
    score: float


class AgencyStatusRow(Sparse):
    """One agency's tasks by status (only the statuses it has), with its short name."""

    name: str
    not_started: int | None = None
    in_progress: int | None = None
    completed: int | None = None
    delayed: int | None = None
    blocked: int | None = None

    def count(self, status: str) -> int:
        return getattr(self, status) or 0

    @property
    def total(self) -> int:
        return sum(self.count(s) for s in STATUSES)


class Score(Figures):
    """考核 score out of 100 and its three parts (shares, 0–1)."""

    score: float
    updates_on_time: float
    completion: float
    no_overdue: float


class Contribution(Figures):
    """A lower zone's target that adds to this one, with its latest figure."""

    zone: str
    plan: str
    target_id: int
    metric: str
    value: float | None = None
    as_of: str | None = None


class CorrectionNote(Figures):
    """A figure's earlier value, replaced by a correction: who corrected it, when and why."""

    as_of: str  # the figure's date
    before: float
    after: float
    reason: str
    by: str = ""
    on: str  # the day of the correction (site time zone)


class DecisionNote(Figures):
    """One decision of a target's verdict after its deadline; a re-decision names the
    corrections that caused it."""

    kind: str  # decided / redecided / reopened (targets.models.VerdictDecision.Kind)
    verdict: str
    value: float | None = None
    decided_on: str
    recorded_on: str
    cause: list[CorrectionNote] = []

    @property
    def verdict_label(self) -> str:
        return verdict_labels().get(self.verdict, self.verdict)


class YearFigure(Figures):
    value: float
    met: bool


# Scopes ------------------------------------------------------------------------------------------


class TaskFigures(Versioned):
    id: int
    code: str
    title: str
    section_id: int
    weight: int = 1
    status: str = TaskStatus.NOT_STARTED
    percent: int = 0
    last_reported: str | None = None
    # Silence is counted to the plan's last day (ISO) once it has ended, not to the day after it
    # is judged on; None in rows written before it was recorded (counted to the row's date).
    silent_until: str | None = None
    days_silent: int | None = None
    stale: bool = True
    awaiting_verification: bool = False
    verified: bool = False
    assignments: list[tuple[int, str]] = []  # (agency id, role)
    overdue_milestones: list[OverdueMilestone] = []
    due_on: str | None = None  # 办理时限 (ISO date); None in rows written before deadlines
    days_overdue: int = 0
    note: str | None = None  # the first line of the latest note reported by the date
    noted_on: str | None = None
    light: str = ""
    reasons: list[Reason] = []

    @property
    def status_label(self) -> str:
        return status_labels().get(self.status, self.status)

    @property
    def open(self) -> bool:
        return self.status != TaskStatus.COMPLETED

    @property
    def lead_id(self) -> int | None:
        """The agency to call: the lead, else the first responsible agency."""
        for role in (TaskAssignment.Role.LEAD, TaskAssignment.Role.RESPONSIBLE):
            found = next((agency for agency, r in self.assignments if r == role), None)
            if found is not None:
                return found
        return None

    def role_of(self, agency_id: int) -> str | None:
        return next((role for agency, role in self.assignments if agency == agency_id), None)


class Aggregate(Figures):
    """Weighted mean progress and the counts leadership asks for, over a group of tasks."""

    tasks: int = 0
    progress: float = 0.0
    weights: str = "equal"
    by_status: dict[str, int] = {}
    completed: int = 0
    verified: int = 0
    awaiting_verification: int = 0
    stale: int = 0
    unassigned: int = 0
    overdue_milestones: int = 0
    lights: dict[str, int] = {}


class SectionHeading(Aggregate):
    code: str
    numbering: str = ""
    title: str
    heading: str
    kind: str


class SectionFigures(SectionHeading, Versioned):
    pass


class SectionRow(SectionHeading):
    """A top section as the plan's figures list it."""

    id: int


class PlanFigures(Aggregate, Versioned):
    targets: int = 0
    targets_by_verdict: dict[str, int] = {}
    target_lights: dict[str, int] = {}
    sections: list[SectionRow] = []
    agency_status: dict[str, AgencyStatusRow] = {}  # agency id (a JSON key) → its tasks
    red_tasks: list[RedTask] = []
    stale_tasks: list[StaleTask] = []
    unassigned_tasks: list[TaskRef] = []
    awaiting_verification_tasks: list[TaskRef] = []
    overdue_milestone_items: list[OverdueMilestoneItem] = []
    red_targets: list[RedTarget] = []
    agency_ranking: list[RankedAgency] = []


class ZonePlanRow(Figures):
    """One of a zone's plans inside the zone's figures, judged on ``judged_on`` (its end, once
    it has ended)."""

    plan_id: int
    code: str
    judged_on: str  # ISO date
    ended: bool = False
    progress: float = 0.0
    tasks: int = 0
    completed: int = 0
    targets: int = 0
    targets_by_verdict: dict[str, int] = {}
    # The plan's counts in the zone's red_tasks, red_targets and stale (None: rolled up before
    # they were kept here).
    red_tasks: int | None = None
    red_targets: int | None = None
    stale: int | None = None

    @property
    def last_day(self) -> str:
        """The last day the row counts: an ended plan's ``judged_on`` is the day after its end."""
        if not self.ended:
            return self.judged_on
        return (
            datetime.date.fromisoformat(self.judged_on) - datetime.timedelta(days=1)
        ).isoformat()


class ZoneFigures(Versioned):
    """A zone's headline figures over all its plans (each judged at its end once ended),
    normalised (shares, not counts) so zones compare fairly. ``plan_id``/``plan_code`` name the
    zone's latest plan; ``plans`` lists every plan counted."""

    plan_id: int
    plan_code: str
    plans: list[ZonePlanRow] = []
    completed: int = 0
    level: str
    progress: float = 0.0
    tasks: int = 0
    targets: int = 0
    targets_by_verdict: dict[str, int] = {}
    red_tasks: int = 0
    red_targets: int = 0
    stale: int = 0
    share_completed: float = 0.0
    share_stale: float = 0.0
    share_red_tasks: float = 0.0
    share_targets_on_course: float = 0.0


ROLES = frozenset(TaskAssignment.Role.values)


class AgencyFigures(Versioned):
    """An agency's tasks by its role on them (only the roles it has), its targets' verdicts and
    its score."""

    name: str
    short_name: str
    lead: Aggregate | None = None
    responsible: Aggregate | None = None
    supporting: Aggregate | None = None
    targets: dict[str, int] = {}
    score: Score | None = None

    @model_serializer(mode="wrap")
    def _without_absent_roles(self, handler):
        return {k: v for k, v in handler(self).items() if k not in ROLES or v is not None}

    @property
    def roles(self) -> list[tuple[str, Aggregate]]:
        """(role, figures) for each role the agency has, lead first."""
        return [
            (role, getattr(self, role))
            for role in ("lead", "responsible", "supporting")
            if getattr(self, role) is not None
        ]


class TargetFigures(Versioned):
    """A target's assessment (targets/verdicts.py) with what the pages show beside it."""

    verdict: str
    value: float | None = None
    ratio: float | None = None
    method: str = ""
    projection: float | None = None
    final: bool = False
    above_range: bool = False
    years: dict[int, YearFigure] = {}
    # Why the verdict after the deadline, and the figure it rests on (targets/verdicts.py):
    # absent (None / "") in rows written before they were carried.
    value_on: str | None = None
    why: str = ""
    deadline_value: float | None = None
    deadline_value_on: str | None = None
    code: str
    metric: str
    metric_en: str = ""  # the English name, where the plan's fixture gives one
    unit: str
    comparator: str
    goal: float
    goal_max: float | None = None
    deadline_year: int
    per_year: bool = False
    aggregation: str = "stock"
    source_phrase: str = ""
    owner: str | None = None
    owner_id: int | None = None
    observations: list[tuple[str, float]] = []  # (ISO date, value)
    required_path: list[tuple[str, float]] = []
    contributions: list[Contribution] = []
    reasons: list[Reason] = []
    decided_on: str | None = None  # the day the (final) verdict was decided
    decisions: list[DecisionNote] = []  # every decision and re-decision, oldest first
    corrections: list[CorrectionNote] = []  # earlier values of the figures shown, oldest first

    @property
    def verdict_label(self) -> str:
        return verdict_labels().get(self.verdict, self.verdict)

    @property
    def redecided(self) -> bool:
        return any(d.kind != "decided" for d in self.decisions)


FIGURES_BY_SCOPE: dict[str, type[Versioned]] = {
    Snapshot.Scope.TASK: TaskFigures,
    Snapshot.Scope.SECTION: SectionFigures,
    Snapshot.Scope.PLAN: PlanFigures,
    Snapshot.Scope.ZONE: ZoneFigures,
    Snapshot.Scope.AGENCY: AgencyFigures,
    Snapshot.Scope.TARGET: TargetFigures,
}


def figures_of(snapshot: Snapshot):
    """The snapshot's figures as its scope's structure (read once per snapshot object)."""
    typed = getattr(snapshot, "_figures_typed", None)
    if typed is None:
        typed = FIGURES_BY_SCOPE[snapshot.scope].model_validate(snapshot.figures)
        snapshot._figures_typed = typed
    return typed

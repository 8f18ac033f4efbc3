"""The final evaluation of a plan (终期评估): every target's verdict at its deadline and now,
every task's state at the plan's end, and each agency's record at the plan's end.

Read from the same snapshots the dashboards read: "at the plan's end" is the day an ended plan is
judged on (the day after its last, targets/plan_dates.py: its tasks as they stood at its end, an
unfinished one past its deadline; the zone page reads the same day), computed if no rollup ran
on it; before its end, the latest snapshot. "At its deadline" is a target as judged for its
deadline (targets/verdicts.py): the figure as it stood on 31 December of its deadline year and the
verdict decided on it — the decided verdict as it stands, however late it was decided (the
deadline year's figures come months late; a correction of a figure it rested on decides it
again), and while it is undecided the verdict on the day the plan is judged ("awaiting figures",
or "missed" until the grace ends); a target whose deadline has not passed by then has none yet.
"Now" is the latest snapshot on or before today: the latest figure and the verdict as it stands.
One query for the dates, one for the snapshots, whatever the history's length.
"""

from __future__ import annotations

import bisect
import datetime
from dataclasses import dataclass, field

from pilots.models import Plan
from targets import history
from targets.figures import AgencyFigures, PlanFigures, TargetFigures, TaskFigures, figures_of
from targets.models import Snapshot
from targets.plan_dates import judged_on, last_day_included, plan_ended
from targets.rollup.task_states import aggregate
from targets.snapshots import snapshots_on
from targets.target_wording import at_deadline
from targets.verdicts import year_end

Scope = Snapshot.Scope


@dataclass(frozen=True)
class TargetOutcome:
    id: int
    at_deadline: TargetFigures | None  # as judged for its deadline; None before it has passed
    judged_day: datetime.date | None  # the snapshot read for it
    now: TargetFigures | None

    @property
    def figures(self) -> TargetFigures:
        """The target's description (metric, goal …): the same in either snapshot."""
        return self.now or self.at_deadline

    @property
    def deadline_figure(self) -> tuple[float | None, str | None]:
        """The figure as it stood at the deadline, and its date."""
        return at_deadline(self.at_deadline) if self.at_deadline else (None, None)

    @property
    def value_changed(self) -> bool:
        """The figure now is not the one at the deadline (reported late, corrected, or
        later)."""
        return bool(self.at_deadline and self.now and self.deadline_figure[0] != self.now.value)


@dataclass(frozen=True)
class AgencyRecord:
    id: int
    figures: AgencyFigures
    tasks: int
    completed: int
    progress: float


@dataclass
class FinalEvaluation:
    plan: Plan
    end_on: datetime.date  # 31 December of the plan's last year
    end_day: datetime.date | None  # the snapshot read for "at the plan's end"
    now_day: datetime.date | None
    ended: bool
    at_end: PlanFigures | None = None
    now: PlanFigures | None = None
    targets: list[TargetOutcome] = field(default_factory=list)
    tasks: list[TaskFigures] = field(default_factory=list)
    agencies: list[AgencyRecord] = field(default_factory=list)

    # The snapshot days as the evaluation names them: the plan's last day for its judgement day.
    @property
    def end_day_shown(self) -> datetime.date | None:
        return self.end_day and last_day_included(self.plan, self.end_day)

    @property
    def now_day_shown(self) -> datetime.date | None:
        return self.now_day and last_day_included(self.plan, self.now_day)

    @property
    def verdicts_at_deadline(self) -> dict[str, int]:
        """The targets by the verdict decided for their deadline (those past it)."""
        return _verdict_counts(t.at_deadline for t in self.targets)

    @property
    def verdicts_now(self) -> dict[str, int]:
        return _verdict_counts(t.now for t in self.targets)

    @property
    def tasks_by_status(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for task in self.tasks:
            counts[task.status] = counts.get(task.status, 0) + 1
        return counts


def _verdict_counts(figures) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in figures:
        if f is not None:
            counts[f.verdict] = counts.get(f.verdict, 0) + 1
    return counts


def final_evaluation(*, plan: Plan, today: datetime.date) -> FinalEvaluation:
    end_on = datetime.date(plan.period_end, 12, 31)
    plan_days = list(
        Snapshot.objects.filter(scope=Scope.PLAN, object_id=plan.id, as_of__lte=today)
        .order_by("as_of")
        .values_list("as_of", flat=True)
    )
    end_day = _end_day(plan, plan_days, today)
    now_day = _latest_on_or_before(plan_days, today)
    evaluation = FinalEvaluation(
        plan=plan, end_on=end_on, end_day=end_day, now_day=now_day, ended=today > end_on
    )
    if end_day is None:
        return evaluation
    snapshots = snapshots_on(
        plan_id=plan.id,
        day=end_day,
        scopes=[Scope.PLAN, Scope.TASK, Scope.AGENCY, Scope.TARGET],
    )
    if now_day != end_day:
        snapshots += snapshots_on(plan_id=plan.id, day=now_day, scopes=[Scope.PLAN, Scope.TARGET])
    _fill(evaluation, snapshots)
    return evaluation


def _end_day(plan: Plan, plan_days: list[datetime.date], today: datetime.date):
    """The snapshot day read for "at the plan's end": the day it is judged on once it has
    ended (rolled up now if it has none, unless it has no history at all), as the zone page
    reads it."""
    day = judged_on(plan, today)
    if plan_days and plan_ended(plan, day) and day not in plan_days:
        try:
            day = history.plan_snapshot_day(plan, today)
        except history.HistoryUnavailable:
            pass  # the latest snapshot before it serves, and the page names its day
        else:
            bisect.insort(plan_days, day)
    return _latest_on_or_before(plan_days, min(day, today))


def _latest_on_or_before(days: list[datetime.date], limit: datetime.date):
    earlier = [d for d in days if d <= limit]
    return earlier[-1] if earlier else None


def _fill(evaluation: FinalEvaluation, snapshots: list[Snapshot]) -> None:
    end_day, now_day = evaluation.end_day, evaluation.now_day
    targets_at: dict[tuple[int, datetime.date], TargetFigures] = {}
    agencies: list[Snapshot] = []
    for snap in sorted(snapshots, key=lambda s: s.object_id):
        if snap.scope == Scope.PLAN:
            if snap.as_of == end_day:
                evaluation.at_end = figures_of(snap)
            if snap.as_of == now_day:
                evaluation.now = figures_of(snap)
        elif snap.scope == Scope.TASK:
            evaluation.tasks.append(figures_of(snap))
        elif snap.scope == Scope.AGENCY:
            agencies.append(snap)
        elif snap.scope == Scope.TARGET:
            targets_at[(snap.object_id, snap.as_of)] = figures_of(snap)
    for target_id in sorted({key[0] for key in targets_at}):
        now = targets_at.get((target_id, now_day))
        judged, judged_day = targets_at.get((target_id, end_day)), end_day
        if now is not None and now.final:
            # decided (since the judgement day, if the deadline year's figures came late):
            # the verdict for the deadline as it stands
            judged, judged_day = now, now_day
        elif judged is not None and end_day <= year_end(judged.deadline_year):
            judged = None  # its deadline has not passed yet
        evaluation.targets.append(
            TargetOutcome(
                id=target_id,
                at_deadline=judged,
                judged_day=judged_day if judged else None,
                now=now,
            )
        )
    evaluation.agencies = sorted(
        (_agency_record(snap, evaluation.tasks) for snap in agencies),
        key=lambda a: (-a.tasks, a.figures.name),
    )


def _agency_record(snap: Snapshot, tasks: list[TaskFigures]) -> AgencyRecord:
    """The tasks the agency leads or answers for, each once: a task it leads and answers for
    too, or names it in two clauses, is one task of its record."""
    accountable = [
        task
        for task in tasks
        if any(
            agency == snap.object_id and role != "supporting" for agency, role in task.assignments
        )
    ]
    aggregated = aggregate(accountable)
    return AgencyRecord(
        id=snap.object_id,
        figures=figures_of(snap),
        tasks=aggregated.tasks,
        completed=aggregated.completed,
        progress=aggregated.progress,
    )

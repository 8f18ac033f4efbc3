"""An agency's figures in a plan's rollup: its tasks by role, its targets, its 考核 score."""

from __future__ import annotations

from collections import Counter, defaultdict

from pilots.models import Agency
from targets.figures import AgencyFigures, Score, TaskFigures
from targets.rollup.target_assessments import AssessedTarget
from targets.rollup.task_states import aggregate
from tasks.models import TaskAssignment

# Agency record score (考核): weights of its three parts, shown on the agency page.
SCORE_WEIGHTS = {"updates_on_time": 0.4, "completion": 0.4, "no_overdue": 0.2}


def agency_figures(
    states: list[TaskFigures], targets: list[AssessedTarget], agency: Agency
) -> AgencyFigures:
    by_role = defaultdict(list)
    for s in states:
        for agency_id, role in s.assignments:
            if agency_id == agency.id:
                by_role[role].append(s)
    owned = [t for t in targets if t.target.owner_id == agency.id]
    accountable = by_role.get(TaskAssignment.Role.LEAD, []) + by_role.get(
        TaskAssignment.Role.RESPONSIBLE, []
    )
    accountable = list({s.id: s for s in accountable}.values())
    return AgencyFigures(
        name=agency.name,
        short_name=agency.short_name,
        **{role: aggregate(tasks) for role, tasks in by_role.items()},
        targets=dict(Counter(t.assessment.verdict for t in owned)),
        score=agency_score(accountable),
    )


def agency_score(tasks: list[TaskFigures]) -> Score | None:
    """考核 score out of 100 over the tasks an agency leads or answers for (formula shown)."""
    if not tasks:
        return None
    open_tasks = [s for s in tasks if s.open]
    on_time = 1 - (sum(1 for s in open_tasks if s.stale) / len(open_tasks)) if open_tasks else 1
    completion = sum(s.percent for s in tasks) / (100 * len(tasks))
    overdue = sum(1 for s in tasks if s.overdue_milestones)
    no_overdue = 1 - overdue / len(tasks)
    parts = {"updates_on_time": on_time, "completion": completion, "no_overdue": no_overdue}
    score = 100 * sum(SCORE_WEIGHTS[k] * v for k, v in parts.items())
    return Score(score=round(score, 1), **{k: round(v, 3) for k, v in parts.items()})


def status_counts(states: list[TaskFigures], agency_id: int) -> dict[str, int]:
    """The agency's tasks (any role) by status."""
    return dict(Counter(s.status for s in states if any(a == agency_id for a, _ in s.assignments)))

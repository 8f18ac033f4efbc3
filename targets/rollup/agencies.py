"""An agency's figures in a plan's rollup: its tasks by role, its targets, its 考核 score."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import NamedTuple

from pilots.models import Agency, agency_short_name
from targets.figures import AgencyFigures, Score, TaskFigures
from targets.rollup.target_assessments import AssessedTarget
from targets.rollup.task_states import aggregate
from tasks.models import TaskAssignment

# Agency record score (考核): weights of its three parts, shown on the agency page.
SCORE_WEIGHTS = {"updates_on_time": 0.4, "completion": 0.4, "no_overdue": 0.2}


class AgencyRow(NamedTuple):
    """An agency as the rollup reads it: what its figures name (a tuple, not a model)."""

    id: int
    zone_id: int
    name: str
    aliases: list[str]

    @property
    def short_name(self) -> str:
        return agency_short_name(self.name, self.aliases)


def agencies_figures(
    states: list[TaskFigures], targets: list[AssessedTarget], agencies: list[AgencyRow | Agency]
) -> list[tuple[AgencyRow | Agency, AgencyFigures]]:
    """Each agency's figures over the plan's tasks and targets: one pass over the tasks files
    each under its agencies, whatever the number of agencies. A task counts once under each
    role: an agency named in several of its clauses (Hefei's style) holds it once."""
    by_agency: dict[int, dict[str, dict[int, TaskFigures]]] = defaultdict(lambda: defaultdict(dict))
    for s in states:
        for agency_id, role in s.assignments:
            by_agency[agency_id][role][s.id] = s
    owned: dict[int, list[AssessedTarget]] = defaultdict(list)
    for t in targets:
        owned[t.target.owner_id].append(t)
    return [(a, _agency_figures(a, by_agency.get(a.id, {}), owned.get(a.id, []))) for a in agencies]


def _agency_figures(
    agency: AgencyRow | Agency,
    by_role: dict[str, dict[int, TaskFigures]],
    owned: list[AssessedTarget],
) -> AgencyFigures:
    accountable = {
        **by_role.get(TaskAssignment.Role.LEAD, {}),
        **by_role.get(TaskAssignment.Role.RESPONSIBLE, {}),
    }
    return AgencyFigures(
        name=agency.name,
        short_name=agency.short_name,
        **{role: aggregate(list(tasks.values())) for role, tasks in by_role.items()},
        targets=dict(Counter(t.assessment.verdict for t in owned)),
        score=agency_score(list(accountable.values())),
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


def status_counts(states: list[TaskFigures]) -> dict[int, dict[str, int]]:
    """Each agency's tasks (any role) by status."""
    counts: dict[int, Counter] = defaultdict(Counter)
    for s in states:
        for agency_id in dict.fromkeys(a for a, _role in s.assignments):
            counts[agency_id][s.status] += 1
    return {agency_id: dict(c) for agency_id, c in counts.items()}

"""The agency page: the agency's figures in one plan of its zone, its tasks by role, its
targets and its place in the zone's ranking, read from snapshots only."""

from __future__ import annotations

import datetime

from django.utils.functional import SimpleLazyObject

from pilots.models import Agency, Plan
from targets import history
from targets.dashboards.chart import cached
from targets.dashboards.charts import ranking_chart
from targets.dashboards.fragments import fragment_key, stamps_on
from targets.dashboards.plan_choice import zone_plan_context
from targets.figures import TaskFigures, figures_of
from targets.models import Snapshot
from targets.snapshots import latest_snapshot, snapshot_stamps_on, snapshots_stamped

Scope = Snapshot.Scope


def agency_page(*, agency: Agency, as_of: datetime.date, plan_code: str | None = None) -> dict:
    context = zone_plan_context(agency.zone, as_of, plan_code)
    if context.get("day") is None:
        return context
    plan, day = context["plan"], context["day"]
    try:
        stamps = _agency_stamps(plan, agency, day)
    except history.HistoryUnavailable as exc:
        return {**context, "day": None, "error": str(exc)}
    if not _has_agency_row(stamps, agency.id):
        return {**context, "day": None}  # an agency added since that date's rollup
    # What the page shows is read only when its part is not cached (``fragment``): the key
    # names the rows it is drawn from, read without their figures.
    snaps = SimpleLazyObject(lambda: snapshots_stamped(stamps, day))
    plan_snap = SimpleLazyObject(lambda: next(s for s in snaps if s.scope == Scope.PLAN))
    plan_figures = SimpleLazyObject(lambda: figures_of(plan_snap))

    def of_scope(scope):
        return [figures_of(s) for s in snaps if s.scope == scope]

    def mine():
        return next(
            (figures_of(s) for s in snaps if s.scope == Scope.AGENCY and s.object_id == agency.id),
            None,  # gone since the key was read (a rollup in between): the next view shows it
        )

    return {
        **context,
        "figures": SimpleLazyObject(mine),
        "fragment": fragment_key("agency", agency.id, *stamps_on(stamps, day)),
        "read_on": (day, stamps),  # The agency's figures and the plan's, beside them.
        "computed_at": max(
            at
            for _, scope, pk, at in stamps
            if scope == Scope.PLAN or (scope == Scope.AGENCY and pk == agency.id)
        ),
        "tasks_by_role": SimpleLazyObject(lambda: _tasks_by_role(of_scope(Scope.TASK), agency.id)),
        "targets": SimpleLazyObject(
            lambda: [t for t in of_scope(Scope.TARGET) if t.owner_id == agency.id]
        ),
        "ranking": SimpleLazyObject(lambda: plan_figures.agency_ranking),
        "charts": {
            "ranking": SimpleLazyObject(
                lambda: cached(
                    plan_snap,
                    f"ranking-{agency.id}",
                    ranking_chart,
                    plan_figures,
                    agency.id,
                    "ranking",
                ).of_plan(plan.code)
            )
        },
    }


AGENCY_SCOPES = [Scope.AGENCY, Scope.PLAN, Scope.TASK, Scope.TARGET]


def _agency_stamps(plan: Plan, agency: Agency, day: datetime.date) -> list[tuple]:
    """The day's snapshot rows of the plan for the agency's page (``snapshot_stamps_on``). An
    agency's rows are each plan's; one stored before they were (another plan's then replaced
    it) has the plan rolled up again."""
    stamps = snapshot_stamps_on(plan_id=plan.id, day=day, scopes=AGENCY_SCOPES)
    if _has_agency_row(stamps, agency.id):
        return stamps
    if latest_snapshot(scope=Scope.AGENCY, object_id=agency.id, day=day) is None:
        return stamps
    history.plan_rollup_again(plan, day)
    return snapshot_stamps_on(plan_id=plan.id, day=day, scopes=AGENCY_SCOPES)


def _has_agency_row(stamps: list[tuple], agency_id: int) -> bool:
    return any(scope == Scope.AGENCY and pk == agency_id for _, scope, pk, _at in stamps)


def _tasks_by_role(tasks: list[TaskFigures], agency_id: int) -> dict[str, list[TaskFigures]]:
    """The agency's tasks under each role it holds on them (a task can be under two; under
    one role once, however many of its clauses name the agency)."""
    by_role: dict[str, list[TaskFigures]] = {}
    for task in tasks:
        for role in dict.fromkeys(r for assigned, r in task.assignments if assigned == agency_id):
            by_role.setdefault(role, []).append(task)
    return by_role

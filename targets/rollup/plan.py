"""A plan's rollup for one date: every snapshot of its tasks, sections, targets, agencies, the
plan itself and its zone, computed from a handful of queries and written in one transaction."""

from __future__ import annotations

import datetime
import gc
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial

from django.db import connection
from django.db.models.base import ModelState
from django.utils import timezone

from pilots.models import Plan
from pilots.trees import parents_without_loops
from targets.figures import (
    AgencyFigures,
    AgencyStatusRow,
    OverdueMilestoneItem,
    PlanFigures,
    RankedAgency,
    RedTarget,
    RedTask,
    SectionFigures,
    SectionRow,
    StaleTask,
    TaskFigures,
    TaskRef,
    Versioned,
    figures_of,
)
from targets.models import Snapshot
from targets.plan_dates import judged_on
from targets.rollup.agencies import AgencyRow, agencies_figures, status_counts
from targets.rollup.context import (
    Context,
    agencies_by_zone,
    agencies_read,
    context_parsed,
    context_read,
    sections_by_plan,
    sections_read,
)
from targets.rollup.target_assessments import AssessedTarget, target_assessments_by_plan
from targets.rollup.task_states import RED, aggregate, task_states_by_plan
from targets.rollup.write import PlanWrite, plans_snapshots_write
from targets.rollup.zone import zone_totals
from tasks.models import Section

Scope = Snapshot.Scope


@dataclass
class RollupResult:
    plan: Plan
    as_of: datetime.date
    snapshots: list[Snapshot]
    written: bool = False
    rows_written: int = 0  # snapshot rows inserted or changed (unchanged ones are not rewritten)

    def of(self, scope: str) -> list[Snapshot]:
        return [s for s in self.snapshots if s.scope == scope]


def plan_rollup(
    *,
    plan: Plan,
    as_of: datetime.date,
    dry_run: bool = False,
    seq: int | None = None,
    context: Context | None = None,
) -> RollupResult:
    """Compute every snapshot of the plan (and its zone) for the date; write them unless dry.

    ``seq`` is the plan's change counter read before any data (targets/watermarks.py): given,
    the run records it as the watermark of the plan's current snapshots, in the same
    transaction, unless a run from a later counter got there first (then it writes nothing).
    ``context``: the plan's sections, agencies and zone plans as read with it
    (``plan_context_of``), if they were; else read here.
    """
    (result,) = plans_rollup(
        plans=[plan], as_of=as_of, dry_run=dry_run, seqs=None if seq is None else {plan.id: seq},
        context=context if context is not None and context.as_of == as_of else None,
    )  # fmt: skip
    return result


def plans_rollup(
    *,
    plans: list[Plan],
    as_of: datetime.date,
    dry_run: bool = False,
    seqs: dict[int, int] | None = None,
    context: Context | None = None,
) -> list[RollupResult]:
    """``plan_rollup`` of many plans at once: every plan's rows read and written in a fixed
    handful of queries (whatever the number of plans), in one transaction, each plan guarded by
    its own watermark (``seqs`` holds each plan's counter, read before this call). The plans
    need their zone loaded (``select_related("zone")``)."""
    with collector_paused():
        return _plans_rollup(plans=plans, as_of=as_of, dry_run=dry_run, seqs=seqs, context=context)


@contextmanager
def collector_paused():
    """A batch builds some hundred thousand small objects (figures, rows) that live until it
    is written: Python's cyclic collector would walk them hundreds of times for nothing (at
    100× it took half the full rollup's time). Reference counting still frees them; the
    collector resumes after the batch."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _plans_rollup(
    *, plans, as_of, dry_run, seqs, again=True, plan_rows_only=False, context=None
) -> list[RollupResult]:
    """``plan_rows_only``: each plan's own plan row, and no other (a dry run judging ended
    plans for their zones' totals reads nothing else: their zones' totals, and their tasks',
    sections', targets' and agencies' rows, made and dumped, were half its time)."""
    now = timezone.now()
    plan_ids = [plan.id for plan in plans]
    states_of = task_states_by_plan(plans=plans, as_of=as_of)
    targets_of = target_assessments_by_plan(plans=plans, as_of=as_of)
    zone_ids = {plan.zone_id for plan in plans}
    if connection.vendor == "postgresql":
        sections, agencies, zone_plans, plan_rows = (
            context_parsed(context.columns) if context is not None
            else context_read(plan_ids, list(zone_ids), as_of)
        )  # fmt: skip
    else:
        sections, agencies = sections_read(plan_ids), agencies_read(list(zone_ids))
        zone_plans = plan_rows = None  # zone_totals reads them
    sections_of = sections_by_plan(plan_ids, sections)
    agencies_of = agencies_by_zone(zone_ids, agencies)
    snapshots_of, figures_by_plan = {}, {}
    for plan in plans:
        states, targets = states_of[plan.id], targets_of[plan.id]
        sections, tops = _section_figures(sections_of[plan.id], states)
        agencies = agencies_figures(states, targets, agencies_of[plan.zone_id])
        figures = plan_figures(
            states=states, targets=targets, agencies=agencies,
            top_sections=[(section, f) for section, f in sections if section.id in tops],
        )  # fmt: skip
        snap = partial(_snapshot, plan=plan, as_of=as_of, now=now)
        figures_by_plan[plan.id] = figures
        if plan_rows_only:
            snapshots_of[plan.id] = [snap(Scope.PLAN, plan.id, figures)]
            continue
        snapshots_of[plan.id] = [
            *(snap(Scope.TASK, s.id, s, s.light) for s in states),
            *(snap(Scope.SECTION, section.id, f) for section, f in sections),
            *(
                snap(Scope.TARGET, t.target.id, t.figures, t.light, t.dumped, t.digest)
                for t in targets
            ),
            *(snap(Scope.AGENCY, agency.id, f) for agency, f in agencies),
            snap(Scope.PLAN, plan.id, figures),
        ]
    if not plan_rows_only:
        # Written in the list's order: a plan's zone counts the fresh figures of those before
        # it.
        totals = zone_totals(
            plans=plans, as_of=as_of, figures=figures_by_plan, in_order=not dry_run,
            judge=_judgement_figures, zone_plans=zone_plans, plan_rows=plan_rows,
        )  # fmt: skip
        for plan in plans:
            snapshots_of[plan.id].append(
                _snapshot(
                    Scope.ZONE, plan.zone_id, totals[plan.id], plan=plan, as_of=as_of, now=now
                )
            )
    written: dict[int, int | None] = {}
    if not dry_run:
        writes = [
            PlanWrite(plan, snapshots_of[plan.id], targets_of[plan.id], (seqs or {}).get(plan.id))
            for plan in plans
        ]
        written = plans_snapshots_write(writes, as_of, now)
        decided = [
            plan for plan in plans
            if judged_on(plan, as_of) < as_of and any(t.decision for t in targets_of[plan.id])
        ]  # fmt: skip
        for plan in decided:  # its judgement day is how it stands now: with this decision
            day = judged_on(plan, as_of)
            if Snapshot.objects.filter(scope=Scope.PLAN, object_id=plan.id, as_of=day).exists():
                _plans_rollup(plans=[plan], as_of=day, dry_run=False, seqs=None)
        if decided and again:  # and its zone's totals count it (judged now if not kept)
            return _plans_rollup(plans=plans, as_of=as_of, dry_run=False, seqs=seqs, again=False)
    return [
        RollupResult(
            plan=plan, as_of=as_of, snapshots=snapshots_of[plan.id],
            written=written.get(plan.id) is not None, rows_written=written.get(plan.id) or 0,
        )
        for plan in plans
    ]  # fmt: skip


def _judgement_figures(judged: list[tuple[Plan, datetime.date]]) -> dict[int, PlanFigures]:
    """Ended plans' figures on the days they are judged on, computed now: their zones' totals
    count their final verdicts even when no rollup ran on those days. One dry run of all the
    plans judged on the same day (a batch's ended plans, one by one, were most of a full
    rollup's reads), their plan rows only. Not written: a rollup writes its own date only;
    the nightly backfill keeps the judgement day (``plans_to_backfill``)."""
    by_day: dict[datetime.date, list[Plan]] = defaultdict(list)
    for plan, day in judged:
        by_day[day].append(plan)
    figures = {}
    for day, plans in by_day.items():
        for result in _plans_rollup(
            plans=plans, as_of=day, dry_run=True, seqs=None, plan_rows_only=True
        ):
            figures[result.plan.id] = figures_of(next(iter(result.of(Scope.PLAN))))
    return figures


def _section_figures(
    sections: list[Section], states: list[TaskFigures]
) -> tuple[list[tuple[Section, SectionFigures]], set[int]]:
    """Each section's figures over its tasks and those of its sub-sections, however deep; and
    the top sections: those of no parent, and those whose parent is not listed (archived) or
    whose parents loop (the first of the loop heads it), so every task counts in one of them."""
    parent_of = parents_without_loops({s.id: s.parent_id for s in sections}, "section")
    tops = {key for key, parent in parent_of.items() if parent not in parent_of}
    for section in sections:
        if section.parent_id in parent_of and parent_of[section.id] is None:
            section.parent = None  # a loop's head (in memory only): headings read the cut tree
    by_section: dict[int, list[TaskFigures]] = defaultdict(list)
    for state in states:
        section_id = state.section_id
        while section_id is not None:
            by_section[section_id].append(state)
            section_id = parent_of.get(section_id)
    figures = [
        (
            section,
            SectionFigures(
                **aggregate(by_section[section.id]).model_dump(),
                code=section.code,
                numbering=section.numbering,
                title=section.title,
                heading=section.heading,
                kind=section.kind,
            ),
        )
        for section in sections
    ]
    return figures, tops


# Snapshot attributes (every concrete field's) and the field caching a row's plan.
_SNAPSHOT_FIELDS = [field.attname for field in Snapshot._meta.concrete_fields]
_PLAN_FIELD = Snapshot._meta.get_field("plan")


def _snapshot(
    scope, object_id, figures: Versioned, light="", dumped=None, digest="", *, plan, as_of, now
) -> Snapshot:
    """A new row, as ``Snapshot(...)`` makes it, without ``Model.__init__``'s walk over its
    fields and the signals no receiver listens to (making the rows took a tenth of a plan's
    rollup). ``dumped`` and ``digest``: the figures as stored and their digest, if known."""
    snapshot = Snapshot.__new__(Snapshot)
    snapshot._state = ModelState()
    snapshot.__dict__.update(
        dict.fromkeys(_SNAPSHOT_FIELDS),
        scope=scope, object_id=object_id, plan_id=plan.id, zone_id=plan.zone_id, as_of=as_of,
        light=light, figures=figures.dump() if dumped is None else dumped, computed_at=now,
        digest=digest,
    )  # fmt: skip
    _PLAN_FIELD.set_cached_value(snapshot, plan)  # as Snapshot(plan=plan): read without a query
    snapshot._figures_typed = figures  # read back by figures_of without parsing the JSON
    return snapshot


def plan_figures(
    *,
    states: list[TaskFigures],
    targets: list[AssessedTarget],
    top_sections: list[tuple[Section, SectionFigures]],
    agencies: list[tuple[AgencyRow, AgencyFigures]],
) -> PlanFigures:
    by_agency = status_counts(states)
    return PlanFigures(
        **aggregate(states).model_dump(),
        **_task_lists(states, {agency.id: agency.short_name for agency, _f in agencies}),
        targets=len(targets),
        targets_by_verdict=dict(Counter(t.assessment.verdict for t in targets)),
        target_lights=dict(Counter(t.light for t in targets)),
        red_targets=[
            RedTarget(
                id=t.target.id,
                code=t.target.code,
                metric=t.target.metric,
                metric_en=t.target.metric_en,
                verdict=t.assessment.verdict,
            )
            for t in targets
            if t.light == RED
        ],
        # The plan's chart shows the top sections.
        sections=[
            SectionRow(id=section.id, **f.model_dump(exclude={"schema_version"}))
            for section, f in top_sections
        ],
        agency_status={
            str(agency.id): AgencyStatusRow(name=agency.short_name, **counts)
            for agency, _f in agencies
            if (counts := by_agency.get(agency.id))
        },
        agency_ranking=sorted(
            (
                RankedAgency(id=agency.id, name=agency.short_name, score=f.score.score)
                for agency, f in agencies
                if f.score
            ),
            key=lambda a: -a.score,
        ),
    )


def _who_next(s: TaskFigures, names: dict[int, str]) -> dict:
    """Whom to call about the task (its lead, else its responsible agency) and what was last
    said."""
    lead = s.lead_id
    return {
        "lead_id": lead,
        "lead": names.get(lead) if lead else None,
        "days_overdue": s.days_overdue,
        "days_silent": s.days_silent,
        "note": s.note,
        "noted_on": s.noted_on,
    }


def _task_lists(states: list[TaskFigures], names: dict[int, str]) -> dict:
    """The lists of tasks leadership looks at first, each task with whom to call."""

    def ref(s: TaskFigures) -> dict:
        return {"id": s.id, "code": s.code, "title": s.title, **_who_next(s, names)}

    return {
        "red_tasks": [RedTask(**ref(s), reasons=s.reasons) for s in states if s.light == RED],
        "stale_tasks": [
            StaleTask(**ref(s), days=s.days_silent) for s in states if s.stale and s.open
        ],
        "unassigned_tasks": [TaskRef(**ref(s)) for s in states if not s.assignments],
        "awaiting_verification_tasks": [
            TaskRef(**ref(s)) for s in states if s.awaiting_verification
        ],
        "overdue_milestone_items": [
            OverdueMilestoneItem(
                **m.model_dump(),
                task_id=s.id,
                task_code=s.code,
                task_title=s.title,
                **_who_next(s, names),
            )
            for s in states
            for m in s.overdue_milestones
        ],
    }

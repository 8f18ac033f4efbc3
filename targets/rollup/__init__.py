"""Rolling a plan's progress up into dated snapshots: tasks → sections → plan → zone, agencies,
and target verdicts, with the warning lights (亮灯).

Lights, in words (also on the help page):
- a task is **red** when it is reported delayed or blocked, when it has had no update for
  ``RED_STALE_DAYS`` days, or when one of its milestones is more than ``RED_OVERDUE_DAYS`` days
  overdue; **yellow** when it has had no update for ``STALE_DAYS`` days or a milestone is overdue;
  otherwise **green** (a completed task that the supervising office verified is always green);
- a target is **green** when achieved or on track, **red** for limited progress, deterioration or
  missed, **yellow** otherwise (needs acceleration, awaiting figures, no data).
A red light lists its reasons.

Everything for one plan is computed from a handful of queries (history is reduced in SQL to the
state as of the date) and written in one transaction, replacing that date's snapshots.
"""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone

from pilots.models import Agency, Plan
from targets import verdicts
from targets.models import Observation, RollupState, Snapshot, Target
from targets.verdicts import Point, Verdict
from tasks.models import (
    STALE_DAYS,
    Milestone,
    Section,
    StatusUpdate,
    Task,
    TaskAssignment,
    TaskStatus,
)

RED_STALE_DAYS = 90
RED_OVERDUE_DAYS = 30
# Agency record score (考核): weights of its three parts, shown on the agency page.
SCORE_WEIGHTS = {"updates_on_time": 0.4, "completion": 0.4, "no_overdue": 0.2}

GREEN, YELLOW, RED = Snapshot.Light.GREEN, Snapshot.Light.YELLOW, Snapshot.Light.RED


@dataclass
class RollupResult:
    plan: Plan
    as_of: datetime.date
    snapshots: list[Snapshot]
    written: bool = False

    def of(self, scope: str) -> list[Snapshot]:
        return [s for s in self.snapshots if s.scope == scope]


def _end_of_day(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.max))


def task_states(*, plan: Plan, as_of: datetime.date) -> list[dict]:
    """Each active task's state as of the date: its latest update reported by then."""
    latest = StatusUpdate.objects.filter(task=OuterRef("pk"), reported_on__lte=as_of).order_by(
        "-reported_on", "-created_at", "-id"
    )
    rows = (
        Task.objects.filter(plan=plan, archived_at__isnull=True)
        .annotate(
            as_of_status=Subquery(latest.values("status")[:1]),
            as_of_percent=Subquery(latest.values("percent")[:1]),
            as_of_reported=Subquery(latest.values("reported_on")[:1]),
        )
        .values(
            "id",
            "code",
            "title",
            "section_id",
            "weight",
            "verified_at",
            "as_of_status",
            "as_of_percent",
            "as_of_reported",
        )
        .order_by("order")
    )
    assigned = defaultdict(list)
    for a in TaskAssignment.objects.filter(task__plan=plan, archived_at__isnull=True).values(
        "task_id", "agency_id", "role"
    ):
        assigned[a["task_id"]].append((a["agency_id"], a["role"]))
    overdue = defaultdict(list)
    for m in (
        Milestone.objects.filter(task__plan=plan, due_on__lt=as_of)
        .filter(Q(done_on__isnull=True) | Q(done_on__gt=as_of))
        .values("id", "task_id", "title", "due_on")
    ):
        overdue[m["task_id"]].append(m)

    verified_by = _end_of_day(as_of)
    states = []
    for row in rows:
        status = row["as_of_status"] or TaskStatus.NOT_STARTED
        last = row["as_of_reported"]
        days_silent = (as_of - last).days if last else None
        verified = bool(row["verified_at"] and row["verified_at"] <= verified_by)
        state = {
            "id": row["id"],
            "code": row["code"],
            "title": row["title"],
            "section_id": row["section_id"],
            "weight": row["weight"],
            "status": status,
            "percent": row["as_of_percent"] or 0,
            "last_reported": last.isoformat() if last else None,
            "days_silent": days_silent,
            "stale": days_silent is None or days_silent > STALE_DAYS,
            "awaiting_verification": status == TaskStatus.COMPLETED and not verified,
            "verified": status == TaskStatus.COMPLETED and verified,
            "assignments": assigned[row["id"]],
            "overdue_milestones": [
                {
                    "id": m["id"],
                    "title": m["title"],
                    "due_on": m["due_on"].isoformat(),
                    "days": (as_of - m["due_on"]).days,
                }
                for m in overdue[row["id"]]
            ],
        }
        state["light"], state["reasons"] = task_light(state)
        states.append(state)
    return states


def task_light(state: dict) -> tuple[str, list[dict]]:
    if state["verified"]:
        return GREEN, []
    red, yellow = [], []
    if state["status"] in (TaskStatus.DELAYED, TaskStatus.BLOCKED):
        red.append({"code": state["status"]})
    silent = state["days_silent"]
    if state["status"] != TaskStatus.COMPLETED:
        if silent is None:
            yellow.append({"code": "never_updated"})
        elif silent > RED_STALE_DAYS:
            red.append({"code": "stale", "days": silent})
        elif silent > STALE_DAYS:
            yellow.append({"code": "stale", "days": silent})
    for m in state["overdue_milestones"]:
        reason = {"code": "milestone_overdue", "days": m["days"], "title": m["title"]}
        (red if m["days"] > RED_OVERDUE_DAYS else yellow).append(reason)
    if red:
        return RED, red + yellow
    if yellow:
        return YELLOW, yellow
    return GREEN, []


def aggregate(states: list[dict]) -> dict:
    """Weighted mean progress and the counts leadership asks for, over a group of tasks."""
    weight = sum(s["weight"] for s in states)
    progress = sum(s["weight"] * s["percent"] for s in states) / weight if weight else 0.0
    return {
        "tasks": len(states),
        "progress": round(progress, 1),
        "weights": "equal" if len({s["weight"] for s in states}) <= 1 else "custom",
        "by_status": dict(Counter(s["status"] for s in states)),
        "completed": sum(1 for s in states if s["status"] == TaskStatus.COMPLETED),
        "verified": sum(1 for s in states if s["verified"]),
        "awaiting_verification": sum(1 for s in states if s["awaiting_verification"]),
        "stale": sum(1 for s in states if s["stale"] and s["status"] != TaskStatus.COMPLETED),
        "unassigned": sum(1 for s in states if not s["assignments"]),
        "overdue_milestones": sum(len(s["overdue_milestones"]) for s in states),
        "lights": dict(Counter(s["light"] for s in states)),
    }


def _task_ref(s: dict, **extra) -> dict:
    return {"id": s["id"], "code": s["code"], "title": s["title"], **extra}


def target_assessments(*, plan: Plan, as_of: datetime.date) -> list[dict]:
    targets = list(
        Target.objects.filter(plan=plan, archived_at__isnull=True)
        .select_related("owner")
        .order_by("order")
    )
    points = defaultdict(list)
    for o in Observation.objects.filter(target__in=targets, as_of__lte=as_of).values(
        "target_id", "as_of", "value"
    ):
        points[o["target_id"]].append(Point(o["as_of"], float(o["value"])))
    contributions = defaultdict(list)
    for c in (
        Target.objects.filter(contributes_to__in=targets, archived_at__isnull=True)
        .select_related("plan__zone")
        .prefetch_related("observations")
    ):
        latest = max(
            (o for o in c.observations.all() if o.as_of <= as_of), key=lambda o: o.as_of,
            default=None,
        )  # fmt: skip
        contributions[c.contributes_to_id].append(
            {
                "zone": c.plan.zone.name,
                "plan": c.plan.code,
                "target_id": c.id,
                "metric": c.metric,
                "value": float(latest.value) if latest else None,
                "as_of": latest.as_of.isoformat() if latest else None,
            }
        )

    results = []
    for target in targets:
        spec = verdicts.spec_of(target, plan)
        frozen = target.final_verdict
        if frozen and frozen.get("decided_on", "9999") > as_of.isoformat():
            frozen = None  # looking back before the verdict was decided
        series = sorted(points[target.id], key=lambda p: p.as_of)
        assessment = verdicts.assess(spec, series, as_of, frozen=frozen)
        light = GREEN if assessment.verdict in Verdict.GREEN else (
            RED if assessment.verdict in Verdict.RED else YELLOW
        )  # fmt: skip
        reasons = (
            [] if light == GREEN else [{"code": assessment.verdict, "ratio": assessment.ratio}]
        )
        results.append(
            {
                "target": target,
                "assessment": assessment,
                "light": light,
                "figures": {
                    **assessment.as_dict(),
                    "code": target.code,
                    "metric": target.metric,
                    "unit": target.unit,
                    "comparator": target.comparator,
                    "goal": float(target.value),
                    "goal_max": spec.value_max,
                    "deadline_year": target.deadline_year,
                    "per_year": target.per_year,
                    "aggregation": target.aggregation,
                    "source_phrase": target.source_phrase,
                    "owner": target.owner.name if target.owner else None,
                    "owner_id": target.owner_id,
                    "observations": [[p.as_of.isoformat(), p.value] for p in series],
                    "required_path": [
                        [d.isoformat(), v] for d, v in verdicts.required_path(spec, series)
                    ],
                    "contributions": contributions[target.id],
                    "reasons": reasons,
                },
            }
        )
    return results


def agency_figures(states: list[dict], targets: list[dict], agency_id: int) -> dict:
    by_role = defaultdict(list)
    for s in states:
        for agency, role in s["assignments"]:
            if agency == agency_id:
                by_role[role].append(s)
    owned = [t for t in targets if t["target"].owner_id == agency_id]
    accountable = by_role.get(TaskAssignment.Role.LEAD, []) + by_role.get(
        TaskAssignment.Role.RESPONSIBLE, []
    )
    accountable = list({s["id"]: s for s in accountable}.values())
    figures = {role: aggregate(tasks) for role, tasks in by_role.items()}
    figures["targets"] = dict(Counter(t["assessment"].verdict for t in owned))
    figures["score"] = agency_score(accountable)
    return figures


def agency_score(tasks: list[dict]) -> dict | None:
    """考核 score out of 100 over the tasks an agency leads or answers for (formula shown)."""
    if not tasks:
        return None
    open_tasks = [s for s in tasks if s["status"] != TaskStatus.COMPLETED]
    on_time = 1 - (sum(1 for s in open_tasks if s["stale"]) / len(open_tasks)) if open_tasks else 1
    completion = sum(s["percent"] for s in tasks) / (100 * len(tasks))
    overdue = sum(1 for s in tasks if s["overdue_milestones"])
    no_overdue = 1 - overdue / len(tasks)
    parts = {"updates_on_time": on_time, "completion": completion, "no_overdue": no_overdue}
    score = 100 * sum(SCORE_WEIGHTS[k] * v for k, v in parts.items())
    return {"score": round(score, 1), **{k: round(v, 3) for k, v in parts.items()}}


def _states_by_section(states: list[dict], sections: list[Section]) -> dict[int, list[dict]]:
    """Each section's tasks with those of its sub-sections, however deep."""
    parent_of = {section.id: section.parent_id for section in sections}
    by_section: dict[int, list[dict]] = defaultdict(list)
    for state in states:
        section_id = state["section_id"]
        while section_id is not None:
            by_section[section_id].append(state)
            section_id = parent_of.get(section_id)
    return by_section


def plan_rollup(
    *, plan: Plan, as_of: datetime.date, dry_run: bool = False, seq: int | None = None
) -> RollupResult:
    """Compute every snapshot of the plan (and its zone) for the date; write them unless dry.

    ``seq`` is the plan's change counter read before any data (targets/watermarks.py): given,
    the run records it as the watermark of the plan's current snapshots, in the same
    transaction, unless a run from a later counter got there first (then it writes nothing).
    """
    now = timezone.now()
    states = task_states(plan=plan, as_of=as_of)
    targets = target_assessments(plan=plan, as_of=as_of)
    sections = list(Section.objects.filter(plan=plan, archived_at__isnull=True).order_by("order"))
    agencies = list(Agency.objects.filter(zone=plan.zone_id, archived_at__isnull=True))

    def snap(scope, object_id, figures, light=""):
        return Snapshot(
            scope=scope, object_id=object_id, plan=plan, zone_id=plan.zone_id, as_of=as_of,
            figures=figures, light=light, computed_at=now,
        )  # fmt: skip

    snapshots = [snap(Snapshot.Scope.TASK, s["id"], s, s["light"]) for s in states]
    by_section = _states_by_section(states, sections)
    section_rows = []
    for section in sections:
        figures = {
            **aggregate(by_section[section.id]),
            "code": section.code,
            "numbering": section.numbering,
            "title": section.title,
            "heading": section.heading,
            "kind": section.kind,
        }
        if section.parent_id is None:  # the plan's chart shows the top sections
            section_rows.append({"id": section.id, **figures})
        snapshots.append(snap(Snapshot.Scope.SECTION, section.id, figures))
    for t in targets:
        snapshots.append(snap(Snapshot.Scope.TARGET, t["target"].id, t["figures"], t["light"]))

    agency_rows = []
    for agency in agencies:
        figures = agency_figures(states, targets, agency.id)
        figures["name"], figures["short_name"] = agency.name, agency.short_name
        agency_rows.append({"id": agency.id, **figures})
        snapshots.append(snap(Snapshot.Scope.AGENCY, agency.id, figures))

    plan_figures = {
        **aggregate(states),
        "targets": len(targets),
        "targets_by_verdict": dict(Counter(t["assessment"].verdict for t in targets)),
        "target_lights": dict(Counter(t["light"] for t in targets)),
        "sections": section_rows,
        "agency_status": {
            str(a["id"]): {"name": a["short_name"], **_status_counts(states, a["id"])}
            for a in agency_rows
            if _status_counts(states, a["id"])
        },
        "red_tasks": [_task_ref(s, reasons=s["reasons"]) for s in states if s["light"] == RED],
        "stale_tasks": [
            _task_ref(s, days=s["days_silent"])
            for s in states
            if s["stale"] and s["status"] != TaskStatus.COMPLETED
        ],
        "unassigned_tasks": [_task_ref(s) for s in states if not s["assignments"]],
        "awaiting_verification_tasks": [_task_ref(s) for s in states if s["awaiting_verification"]],
        "overdue_milestone_items": [
            {**m, "task_id": s["id"], "task_code": s["code"], "task_title": s["title"]}
            for s in states
            for m in s["overdue_milestones"]
        ],
        "red_targets": [
            {
                "id": t["target"].id,
                "code": t["target"].code,
                "metric": t["target"].metric,
                "verdict": t["assessment"].verdict,
            }
            for t in targets
            if t["light"] == RED
        ],
        "agency_ranking": sorted(
            (
                {"id": a["id"], "name": a["short_name"], "score": a["score"]["score"]}
                for a in agency_rows
                if a["score"]
            ),
            key=lambda a: -a["score"],
        ),
    }
    snapshots.append(snap(Snapshot.Scope.PLAN, plan.id, plan_figures))
    snapshots.append(snap(Snapshot.Scope.ZONE, plan.zone_id, _zone_figures(plan, plan_figures)))

    written = not dry_run and _write(plan, as_of, snapshots, targets, now, seq)
    return RollupResult(plan=plan, as_of=as_of, snapshots=snapshots, written=written)


def _status_counts(states: list[dict], agency_id: int) -> dict:
    return dict(
        Counter(s["status"] for s in states if any(a == agency_id for a, _ in s["assignments"]))
    )


def _zone_figures(plan: Plan, plan_figures: dict) -> dict:
    """A zone's headline figures, normalised (shares, not counts) so zones compare fairly."""
    tasks = plan_figures["tasks"] or 1
    targets = plan_figures["targets"] or 1
    on_course = sum(plan_figures["targets_by_verdict"].get(v, 0) for v in Verdict.GREEN)
    return {
        "plan_id": plan.id,
        "plan_code": plan.code,
        "level": plan.zone.level,
        "progress": plan_figures["progress"],
        "tasks": plan_figures["tasks"],
        "targets": plan_figures["targets"],
        "targets_by_verdict": plan_figures["targets_by_verdict"],
        "red_tasks": len(plan_figures["red_tasks"]),
        "red_targets": len(plan_figures["red_targets"]),
        "stale": plan_figures["stale"],
        "share_completed": round(plan_figures["completed"] / tasks, 3),
        "share_stale": round(plan_figures["stale"] / tasks, 3),
        "share_red_tasks": round(len(plan_figures["red_tasks"]) / tasks, 3),
        "share_targets_on_course": round(on_course / targets, 3),
    }


def _write(plan, as_of, snapshots, targets, now, seq) -> bool:
    """Replace the date's snapshots of the plan in one transaction; freeze decided verdicts;
    move the watermark when the run read the change counter (``seq``)."""
    with transaction.atomic():
        # One rollup of a plan at a time: overlapping runs queue on the plan's watermark row
        # (not on the plan's row, which every save of the plan updates).
        RollupState.objects.bulk_create([RollupState(plan=plan)], ignore_conflicts=True)
        state = RollupState.objects.select_for_update().get(plan=plan)
        if seq is not None and state.as_of == as_of and state.seq > seq:
            return False  # a run that saw later changes already wrote this date
        Snapshot.objects.bulk_create(
            snapshots,
            update_conflicts=True,
            unique_fields=["scope", "object_id", "as_of"],
            update_fields=["plan", "zone", "light", "figures", "computed_at"],
        )
        kept = defaultdict(set)
        for s in snapshots:
            kept[s.scope].add(s.object_id)
        stale = Snapshot.objects.filter(plan=plan, as_of=as_of)
        for scope, ids in kept.items():
            stale = stale.exclude(scope=scope, object_id__in=ids)
        stale.delete()  # rows of things archived since an earlier run of the same date
        for t in targets:
            a = t["assessment"]
            if a.final and not t["target"].final_verdict:
                Target.objects.filter(pk=t["target"].pk).update(
                    final_verdict={**a.as_dict(), "decided_on": as_of.isoformat()}
                )
        if seq is not None:
            state.seq, state.as_of, state.computed_at = seq, as_of, now
            state.failures, state.last_error = 0, ""
            state.save(update_fields=["seq", "as_of", "computed_at", "failures", "last_error"])
        if as_of >= timezone.localdate():
            Plan.objects.filter(pk=plan.pk).update(rolled_up_at=now)
    return True

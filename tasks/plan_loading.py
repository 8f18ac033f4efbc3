"""The tasks app's step of plan loading (see ``pilots/plan_loading.py``): sections, nested to
any depth, their tasks, the tasks' clauses and the agencies assigned to each."""

from __future__ import annotations

import datetime

from django.utils.translation import gettext as _

from pilots.plan_loading import PlanLoading, PlanLoadStep
from pilots.plan_replacing import PlanHolding, plan_holding
from pilots.plan_sections import sections_walk, tasks_in_print_order
from pilots.roles import ROLES
from tasks.models import DueSource, Section, StatusUpdate, Task, TaskAssignment, TaskClause


def plan_due(due: str | int | None) -> datetime.date | None:
    """A fixture's ``due``: a date, or a year meaning its last day."""
    if due is None:
        return None
    if isinstance(due, int):
        return datetime.date(due, 12, 31)
    return datetime.date.fromisoformat(due)


def _due_values(t: dict, existing: Task | None) -> dict:
    """The plan's own deadline wins; without one, a deadline the zone admin set is kept and one
    the plan used to give is dropped."""
    due = plan_due(t.get("due"))
    if due is not None:
        return {"due_on": due, "due_source": DueSource.PLAN}
    if existing is not None and existing.due_source == DueSource.ADMIN:
        return {}
    return {"due_on": None, "due_source": ""}


def _assignment_label(task_code, clause_number, role, agency_code) -> str:
    clause = f" ({clause_number})" if clause_number else ""
    return f"{task_code}{clause} {role} {agency_code}"


class SectionsLoad:
    """Loads one plan's sections, tasks, clauses and assignments; archives what it no longer
    lists (assignments an admin made in the app are not the fixture's to archive)."""

    def __init__(self, loading: PlanLoading):
        self.loading = loading

    def load(self):
        plan = self.loading.plan
        self.sections = {
            s.code: s for s in Section.objects.filter(plan=plan).select_related("parent")
        }
        self.tasks = {
            t.code: t for t in Task.objects.filter(plan=self.loading.plan).select_related("section")
        }
        self.clauses = {
            (c.task.code, c.number): c
            for c in TaskClause.objects.filter(task__plan=self.loading.plan).select_related("task")
        }
        self.assignments = {
            (a.task.code, a.clause.number if a.clause_id else None, a.role, a.agency.code): a
            for a in TaskAssignment.objects.filter(task__plan=self.loading.plan).select_related(
                "task", "clause", "agency"
            )
        }
        self.listed: dict[str, set] = {kind: set() for kind in ("section", "task", "clause", "a")}
        rows = self._load_section_rows()
        for order, (s, t) in enumerate(
            tasks_in_print_order(self.loading.data["sections"]), start=1
        ):
            self._load_task(t, rows[s["code"]], order)
        self._archive_unlisted()

    def _load_section_rows(self) -> dict[str, Section]:
        """Every section, outer before inner, each pointing at the section it is printed in."""
        rows: dict[str, Section] = {}
        for order, placed in enumerate(sections_walk(self.loading.data["sections"])):
            s = placed.section
            values = {
                "numbering": s.get("numbering", ""),
                "part": s.get("part", ""),
                "title": s["title"],
                "text": s.get("text", ""),
                "kind": s["kind"],
                "parent": rows[placed.parent] if placed.parent else None,
                "order": order,
            }
            identity = {"plan": self.loading.plan, "code": s["code"]}
            rows[s["code"]] = self.loading.sync(
                "section", self.sections, s["code"], Section, identity, values, section=s["code"]
            )
            self.listed["section"].add(s["code"])
        return rows

    def _load_task(self, t: dict, section: Section, order: int):
        where = {"section": section.code}
        values = {
            "section": section,
            "numbering": t.get("numbering", ""),
            "title": t["title"],
            "text": t["text"],
            "order": order,
            **_due_values(t, self.tasks.get(t["code"])),
        }
        identity = {"plan": self.loading.plan, "code": t["code"]}
        task = self.loading.sync("task", self.tasks, t["code"], Task, identity, values, **where)
        self.listed["task"].add(t["code"])
        holders = [(None, t)]
        for number, c in enumerate(t.get("clauses", []), start=1):
            key = (t["code"], number)
            clause = self.loading.sync(
                "clause", self.clauses, key, TaskClause, {"task": task, "number": number},
                {"text": c["text"]}, label=f"{t['code']} ({number})", **where,
            )  # fmt: skip
            self.listed["clause"].add(key)
            holders.append((clause, c))
        for clause, holder in holders:
            self._load_assignments(task, clause, holder, where)

    def _load_assignments(self, task: Task, clause: TaskClause | None, holder: dict, where: dict):
        number = clause.number if clause else None
        for role in ROLES:
            for position, agency_code in enumerate(holder.get(role, [])):
                key = (task.code, number, role, agency_code)
                self.listed["a"].add(key)
                identity = {
                    "task": task,
                    "clause": clause,
                    "role": role,
                    "agency": self.loading.agencies[agency_code],
                }
                # An identical assignment an admin made in the app is adopted.
                values = {"order": position, "from_fixture": True}
                label = _assignment_label(task.code, number, role, agency_code)
                self.loading.sync(
                    "assignment", self.assignments, key, TaskAssignment, identity, values,
                    label=label, **where,
                )  # fmt: skip

    def _archive_unlisted(self):
        section_of = {t.code: t.section.code for t in self.tasks.values()}
        self.loading.archive(
            "assignment",
            [
                a
                for k, a in self.assignments.items()
                if a.from_fixture and k not in self.listed["a"]
            ],
            label=lambda a: (
                f"{a.task.code}{f' ({a.clause.number})' if a.clause_id else ''} "
                f"{a.role} {a.agency.code}"
            ),
            section=lambda a: section_of[a.task.code],
        )
        self.loading.archive(
            "clause",
            [c for k, c in self.clauses.items() if k not in self.listed["clause"]],
            label=lambda c: f"{c.task.code} ({c.number})",
            section=lambda c: section_of[c.task.code],
        )
        self.loading.archive(
            "task",
            [t for c, t in self.tasks.items() if c not in self.listed["task"]],
            section=lambda t: section_of[t.code],
        )
        self.loading.archive(
            "section",
            [s for c, s in self.sections.items() if c not in self.listed["section"]],
            section=lambda s: s.code,
        )


def sections_load(loading: PlanLoading) -> None:
    SectionsLoad(loading).load()


def agencies_in_use(plan) -> set[int]:
    """The zone's agencies with a live assignment in a live task of another plan of the zone."""
    return set(
        TaskAssignment.objects.filter(
            task__plan__zone_id=plan.zone_id, task__archived_at=None, archived_at=None
        )
        .exclude(task__plan=plan)
        .values_list("agency_id", flat=True)
    )


def task_holding(plan, changes) -> PlanHolding:
    """The plan's live tasks, those a load archives or rewrites, and their reports."""
    return plan_holding(
        changes, "task",
        wording=_("现有 %(held)s 项任务：载入后归档 %(archived)s 项（其 %(lost)s 条进展填报随之"
                  "不再显示），改写 %(changed)s 项（其 %(moved)s 条进展填报归于改写后的内容）。"),
        live=Task.objects.filter(plan=plan, archived_at=None),
        history=StatusUpdate.objects.filter(task__plan=plan),
    )  # fmt: skip


SECTIONS_STEP = PlanLoadStep(
    name="sections", order=20, load=sections_load, agencies_in_use=agencies_in_use,
    holding=task_holding,
)  # fmt: skip

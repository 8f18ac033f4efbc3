"""Loading plan fixtures into the database: atomic, idempotent, archiving what a revision removes.

``plans_load`` is the one entry point: the ``load_plans`` command and the admin upload both call
it. Every object is matched by its natural key (zone slug, plan code, agency/section/task/goal/
target code within its plan or zone), so reloading a file updates in place. Rows that a revised
file no longer lists are archived, never deleted: status updates, observations and milestones
recorded against them stay.
"""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from pilots.changes import plan_changed
from pilots.models import Agency, PilotZone, Plan
from pilots.plan_fixtures import (
    FixtureError,
    PlanDocument,
    PlanFixtureInvalid,
    sections_walk,
    tasks_in_print_order,
)
from pilots.roles import ROLES
from targets.models import Goal, Target
from tasks.models import Section, Task, TaskAssignment, TaskClause


@dataclass(frozen=True)
class Change:
    plan: str
    kind: str  # zone, plan, agency, goal, target, section, task, clause, assignment
    key: str
    action: str  # created, updated, archived
    fields: tuple[str, ...] = ()
    section: str = ""


@dataclass
class LoadReport:
    changes: list[Change] = field(default_factory=list)
    dry_run: bool = False

    def add(self, change: Change):
        self.changes.append(change)

    def counts(self) -> Counter:
        return Counter(c.action for c in self.changes)

    def counts_by_kind(self) -> dict[str, Counter]:
        by_kind: dict[str, Counter] = defaultdict(Counter)
        for c in self.changes:
            by_kind[c.kind][c.action] += 1
        return dict(by_kind)

    def by_section(self, plan: str) -> dict[str, list[Change]]:
        grouped: dict[str, list[Change]] = defaultdict(list)
        for c in self.changes:
            if c.plan == plan:
                grouped[c.section].append(c)
        return dict(grouped)

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    def summary(self) -> str:
        counts = self.counts()
        return (
            f"{counts['created']} created, {counts['updated']} updated, "
            f"{counts['archived']} archived"
        )


def plans_validate_together(documents: list[PlanDocument]) -> list[FixtureError]:
    """Checks across files and against the database: parent zones, implemented plans, links."""
    errors: list[FixtureError] = []
    zones_in_batch = {d.zone_slug for d in documents}
    plans_in_batch: dict[str, PlanDocument] = {}
    for doc in documents:
        if doc.plan_code in plans_in_batch:
            other = plans_in_batch[doc.plan_code].name
            errors.append(
                FixtureError(doc.name, "plan.code", f"{doc.plan_code!r} is also in {other}")
            )
        plans_in_batch.setdefault(doc.plan_code, doc)

    def zone_known(slug):
        return slug in zones_in_batch or PilotZone.objects.filter(slug=slug).exists()

    def plan_known(code):
        return code in plans_in_batch or Plan.objects.filter(code=code).exists()

    def target_known(plan_code, target_code):
        if plan_code in plans_in_batch:
            goals = plans_in_batch[plan_code].data["goals"]
            return any(t["code"] == target_code for g in goals for t in g["targets"])
        return Target.objects.filter(plan__code=plan_code, code=target_code).exists()

    for doc in documents:
        parent = doc.data["zone"].get("parent")
        if parent and (parent == doc.zone_slug or not zone_known(parent)):
            errors.append(FixtureError(doc.name, "zone.parent", f"unknown zone {parent!r}"))
        implements = doc.data["plan"].get("implements")
        if implements and (implements == doc.plan_code or not plan_known(implements)):
            errors.append(FixtureError(doc.name, "plan.implements", f"unknown plan {implements!r}"))
        for gi, goal in enumerate(doc.data["goals"]):
            for ti, target in enumerate(goal["targets"]):
                link = target.get("contributes_to")
                if link and not target_known(*link.split(":", 1)):
                    errors.append(
                        FixtureError(
                            doc.name,
                            f"goals[{gi}].targets[{ti}].contributes_to",
                            f"unknown target {link!r}",
                        )
                    )
    return errors


def _dependency_order(documents: list[PlanDocument]) -> list[PlanDocument]:
    """Parents before children, so a zone's parent and an implemented plan exist when needed."""
    by_zone = {d.zone_slug: d for d in documents}
    by_plan = {d.plan_code: d for d in documents}
    ordered: list[PlanDocument] = []

    def visit(doc, seen=()):
        if doc in ordered or doc.plan_code in seen:
            return
        for dep in (
            by_zone.get(doc.data["zone"].get("parent")),
            by_plan.get(doc.data["plan"].get("implements")),
        ):
            if dep is not None and dep is not doc:
                visit(dep, (*seen, doc.plan_code))
        ordered.append(doc)

    for doc in documents:
        visit(doc)
    return ordered


def plans_load(documents: list[PlanDocument], *, dry_run: bool = False) -> LoadReport:
    """Validate the documents together, then load them in one transaction (rolled back if dry)."""
    errors = plans_validate_together(documents)
    if errors:
        raise PlanFixtureInvalid(errors)
    report = LoadReport(dry_run=dry_run)
    with transaction.atomic():
        loaders = [_PlanLoader(doc, report) for doc in _dependency_order(documents)]
        for loader in loaders:
            loader.load()
        for loader in loaders:
            loader.link_contributions()
        if dry_run:
            transaction.set_rollback(True)
    return report


def _decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _assignment_label(task_code, clause_number, role, agency_code) -> str:
    clause = f" ({clause_number})" if clause_number else ""
    return f"{task_code}{clause} {role} {agency_code}"


class _PlanLoader:
    """Loads one plan document; every write goes through _sync or _archive, which report it."""

    def __init__(self, doc: PlanDocument, report: LoadReport):
        self.data = doc.data
        self.report = report
        self.code = doc.plan_code
        self.now = timezone.now()
        self.created: set[tuple[str, str]] = set()

    def _sync(self, kind, existing, key, model, identity, values, *, section="", label=None):
        """Create the row (identity + values) or update only the values that differ.

        A row that comes back after being archived is unarchived.
        """
        label = label or str(key)
        obj = existing.get(key)
        if obj is None:
            obj = existing[key] = model.objects.create(**identity, **values)
            self.created.add((kind, label))
            self.report.add(Change(self.code, kind, label, "created", section=section))
            return obj
        changed = [name for name, value in values.items() if getattr(obj, name) != value]
        for name in changed:
            setattr(obj, name, values[name])
        if getattr(obj, "archived_at", None) is not None:
            obj.archived_at = None
            changed.append("archived_at")
        if changed:
            obj.save(update_fields=changed)
            if (kind, label) not in self.created:  # a link set in a second pass is part of creating
                self.report.add(
                    Change(self.code, kind, label, "updated", tuple(changed), section=section)
                )
        return obj

    def _archive(self, kind, rows, *, label=lambda row: row.code, section=lambda row: ""):
        for row in rows:
            if row.archived_at is None:
                row.archived_at = self.now
                row.save(update_fields=["archived_at"])
                self.report.add(
                    Change(self.code, kind, label(row), "archived", section=section(row))
                )

    def load(self):
        self.zone = self._load_zone()
        self.plan = self._load_plan()
        self.agencies = self._load_agencies()
        self._load_goals()
        self._load_sections()
        if any(c.plan == self.code for c in self.report.changes):
            Plan.objects.filter(pk=self.plan.pk).update(loaded_at=self.now)
            plan_changed(plan_id=self.plan.pk, effective_on=timezone.localdate())

    def _load_zone(self):
        z = self.data["zone"]
        values = {
            "name": z["name"],
            "name_en": z.get("name_en", ""),
            "level": z["level"],
            "parent": PilotZone.objects.get(slug=z["parent"]) if z.get("parent") else None,
        }
        existing = {o.slug: o for o in PilotZone.objects.filter(slug=z["slug"])}
        return self._sync("zone", existing, z["slug"], PilotZone, {"slug": z["slug"]}, values)

    def _load_plan(self):
        p = self.data["plan"]
        values = {
            "zone": self.zone,
            "title": p["title"],
            "title_en": p.get("title_en", ""),
            "issuer": p.get("issuer", ""),
            "doc_number": p.get("doc_number", ""),
            "issued_on": datetime.date.fromisoformat(p["issued_on"]) if "issued_on" in p else None,
            "period_start": p["period_start"],
            "period_end": p["period_end"],
            "milestone_years": p.get("milestone_years", []),
            "implements": Plan.objects.get(code=p["implements"]) if p.get("implements") else None,
            "source_file": p.get("source_file", ""),
        }
        existing = {o.code: o for o in Plan.objects.filter(code=self.code)}
        return self._sync("plan", existing, self.code, Plan, {"code": self.code}, values)

    def _load_agencies(self) -> dict[str, Agency]:
        existing = {a.code: a for a in Agency.objects.filter(zone=self.zone)}
        for a in self.data["agencies"]:
            values = {
                "name": a["name"],
                "aliases": a.get("aliases", []),
                "category": a["category"],
                "from_fixture": True,
            }
            self._sync(
                "agency",
                existing,
                a["code"],
                Agency,
                {"zone": self.zone, "code": a["code"]},
                values,
            )
        listed = {a["code"] for a in self.data["agencies"]}
        self._archive(
            "agency", [a for a in existing.values() if a.from_fixture and a.code not in listed]
        )
        return existing

    def _load_goals(self):
        goals = {g.code: g for g in Goal.objects.filter(plan=self.plan)}
        targets = {t.code: t for t in Target.objects.filter(plan=self.plan)}
        listed_goals, listed_targets = set(), set()
        order = 0
        for goal_order, g in enumerate(self.data["goals"]):
            goal_values = {
                "numbering": g.get("numbering", ""),
                "title": g["title"],
                "text": g.get("text", ""),
                "order": goal_order,
            }
            goal = self._sync(
                "goal", goals, g["code"], Goal, {"plan": self.plan, "code": g["code"]}, goal_values
            )
            listed_goals.add(g["code"])
            for t in g["targets"]:
                order += 1
                values = {
                    "goal": goal,
                    "metric": t["metric"],
                    "unit": t["unit"],
                    "comparator": t["comparator"],
                    "value": _decimal(t["value"]),
                    "value_max": _decimal(t.get("value_max")),
                    "deadline_year": t["deadline"],
                    "per_year": t.get("per_year", False),
                    "aggregation": t["aggregation"],
                    "baseline": _decimal(t.get("baseline")),
                    "baseline_year": t.get("baseline_year"),
                    "source_phrase": t["source_phrase"],
                    "order": order,
                }
                # An owner set by an admin in the app stays unless the fixture names one.
                if t.get("owner"):
                    values["owner"] = self.agencies[t["owner"]]
                identity = {"plan": self.plan, "code": t["code"]}
                self._sync("target", targets, t["code"], Target, identity, values)
                listed_targets.add(t["code"])
        for t in self._targets():
            parent = targets[t["parent"]] if t.get("parent") else None
            self._sync("target", targets, t["code"], Target, {}, {"parent": parent})
        self._archive("target", [t for c, t in targets.items() if c not in listed_targets])
        self._archive("goal", [g for c, g in goals.items() if c not in listed_goals])
        self.targets = targets

    def _targets(self):
        return [t for g in self.data["goals"] for t in g["targets"]]

    def link_contributions(self):
        """Second pass, after every plan of the batch is in: district targets → city targets."""
        for t in self._targets():
            into = None
            if t.get("contributes_to"):
                plan_code, target_code = t["contributes_to"].split(":", 1)
                into = Target.objects.get(plan__code=plan_code, code=target_code)
            self._sync("target", self.targets, t["code"], Target, {}, {"contributes_to": into})

    def _load_sections(self):
        self.sections = {
            s.code: s for s in Section.objects.filter(plan=self.plan).select_related("parent")
        }
        self.tasks = {
            t.code: t for t in Task.objects.filter(plan=self.plan).select_related("section")
        }
        self.clauses = {
            (c.task.code, c.number): c
            for c in TaskClause.objects.filter(task__plan=self.plan).select_related("task")
        }
        self.assignments = {
            (a.task.code, a.clause.number if a.clause_id else None, a.role, a.agency.code): a
            for a in TaskAssignment.objects.filter(task__plan=self.plan).select_related(
                "task", "clause", "agency"
            )
        }
        self.listed: dict[str, set] = {kind: set() for kind in ("section", "task", "clause", "a")}
        rows = self._load_section_rows()
        for order, (s, t) in enumerate(tasks_in_print_order(self.data["sections"]), start=1):
            self._load_task(t, rows[s["code"]], order)
        self._archive_unlisted()

    def _load_section_rows(self) -> dict[str, Section]:
        """Every section, outer before inner, each pointing at the section it is printed in."""
        rows: dict[str, Section] = {}
        for order, placed in enumerate(sections_walk(self.data["sections"])):
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
            identity = {"plan": self.plan, "code": s["code"]}
            rows[s["code"]] = self._sync(
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
        }
        identity = {"plan": self.plan, "code": t["code"]}
        task = self._sync("task", self.tasks, t["code"], Task, identity, values, **where)
        self.listed["task"].add(t["code"])
        holders = [(None, t)]
        for number, c in enumerate(t.get("clauses", []), start=1):
            key = (t["code"], number)
            clause = self._sync(
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
                    "agency": self.agencies[agency_code],
                }
                # An identical assignment an admin made in the app is adopted.
                values = {"order": position, "from_fixture": True}
                label = _assignment_label(task.code, number, role, agency_code)
                self._sync(
                    "assignment", self.assignments, key, TaskAssignment, identity, values,
                    label=label, **where,
                )  # fmt: skip

    def _archive_unlisted(self):
        section_of = {t.code: t.section.code for t in self.tasks.values()}
        self._archive(
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
        self._archive(
            "clause",
            [c for k, c in self.clauses.items() if k not in self.listed["clause"]],
            label=lambda c: f"{c.task.code} ({c.number})",
            section=lambda c: section_of[c.task.code],
        )
        self._archive(
            "task",
            [t for c, t in self.tasks.items() if c not in self.listed["task"]],
            section=lambda t: section_of[t.code],
        )
        self._archive(
            "section",
            [s for c, s in self.sections.items() if c not in self.listed["section"]],
            section=lambda s: s.code,
        )

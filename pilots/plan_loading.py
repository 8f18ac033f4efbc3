"""Loading plan fixtures into the database: atomic, idempotent, archiving what a revision removes.

``plans_load`` is the one entry point: the ``load_plans`` command and the admin upload both call
it. Every object is matched by its natural key (zone slug, plan code, agency/section/task/goal/
target code within its plan or zone), so reloading a file updates in place. Rows that a revised
file no longer lists are archived, never deleted: status updates, observations and milestones
recorded against them stay.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from pilots.models import Agency, PilotZone, Plan
from pilots.plan_fixtures import ROLES, FixtureError, PlanDocument, PlanFixtureInvalid
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


class _PlanLoader:
    def __init__(self, doc: PlanDocument, report: LoadReport):
        self.doc = doc
        self.data = doc.data
        self.report = report
        self.code = doc.plan_code
        self.now = timezone.now()
        self.created: set[tuple[str, str]] = set()

    def _sync(self, kind, existing, key, create, values, *, section="", label=None):
        """Create the row or update only the fields that differ; unarchive it if it returns."""
        label = label or str(key)
        obj = existing.get(key)
        if obj is None:
            obj = create(**values)
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
            if (kind, label) in self.created:  # a link set in a second pass is part of creating
                return obj
            self.report.add(
                Change(self.code, kind, label, "updated", tuple(changed), section=section)
            )
        return obj

    def _archive(self, kind, rows, *, section_of=lambda row: ""):
        for row in rows:
            if row.archived_at is None:
                row.archived_at = self.now
                row.save(update_fields=["archived_at"])
                self.report.add(
                    Change(self.code, kind, self._key_of(row), "archived", section=section_of(row))
                )

    @staticmethod
    def _key_of(row) -> str:
        if isinstance(row, TaskAssignment):
            clause = f" ({row.clause.number})" if row.clause_id else ""
            return f"{row.task.code}{clause} {row.role} {row.agency.code}"
        if isinstance(row, TaskClause):
            return f"{row.task.code} ({row.number})"
        return row.code

    def load(self):
        self.zone = self._load_zone()
        self.plan = self._load_plan()
        self.agencies = self._load_agencies()
        self._load_goals()
        self._load_sections()
        if any(c.plan == self.code for c in self.report.changes):
            Plan.objects.filter(pk=self.plan.pk).update(loaded_at=self.now)

    def _load_zone(self):
        z = self.data["zone"]
        parent = PilotZone.objects.get(slug=z["parent"]) if z.get("parent") else None
        existing = {o.slug: o for o in PilotZone.objects.filter(slug=z["slug"])}
        values = {
            "name": z["name"],
            "name_en": z.get("name_en", ""),
            "level": z["level"],
            "parent": parent,
        }
        return self._sync(
            "zone", existing, z["slug"], lambda **v: PilotZone.objects.create(slug=z["slug"], **v),
            values,
        )

    def _load_plan(self):
        p = self.data["plan"]
        implements = Plan.objects.get(code=p["implements"]) if p.get("implements") else None
        values = {
            "zone": self.zone,
            "title": p["title"],
            "title_en": p.get("title_en", ""),
            "issuer": p.get("issuer", ""),
            "doc_number": p.get("doc_number", ""),
            "issued_on": (
                timezone.datetime.fromisoformat(p["issued_on"]).date()
                if p.get("issued_on")
                else None
            ),
            "period_start": p["period_start"],
            "period_end": p["period_end"],
            "milestone_years": p.get("milestone_years", []),
            "implements": implements,
            "source_file": p.get("source_file", ""),
        }
        existing = {o.code: o for o in Plan.objects.filter(code=self.code)}
        return self._sync(
            "plan", existing, self.code, lambda **v: Plan.objects.create(code=self.code, **v),
            values,
        )

    def _load_agencies(self) -> dict[str, Agency]:
        existing = {a.code: a for a in Agency.objects.filter(zone=self.zone)}
        loaded = {}
        for a in self.data["agencies"]:
            values = {
                "name": a["name"],
                "aliases": a.get("aliases", []),
                "category": a["category"],
                "from_fixture": True,
            }
            loaded[a["code"]] = self._sync(
                "agency", existing, a["code"],
                lambda code=a["code"], **v: Agency.objects.create(zone=self.zone, code=code, **v),
                values,
            )
        self._archive(
            "agency",
            [a for code, a in existing.items() if a.from_fixture and code not in loaded],
        )
        return loaded

    def _load_goals(self):
        goals = {g.code: g for g in Goal.objects.filter(plan=self.plan)}
        targets = {t.code: t for t in Target.objects.filter(plan=self.plan)}
        seen_goals, seen_targets, order = set(), {}, 0
        for gi, g in enumerate(self.data["goals"]):
            goal = self._sync(
                "goal", goals, g["code"],
                lambda code=g["code"], **v: Goal.objects.create(plan=self.plan, code=code, **v),
                {
                    "numbering": g.get("numbering", ""),
                    "title": g["title"],
                    "text": g.get("text", ""),
                    "order": gi,
                },
            )
            seen_goals.add(g["code"])
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
                seen_targets[t["code"]] = self._sync(
                    "target", targets, t["code"],
                    lambda code=t["code"], **v: Target.objects.create(
                        plan=self.plan, code=code, **v
                    ),
                    values,
                )
        for g in self.data["goals"]:
            for t in g["targets"]:
                parent = seen_targets[t["parent"]] if t.get("parent") else None
                self._sync("target", seen_targets, t["code"], None, {"parent": parent})
        self._archive("target", [t for c, t in targets.items() if c not in seen_targets])
        self._archive("goal", [g for c, g in goals.items() if c not in seen_goals])
        self.targets = seen_targets

    def link_contributions(self):
        for g in self.data["goals"]:
            for t in g["targets"]:
                link = t.get("contributes_to")
                into = None
                if link:
                    plan_code, target_code = link.split(":", 1)
                    into = Target.objects.get(plan__code=plan_code, code=target_code)
                self._sync("target", self.targets, t["code"], None, {"contributes_to": into})

    def _load_sections(self):
        sections = {s.code: s for s in Section.objects.filter(plan=self.plan)}
        tasks = {t.code: t for t in Task.objects.filter(plan=self.plan)}
        clauses = {
            (c.task.code, c.number): c
            for c in TaskClause.objects.filter(task__plan=self.plan).select_related("task")
        }
        assignments = {
            (a.task.code, a.clause.number if a.clause_id else None, a.role, a.agency.code): a
            for a in TaskAssignment.objects.filter(task__plan=self.plan).select_related(
                "task", "clause", "agency"
            )
        }
        seen_sections, seen_tasks, seen_clauses, seen_assignments = set(), set(), set(), set()
        order = 0
        for si, s in enumerate(self.data["sections"]):
            section = self._sync(
                "section", sections, s["code"],
                lambda code=s["code"], **v: Section.objects.create(plan=self.plan, code=code, **v),
                {
                    "numbering": s.get("numbering", ""),
                    "part": s.get("part", ""),
                    "title": s["title"],
                    "text": s.get("text", ""),
                    "kind": s["kind"],
                    "order": si,
                },
                section=s["code"],
            )
            seen_sections.add(s["code"])
            for t in s["tasks"]:
                order += 1
                task = self._sync(
                    "task", tasks, t["code"],
                    lambda code=t["code"], **v: Task.objects.create(
                        plan=self.plan, code=code, **v
                    ),
                    {
                        "section": section,
                        "numbering": t.get("numbering", ""),
                        "title": t["title"],
                        "text": t["text"],
                        "order": order,
                    },
                    section=s["code"],
                )
                seen_tasks.add(t["code"])
                holders = [(None, t)]
                for number, c in enumerate(t.get("clauses", []), start=1):
                    key = (t["code"], number)
                    clause = self._sync(
                        "clause", clauses, key,
                        lambda task=task, number=number, **v: TaskClause.objects.create(
                            task=task, number=number, **v
                        ),
                        {"text": c["text"]},
                        section=s["code"],
                        label=f"{t['code']} ({number})",
                    )
                    seen_clauses.add(key)
                    holders.append((clause, c))
                for clause, holder in holders:
                    for role in ROLES:
                        for position, agency_code in enumerate(holder.get(role, [])):
                            number = clause.number if clause else None
                            key = (t["code"], number, role, agency_code)
                            seen_assignments.add(key)
                            self._sync(
                                "assignment", assignments, key,
                                lambda task=task, clause=clause, role=role, agency_code=agency_code,
                                **v: TaskAssignment.objects.create(
                                    task=task, clause=clause, role=role,
                                    agency=self.agencies[agency_code], **v
                                ),
                                # An identical assignment an admin made in the app is adopted.
                                {"order": position, "from_fixture": True},
                                section=s["code"],
                                label=f"{t['code']}{f' ({number})' if number else ''} "
                                f"{role} {agency_code}",
                            )
        section_of_task = {t.code: t.section.code for t in tasks.values()}
        self._archive(
            "assignment",
            [a for k, a in assignments.items() if a.from_fixture and k not in seen_assignments],
            section_of=lambda a: section_of_task.get(a.task.code, ""),
        )
        self._archive(
            "clause",
            [c for k, c in clauses.items() if k not in seen_clauses],
            section_of=lambda c: section_of_task.get(c.task.code, ""),
        )
        self._archive(
            "task",
            [t for c, t in tasks.items() if c not in seen_tasks],
            section_of=lambda t: section_of_task.get(t.code, ""),
        )
        self._archive(
            "section",
            [s for c, s in sections.items() if c not in seen_sections],
            section_of=lambda s: s.code,
        )

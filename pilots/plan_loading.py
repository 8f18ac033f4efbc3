"""Loading plan fixtures into the database: atomic, idempotent, archiving what a revision removes.

``plans_load`` is the one entry point: the ``load_plans`` command and the admin upload both call
it. Every object is matched by its natural key (zone slug, plan code, agency/section/task/goal/
target code within its plan or zone), so reloading a file updates in place. Rows that a revised
file no longer lists are archived, never deleted: status updates, observations and milestones
recorded against them stay. Agencies belong to the zone, so one a file no longer lists is kept
while another plan of the zone still assigns it a task or a target.

Loading is composed from steps. pilots loads what it knows — the zone, the plan, its agencies —
then runs the steps the apps above register in their ``AppConfig.ready`` (``plan_load_step_add``):
tasks loads the sections, tasks, clauses and assignments; targets the goals and targets, and in
a second pass, once every plan of the batch is in, the links from district to city targets. Each
step writes through ``PlanSync.sync``/``archive``, which report every change; a step may also
check a batch of documents together (``validate``). pilots names none of them.
"""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pilots.changes import plan_changed
from pilots.models import Agency, PilotZone, Plan
from pilots.plan_fixtures import FixtureError, PlanDocument, PlanFixtureInvalid
from pilots.trees import chain_text, loops_in

if TYPE_CHECKING:
    from pilots.plan_replacing import PlanHolding


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
        """For the load_plans command's output."""
        counts = self.counts()
        return (
            f"{counts['created']} created, {counts['updated']} updated, "
            f"{counts['archived']} archived"
        )

    def summary_shown(self) -> str:
        """For a page's message, in the user's language."""
        return _("新增 %(created)s · 修改 %(updated)s · 归档 %(archived)s") % self.counts()


@dataclass
class PlanLoadStep:
    """A part of loading a plan that an app above pilots owns.

    ``load(loading)`` runs for each document after its zone, plan and agencies; ``link(loading)``
    in a second pass after every document of the batch is loaded; ``validate(doc, batch)``
    checks one document against the others of the batch (``batch``: plan code → document) and
    the database before anything is written; ``agencies_in_use(plan)`` gives the ids of the
    zone's agencies that the zone's other plans still use (live assignments, target owners);
    ``holding(plan, changes)`` what of the plan's a load's ``changes`` archive or rewrite."""

    name: str
    order: int
    load: Callable[[PlanLoading], None]
    link: Callable[[PlanLoading], None] | None = None
    validate: Callable[[PlanDocument, dict[str, PlanDocument]], list[FixtureError]] | None = None
    agencies_in_use: Callable[[Plan], set[int]] | None = None
    holding: Callable[[Plan, list[Change]], PlanHolding] | None = None


_steps: list[PlanLoadStep] = []


def plan_load_step_add(step: PlanLoadStep) -> None:
    """Register a step (once per name: ``ready`` may run more than once in tests)."""
    if all(s.name != step.name for s in _steps):
        _steps.append(step)
        _steps.sort(key=lambda s: s.order)


def plan_load_steps() -> list[PlanLoadStep]:
    return list(_steps)


def plans_validate_together(documents: list[PlanDocument]) -> list[FixtureError]:
    """Checks across files and against the database: parent zones, implemented plans, and what
    the steps check (e.g. links between targets)."""
    errors: list[FixtureError] = []
    zones_in_batch = {d.zone_slug for d in documents}
    plans_in_batch: dict[str, PlanDocument] = {}
    for doc in documents:
        if doc.plan_code in plans_in_batch:
            other = plans_in_batch[doc.plan_code].name
            errors.append(
                FixtureError(
                    doc.name,
                    "plan.code",
                    _("%(code)s 也在 %(other)s 中") % {"code": repr(doc.plan_code), "other": other},
                )
            )
        plans_in_batch.setdefault(doc.plan_code, doc)

    def zone_known(slug):
        return slug in zones_in_batch or PilotZone.objects.filter(slug=slug).exists()

    def plan_known(code):
        return code in plans_in_batch or Plan.objects.filter(code=code).exists()

    zones_of_plans = dict(
        Plan.objects.filter(code__in=plans_in_batch).values_list("code", "zone__slug")
    )

    for doc in documents:
        parent = doc.data["zone"].get("parent")
        if parent and (parent == doc.zone_slug or not zone_known(parent)):
            unknown = _("未知的试验区 %(slug)s") % {"slug": repr(parent)}
            errors.append(FixtureError(doc.name, "zone.parent", unknown))
        implements = doc.data["plan"].get("implements")
        if implements and (implements == doc.plan_code or not plan_known(implements)):
            unknown = _("未知的规划 %(code)s") % {"code": repr(implements)}
            errors.append(FixtureError(doc.name, "plan.implements", unknown))
        zone = zones_of_plans.get(doc.plan_code)
        if zone is not None and zone != doc.zone_slug:
            # Agencies, members and history belong to the zone: a plan never moves.
            message = _("%(code)s 是试验区 %(zone)s 的规划；规划不能换试验区") % {
                "code": repr(doc.plan_code),
                "zone": repr(zone),
            }
            errors.append(FixtureError(doc.name, "plan.code", message))
        errors += _follows_errors(doc, plans_in_batch)
        errors += agency_name_clashes(doc.name, doc.data["agencies"], doc.zone_slug)
        for step in _steps:
            if step.validate:
                errors += step.validate(doc, plans_in_batch)
    return errors + _zone_loops(documents)


def agency_name_clashes(name: str, agencies: list[dict], zone_slug: str) -> list[FixtureError]:
    """An agency the zone already has under another code (a zone's agency names are unique):
    the file must use that code."""
    known = dict(Agency.objects.filter(zone__slug=zone_slug).values_list("name", "code"))
    return [
        FixtureError(name, f"agencies[{index}].code", _(
            "单位“%(name)s”已存在，代码为 %(code)s："
            "请改用这个代码（并相应修改任务和指标中的引用）。"
        ) % {"name": agency["name"], "code": known[agency["name"]]})
        for index, agency in enumerate(agencies)
        if known.get(agency["name"], agency["code"]) != agency["code"]
    ]  # fmt: skip


def _zone_loops(documents: list[PlanDocument]) -> list[FixtureError]:
    """A zone's parent as the batch would leave it (the file's, else the database's) must not
    lead back to the zone: a zone above itself has no place in the zones' tree."""
    parent_of = dict(PilotZone.objects.values_list("slug", "parent__slug"))
    in_batch: dict[str, PlanDocument] = {}
    for doc in documents:
        if in_batch.setdefault(doc.zone_slug, doc) is doc:
            parent_of[doc.zone_slug] = doc.data["zone"].get("parent")
    errors = []
    for loop in loops_in(parent_of):
        message = _("上级试验区首尾相连，成了循环：%(chain)s") % {"chain": chain_text(loop)}
        errors += [
            FixtureError(in_batch[slug].name, "zone.parent", message)
            for slug in dict.fromkeys(loop)
            if slug in in_batch
        ]
    return errors


def _follows_errors(doc: PlanDocument, plans_in_batch: dict) -> list[FixtureError]:
    """``follows`` names an earlier plan of the same zone."""
    follows = doc.data["plan"].get("follows")
    if not follows:
        return []
    if follows == doc.plan_code:
        why = _(
            "规划不能接续它自己：plan.code 就是它接续的规划；如要替换那份规划，请删去 follows 一行"
        )
        return [FixtureError(doc.name, "plan.follows", why)]
    if follows in plans_in_batch:
        other = plans_in_batch[follows].data
        zone, start = other["zone"]["slug"], other["plan"]["period_start"]
    elif found := Plan.objects.filter(code=follows).values("zone__slug", "period_start").first():
        zone, start = found["zone__slug"], found["period_start"]
    else:
        return [
            FixtureError(
                doc.name, "plan.follows", _("未知的规划 %(code)s") % {"code": repr(follows)}
            )
        ]
    if zone != doc.zone_slug:
        other_zone = _("%(code)s 是另一个试验区的规划") % {"code": repr(follows)}
        return [FixtureError(doc.name, "plan.follows", other_zone)]
    if start > doc.data["plan"]["period_start"]:
        later = _("%(code)s 开始得比本规划晚") % {"code": repr(follows)}
        return [FixtureError(doc.name, "plan.follows", later)]
    return []


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
            by_plan.get(doc.data["plan"].get("follows")),
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
        loaders = [PlanLoading(doc, report) for doc in _dependency_order(documents)]
        for loader in loaders:
            loader.load()
        for loader in loaders:
            loader.link()
        if dry_run:
            transaction.set_rollback(True)
    return report


def decimal_or_none(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


class PlanSync:
    """Writes of one plan's load: every row is created, updated or archived through ``sync`` or
    ``archive``, which report the change (the load's preview and summary come from them)."""

    def __init__(self, *, code: str, report: LoadReport):
        self.report = report
        self.code = code
        self.now = timezone.now()
        self.created: set[tuple[str, str]] = set()

    def sync(self, kind, existing, key, model, identity, values, *, section="", label=None):
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

    def archive(self, kind, rows, *, label=lambda row: row.code, section=lambda row: ""):
        for row in rows:
            if row.archived_at is None:
                row.archived_at = self.now
                row.save(update_fields=["archived_at"])
                self.report.add(
                    Change(self.code, kind, label(row), "archived", section=section(row))
                )


class PlanLoading(PlanSync):
    """Loads one plan document: its zone, plan and agencies, then every registered step."""

    def __init__(self, doc: PlanDocument, report: LoadReport):
        super().__init__(code=doc.plan_code, report=report)
        self.data = doc.data
        self.state: dict[str, Any] = {}  # what a step keeps between its load and link passes

    def load(self):
        self.zone = self._load_zone()
        self.plan = self._load_plan()
        self.agencies = self._load_agencies()
        for step in _steps:
            step.load(self)
        if any(c.plan == self.code for c in self.report.changes):
            Plan.objects.filter(pk=self.plan.pk).update(loaded_at=self.now)
            plan_changed(plan_id=self.plan.pk, effective_on=timezone.localdate())

    def link(self):
        """Second pass, after every plan of the batch is in."""
        for step in _steps:
            if step.link:
                step.link(self)

    def _load_zone(self):
        z = self.data["zone"]
        values = {
            "name": z["name"],
            "name_en": z.get("name_en", ""),
            "level": z["level"],
            "parent": PilotZone.objects.get(slug=z["parent"]) if z.get("parent") else None,
        }
        existing = {o.slug: o for o in PilotZone.objects.filter(slug=z["slug"])}
        return self.sync("zone", existing, z["slug"], PilotZone, {"slug": z["slug"]}, values)

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
            "follows": Plan.objects.get(code=p["follows"]) if p.get("follows") else None,
            "source_file": p.get("source_file", ""),
        }
        existing = {o.code: o for o in Plan.objects.filter(code=self.code)}
        return self.sync("plan", existing, self.code, Plan, {"code": self.code}, values)

    def _load_agencies(self) -> dict[str, Agency]:
        existing = {a.code: a for a in Agency.objects.filter(zone=self.zone)}
        for a in self.data["agencies"]:
            values = {
                "name": a["name"],
                "aliases": a.get("aliases", []),
                "category": a["category"],
                "from_fixture": True,
            }
            self.sync(
                "agency",
                existing,
                a["code"],
                Agency,
                {"zone": self.zone, "code": a["code"]},
                values,
            )
        listed = {a["code"] for a in self.data["agencies"]}
        unlisted = [a for a in existing.values() if a.from_fixture and a.code not in listed]
        if unlisted:
            # Agencies belong to the zone: one the file no longer lists stays while another plan
            # of the zone (the plan this one follows, say) still gives it work.
            in_use = set().union(
                *(s.agencies_in_use(self.plan) for s in _steps if s.agencies_in_use)
            )
            self.archive("agency", [a for a in unlisted if a.pk not in in_use])
        return existing

"""The targets app's step of plan loading (see ``pilots/plan_loading.py``): goals and their
targets, and — once every plan of a batch is in — the links from a district's targets to the
city targets they contribute to (checked across the batch before anything is written)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from pilots.plan_fixtures import FixtureError, PlanDocument
from pilots.plan_loading import PlanLoading, PlanLoadStep, decimal_or_none
from pilots.plan_replacing import PlanHolding, plan_holding
from targets.models import Goal, Observation, Target


def goals_load(loading: PlanLoading) -> None:
    """The plan's goals and their targets, then each target's parent (a target it details)."""
    goals = {g.code: g for g in Goal.objects.filter(plan=loading.plan)}
    targets = {t.code: t for t in Target.objects.filter(plan=loading.plan)}
    listed_goals, listed_targets = set(), set()
    order = 0
    for goal_order, g in enumerate(loading.data["goals"]):
        goal_values = {
            "numbering": g.get("numbering", ""),
            "title": g["title"],
            "text": g.get("text", ""),
            "order": goal_order,
        }
        goal = loading.sync(
            "goal", goals, g["code"], Goal, {"plan": loading.plan, "code": g["code"]}, goal_values
        )
        listed_goals.add(g["code"])
        for t in g["targets"]:
            order += 1
            values = {
                "goal": goal,
                "metric": t["metric"],
                "metric_en": t.get("metric_en", ""),
                "unit": t["unit"],
                "comparator": t["comparator"],
                "value": decimal_or_none(t["value"]),
                "value_max": decimal_or_none(t.get("value_max")),
                "deadline_year": t["deadline"],
                "per_year": t.get("per_year", False),
                "aggregation": t["aggregation"],
                "baseline": decimal_or_none(t.get("baseline")),
                "baseline_year": t.get("baseline_year"),
                "source_phrase": t["source_phrase"],
                "kind": t.get("kind", ""),
                "order": order,
            }
            # An owner set by an admin in the app stays unless the fixture names one.
            if t.get("owner"):
                values["owner"] = loading.agencies[t["owner"]]
            identity = {"plan": loading.plan, "code": t["code"]}
            loading.sync("target", targets, t["code"], Target, identity, values)
            listed_targets.add(t["code"])
    for t in _targets(loading.data):
        parent = targets[t["parent"]] if t.get("parent") else None
        loading.sync("target", targets, t["code"], Target, {}, {"parent": parent})
    loading.archive("target", [t for c, t in targets.items() if c not in listed_targets])
    loading.archive("goal", [g for c, g in goals.items() if c not in listed_goals])
    loading.state["targets"] = targets


def _targets(data: dict) -> list[dict]:
    return [t for g in data["goals"] for t in g["targets"]]


def contributions_link(loading: PlanLoading) -> None:
    """Second pass, after every plan of the batch is in: district targets → city targets."""
    for t in _targets(loading.data):
        into = None
        if t.get("contributes_to"):
            plan_code, target_code = t["contributes_to"].split(":", 1)
            into = Target.objects.get(plan__code=plan_code, code=target_code)
        targets = loading.state["targets"]
        loading.sync("target", targets, t["code"], Target, {}, {"contributes_to": into})


def contributions_validate(doc: PlanDocument, batch: dict[str, PlanDocument]) -> list[FixtureError]:
    """A target may contribute only to a target of a plan in the batch or in the database."""

    def target_known(plan_code, target_code):
        if plan_code in batch:
            goals = batch[plan_code].data["goals"]
            return any(t["code"] == target_code for g in goals for t in g["targets"])
        return Target.objects.filter(plan__code=plan_code, code=target_code).exists()

    errors = []
    for gi, goal in enumerate(doc.data["goals"]):
        for ti, target in enumerate(goal["targets"]):
            link = target.get("contributes_to")
            if link and not target_known(*link.split(":", 1)):
                errors.append(
                    FixtureError(
                        doc.name,
                        f"goals[{gi}].targets[{ti}].contributes_to",
                        _("未知的指标 %(link)s") % {"link": repr(link)},
                    )
                )
    return errors


def target_owners_in_use(plan) -> set[int]:
    """The owners of the live targets of the zone's other plans."""
    return set(
        Target.objects.filter(plan__zone_id=plan.zone_id, archived_at=None, owner__isnull=False)
        .exclude(plan=plan)
        .values_list("owner_id", flat=True)
    )


def target_holding(plan, changes) -> PlanHolding:
    """The plan's live targets, those a load archives or rewrites, and their values."""
    return plan_holding(
        changes, "target",
        wording=_("现有 %(held)s 项指标：载入后归档 %(archived)s 项（其 %(lost)s 条指标数据随之"
                  "不再显示），改写 %(changed)s 项（其 %(moved)s 条指标数据归于改写后的内容）。"),
        live=Target.objects.filter(plan=plan, archived_at=None),
        history=Observation.objects.filter(target__plan=plan),
    )  # fmt: skip


GOALS_STEP = PlanLoadStep(
    name="goals",
    order=10,  # before the sections, as the loader always did (the report lists goals first)
    load=goals_load,
    link=contributions_link,
    validate=contributions_validate,
    agencies_in_use=target_owners_in_use,
    holding=target_holding,
)

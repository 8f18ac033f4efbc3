"""A draft loaded under the code of a plan already in the database replaces that plan: the tasks
and targets the draft does not list are archived (kept, with their reports and values, but no
longer shown), those of the same code rewritten with the draft's wording. That is the way to
revise a plan from a new version of its document — and, with a code typed by mistake, the way to
lose one. The load's preview names the plan and what of it would change, and the load waits for
the admin's acknowledgement; a draft loaded again after an edit revises its own plan, unasked.

The load is not refused even when the plan has reports or values: archiving keeps them (a draft
listing the rows again brings them back), and the one who knows whether the document is that
plan's new version is the admin, told plainly what is at stake."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from pilots.models import Plan, PlanUpload
from pilots.plan_loading import Change, plan_load_steps


@dataclass(frozen=True)
class PlanHolding:
    """What a plan holds of one kind (its tasks, its targets) and what a load would do to them:
    rows archived and rows rewritten, and the history recorded against each (reports, values).
    ``wording`` says it, with %(held)s, %(archived)s, %(lost)s, %(changed)s and %(moved)s."""

    wording: str
    held: int
    archived: int
    changed: int
    history_archived: int
    history_changed: int

    def said(self) -> str:
        return self.wording % {
            "held": self.held, "archived": self.archived, "lost": self.history_archived,
            "changed": self.changed, "moved": self.history_changed,
        }  # fmt: skip


class ReplacementUnconfirmed(Exception):
    """The load would replace ``plan`` and the admin has not acknowledged it."""

    def __init__(self, plan: Plan):
        self.plan = plan
        super().__init__(plan.code)


def plan_holding(
    changes: list[Change], kind: str, *, wording: str, live: QuerySet, history: QuerySet
) -> PlanHolding:
    """What a load's ``changes`` do to the plan's ``live`` rows of ``kind`` (by their ``code``)
    and to their ``history`` (rows with a ``<kind>__code``)."""
    archived = {c.key for c in changes if c.kind == kind and c.action == "archived"}
    changed = {c.key for c in changes if c.kind == kind and c.action == "updated"}
    return PlanHolding(
        wording=wording, held=live.count(), archived=len(archived), changed=len(changed),
        history_archived=history.filter(**{f"{kind}__code__in": archived}).count(),
        history_changed=history.filter(**{f"{kind}__code__in": changed}).count(),
    )  # fmt: skip


def plan_replaced_by(upload: PlanUpload | None, *, loaded_as: int | None) -> Plan | None:
    """The plan already in the database that confirming ``upload`` would replace: the one of its
    code, unless it is the plan the draft was loaded as (``loaded_as``)."""
    if upload is None or upload.errors or upload.applied_at or not upload.plan_code:
        return None
    return Plan.objects.filter(code=upload.plan_code).exclude(pk=loaded_as).first()


def plan_holdings(plan: Plan, upload: PlanUpload) -> list[PlanHolding]:
    """What of ``plan`` the previewed load would archive or rewrite, kind by kind."""
    changes = [Change(**{**row, "fields": tuple(row["fields"])}) for row in upload.preview]
    return [step.holding(plan, changes) for step in plan_load_steps() if step.holding]

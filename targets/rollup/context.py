"""What a plan's rollup reads besides its tasks and targets: its sections, its zone's agencies,
and its zone's plans with each one's latest plan row; on PostgreSQL in one statement."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import orjson
from django.db import connection
from django.db.models import QuerySet

from pilots.models import Agency, Plan
from pilots.prepared import Prepared, among, models_from_json
from targets.rollup.agencies import AgencyRow
from targets.rollup.zone import ZONE_PLANS_ORDER
from tasks.models import Section


def sections_by_plan(plan_ids: list[int], read: list[Section]) -> dict[int, list[Section]]:
    sections: dict[int, list[Section]] = {plan_id: [] for plan_id in plan_ids}
    for section in read:
        sections[section.plan_id].append(section)
    by_id = {
        section.id: section for plan_sections in sections.values() for section in plan_sections
    }
    for section in by_id.values():
        if section.parent_id in by_id:  # its heading reads its ancestors: no query per parent
            section.parent = by_id[section.parent_id]
    return sections


@Prepared
def sections_read(plan_ids: list[int]) -> QuerySet:
    return Section.objects.filter(among("plan_id", plan_ids), archived_at__isnull=True).order_by(
        "plan_id", "order"
    )


def agencies_by_zone(zone_ids: set[int], read: list[tuple]) -> dict[int, list[AgencyRow]]:
    agencies: dict[int, list[AgencyRow]] = {zone_id: [] for zone_id in zone_ids}
    for row in read:
        agency = AgencyRow._make(row)
        agencies[agency.zone_id].append(agency)
    return agencies


@Prepared
def agencies_read(zone_ids: list[int]) -> QuerySet:
    return (
        Agency.objects.filter(among("zone_id", zone_ids), archived_at__isnull=True)
        .order_by("zone_id", "name")
        .values_list(*AgencyRow._fields)
    )


# On PostgreSQL the plans' sections, their zones' agencies, their zones' plans and each of
# those's latest plan row up to the day it is judged on (as sections_read, agencies_read and
# zone.py's _plans_of_zones and _plan_rows_latest read them) come in one statement, as JSON:
# three round trips fewer, each as long as PostgreSQL took for all four reads.
def _json_rows(model, where: str, order: list[str], extra: str = "", join: str = "") -> str:
    """A model's rows that ``where`` selects, each as the JSON array of its columns (and the
    ``extra`` ones, from what ``join`` adds), in order."""
    fields = model._meta.concrete_fields
    columns = ", ".join([f'x."{field.column}"' for field in fields] + ([extra] if extra else []))
    ordering = ", ".join(f'x."{model._meta.get_field(name).column}"' for name in order)
    return (
        f"(SELECT json_agg(json_build_array({columns}) ORDER BY {ordering})::text"
        f" FROM {model._meta.db_table} x {join} WHERE {where})"
    )


# A plan's latest plan row up to the day it is judged on (targets/plan_dates.py's judged_on:
# the date, or the day after the plan's end once it has ended).
_LATEST_PLAN_ROW = (
    "LEFT JOIN LATERAL (SELECT s.as_of, s.figures FROM targets_snapshot s"
    " WHERE s.scope = 'plan' AND s.object_id = x.id AND s.as_of <= CASE"
    " WHEN {as_of} <= make_date(x.period_end, 12, 31) THEN {as_of}"
    " ELSE make_date(x.period_end, 12, 31) + 1 END ORDER BY s.as_of DESC LIMIT 1) s ON true"
)


def _context_columns(*, plans: str, zones: str, as_of: str, year: str) -> list[str]:
    """The three JSON columns of the context, its values spelled as given (parameters, or the
    columns of a plan row the columns are read beside)."""
    return [
        _json_rows(Section, f"x.plan_id = ANY({plans}) AND x.archived_at IS NULL",
                   ["plan", "order"]),
        _json_rows(Agency, f"x.zone_id = ANY({zones}) AND x.archived_at IS NULL",
                   ["zone", "name"]),
        _json_rows(
            Plan, f"x.zone_id = ANY({zones}) AND x.period_start <= {year}", ZONE_PLANS_ORDER,
            extra="s.as_of, s.figures", join=_LATEST_PLAN_ROW.format(as_of=as_of),
        ),
    ]  # fmt: skip


CONTEXT_SQL = "SELECT " + ", ".join(
    _context_columns(plans="%(plans)s", zones="%(zones)s", as_of="%(as_of)s", year="%(year)s")
)
# The context of one plan, read beside its row (``pilots_plan``) as of a date (every ``%s`` of
# a column is that date): the incremental rollup reads it in the statement that reads the
# plan's change counter (targets/watermarks.py), one round trip fewer; its data is then as of
# the counter exactly (read in the same snapshot), where it was as of a moment later.
PLAN_CONTEXT_SQL = _context_columns(
    plans='ARRAY["pilots_plan"."id"]', zones='ARRAY["pilots_plan"."zone_id"]', as_of="%s",
    year="EXTRACT(YEAR FROM %s::date)::int",
)  # fmt: skip
PLAN_CONTEXT_COLUMNS = ["context_sections", "context_agencies", "context_plans"]


@dataclass
class Context:
    """A plan's context (``PLAN_CONTEXT_SQL``) as read, for ``plan_rollup`` of that date."""

    as_of: datetime.date
    columns: tuple[str | None, str | None, str | None]


def plan_context_of(plan: Plan, as_of: datetime.date) -> Context | None:
    """The context read with the plan (its ``PLAN_CONTEXT_COLUMNS``) as of the date; None
    when it was read without (other databases)."""
    if not hasattr(plan, PLAN_CONTEXT_COLUMNS[0]):
        return None
    return Context(as_of, tuple(getattr(plan, name) for name in PLAN_CONTEXT_COLUMNS))


def context_read(plan_ids: list[int], zone_ids: list[int], as_of: datetime.date):
    """The sections, agencies (as ``AgencyRow`` tuples), zone plans, and the plan rows by plan
    (date and figures) of ``CONTEXT_SQL``."""
    with connection.cursor() as cursor:
        cursor.execute(
            CONTEXT_SQL, {"plans": plan_ids, "zones": zone_ids, "as_of": as_of, "year": as_of.year}
        )
        return context_parsed(cursor.fetchone())


def context_parsed(columns):
    sections, agencies, plans = (orjson.loads(column or "[]") for column in columns)
    agency_columns = [Agency._meta.get_field(name) for name in AgencyRow._fields]
    by_column = {f.attname: i for i, f in enumerate(Agency._meta.concrete_fields)}
    plan_rows = {
        row[0]: (datetime.date.fromisoformat(row[-2]), row[-1]) for row in plans if row[-2]
    }
    return (
        models_from_json(Section, sections),
        [tuple(f.to_python(row[by_column[f.attname]]) for f in agency_columns) for row in agencies],
        models_from_json(Plan, [row[:-2] for row in plans]),
        plan_rows,
    )

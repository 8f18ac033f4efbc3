"""The codes a new plan's draft takes in its zone: its plan's (as the successor of the zone's
plan, never over it by default) and its agencies' (the zone's own agency of that name; never
the code of another agency of the zone, which loading would rename)."""

from __future__ import annotations

import itertools
import re

from django.utils.translation import pgettext

from pilots.models import Agency, PilotZone, Plan
from pilots.plan_sections import tasks_in_print_order
from pilots.roles import ROLES


def plan_successor_propose(result, zone: PilotZone, *, code_given: bool) -> None:
    """A zone that already has a plan: the draft is proposed as its successor (``follows``) —
    and, when its code was only defaulted from the zone and is that plan's, under a code of
    its own, so that loading it does not overwrite the earlier plan. Both marked for review."""
    plan = result.data["plan"]
    start = plan.get("period_start")
    if plan.get("follows") or not isinstance(start, int):
        return
    taken = Plan.objects.filter(code=plan["code"]).first()
    if taken is not None and not code_given and taken.period_start != start:
        # the zone's plan of these years (this document again), else a code of its own
        again = Plan.objects.filter(
            zone=zone, period_start=start, period_end=plan.get("period_end")
        ).first()
        code = again.code if again else _plan_code_free(f"{plan['code']}-{start}"[:57])
        result.review(
            "plan.code",
            pgettext("review", "%(taken)s 是 %(start)s–%(end)s 年规划的代码："
                     "本草稿改用 %(code)s，以免载入时替换那份规划")
            % {"taken": taken.code, "start": taken.period_start, "end": taken.period_end,
               "code": code},
        )  # fmt: skip
        plan["code"] = code
    earlier = (
        Plan.objects.filter(zone=zone, period_start__lte=start)
        .exclude(code=plan["code"]).order_by("-period_end", "-period_start").first()
    )  # fmt: skip
    if earlier is None:
        return
    plan["follows"] = earlier.code
    result.review("plan.follows", pgettext(
                  "review", "本试验区已有规划 %(code)s（%(start)s–%(end)s 年）："
                  "本规划视为其后续规划；如不是，请删除此行")
                  % {"code": earlier.code, "start": earlier.period_start,
                     "end": earlier.period_end})  # fmt: skip


# The code the importer (and the zone admin's page) gives a body with no code of its function.
NUMBERED_AGENCY = r"^agency-\d+$"


def _plan_code_free(code: str) -> str:
    """``code``, or ``code``-2, -3 … when a plan has it (of other years: the zone's third plan)."""
    taken = set(Plan.objects.filter(code__startswith=code).values_list("code", flat=True))
    if code not in taken:
        return code
    return next(f"{code}-{n}" for n in itertools.count(2) if f"{code}-{n}" not in taken)


def agency_codes_of_zone(result, zone: PilotZone) -> None:
    """A drafted agency the zone already has by its name takes that agency's code; one given a
    code of no meaning (agency-1) that the zone's agency of another name holds gets a code of
    its own (as does one whose code's agency the draft names too): loading it would have renamed
    that agency on every plan of the zone. A code of a function (science-tech) under another
    name is otherwise the same body renamed: marked for review."""
    codes = dict(Agency.objects.filter(zone=zone).values_list("name", "code"))
    names = {code: name for name, code in codes.items()}
    agencies = result.data["agencies"]
    used = {*names, *(agency["code"] for agency in agencies)}
    drafted = {agency["name"] for agency in agencies}
    changed: dict[str, str] = {}
    for index, agency in enumerate(agencies):
        code, name = agency["code"], agency["name"]
        held = names.get(code)
        if name in codes:
            new = codes[name]
        elif held is None or held == name:
            continue
        elif re.fullmatch(NUMBERED_AGENCY, code) or held in drafted:
            new = _code_free("agency" if code.startswith("agency-") else code, used)
        else:
            note = pgettext("review", "本试验区代码为 %(code)s 的单位现名“%(held)s”："
                            "载入后改名为“%(name)s”；如不是同一单位，请改用新的代码")  # fmt: skip
            result.review(
                f"agencies[{index}].name", note % {"code": code, "held": held, "name": name}
            )
            continue
        agency["code"] = changed[code] = new
    if changed:
        _agency_references_renamed(result.data, changed)


def _code_free(stem: str, used: set[str]) -> str:
    code = next(f"{stem}-{n}" for n in itertools.count(1) if f"{stem}-{n}" not in used)
    used.add(code)
    return code


def _agency_references_renamed(data: dict, changed: dict[str, str]) -> None:
    for goal in data["goals"]:
        for target in goal.get("targets", []):
            if target.get("owner") in changed:
                target["owner"] = changed[target["owner"]]
    for _section, task in tasks_in_print_order(data["sections"]):
        for holder in [task, *task.get("clauses", [])]:
            for role in ROLES:
                if holder.get(role):
                    holder[role] = [changed.get(code, code) for code in holder[role]]

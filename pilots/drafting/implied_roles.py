"""A body a document names once for every task after a point, and the role the verb after its
name gives it: "以下各项任务均需X配合落实，不再一一列出" (supporting), "以下任务均由X牵头，不再列出"
(lead), "以下均需X落实，不再列出" (responsible), also with the tasks named first
("本方案所列重点任务，X均需…落实，以下不再列出"). The same rule may be said without "不再列出" as a
sentence of its own ending on its role word ("各项任务均需X、Y配合。"), when each name in it is a
named body. Which tasks it covers is ``task_roles.implied_span``."""

from __future__ import annotations

import re

from pilots.drafting.lexicon import table
from pilots.drafting.names import agency_names_split, looks_like_agency
from pilots.roles import AgencyRole


def implied_rule(text: str) -> re.Match | None:
    """The first rule stated once for the tasks after it: worded with "不再列出", else a sentence of
    its own naming bodies and their role word."""
    data = table("annotations")
    found = re.search(data["implied_actor_rule"], text) or re.search(
        data["implied_actor_scope_first"], text
    )
    return found or _naming_bodies(data["implied_actor_plain"], text)


def implied_duty(text: str) -> re.Match | None:
    """The same rule with the bodies as the subject of their duty in their own place ("各县区人民
    政府、X管委会负责本辖区相关任务落实，以下不再列出"), each name a named body's: they are
    responsible for every task from there on."""
    data = table("annotations")
    if data["implied_actor_duty_word"] not in text:
        return None  # the rule's actor, tried at every line, is slow to read through a long text
    return _naming_bodies(data["implied_actor_duty"], text)


def _naming_bodies(pattern: str, text: str) -> re.Match | None:
    """The first match of ``pattern`` whose actor lists named bodies only (各部门 names nobody)."""
    for found in re.finditer(pattern, text):
        names = agency_names_split(found["actor"])
        if names and all(looks_like_agency(name) for name in names):
            return found
    return None


def implied_role(rule: re.Match) -> str:
    """The role of the bodies a rule names, by the verb after them (配合 → supporting, 牵头 →
    lead); responsible for any other (落实, 负责, 统筹) or none."""
    roles = table("annotations")["implied_actor_roles"]
    return roles.get(rule.groupdict().get("role") or "", AgencyRole.RESPONSIBLE.value)

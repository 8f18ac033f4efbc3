"""Two things an annotation's words say besides its lists of bodies (synthetic_cw's 汀澜, 沔溪):

- a sub-item handed to another body, "其中，X由Y负责", in the clause's own words
  ("…完成改造项目1000个以上，其中，中小企业试点由省中小企业发展中心负责组织实施。（牵头单位：…）")
  or inside the annotation ("（X牵头，Y配合，其中直播基地建设由县商务局负责）"): Y is responsible
  on that clause (or task) beside the annotation's lead and supporting bodies; the sub-item makes
  no clause of its own;
- an annotation covering the points before it, "（以上两项由X负责）" closing a run-on point: X for
  each of the points it counts back, the one before it (no annotation of its own) a clause too."""

from __future__ import annotations

from itertools import pairwise

from pilots.drafting.lexicon import compiled
from pilots.drafting.names import agency_names_split, looks_like_agency
from pilots.drafting.numerals import chinese_number
from pilots.drafting.run_on_points import point_starts
from pilots.roles import AgencyRole

Roles = list[tuple[str, str]]


def _bodies(names: str) -> list[str]:
    """The names of a list when every one is a body's, else none."""
    found = agency_names_split(names)
    body = compiled("annotations", "bare_list_body")
    ok = found and all(looks_like_agency(n) or body.search(n) for n in found)
    return found if ok else []


def handed_in(words: str) -> Roles:
    """The bodies a clause's words hand a sub-item to (其中，X由Y负责): responsible."""
    return [
        (AgencyRole.RESPONSIBLE.value, name)
        for found in compiled("annotations", "handed_item").finditer(words)
        for name in _bodies(found["names"])
    ]


def annotation_handed(inside: str) -> tuple[str, Roles, int]:
    """(the annotation's words left for its lists of bodies, the bodies it hands a sub-item to,
    how many points above it the annotation covers: 1 but for 以上两项由X负责)."""
    count = 1
    covering = compiled("annotations", "covering_points").match(inside)
    if covering:
        number = covering["count"]
        count = int(number) if number.isdigit() else chinese_number(number) or 1
        inside = inside[covering.end() :]
    handed: Roles = []
    kept: list[str] = []
    last = 0
    for found in compiled("annotations", "handed_item").finditer(inside):
        names = _bodies(found["names"])
        if names:
            handed += [(AgencyRole.RESPONSIBLE.value, name) for name in names]
            kept.append(inside[last : found.start()])
            last = found.end()
    kept.append(inside[last:])
    return "".join(kept).strip("，,；; "), handed, count


def points_covered(piece: str, count: int) -> list[str]:
    """The words of the points an annotation covering ``count`` of them closes, one string each
    (the earlier words of the piece stay with the first); the piece alone when it holds fewer."""
    starts = point_starts(piece)
    if count < 2 or len(starts) < 2:
        return [piece]
    starts = starts[-count:]
    cuts = [0, *starts[1:], len(piece)]
    return [piece[a:b].strip().rstrip("；;，,").strip() for a, b in pairwise(cuts)]

"""A body printed after its place's own name (甲省数据局, 乙市经信局, 丙县人社局): the bodies of
the other places a plan names — the partners of a joint plan, a province above a city's plan."""

from __future__ import annotations

import re

from pilots.drafting.lexicon import compiled, table


def place_split(name: str) -> tuple[str, str] | None:
    """(甲省, 数据局) of 甲省数据局: a body printed after its place's own name — not a level
    prefix alone (市科技局, 自治区能源局), nor a zone's kind (甲高新区管委会)."""
    found = compiled("agencies", "joint_place").match(name)
    if not found:
        return None
    place = found["place"]
    stem = re.sub(r"(自治区|[省市县区州旗])$", "", place)
    stops = table("agencies")["joint_place_stems_not"]
    if len(stem) < 2 or stem in stops or any(stem.endswith(s) for s in stops if len(s) > 1):
        return None
    return place, found["body"]

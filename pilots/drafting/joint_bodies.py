"""The bodies of several places named together, in a plan those places issue jointly (two
provinces' corridor, a 都市圈 of three cities, a city with the county paired with it).

Each place's body is named with its place (甲省发展改革委、乙省发展改革委), and a COLLECTIVE
mention — "两省发展改革委", "三市科技局", "两地人社部门" — stands for one body in EACH of the
places: the role goes to each, as a shared prefix gives its place to every name after it. The
places are those whose bodies the annotations name with their place, as many of the kind (省, 市;
地: any) as the numeral says — the ones naming most bodies when more are named; with too few the
mention is left as printed. A function word (数据部门, 工业和信息化主管部门) is the body of the
place doing that work, as the place names it (乙县大数据服务中心), else the place's X局 (X厅).
Generic words after the numeral (两省有关部门) name nobody.

A place's prefix is shared over the bare names after it in a list (甲省交通运输厅、卫生健康委;
两省数据局、通信管理局), as 市 is (市发展改革委、科技局) — unless the list writes a level prefix
(市, 省) itself, or the place is the plan's own zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pilots.drafting.agencies import agency_category, agency_is_collective, bureau_unplaced
from pilots.drafting.lexicon import compiled, table
from pilots.drafting.names import agency_is_generic, looks_like_agency
from pilots.drafting.place_names import place_split

Roles = list[tuple[str, str]]
_NAME_MAX = 40  # longer is no body's name: not compared character runs by character runs


@dataclass
class JointPlaces:
    zone_name: str
    bodies: dict[str, dict[str, None]]  # place → the bodies printed after it, in order
    _by_category: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    _read: dict[tuple, object] = field(default_factory=dict)  # answers already worked out

    @classmethod
    def of(cls, names: list[str], zone_name: str) -> JointPlaces:
        bodies: dict[str, dict[str, None]] = {}
        for name in names:
            placed = place_split(name)
            if placed and _body(placed[1]):
                bodies.setdefault(placed[0], {})[placed[1]] = None
        # the zone's own place (甲省 of a 甲省 plan) is no partner — unless the zone is named by
        # two of them (甲市—乙县东西部协作)
        if sum(place in zone_name for place in bodies) < 2:
            bodies = {p: b for p, b in bodies.items() if not zone_name.startswith(p)}
        joint = cls(zone_name, bodies)
        for place, printed in bodies.items():
            for body in printed:
                category = agency_category(body)
                if category:
                    joint._by_category.setdefault((place, category), []).append(body)
        return joint

    @property
    def places(self) -> frozenset[str]:
        return frozenset(self.bodies)

    def roles(self, roles: Roles) -> Roles:
        """An annotation's (role, name) pairs with shared place prefixes written out and each
        collective mention replaced by the body of each place it stands for."""
        return [
            (role, body) for role, name in self._prefixes_shared(roles) for body in self._each(name)
        ]

    def _prefixes_shared(self, roles: Roles) -> Roles:
        level = compiled("agencies", "joint_level_prefix")
        if not self.bodies or any(level.match(name) for _, name in roles):
            return roles
        shared: Roles = []
        carried = ""  # the place (or 两省) the last name was printed after
        for role, name in roles:
            collective = compiled("agencies", "joint_collective").fullmatch(name)
            placed = place_split(name)
            if collective:
                carried = name[: collective.start("body")]
            elif placed and placed[0] in self.bodies and bureau_unplaced(placed[1]):
                carried = placed[0]
            elif carried and bureau_unplaced(name):
                name = carried + name
            else:
                carried = ""
            shared.append((role, name))
        return shared

    def _each(self, name: str) -> list[str]:
        collective = compiled("agencies", "joint_collective").fullmatch(name)
        if not collective:
            return [name]
        body = collective["body"]
        if agency_is_generic(body) or agency_is_generic(body.lstrip("各")):
            return []  # 两省有关部门
        if not _body(body):
            return [name]
        count = table("agencies")["joint_numerals"][collective["count"]]
        places = self._parties(count, collective["kind"])
        return [self._body_of(place, body) for place in places] if places else [name]

    def _parties(self, count: int, kind: str) -> list[str] | None:
        """The ``count`` places of the ``kind`` the plan is for: those naming most bodies."""
        if ("parties", count, kind) not in self._read:
            self._read["parties", count, kind] = self._parties_ranked(count, kind)
        return self._read["parties", count, kind]  # type: ignore[return-value]

    def _parties_ranked(self, count: int, kind: str) -> list[str] | None:
        any_kind = kind == table("agencies")["joint_any_kind"]
        candidates = [p for p in self.bodies if any_kind or _kind(p) == kind]
        ranked = sorted(candidates, key=lambda p: -len(self.bodies[p]))
        if len(ranked) < count:
            return None
        if len(ranked) > count and len(self.bodies[ranked[count - 1]]) == len(
            self.bodies[ranked[count]]
        ):
            return None  # no telling which of them
        chosen = set(ranked[:count])
        return [p for p in candidates if p in chosen]

    def _body_of(self, place: str, body: str) -> str:
        if ("body", place, body) not in self._read:
            self._read["body", place, body] = self._body_found(place, body)
        return self._read["body", place, body]  # type: ignore[return-value]

    def _body_found(self, place: str, body: str) -> str:
        if body in self.bodies[place]:
            return place + body
        data = table("agencies")
        function = compiled("agencies", "joint_function_words").search(body)
        stem = body[: function.start()] if function else body
        endings = data["joint_function_ending"]
        ending = endings.get(_kind(place), data["joint_function_default_ending"])
        category = agency_category(stem + ending if function else body)
        same = self._by_category.get((place, category or ""), [])
        candidates = [
            printed
            for printed in (same if len(same) <= data["joint_candidates_max"] else [])
            if function or printed[-1] == body[-1]  # 经信局 for 工信局, not 大数据中心 for 数据局
        ]
        if candidates and len(stem) <= _NAME_MAX:
            scored = sorted(((_shared_run(stem, c), c) for c in candidates), reverse=True)
            if len(scored) == 1 or scored[0][0] > scored[1][0]:
                return place + scored[0][1]
        return place + (stem + ending if function else body)


def _body(body: str) -> bool:
    return (
        looks_like_agency(body)
        or agency_is_collective(body)
        or bool(compiled("agencies", "joint_function_words").search(body))
    )


def _kind(place: str) -> str:
    return "自治区" if place.endswith("自治区") else place[-1]


def _shared_run(a: str, b: str) -> int:
    """The length of the longest run of characters ``a`` and ``b`` share (工业和信息化 and
    经济和信息化厅: 4)."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] not in b:
                break
            best = j - i
    return best

"""The names in an annotation's list: split, cleaned, and told apart from words that name nobody.

A list is split on 、 ， / (never inside brackets: 各区县〔自治县，…〕政府, 市政府办（金融）,
各区<含开发区、功能区> — a scope in angle brackets, dropped from the name — and
各县级市〈区〉人民政府〈管委会〉, a second nameplate, kept).
Where names run together with no separator, they are two bodies when each is a body of a known,
different function (省发展改革委省科技厅); a second name of no known function is the same body's
second nameplate (市经信局市新经济委, one body with two names). Places listed before a name
share it (各市〔州〕、贵安新区数据管理部门: one collective), and so do levels listed after 各
(各县、市、区人民政府, 各区、县(市)政府: one collective), and a district's towns and
sub-districts written together are one collective (各乡镇人民政府、街道办事处), and so are a
collective and a body word with no place after it (各市州党委和政府, 各县区党委、政府); 和 and 及
between two bodies separate them (市发改委和各区政府), never inside a name (经济和信息化厅).
Words that name nobody (有关部门, 相关单位, also after 等: 市工信局等市直有关单位 is
市工信局) are dropped; a collective actor (各区县政府) is kept.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import combinations

from pilots.drafting.agencies import agency_category, agency_is_collective, body_known
from pilots.drafting.lexicon import alternation, compiled, table


def agency_names_split(text: str) -> list[str]:
    """The agencies a list names, in order, without the words that name nobody."""
    return list(_names_split(text))


@lru_cache(maxsize=4096)  # a document repeats its lists; drafting asks about them again
def _names_split(text: str) -> tuple[str, ...]:
    separators = table("annotations")["name_separators"]
    pieces: list[list[str]] = [["", ""]]  # [name, the separator after it]
    depth = 0
    levels = {
        i
        for rule in ("level_list", "towns_and_streets")
        for m in compiled("agencies", rule).finditer(text)
        for i in range(*m.span())
    }
    for index, char in enumerate(text):
        if char in "(（〔[【<〈＜":
            depth += 1
        elif char in ")）〕]】>〉＞":
            depth -= 1
        if char in separators and depth == 0 and index not in levels:
            pieces[-1][1] = char
            pieces.append(["", ""])
        else:
            pieces[-1][0] += char
    pieces = _unplaced_joined(pieces)
    names = _places_joined([(name_cleaned(name), separator) for name, separator in pieces])
    split = [
        piece
        for name in names
        for joined in _joins_split(name)
        for piece in _compound_split(joined)
    ]
    cut = table("agencies")["level_prefixes"]  # "、市" of a copy cut inside the list names nobody
    return tuple(n for n in split if n and n not in cut and not agency_is_generic(n))


def name_cleaned(name: str) -> str:
    # 各区<含开发区、功能区,下同>: a scope in angle brackets (the list's parentheses already
    # open) says what the name covers; it is no part of the name. A second nameplate in them
    # stays (各县级市〈区〉人民政府〈管委会〉).
    name = re.sub(r"[<〈＜](含|包括|包含|不含|下同)[^<>〈〉＜＞]*[>〉＞]\s*$", "", name.strip())
    name = name.strip().strip("。.;；:：")
    name = re.sub(table("agencies")["name_lead_in"], "", name)
    name = re.sub(r"^(由|请|会同|联合|和|及|以及|与)", "", name)
    name = re.sub(r"等(有关|相关)?(部门|单位)?$", "", name)
    name = re.sub(r"(按职责分工|按职责|分别|共同|具体)?(负责|落实|实施)?$", "", name)
    head, _, tail = name.rpartition("等")
    if head and agency_is_generic(tail):
        name = head  # 数据管理局等省直有关单位: the tail names nobody
    return name.strip()


def _unplaced_joined(pieces: list[list[str]]) -> list[list[str]]:
    """各县区党委、政府: a body word with no place (政府) after a collective is the same places'
    body — the two one collective."""
    joined: list[list[str]] = []
    for name, separator in pieces:
        if joined and _unplaced(joined[-1][0], joined[-1][1], name_cleaned(name)):
            joined[-1] = [joined[-1][0] + joined[-1][1] + name, separator]
        else:
            joined.append([name, separator])
    return joined


def _unplaced(head: str, join: str, tail: str) -> bool:
    """(各县党委, 和, 政府): the tail a body word with no place, the whole a collective."""
    whole = name_cleaned(head) + join + tail
    if tail not in table("agencies")["unplaced_bodies"]:
        return False
    return bool(re.match(table("agencies")["unplaced_after"], whole)) and agency_is_collective(
        whole
    )


def _places_joined(pieces: list[tuple[str, str]]) -> list[str]:
    """各市〔州〕、贵安新区数据管理部门: places listed before a name share it (one collective);
    so do bare city names before a name with 等 (广州、深圳等地级以上市政府); without 等 each place
    has its own body (广州、深圳、珠海出入境边防检查总站: three stations)."""
    joined: list[list[str]] = []
    places: list[str] = []  # bare place names waiting, each followed by 、
    for name, separator in pieces:
        if joined and compiled("agencies", "place_list").match(joined[-1][0]) and _named(name):
            joined[-1] = [joined[-1][0] + joined[-1][1] + name, separator]
        elif separator == "、" and _bare_place(name):
            places.append(name)
        else:
            joined += [[n, "、"] for n in _places_sharing(places, name)]
            joined[-1][1] = separator
            places = []
    joined += [[place, "、"] for place in places]
    return [name for name, _ in joined]


def _joins_split(name: str) -> list[str]:
    """福州及相关设区市: two actors joined by 及, when each side is a body, a collective or a place
    named alone; 市政府办公室及所属单位 stays as printed."""
    for join in re.finditer(table("agencies")["actor_joins"], name):
        pieces = [name[: join.start()], name[join.end() :]]
        places = join.group() not in ("和", "会同")  # 经济和信息化厅: 和 inside a name
        if _unplaced(pieces[0], join.group(), pieces[1]):
            return [name]  # 各市州党委和政府: one collective
        if all(_actor(p) or (places and _bare_place(p)) for p in pieces):
            return pieces
    return [name]


def _actor(name: str) -> bool:
    return looks_like_agency(name) or agency_is_collective(name)


def _bare_place(name: str) -> bool:
    """广州, 深圳, 珠海市: a place named alone in a list, not a body (科技厅) nor a collective."""
    if not compiled("agencies", "bare_place").fullmatch(name):
        return False
    return not looks_like_agency(name) or name.endswith(("市", "州", "县", "区"))


def _places_sharing(places: list[str], name: str) -> list[str]:
    if not places:
        return [name]
    if "等" in name[: len(places[-1]) + 1]:
        return ["、".join([*places, name])]  # 广州、深圳等地级以上市政府: one collective
    body = name[len(places[-1]) :]
    if not looks_like_agency(body) or len(body) < 3:
        return [*places, name]
    return [place + body for place in places] + [name]


def _named(name: str) -> bool:
    """A body named by its own place (贵安新区数据管理部门): what a list of places can share."""
    prefixes = (*table("agencies")["level_prefixes"], "各")
    return bool(name) and not name.startswith(prefixes) and not agency_is_generic(name)


@cache
def _agency_ending() -> re.Pattern:
    endings = table("agencies")["name_endings"]
    marks = re.escape("".join(table("annotations")["lead_marks"]))  # 市科技局☆: the lead
    # a censored copy's `*` may stand for the ending's last words (包河区* for 包河区政府)
    return re.compile(rf"({alternation(endings)})([(（][^()（）]*[)）])?[{marks}]?\**$")


def looks_like_agency(name: str) -> bool:
    """Ends as the name of a body does (局, 委, 厅, 政府, 管委会, 公司 …), and does not open with an
    act (成立工作专班 sets one up)."""
    act = compiled("agencies", "act_opening")
    ending = _agency_ending().search(name) or compiled("agencies", "division_ending").search(name)
    return bool(ending) and not act.match(name)


@cache
def _compound_boundary() -> re.Pattern:
    data = table("agencies")
    finals = re.escape(data["name_final_chars"])
    prefixes = alternation(data["level_prefixes"])
    return re.compile(rf"(?<=[{finals}])(?=(?:{prefixes})(?!场|民|直|级|属|区县|县区))")


def _compound_split(name: str) -> list[str]:
    """省发展改革委省科技厅 → two bodies (of different functions, or two bodies the tables know:
    市医保局市卫健委); three or more names run together are a list; 市经信局市新经济委 → one body,
    two nameplates; 市场监管局 and 市政府办 stay whole."""
    pieces = _compound_boundary().split(name)
    if len(pieces) < 2 or any(len(p) < 3 for p in pieces):
        return [name]
    if len(pieces) >= 3 and all(looks_like_agency(p) for p in pieces):
        return pieces  # a body has no third nameplate
    categories = [agency_category(piece) for piece in pieces]
    distinct = all(categories) and all(a != b for a, b in combinations(categories, 2))
    known = [body_known(piece) for piece in pieces]
    two_known = all(known) and len(set(known)) == len(known)
    return pieces if distinct or two_known else [name]


@cache
def _generic() -> tuple[frozenset[str], tuple[re.Pattern, ...]]:
    data = table("agencies")
    return frozenset(data["generic_names"]), tuple(re.compile(p) for p in data["generic_patterns"])


def agency_is_generic(name: str) -> bool:
    """相关单位, 有关部门, 市直有关部门, 各牵头单位 … name nobody; 相关市人民政府 does."""
    names, patterns = _generic()
    if name in names:
        return True
    return any(p.search(name) for p in patterns) and not agency_is_collective(name)

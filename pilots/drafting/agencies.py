"""The agencies a document names: short forms grouped, full names, categories and codes.

One agency per body however many short forms the text uses: a list that writes its first name
with 市 and drops it after (市科技局、发展改革委), a province that writes 科技厅 beside 省科技厅, a
short form seen elsewhere with its prefix. Full names come from the zone's name and the tables in
data/agencies.yaml (科技局 → 科学技术局); an unknown one keeps its short form and is marked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from django.utils.translation import pgettext

from pilots.drafting.body_variants import variant_keys, variant_of
from pilots.drafting.lexicon import alternation, compiled, keyword_table, table
from pilots.drafting.output import code_unique
from pilots.drafting.place_names import place_split
from pilots.source_text import normalise


@dataclass
class AgencyDraft:
    key: str  # the short form with its place prefix (市科技局), also when the text drops it
    forms: list[str] = field(default_factory=list)  # every form the text writes
    code: str = ""
    name: str = ""
    category: str = "other"
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Patterns:
    level_prefix: re.Pattern
    bureau_start: re.Pattern
    bureau_like: re.Pattern
    collective: tuple[re.Pattern, ...]
    list_bureau: re.Pattern


@cache
def _patterns() -> _Patterns:
    data = table("agencies")
    return _Patterns(
        level_prefix=re.compile(rf"^({alternation(data['level_prefixes'])})(?!场)"),
        bureau_start=re.compile(f"^({alternation(data['bureau_starts'])})"),
        bureau_like=re.compile(rf"({alternation(data['bureau_endings'])})([(（][^()（）]*[)）])?$"),
        collective=tuple(re.compile(p) for p in data["collective_patterns"]),
        list_bureau=re.compile(
            rf"^(?!国家|中国|中央).+({alternation(data['list_bureau_endings'])})$"
        ),
    )


def agency_category(name: str) -> str | None:
    """The functional category a name's keywords give, or None when no keyword applies."""
    return next((c for p, c in keyword_table("agencies", "categories") if p.search(name)), None)


def body_known(name: str) -> str | None:
    """The full form (after its place) of a short name whose body the tables know for sure
    (市医保局 → 医疗保障局, 市科协 → 科协, 市委宣传部 → 委宣传部), else None."""
    match = _patterns().level_prefix.match(name)
    if not match:
        return None
    rest, data = name[match.end() :], table("agencies")
    as_written = data["full_as_written"]
    written = {b + e for b in as_written["bodies"] for e in as_written["endings"]}
    if rest in data["full_names"]:
        return data["full_names"][rest]
    if rest in written or rest in as_written["names"]:
        return rest
    if rest.startswith("委") and rest[1:] in data["party_names"]:
        return "委" + data["party_names"][rest[1:]]
    return None


def bureau_unplaced(form: str) -> bool:
    """科技局, 卫生健康委, 科协: a body of known function written without its place (its list's
    or its document's)."""
    patterns = _patterns()
    known = (patterns.bureau_start.match(form) and patterns.bureau_like.search(form)) or (
        form in table("agencies")["people_organisations"]  # 科协: the place's own
    )
    return bool(known) and _placeless(form)


def _placeless(form: str) -> bool:
    placeless = form.replace("市场", "").replace("城市", "")  # no place in 城市管理局
    return not re.search(r"[省市县区]|管委会|政府|公司|集团", placeless)


def agency_code_guess(name: str) -> str | None:
    return next((c for p, c in keyword_table("agencies", "codes") if p.search(name)), None)


def agency_is_collective(name: str) -> bool:
    """各区县政府, 各市州人民政府, 各开发区管委会: a group the text holds responsible as one."""
    return any(p.search(name) for p in _patterns().collective)


def zone_prefix(zone_name: str, level: str | None = None) -> str | None:
    """省 for 湖北省, 市 for 湖州市, 区 for 綦江区: how the document writes its own bodies."""
    prefixes = table("agencies")["zone_prefix"]
    if level and level in prefixes:
        return prefixes[level]
    return next((p for p in ("自治区", "省", "市", "区", "县") if zone_name.endswith(p)), None)


class AgencyDirectory:
    """The agencies a document names, one per agency however many short forms the text uses."""

    def __init__(self, zone_name: str, all_names: list[str]):
        self.zone_name = zone_name
        self.forms_seen = {normalise(n) for n in all_names}
        own = zone_prefix(zone_name)
        # A province's bureaus are written with or without 省 (科技厅 beside 省科技厅): a bare one
        # is the province's own. A city's bare 市场监督管理局 is left as written.
        self.default_prefix = own if own in ("省", "自治区") else None
        self.agencies: dict[str, AgencyDraft] = {}
        self.key_by_form: dict[str, str] = {}  # each form to the first agency written so
        self._by_zone_short: dict[str, set[str]] | None = None  # ``_zone_bodies``
        self.places: frozenset[str] = frozenset()  # other places whose bodies a joint plan names

    def key_of(self, name: str, list_prefix: str | None) -> str:
        """Group key: a bare 发展改革委 joins 市发展改革委 when the text (or its list) drops 市."""
        form = normalise(name)
        patterns = _patterns()
        written = self.key_by_form.get(form)
        if written:  # one document writes one body one way: the same form, the same agency
            return written
        if patterns.level_prefix.match(form) or form.startswith(("各", "中共", "国家", "中国")):
            return form
        for prefix in table("agencies")["level_prefixes"]:
            if prefix + form in self.forms_seen:
                return prefix + form
        zone_body = self._zone_body(form)
        if zone_body:
            return self.key_by_form.get(zone_body, zone_body)
        prefix = list_prefix or self.default_prefix
        bare_bureau = prefix and (bureau_unplaced(form) or self._list_bureau(form, prefix))
        return prefix + form if bare_bureau and _placeless(form) else form

    def _zone_body(self, form: str) -> str | None:
        """A zone's plan writes its bodies after the zone's short name (高新区科技创新局) and now
        and then bare (科技创新局): the one form seen that is the bare form after a short name of
        the zone (its characters in order in the zone's name, ending as it ends)."""
        if len(form) < 3 or agency_is_collective(form):
            return None
        found = self._zone_bodies().get(form, set())
        return next(iter(found)) if len(found) == 1 else None

    def _zone_bodies(self) -> dict[str, set[str]]:
        """Each form seen after a short name of the zone, by the rest of it (科技创新局 →
        {高新区科技创新局}); worked out once, every place length tried in each form."""
        if self._by_zone_short is None:
            self._by_zone_short = {}
            for seen in self.forms_seen:
                for end in range(2, min(len(self.zone_name), len(seen) - 3) + 1):
                    if _zone_short(seen[:end], self.zone_name):
                        self._by_zone_short.setdefault(seen[end:], set()).add(seen)
        return self._by_zone_short

    def _list_bureau(self, form: str, list_prefix: str | None) -> bool:
        """A bureau of no known function in a list sharing its prefix (市发展改革委、…、
        中新项目管理局), or written bare in a province's plan, is the place's own when it is named
        as an administration is (…管理局, …服务中心); a branch named by its place (重庆银监局) is
        not."""
        return bool(list_prefix and _patterns().list_bureau.search(form))

    def add(self, name: str, list_prefix: str | None) -> AgencyDraft:
        key = self.key_of(name, list_prefix)
        agency = self.agencies.setdefault(key, AgencyDraft(key=key))
        form = normalise(name)
        if form not in agency.forms:
            agency.forms.append(form)
            self.key_by_form.setdefault(form, key)
        return agency

    def list_prefix(self, names: list[str]) -> str | None:
        """The place prefix (市, 省 …) of a list's first prefixed name."""
        for name in names:
            match = _patterns().level_prefix.match(normalise(name))
            if match:
                return match[1]
        return None

    def finish(self) -> list[AgencyDraft]:
        """Give every agency its code, canonical name and category; no two share a label."""
        used_codes: dict[str, int] = {}
        used_labels: set[str] = set()
        fallback = 0
        agencies = self._same_bodies_merged()
        for agency in agencies:
            name, sure = self._full_name(agency.key)
            if "*" in agency.key:
                agency.notes.append(pgettext("review", "名称含有被屏蔽的“*”：请按正式文本补全"))
            if not sure:
                agency.notes.append(
                    pgettext("review", "全称不详：“%(name)s”是简称或不完整的全称，请填写正式名称")
                    % {"name": name}
                )
            for candidate in (name, agency.key, f"{agency.key}（{len(used_labels)}）"):
                if candidate not in used_labels:
                    name = candidate
                    break
            agency.name = name
            agency.forms = [f for f in agency.forms if f != name and f not in used_labels]
            used_labels.update([name, *agency.forms])
            category = agency_category(agency.key)
            if category is None:
                agency.notes.append(
                    pgettext("review", "类别：没有适用的关键词，已设为 other，请核对")
                )
            agency.category = category or "other"
            code = agency_code_guess(agency.key)
            if code is None:
                fallback += 1
                code = f"agency-{fallback}"
            agency.code = code_unique(code, used_codes, "-")
        return agencies

    def _same_bodies_merged(self) -> list[AgencyDraft]:
        """Two short forms of one body (市发改委, 市发展改革委) whose full name is known for sure
        are one agency, and so are such a short form and that full name printed with the place
        (县发改局, 德清县发展和改革局): the later key points at the first, which takes its forms."""
        self._second_names_merged()
        self._short_forms_merged()
        self._variants_merged()
        self._government_short_forms_merged()
        first: dict[str, AgencyDraft] = {}
        for key, agency in list(self.agencies.items()):
            plain = re.sub(r"[(（][^()（）]*[)）]$", "", key)  # 财政局（金融办） beside 财政局
            if plain != key and plain in self.agencies and self.agencies[plain] is not agency:
                kept = self.agencies[plain]
                kept.forms += [form for form in agency.forms if form not in kept.forms]
                self.agencies[key] = agency = kept
            name, sure = self._full_name(agency.key)
            if not sure and not agency.key.startswith(self.zone_name):
                continue  # a full name printed (德清县发展和改革局) is its own: 县发改局 joins it
            kept = first.setdefault(name if sure else agency.key, agency)
            if kept is not agency:
                kept.forms += [form for form in agency.forms if form not in kept.forms]
                self.agencies[key] = kept
        return list({id(agency): agency for agency in self.agencies.values()}.values())

    def _merged_into(self, kept: AgencyDraft, merged: AgencyDraft) -> None:
        """``merged`` is ``kept``: its forms join kept's and every key of it points at kept."""
        kept.forms += [form for form in merged.forms if form not in kept.forms]
        for key, agency in self.agencies.items():
            if agency is merged:
                self.agencies[key] = kept

    def _second_names_merged(self) -> None:
        """A body printed with its second name in brackets (区委宣传部（区委网信办）) is the body
        the text prints without the bracket (区委宣传部), with its two names run together, or by
        its second name alone (区委网信办): the bracketed form takes their forms."""
        for key, agency in list(self.agencies.items()):
            match = re.fullmatch(r"(?P<first>.+?)[(（](?P<second>[^()（）]+)[)）]", key)
            if not match or self.agencies[key] is not agency:
                continue
            first, second = match["first"], match["second"]
            prefix = _patterns().level_prefix.match(first)
            seconds = [second, *([prefix[1] + second] if prefix else [])]
            others = dict.fromkeys([first, *(first + s for s in seconds), *seconds])
            for other in [other for other in others if other != key]:  # in order: drafts repeat
                merged = self.agencies.get(other)
                if merged is None or merged is agency:
                    continue
                self._merged_into(agency, merged)

    def _government_short_forms_merged(self) -> None:
        """政府 is the short form of 人民政府: 各区县（自治县）政府 beside
        各区县（自治县）人民政府 is that collective (the form with 人民政府 takes the other's)."""
        full = {key: agency for key, agency in self.agencies.items() if "人民政府" in key}
        for key, agency in list(self.agencies.items()):
            if "人民政府" in key or "政府" not in key:
                continue
            kept = full.get(key.replace("政府", "人民政府", 1))
            if kept is None or kept is agency or self.agencies[key] is not agency:
                continue
            self._merged_into(kept, agency)
        self._places_merged()

    def _places_merged(self) -> None:
        """A place named alone as an actor (配合单位：省科技厅、甲市) is its government when the
        text also names that government (甲市政府, 甲市人民政府): one body."""
        for key, agency in list(self.agencies.items()):
            if self.agencies[key] is not agency or not key.endswith(("市", "州", "县", "区")):
                continue
            if not compiled("agencies", "bare_place").fullmatch(key):
                continue
            kept = self.agencies.get(key + "人民政府") or self.agencies.get(key + "政府")
            if kept is not None and kept is not agency:
                self._merged_into(kept, agency)

    def _short_forms_merged(self) -> None:
        """A short form (省政数局) of a full name the document also prints with the same place
        (省政务服务和数字化建设管理局) is that body: each of its characters stands in the full
        name in order, the first opening it and the last (局, 厅, 委, 办) ending it. Only when
        exactly one full name so fits: the tables cannot tell 政数局's full name by province."""
        if len(self.agencies) > table("agencies")["short_forms_max_agencies"]:
            return  # more bodies than any plan names (a pasted list): pairing them is quadratic
        prefix = _patterns().level_prefix
        for key, agency in list(self.agencies.items()):
            place = prefix.match(key)
            if not place or self.agencies[key] is not agency:
                continue
            body = key[place.end() :]
            fits = {
                id(other): other
                for other_key, other in self.agencies.items()
                if other is not agency
                and other_key.startswith(place[0])
                and _abbreviates(body, other_key[place.end() :])
            }
            if len(fits) != 1:
                continue
            (full,) = fits.values()
            self._merged_into(full, agency)

    def _variants_merged(self) -> None:
        """One body printed two ways with the same place (区大数据局 / 区大数据发展局, 县工信委 /
        县工信局: body_variants): the longer or 局 form takes the other's."""
        prefix = _patterns().level_prefix
        printed: dict[tuple[str, str], list[str]] = {}  # (place, variant key) → agency keys
        for key in self.agencies:
            if place := prefix.match(key):
                for variant in variant_keys(key[place.end() :]):
                    printed.setdefault((place[0], variant), []).append(key)
        for key, agency in list(self.agencies.items()):
            place = prefix.match(key)
            if not place or self.agencies[key] is not agency:
                continue
            body = key[place.end() :]
            candidates = (printed.get((place[0], v), []) for v in variant_keys(body))
            for other_key in dict.fromkeys(k for keys in candidates for k in keys):
                other = self.agencies[other_key]
                if other is agency:
                    continue
                other_body = other_key[place.end() :]
                if variant_of(body, other_body):
                    rank, other_rank = (
                        (len(body), body[-1] == "局"),
                        (len(other_body), other_body[-1] == "局"),
                    )
                    kept, merged = (agency, other) if rank > other_rank else (other, agency)
                    self._merged_into(kept, merged)
                    break

    def full_name(self, key: str) -> str | None:
        """The full name the tables give a key for sure (市工信局 → 岳阳市工业和信息化局), or
        None."""
        name, sure = self._full_name(key)
        return name if sure else None

    def _full_name(self, key: str) -> tuple[str, bool]:
        match = _patterns().level_prefix.match(key)
        placed = place_split(key)
        if placed and placed[0] in self.places:  # 乙省卫生健康委 in a joint plan
            place, rest = placed
        elif not match or not self.zone_name.endswith(match[1]):
            return key, False
        else:
            place, rest = self.zone_name, key[match.end() :]
        plain = re.sub(r"[(（][^()（）]*[)）]$", "", rest)
        if plain != rest:
            # 财政局(金融办): the bracket names a second body run from the first.
            return self._full_name(key[: len(key) - len(rest)] + plain)[0], False
        data = table("agencies")
        as_written = data["full_as_written"]
        written = {b + e for b in as_written["bodies"] for e in as_written["endings"]}
        written.update(as_written["names"])
        if rest.startswith("委") and rest[1:] in data["party_names"]:
            return f"中共{place}委{data['party_names'][rest[1:]]}", True
        if rest in data["full_names"]:
            return place + data["full_names"][rest], True
        if rest in written:
            return place + rest, True
        if rest.startswith("政府") and len(rest) > 2:
            # 市政府X办 is an office of the people's government; X's own full form is not known.
            return f"{place}人民政府{rest[2:]}", False
        return key, False


def _zone_short(place: str, zone_name: str) -> bool:
    """高新区 of 梧州高新技术产业开发区, 经开区 of 某经济技术开发区: a short name of the zone (a
    zone of its own kind, never one of the level prefixes a province or city writes)."""
    if not 2 <= len(place) <= len(zone_name) or place[-1] != zone_name[-1]:
        return False
    if place in table("agencies")["level_prefixes"]:
        return False
    rest = iter(zone_name)
    return all(char in rest for char in place)


def _abbreviates(short: str, full: str) -> bool:
    """省政数局 of 省政务服务和数字化建设管理局 (the place taken off both): a shorter name opening
    and ending as the full one, its characters in order in it."""
    if len(short) < 3 or len(full) < len(short) + 3 or short[0] != full[0]:
        return False
    if short[-1] != full[-1] or short[-1] not in table("agencies")["short_form_endings"]:
        return False
    rest = iter(full)
    return all(char in rest for char in short)

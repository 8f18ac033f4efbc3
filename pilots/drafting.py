"""Drafting a plan fixture from a plan document, and measuring drafts against curated fixtures.

``plan_draft`` reads a plan document in the genre of the seeds (一、 / (一) / 1. headings, agency
annotations such as (牵头单位:…;配合单位:…), (责任单位:…), 〔责任单位:…〕 or "X牵头,Y配合", goal
sentences with numbers) and returns a ``Draft``: the data of a format-1 plan fixture plus review
notes, written out by ``Draft.to_yaml`` as ``# review:`` comments next to the items they concern
(the schema allows no extra keys). Nothing uncertain is guessed silently: censored characters stay
as they are, unknown full names keep their short form, doubtful numbers carry a note.

``draft_evaluate`` compares a draft with the curated fixture of the same document: precision and
recall of tasks, of assignments with their role, and of targets with the right value, unit,
comparator and deadline.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml

from pilots.source_text import normalise, remove_stray_spaces, to_simplified

# --------------------------------------------------------------------------------------------
# Cleaning the source text

# Markers after which a web copy of a document holds only page furniture.
JUNK_MARKERS = ("附件下载", "相关附件", "扫一扫在手机打开当前页", "【打印本页】", "【关闭窗口】")
# Share of CJK characters OpenCC t2s changes above which a text counts as Traditional script
# (a Simplified text changes none or a handful).
TRADITIONAL_SHARE = 0.02
_CJK = re.compile(r"[\u4e00-\u9fff]")
_INNER_SPACE = re.compile(r"(?<=\S)[ \t\u3000]+(?=\S)")
_CENSORED = re.compile(r"\*+")


@dataclass
class CleanedText:
    text: str
    cleaning: dict[str, Any]
    notes: list[str]


def source_text_prepare(raw: str) -> CleanedText:
    """Clean a source document the way ``source_text_clean`` replays it, recording each step."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    cleaning: dict[str, Any] = {}
    notes: list[str] = []
    cjk = len(_CJK.findall(text))
    simplified = to_simplified(text)
    changed = sum(1 for a, b in zip(text, simplified, strict=False) if a != b)
    if cjk and changed / cjk > TRADITIONAL_SHARE:
        text = simplified
        cleaning["opencc"] = "t2s"
        notes.append(f"Traditional script: OpenCC t2s changed {changed} of {cjk} characters")
    cut = _junk_cut(text)
    if cut is not None:
        marker, position = cut
        text = text[:position]
        cleaning["cut_after"] = marker
        notes.append(f"web-page junk cut from the line starting with {marker}")
    inner_spaces = sum(_stray_spaces(line) for line in text.splitlines())
    if inner_spaces:
        text = remove_stray_spaces(text)
        cleaning["remove_spaces"] = True
        notes.append(f"{inner_spaces} stray spaces inside lines removed (PDF extraction)")
    censored = _censored_contexts(text)
    if censored:
        notes.append(
            f"{len(censored)} censored `*` left as they are (not restored): " + " ".join(censored)
        )
    return CleanedText(text=text, cleaning=cleaning, notes=notes)


def _stray_spaces(line: str) -> int:
    """Spaces inside a line that are not between two ASCII letters or digits ("AI Lab")."""
    return sum(
        1
        for m in _INNER_SPACE.finditer(line)
        if not (_ascii_alnum(line[m.start() - 1]) and _ascii_alnum(line[m.end()]))
    )


def _ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _junk_cut(text: str) -> tuple[str, int] | None:
    for marker in JUNK_MARKERS:
        for match in re.finditer(rf"^[ \t\u3000]*{re.escape(marker)}", text, re.MULTILINE):
            if match.start() > len(text) * 0.3:
                return marker, match.start()
    return None


def _censored_contexts(text: str) -> list[str]:
    contexts = []
    for match in _CENSORED.finditer(text):
        before = text[max(0, match.start() - 3) : match.start()].split("\n")[-1]
        after = text[match.end() : match.end() + 3].split("\n")[0]
        contexts.append(f"{before}{match[0]}{after}")
    return list(dict.fromkeys(contexts))


# --------------------------------------------------------------------------------------------
# Agency annotations

_LEAD_LABELS = ("牵头单位", "牵头部门")
_SUPPORT_LABELS = ("配合单位", "配合部门", "协同单位", "参与单位", "协办单位")
_RESPONSIBLE_LABELS = ("责任单位", "责任部门", "实施单位")
ROLES = ("lead", "supporting", "responsible")
LABELS = (
    {label: "lead" for label in _LEAD_LABELS}
    | {label: "supporting" for label in _SUPPORT_LABELS}
    | {label: "responsible" for label in _RESPONSIBLE_LABELS}
)
_LABEL_WORDS = "|".join(LABELS)
_ROLE_WORDS = rf"(?:{_LABEL_WORDS}|牵头|配合|按职责分工负责)"
_INNER = r"(?:[^()（）]|[(（][^()（）]*[)）])"
# (…) annotations, and 〔…〕 ones whose list holds parentheses: 〔责任单位:各县区政府(新区管委会)〕.
# Document numbers such as 国发〔2017〕35号 carry no role word and are not matched.
ANNOTATION = re.compile(
    rf"[(（]({_INNER}*?{_ROLE_WORDS}{_INNER}*?)[)）]|〔([^〔〕]*?{_ROLE_WORDS}[^〔〕]*?)〕"
)
GENERIC_AGENCIES = {
    "相关单位",
    "有关单位",
    "各有关单位",
    "相关部门",
    "有关部门",
    "各相关单位",
    "各相关部门",
    "市直有关部门",
    "市直相关部门",
    "市直各部门",
    "省直有关部门",
    "省直相关部门",
    "区级有关部门",
    "各牵头单位",
    "各责任单位",
    "各成员单位",
}
_GENERIC_PATTERN = re.compile(
    r"^(各|其他|其它)?(相关|有关)|^[市省区县]直?(有关|相关|各)(部门|单位)"
)


def annotations_in(text: str) -> list[re.Match]:
    return list(ANNOTATION.finditer(text))


def annotation_inside(match: re.Match) -> str:
    return match[1] if match[1] is not None else match[2]


def annotation_roles(annotation: str) -> list[tuple[str, str]]:
    """(role, agency name) pairs of one annotation's inside, in the order written."""
    pairs = []
    for part in re.split(r"[;；]", annotation):
        part = part.strip()
        label = re.match(rf"^({_LABEL_WORDS})\s*[:：](.*)$", part)
        if label:
            pairs += [(LABELS[label[1]], n) for n in agency_names_split(label[2])]
            continue
        # "X牵头,Y、Z,W按职责分工负责": the names before each role word take that role.
        for m in re.finditer(r"(.*?)(牵头|配合|按职责分工负责)", part):
            role = "lead" if m[2] == "牵头" else "supporting"
            pairs += [(role, n) for n in agency_names_split(m[1])]
    return pairs


def agency_names_split(text: str) -> list[str]:
    """Split agencies on 、 and commas, but not inside brackets: 各区县〔自治县,…〕政府."""
    names, current, depth = [], "", 0
    for char in text:
        if char in "(（〔[":
            depth += 1
        elif char in ")）〕]":
            depth -= 1
        if char in "、,，" and depth == 0:
            names.append(current)
            current = ""
        else:
            current += char
    names.append(current)
    return [n.strip() for n in names if n.strip() and not agency_is_generic(n.strip())]


def agency_is_generic(name: str) -> bool:
    """相关单位, 有关部门, 市直有关部门, 各牵头单位 … name no particular agency."""
    return name in GENERIC_AGENCIES or bool(_GENERIC_PATTERN.search(name))


# --------------------------------------------------------------------------------------------
# Agencies: short forms grouped, canonical names, categories, codes

_LEVEL_PREFIX = re.compile(r"^(自治区|省|市|区|县)(?!场)")
_BUREAU_LIKE = re.compile(r"(局|委|厅|办|委员会|办公室|中心)([(（][^()（）]*[)）])?$")
# What a bureau's short form starts with once its place prefix is dropped (发展改革委, 科技局 …);
# a bare name starting otherwise (重庆银监局) names its own place.
_BUREAU_START = re.compile(
    r"^(科技|发改|发展改革|经信|经济信息|工信|工业和信息化|大数据|数据|政数|教育|教委|人社|人力|"
    r"财政|金融|商务|投资促进|卫健|卫生|医保|医疗保障|交通|农业|公安|司法|民政|自然资源|规划|"
    r"生态环境|住建|住房|文旅|文化|市场监|知识产权|应急|统计|税务|行政审批|政务|审计|水利|林业|"
    r"城市管理|城管|通信管理|外事|外办|体育|退役军人)"
)
# Short forms (after the 市/省/区/县 prefix) whose full name is certain.
FULL_NAMES = {
    "科技局": "科学技术局",
    "科技厅": "科学技术厅",
    "科委": "科学技术委员会",
    "发改委": "发展和改革委员会",
    "发展改革委": "发展和改革委员会",
    "经信局": "经济和信息化局",
    "经信委": "经济和信息化委员会",
    "经信厅": "经济和信息化厅",
    "经济信息委": "经济和信息化委员会",
    "工信局": "工业和信息化局",
    "工信厅": "工业和信息化厅",
    "教委": "教育委员会",
    "人社局": "人力资源和社会保障局",
    "人社厅": "人力资源和社会保障厅",
    "人力社保局": "人力资源和社会保障局",
    "人力资源社会保障局": "人力资源和社会保障局",
    "人力资源社会保障厅": "人力资源和社会保障厅",
    "卫健委": "卫生健康委员会",
    "卫生健康委": "卫生健康委员会",
    "市场监管局": "市场监督管理局",
    "住建局": "住房和城乡建设局",
    "住建厅": "住房和城乡建设厅",
    "住房城乡建设局": "住房和城乡建设局",
    "住房城乡建设厅": "住房和城乡建设厅",
    "住房城乡建委": "住房和城乡建设委员会",
    "文旅局": "文化和旅游局",
    "文旅厅": "文化和旅游厅",
    "文化旅游局": "文化和旅游局",
    "农业农村委": "农业农村委员会",
    "商务委": "商务委员会",
    "应急局": "应急管理局",
    "医保局": "医疗保障局",
    "金融监管局": "地方金融监督管理局",
    "地方金融监管局": "地方金融监督管理局",
    "金融办": "人民政府金融工作办公室",
    "外办": "人民政府外事办公室",
    "政府办公室": "人民政府办公室",
    "政府办公厅": "人民政府办公厅",
    "政府办": "人民政府办公室",
}
# Short forms that already are the full name once the place is put in front.
FULL_AS_WRITTEN = {
    *(
        f"{body}{suffix}"
        for body in (
            "教育",
            "财政",
            "公安",
            "司法",
            "民政",
            "统计",
            "商务",
            "审计",
            "交通运输",
            "生态环境",
            "农业农村",
            "水利",
            "应急管理",
            "自然资源",
            "自然资源和规划",
            "规划和自然资源",
            "市场监督管理",
            "工业和信息化",
            "文化和旅游",
            "医疗保障",
            "退役军人事务",
            "林业",
        )
        for suffix in ("局", "厅")
    ),
    "交通局",
    "投资促进局",
    "数据资源局",
    "行政审批局",
    "城市管理局",
    "知识产权局",
    "通信管理局",
    "政务服务管理局",
}
PARTY_NAMES = {
    "组织部": "组织部",
    "宣传部": "宣传部",
    "统战部": "统战部",
    "网信办": "网络安全和信息化委员会办公室",
    "政法委": "政法委员会",
    "编办": "机构编制委员会办公室",
}
# Functional category by keyword, first match wins (财政 before 金融: 财政局(金融办) is finance).
CATEGORY_KEYWORDS: list[tuple[str, str]] = [
    (r"^各.*[县区市州].*(政府|\*)|[县区].*(政府|\*$)", "local_government"),
    (r"科技(?!协)|科学技术(?!协会)", "science_technology"),
    (r"发改|发展改革|发展和改革", "development_reform"),
    (r"经信|工信|经济信息|经济和信息化|工业和信息化|通信管理", "industry_it"),
    (r"大数据|数据资源|政数|数据局", "big_data"),
    (r"教育|教委", "education"),
    (r"人社|人力", "human_resources"),
    (r"财政", "finance"),
    (r"金融|银监|银保监|证监", "financial_regulation"),
    (r"商务|投资促进|招商", "commerce"),
    (r"卫健|卫生|医保|医疗保障", "health"),
    (r"交通", "transport"),
    (r"农业", "agriculture"),
    (r"公安", "public_security"),
    (r"司法", "justice"),
    (r"民政", "civil_affairs"),
    (r"自然资源|规划", "natural_resources"),
    (r"生态环境|环保", "ecology_environment"),
    (r"住建|住房", "housing_construction"),
    (r"文旅|文化|旅游", "culture_tourism"),
    (r"市场监|知识产权", "market_regulation"),
    (r"应急", "emergency"),
    (r"宣传|网信|新闻", "publicity"),
    (r"组织部", "party_organisation"),
    (r"统计", "statistics"),
    (r"税务", "taxation"),
    (r"政务|行政审批", "government_services"),
    (r"管委会|开发区|高新区|新区|园区", "park_administration"),
    (r"公司|集团", "state_enterprise"),
    (r"政府办|办公厅|人民政府$", "government"),
]
# Agency code (slug) by keyword, first match wins; otherwise agency-N.
CODE_KEYWORDS: list[tuple[str, str]] = [
    (r"^各.*[县区]", "counties-districts"),
    (r"^各.*[市州]", "city-governments"),
    (r"[县区].*(政府|\*$)", "district-government"),
    (r"科协|科学技术协会", "science-association"),
    (r"科技|科学技术", "science-tech"),
    (r"发改|发展改革|发展和改革", "development-reform"),
    (r"经信|经济信息|经济和信息化", "economy-it"),
    (r"工信|工业和信息化", "industry-it"),
    (r"通信管理", "communications"),
    (r"大数据", "big-data"),
    (r"数据资源", "data-resources"),
    (r"政数", "digital-government"),
    (r"教育|教委", "education"),
    (r"人社|人力", "human-resources"),
    (r"财政", "finance"),
    (r"银监|银保监", "banking-regulation"),
    (r"金融", "financial-regulation"),
    (r"投资促进|招商", "investment-promotion"),
    (r"商务", "commerce"),
    (r"医保|医疗保障", "medical-security"),
    (r"卫健|卫生", "health"),
    (r"交通", "transport"),
    (r"农业", "agriculture"),
    (r"公安", "public-security"),
    (r"政法", "political-legal"),
    (r"司法", "justice"),
    (r"民政", "civil-affairs"),
    (r"自然资源|规划", "natural-resources"),
    (r"生态环境|环保", "ecology-environment"),
    (r"住建|住房", "housing-construction"),
    (r"文旅|文化|旅游", "culture-tourism"),
    (r"知识产权", "intellectual-property"),
    (r"市场监", "market-regulation"),
    (r"应急", "emergency"),
    (r"网信", "cyberspace"),
    (r"宣传", "publicity"),
    (r"新闻", "information-office"),
    (r"组织部", "party-organisation"),
    (r"统计", "statistics"),
    (r"税务", "taxation"),
    (r"行政审批", "administrative-approval"),
    (r"电子政务", "e-government"),
    (r"政务服务", "government-services"),
    (r"高新区|高新技术产业开发区", "high-tech-zone"),
    (r"经开区|经济技术开发区", "economic-development-zone"),
    (r"开发区", "development-zones"),
    (r"新区", "new-area"),
    (r"管委会", "park-committee"),
    (r"电信", "telecom"),
    (r"移动", "mobile"),
    (r"联通", "unicom"),
    (r"铁塔", "tower"),
    (r"政府办|办公厅", "government-office"),
]


def agency_category(name: str) -> str | None:
    """The functional category a name's keywords give, or None when no keyword applies."""
    for pattern, category in CATEGORY_KEYWORDS:
        if re.search(pattern, name):
            return category
    return None


def agency_code_guess(name: str) -> str | None:
    for pattern, code in CODE_KEYWORDS:
        if re.search(pattern, name):
            return code
    return None


@dataclass
class AgencyDraft:
    key: str  # the short form with its place prefix (市科技局), also when the text drops it
    forms: list[str] = field(default_factory=list)  # every form the text writes
    code: str = ""
    name: str = ""
    category: str = "other"
    notes: list[str] = field(default_factory=list)


class AgencyDirectory:
    """The agencies a document names, one per agency however many short forms the text uses."""

    def __init__(self, zone_name: str, all_names: list[str]):
        self.zone_name = zone_name
        self.forms_seen = {normalise(n) for n in all_names}
        self.agencies: dict[str, AgencyDraft] = {}

    def key_of(self, name: str, list_prefix: str | None) -> str:
        """Group key: a bare 发展改革委 joins 市发展改革委 when the text (or its list) drops 市."""
        form = normalise(name)
        if _LEVEL_PREFIX.match(form) or form.startswith(("各", "中共", "国家", "中国")):
            return form
        for prefix in ("市", "省", "区", "县", "自治区"):
            if prefix + form in self.forms_seen:
                return prefix + form
        bare_bureau = (
            list_prefix
            and _BUREAU_START.match(form)
            and _BUREAU_LIKE.search(form)
            and not re.search(r"[省市县区]|管委会|政府|公司|集团", form.replace("市场", ""))
        )
        return list_prefix + form if bare_bureau else form

    def add(self, name: str, list_prefix: str | None) -> AgencyDraft:
        key = self.key_of(name, list_prefix)
        agency = self.agencies.setdefault(key, AgencyDraft(key=key))
        form = normalise(name)
        if form not in agency.forms:
            agency.forms.append(form)
        return agency

    def finish(self) -> list[AgencyDraft]:
        """Give every agency its code, canonical name and category."""
        used_codes: set[str] = set()
        used_names: set[str] = set()
        fallback = 0
        for agency in self.agencies.values():
            name, sure = self._full_name(agency.key)
            if "*" in agency.key:
                agency.notes.append("name holds censored `*`: restore it from the official text")
            if not sure:
                agency.notes.append(
                    f"full name unknown: {name!r} is the short form or a partial expansion; "
                    "write the official name"
                )
            if name in used_names:
                name = agency.key
            agency.name = name
            used_names.add(name)
            category = agency_category(agency.key)
            if category is None:
                agency.notes.append("category: no keyword applies, set to other: check it")
            agency.category = category or "other"
            code = agency_code_guess(agency.key)
            if code is None:
                fallback += 1
                code = f"agency-{fallback}"
            base, n = code, 1
            while code in used_codes:
                n += 1
                code = f"{base}-{n}"
            agency.code = code
            used_codes.add(code)
        return list(self.agencies.values())

    def _full_name(self, key: str) -> tuple[str, bool]:
        match = _LEVEL_PREFIX.match(key)
        if not match or not self.zone_name.endswith(match[1]):
            return key, False
        rest = key[match.end() :]
        plain = re.sub(r"[(（][^()（）]*[)）]$", "", rest)
        if plain != rest:
            # 财政局(金融办): the bracket names a second body run from the first.
            return self._full_name(key[: match.end()] + plain)[0], False
        if rest.startswith("委") and rest[1:] in PARTY_NAMES:
            return f"中共{self.zone_name}委{PARTY_NAMES[rest[1:]]}", True
        if rest in FULL_NAMES:
            return self.zone_name + FULL_NAMES[rest], True
        if rest in FULL_AS_WRITTEN:
            return self.zone_name + rest, True
        if rest.startswith("政府") and len(rest) > 2:
            # 市政府X办 is an office of the people's government; X's own full form is not known.
            return f"{self.zone_name}人民政府{rest[2:]}", False
        return key, False


# --------------------------------------------------------------------------------------------
# Document outline: 一、 parts, (一) sections, 1. items, paragraphs

_PART = re.compile(r"^([一二三四五六七八九十]+)\s*、\s*(.*)$")
_SECTION = re.compile(r"^[(（]\s*([一二三四五六七八九十]+)\s*[)）]\s*(.*)$")
_ITEM = re.compile(r"^(\d{1,2})\s*[.．、](?!\d)\s*(.*)$")
_BULLET = re.compile(r"^(——|—|-|•|·)\s*")
HEADING_MAX = 40  # a heading phrase is short; a longer first sentence is body text


@dataclass
class Line:
    kind: str  # part / section / item / para
    numeral: str
    body: str
    raw: str


def outline_lines(text: str) -> list[Line]:
    lines = []
    for raw in text.splitlines():
        raw = raw.strip()
        if not raw:
            continue
        for kind, pattern in (("part", _PART), ("section", _SECTION), ("item", _ITEM)):
            match = pattern.match(raw)
            if match and match[2].strip():
                lines.append(Line(kind, match[1], match[2].strip(), raw))
                break
        else:
            lines.append(Line("para", "", _BULLET.sub("", raw), raw))
    return lines


@dataclass
class Part:
    numeral: str
    title: str
    lines: list[Line]

    @property
    def kind(self) -> str | None:
        return part_kind(self.title)


def part_kind(title: str) -> str | None:
    """goals / key_task / engineering / safeguard, or None for parts that hold neither."""
    if re.search(r"保障|保证措施|组织实施", title):
        return "safeguard"
    if "目标" in title and not re.search(r"任务|内容", title):
        return "goals"
    if "工程" in title and not re.search(r"任务|内容", title):
        return "engineering"
    if re.search(r"任务|内容|举措|重点工作|工作重点|行动|主要措施|重点措施|重点领域", title):
        return "key_task"
    return None


def parts_of(lines: list[Line]) -> tuple[list[Line], list[Part]]:
    preamble: list[Line] = []
    parts: list[Part] = []
    for line in lines:
        if line.kind == "part":
            parts.append(Part(line.numeral, heading_text(line.body), []))
        elif parts:
            parts[-1].lines.append(line)
        else:
            preamble.append(line)
    return preamble, parts


def heading_text(body: str) -> str:
    return body.rstrip("。.:：").strip()


def heading_phrase(text: str) -> str | None:
    """The phrase before the first 。 when it reads as a heading (short, no annotation, and
    followed by more text: a short paragraph of one sentence has no heading)."""
    match = re.match(rf"^([^。]{{1,{HEADING_MAX}}})。\s*\S", text)
    if match and not ANNOTATION.search(match[1]):
        return match[1].strip()
    return None


def heading_only(body: str) -> bool:
    """A numbered line holding nothing but its heading ("1.开展应用基础理论研究")."""
    inner = body.rstrip("。").strip()
    return (
        "。" not in inner
        and len(inner) <= HEADING_MAX
        and not ANNOTATION.search(inner)
        and not re.search(r"[;；]", inner)
    )


def named_item(text: str) -> str | None:
    """The name of an unnumbered named item ("智能电网。智能电网即…"), if the paragraph is one."""
    match = re.match(r"^([^。,，、;；:：()（）]{2,20})。\S", text)
    return match[1] if match else None


def first_clause(text: str) -> str:
    clause = re.split(r"[,，;；:：。]", text, maxsplit=1)[0].strip()
    return clause[:HEADING_MAX] or text[:HEADING_MAX]


# --------------------------------------------------------------------------------------------
# Numbers in goal sentences

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_POWERS = {"十": 10, "百": 100, "千": 1000}
_CN_CHARS = "".join(_CN_DIGITS) + "".join(_CN_POWERS)
BASE_UNITS = (
    "个百分点",
    "人次",
    "平方公里",
    "平方米",
    "公里",
    "美元",
    "元",
    "家",
    "项",
    "个",
    "名",
    "人",
    "所",
    "座",
    "条",
    "台",
    "套",
    "次",
    "户",
    "款",
    "种",
    "处",
    "位",
    "支",
    "部",
    "件",
    "场",
    "辆",
    "架",
    "吨",
    "亩",
    "倍",
    "%",
    "％",
)
_NUMBER = re.compile(rf"\d+(?:\.\d+)?|[{_CN_CHARS}]+|万(?=[家个名人项所台套户位])")
_RANGE = re.compile(rf"^\s*(?:-|—|–|~|～|至|到)+\s*(\d+(?:\.\d+)?|[{_CN_CHARS}]+)")
_MULTIPLIER = re.compile(r"^(万亿|亿|万)")
_BASE_UNIT = re.compile("^(" + "|".join(re.escape(u) for u in BASE_UNITS) + ")")
_NOT_A_UNIT_AFTER = re.compile(r"^(个月|位一体|件事|个作用|次会|人民)")
_POST = {"以上": "gte", "以下": "lte", "以内": "lte", "左右": "approx"}
_PRE = [
    ("不少于", "gte"),
    ("不低于", "gte"),
    ("至少", "gte"),
    ("不超过", "lte"),
    ("不高于", "lte"),
    ("不多于", "lte"),
    ("控制在", "lte"),
    ("超过", "gt"),
    ("突破", "gt"),
    ("高于", "gt"),
    ("多于", "gt"),
    ("大于", "gt"),
    ("低于", "lt"),
    ("少于", "lt"),
    ("小于", "lt"),
    ("达到", "eq"),
    ("提高到", "eq"),
    ("提升到", "eq"),
    ("提高至", "eq"),
    ("提升至", "eq"),
    ("增加到", "eq"),
    ("增长到", "eq"),
    ("增至", "eq"),
    ("超", "gt"),
    ("逾", "gt"),
    ("约", "approx"),
    ("近", "approx"),
    ("达", "eq"),
]
_CHANGE_WORDS = re.compile(r"(增长|提高|提升|增加|下降|降低|减少|翻)$")
_DEADLINE = re.compile(r"(?:到|至|截至|截止)\s*(20\d\d)\s*年")
_PER_YEAR = re.compile(r"每年|年均|每年度")
_LEADING_WORDS = re.compile(
    r"^(其中|每年|年均|累计|新增|力争|争取|全市|全省|全区|共|再|总计|合计|"
    r"培育形成|引进培育|组织实施|培育|建设|建成|形成|取得|获得|打造|引进|实施|认定|"
    r"推动|推广|发布|制定|开展|举办|孵化|集聚|聚集|吸引|带动|创建|布局|建立|发展|"
    r"突破|超过|达到|实现|拥有|新建|改造|培养|落地|攻克|研发|申请|授权|入选)"
)


_VERBS = re.compile(
    r"培育|建设|建成|形成|取得|获得|打造|引进|引育|实施|认定|发布|制定|举办|孵化|集聚|吸引|"
    r"带动|创建|布局|建立|新建|培养|培训|推广|攻克|研发|申请|授权|入选|拥有"
)


def chinese_number(text: str) -> int | None:
    """十 → 10, 百 → 100, 三百五十 → 350; None when the characters do not form a number."""
    total, digit = 0, None
    for char in text:
        if char in _CN_DIGITS:
            if digit is not None:
                return None
            digit = _CN_DIGITS[char]
        elif char in _CN_POWERS:
            total += (1 if digit is None else digit) * _CN_POWERS[char]
            digit = None
        else:
            return None
    return total + (digit or 0)


def _number_value(text: str) -> float | int | None:
    if text == "万":
        return 10000
    if text[0].isdigit():
        value = float(text)
        return int(value) if value.is_integer() else value
    return chinese_number(text)


@dataclass
class Quantity:
    start: int  # offsets in the clause
    end: int
    value: float | int
    value_max: float | int | None
    unit: str
    comparator: str
    notes: list[str]


def quantities_in(clause: str) -> list[Quantity]:
    """Every number + unit phrase of a clause that states a target, with its comparator.

    A number that qualifies a later counted noun ("营业收入超10亿元的龙头企业5家") is left out.
    """
    found: list[Quantity] = []
    position = 0
    while True:
        match = _NUMBER.search(clause, position)
        if not match:
            break
        position = match.end()
        quantity = _quantity_at(clause, match)
        if quantity:
            found.append(quantity)
            position = quantity.end
    return [
        q
        for index, q in enumerate(found)
        if not (clause[q.end :].startswith("的") and index + 1 < len(found))
    ]


def _quantity_at(clause: str, match: re.Match) -> Quantity | None:
    text = match[0]
    before = clause[: match.start()]
    chinese = not text[0].isdigit()
    if before.endswith("第") or (not chinese and re.search(r"[A-Za-z0-9.〔/+]$", before)):
        return None
    value = _number_value(text)
    if value is None:
        return None
    notes: list[str] = []
    rest_at = match.end()
    value_max = None
    ranged = _RANGE.match(clause[rest_at:])
    if ranged:
        value_max = _number_value(ranged[1])
        if value_max is not None:
            rest_at += ranged.end()
    mid = re.match(r"^(余|多)", clause[rest_at:])
    if mid:
        rest_at += 1
    if _NOT_A_UNIT_AFTER.match(clause[rest_at:]):
        return None
    multiplier = _MULTIPLIER.match(clause[rest_at:])
    if multiplier:
        rest_at += multiplier.end()
    base = _BASE_UNIT.match(clause[rest_at:])
    if base:
        rest_at += base.end()
    if not base and not (multiplier and (not chinese or re.search("[十百千]", text))):
        return None
    unit = (multiplier[0] if multiplier else "") + (base[0] if base else "")
    unit = "%" if unit == "％" else unit
    if not base:
        notes.append(f"no unit after the number: read as {value} × {unit}")
    elif multiplier and base[0] not in ("元", "美元"):
        notes.append(f"unit {unit}: the value counts {multiplier[0]}s of {base[0]}")
    post = re.match(r"^(以上|以下|以内|左右)", clause[rest_at:])
    if post:
        rest_at += post.end()
    pre = next((word for word, _ in _PRE if before.endswith(word)), None)
    comparator = _comparator(pre, post[0] if post else None, mid is not None, value_max)
    if value_max is not None and value_max <= value:
        notes.append(f"range {text}…{value_max} does not increase: read as {value}")
        value_max, comparator = None, "eq"
    if chinese:
        notes.append(f"Chinese numeral {text} read as {value}")
    if mid:
        notes.append(f"{mid[0]} after the number read as 'more than' (gt)")
    if pre in ("近", "约"):
        notes.append(f"{pre} read as 'about' (approx)")
    change = _CHANGE_WORDS.search(before)
    if change and not pre:
        notes.append(f"{change[0]} before the number: a change, not a level — set baseline")
    if unit in ("%", "个百分点"):
        notes.append("a percentage: check what it is a share of and its baseline")
    return Quantity(match.start(), rest_at, value, value_max, unit, comparator, notes)


def _comparator(pre: str | None, post: str | None, more: bool, value_max) -> str:
    if value_max is not None:
        return "range"
    pre_comparator = dict(_PRE).get(pre) if pre else None
    if post == "以上":
        return "gt" if pre_comparator == "gt" else "gte"
    if post:
        return _POST[post]
    if more:
        return "gt"
    return pre_comparator or "eq"


def spans_split(text: str, separators: str) -> list[tuple[int, int]]:
    """Spans of ``text`` between separators outside brackets and quotes."""
    spans, start, depth = [], 0, 0
    for index, char in enumerate(text):
        if char in "(（〔[“《":
            depth += 1
        elif char in ")）〕]”》":
            depth = max(0, depth - 1)
        elif char in separators and depth == 0:
            spans.append((start, index))
            start = index + 1
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def metric_of(phrase: str, quantity_start: int, quantity_end: int) -> str:
    """The noun phrase a number counts: what follows the unit, else what precedes the number."""
    after = phrase[quantity_end:].lstrip("的").strip()
    if re.search(r"[\u4e00-\u9fff]", after):
        metric = after
    else:
        before = phrase[:quantity_start]
        before = next(
            (before[: -len(w)] for w, _ in _PRE if before.endswith(w) and len(before) > len(w)),
            before,
        )
        before = re.sub(r"^(在|围绕|面向)[^,，]*?(领域|方面|行业)", "", before)
        before = _PER_YEAR.sub("", before)
        while True:
            stripped = _LEADING_WORDS.sub("", before, count=1)
            if stripped == before or not stripped:
                break
            before = stripped
        verbs = list(_VERBS.finditer(before))
        if verbs and verbs[-1].end() < len(before):
            before = before[verbs[-1].end() :]
        metric = re.sub(r"(达到|达|超过|突破|实现|为)$", "", before)
    if "等" in metric[:-1]:
        metric = metric.rsplit("等", 1)[1]
    metric = re.split(r"以及|,|，", metric)[0]
    return metric.strip(" 、的")


# --------------------------------------------------------------------------------------------
# The draft and its YAML


@dataclass
class Draft:
    """A plan fixture's data plus review notes keyed by their path in the data."""

    data: dict[str, Any]
    reviews: dict[str, list[str]] = field(default_factory=dict)
    header: list[str] = field(default_factory=list)

    def review(self, path: str, note: str) -> None:
        self.reviews.setdefault(path, []).append(note)

    @property
    def review_count(self) -> int:
        return sum(len(notes) for notes in self.reviews.values())

    def to_yaml(self) -> str:
        lines = [f"# {line}" if line else "#" for line in self.header]
        lines += _yaml_mapping(self.data, "", 0, self.reviews)
        return "\n".join(lines) + "\n"


def _yaml_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    plain = (
        text
        and text == text.strip()
        and "\n" not in text
        and text[0] not in "-?:,[]{}#&*!|>'\"%@`"
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
    )
    if plain:
        try:
            plain = yaml.safe_load(text) == text
        except yaml.YAMLError:
            plain = False
    return text if plain else json.dumps(text, ensure_ascii=False)


def _yaml_comments(path: str, indent: int, reviews: dict[str, list[str]]) -> list[str]:
    pad = " " * indent
    return [f"{pad}# review: {' '.join(note.split())}" for note in reviews.get(path, [])]


def _yaml_mapping(
    mapping: dict, path: str, indent: int, reviews: dict, first_prefix: str = ""
) -> list[str]:
    lines: list[str] = []
    pad = " " * indent
    for index, (key, value) in enumerate(mapping.items()):
        key_path = f"{path}.{key}" if path else key
        lead = first_prefix if index == 0 and first_prefix else pad
        if not (index == 0 and first_prefix):
            lines += _yaml_comments(key_path, indent, reviews)
        if isinstance(value, dict):
            lines.append(f"{lead}{key}:")
            lines += _yaml_mapping(value, key_path, indent + 2, reviews)
        elif isinstance(value, list) and not value:
            lines.append(f"{lead}{key}: []")
        elif isinstance(value, list):
            lines.append(f"{lead}{key}:")
            for item_index, item in enumerate(value):
                item_path = f"{key_path}[{item_index}]"
                lines += _yaml_comments(item_path, indent, reviews)
                if isinstance(item, dict):
                    lines += _yaml_mapping(item, item_path, indent + 2, reviews, f"{pad}- ")
                else:
                    lines.append(f"{pad}- {_yaml_scalar(item)}")
        else:
            lines.append(f"{lead}{key}: {_yaml_scalar(value)}")
    return lines


# --------------------------------------------------------------------------------------------
# Drafting

_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,10}〔(\d{4})〕\d+号$")
_DATE_LINE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_PERIOD = re.compile(r"[(（]\s*(20\d\d)\s*(?:-|—|–|~|～|至)+\s*(20\d\d)\s*年?\s*[)）]")
_PLAN_WORDS = r"(方案|规划|计划|意见|纲要|措施|办法|政策|通知|行动)"
_ISSUER_END = r"(政府|人民\*|办公厅|办公室|局|委员会|委|厅)"
MUNICIPALITIES = {"北京市", "上海市", "天津市", "重庆市"}


@dataclass
class _TaskDraft:
    code: str
    numbering: str | None
    title: str
    text: str
    notes: list[str] = field(default_factory=list)
    # Assignments as agency keys: task-level roles, or one clause per annotation.
    roles: dict[str, list[str]] = field(default_factory=dict)
    clauses: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _SectionDraft:
    code: str
    numbering: str
    part: str
    title: str
    kind: str
    text: str | None
    tasks: list[_TaskDraft]


def plan_draft(
    text: str,
    *,
    zone_slug: str,
    source_file: str,
    plan_code: str | None = None,
    zone: dict[str, Any] | None = None,
) -> Draft:
    """Draft a plan fixture from a plan document's raw text.

    ``zone`` is the zone entry of a zone the system already knows (slug, name, level …); without
    it the zone is guessed from the text and marked for review.
    """
    cleaned = source_text_prepare(text)
    lines = outline_lines(cleaned.text)
    preamble, parts = parts_of(lines)
    draft = Draft(data={})
    title, title_sure = _plan_title(cleaned.text, lines)
    zone_entry = dict(zone) if zone else _zone_guess(zone_slug, title, cleaned.text, draft)
    goal_regions = _goal_regions(parts)
    milestones = sorted(
        {
            int(y)
            for *_, region in goal_regions
            for line in region
            for y in _DEADLINE.findall(line.raw)
        }
    )
    plan = _plan_metadata(lines, preamble, title, milestones, draft)
    plan["code"] = plan_code or f"{zone_slug}-ai"
    plan["source_file"] = source_file
    if not plan_code:
        draft.review("plan.code", "code defaulted from the zone: check it names no other plan")
    if not title_sure:
        draft.review("plan.title", "no 《…》 title or title line found: taken from the first line")
    plan_entry = {
        key: plan[key]
        for key in (
            "code",
            "title",
            "issuer",
            "doc_number",
            "issued_on",
            "period_start",
            "period_end",
            "milestone_years",
            "source_file",
        )
        if key in plan
    }
    sections = _sections_of(parts)
    directory = _agencies_of(sections, zone_entry["name"])
    agencies = directory.finish()
    goals = _goals_of(goal_regions, plan["period_end"], draft)
    if not goals:
        draft.review("goals", "no goals part found: add the plan's goals and targets")
    elif not any("目标" in title for _, title, _ in goal_regions):
        draft.review(
            "goals", "no goals heading: goals are the paragraphs with 到YYYY年: check them"
        )

    data: dict[str, Any] = {"format": 1, "zone": zone_entry, "plan": plan_entry}
    if cleaned.cleaning:
        data["source_cleaning"] = cleaned.cleaning
    data["agencies"] = []
    for index, agency in enumerate(agencies):
        entry: dict[str, Any] = {"code": agency.code, "name": agency.name}
        aliases = [form for form in agency.forms if form != agency.name]
        if aliases:
            entry["aliases"] = aliases
        entry["category"] = agency.category
        data["agencies"].append(entry)
        for note in agency.notes:
            draft.review(f"agencies[{index}]", note)
    data["goals"] = goals
    data["sections"] = []
    for section_index, section in enumerate(sections):
        entry = {"code": section.code, "numbering": section.numbering, "part": section.part}
        entry["title"] = section.title
        if section.text:
            entry["text"] = section.text
        entry["kind"] = section.kind
        entry["tasks"] = []
        for task_index, task in enumerate(section.tasks):
            path = f"sections[{section_index}].tasks[{task_index}]"
            task_entry: dict[str, Any] = {"code": task.code}
            if task.numbering:
                task_entry["numbering"] = task.numbering
            task_entry["title"] = task.title
            task_entry["text"] = task.text
            task_entry.update(_role_codes(task.roles, directory))
            if task.clauses:
                task_entry["clauses"] = [_role_codes(c, directory) for c in task.clauses]
            entry["tasks"].append(task_entry)
            for note in task.notes:
                draft.review(path, note)
            if "*" in task.text:
                draft.review(path, "text holds censored `*`: restore from the official text")
        data["sections"].append(entry)
    draft.data = data
    draft.header = _header(draft, cleaned, source_file)
    return draft


def _plan_title(text: str, lines: list[Line]) -> tuple[str, bool]:
    """The plan's own title: 《…》 where the notice issues it, else the document's title line."""
    head = text[:3000]
    joined = re.sub(r"\s*\n\s*", "", head)
    for match in re.finditer(r"《([^《》]{4,100})》", joined):
        sentence_end = joined.find("。", match.end())
        sentence_start = max(
            joined.rfind("。", 0, match.start()), joined.rfind(":", 0, match.start())
        )
        before = joined[sentence_start + 1 : match.start()]
        after = joined[match.end() : sentence_end if sentence_end >= 0 else len(joined)]
        issued = before.endswith("印发") or before.endswith("将") or "印发" in after
        cited = re.search(r"(贯彻|落实|根据|按照|依据)", before)
        if issued and not cited:
            return remove_stray_spaces(match[1]).strip(), True
    for line in lines[:30]:
        candidate = line.raw
        if (
            re.search(rf"{_PLAN_WORDS}(\s*[(（][^()（）]*[)）])?$", candidate)
            and not re.search(r"[,，。:：]", candidate)
            and not candidate.startswith("关于印发")
            and 6 <= len(candidate) <= 100
        ):
            return candidate, True
    first = next((line.raw for line in lines if len(line.raw) >= 4), "未命名规划")
    return first[:100], False


def _zone_guess(slug: str, title: str, text: str, draft: Draft) -> dict[str, Any]:
    match = re.match(r"^(.{2,8}?(?:自治区|省|市|区|县))", title)
    name = match[1] if match and "关于" not in match[1] else None
    if name is None:
        places = re.findall(r"([\u4e00-\u9fff]{2,4}?(?:省|市|区|县))", text[:4000])
        stems = [p for p in places if title.startswith(p[:2])]
        name = stems[0] if stems else (title[:2] + "市")
    if name.endswith("市"):
        level = "municipality" if name in MUNICIPALITIES else "city"
    elif name.endswith(("区", "县")):
        level = "district"
    else:
        level = "city"
        draft.review("zone.level", "a province or region: the schema has no such level; set it")
    draft.review("zone", f"new zone: name {name!r} and level {level!r} guessed from the title")
    if level == "district":
        draft.review("zone.level", "a district: set zone.parent to the slug of its city")
    return {"slug": slug, "name": name, "level": level}


def _plan_metadata(
    outline: list[Line], preamble: list[Line], title: str, milestones: list[int], draft: Draft
) -> dict[str, Any]:
    """Title, doc number, issue date, issuer and period of the plan."""
    plan: dict[str, Any] = {"title": title}
    lines = [line.raw for line in outline]
    for line in lines[:30]:
        if _DOC_NUMBER.match(line):
            plan["doc_number"] = line
            break
    for index, line in enumerate(lines):
        date = _DATE_LINE.match(line)
        if date:
            plan["issued_on"] = f"{date[1]}-{int(date[2]):02d}-{int(date[3]):02d}"
            if (
                index
                and re.search(rf"{_ISSUER_END}$", lines[index - 1])
                and len(lines[index - 1]) <= 30
            ):
                plan["issuer"] = lines[index - 1]
            break
    if "issuer" not in plan:
        for index, line in enumerate(lines[:10]):
            follows = lines[index + 1] if index + 1 < len(lines) else ""
            if re.search(rf"{_ISSUER_END}$", line) and follows.startswith("关于"):
                plan["issuer"] = line
                break
            issuer = re.match(rf"^(.{{2,20}}?{_ISSUER_END})关于", line)
            if issuer and line == title:
                plan["issuer"] = issuer[1]
                break
    if "issuer" in plan:
        note = "issuer guessed from the signature or heading"
        if "*" in plan["issuer"]:
            note += "; it holds censored `*`: restore it"
        draft.review("plan.issuer", note)
    plan["period_start"], plan["period_end"] = _plan_period(plan, preamble, milestones, draft)
    if milestones:
        plan["milestone_years"] = milestones
    return plan


def _plan_period(
    plan: dict[str, Any], preamble: list[Line], milestones: list[int], draft: Draft
) -> tuple[int, int]:
    """(2020-2023年) in the title; else from the document's own year to the last milestone."""
    period = _PERIOD.search(plan["title"])
    if period:
        return int(period[1]), int(period[2])
    own_years = [int(_DOC_NUMBER.match(plan["doc_number"])[1])] if "doc_number" in plan else []
    if "issued_on" in plan:
        own_years.append(int(plan["issued_on"][:4]))
    # A plan is issued no earlier than the documents its preamble cites.
    cited = [int(y) for line in preamble for y in re.findall(r"〔(20\d\d)〕", line.raw)]
    if own_years:
        start = min(own_years)
    elif cited:
        start = max(cited)
        draft.review("plan.period_start", "the latest year the preamble cites: check it")
    elif milestones:
        start = min(milestones)
        draft.review("plan.period_start", "no date in the text: the first milestone year")
    else:
        start = None
    end = max(milestones) if milestones else start
    if start is None or end is None:
        start = end = start or end or 2000
        draft.review("plan.period_start", "no year found in the text: set the period")
    elif not milestones:
        draft.review("plan.period_end", "no 到YYYY年 goal found: set the end year")
    return start, max(start, end)


def _goal_regions(parts: list[Part]) -> list[tuple[str, str, list[Line]]]:
    """(numbering, title, lines) of each goals part, or goals section such as 二、(四)发展目标."""
    regions: list[tuple[str, str, list[Line]]] = []
    for part in parts:
        if part.kind == "goals":
            regions.append((f"{part.numeral}、", part.title, part.lines))
        elif part.kind is None:
            current: list[Line] | None = None
            for line in part.lines:
                if line.kind == "section":
                    current = None
                    title = heading_text(line.body)
                    if "目标" in title and len(title) <= 12:
                        current = []
                        regions.append((f"{part.numeral}、({line.numeral})", title, current))
                elif current is not None:
                    current.append(line)
    if not regions:
        # No goals heading: paragraphs with a 到YYYY年 deadline outside the task parts.
        for part in parts:
            if part.kind is None:
                dated = [
                    line
                    for line in part.lines
                    if line.kind == "para" and _DEADLINE.search(line.raw)
                ]
                if dated:
                    regions.append((f"{part.numeral}、", part.title, dated))
    return regions


@dataclass
class _TargetFound:
    target: dict[str, Any]
    notes: list[str]
    sentence: int  # offset of its sentence in the goal text
    after_qizhong: bool  # follows 其中 in its sentence: part of a total


def _goal_blocks(numbering: str, lines: list[Line]) -> list[tuple[str, str | None, str]]:
    """(numbering, heading, text) per goal: numbered goals, headed ones, plain paragraphs."""
    blocks: list[tuple[str, str | None, list[str]]] = []
    for line in lines:
        if line.kind in ("section", "item"):
            mark = f"({line.numeral})" if line.kind == "section" else f"{line.numeral}."
            heading = heading_text(line.body) if heading_only(line.body) else None
            blocks.append((mark, heading, [] if heading else [line.body]))
        elif blocks and blocks[-1][1] is not None and not blocks[-1][2]:
            blocks[-1][2].append(line.body)  # the paragraph under a heading-only goal line
        else:
            blocks.append((numbering, None, [line.body]))
    return [(mark, heading, "\n".join(paras) or heading or "") for mark, heading, paras in blocks]


def _goals_of(
    regions: list[tuple[str, str, list[Line]]], plan_end: int, draft: Draft
) -> list[dict[str, Any]]:
    goals: list[dict[str, Any]] = []
    target_count = 0
    deadline: int | None = None
    lead_paragraph = False
    for numbering, region_title, lines in regions:
        for mark, heading, text in _goal_blocks(numbering, lines):
            path = f"goals[{len(goals)}]"
            title = heading or heading_phrase(text)
            if title and (_DEADLINE.search(title) or quantities_in(title)):
                title = None  # a goal sentence, not a heading
            if title is None and not goals:
                title, lead_paragraph = region_title, True
            elif title is None:
                title = first_clause(text)
                draft.review(path, "no heading phrase: title is the goal's first clause")
            if "*" in text:
                draft.review(path, "text holds censored `*`: restore from the official text")
            found, deadline = _targets_of(text, deadline, plan_end)
            for item in found:
                target_count += 1
                item.target["code"] = f"T{target_count}"
            _link_parents(found)
            goals.append(
                {
                    "code": "",
                    "numbering": mark,
                    "title": title,
                    "text": text,
                    "targets": [_target_ordered(item.target) for item in found],
                }
            )
            for index, item in enumerate(found):
                for note in item.notes:
                    draft.review(f"{path}.targets[{index}]", note)
    for index, goal in enumerate(goals):
        goal["code"] = f"G{index if lead_paragraph else index + 1}"
    return goals


_TARGET_KEYS = (
    "code",
    "metric",
    "unit",
    "comparator",
    "value",
    "value_max",
    "deadline",
    "per_year",
    "aggregation",
    "baseline",
    "parent",
    "source_phrase",
)


def _target_ordered(target: dict[str, Any]) -> dict[str, Any]:
    return {key: target[key] for key in _TARGET_KEYS if key in target}


def _targets_of(
    text: str, deadline: int | None, plan_end: int
) -> tuple[list[_TargetFound], int | None]:
    """Targets of one goal's text; ``deadline`` carries the governing 到YYYY年 across goals."""
    deadlines = [(m.start(), int(m[1])) for m in _DEADLINE.finditer(text)]
    found: list[_TargetFound] = []
    for s_start, s_end in spans_split(text, "。；;!！?？\n"):
        sentence = text[s_start:s_end]
        qizhong = sentence.find("其中")
        clauses = spans_split(sentence, ",，:：")
        first_clause_end = clauses[0][1] if clauses else 0
        for c_start, c_end in clauses:
            clause = sentence[c_start:c_end]
            for quantity, (p_start, p_end), shared in _phrases(clause, quantities_in(clause)):
                at = c_start + quantity.start  # in the sentence
                governing = [year for where, year in deadlines if where < s_start + at]
                notes = list(quantity.notes)
                year = governing[-1] if governing else deadline
                if year is None:
                    year = plan_end
                    notes.append("no 到YYYY年 before it: deadline is the plan's end year")
                per_year = bool(
                    _PER_YEAR.search(clause[: quantity.start])
                    or _PER_YEAR.search(sentence[:first_clause_end])
                )
                if not per_year and _PER_YEAR.search(sentence[:at]):
                    notes.append("每年 in an earlier clause of the sentence: per year too?")
                phrase = clause[p_start:p_end].strip()
                lead_in = re.match(r"^(在|围绕)[^,，]{10,}?(领域|方面)", phrase)
                if lead_in and lead_in.end() < quantity.start - p_start:
                    phrase = phrase[lead_in.end() :]
                offset = clause[p_start:p_end].index(phrase) + p_start
                metric = metric_of(phrase, quantity.start - offset, quantity.end - offset)
                if re.fullmatch(r"(增长|提高|提升|增加|下降|降低|减少)?", metric) and found:
                    metric = found[-1].target["metric"] + metric
                    notes.append("metric taken from the number before it: check it")
                if not metric:
                    metric = phrase
                    notes.append("no noun phrase found for the metric: the phrase is used")
                target: dict[str, Any] = {
                    "metric": metric,
                    "unit": quantity.unit,
                    "comparator": quantity.comparator,
                    "value": quantity.value,
                    "deadline": year,
                    "aggregation": "flow" if per_year else "stock",
                    "source_phrase": phrase,
                }
                if quantity.value_max is not None:
                    target["value_max"] = quantity.value_max
                if per_year:
                    target["per_year"] = True
                if isinstance(shared, Quantity):
                    target["baseline"] = shared.value
                    notes.append(f"read as a change from {shared.value} (baseline): check it")
                elif shared:
                    notes.append("shares its phrase with another number: check both")
                after_qizhong = 0 <= qizhong < at
                found.append(_TargetFound(target, notes, s_start, after_qizhong))
    if deadlines:
        deadline = deadlines[-1][1]
    return found, deadline


def _phrases(
    clause: str, quantities: list[Quantity]
) -> list[tuple[Quantity, tuple[int, int], Quantity | bool]]:
    """(quantity, phrase span, shared) per quantity: a clause with several numbers is cut at 、.

    ``shared`` is True when two numbers could not be told apart, or the baseline quantity when
    the clause reads "从X提高到Y" (the baseline itself is then not reported).
    """
    cuts: list[int | None] = []
    baseline_of: dict[int, Quantity] = {}
    shared_phrase: set[int] = set()
    for index, (first, second) in enumerate(pairwise(quantities)):
        gap = clause[first.end : second.start]
        cut = max(gap.rfind("、"), gap.rfind("和"), gap.rfind("及"), gap.rfind("并"))
        if cut >= 0:
            cuts.append(first.end + cut)
            continue
        cuts.append(None)
        if re.search(r"(从|由)[^从由]*$", clause[: first.start]) and first.unit == second.unit:
            baseline_of[index + 1] = first
        else:
            shared_phrase.update((index, index + 1))
    result: list[tuple[Quantity, tuple[int, int], Quantity | bool]] = []
    start = 0
    for index, quantity in enumerate(quantities):
        if index + 1 in baseline_of and baseline_of[index + 1] is quantity:
            continue
        end = next((c for c in cuts[index:] if c is not None), len(clause))
        shared: Quantity | bool = baseline_of.get(index) or index in shared_phrase
        result.append((quantity, (start, end), shared))
        if index < len(cuts) and cuts[index] is not None:
            start = cuts[index] + 1
    return result


def _link_parents(found: list[_TargetFound]) -> None:
    """Sub-targets after 其中 point at the total of the same sentence with the same unit."""
    for item in found:
        if not item.after_qizhong:
            continue
        unit, metric = item.target["unit"], item.target["metric"]
        totals = [
            other.target
            for other in found
            if other.sentence == item.sentence
            and not other.after_qizhong
            and other.target["unit"] == unit
        ]
        alike = [t for t in totals if t["metric"][-2:] == metric[-2:]]
        if len(alike) == 1:
            item.target["parent"] = alike[0]["code"]
        elif len(totals) == 1:
            item.target["parent"] = totals[0]["code"]
            item.notes.append("其中: parent is the only total with the same unit: check it")
        else:
            item.notes.append("其中: part of a total, but which one is unclear: set parent")


def _sections_of(parts: list[Part]) -> list[_SectionDraft]:
    sections: list[_SectionDraft] = []
    for part in parts:
        kind = part.kind
        if kind in ("key_task", "engineering"):
            sections += _task_sections(part, kind)
        elif kind == "safeguard":
            sections.append(_safeguard_section(part))
    return sections


def _task_sections(part: Part, kind: str) -> list[_SectionDraft]:
    groups: list[tuple[Line | None, list[Line]]] = [(None, [])]
    for line in part.lines:
        if line.kind == "section":
            groups.append((line, []))
        else:
            groups[-1][1].append(line)
    sections = []
    headed = [(h, body) for h, body in groups if h is not None]
    if not headed:
        code = part.numeral
        tasks, text = _tasks_of(code, part.title, groups[0][1])
        return [_SectionDraft(code, f"{part.numeral}、", part.title, part.title, kind, text, tasks)]
    for heading, body in headed:
        code = f"{part.numeral}.({heading.numeral})"
        title = heading_phrase(heading.body) or heading_text(heading.body)
        inline = heading.body[len(title) :].lstrip("。").strip()
        lines = ([Line("para", "", inline, inline)] if inline else []) + body
        tasks, text = _tasks_of(code, title, lines)
        sections.append(
            _SectionDraft(
                code, f"{part.numeral}、({heading.numeral})", part.title, title, kind, text, tasks
            )
        )
    return sections


def _tasks_of(code: str, title: str, lines: list[Line]) -> tuple[list[_TaskDraft], str | None]:
    """Tasks of one section: its numbered items, or named items, or the section as one task."""
    first_item = next((i for i, line in enumerate(lines) if line.kind == "item"), None)
    if first_item is None:
        paragraphs = [line.body for line in lines]
        names = [named_item(p) for p in paragraphs]
        if len(paragraphs) >= 2 and all(names):
            return [
                _TaskDraft(
                    f"{code}.{k}",
                    None,
                    name or "",
                    paragraph,
                    ["unnumbered named item made a task: check the split"],
                )
                for k, (name, paragraph) in enumerate(zip(names, paragraphs, strict=True), 1)
            ], None
        text = "\n".join(paragraphs) or title
        return [_TaskDraft(code, None, title, text, [])], None
    intro = "\n".join(line.body for line in lines[:first_item]) or None
    tasks: list[_TaskDraft] = []
    items: list[tuple[Line, list[Line]]] = []
    for line in lines[first_item:]:
        if line.kind == "item":
            items.append((line, []))
        else:
            items[-1][1].append(line)
    seen: dict[str, int] = {}
    for item, following in items:
        number = item.numeral
        seen[number] = seen.get(number, 0) + 1
        item_code = (
            f"{code}.{number}" if seen[number] == 1 else f"{code}.{number}-dup{seen[number]}"
        )
        notes = [] if seen[number] == 1 else [f"number {number}. appears twice in the section"]
        paragraphs = [line.body for line in following]
        if heading_only(item.body):
            heading = heading_text(item.body)
            named = [named_item(p) for p in paragraphs]
            if paragraphs and named[0]:
                tasks += _named_tasks(item_code, number, heading, paragraphs, named)
                continue
            text = "\n".join(paragraphs) if paragraphs else heading
            tasks.append(_TaskDraft(item_code, f"{number}.", heading, text, notes))
            continue
        title = heading_phrase(item.body)
        if title is None:
            title = first_clause(item.body)
            notes.append("no heading phrase before 。: title is the first clause — shorten it")
        text = "\n".join([item.body, *paragraphs])
        tasks.append(_TaskDraft(item_code, f"{number}.", title, text, notes))
    return tasks, intro


def _named_tasks(
    code: str, number: str, heading: str, paragraphs: list[str], names: list[str | None]
) -> list[_TaskDraft]:
    """Named items under a numbered sub-heading: "1. 加强基础理论知识研究。" + "深度学习理论。…"."""
    tasks: list[_TaskDraft] = []
    for paragraph, name in zip(paragraphs, names, strict=True):
        if name:
            notes = [f"named item under sub-heading {number}. {heading}"] if not tasks else []
            tasks.append(
                _TaskDraft(f"{code}-{len(tasks) + 1}", f"{number}.", name, paragraph, notes)
            )
        else:
            tasks[-1].text += "\n" + paragraph
    return tasks


def _safeguard_section(part: Part) -> _SectionDraft:
    code = part.numeral
    groups: list[tuple[Line | None, list[Line]]] = [(None, [])]
    marker = "section" if any(line.kind == "section" for line in part.lines) else "item"
    for line in part.lines:
        if line.kind == marker:
            groups.append((line, []))
        else:
            groups[-1][1].append(line)
    tasks: list[_TaskDraft] = []
    headed = [(h, body) for h, body in groups if h is not None]
    for heading, body in headed:
        numbering = f"({heading.numeral})" if marker == "section" else f"{heading.numeral}."
        task_code = (
            f"{code}.({heading.numeral})" if marker == "section" else f"{code}.{heading.numeral}"
        )
        paragraphs = [line.raw if line.kind != "para" else line.body for line in body]
        notes: list[str] = []
        if heading_only(heading.body):
            title = heading_text(heading.body)
            text = "\n".join(paragraphs) or title
        else:
            title = heading_phrase(heading.body) or first_clause(heading.body)
            if heading_phrase(heading.body) is None:
                notes.append("no heading phrase before 。: title is the first clause — shorten it")
            text = "\n".join([heading.body, *paragraphs])
        tasks.append(_TaskDraft(task_code, numbering, title, text, notes))
    if not headed:
        for k, line in enumerate(groups[0][1], 1):
            title = heading_phrase(line.body) or first_clause(line.body)
            tasks.append(
                _TaskDraft(f"{code}.{k}", None, title, line.body, ["unnumbered paragraph"])
            )
    return _SectionDraft(
        code, f"{part.numeral}、", part.title, part.title, "safeguard", None, tasks
    )


def _agencies_of(sections: list[_SectionDraft], zone_name: str) -> AgencyDirectory:
    """Read every task's annotations into its roles; several annotations make one clause each."""
    parsed: list[tuple[_TaskDraft, list[tuple[str, list[tuple[str, str]], str | None]]]] = []
    all_names: list[str] = []
    for section in sections:
        for task in section.tasks:
            pieces = []
            start = len(task.title) + 1 if task.text.startswith(task.title + "。") else 0
            for match in annotations_in(task.text):
                roles = annotation_roles(annotation_inside(match))
                piece = task.text[start : match.end()].strip().lstrip("。").strip()
                pieces.append((piece, roles, _list_prefix(roles)))
                all_names += [name for _, name in roles]
                start = match.end()
            parsed.append((task, pieces))
    directory = AgencyDirectory(zone_name, all_names)
    for task, pieces in parsed:
        for piece, roles, prefix in pieces:
            assigned: dict[str, list[str]] = {}
            for role, name in roles:
                key = directory.add(name, prefix).key
                if key not in assigned.setdefault(role, []):
                    assigned[role].append(key)
            if len(pieces) == 1:
                task.roles = assigned
            else:
                task.clauses.append({"text": piece, **assigned})
    return directory


def _list_prefix(roles: list[tuple[str, str]]) -> str | None:
    """The place prefix (市, 省 …) of an annotation's first prefixed name."""
    for _, name in roles:
        match = _LEVEL_PREFIX.match(normalise(name))
        if match:
            return match[1]
    return None


def _role_codes(mapping: dict[str, Any], directory: AgencyDirectory) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in mapping.items():
        if key in ROLES:
            codes = list(dict.fromkeys(directory.agencies[k].code for k in value))
            if codes:
                result[key] = codes
        else:
            result[key] = value
    return result


def _header(draft: Draft, cleaned: CleanedText, source_file: str) -> list[str]:
    data = draft.data
    tasks = sum(len(s["tasks"]) for s in data["sections"])
    targets = sum(len(g["targets"]) for g in data["goals"])
    annotations = len(annotations_in(cleaned.text))
    carried = sum(len(annotations_in(t["text"])) for s in data["sections"] for t in s["tasks"])
    header = [
        f'{data["plan"]["title"]} — DRAFT plan fixture (format 1; see README "Plan fixtures").',
        f"Drafted by `manage.py draft_plan` from {source_file}. Every `# review:` note marks a",
        "guess to check against the document before loading; delete each note once checked.",
        f"Found: {len(data['sections'])} sections, {tasks} tasks, "
        f"{len(data['agencies'])} agencies, {len(data['goals'])} goals, {targets} targets; "
        f"{draft.review_count} review notes.",
    ]
    for note in cleaned.notes:
        header.append(f"Cleaning: {note}.")
    if annotations != carried:
        header.append(
            f"review: {annotations} agency annotations in the text, {carried} inside task texts: "
            "the others sit outside any task."
        )
    implements = re.search(
        rf"(贯彻落实|落实)《([^《》]+{_PLAN_WORDS})》[(（]([^()（）]+号)[)）]", cleaned.text[:3000]
    )
    if implements and implements[2] != data["plan"]["title"]:
        header.append(
            f"review: implements 《{implements[2]}》 ({implements[4]})? "
            "If that plan is loaded, set plan.implements to its code."
        )
    return header


# --------------------------------------------------------------------------------------------
# Measuring drafts against curated fixtures


@dataclass
class Score:
    matched_draft: int = 0
    drafted: int = 0
    matched_curated: int = 0
    curated: int = 0

    @property
    def precision(self) -> float:
        return self.matched_draft / self.drafted if self.drafted else 1.0

    @property
    def recall(self) -> float:
        return self.matched_curated / self.curated if self.curated else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.matched_draft + other.matched_draft,
            self.drafted + other.drafted,
            self.matched_curated + other.matched_curated,
            self.curated + other.curated,
        )


@dataclass
class DraftEvaluation:
    name: str
    tasks: Score
    assignments: Score
    targets: Score
    misses: list[str] = field(default_factory=list)


def _bigrams(text: str) -> set[str]:
    text = normalise(text)
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _all_tasks(data: dict) -> list[dict]:
    return [task for section in data["sections"] for task in section["tasks"]]


def tasks_match(draft_tasks: list[dict], curated_tasks: list[dict]) -> dict[int, int]:
    """Curated task index → draft task index: same normalised title, else the most text overlap."""
    pairs: list[tuple[float, int, int]] = []
    draft_grams = [_bigrams(t["text"]) for t in draft_tasks]
    for ci, curated in enumerate(curated_tasks):
        curated_grams = _bigrams(curated["text"])
        for di, drafted in enumerate(draft_tasks):
            if normalise(drafted["title"]) == normalise(curated["title"]):
                score = 2.0 + _overlap(draft_grams[di], curated_grams)
            else:
                score = _overlap(draft_grams[di], curated_grams)
            if score >= 0.7:
                pairs.append((score, ci, di))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _score, ci, di in sorted(pairs, reverse=True):
        if ci not in matched and di not in used:
            matched[ci] = di
            used.add(di)
    return matched


def _label_patterns(agency: dict) -> list[re.Pattern]:
    labels = [agency["name"], *agency.get("aliases", [])]
    return [
        re.compile("".join(".+?" if c == "*" else re.escape(c) for c in normalise(label)))
        for label in labels
    ]


def _labels(agency: dict) -> list[str]:
    return [normalise(label) for label in [agency["name"], *agency.get("aliases", [])]]


def _assignments(task: dict) -> list[tuple[str, str]]:
    pairs = []
    for holder in [task, *task.get("clauses", [])]:
        for role in ROLES:
            pairs += [(role, code) for code in holder.get(role, [])]
    return list(dict.fromkeys(pairs))


def _same_agency(draft_agency: dict, curated_agency: dict) -> bool:
    curated_labels = _labels(curated_agency)
    draft_patterns = _label_patterns(draft_agency)
    return any(p.fullmatch(label) for p in draft_patterns for label in curated_labels)


def draft_evaluate(name: str, draft: dict, curated: dict) -> DraftEvaluation:
    """Precision and recall of a draft's tasks, assignments with role and targets."""
    misses: list[str] = []
    draft_tasks, curated_tasks = _all_tasks(draft), _all_tasks(curated)
    matched = tasks_match(draft_tasks, curated_tasks)
    tasks = Score(len(matched), len(draft_tasks), len(matched), len(curated_tasks))
    misses += [
        f"task {t['code']} {t['title']}" for i, t in enumerate(curated_tasks) if i not in matched
    ]

    draft_agencies = {a["code"]: a for a in draft["agencies"]}
    curated_agencies = {a["code"]: a for a in curated["agencies"]}
    assignments = Score()
    inverse = {di: ci for ci, di in matched.items()}
    for ci, curated_task in enumerate(curated_tasks):
        expected = _assignments(curated_task)
        found = _assignments(draft_tasks[matched[ci]]) if ci in matched else []
        hits = 0
        for role, code in expected:
            if any(
                r == role and _same_agency(draft_agencies[c], curated_agencies[code])
                for r, c in found
            ):
                hits += 1
            else:
                misses.append(f"assignment {curated_task['code']} {role} {code}")
        assignments.matched_curated += hits
        assignments.curated += len(expected)
    for di, draft_task in enumerate(draft_tasks):
        found = _assignments(draft_task)
        assignments.drafted += len(found)
        if di in inverse:
            expected = _assignments(curated_tasks[inverse[di]])
            assignments.matched_draft += sum(
                1
                for role, code in found
                if any(
                    r == role and _same_agency(draft_agencies[code], curated_agencies[c])
                    for r, c in expected
                )
            )

    draft_targets = [t for g in draft["goals"] for t in g["targets"]]
    curated_targets = [t for g in curated["goals"] for t in g["targets"]]
    target_pairs = targets_match(draft_targets, curated_targets)
    right = {
        ci: di
        for ci, di in target_pairs.items()
        if target_right(draft_targets[di], curated_targets[ci])
    }
    targets = Score(len(right), len(draft_targets), len(right), len(curated_targets))
    for ci, target in enumerate(curated_targets):
        if ci not in right:
            misses.append(f"target {target['code']} {target['source_phrase']}")
    return DraftEvaluation(name, tasks, assignments, targets, misses)


def target_right(drafted: dict, curated: dict) -> bool:
    keys = ["value", "unit", "comparator", "deadline"]
    if curated["comparator"] == "range":
        keys.append("value_max")
    return all(drafted.get(key) == curated.get(key) for key in keys)


def targets_match(draft_targets: list[dict], curated_targets: list[dict]) -> dict[int, int]:
    """Curated target index → draft target index, by source-phrase overlap or value and unit."""
    pairs: list[tuple[float, int, int]] = []
    for ci, curated in enumerate(curated_targets):
        curated_phrase = normalise(curated["source_phrase"])
        for di, drafted in enumerate(draft_targets):
            phrase = normalise(drafted["source_phrase"])
            same_number = (
                drafted["value"] == curated["value"] and drafted["unit"] == curated["unit"]
            )
            score = 0.0
            if phrase in curated_phrase or curated_phrase in phrase:
                score = 2.0
            elif same_number:
                score = 1.0 + _overlap(_bigrams(phrase), _bigrams(curated_phrase))
            if score and target_right(drafted, curated):
                score += 1.0
            if score:
                pairs.append((score, ci, di))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _score, ci, di in sorted(pairs, reverse=True):
        if ci not in matched and di not in used:
            matched[ci] = di
            used.add(di)
    return matched


def seeds_evaluate(fixtures_dir: Path, seeds_dir: Path) -> list[DraftEvaluation]:
    """Draft every curated fixture's source document and compare the draft with the fixture."""
    evaluations = []
    for path in sorted(Path(fixtures_dir).glob("*.yaml")):
        curated = yaml.safe_load(path.read_text(encoding="utf-8"))
        source_file = curated["plan"]["source_file"]
        raw = (Path(seeds_dir) / source_file).read_text(encoding="utf-8")
        draft = plan_draft(
            raw,
            zone_slug=curated["zone"]["slug"],
            source_file=source_file,
            plan_code=curated["plan"]["code"],
            zone=curated["zone"],
        )
        evaluations.append(draft_evaluate(path.stem, draft.data, curated))
    return evaluations


def evaluation_table(evaluations: list[DraftEvaluation]) -> str:
    """One row per plan and an overall row (pooled counts): precision and recall per measure."""
    measures = {"tasks": "tasks", "assignments": "assignments + role", "targets": "targets"}
    lines = [
        f"{'':<11}" + "".join(f" | {label:<27}" for label in measures.values()),
        f"{'plan':<11}" + f" | {'P':>6} {'R':>6} {'draft':>6} {'fixt.':>6}" * len(measures),
    ]
    rule = "-" * len(lines[0])
    lines.append(rule)
    total = {measure: Score() for measure in measures}
    for evaluation in evaluations:
        row = f"{evaluation.name:<11}"
        for measure in measures:
            score: Score = getattr(evaluation, measure)
            total[measure] = total[measure] + score
            row += _score_cells(score)
        lines.append(row)
    lines.append(rule)
    lines.append(f"{'overall':<11}" + "".join(_score_cells(total[m]) for m in measures))
    lines += [
        "P precision, R recall; draft / fixt.: items in the draft / in the curated fixture.",
        "Tasks match by title or text; an assignment counts with the right task, role and agency",
        "(name or alias); a target counts with its value, unit, comparator and deadline right.",
    ]
    return "\n".join(lines)


def _score_cells(score: Score) -> str:
    return f" | {score.precision:>6.1%} {score.recall:>6.1%} {score.drafted:>6} {score.curated:>6}"


def zone_known(slug: str, fixtures_dir: Path) -> dict[str, Any] | None:
    """The zone entry of a zone the system knows: from the database, else from a plan fixture."""
    # Imported here so the text parsing above works without Django set up.
    from pilots.models import PilotZone

    zone = PilotZone.objects.filter(slug=slug).select_related("parent").first()
    if zone is not None:
        entry: dict[str, Any] = {"slug": zone.slug, "name": zone.name}
        if zone.name_en:
            entry["name_en"] = zone.name_en
        entry["level"] = zone.level
        if zone.parent:
            entry["parent"] = zone.parent.slug
        return entry
    for path in sorted(Path(fixtures_dir).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("zone", {}).get("slug") == slug:
            return data["zone"]
    return None

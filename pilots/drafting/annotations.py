"""Agency annotations: which agencies a task names, and in which role.

The genre writes them in many ways (the labels, role words and rules are data, in
data/annotations.yaml):
- labelled lists in brackets: （牵头单位：…；配合单位：…）, （牵头单位：…，责任单位：…）,
  （责任单位：…）, 〔…〕 or […] when the names hold parentheses themselves
  (各县区政府(新区管委会), 市政府办（金融）);
- role words after the names: （X牵头，Y配合）, （X牵头负责，Y按职责分工负责）, （X负责）;
- a labelled line of its own after the task, without brackets: 责任单位：…;
- rules stated once for the document: "标☆的为牵头单位", "排在第一位的为牵头单位",
  "以下均需各区县政府落实，不再列出".
Names are split on 、 ， / (never inside brackets), and where two names run together with no
separator (省发展改革委省科技厅). Names that name nobody (有关部门, 相关单位) are dropped;
collective actors (各区县政府) are kept, since the annotation makes them the actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from pilots.drafting.lexicon import alternation, table
from pilots.roles import AgencyRole


@dataclass(frozen=True)
class Annotation:
    start: int  # offsets in the text it was found in
    end: int
    inside: str  # the text between the brackets (or the whole labelled line)
    standalone: bool = False  # a labelled line of its own, without brackets


@dataclass
class AnnotationRules:
    """Conventions a document states once and applies to every annotation after."""

    first_is_lead: bool = False
    others_supporting: bool = False
    lead_marks: str = ""  # ☆ … when "标☆的为牵头单位"
    implied_actor: str | None = None  # 各区县政府 when "以下均需各区县政府落实，不再列出"
    notes: list[str] = field(default_factory=list)


@cache
def _labels() -> dict[str, str]:
    return {
        label: role for role, labels in table("annotations")["labels"].items() for label in labels
    }


@cache
def _verbs() -> dict[str, str]:
    return dict(table("annotations")["verbs"])


@cache
def _label_pattern() -> re.Pattern:
    return re.compile(rf"({alternation(list(_labels()))})\s*[:：]")


@cache
def _verb_pattern() -> re.Pattern:
    return re.compile(rf"(.*?)({alternation(list(_verbs()))})")


@cache
def _role_words() -> str:
    return alternation([*_labels(), *_verbs()])


@cache
def _bracketed() -> re.Pattern:
    """(…) and （…） holding one level of nested parentheses; 〔…〕 […] 【…】 holding anything
    but their own bracket. Only those holding a role word are annotations."""
    words = _role_words()
    paren_inner = r"(?:[^()（）\n]|[(（][^()（）\n]*[)）])"
    forms = [rf"[(（](?P<p>{paren_inner}*?(?:{words}){paren_inner}*?)[)）]"]
    for index, (opening, closing) in enumerate(table("annotations")["brackets"]):
        if opening in "(（":
            continue
        o, c = re.escape(opening), re.escape(closing)
        forms.append(rf"{o}(?P<b{index}>[^{o}{c}\n]*?(?:{words})[^{o}{c}\n]*?){c}")
    return re.compile("|".join(forms))


@cache
def _standalone() -> re.Pattern:
    return re.compile(table("annotations")["standalone_line"])


def annotations_in(text: str) -> list[Annotation]:
    """Every agency annotation of a text, in order: bracketed, or a labelled line of its own."""
    return list(_annotations_in(text))


@lru_cache(maxsize=8192)  # the outline asks about the same lines again and again
def _annotations_in(text: str) -> tuple[Annotation, ...]:
    found: list[Annotation] = []
    offset = 0
    for line in text.split("\n"):
        standalone = _standalone().match(line.strip())
        if standalone and not _bracketed().fullmatch(line.strip()):
            start = offset + line.index(line.strip())
            inside = line.strip().lstrip("(（〔[【").rstrip(")）〕]】。.;；")
            if found and found[-1].end == offset - 1 and found[-1].standalone:
                # 牵头单位：X / 配合单位：Y on two lines of their own: one annotation
                start, inside = found[-1].start, f"{found.pop().inside}；{inside}"
            found.append(Annotation(start, offset + len(line.rstrip()), inside, standalone=True))
        else:
            for match in _bracketed().finditer(line):
                inside = next(group for group in match.groups() if group is not None)
                if _reads_as_annotation(inside):
                    found.append(Annotation(offset + match.start(), offset + match.end(), inside))
        offset += len(line) + 1
    return tuple(found)


def _reads_as_annotation(inside: str) -> bool:
    """A labelled list, or role words after names of agencies ("（鼓励企业参与）" is none)."""
    pairs = annotation_roles(inside)
    if not pairs:
        return False
    return bool(_label_pattern().search(inside)) or all(looks_like_agency(n) for _, n in pairs)


def has_annotation(text: str) -> bool:
    return bool(annotations_in(text))


def annotation_roles(inside: str, rules: AnnotationRules | None = None) -> list[tuple[str, str]]:
    """(role, agency name) pairs of one annotation's inside, in the order written."""
    rules = rules or AnnotationRules()
    pairs: list[tuple[str, str]] = []
    labels = list(_label_pattern().finditer(inside))
    if labels:
        for index, label in enumerate(labels):
            end = labels[index + 1].start() if index + 1 < len(labels) else len(inside)
            segment = inside[label.end() : end].strip(" ;；,，。")
            pairs += _segment_roles(segment, _labels()[label[1]], rules)
    else:
        pairs = _segment_roles(inside, None, rules)
    pairs = _rules_applied(pairs, rules)
    return [(role, name) for role, name in pairs if name]


def _segment_roles(segment: str, role: str | None, rules: AnnotationRules) -> list[tuple[str, str]]:
    """A labelled segment's names take the label's role; role words override it ("X牵头")."""
    pairs: list[tuple[str, str]] = []
    for part in re.split(r"[;；]", segment):
        by_verbs = _verb_roles(part, role, rules)
        if by_verbs is not None:
            pairs += by_verbs
        elif role:
            pairs += [(role, n) for n in agency_names_split(part, rules)]
    return [_marked(role, name, rules) for role, name in pairs]


def _verb_roles(part: str, role: str | None, rules: AnnotationRules) -> list | None:
    """ "X牵头，Y、Z配合": the names before each role word take its role; None when the part has
    no role word after names of agencies (各牵头单位 is a name, not "各" + 牵头)."""
    matches = list(_verb_pattern().finditer(part))
    if not matches or (role and all(_verbs()[m[2]] == "responsible" for m in matches)):
        return None
    pairs = [(_verbs()[m[2]], n) for m in matches for n in agency_names_split(m[1], rules)]
    if not pairs or not all(looks_like_agency(name) for _, name in pairs):
        return None
    if role:
        pairs += [(role, n) for n in agency_names_split(part[matches[-1].end() :], rules)]
    return pairs


def _marked(role: str, name: str, rules: AnnotationRules) -> tuple[str, str]:
    """市科技局☆ is the lead when the document says so; 市科技局（牵头） is the lead anyway."""
    lead_suffix = re.search(r"[(（]\s*牵头\s*[)）]$", name)
    if lead_suffix:
        return AgencyRole.LEAD.value, name[: lead_suffix.start()].strip()
    marks = rules.lead_marks
    if marks and name[-1] in marks:
        return AgencyRole.LEAD.value, name.rstrip(marks).strip()
    return role, name.rstrip("☆★※△").strip()


def _rules_applied(pairs: list[tuple[str, str]], rules: AnnotationRules) -> list[tuple[str, str]]:
    if rules.first_is_lead and pairs and not any(r == AgencyRole.LEAD for r, _ in pairs):
        rest = AgencyRole.SUPPORTING.value if rules.others_supporting else None
        pairs = [(AgencyRole.LEAD.value, pairs[0][1])] + [(rest or r, n) for r, n in pairs[1:]]
    if rules.implied_actor and pairs and rules.implied_actor not in (n for _, n in pairs):
        pairs.append((pairs[-1][0], rules.implied_actor))
    return pairs


def rules_stated(text: str) -> AnnotationRules:
    """The conventions a document states once ("标☆的为牵头单位", "第一个单位为牵头单位" …)."""
    data = table("annotations")
    rules = AnnotationRules()
    mark = re.search(data["lead_mark_rule"], text)
    if mark:
        rules.lead_marks = mark[2]
        rules.notes.append(f"names marked {mark[2]} are the lead (the text says so once)")
    if re.search(data["first_is_lead_rule"], text):
        rules.first_is_lead = True
        rules.others_supporting = bool(re.search(data["others_supporting_rule"], text))
        rules.notes.append("the first agency of each annotation is the lead (the text says so)")
    implied = re.search(data["implied_actor_rule"], text)
    if implied:
        rules.implied_actor = implied["actor"].strip()
        rules.notes.append(
            f"{rules.implied_actor} is named once for every task after it: added to each"
        )
    return rules


# ---------------------------------------------------------------------------------------------
# Names


def agency_names_split(text: str, rules: AnnotationRules | None = None) -> list[str]:
    """Split a list of agencies on 、 ， /, never inside brackets (各区县〔自治县，…〕政府), and
    where two names run together (省发展改革委省科技厅); drop names that name nobody."""
    separators = table("annotations")["name_separators"]
    names, current, depth = [], "", 0
    for char in text:
        if char in "(（〔[【":
            depth += 1
        elif char in ")）〕]】":
            depth -= 1
        if char in separators and depth == 0:
            names.append(current)
            current = ""
        else:
            current += char
    names.append(current)
    cleaned = [_name_cleaned(n) for n in names]
    split = [piece for name in cleaned for piece in _compound_split(name)]
    return [n for n in split if n and not agency_is_generic(n)]


def _name_cleaned(name: str) -> str:
    name = name.strip().strip("。.;；:：")
    name = re.sub(r"^(由|请|会同|联合|和|及|以及|与)", "", name)
    name = re.sub(r"等(有关|相关)?(部门|单位)?$", "", name)
    name = re.sub(r"(分别|共同|具体)?(负责|落实|实施)?$", "", name)
    return name.strip()


@cache
def _agency_ending() -> re.Pattern:
    endings = table("agencies")["name_endings"]
    return re.compile(rf"({alternation(endings)})([(（][^()（）]*[)）])?[☆★※△]?$")


def looks_like_agency(name: str) -> bool:
    """Ends as the name of a body does (局, 委, 厅, 政府, 管委会, 公司 …)."""
    return bool(_agency_ending().search(name))


@cache
def _compound_boundary() -> re.Pattern:
    data = table("agencies")
    finals = re.escape(data["name_final_chars"])
    prefixes = alternation(data["level_prefixes"])
    return re.compile(rf"(?<=[{finals}])(?=(?:{prefixes})(?!场|民|直|级|属|区县|县区))")


def _compound_split(name: str) -> list[str]:
    """省发展改革委省科技厅 → 省发展改革委, 省科技厅; 市场监管局 and 市政府办 stay whole."""
    pieces = _compound_boundary().split(name)
    if len(pieces) > 1 and all(len(p) >= 3 for p in pieces):
        return pieces
    return [name]


@cache
def _generic() -> tuple[frozenset[str], tuple[re.Pattern, ...]]:
    data = table("agencies")
    return frozenset(data["generic_names"]), tuple(re.compile(p) for p in data["generic_patterns"])


def agency_is_generic(name: str) -> bool:
    """相关单位, 有关部门, 市直有关部门, 各牵头单位 … name no particular agency."""
    names, patterns = _generic()
    return name in names or any(p.search(name) for p in patterns)


def role_of_label(text: str) -> str | None:
    """The role a table column header or label names: 牵头单位 → lead."""
    return _labels().get(text.strip().rstrip(":："))

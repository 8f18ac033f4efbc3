"""Who does what in one agency annotation: the role each name takes, and the conventions a
document states once for all its annotations.

The labels (牵头单位：, 配合单位：, 责任单位：…) give their names a role; role words after
names give theirs ("X牵头，Y配合", "X、Y按职责分工负责"). Role words that share a duty out
(按职责分工负责) are supporting beside a named lead and responsible when no lead is named. A
sentence after the list that is not another labelled list is a remark, not names; a remark may
state a rule for the rest of the document ("标☆的为牵头单位", "列第一位的为牵头单位，下同",
"以下均需各区县政府落实，不再列出"). Where annotations stand in a text is ``annotations``; the
names themselves are read by ``names``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from django.utils.translation import pgettext

from pilots.drafting.agencies import agency_is_collective
from pilots.drafting.broken_lines import bracket_depth
from pilots.drafting.defined_names import names_defined
from pilots.drafting.implied_roles import implied_duty, implied_role, implied_rule
from pilots.drafting.lexicon import alternation, table
from pilots.drafting.names import agency_names_split, looks_like_agency
from pilots.roles import AgencyRole


@dataclass
class AnnotationRules:
    """Conventions a document states once and applies to every annotation after."""

    first_is_lead: bool = False
    others_supporting: bool = False
    lead_marks: str = ""  # ☆ … when "标☆的为牵头单位"
    # 各区县政府 when "以下均需各区县政府落实，不再列出": responsible for every task from the one
    # whose text states it (``implied_phrase``) on (``task_roles.implied_span``).
    implied_actors: list[str] = field(default_factory=list)
    implied_phrase: str = ""
    # lead when "均由X牵头，不再列出", supporting when "均需X配合落实" (``implied_roles``)
    implied_role: str = AgencyRole.RESPONSIBLE.value
    implied_in_part: bool = False  # "本部分以下各项任务…": the tasks after it in its part alone
    # "以下重点任务均需…": the safeguards after them are not covered
    implied_key_tasks: bool = False
    # "X为各项任务的责任主体，以下不再列出": the task stating it is one of "各项任务" too
    implied_here: bool = False
    # (role, name) per actor of "未列明责任单位的任务，由X牵头": for each key task naming nobody
    unlisted: list[tuple[str, str]] = field(default_factory=list)
    unlisted_all: bool = False  # said of all the plan's tasks ("本方案各项任务由X统筹…")
    # 市发改局 → 市发展和改革局 when "市发展和改革局（以下简称市发改局）" (``defined_names``)
    defined_names: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@cache
def labels_by_role() -> dict[str, str]:
    return {
        label: role for role, labels in table("annotations")["labels"].items() for label in labels
    }


@cache
def _verbs() -> dict[str, str]:
    return dict(table("annotations")["verbs"])


@cache
def label_pattern() -> re.Pattern:
    """A label and its colon; or, where a copy lost the colon (牵头单位 市科技局, its space taken
    out with the others), a label run into a name that opens with its place (牵头单位市科技局)."""
    places = alternation(table("agencies")["level_prefixes"])
    return re.compile(rf"({alternation(list(labels_by_role()))})(?:\s*[:：]|\s*(?={places}))")


@cache
def _verb_pattern() -> re.Pattern:
    return re.compile(alternation(list(_verbs())))


def _verb_phrases(part: str) -> list[tuple[str, str, int]]:
    """(names before it, role word, end) per role word of an annotation part: "X牵头，Y配合" →
    [("X", "牵头", 4), ("，Y", "配合", 8)]. A name's lead mark (X（牵头）、Y配合) is no role word of
    its own: the name keeps it, and ``_marked`` reads it. (A lazy (.*?)(word) search was
    quadratic on a long list of names with no role word.)"""
    found, start = [], 0
    marks = [m.span() for m in re.finditer(table("annotations")["lead_mark"], part)]
    verbs = list(_verb_pattern().finditer(part))
    for index, match in enumerate(verbs):
        if any(opened <= match.start() < closed for opened, closed in marks):
            continue  # 市科技局（牵头）: the mark stays with its name, as a label's role would
        following = verbs[index + 1].start() if index + 1 < len(verbs) else len(part)
        if _in_name(match[0] + part[match.end() : following]):
            continue  # 甲乙协同发展联席会议办公室牵头: 协同 is a word of the body's name
        names = part[start : match.start()].rsplit("\n", 1)[-1]
        found.append((names, match[0], match.end()))
        start = match.end()
    return found


def _in_name(words: str) -> bool:
    """A role word and the words after it up to a stop end as a body's name does (协同发展…办公室,
    协同创新中心): the role word is a word of that name."""
    words = re.split(r"[，,；;、。：:)）\n]", words, maxsplit=1)[0]
    return len(words) > 4 and looks_like_agency(words)


@cache
def role_words() -> str:
    return alternation([*labels_by_role(), *_verbs()])


def annotation_roles(
    inside: str, rules: AnnotationRules | None = None, cut: bool = False
) -> list[tuple[str, str]]:
    """(role, agency name) pairs of one annotation's inside, in the order written. In an
    annotation the copy ends inside (cut), names after the lead's role word whose own role word
    is lost ("(X牵头,Y、Z" …) are the lead's partners: supporting (after 会同: responsible)."""
    rules = rules or AnnotationRules()
    pairs: list[tuple[str, str]] = []
    inside = lists_only(inside)
    labels = list(label_pattern().finditer(inside))
    if labels:
        for index, label in enumerate(labels):
            end = labels[index + 1].start() if index + 1 < len(labels) else len(inside)
            segment = inside[label.end() : end].strip(" ;；,，。")
            pairs += _segment_roles(segment, labels_by_role()[label[1]], rules)
    elif lead_marked_list(inside):  # X（牵头）、Y、Z: the others carry the task out
        pairs = _segment_roles(inside, AgencyRole.RESPONSIBLE.value, rules)
    else:
        pairs = _segment_roles(inside, _cut_tail_role(inside) if cut else None, rules, cut)
    pairs = _rules_applied(pairs, rules)
    return [(role, name) for role, name in pairs if name]


def lead_marked_list(inside: str) -> bool:
    """A list of names, one marked as the lead (市科技局（牵头）), with no other role word."""
    mark = table("annotations")["lead_mark"]
    return bool(re.search(mark, inside)) and not _verb_pattern().search(re.sub(mark, "", inside))


def _cut_tail_role(inside: str) -> str:
    """The role of the names an annotation the copy ends inside prints after its last role word:
    the lead's partners (supporting), but those it works together with (会同) share the duty."""
    if re.search(table("annotations")["cut_tail_responsible"], inside):
        return AgencyRole.RESPONSIBLE.value
    return AgencyRole.SUPPORTING.value


def lists_only(inside: str) -> str:
    """The labelled lists of an annotation without the remark after them ("…、省教育厅。列第一位的为
    牵头单位，下同"): a sentence after 。 that does not open another labelled list, or a rule stated
    once after any stop."""
    # 完成时限：2026年底, 责任领导：X: no names to give roles
    inside = re.sub(rf"[;；,，]?\s*(?:{roleless_labels()})\s*[:：][^;；]*", "", inside)
    inside = re.sub(table("annotations")["done_by"], "", inside)  # …，上半年完成
    for stop in re.finditer(r"[。;；,，]\s*", inside):
        at = stop.end()  # matched in place: a slice per stop is quadratic in a list's length
        if at == len(inside):
            continue
        if stop[0][0] == "。" and not label_pattern().match(inside, at):
            return inside[: stop.start()]
        if _rule_remark().match(inside, at):
            return inside[: stop.start()]
    return inside


@cache
def roleless_labels() -> str:
    """The labels of an annotation's lists that give no role (完成时限, 责任领导, 督办单位 …), as
    one alternation."""
    data = table("annotations")
    return alternation(data["other_labels"] + data["leader_labels"] + data["supervisor_labels"])


@cache
def _rule_remark() -> re.Pattern:
    """A rule stated after the list, also after a comma ("…、市教委，列第一位的为牵头单位，
    下同")."""
    data = table("annotations")
    rules = (
        "first_is_lead_rule",
        "lead_mark_rule",
        "others_supporting_rule",
        "implied_actor_rule",
        "implied_actor_subject",
    )
    unnamed = [re.sub(r"\(\?P<\w+>", "(?:", data[rule]) for rule in rules]  # one actor group each
    return re.compile("|".join(f"(?:{pattern})" for pattern in unnamed))


def _segment_roles(
    segment: str, role: str | None, rules: AnnotationRules, cut: bool = False
) -> list[tuple[str, str]]:
    """A labelled segment's names take the label's role; role words override it ("X牵头")."""
    duty = _duty_clause(segment) if role else None
    if duty:
        return _segment_roles(segment[: duty[0]], role, rules, cut) + [
            _marked(r, name, rules) for r, name in duty[1]
        ]
    pairs: list[tuple[str, str]] = []
    for part in re.split(r"[;；]", segment):
        by_verbs = _verb_roles(part, role)
        if cut and not any(r == AgencyRole.LEAD for r, _ in by_verbs or []):
            by_verbs = _verb_roles(part, None) or []  # no lead before the cut: names after
        if by_verbs is not None:  # the last role word have no known role
            pairs += by_verbs
        elif role:
            pairs += [(role, n) for n in agency_names_split(part)]
    return [_marked(role, name, rules) for role, name in pairs]


def _duty_clause(segment: str) -> tuple[int, list[tuple[str, str]]] | None:
    """A clause of its own closing a label's list that names bodies with their own duty (配合单位：
    X、Y；各市人民政府负责落实): where it opens and its (role, name) pairs — responsible, the words
    say 负责 / 落实 of them, not the label's role. None when the last clause is the list's own."""
    stops = list(re.finditer(r"[，,；;]\s*", segment))
    if not stops or bracket_depth(segment[: stops[-1].start()]) > 0:
        return None
    clause = segment[stops[-1].end() :]
    phrases = _verb_phrases(clause)
    if len(phrases) != 1 or phrases[0][2] != len(clause):
        return None
    pairs = _verb_roles(clause, None)
    if not pairs or any(r != AgencyRole.RESPONSIBLE.value for r, _ in pairs):
        return None
    return stops[-1].start(), pairs


def _verb_roles(part: str, role: str | None) -> list | None:
    """ "X牵头，Y、Z配合": the names before each role word take its role; None when the part has
    no role word after names of agencies (各牵头单位 is a name, not "各" + 牵头)."""
    matches = _verb_phrases(part)
    if not matches or (role and all(_verbs()[verb] == "responsible" for _, verb, _ in matches)):
        return None
    named = [(verb, n, _role_slot(names, part, end)) for names, verb, end in matches
             for n in agency_names_split(names)]  # fmt: skip
    if not named or not _names_stand_as_agencies(named):
        return None
    pairs = [(_verbs()[verb], n, verb) for verb, n, _ in named]
    shared = table("annotations")["shared_duty_verbs"]
    if role and all(w in shared for _, _, w in pairs):  # 牵头单位：X、Y按职责分工负责: both lead
        pairs = [(role, n, w) for _, n, w in pairs]
    if not any(r == AgencyRole.LEAD for r, _, _ in pairs) and role != AgencyRole.LEAD:
        # no lead named: they carry it out
        pairs = [(AgencyRole.RESPONSIBLE.value if w in shared else r, n, w) for r, n, w in pairs]
    found = [(r, n) for r, n, _ in pairs]
    if role:
        found += [(role, n) for n in agency_names_split(part[matches[-1][2] :])]
    return found


def _names_stand_as_agencies(named: list[tuple[str, str, bool]]) -> bool:
    """Every name before a role word is a body's; or those the tables do not know (中国一汽) stand
    in a role slot beside one they do ("中国一汽牵头，市工业和信息化局配合"): a name the tables do
    not know in prose before a role word ("鼓励企业牵头组建…") names nobody. ``named``: (role
    word, name, whether it stands in a role slot)."""
    known = [name for _, name, _ in named if looks_like_agency(name)]
    if len(known) == len(named):
        return True
    return bool(known) and all(
        looks_like_agency(name) or (slot and _reads_as_name(name)) for _, name, slot in named
    )


def _role_slot(names: str, part: str, end: int) -> bool:
    """The names stand right before their role word, alone or in a 、 list, and the role word
    ends its clause ("X、Y牵头，" but not "…，X牵头组建…")."""
    after = part[end : end + 1]
    listed = names.lstrip(" ，,；;")
    return not re.search(r"[，,。：:；;]", listed) and (not after or after in "，,；;。、)）")


def _reads_as_name(name: str) -> bool:
    data = table("annotations")
    return bool(re.match(data["role_slot_name"], name)) and not re.search(
        data["role_slot_not"], name
    )


def unrecognised_names(pairs: list[tuple[str, str]]) -> list[str]:
    """The names of an annotation's roles the tables do not know as a body's: the reviewer checks
    them."""
    return list(
        dict.fromkeys(
            n for _, n in pairs if not looks_like_agency(n) and not agency_is_collective(n)
        )
    )


def _marked(role: str, name: str, rules: AnnotationRules) -> tuple[str, str]:
    """市科技局☆ is the lead when the document says so; 市科技局（牵头） is the lead anyway."""
    lead_suffix = re.search(rf"(?:{table('annotations')['lead_mark']})$", name)
    if lead_suffix:
        return AgencyRole.LEAD.value, name[: lead_suffix.start()].strip()
    marks = rules.lead_marks
    if marks and (name[-1] in marks or name[0] in marks):  # 市科技局☆ or ☆市科技局
        return AgencyRole.LEAD.value, name.strip(marks).strip()
    return role, name.strip("".join(table("annotations")["lead_marks"])).strip()


def _rules_applied(pairs: list[tuple[str, str]], rules: AnnotationRules) -> list[tuple[str, str]]:
    if rules.first_is_lead and pairs and not any(r == AgencyRole.LEAD for r, _ in pairs):
        rest = AgencyRole.SUPPORTING.value if rules.others_supporting else None
        pairs = [(AgencyRole.LEAD.value, pairs[0][1])] + [(rest or r, n) for r, n in pairs[1:]]
    return pairs


def rules_stated(text: str) -> AnnotationRules:
    """The conventions a document states once ("标☆的为牵头单位", "第一个单位为牵头单位" …)."""
    data = table("annotations")
    rules = AnnotationRules(defined_names=names_defined(text))
    mark = re.search(data["lead_mark_rule"], text)
    if mark:
        rules.lead_marks = mark[2]
        rules.notes.append(
            pgettext("review", "标有“%(mark)s”的单位为牵头单位（原文说明一次）") % {"mark": mark[2]}
        )
    unbroken = text.replace("\n", "")  # a PDF breaks its lines inside the rule's words
    if re.search(data["first_is_lead_rule"], unbroken):
        rules.first_is_lead = True
        rules.others_supporting = bool(re.search(data["others_supporting_rule"], unbroken))
        rules.notes.append(pgettext("review", "每处标注的第一个单位为牵头单位（原文有此说明）"))
    implied = implied_rule(text) or re.search(data["implied_actor_same_below"], text)
    subject = None
    if not implied and data["implied_actor_subject_word"] in text:
        subject = re.search(data["implied_actor_subject"], text)
    if not implied and not subject:
        subject = implied_duty(text)
    if subject:
        implied, rules.implied_here = subject, True
    if implied:
        rules.implied_actors = agency_names_split(implied["actor"])
        rules.implied_phrase = implied[0]
        said = implied.groupdict()
        rules.implied_in_part = bool(said.get("in_part"))
        rules.implied_key_tasks = bool(said.get("key_tasks"))
        rules.implied_role = implied_role(implied)
        rules.notes.append(_implied_note(rules))
    unlisted = re.search(data["unlisted_rule"], unbroken)
    if not unlisted and (unlisted := re.search(data["document_actor_rule"], unbroken)):
        rules.unlisted_all = True
    if unlisted:
        rules.unlisted = annotation_roles(unlisted["actors"]) or [
            (AgencyRole.RESPONSIBLE.value, name) for name in agency_names_split(unlisted["actors"])
        ]
    return rules


def _implied_note(rules: AnnotationRules) -> str:
    lead = rules.implied_role == AgencyRole.LEAD
    supporting = rules.implied_role == AgencyRole.SUPPORTING
    if rules.implied_in_part and supporting:
        note = pgettext(
            "review", "原文一次性指定%(agencies)s配合所在部分此后的每项任务：已加到其中每项任务"
        )
    elif supporting:
        note = pgettext("review", "原文一次性指定%(agencies)s配合此后的每项任务：已加到每项任务")
    elif rules.implied_in_part and lead:
        note = pgettext(
            "review", "原文一次性指定%(agencies)s牵头所在部分此后的每项任务：已加到其中每项任务"
        )
    elif rules.implied_in_part:
        note = pgettext(
            "review", "原文一次性指定%(agencies)s负责所在部分此后的每项任务：已加到其中每项任务"
        )
    elif lead:
        note = pgettext("review", "原文一次性指定%(agencies)s牵头此后的每项任务：已加到每项任务")
    else:
        note = pgettext("review", "原文一次性指定%(agencies)s负责此后的每项任务：已加到每项任务")
    return note % {"agencies": "、".join(rules.implied_actors)}


def role_of_label(text: str) -> str | None:
    """The role a table column header or label names: 牵头单位 → lead; 单位名称 → responsible."""
    label = text.strip().rstrip(":：")
    return labels_by_role().get(label) or table("annotations")["column_labels"].get(label)


def subject_duty(text: str) -> list[str]:
    """The agencies an unannotated task names as its subject: "市数据局负责审核…" (a division of
    duties item), also by a defined term ("“X平台”（以下简称…）运营方负责"). Nothing when the first
    words are not the name of a body."""
    data = table("annotations")
    match = re.match(data["subject_duty"], re.sub(data["subject_defined_term"], "", text.strip()))
    if not match:
        return []
    names = agency_names_split(match["actor"])
    return names if names and all(looks_like_agency(n) for n in names) else []


def cell_on_one_line(cell: str) -> str:
    """A table cell's text on one line; bodies' names one under the other (市人社局 / 市教体局) a
    list of them, a name wrapped in its cell (市发展和改革 / 委员会) one name."""
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    if len(lines) > 1 and all(len(line) >= 3 and looks_like_agency(line) for line in lines):
        return "、".join(lines)
    return " ".join(cell.split())

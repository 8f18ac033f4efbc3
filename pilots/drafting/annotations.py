"""Agency annotations: which agencies a task names, and in which role.

The genre writes them in many ways (the labels, role words and rules are data, in
data/annotations.yaml):
- labelled lists in brackets: （牵头单位：…；配合单位：…）, （牵头单位：…，责任单位：…）,
  （责任单位：…）, 〔…〕 or […] when the names hold parentheses themselves
  (各县区政府(新区管委会), 市政府办（金融）);
- role words after the names: （X牵头，Y配合）, （X牵头负责，Y按职责分工负责）, （X负责）;
- a labelled line of its own after the task, without brackets: 责任单位：…; labels in 【】 before
  their names: 【牵头单位】X【配合单位】Y;
- a bracket of names of bodies with no role word ending the task's line: responsible; a group
  labelled with a deadline (完成时限：2026年底) names no agencies;
- rules stated once for the document, often inside the first annotation after its list:
  "标☆的为牵头单位", "列第一位的为牵头单位，下同", "以下均需各区县政府落实，不再列出";
- an annotation cut off by the end of a truncated copy ("(责任单位:市科技局、市财" keeps only the
  names printed in full).
A sentence after the list that is not another labelled list is such a remark, not names. Role
words that share a duty out (按职责分工负责) are supporting beside a named lead and responsible
when no lead is named. The names themselves are read by ``names``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from django.utils.translation import gettext as _

from pilots.drafting.agencies import agency_category
from pilots.drafting.broken_lines import JOIN, bracket_depth, bracket_lines_joined
from pilots.drafting.lexicon import alternation, compiled, table
from pilots.drafting.names import agency_names_split, looks_like_agency
from pilots.roles import AgencyRole


@dataclass(frozen=True)
class Annotation:
    start: int  # offsets in the text it was found in
    end: int
    inside: str  # the text between the brackets (or the whole labelled line)
    standalone: bool = False  # a labelled line of its own, without brackets
    cut: bool = False  # opened and never closed: the copy ends inside it


@dataclass
class AnnotationRules:
    """Conventions a document states once and applies to every annotation after."""

    first_is_lead: bool = False
    others_supporting: bool = False
    lead_marks: str = ""  # ☆ … when "标☆的为牵头单位"
    # 各区县政府 when "以下均需各区县政府落实，不再列出": responsible for every task from the one
    # whose text states it (``implied_phrase``) on.
    implied_actors: list[str] = field(default_factory=list)
    implied_phrase: str = ""
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
    return re.compile(alternation(list(_verbs())))


def _verb_phrases(part: str) -> list[tuple[str, str, int]]:
    """(names before it, role word, end) per role word of an annotation part: "X牵头，Y配合" →
    [("X", "牵头", 4), ("，Y", "配合", 8)]. (A lazy (.*?)(word) search was quadratic on a long
    list of names with no role word.)"""
    found, start = [], 0
    for match in _verb_pattern().finditer(part):
        names = part[start : match.start()].rsplit("\n", 1)[-1]
        found.append((names, match[0], match.end()))
        start = match.end()
    return found


@cache
def _role_words() -> str:
    return alternation([*_labels(), *_verbs()])


@cache
def _bracketed() -> re.Pattern:
    """(…) and （…） holding one level of nested parentheses; 〔…〕 […] 【…】 one level of their
    own bracket. Only those holding a role word are annotations."""
    words = _role_words()
    paren_inner = r"(?:[^()（）\n]|[(（][^()（）\n]*[)）])"
    forms = [rf"[(（](?P<p>{paren_inner}*?(?:{words}){paren_inner}*?)[)）]"]
    for index, (opening, closing) in enumerate(table("annotations")["brackets"]):
        if opening in "(（":
            continue
        o, c = re.escape(opening), re.escape(closing)
        inner = rf"(?:[^{o}{c}\n]|{o}[^{o}{c}\n]*{c})"  # 〔…各区县〔自治县〕政府〕
        forms.append(rf"{o}(?P<b{index}>{inner}*?(?:{words}){inner}*?){c}")
    return re.compile("|".join(forms))


@cache
def _bracket_labelled() -> re.Pattern:
    return re.compile(rf"【\s*({alternation(list(_labels()))})\s*】\s*")


@cache
def _standalone() -> re.Pattern:
    return compiled("annotations", "standalone_line")


def annotations_in(text: str) -> list[Annotation]:
    """Every agency annotation of a text, in order: bracketed, or a labelled line of its own."""
    return list(_annotations_in(text))


@lru_cache(maxsize=8192)  # the outline asks about the same lines again and again
def _annotations_in(text: str) -> tuple[Annotation, ...]:
    found: list[Annotation] = []
    offset = 0
    for line in bracket_lines_joined(text, _spans_annotation):
        standalone = _standalone().match(line.strip())
        labelled = _bracket_labelled().search(line)
        if labelled and labelled.start() > len(line) - len(line.lstrip()):
            # …任务。【牵头单位】X【配合单位】Y: each label in brackets before its names
            inside = _bracket_labelled().sub(lambda m: f"；{m[1]}：", line[labelled.start() :])
            end = offset + len(line.rstrip())
            found.append(Annotation(offset + labelled.start(), end, inside.strip("；")))
        elif labelled or (standalone and not _bracketed().fullmatch(line.strip())):
            start = offset + line.index(line.strip())
            inside = _unbracketed(line.strip())
            if labelled:  # 【责任单位】X on a line of its own
                inside = _bracket_labelled().sub(lambda m: f"；{m[1]}：", line.strip()).strip("；")
            if found and found[-1].end == offset - 1 and found[-1].standalone:
                # 牵头单位：X / 配合单位：Y on two lines of their own: one annotation
                start, inside = found[-1].start, f"{found.pop().inside}；{inside}"
            found.append(Annotation(start, offset + len(line.rstrip()), inside, standalone=True))
        else:
            on_line = len(found)
            for match in _bracketed().finditer(line):
                inside = next(g for g in match.groups() if g is not None).replace(JOIN, "")
                if _reads_as_annotation(inside):
                    found.append(Annotation(offset + match.start(), offset + match.end(), inside))
            bare = _bare_list(line) if len(found) == on_line else None
            if bare:
                label = table("annotations")["labels"]["responsible"][0]
                start, end = offset + bare.start(), offset + bare.start() + len(bare[0].rstrip())
                found.append(Annotation(start, end, f"{label}：{bare['inside']}"))
            run_on = _run_on_list(line) if len(found) == on_line else None
            if run_on:
                start = offset + run_on.start("inside")
                found.append(Annotation(start, offset + len(line.rstrip()), run_on["inside"]))
        offset += len(line) + 1
    found = [replace(a, inside=a.inside.replace(JOIN, "")) for a in found]
    cut = _cut_at_end(text, found[-1].end if found else 0)
    return tuple([*found, cut] if cut else found)


def _spans_annotation(candidate: str, opened: int) -> bool:
    """Whether the bracket opened at ``opened`` of lines joined holds an annotation."""
    return any(
        m.start() <= opened < m.end()
        and _reads_as_annotation(next(g for g in m.groups() if g is not None).replace(JOIN, ""))
        for m in _bracketed().finditer(candidate)
    )


def _unbracketed(line: str) -> str:
    """A labelled line's list without the brackets around the whole line, if any: a closing
    bracket of the last name (…、各县区政府(新区管委会)) stays."""
    line = line.rstrip("。.;；")
    if line[:1] in "(（〔[【":
        line, closer = line[1:], line[-1:]
        if closer in ")）〕]】" and bracket_depth(line) < 0:
            line = line[:-1]
    return line.rstrip("。.;；")


def _bare_list(line: str) -> re.Match | None:
    """A bracket ending the line that names bodies and nothing else: （市委网信办、市公安局）."""
    data = table("annotations")
    match = re.search(data["bare_list_end"], line)
    if not match or re.match(data["bare_list_not"], match["inside"].strip()):
        return None
    names = agency_names_split(match["inside"])
    return match if names and all(_government_body(name) for name in names) else None


def _run_on_list(line: str) -> re.Match | None:
    """责任单位：X、Y。 run on after the paragraph's last sentence, every name a body's; never
    inside a bracket the line leaves open (a cut copy's "(牵头单位:X;责任单位:Y、")."""
    pattern = table("annotations")["run_on_label"].replace("{labels}", alternation(list(_labels())))
    match = re.search(pattern, line)
    if match and bracket_depth(line[: match.start()]) > 0:
        return None
    pairs = annotation_roles(match["inside"]) if match else []
    return match if pairs and all(looks_like_agency(name) for _, name in pairs) else None


def _government_body(name: str) -> bool:
    """A body of the government the plan speaks to: its place written (市大数据局, 各区县政府) or a
    department of known function (科技厅); not 试行, 产业联盟 or a bank."""
    data = table("annotations")
    return looks_like_agency(name) and bool(
        re.match(data["bare_list_body"], name)
        or (agency_category(name) and re.search(data["bare_list_department"], name))
    )


@cache
def _cut_pattern() -> re.Pattern:
    template = table("annotations")["cut_annotation"]
    return re.compile(template.replace("{labels}", alternation(list(_labels()))))


def ends_inside_annotation(line: str) -> bool:
    """The line leaves an agency annotation open at its end ("(责任单位:市数据局、市发")."""
    return bool(_cut_pattern().search(line))


def _cut_at_end(text: str, after: int) -> Annotation | None:
    """A labelled annotation the text ends inside: the names before the cut that are whole."""
    match = _cut_pattern().search(text, after)
    if not match:
        return None
    inside = match["inside"].replace("\n", "")  # a name broken at the last line's start
    tail = re.split(r"[、,，;；:：]", inside)[-1]
    if tail and not looks_like_agency(tail.strip()):
        inside = inside[: len(inside) - len(tail)]
    return Annotation(match.start(), len(text), inside, cut=True)


def _reads_as_annotation(inside: str) -> bool:
    """A labelled list, or role words after names of agencies ("（鼓励企业参与）" is none)."""
    pairs = annotation_roles(inside)
    if not pairs:
        return False
    return bool(_label_pattern().search(inside)) or all(looks_like_agency(n) for _, n in pairs)


def has_annotation(text: str) -> bool:
    return bool(annotations_in(text))


def annotation_roles(
    inside: str, rules: AnnotationRules | None = None, cut: bool = False
) -> list[tuple[str, str]]:
    """(role, agency name) pairs of one annotation's inside, in the order written. In an
    annotation the copy ends inside (cut), names after the lead's role word whose own role word
    is lost ("(X牵头,Y、Z" …) are the lead's partners: supporting."""
    rules = rules or AnnotationRules()
    pairs: list[tuple[str, str]] = []
    inside = lists_only(inside)
    labels = list(_label_pattern().finditer(inside))
    if labels:
        for index, label in enumerate(labels):
            end = labels[index + 1].start() if index + 1 < len(labels) else len(inside)
            segment = inside[label.end() : end].strip(" ;；,，。")
            pairs += _segment_roles(segment, _labels()[label[1]], rules)
    else:
        pairs = _segment_roles(inside, AgencyRole.SUPPORTING.value if cut else None, rules, cut)
    pairs = _rules_applied(pairs, rules)
    return [(role, name) for role, name in pairs if name]


def lists_only(inside: str) -> str:
    """The labelled lists of an annotation without the remark after them ("…、省教育厅。列第一位的为
    牵头单位，下同"): a sentence after 。 that does not open another labelled list, or a rule stated
    once after any stop."""
    others = alternation(table("annotations")["other_labels"])
    inside = re.sub(rf"[;；,，]?\s*(?:{others})\s*[:：][^;；]*", "", inside)  # 完成时限：2026年底
    for stop in re.finditer(r"[。;；,，]\s*", inside):
        at = stop.end()  # matched in place: a slice per stop is quadratic in a list's length
        if at == len(inside):
            continue
        if stop[0][0] == "。" and not _label_pattern().match(inside, at):
            return inside[: stop.start()]
        if _rule_remark().match(inside, at):
            return inside[: stop.start()]
    return inside


@cache
def _rule_remark() -> re.Pattern:
    """A rule stated after the list, also after a comma ("…、市教委，列第一位的为牵头单位，
    下同")."""
    data = table("annotations")
    rules = ("first_is_lead_rule", "lead_mark_rule", "others_supporting_rule", "implied_actor_rule")
    return re.compile("|".join(f"(?:{data[rule]})" for rule in rules))


def _segment_roles(
    segment: str, role: str | None, rules: AnnotationRules, cut: bool = False
) -> list[tuple[str, str]]:
    """A labelled segment's names take the label's role; role words override it ("X牵头")."""
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


def _verb_roles(part: str, role: str | None) -> list | None:
    """ "X牵头，Y、Z配合": the names before each role word take its role; None when the part has
    no role word after names of agencies (各牵头单位 is a name, not "各" + 牵头)."""
    matches = _verb_phrases(part)
    if not matches or (role and all(_verbs()[verb] == "responsible" for _, verb, _ in matches)):
        return None
    pairs = [(_verbs()[verb], n, verb) for names, verb, _ in matches
             for n in agency_names_split(names)]  # fmt: skip
    if not pairs or not all(looks_like_agency(name) for _, name, _ in pairs):
        return None
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


def _marked(role: str, name: str, rules: AnnotationRules) -> tuple[str, str]:
    """市科技局☆ is the lead when the document says so; 市科技局（牵头） is the lead anyway."""
    lead_suffix = re.search(r"[(（]\s*牵头\s*[)）]$", name)
    if lead_suffix:
        return AgencyRole.LEAD.value, name[: lead_suffix.start()].strip()
    marks = rules.lead_marks
    if marks and (name[-1] in marks or name[0] in marks):  # 市科技局☆ or ☆市科技局
        return AgencyRole.LEAD.value, name.strip(marks).strip()
    return role, name.strip("☆★※△").strip()


def _rules_applied(pairs: list[tuple[str, str]], rules: AnnotationRules) -> list[tuple[str, str]]:
    if rules.first_is_lead and pairs and not any(r == AgencyRole.LEAD for r, _ in pairs):
        rest = AgencyRole.SUPPORTING.value if rules.others_supporting else None
        pairs = [(AgencyRole.LEAD.value, pairs[0][1])] + [(rest or r, n) for r, n in pairs[1:]]
    return pairs


def rules_stated(text: str) -> AnnotationRules:
    """The conventions a document states once ("标☆的为牵头单位", "第一个单位为牵头单位" …)."""
    data = table("annotations")
    rules = AnnotationRules()
    mark = re.search(data["lead_mark_rule"], text)
    if mark:
        rules.lead_marks = mark[2]
        rules.notes.append(_("标有“%(mark)s”的单位为牵头单位(原文说明一次)") % {"mark": mark[2]})
    unbroken = text.replace("\n", "")  # a PDF breaks its lines inside the rule's words
    if re.search(data["first_is_lead_rule"], unbroken):
        rules.first_is_lead = True
        rules.others_supporting = bool(re.search(data["others_supporting_rule"], unbroken))
        rules.notes.append(_("每处标注的第一个单位为牵头单位(原文有此说明)"))
    implied = re.search(data["implied_actor_rule"], text) or re.search(
        data["implied_actor_same_below"], text
    )
    if implied:
        rules.implied_actors = agency_names_split(implied["actor"])
        rules.implied_phrase = implied[0]
        rules.notes.append(
            _("原文一次性指定%(agencies)s负责此后的每项任务:已加到每项任务")
            % {"agencies": "、".join(rules.implied_actors)}
        )
    return rules


def role_of_label(text: str) -> str | None:
    """The role a table column header or label names: 牵头单位 → lead; 单位名称 → responsible."""
    label = text.strip().rstrip(":：")
    return _labels().get(label) or table("annotations")["column_labels"].get(label)


def subject_duty(text: str) -> list[str]:
    """The agencies an unannotated task names as its subject: "市数据局负责审核…" (a division of
    duties item). Nothing when the first words are not the name of a body."""
    match = re.match(table("annotations")["subject_duty"], text.strip())
    if not match:
        return []
    names = agency_names_split(match["actor"])
    return names if names and all(looks_like_agency(n) for n in names) else []

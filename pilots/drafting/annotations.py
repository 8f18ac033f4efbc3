"""Agency annotations: which agencies a task names, and in which role.

The genre writes them in many ways (the labels, role words and rules are data, in
data/annotations.yaml):
- labelled lists in brackets: （牵头单位：…；配合单位：…）, （牵头单位：…，责任单位：…）,
  （责任单位：…）, 〔…〕 or […] when the names hold parentheses themselves
  (各县区政府(新区管委会), 市政府办（金融）);
- role words after the names: （X牵头，Y配合）, （X牵头负责，Y按职责分工负责）, （X负责）;
- the division of work as the task's last sentence, no bracket and no label (…试点。X牵头，Y、Z按
  职责分工负责。), as a division of work prints it on a line of its own;
- a labelled line of its own after the task, without brackets: 责任单位：…; labels in 【】 before
  their names: 【牵头单位】X【配合单位】Y;
- a bracket of names of bodies with no role word ending the task's line: responsible; a group
  labelled with a deadline (完成时限：2026年底) names no agencies;
- rules stated once for the document, often inside the first annotation after its list:
  "标☆的为牵头单位", "列第一位的为牵头单位，下同", "以下均需各区县政府落实，不再列出";
- an annotation cut off by the end of a truncated copy ("(责任单位:市科技局、市财" keeps only the
  names printed in full).
This module finds where annotations stand; the roles their names take, and the rules a document
states once, are ``annotation_roles``; the names themselves are read by ``names``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from pilots.drafting.agencies import agency_category
from pilots.drafting.annotation_roles import (
    annotation_roles,
    label_pattern,
    labels_by_role,
    lead_marked_list,
    role_words,
)
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


@cache
def _bracketed() -> re.Pattern:
    """(…) and （…） holding one level of nested parentheses; 〔…〕 […] 【…】 one level of their
    own bracket. Only those holding a role word are annotations; a name marked as the lead
    (市科技局（牵头）) holds one in a bracket of its own."""
    words = f"{role_words()}|{table('annotations')['lead_mark']}"
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
    return re.compile(rf"【\s*({alternation(list(labels_by_role()))})\s*】\s*")


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
        standalone = _standalone().match(line.strip()) or (
            _labelled_line_before(found, offset)
            and compiled("annotations", "standalone_time_line").match(line.strip())
        )  # fmt: skip
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
            if _labelled_line_before(found, offset):
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
            role_line = _role_line(line) if len(found) == on_line else None
            if role_line:
                start = offset + len(line) - len(line.lstrip())
                end = offset + len(line.rstrip())
                found.append(Annotation(start, end, role_line, standalone=True))
            last = _role_sentence(line) if len(found) == on_line else None
            if last:
                found.append(Annotation(offset + last[0], offset + len(line.rstrip()), last[1]))
        offset += len(line) + 1
    found = [replace(a, inside=a.inside.replace(JOIN, "")) for a in found]
    cut = _cut_at_end(text, found[-1].end if found else 0)
    return tuple([*found, cut] if cut else found)


def _labelled_line_before(found: list[Annotation], offset: int) -> bool:
    """The line before ends on a labelled annotation: a line of its own, or run on after the
    paragraph's last sentence (…服务供给。责任单位：区民政局, as a PDF's lines join) — the time line
    under it (完成时限：…) is part of it."""
    if not found or found[-1].end != offset - 1:
        return False
    return found[-1].standalone or bool(label_pattern().match(found[-1].inside))


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
    """A bracket ending the line that names bodies and nothing else, but the time they are done by:
    （市委网信办、市公安局）, （省数据局、省委网信办，上半年完成）."""
    data = table("annotations")
    match = compiled("annotations", "bare_list_end").search(line)
    if not match or re.match(data["bare_list_not"], match["inside"].strip()):
        return None
    names = agency_names_split(re.sub(data["done_by"], "", match["inside"]))
    return match if names and all(government_body(name) for name in names) else None


def _run_on_list(line: str) -> re.Match | None:
    """责任单位：X、Y。 run on after the paragraph's last sentence, every name a body's; never
    inside a bracket the line leaves open (a cut copy's "(牵头单位:X;责任单位:Y、")."""
    match = compiled("annotations", "run_on_label").search(line)
    if match and bracket_depth(line[: match.start()]) > 0:
        return None
    pairs = annotation_roles(match["inside"]) if match else []
    return match if pairs and all(looks_like_agency(name) for _, name in pairs) else None


def _role_line(line: str) -> str | None:
    """A line of nothing but names of bodies and their role words, ending in a role word, with no
    bracket and no label ("市发展改革委、市科技局等按职责分工负责", "X牵头，Y等按职责分工负责"): the
    annotation of the task above it. Its list, or None."""
    data = table("annotations")
    text = line.strip().rstrip("。.;；")
    if not text or len(text) > data["role_line_longest"] or re.match(data["role_line_not"], text):
        return None
    if "。" in text or label_pattern().search(text) or not _role_verb_ending().search(text):
        return None
    if re.search(rf"[，,]\s*(?:{data['role_clause_opening']})", text):
        return None  # …平台，由X负责: the words before 由 are the act (``_list_openings``)
    pairs = annotation_roles(text)
    return text if pairs and all(looks_like_agency(name) for _, name in pairs) else None


def _role_sentence(line: str) -> tuple[int, str] | None:
    """The last sentence of a task's line when it is nothing but its division of work, as a role
    line of its own would be ("…开展试点。省数据局牵头，省住房城乡建设厅、各市政府按职责分工
    负责。"), or its last clauses when they are ("…建设平台，由X（牵头）、Y负责。"): (where it
    starts, its list), or None."""
    body = line.rstrip().rstrip("。.;；")
    stop = body.rfind("。")
    if bracket_depth(body[: max(stop, 0)]) > 0:
        return None
    sentence = body[stop + 1 :]
    for start in _list_openings(sentence, whole=stop >= 0):
        found = _role_line(sentence[start:])
        if found:
            return len(body) - len(sentence[start:].lstrip()), found
    return None


def _list_openings(sentence: str, whole: bool) -> list[int]:
    """Where the division of work of a task's last sentence may open: after a comma, a clause
    opened by 由 (…，由X牵头，Y负责: what comes before it is the act), then the sentence itself
    (``whole``: it follows a full stop), then a clause holding a name marked as the lead (…目录，
    X（牵头）、Y负责). Other clauses after a comma are the task's own words."""
    data = table("annotations")
    opening = re.compile(data["role_clause_opening"])
    marks = [m.start() for m in re.finditer(data["lead_mark"], sentence)]
    nearest = max(0, len(sentence) - data["role_line_longest"])  # a longer list is none
    opened, marked = [], []
    depth, counted = bracket_depth(sentence[:nearest]), nearest
    for comma in re.compile(r"[，,]\s*").finditer(sentence, nearest):
        depth, counted = depth + bracket_depth(sentence[counted : comma.start()]), comma.start()
        if depth > 0:
            continue
        if found := opening.match(sentence, comma.end()):
            opened.append(found.end())
        if marks and comma.end() <= marks[-1]:
            marked.append(comma.end())
    last = sentence[nearest:].split("，")[-1].split(",")[-1]  # "…工作由X负责": its last clause's 由
    inside = [len(sentence) - len(last) + m.end() for m in opening.finditer(last) if m.start()]
    if re.match(data["role_line_not"], sentence.strip()):
        inside = []  # 本方案各项任务由X统筹…: said of the plan's tasks, not this one's

    return [*opened, *inside, *([0] if whole else []), *marked]


@cache
def _role_verb_ending() -> re.Pattern:
    return re.compile(rf"(?:{alternation([verb for verb, _ in table('annotations')['verbs']])})$")


def government_body(name: str) -> bool:
    """A body of the government the plan speaks to: its place written (市大数据局, 各区县政府) or a
    department of known function (科技厅); not 试行, 产业联盟 or a bank."""
    data = table("annotations")
    return looks_like_agency(name) and bool(
        re.match(data["bare_list_body"], name)
        or (agency_category(name) and compiled("annotations", "bare_list_department").search(name))
    )


def ends_inside_annotation(line: str) -> bool:
    """The line leaves an agency annotation open at its end ("(责任单位:市数据局、市发")."""
    return bool(compiled("annotations", "cut_annotation").search(line))


def _cut_at_end(text: str, after: int) -> Annotation | None:
    """A labelled annotation the text ends inside: the names before the cut that are whole."""
    match = compiled("annotations", "cut_annotation").search(text, after)
    if not match:
        return None
    inside = match["inside"].replace("\n", "")  # a name broken at the last line's start
    tail = re.split(r"[、,，;；:：]", inside)[-1]
    if tail and not looks_like_agency(tail.strip()):
        inside = inside[: len(inside) - len(tail)]
    return Annotation(match.start(), len(text), inside, cut=True)


def _reads_as_annotation(inside: str) -> bool:
    """A labelled list, or role words after names of agencies ("（鼓励企业参与）" is none): the
    names ``annotation_roles`` reads before role words are agencies' already, or stand in a role
    slot beside one (``_names_stand_as_agencies``)."""
    pairs = annotation_roles(inside)
    if not pairs:
        return False
    if lead_marked_list(inside):  # the mark makes it one, as a label would
        return any(role == AgencyRole.LEAD and looks_like_agency(n) for role, n in pairs)
    return True


def has_annotation(text: str) -> bool:
    return bool(annotations_in(text))

"""Metamorphic rewrites of whole plans: a plan's text rewritten from one convention of the genre
into another, its meaning kept, and the draft's content (``draft_content``) to compare.

Each rewrite is a plain function ``text -> text`` over a plan's cleaned text (Simplified script,
the seeds as ``evaluate_drafts`` reads them); one that finds nothing of its convention returns
the text unchanged. The annotations the rewrites read are the seeds' own forms —
（牵头单位：X；配合单位：Y）, （责任单位：X、Y）, （X牵头，Y配合）, （X牵头，Y按职责分工负责: Y
responsible） — and they write any other form of the genre; numbering is read as the seeds print
it (一、 / (一) / 1.).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from pilots.roles import ROLES
from pilots.source_text import normalise

# ---------------------------------------------------------------------------------------------
# Annotations

_OPEN, _CLOSE = "(（〔", ")）〕"
_LIST_SPLIT = re.compile(r"[、，,]")
_VERB_FORM = re.compile(
    r"^(?P<lead>.+?)牵头(?:负责)?(?:[，,]\s*(?P<rest>.+?)(?P<duty>配合|按职责分工负责))?\s*$"
)


@dataclass
class Annotation:
    start: int  # of the opening bracket, in its line
    end: int  # after the closing bracket
    lead: list[str] = field(default_factory=list)
    supporting: list[str] = field(default_factory=list)
    responsible: list[str] = field(default_factory=list)

    @property
    def paired(self) -> bool:
        return bool(self.lead) and not self.responsible


def names_split(text: str) -> list[str]:
    """A list of names split at 、 and commas outside brackets (各县(市)区政府 is one name)."""
    names, depth, current = [], 0, ""
    for char in text:
        depth += char in "(（〔["
        depth -= char in ")）〕]"
        if depth == 0 and _LIST_SPLIT.fullmatch(char):
            names.append(current.strip())
            current = ""
        else:
            current += char
    names.append(current.strip())
    return [name for name in names if name]


def _inside_read(inside: str) -> dict[str, list[str]] | None:
    inside = inside.strip().rstrip("。")
    if re.search(r"下同|为牵头|为配合", inside):  # a rule stated once after the list
        return None  # ("排第一位的为牵头单位，下同"): kept as printed
    labelled = re.match(r"^(牵头单位|责任单位)\s*[:：]", inside)
    if labelled:
        roles: dict[str, list[str]] = {}
        # groups apart by ； or by a comma before the next label (牵头单位：X，责任单位：Y)
        for part in re.split(r"[;；]|[,，](?=\s*(?:牵头单位|配合单位|责任单位)\s*[:：])", inside):
            label = re.match(r"^\s*(牵头单位|配合单位|责任单位)\s*[:：](.*)$", part)
            if not label:
                return None
            role = {"牵头单位": "lead", "配合单位": "supporting", "责任单位": "responsible"}
            roles[role[label[1]]] = names_split(label[2])
        return roles
    verb = _VERB_FORM.match(inside)
    if verb:
        rest = "supporting" if verb["duty"] in (None, "配合") else "responsible"
        return {"lead": names_split(verb["lead"]), rest: names_split(verb["rest"] or "")}
    return None


def annotations_of(line: str) -> list[Annotation]:
    """The agency annotations of a line in the seeds' forms, brackets balanced."""
    found, index = [], 0
    while index < len(line):
        if line[index] not in _OPEN:
            index += 1
            continue
        depth, end = 0, None
        for position in range(index, len(line)):
            depth += (line[position] in _OPEN) - (line[position] in _CLOSE)
            if depth == 0:
                end = position + 1
                break
        if end is None:
            break
        roles = _inside_read(line[index + 1 : end - 1])
        if roles:
            found.append(Annotation(index, end, **roles))
            index = end
        else:
            index += 1
    return found


def _names(names: list[str]) -> str:
    return "、".join(names)


def _named(names: list[str]) -> str:
    """A table's cell of names: blank for 相关部门 and the like, as tables leave it."""
    return "" if all(re.match(r"^(相关|有关|市直有关)", name) for name in names) else _names(names)


def labelled(a: Annotation, pair_sep: str = "；") -> str:
    if not a.lead:
        return f"责任单位：{_names(a.responsible)}"
    text = f"牵头单位：{_names(a.lead)}"
    text += f"{pair_sep}配合单位：{_names(a.supporting)}" if a.supporting else ""
    return text + (f"{pair_sep}责任单位：{_names(a.responsible)}" if a.responsible else "")


def verb_pairs(a: Annotation) -> str:
    if not a.lead:
        return f"责任单位：{_names(a.responsible)}"
    text = f"{_names(a.lead)}牵头" + (f"，{_names(a.supporting)}配合" if a.supporting else "")
    return text + (f"，{_names(a.responsible)}按职责分工负责" if a.responsible else "")


def verb_duty(a: Annotation) -> str:
    if not a.lead:
        return f"{_names(a.responsible)}按职责分工负责"
    partners = f"，{_names(a.supporting)}配合" if a.supporting else ""
    duty = f"，{_names(a.responsible)}按职责分工负责" if a.responsible else ""
    return f"{_names(a.lead)}牵头负责{partners}{duty}"


def lead_then_responsible(a: Annotation) -> str:
    """（牵头单位：X，责任单位：Y）: the agencies after the lead written as 责任单位."""
    if not a.lead:
        return f"责任单位：{_names(a.responsible)}"
    others = a.supporting + a.responsible
    rest = f"，责任单位：{_names(others)}" if others else ""
    return f"牵头单位：{_names(a.lead)}{rest}"


def _annotations_rewritten(
    text: str, render: Callable[[Annotation], str], brackets: str = "（）"
) -> str:
    lines = []
    for line in text.split("\n"):
        for a in reversed(annotations_of(line)):
            line = line[: a.start] + brackets[0] + render(a) + brackets[1] + line[a.end :]
        lines.append(line)
    return "\n".join(lines)


def annotations_as_verbs(text: str) -> str:
    """（牵头单位：X；配合单位：Y、Z） → （X牵头，Y、Z配合）."""
    return _annotations_rewritten(text, verb_pairs)


def annotations_as_duty(text: str) -> str:
    """→ （X牵头负责，Y、Z按职责分工负责）; a list with no lead: （X、Y按职责分工负责）."""
    return _annotations_rewritten(text, verb_duty)


def annotations_lead_then_responsible(text: str) -> str:
    """→ （牵头单位：X，责任单位：Y、Z）."""
    return _annotations_rewritten(text, lead_then_responsible)


def annotations_labelled(text: str) -> str:
    """The verb forms → （牵头单位：X；配合单位：Y）, full-width punctuation."""
    return _annotations_rewritten(text, labelled)


def annotations_in_tortoise_brackets(text: str) -> str:
    """→ 〔牵头单位：X；配合单位：Y〕."""
    return _annotations_rewritten(text, labelled, "〔〕")


def annotations_in_square_brackets(text: str) -> str:
    """→ [牵头单位：X；配合单位：Y]."""
    return _annotations_rewritten(text, labelled, "[]")


def annotations_in_full_width_square_brackets(text: str) -> str:
    """→ ［牵头单位：X；配合单位：Y］, typed with a full-width keyboard (Word)."""
    return _annotations_rewritten(text, labelled, "［］")


def annotations_with_labels_in_brackets(text: str) -> str:
    """（牵头单位：X；配合单位：Y） → 【牵头单位】X【配合单位】Y, ending the task's line."""

    def render(a: Annotation) -> str:
        if not a.lead:
            return f"【责任单位】{_names(a.responsible)}"
        supporting = f"【配合单位】{_names(a.supporting)}" if a.supporting else ""
        responsible = f"【责任单位】{_names(a.responsible)}" if a.responsible else ""
        return f"【牵头单位】{_names(a.lead)}{supporting}{responsible}"

    lines = []
    for line in text.split("\n"):
        found = annotations_of(line)
        if len(found) == 1 and not line[found[0].end :].strip(" 。.;；"):
            line = line[: found[0].start].rstrip() + render(found[0])
        lines.append(line)
    return "\n".join(lines)


def annotations_supporting_and_others(text: str) -> str:
    """（X牵头，Y、Z配合） → （X牵头，Y、Z等部门配合）: the supporting list closed by 等部门."""

    def render(a: Annotation) -> str:
        if a.lead and a.supporting:
            return f"{_names(a.lead)}牵头，{_names(a.supporting)}等部门配合"
        return verb_pairs(a)

    return _annotations_rewritten(text, render)


def annotations_with_generic_partners(text: str) -> str:
    """Every list closed by 有关部门 (…、市教委、有关部门): words that name nobody add nothing."""

    def render(a: Annotation) -> str:
        if a.lead:
            a.supporting = [*a.supporting, "有关部门"]
        else:
            a.responsible = [*a.responsible, "有关部门"]
        return labelled(a)

    return _annotations_rewritten(text, render)


def annotations_after_title(text: str) -> str:
    """1.任务。措施…（牵头单位：X）→ 1.任务（牵头单位：X）。措施…: the annotation right after the
    item's heading phrase, before its text."""
    lines = []
    for line in text.split("\n"):
        found = annotations_of(line)
        head = _THIRD.match(line) or _SECOND.match(line)
        title = re.match(r"[^。，,；;：:（(“]{2,30}。", line[head.end() :]) if head else None
        if head and title and len(found) == 1 and not line[found[0].end :].strip(" 。.;；"):
            a, stop = found[0], head.end() + title.end() - 1
            line = line[:stop] + "（" + labelled(a) + "）" + line[stop : a.start].rstrip()
        lines.append(line)
    return "\n".join(lines)


def annotations_on_own_line(text: str) -> str:
    """An annotation ending its task's line → a line of its own after it, without brackets
    (牵头单位：X；配合单位：Y / 责任单位：X)."""
    return annotations_moved_below(text, labelled)


def annotations_moved_below(text: str, render: Callable[[Annotation], str]) -> str:
    """Each annotation ending its task's line → ``render``'s words on a line of their own after
    it. A line with several annotations (one a clause) is left as it is."""
    lines = []
    for line in text.split("\n"):
        found = annotations_of(line)
        if len(found) == 1 and not line[found[0].end :].strip(" 。.;；"):
            lines += [line[: found[0].start].rstrip(), render(found[0])]
        else:
            lines.append(line)
    return "\n".join(lines)


def annotations_first_listed_leads(text: str) -> str:
    """Every annotation naming a lead as one list （责任单位：X、Y、Z）, the rule stated once in the
    first: "列第一位的为牵头单位，其余为配合单位，下同" (the others responsible: no 其余 clause).
    Only for a plan whose annotations all name one lead and the others in one role."""
    every = [a for line in text.split("\n") for a in annotations_of(line)]
    if not every or not all(a.lead and len(a.lead) == 1 for a in every):
        return text
    others = _others_role(every)
    if others is None:
        return text
    first = True

    def render(a: Annotation) -> str:
        nonlocal first
        rest = "，其余为配合单位" if others == "supporting" else ""
        rule = f"，列第一位的为牵头单位{rest}，下同" if first else ""
        first = False
        return f"责任单位：{_names(a.lead + a.supporting + a.responsible)}{rule}"

    return _annotations_rewritten(text, render)


def _others_role(annotations: list[Annotation]) -> str | None:
    """The one role of the names after the leads (names of nobody, 相关部门, aside), or None."""
    roles = {
        role
        for a in annotations
        for role in ("supporting", "responsible")
        if _named(getattr(a, role))
    }
    return roles.pop() if len(roles) == 1 else "supporting" if not roles else None


def annotations_list_prefix_shared(text: str) -> str:
    """A list's names after its first written without the 市 they share: 市科技局、教委、经济信息委
    (a party office 市委… and 市政府… keep theirs, as the genre prints them)."""

    def shared(names: list[str]) -> list[str]:
        if not names or not names[0].startswith("市"):
            return names
        return names[:1] + [
            name[1:] if re.match(r"^市(?!委|政府|场)[^*]*$", name) and len(name) > 3 else name
            for name in names[1:]
        ]

    def render(a: Annotation) -> str:
        a.lead, a.supporting, a.responsible = (
            shared(a.lead), shared(a.supporting), shared(a.responsible)
        )  # fmt: skip
        return labelled(a)

    return _annotations_rewritten(text, render)


def annotations_names_run_together(text: str) -> str:
    """市科技局、市教委 → 市科技局市教委: a list's names written with no separator, each with its
    place prefix (the list's first name sets it)."""

    def joined(names: list[str]) -> list[str]:
        prefixed = all(re.match(r"^市(?!场)", name) and "*" not in name for name in names)
        return ["".join(names)] if len(names) > 1 and prefixed else names

    def render(a: Annotation) -> str:
        a.lead, a.supporting, a.responsible = (
            joined(a.lead), joined(a.supporting), joined(a.responsible)
        )  # fmt: skip
        return labelled(a)

    return _annotations_rewritten(text, render)


def _prefix_swapped(text: str, swap: Callable[[str], str]) -> str:
    def render(a: Annotation) -> str:
        a.lead, a.supporting, a.responsible = (
            [swap(n) for n in names] for names in (a.lead, a.supporting, a.responsible)
        )
        return labelled(a)

    return _annotations_rewritten(text, render)


def annotations_of_a_province(text: str) -> str:
    """The city's bodies as a province's: 市科技局 → 省科技局, 市委组织部 → 省委组织部."""
    return _prefix_swapped(text, lambda name: re.sub(r"^市(?!场)", "省", name))


def province_prefix_dropped(text: str) -> str:
    """省科技局 → 科技局: a province's own bureaus written without 省 (its party committee's
    departments and its government's offices keep it; so do the censored names of Hefei's copy)."""
    return _prefix_swapped(text, lambda name: re.sub(r"^省(?!委|政府)(?=[^*]*$)", "", name))


def actor_stated_once(text: str, actor: str = "各开发区管委会") -> str:
    """ "以下各项任务均需{actor}落实，不再列出。" stated once under the key-task part's heading: the
    actor is responsible for every task (the draft gains that assignment on each, nothing else)."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if _TOP.match(line) and re.search("任务|主要内容", line):
            rule = f"以下各项任务均需{actor}落实，不再列出。"
            return "\n".join([*lines[: index + 1], rule, *lines[index + 1 :]])
    return text


# ---------------------------------------------------------------------------------------------
# Division of tasks: the annotations moved out of the body into an annex table

_TASK_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.．、]\s*|[(（][一二三四五六七八九十]+[)）]\s*)")


def _title_of(line: str) -> str:
    body = _TASK_NUMBER.sub("", line)
    return re.split(r"[。；;]", body, maxsplit=1)[0].strip()


def annotations_to_division_table(text: str) -> str:
    """The body's annotations removed; an annex 附件：重点任务分工表 whose rows (序号 | 重点任务 |
    牵头单位 | 配合单位 | 完成时限, cells between |, 配合单位 blank for 相关部门; a 责任单位 column
    for names responsible after the lead) name each task by its title and give its agencies.
    Only for a plan with one annotation per task, each naming a lead and the others in one role."""
    lines = text.split("\n")
    every = [a for line in lines for a in annotations_of(line)]
    others = _others_role(every) if all(a.lead for a in every) else None
    if others is None:
        return text
    rows, out = [], []
    for index, line in enumerate(lines):
        found = annotations_of(line)
        if not found:
            out.append(line)
            continue
        if len(found) > 1:
            return text
        a = found[0]
        above = [earlier for earlier in lines[:index] if earlier.strip()]
        heading = line if _TASK_NUMBER.match(line) or not above else above[-1]
        # a blank 责任单位 cell reads as merged with the one above: the generic words stay
        cell = _named if others == "supporting" else _names
        rows.append((_title_of(heading), _names(a.lead), cell(a.supporting + a.responsible)))
        out.append((line[: a.start] + line[a.end :]).rstrip())
    if not rows:
        return text
    label = "配合单位" if others == "supporting" else "责任单位"
    table = ["附件", "重点任务分工表", f"序号 | 重点任务 | 牵头单位 | {label} | 完成时限"]
    table += [
        f"{n} | {task} | {lead} | {sup} | 持续推进" for n, (task, lead, sup) in enumerate(rows, 1)
    ]
    return "\n".join(out + table)


def tasks_to_annex_table(text: str) -> str:
    """The key-task part's tasks moved into an annex table (附件 重点任务清单: 序号 | 类别 |
    重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限, a blank 配合单位 where the task names
    none); the body keeps the part's section headings and says 具体任务分工见附件. Lists naming
    no lead take one 责任单位 column. Only for a plan whose key tasks carry one annotation each."""
    lines = text.split("\n")
    start = next(
        (
            i
            for i, line in enumerate(lines)
            if _TOP.match(line) and re.search("任务|主要内容", line)
        ),
        None,
    )
    if start is None:
        return text
    end = next((i for i in range(start + 1, len(lines)) if _TOP.match(lines[i])), len(lines))
    body, rows, category, task = lines[: start + 1], [], "", None
    heading_only = False  # a (X) heading whose one paragraph is its task (Liuzhou's (六))
    for line in lines[start + 1 : end]:
        if _SECOND.match(line):
            category = _SECOND.sub("", line).strip().rstrip("。")
            body.append(line)
            task, heading_only = None, True
        elif _THIRD.match(line):
            task = [category, _title_of(line), _THIRD.sub("", line)[len(_title_of(line)) :]]
            rows.append(task)
            heading_only = False
        elif task is not None and line.strip():
            task[2] += line.strip()
        elif heading_only and annotations_of(line):
            rows.append([category, category, line.strip()])
            if len(rows) > 1 and rows[-2][0] == category and rows[-2][1] == category:
                rows[-2][2] += rows.pop()[2]
        elif line.strip():
            body.append(line)
    if not rows:
        return text
    found = [annotations_of(measures) for _, _, measures in rows]
    if any(len(f) != 1 for f in found) or len({f[0].paired for f in found}) != 1:
        return text
    paired = found[0][0].paired
    roles = "牵头单位 | 配合单位" if paired else "责任单位"
    table = ["附件", "重点任务清单", f"序号 | 类别 | 重点任务 | 具体措施 | {roles} | 完成时限"]
    for number, ((category, title, measures), (a,)) in enumerate(zip(rows, found, strict=True), 1):
        measures = (measures[: a.start] + measures[a.end :]).strip("。 ") + "。"
        cells = [str(number), category, title, measures.lstrip("。")]
        cells += [_names(a.lead), _named(a.supporting)] if paired else [_names(a.responsible)]
        table.append(" | ".join([*cells, "持续推进"]))
    body.append("具体任务分工见附件。")
    return "\n".join([*body, *lines[end:], *table])


# ---------------------------------------------------------------------------------------------
# Numbering

_DIGITS = "零一二三四五六七八九"
_TOP = re.compile(r"^(\s*)([一二三四五六七八九十]+)\s*、")
_SECOND = re.compile(r"^(\s*)[(（]([一二三四五六七八九十]+)[)）]")
_THIRD = re.compile(r"^(\s*)(\d{1,2})\s*[.．、](?!\d)\s*")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese_number(n: int) -> str:
    """0 < n < 100 000 000 in Chinese numerals as the genre writes them (十二, 一百零五, 两千)."""
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n >= 10000:
        high, low = divmod(n, 10000)
        rest = "" if not low else ("零" if low < 1000 else "") + chinese_number(low)
        return ("两" if high == 2 else chinese_number(high)) + "万" + rest
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            if zero and out:
                out += "零"
            word = "两" if digit == 2 and unit in {"千", "百"} and not out else _DIGITS[digit]
            out += word + unit
            zero = False
        elif out:
            zero = True
    return out


def _renumbered(text: str, pattern: re.Pattern, number: Callable[[re.Match, int], str]) -> str:
    """Each line numbered by ``pattern`` renumbered: ``number(match, n)`` where n counts the
    pattern's lines from the start of the text."""
    lines, count = [], 0
    for line in text.split("\n"):
        match = pattern.match(line)
        if match:
            count += 1
            line = match[1] + number(match, count) + line[match.end() :]
        lines.append(line)
    return "\n".join(lines)


def top_as_chapters(text: str) -> str:
    """一、总体要求 → 第一章 总体要求."""
    return _renumbered(text, _TOP, lambda m, n: f"第{m[2]}章 ")


def second_full_width(text: str) -> str:
    """(一) ↔ （一）: the second level's brackets in the other width."""

    def other(m: re.Match, n: int) -> str:
        return f"（{m[2]}）" if m[0].strip().startswith("(") else f"({m[2]})"

    return _renumbered(text, _SECOND, other)


def third_as_articles(text: str) -> str:
    """1. → 第N条, numbered continuously through the document, as articles are."""
    return _renumbered(text, _THIRD, lambda m, n: f"第{chinese_number(n)}条 ")


def third_as_parenthesised(text: str) -> str:
    """1. → (1)."""
    return _renumbered(text, _THIRD, lambda m, n: f"({m[2]})")


def third_as_circled(text: str) -> str:
    """1. → ①."""
    return _renumbered(text, _THIRD, lambda m, n: _CIRCLED[int(m[2]) - 1])


def third_with_dunhao(text: str) -> str:
    """1. → 1、."""
    return _renumbered(text, _THIRD, lambda m, n: f"{m[2]}、")


def third_with_full_stop(text: str) -> str:
    """1. → 1．(full-width)."""
    return _renumbered(text, _THIRD, lambda m, n: f"{m[2]}．")


def third_continuous(text: str) -> str:
    """1. 2. … under each (一) → numbered on from the chapter before, through the document."""
    return _renumbered(text, _THIRD, lambda m, n: f"{n}.")


def _heading_lines(text: str) -> list[int]:
    """Indexes of numbered heading lines: a number and a short phrase, nothing after it."""
    found = []
    for index, line in enumerate(text.split("\n")):
        for pattern in (_TOP, _SECOND, _THIRD):
            match = pattern.match(line)
            if match:
                rest = line[match.end() :].strip()
                if 2 <= len(rest) <= 40 and "。" not in rest.rstrip("。"):
                    found.append(index)
                break
    return found


def headings_without_full_stop(text: str) -> str:
    """(一)加强组织领导。 → (一)加强组织领导."""
    lines = text.split("\n")
    for index in _heading_lines(text):
        lines[index] = lines[index].rstrip().rstrip("。")
    return "\n".join(lines)


def headings_with_full_stop(text: str) -> str:
    """(一)加强组织领导 → (一)加强组织领导。"""
    lines = text.split("\n")
    for index in _heading_lines(text):
        if not lines[index].rstrip().endswith("。"):
            lines[index] = lines[index].rstrip() + "。"
    return "\n".join(lines)


def levels_demoted(text: str) -> str:
    """一、/(一)/1. → 第一章/一、/（一）: each level printed in the style of the level above it, as
    a plan with chapters numbers its parts."""
    text = top_as_chapters(text)
    text = _renumbered(text, _SECOND, lambda m, n: f"{m[2]}、")
    return _renumbered(text, _THIRD, lambda m, n: f"（{chinese_number(int(m[2]))}）")


def _numbered(line: str) -> int | None:
    """The level (0, 1, 2) of a line numbered 一、 / (一) / 1., or None."""
    return next((i for i, p in enumerate((_TOP, _SECOND, _THIRD)) if p.match(line)), None)


def headings_apart_from_text(text: str) -> str:
    """1.超前布局基础研究。布局… → "1.超前布局基础研究" and its text on the next line: a numbered
    item's heading phrase (up to 30 characters) on a line of its own."""
    lines = []
    for line in text.split("\n"):
        level = _numbered(line)
        pattern = (_TOP, _SECOND, _THIRD)[level] if level is not None else None
        head = pattern.match(line) if pattern else None
        body = line[head.end() :] if head else ""
        phrase = re.match(r"^([^。，,；;：:（(“\s]{2,30})。(?=\S)", body)
        if head and level and phrase:
            lines += [line[: head.end()] + phrase[1], body[phrase.end() :]]
        else:
            lines.append(line)
    return "\n".join(lines)


def headings_joined_to_text(text: str) -> str:
    """A numbered heading on a line of its own over one paragraph (and nothing numbered under it)
    → one line "(一)加强组织领导。成立…"."""
    lines = [line for line in text.split("\n") if line.strip()]
    out, index = [], 0
    while index < len(lines):
        line, level = lines[index], _numbered(lines[index])
        after = lines[index + 2] if index + 2 < len(lines) else None
        rest = line[(_TOP, _SECOND, _THIRD)[level].match(line).end() :] if level else ""
        joins = (
            level
            and 2 <= len(rest.rstrip("。")) <= 30
            and "。" not in rest.rstrip("。")
            and index + 1 < len(lines)
            and _numbered(lines[index + 1]) is None
            and (after is None or (_numbered(after) is not None and _numbered(after) <= level))
        )
        if joins:
            out.append(line.rstrip().rstrip("。") + "。" + lines[index + 1].strip())
            index += 2
        else:
            out.append(line)
            index += 1
    return "\n".join(out)


def named_items_with_colon(text: str) -> str:
    """产业培育。初步建成… → 产业培育：初步建成…: an unnumbered paragraph's short name (a named
    item, "X工程：…") set off by a colon."""
    return "\n".join(
        re.sub(r"^(\s*[^。，,；;：:（(“\s\d—]{2,24})。(?=\S)", r"\1：", line)
        if _numbered(line) is None
        else line
        for line in text.split("\n")
    )


def _named_items_numbered(text: str, number: Callable[[int, int], str]) -> str:
    """The named items under a numbered heading with no text of its own (Liuzhou's
    1. 加强基础理论知识研究。 → 深度学习理论。…) numbered as its sub-items:
    ``number(its number, k)``."""
    lines, parent, k = [], None, 0
    for line in text.split("\n"):
        level = _numbered(line)
        if level is not None:
            head = _THIRD.match(line)
            bare = head and "。" not in line[head.end() :].rstrip().rstrip("。")
            parent = int(head[2]) if level == 2 and bare else None
            k = 0
        elif parent is not None and re.match(r"^\s*[^。，,；;：:（(“\s\d—]{2,24}。\S", line):
            k += 1
            line = number(parent, k) + line.strip()
        elif line.strip():
            parent = None
        lines.append(line)
    return "\n".join(lines)


def named_items_as_dotted(text: str) -> str:
    """深度学习理论。… under 1. → 1.1 深度学习理论。…"""
    return _named_items_numbered(text, lambda n, k: f"{n}.{k} ")


def named_items_as_hyphenated(text: str) -> str:
    """→ 1-1 深度学习理论。…"""
    return _named_items_numbered(text, lambda n, k: f"{n}-{k} ")


def named_items_as_bracketed_pairs(text: str) -> str:
    """→ （1-1）深度学习理论。…"""
    return _named_items_numbered(text, lambda n, k: f"（{n}-{k}）")


# ---------------------------------------------------------------------------------------------
# Targets

_UNITS = r"(?:亿元|万元|个|家|项|名|所|座|条|款|部|套|人)"
_PLAIN = r"(?<![\d.．\-—~～至到〔年])"


def at_least_before(text: str) -> str:
    """500家以上 → 不少于500家."""
    return re.sub(rf"{_PLAIN}(\d+(?:\.\d+)?)\s*({_UNITS})以上", r"不少于\1\2", text)


def exceeding_as_breaking(text: str) -> str:
    """超过500亿元 → 突破500亿元."""
    return re.sub(r"超过(?=\d)", "突破", text)


def exceeding_in_short(text: str) -> str:
    """超过500亿元 → 超500亿元."""
    return re.sub(r"超过(?=\d)", "超", text)


def money_in_ten_thousand_hundred_millions(text: str) -> str:
    """2000亿元 → 0.2万亿元: a sum of whole thousands of 亿元 written on the 万亿 scale."""

    def scaled(m: re.Match) -> str:
        return f"{int(m[1]) / 10000:g}万亿元"

    return re.sub(rf"{_PLAIN}([1-9]\d*000)亿元", scaled, text)


def ranges_with_zhi(text: str) -> str:
    """1-2个 → 1至2个."""
    return re.sub(rf"{_PLAIN}(\d+)\s*[-—－~～]\s*(\d+)(?=\s*(?:{_UNITS}|%))", r"\1至\2", text)


def ranges_with_dash(text: str) -> str:
    """1-2个 → 1—2个 (an em dash)."""
    return re.sub(rf"{_PLAIN}(\d+)\s*[-－~～至]\s*(\d+)(?=\s*(?:{_UNITS}|%))", r"\1—\2", text)


def digits_full_width(text: str) -> str:
    """500家, 2022年, 1. → ５００家, ２０２２年, １．: every digit (and an item number's dot)
    printed full-width, as some Word documents type them."""
    text = re.sub(r"(?m)^(\s*\d{1,2})\.", r"\1．", text)
    return text.translate({ord(d): ord(d) - ord("0") + ord("０") for d in "0123456789"})


# An official document's line (GB/T 9704): 28 characters; marks that may not start a line stay
# at the end of the one before (the typesetting rule of Chinese text).
_LINE_WIDTH = 56
_NOT_LINE_START = "，。、；：！？）》”’,.;:!?)"


def lines_broken_at_page_width(text: str) -> str:
    """Each paragraph broken wherever an official page's line of 28 characters ends (an ASCII
    character counts half), mid-sentence, inside names and annotations, without indents: a PDF's
    text as copied from it or saved as text."""
    lines = []
    for paragraph in text.split("\n"):
        if "|" in paragraph:  # a table's row: a PDF prints it in the table's cells, not wrapped
            lines.append(paragraph)
            continue
        line, used = "", 0
        for char in paragraph:
            width = 2 if unicodedata.east_asian_width(char) in "WF" else 1
            if used + width > _LINE_WIDTH and char not in _NOT_LINE_START:
                lines.append(line)
                line, used = "", 0
            line, used = line + char, used + width
        lines.append(line)
    return "\n".join(lines)


def per_year_as_annual(text: str) -> str:
    """每年形成…2项以上 → 年均形成…2项以上."""
    return re.sub(r"每年(?=[^，,。；;]*\d)", "年均", text)


def numerals_in_chinese(text: str) -> str:
    """500家 → 五百家, 2000亿元 → 两千亿元: whole numbers of a counted unit in Chinese numerals
    (not in ranges, years or codes)."""

    def chinese(m: re.Match) -> str:
        return chinese_number(int(m[1])) + m[2]

    return re.sub(
        rf"{_PLAIN}(?<![A-Za-z])([1-9]\d{{0,7}})(?![\d.．\-—~～])\s*({_UNITS})", chinese, text
    )


def deadline_year_end(text: str) -> str:
    """到2022年， → 到2022年底，"""
    return re.sub(r"到(\d{4})年(?![底末])", r"到\1年底", text)


def deadline_in_each_goal(text: str) -> str:
    """The goals part's "到2022年，" said once before its items → said in each item that commits
    to a figure instead ("到2022年，培育…500家以上")."""
    lines, in_goals, year = text.split("\n"), False, None
    for index, line in enumerate(lines):
        if _TOP.match(line):
            in_goals, year = "目标" in line, None
            continue
        if not in_goals:
            continue
        stated = re.search(r"到(\d{4})年[底末]?[，,]", line)
        if year is None and stated:
            year = stated[1]
            lines[index] = line[: stated.start()] + line[stated.end() :]
        elif year and re.search(rf"\d+\s*{_UNITS}", line) and "到" not in line:
            # after the item's number and its name (产业培育。), before what it commits to
            head = re.match(
                r"^(\s*(?:——|[(（][一二三四五六七八九十]+[)）])?\s*(?:[^。，,；;：:\d]{2,24}。)?)",
                line,
            )
            lines[index] = head[1] + f"到{year}年，" + line[head.end() :]
    return "\n".join(lines)


def goal_items_as_dashes(text: str) -> str:
    """(一)产业培育。… / 1.… under the goals part → ——产业培育。…: goal items as dash bullets."""
    lines, in_goals = text.split("\n"), False
    for index, line in enumerate(lines):
        if _TOP.match(line):
            in_goals = "目标" in line
        elif in_goals and (_SECOND.match(line) or _THIRD.match(line)):
            pattern = _SECOND if _SECOND.match(line) else _THIRD
            lines[index] = pattern.match(line)[1] + "——" + line[pattern.match(line).end() :]
    return "\n".join(lines)


def goal_dashes_as_items(text: str) -> str:
    """——加强科技创新体系建设。… under the goals part → (一)加强科技创新体系建设。…"""
    lines, in_goals, n = text.split("\n"), False, 0
    for index, line in enumerate(lines):
        if _TOP.match(line):
            in_goals, n = "目标" in line, 0
        elif in_goals and re.match(r"^\s*——", line):
            n += 1
            lines[index] = f"({chinese_number(n)})" + re.sub(r"^\s*——\s*", "", line)
    return "\n".join(lines)


def goals_striven_for(text: str) -> str:
    """A goal clause committing to a figure opened by 力争 (培育…500家以上 → 力争培育…500家以上),
    in the goals part (一、…目标) or section ((四)发展目标) only."""
    lines, level = text.split("\n"), None  # the goals' heading level, while in them
    for index, line in enumerate(lines):
        if _TOP.match(line):
            level = 0 if "目标" in line else None
            continue
        if _SECOND.match(line) and level != 0:
            level = 1 if "目标" in line else None
            continue
        if level is not None:
            lines[index] = re.sub(
                rf"(^|[，,；;。])(?!力争)([^，,；;。\d]{{2,30}}?\d+\s*{_UNITS})",
                r"\1力争\2",
                line,
            )
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# The registry

REWRITES: dict[str, Callable[[str], str]] = {
    "annotations_as_verbs": annotations_as_verbs,
    "annotations_as_duty": annotations_as_duty,
    "annotations_lead_then_responsible": annotations_lead_then_responsible,
    "annotations_labelled": annotations_labelled,
    "annotations_in_tortoise_brackets": annotations_in_tortoise_brackets,
    "annotations_in_square_brackets": annotations_in_square_brackets,
    "annotations_in_full_width_square_brackets": annotations_in_full_width_square_brackets,
    "annotations_on_own_line": annotations_on_own_line,
    "annotations_after_title": annotations_after_title,
    "annotations_with_generic_partners": annotations_with_generic_partners,
    "annotations_supporting_and_others": annotations_supporting_and_others,
    "annotations_with_labels_in_brackets": annotations_with_labels_in_brackets,
    "annotations_first_listed_leads": annotations_first_listed_leads,
    "annotations_list_prefix_shared": annotations_list_prefix_shared,
    "annotations_names_run_together": annotations_names_run_together,
    "annotations_to_division_table": annotations_to_division_table,
    "tasks_to_annex_table": tasks_to_annex_table,
    "top_as_chapters": top_as_chapters,
    "second_full_width": second_full_width,
    "third_as_articles": third_as_articles,
    "third_as_parenthesised": third_as_parenthesised,
    "third_as_circled": third_as_circled,
    "third_with_dunhao": third_with_dunhao,
    "third_with_full_stop": third_with_full_stop,
    "third_continuous": third_continuous,
    "headings_without_full_stop": headings_without_full_stop,
    "headings_with_full_stop": headings_with_full_stop,
    "levels_demoted": levels_demoted,
    "headings_apart_from_text": headings_apart_from_text,
    "headings_joined_to_text": headings_joined_to_text,
    "named_items_with_colon": named_items_with_colon,
    "named_items_as_dotted": named_items_as_dotted,
    "named_items_as_hyphenated": named_items_as_hyphenated,
    "named_items_as_bracketed_pairs": named_items_as_bracketed_pairs,
    "at_least_before": at_least_before,
    "exceeding_as_breaking": exceeding_as_breaking,
    "exceeding_in_short": exceeding_in_short,
    "money_in_ten_thousand_hundred_millions": money_in_ten_thousand_hundred_millions,
    "ranges_with_zhi": ranges_with_zhi,
    "ranges_with_dash": ranges_with_dash,
    "numerals_in_chinese": numerals_in_chinese,
    "digits_full_width": digits_full_width,
    "lines_broken_at_page_width": lines_broken_at_page_width,
    "per_year_as_annual": per_year_as_annual,
    "goals_striven_for": goals_striven_for,
    "goal_items_as_dashes": goal_items_as_dashes,
    "goal_dashes_as_items": goal_dashes_as_items,
    "deadline_year_end": deadline_year_end,
    "deadline_in_each_goal": deadline_in_each_goal,
}


# A rewrite whose convention words a role differently: after 牵头单位：X the names labelled
# 责任单位 are responsible (the project's reading, tests/pilots/drafting/test_annotations.py), so
# the rewritten draft says "responsible" where the original says "supporting".
ROLES_REWORDED: dict[str, dict[str, str]] = {
    "annotations_lead_then_responsible": {"supporting": "responsible"},
}


# ---------------------------------------------------------------------------------------------
# What a draft says, to compare


def _title(text: str) -> str:
    return normalise(text).rstrip("。.;；:：")


def draft_content(data: dict) -> dict[str, list]:
    """What a rewrite must keep: sections (kind, title), tasks (kind, title) in print order,
    targets by value, unit, comparator, deadline and aggregation, agencies by name, and every
    (task, agency, role) assignment."""
    from pilots.plan_sections import tasks_in_print_order

    names = {a["code"]: a["name"] for a in data["agencies"]}
    tasks, assignments, sections = [], set(), []

    def walk(section: dict) -> None:
        sections.append((section.get("kind"), _title(section["title"])))
        for child in section.get("sections", []):
            walk(child)

    for section in data["sections"]:
        walk(section)
    for section, task in tasks_in_print_order(data["sections"]):
        title = _title(task["title"])
        tasks.append((section.get("kind"), title))
        for holder in [task, *task.get("clauses", [])]:
            for role in ROLES:
                assignments |= {(title, names[code], role) for code in holder.get(role, [])}
    measures = ("value", "value_max", "unit", "comparator", "deadline", "per_year", "aggregation")
    targets = sorted(
        (tuple(t.get(key) for key in measures) for goal in data["goals"] for t in goal["targets"]),
        key=repr,
    )
    return {
        "sections": sections,
        "tasks": tasks,
        "targets": targets,
        "agencies": sorted(names.values()),
        "assignments": sorted(assignments),
    }


def roles_reworded(content: dict, roles: dict[str, str]) -> dict:
    """The content with its assignments' roles renamed (``ROLES_REWORDED``)."""
    assignments = sorted({(t, a, roles.get(r, r)) for t, a, r in content["assignments"]})
    return {**content, "assignments": assignments}


def content_differences(original: dict, rewritten: dict) -> list[str]:
    """What the rewritten draft lost (-) or gained (+), measure by measure."""
    lines = []
    for measure in original:
        before, after = original[measure], rewritten[measure]
        if before == after:
            continue
        lost = [item for item in before if item not in after]
        gained = [item for item in after if item not in before]
        if not lost and not gained:
            lines.append(f"{measure}: same items in another order")
        lines += [f"{measure} - {item}" for item in lost]
        lines += [f"{measure} + {item}" for item in gained]
    return lines

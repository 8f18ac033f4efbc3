"""Sections and tasks, decided from the document itself rather than from fixed levels.

In a part that holds tasks (重点任务, 工程, 保障措施, or a thematic chapter), each numbered line is
either a *task* — with whatever is printed under it (sub-points (1)(2), paragraphs) — or a
*section* holding tasks. A line is a section when the lines under it are tasks: they carry their
own agency annotations, or it is a bare heading ("(一)实施人工智能技术创新工程") over numbered
items or named items ("深度学习理论。…", "数据要素工程：…"). A line that carries the annotation
itself, or has text of its own before its sub-points, is one task; an item whose heading names
the goals ("(一)科学确立三年行动目标。到2027年…") is a goal, never a task, wherever it stands.
Safeguard parts hold tasks only. Sections nest as deep as the document prints them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import pgettext

from pilots.drafting.annotations import annotations_in
from pilots.drafting.decimal_outline import numbering_joined
from pilots.drafting.goal_readings import cut_tail
from pilots.drafting.headings import (
    annotation_stripped,
    first_clause,
    heading_only,
    heading_phrase,
    heading_text,
    named_item,
)
from pilots.drafting.item_kinds import administration_item, goal_item, is_container
from pilots.drafting.labelled_entries import entry_title, labelled_entry
from pilots.drafting.lexicon import compiled
from pilots.drafting.named_items import annotation_only, named_items_under
from pilots.drafting.names import agency_names_split, looks_like_agency
from pilots.drafting.numbered_lines import Line
from pilots.drafting.outline import Node
from pilots.drafting.output import code_unique
from pilots.drafting.parts import Part
from pilots.drafting.section_annotations import section_annotation


@dataclass
class TaskDraft:
    code: str
    numbering: str | None
    title: str
    text: str
    notes: list[str] = field(default_factory=list)
    # Assignments as agency keys: task-level roles, or one clause per annotation.
    roles: dict[str, list[str]] = field(default_factory=dict)
    clauses: list[dict[str, Any]] = field(default_factory=list)
    due: str | None = None  # ISO date: its table's 完成时限 or its annotation's
    group_annotation: str | None = None  # a line after its group gives it roles (group_lines)


@dataclass
class SectionDraft:
    code: str
    numbering: str
    part: str
    title: str
    kind: str
    text: str | None
    tasks: list[TaskDraft] = field(default_factory=list)
    sections: list[SectionDraft] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    annotation: str | None = None  # written once for its tasks (section_annotations)

    def all_tasks(self) -> list[TaskDraft]:
        return self.tasks + [t for s in self.sections for t in s.all_tasks()]


_CODE_PIECE = {
    "cn_paren": "({n})",
    "stem_paren": "({n})",
    "digit_paren": "({n})",
    "digit_half_paren": "{n})",
    "box": "专栏{n}",
}


def code_piece(line: Line) -> str:
    if line.marker.startswith("第"):
        return line.marker  # 第二章, 第二部分, 第三条
    return _CODE_PIECE.get(line.style, "{n}").replace("{n}", line.number)


def sections_of(parts: list[Part]) -> list[SectionDraft]:
    sections: list[SectionDraft] = []
    for part in parts:
        if part.kind == "safeguard":
            sections += filter(None, [_safeguard_section(part)])
        elif part.kind in ("key_task", "engineering"):
            sections += _task_sections(part)
        elif part.kind in ("goals", "context") and (assigned := _assigned_goal_paragraphs(part)):
            sections.append(assigned)
    codes_made_unique(sections, {}, {})
    return sections


def _assigned_goal_paragraphs(part: Part) -> SectionDraft | None:
    """Paragraphs of an unnumbered goals part that carry an agency annotation (加快“新基建”，…开通
    5G基站25万个。（X牵头，Y参与）): work assigned in the goals, each also a task titled by its
    heading phrase; the part's other paragraphs are goals only — but for the series' next one
    when a copy cut inside it ends the text before its annotation."""
    node = part.node
    if node.children:
        return _assigned_goal_items(part)
    assigned = [p for p in node.paragraphs if annotations_in(p.line.raw)]
    if not assigned:
        return None
    last = node.paragraphs[-1]
    if (
        last is not assigned[-1]
        and node.paragraphs[-2] is assigned[-1]
        and cut_tail([last.line.raw])
    ):
        assigned.append(last)  # the series goes on into the end of a cut copy, its annotation lost
    code = code_piece(node.line)
    section = SectionDraft(code, part.marker, part.title, part.title, "key_task", None)
    section.notes.append(pgettext("review", "目标部分中带责任单位标注的段落已同时作为任务：请核对"))
    for k, paragraph in enumerate(assigned, 1):
        raw = paragraph.line.raw
        section.tasks.append(TaskDraft(f"{code}.{k}", None, first_clause(raw), raw))
    return section


def _assigned_goal_items(part: Part) -> SectionDraft | None:
    """Numbered items of a goals part, nothing numbered under them, that carry an agency
    annotation (1.地区生产总值增长7%以上。（责任领导：X；牵头单位：区发改局）, a division of the
    year's work report): each also a task; the unannotated items are goals only."""
    node = part.node
    if any(child.children for child in node.children):
        return None
    assigned = [child for child in node.children if child.annotated()]
    if not assigned:
        return None
    code = code_piece(node.line)
    section = SectionDraft(code, part.marker, part.title, part.title, "key_task", None)
    section.notes.append(pgettext("review", "目标部分中带责任单位标注的条目已同时作为任务：请核对"))
    for child in assigned:
        section.tasks.append(task_from(child, f"{code}.{code_piece(child.line)}"))
    return section


def codes_made_unique(sections: list[SectionDraft], section_codes: dict, task_codes: dict) -> None:
    """A number printed twice (two 二、 parts, a repeated 3.) gets -dup2 and a note; read again
    once sections are split (a task's run-on points made a section of its own take its code)."""
    for section in sections:
        section.code = _unique(section.code, section_codes, section.notes)
        for task in section.tasks:
            task.code = _unique(task.code, task_codes, task.notes)
        codes_made_unique(section.sections, section_codes, task_codes)


def _unique(code: str, used: dict[str, int], notes: list[str]) -> str:
    candidate = code_unique(code, used, "-dup")
    if candidate != code:
        notes.append(
            pgettext("review", "编号 %(code)s 在原文中出现两次：请核对编号") % {"code": code}
        )
    return candidate


def _task_sections(part: Part) -> list[SectionDraft]:
    """The part's numbered lines as sections, or the part as one section when they are tasks."""
    node, code = part.node, code_piece(part.node.line)
    kind = part.kind
    children = node.children
    if not any(is_container(child) for child in children):
        section = SectionDraft(code, part.marker, part.title, part.title, kind, None)
        _fill(section, node, nested=False)
        return [section]
    sections = []
    for child in children:
        if goal_item(child):
            continue
        child_code = f"{code}.{code_piece(child.line)}"
        numbering = numbering_joined(part.marker, child.line.marker)
        box_kind = "engineering" if child.line.style == "box" else kind  # 专栏N X重点工程
        section = SectionDraft(child_code, numbering, part.title, child.heading, box_kind, None)
        if is_container(child):
            _fill(section, child, nested=False)
        else:  # a task among sections: a section of its own holding it (三、(六) in Liuzhou)
            task = task_from(child, child_code)
            task.numbering, task.title = None, section.title
            section.tasks = [task]
        sections.append(section)
    intro = [p for p in node.paragraphs if not annotations_in(p.line.raw)]
    if intro and sections:
        sections[0].notes.append(pgettext("review", "该部分自身的引言段落不属于任何章节"))
    return sections


def _fill(section: SectionDraft, node: Node, *, nested: bool) -> None:
    """The tasks and sub-sections of one section, from the lines under its heading."""
    children = node.children
    first = next((i for i, n in enumerate(node.items) if n.numbered), len(node.items))
    before = {id(item) for item in node.items[:first]}  # the paragraphs before its first item
    intro = _inline_intro(node) + [p.line.raw for p in node.paragraphs if id(p) in before]
    section.annotation = section_annotation(node)
    if not children:
        section.tasks = _tasks_without_items(section, node, nested=nested)
        return
    if section.annotation and section.annotation not in intro:
        intro.append(section.annotation)  # from the heading's line: shown with the section
    section.text = "\n".join(intro) or None
    seen: dict[str, int] = {}
    for child in children:
        if goal_item(child) or administration_item(child):
            continue
        piece = code_piece(child.line)
        seen[piece] = seen.get(piece, 0) + 1
        code = f"{section.code}.{piece}" + (f"-dup{seen[piece]}" if seen[piece] > 1 else "")
        if is_container(child):
            sub = SectionDraft(
                code, child.line.marker, section.part, child.heading, section.kind, None
            )
            _fill(sub, child, nested=True)
            section.sections.append(sub)
        else:
            task = task_from(child, code)
            if seen[piece] > 1:
                task.notes.append(
                    pgettext("review", "编号 %(number)s 在本章节中出现两次")
                    % {"number": child.line.marker}
                )
            section.tasks.append(task)


def _inline_intro(node: Node) -> list[str]:
    """Text on a section's heading line after its heading phrase: "(一)强化…。围绕…"."""
    if node.line is None or node.heading_only:
        return []
    rest = node.body[len(node.heading) :].lstrip("。：:").strip()
    return [rest] if rest else []


def _tasks_without_items(section: SectionDraft, node: Node, *, nested: bool) -> list[TaskDraft]:
    """A heading with no numbered items: its named items, or the heading and its text as one."""
    named = named_items_under(node)
    if named is not None:
        if named.intro is not None:
            section.text = named.intro.line.raw
        return named_tasks(section.code, node, named.items, sub_heading=nested)
    text = node.text() if node.line else "\n".join(p.line.raw for p in node.paragraphs)
    if node.line and node.heading_only and node.paragraphs:
        text = "\n".join(p.line.raw for p in node.paragraphs)
    return [TaskDraft(section.code, None, section.title, text or section.title, _number_lost(node))]


def _number_lost(node: Node) -> list[str]:
    if node.line is None or not node.line.inferred:
        return []
    return [pgettext("review", "原文未印此条序号（其后从“二”编起）：按第一条起草，请核对")]


def named_tasks(
    code: str, node: Node, named: list[tuple[str | None, Node]], sub_heading
) -> list[TaskDraft]:
    """Named items under a heading: "1. 加强基础理论知识研究。" + "深度学习理论。…" …"""
    tasks: list[TaskDraft] = []
    task_of: dict[int, TaskDraft] = {}
    bullet = compiled("outline", "bullet")
    for name, paragraph in named:
        if name or not tasks:
            task_code = f"{code}-{len(tasks) + 1}" if sub_heading else f"{code}.{len(tasks) + 1}"
            note = pgettext("review", "未编号的带名称条目已作为一项任务：请核对拆分")
            raw = paragraph.line.raw
            led = bullet.match(raw)  # ——X工程。… / ●X：…: the bullet numbers the item, as gansu's
            marker, text = (led[1], raw[led.end() :]) if led else (None, raw)
            title = bullet.sub("", name or "")
            tasks.append(TaskDraft(task_code, marker, title, text, [note]))
        else:
            tasks[-1].text += "\n" + paragraph.line.raw
        task_of[id(paragraph)] = tasks[-1]
    # an annotation on a line of its own belongs to the item before it (责任单位：… after each)
    owner = tasks[0]
    for paragraph in node.paragraphs:
        if annotation_only(paragraph):
            owner.text += "\n" + paragraph.line.raw
        owner = task_of.get(id(paragraph), owner)
    return tasks


def task_from(node: Node, code: str) -> TaskDraft:
    """A numbered line as one task: its heading as title, everything under it as text; a task
    list's entry of labelled lines, the name after its label as title and every line as text (a
    task card's lines under its heading, which names it)."""
    if labelled_entry(node):
        text = node.text()
        if node.line.style == "card":
            text = "\n".join(p.line.raw for p in node.paragraphs)
        return TaskDraft(code, node.line.marker, entry_title(node), text, [])
    notes: list[str] = []
    title = _project_name(node)
    if title is None and (node.heading_only or heading_only(annotation_stripped(node.body))):
        title = heading_text(annotation_stripped(node.body))
    elif title is None:
        title = heading_phrase(node.body)
        if title is None:
            title = first_clause(node.body)
            notes.append(pgettext("review", "“。”前无标题短语：以第一个分句作标题，请精简"))
    notes += _number_lost(node)
    text = node.text()
    if node.heading_only and node.items:  # the heading is the title; the text is what follows
        text = "\n".join(n.line.raw for n in node.walk())
    return TaskDraft(code, node.line.marker, title, text, notes)


def _project_name(node: Node) -> str | None:
    """The name of an engineering box's item (智能工厂培育工程：到2028年，…)."""
    return named_item(node.body) if node.parent and node.parent.line.style == "box" else None


def _safeguard_section(part: Part) -> SectionDraft | None:
    """A safeguard part is one section; each of its numbered lines is a task, but a chapter whose
    numbered points carry their own annotations, a sub-section of those tasks. A numbered line
    with nothing under it but its own agency annotation (a task list's row "23.加强电力配套保障。
    推动算电协同…（牵头单位：…）") is a task itself, as under any other heading. Unnumbered
    paragraphs are tasks, but those addressed to the units (各责任单位要…): requirements, none; nor
    those administering the document (本措施所称…是指, 本措施自…起施行)."""
    node, code = part.node, code_piece(part.node.line)
    section = SectionDraft(code, part.marker, part.title, part.title, "safeguard", None)
    if not node.children and not node.paragraphs and node.annotated():
        _fill(section, node, nested=False)
        return section
    for child in node.children:
        if administration_item(child):
            continue
        child_code = f"{code}.{code_piece(child.line)}"
        if is_container(child) and any(point.annotated() for point in child.children):
            # 三、保障措施 → （六）强化组织保障 → 22.…（X、Y）: a chapter of annotated points
            sub = SectionDraft(child_code, child.line.marker, part.title, child.heading,
                               "safeguard", None)  # fmt: skip
            _fill(sub, child, nested=True)
            section.sections.append(sub)
        else:
            section.tasks.append(task_from(child, child_code))
    if not node.children:
        requirement = compiled("outline", "requirement_paragraph")
        for paragraph in node.paragraphs:
            body, title = paragraph.line.body, heading_phrase(paragraph.line.body)
            addressed = requirement.match(body)  # its first sentence no heading when the units
            addressed = addressed and (title is None or _units(addressed[0][:-1]))  # open it
            administering = compiled("outline", "administration_item").match(body.strip())
            if addressed or administering or compiled("outline", "contact_line").match(body):
                continue  # 各责任单位要…: a requirement on the units; 本措施自…起施行, 联系人：…
            task = TaskDraft(f"{code}.{len(section.tasks) + 1}", None, title or first_clause(body),
                             paragraph.line.raw, [pgettext("review", "未编号段落")])  # fmt: skip
            section.tasks.append(task)
        if node.paragraphs and not section.tasks:
            return None  # a part of requirements only (三、工作要求): no section
    return section


def _units(subject: str) -> bool:
    """各牵头单位, 各区县、各有关部门, 市财政局: units addressed, not the words of a heading."""
    names = agency_names_split(subject)
    return subject.startswith("各") or (bool(names) and all(map(looks_like_agency, names)))

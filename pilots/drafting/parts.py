"""Parts: the top level of a plan's outline and what each holds (goals, context, tasks,
safeguards), decided by the words of its title (data/outline.yaml part_kinds) and by what it
holds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pilots.drafting.deadlines import deadlines_in
from pilots.drafting.goal_targets import targets_of
from pilots.drafting.headings import heading_only, heading_phrase, heading_text
from pilots.drafting.lexicon import compiled, table
from pilots.drafting.outline import Node


@dataclass
class Part:
    node: Node
    # goals / context / key_task / engineering / safeguard / schedule / requirements
    kind: str | None

    @property
    def title(self) -> str:
        return heading_text(self.node.heading)

    @property
    def marker(self) -> str:
        return self.node.line.marker


def part_kind(title: str) -> str | None:
    """What a part holds, by the words of its title (data/outline.yaml part_kinds)."""
    for rule in table("outline")["part_kinds"]:
        if re.search(rule["pattern"], title) and not (
            rule.get("exclude") and re.search(rule["exclude"], title)
        ):
            return rule["kind"]
    return None


def parts_of(root: Node) -> tuple[list[Node], list[Part]]:
    """The paragraphs before the first numbered line, and the top-level numbered lines.

    A part without a keyword is a thematic chapter of tasks (二、推动全方位赋能重点行业) when it
    holds numbered items or agency annotations, or follows such a chapter; otherwise context.
    """
    preamble = root.items[: _first(root)]
    parts: list[Part] = []
    for node in root.children:
        kind = part_kind(node.heading)
        if kind is None:
            holds_tasks = node.children or any(n.annotated() for n in [node, *node.walk()])
            after_tasks = any(p.kind == "key_task" for p in parts)  # 一、…二、… of 若干措施
            kind = "key_task" if holds_tasks or after_tasks else "context"
        elif kind == "schedule" and any(n.annotated() for n in [node, *node.walk()]):
            kind = "key_task"  # stages each assigned to someone: work items
        elif kind == "context" and _items_annotated(node):
            kind = "key_task"  # 二、夯实发展基础: its items carry agencies, no review does
        elif kind == "key_task" and _goals_only(node):
            kind = "goals"  # 一、目标任务 holding only its goal paragraphs
        elif kind in ("key_task", "safeguard") and _goals_by_content(node):
            kind = "goals"  # 一、行动愿景, 一、工作要求 holding the dated goal figures
        elif kind in ("key_task", "safeguard") and _guiding_only(node):
            kind = "context"  # 一、工作要求 holding only the guiding formula (以…为指导)
        elif kind == "safeguard" and parts and _numbered_on(parts[-1], node):
            kind = "key_task"  # 五、强化要素保障 of items 30.–34. after 1.–29.: work items
        parts.append(Part(node, kind))
    return preamble, _explained(_measures_found(_requirements_found(parts)))


def _requirements_found(parts: list[Part]) -> list[Part]:
    """A requirements part (三、工作要求) after a safeguard part (二、保障措施) tells the
    departments how to carry the plan out (各部门要…): no work items, no section. Alone it is
    the safeguards — also after a part titled for a 保障 whose every item carries its own roles
    (三、加强人才和安全保障, each item's "牵头单位：X"): that part is work assigned as tasks are."""
    rule = compiled("outline", "requirements_part")
    found: list[Part] = []
    for part in parts:
        after = any(p.kind == "safeguard" and not _assigned(p) for p in found)
        requirements = part.kind == "safeguard" and rule.search(part.title)
        found.append(Part(part.node, "requirements") if after and requirements else part)
    return found


def _explained(parts: list[Part]) -> list[Part]:
    """A plan's explainer (政策解读: 一、起草背景 二、主要内容 …) numbers its own account of the
    plan: none of its parts holds tasks or safeguards; the goals it quotes stay goals."""
    explainer = compiled("outline", "explainer_part")
    if not any(explainer.search(p.node.heading) for p in parts):
        return parts
    return [p if p.kind == "goals" else Part(p.node, "context") for p in parts]


def _numbered_on(before: Part, node: Node) -> bool:
    """The part's first item numbers on from the last item of the part of tasks before it (30.
    after 29.): a work plan's items numbered across its groups, this one a group of them too,
    whatever its title says (强化要素保障)."""
    first = next((n for n in node.children if n.numbered), None)
    if before.kind != "key_task" or first is None:
        return False
    number = re.fullmatch(r"(\d+)(\D*)", first.line.marker.strip())
    if not number or int(number[1]) < 2:
        return False
    previous = f"{int(number[1]) - 1}{number[2]}"
    items = [n.line.marker.strip() for n in before.node.walk() if n.numbered]
    return bool(items) and items[-1] == previous


def _assigned(part: Part) -> bool:
    """Not a part of measures (保障措施) but one titled for what it secures, its items assigned."""
    return "措施" not in part.title and _assigned_items(part.node)


def _assigned_items(node: Node) -> bool:
    """The part holds numbered items and every one names agencies in an annotation of its own."""
    items = [n for n in node.children if n.numbered]
    return bool(items) and all(n.annotated() for n in items)


def _items_annotated(node: Node) -> bool:
    """A numbered item under the part names agencies in an annotation (its own lines)."""
    return any(n.numbered and n.annotated() for n in node.walk())


def _goals_only(node: Node) -> bool:
    """A part named for goals and tasks (目标任务) with no numbered item and no annotation."""
    named = table("outline")["goals_heading"] in node.heading
    return named and not node.children and not any(n.annotated() for n in [node, *node.walk()])


def _goals_by_content(node: Node) -> bool:
    """A part holding no numbered item and no annotation, one of whose paragraphs opens with a
    date and states figures ("到2027年，…打造50个以上…", "2027年，…普及率超75%"): the plan's goals,
    whatever its title says (行动愿景, 工作要求 over 指导思想 and the goals), not tasks."""
    if node.children or any(n.annotated() for n in [node, *node.walk()]):
        return False
    reach = table("outline")["goal_paragraph_date_within"]
    for paragraph in node.paragraphs:
        text = paragraph.line.body
        dated = deadlines_in(text)
        if dated and dated[0][0] <= reach and targets_of(text[dated[0][0] :], None, dated[0][1])[0]:
            return True
    return False


def _guiding_only(node: Node) -> bool:
    """A part with no numbered item and no annotation whose first paragraph states the guiding
    formula (坚持以…思想为指导，…): the plan's principles, not tasks or safeguards."""
    if node.children or not node.paragraphs or any(n.annotated() for n in node.walk()):
        return False
    return bool(compiled("outline", "guiding_formula").search(node.paragraphs[0].line.body))


def _measures_found(parts: list[Part]) -> list[Part]:
    """若干措施 printed as 一、X。text… 二、Y。text… (or 一、X。 on a line over its text): parts
    with no keyword, each a heading sentence and its text, in a document with no part of tasks,
    are the measures (tasks) — also a copy cut off after its first one."""
    if any(p.kind in ("key_task", "engineering") for p in parts):
        return parts
    plain = [p for p in parts if part_kind(p.node.heading) is None]
    inline = [p for p in plain if _measure_heading(p.node) and not p.node.children]
    if not inline or len(inline) < len(plain):
        return parts
    return [Part(p.node, "key_task") if p in inline else p for p in parts]


def _measure_heading(node: Node) -> bool:
    """一、X。text…, or 一、X。 on a line of its own with its text in the paragraphs under it."""
    if heading_phrase(node.body):
        return True
    return node.body.endswith("。") and heading_only(node.body) and bool(node.paragraphs)


def _first(root: Node) -> int:
    return next((i for i, n in enumerate(root.items) if n.numbered), len(root.items))

"""Items a plan prints before any numbered line: unnumbered named paragraphs holding agency
annotations (a news page quoting the plan's items, a copy that dropped their numbers)."""

from __future__ import annotations

import re

from django.utils.translation import pgettext

from pilots.drafting.headings import named_item
from pilots.drafting.outline import Node
from pilots.drafting.sections import SectionDraft, TaskDraft


def opening_tasks(preamble: list[Node]) -> list[SectionDraft]:
    """Unnumbered paragraphs before any numbered line, each a short name ending in 。 over its
    text ("“人工智能+”教育教学。深入推进…（X牵头，Y等按职责分工负责）"), a run of them holding
    an agency annotation: the plan's items printed without numbering (a news page quoting them,
    a copy that dropped the numbers), each a task; the paragraphs around them are no items."""
    runs: list[list[Node]] = [[]]
    for node in preamble:
        name = node.line and not node.numbered and named_item(node.line.raw)
        if name and not re.search(r"[〔【\[]|单位|部门", name):  # 〔牵头单位：X〕 names no item
            runs[-1].append(node)
        elif runs[-1]:
            runs.append([])
    items = [n for run in runs if any(n.annotated() for n in run) for n in run]
    if not items:
        return []
    section = SectionDraft("items", "", "重点任务", "重点任务", "key_task", None)
    section.notes.append(
        pgettext("review", "未编号条目不属于任何部分：已归入标题为“重点任务”的章节，请核对")
    )
    for k, node in enumerate(items, 1):
        note = [pgettext("review", "未编号的带名称条目已作为一项任务：请核对拆分")]
        raw = node.line.raw
        section.tasks.append(TaskDraft(f"items.{k}", None, named_item(raw) or "", raw, note))
    return [section]

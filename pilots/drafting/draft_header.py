"""The header of a plan fixture draft: where it was drafted from, what was found, what the
cleaning did, and the review notes about the document as a whole."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _, pgettext

from pilots.drafting.annotation_roles import AnnotationRules
from pilots.drafting.annotations import annotations_in
from pilots.drafting.cleaning import CleanedText
from pilots.drafting.lexicon import table
from pilots.drafting.output import Draft


def draft_header(
    draft: Draft,
    cleaned: CleanedText,
    source_file: str,
    rules: AnnotationRules,
    written_once: int,
) -> list[str]:
    """``written_once``: the annotations sections write for their tasks, and the division
    table's rows naming tasks, carried by them."""
    data = draft.data
    tasks = task_texts(data["sections"])
    targets = sum(len(g["targets"]) for g in data["goals"])
    annotations = len(annotations_in(cleaned.text))
    carried = sum(len(annotations_in(text)) for text in tasks) + written_once
    header = [
        _("%(title)s — 规划文件草稿（格式 1；见 README “Plan fixtures”）。")
        % {"title": data["plan"]["title"]},
        _("由 `manage.py draft_plan` 从 %(file)s 起草。每条 `# review:` 标出一处推测，")
        % {"file": source_file},
        _("载入前请对照原文核对；核对后删去该条。"),
        _(
            "找到：%(sections)s 个部分，%(tasks)s 项任务，%(agencies)s 个单位，"
            "%(goals)s 个目标，%(targets)s 个指标；%(reviews)s 条待核对。"
        )
        % {
            "sections": len(data["sections"]),
            "tasks": len(tasks),
            "agencies": len(data["agencies"]),
            "goals": len(data["goals"]),
            "targets": targets,
            "reviews": draft.review_count,
        },
    ]
    header += [_("清理：%(note)s。") % {"note": note} for note in cleaned.notes]
    doubts = [pgettext("review", "%(note)s。") % {"note": note} for note in rules.notes]
    if annotations > carried:  # rows of an annex list add units the brackets do not hold
        doubts.append(pgettext("review", "原文有 %(annotations)s 处单位标注，其中 %(carried)s 处"
                               "在任务文本内：其余不属于任何任务。")
                      % {"annotations": annotations, "carried": carried})  # fmt: skip
    plan_words = table("documents")["plan_words"]
    implements = re.search(
        rf"(贯彻落实|落实)《([^《》]+{plan_words})》[(（]([^()（）]+号)[)）]", cleaned.text[:3000]
    )
    if implements and implements[2] != data["plan"]["title"]:
        doubts.append(pgettext("review", "是否落实《%(title)s》（%(number)s）？"
                               "如该规划已载入，请将 plan.implements 设为其代码。")
                      % {"title": implements[2], "number": implements[4]})  # fmt: skip
    return header + ["review: " + doubt for doubt in doubts]


def task_texts(sections: list[dict]) -> list[str]:
    texts = []
    for section in sections:
        texts += [t["text"] for t in section.get("tasks", [])]
        texts += task_texts(section.get("sections", []))
    return texts

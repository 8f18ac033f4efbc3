"""Reading a draft for its review page: the outline of its data, its ``# review:`` notes with
their places in it (``pilots.draft_yaml``), and the source text with every passage marked."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext as _, gettext_lazy, pgettext

from pilots.draft_yaml import PATH_PIECE, Review, draft_reviews
from pilots.drafting.passages import Passage, passages_locate
from pilots.drafting.target_owners import owner_marked
from pilots.languages import english_ui
from pilots.numbering import numberings_printed
from pilots.plan_fixtures import PlanFixtureInvalid, plan_document_parse
from pilots.plan_sections import section_children
from pilots.review_notes import review_note_html
from pilots.roles import ROLES, AgencyRole

# The review page of an unchanged draft is kept this long (it depends on nothing else).
REVIEW_PAGE_SECONDS = 60 * 60
# Marks drawn inside a passage (a task or goal) rather than around one.
INNER = frozenset({"target", "annotation"})


def anchor(path: str) -> str:
    return Passage("", path, 0, 0).anchor


@dataclass
class OutlineItem:
    kind: str  # section, task, goal, target
    path: str
    label: str
    numbering: str = ""
    detail: str = ""
    found: bool = False
    children: list[OutlineItem] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return anchor(self.path)


def draft_outline(data: dict[str, Any], passages: list[Passage]) -> dict[str, Any]:
    """What the draft holds, for the page beside the source: plan, agencies, goals with their
    targets, sections with their tasks (and who does each), each marked found or not."""
    found = {p.path for p in passages}
    names = {a["code"]: (a.get("aliases") or [a["name"]])[0] for a in data.get("agencies", [])}
    goals = []
    numbers = numberings_printed([g.get("numbering", "") for g in data.get("goals", [])])
    for index, (goal, number) in enumerate(zip(data.get("goals", []), numbers, strict=True)):
        item = OutlineItem("goal", f"goals[{index}]", goal["title"], number)
        item.found = item.path in found
        for number, target in enumerate(goal.get("targets", [])):
            path = f"{item.path}.targets[{number}]"
            item.children.append(OutlineItem(
                "target", path, target["metric"], target["code"], _target_detail(target, names),
                found=path in found,
            ))  # fmt: skip
        goals.append(item)
    return {
        "plan": data.get("plan", {}),
        "zone": data.get("zone", {}),
        "agencies": [(anchor(f"agencies[{i}]"), a) for i, a in enumerate(data.get("agencies", []))],
        "goals": goals,
        "sections": _sections(data.get("sections", []), "sections", found, names),
    }


_COMPARATORS = {"gte": "≥", "gt": ">", "eq": "=", "approx": "≈", "lte": "≤", "lt": "<"}


def _target_detail(target: dict, names: dict) -> str:
    """The target's figure, its deadline and who owns it (reports its value once loaded)."""
    value = f"{target['value']:g}" if isinstance(target["value"], float) else target["value"]
    if target["comparator"] == "range":
        shown = f"{value}–{target['value_max']}"
    else:
        shown = f"{_COMPARATORS[target['comparator']]} {value}"
    per_year = _("每年") if target.get("per_year") else ""
    owner = target.get("owner")
    owned = (
        pgettext("target owner", "责任单位：%(name)s") % {"name": names.get(owner, owner)}
        if owner
        else _("未指定责任单位")
    )
    return f"{per_year}{shown} {target['unit']} ({target['deadline']}) · {owned}"


def _sections(sections: list, path: str, found: set[str], names: dict) -> list[OutlineItem]:
    return [
        _section(section, f"{path}[{index}]", found, names)
        for index, section in enumerate(sections)
    ]


def _section(section: dict, here: str, found: set[str], names: dict) -> OutlineItem:
    """A section with its tasks and sub-sections in print order (``section_children``)."""
    item = OutlineItem("section", here, section["title"], section.get("numbering", ""),
                       found=here in found)  # fmt: skip
    places = {
        id(child): f"{here}.{key}[{number}]"
        for key in ("tasks", "sections")
        for number, child in enumerate(section.get(key, []))
    }
    for kind, child in section_children(section):
        child_path = places[id(child)]
        if kind == "section":
            item.children.append(_section(child, child_path, found, names))
            continue
        item.children.append(OutlineItem(
            "task", child_path, child["title"], child.get("numbering", ""),
            _roles_detail(child, names), found=child_path in found,
        ))  # fmt: skip
    return item


def _roles_detail(task: dict, names: dict) -> str:
    parts = []
    for entry in [task, *task.get("clauses", [])]:
        for role in ROLES:
            if entry.get(role):
                agencies = "、".join(names.get(code, code) for code in entry[role])
                parts.append(f"{AgencyRole(role).label}: {agencies}")
    return "; ".join(dict.fromkeys(parts))


def review_place(path: str, anchors: set[str]) -> str | None:
    """The anchor of the nearest item of the outline a note's path is in."""
    pieces = PATH_PIECE.findall(path)
    while pieces:
        here = "".join(f"[{i}]" if i else f".{k}" for k, i in pieces).lstrip(".")
        if anchor(here) in anchors:
            return anchor(here)
        pieces.pop()
    return None


def outline_anchors(outline: dict[str, Any]) -> set[str]:
    anchors = {"plan", "agencies", "goals", "sections"} | {a for a, _ in outline["agencies"]}

    def walk(items):
        for item in items:
            anchors.add(item.anchor)
            walk(item.children)

    walk(outline["goals"])
    walk(outline["sections"])
    return anchors


def source_marked(text: str, passages: list[Passage], *, back: bool = True) -> SafeString:
    """The source text as HTML, each passage a focusable element with the id ``src-…`` (tasks
    and goals around, targets and annotations inside them), escaped everywhere else."""
    outer = _without_overlaps([p for p in passages if p.kind not in INNER])
    inner = _without_overlaps([p for p in passages if p.kind in INNER])
    inner = [_clipped(p, outer) for p in inner]
    opens: dict[int, list[Passage]] = {}
    closes: dict[int, list[Passage]] = {}
    for passage in outer + [p for p in inner if p is not None]:
        opens.setdefault(passage.start, []).append(passage)
        closes.setdefault(passage.end, []).append(passage)
    pieces: list[str] = []
    # An indicator table's owner marks (〘区工信局〙) are the reader's, not the document's words.
    hidden = [(found.start(), found.end()) for found in owner_marked().finditer(text)]
    cuts = sorted({0, len(text), *opens, *closes})
    for at, stop in zip(cuts, [*cuts[1:], None], strict=True):
        for passage in sorted(closes.get(at, []), key=lambda p: p.kind not in INNER):
            pieces.append(_close(passage, back))
        for passage in sorted(opens.get(at, []), key=lambda p: p.kind in INNER):
            pieces.append(_open(passage))
        if stop is not None:
            pieces.append(escape(_shown(text, at, stop, hidden)))
    return mark_safe("".join(pieces))  # every piece of text above is escaped


def _shown(text: str, start: int, stop: int, hidden: list[tuple[int, int]]) -> str:
    """text[start:stop] less the hidden spans it overlaps."""
    kept, at = [], start
    for left, right in hidden:
        if right <= at or left >= stop:
            continue
        kept.append(text[at:left] if left > at else "")
        at = max(at, right)
    return "".join(kept) + (text[at:stop] if at < stop else "")


def _without_overlaps(passages: list[Passage]) -> list[Passage]:
    kept: list[Passage] = []
    for passage in sorted(passages, key=lambda p: (p.start, -p.end)):
        if kept and passage.start < kept[-1].end:
            if passage.end <= kept[-1].end:
                continue
            passage = Passage(passage.kind, passage.path, kept[-1].end, passage.end)
        kept.append(passage)
    return kept


def _clipped(passage: Passage, outer: list[Passage]) -> Passage | None:
    for around in outer:
        if around.start < passage.end and passage.start < around.end:
            start, end = max(passage.start, around.start), min(passage.end, around.end)
            if (start, end) != (passage.start, passage.end):
                return Passage(passage.kind, passage.path, start, end) if start < end else None
    return passage


_KIND_LABELS = {"section": gettext_lazy("章节"), "goal": gettext_lazy("目标"),
                "task": gettext_lazy("任务"), "target": gettext_lazy("指标"),
                "annotation": gettext_lazy("责任单位标注")}  # fmt: skip


def _open(passage: Passage) -> str:
    tag = "mark" if passage.kind in INNER else "span"
    identity = "" if passage.kind == "annotation" else format_html(' id="src-{}"', passage.anchor)
    return format_html(
        '<{} class="passage passage-{}"{} tabindex="-1" data-label="{}">',
        tag, passage.kind, identity, _KIND_LABELS[passage.kind],
    )  # fmt: skip


def _close(passage: Passage, back: bool) -> str:
    tag = "mark" if passage.kind in INNER else "span"
    link = ""
    if back and passage.kind not in ("annotation",):
        # Inside the document's Chinese: the page's own words say their language.
        page_language = format_html(' lang="{}"', get_language()) if english_ui() else ""
        link = format_html(
            '<a class="back" href="#d-{}" aria-label="{}"{}>↩</a>',
            passage.anchor, _("回到草稿中的此项"), page_language,
        )  # fmt: skip
    return f"{link}</{tag}>"


def draft_passages(text: str, data: dict[str, Any] | None) -> list[Passage]:
    return passages_locate(text, data) if data else []


@dataclass
class ReviewPage:
    """What the review page shows of a draft; ``outline`` is None while its YAML is invalid."""

    outline: dict[str, Any] | None
    reviews: list[tuple[Review, str | None, SafeString]]  # a note, its place, what it says
    source_html: SafeString
    counts: dict[str, int]


def review_page(*, name: str, draft_text: str, source_text: str) -> ReviewPage:
    """The review page of a draft, kept under the digest of what it is made from (the page is
    read again and again while a long draft is reviewed; an edit changes the digest)."""
    digest = hashlib.sha256(
        "\0".join((get_language() or "", draft_text, source_text)).encode("utf-8", "surrogatepass")
    ).hexdigest()
    key = f"draft-review:2:{digest}"
    page = cache.get(key)
    if page is None:
        page = _review_page(name, draft_text, source_text)
        cache.set(key, page, REVIEW_PAGE_SECONDS)
    return page


def _review_page(name: str, draft_text: str, source_text: str) -> ReviewPage:
    try:
        data = plan_document_parse(name=name, text=draft_text).data
    except PlanFixtureInvalid:
        data = None
    passages = draft_passages(source_text, data)
    outline = draft_outline(data, passages) if data else None
    anchors = outline_anchors(outline) if outline else set()
    reviews = [
        (note, review_place(note.path, anchors), review_note_html(note.note))
        for note in draft_reviews(draft_text)
    ]
    return ReviewPage(outline, reviews, source_marked(source_text, passages),
                      _counts(passages, outline))  # fmt: skip


def _counts(passages: list[Passage], outline: dict[str, Any] | None) -> dict[str, int]:
    if outline is None:
        return {}
    kinds = [p.kind for p in passages]

    def count(items, kind):
        return sum((item.kind == kind) + count(item.children, kind) for item in items)

    return {
        "tasks": count(outline["sections"], "task"),
        "tasks_found": kinds.count("task"),
        "targets": count(outline["goals"], "target"),
        "targets_found": kinds.count("target"),
        "annotations": kinds.count("annotation"),
    }

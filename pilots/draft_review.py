"""Reading a draft for its review page: the outline of its data, its ``# review:`` notes with
their places, the line of a path in the YAML, and the source text with every passage marked."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from django.core.cache import cache
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext as _, gettext_lazy

from pilots.drafting.passages import Passage, passages_locate
from pilots.languages import english_ui
from pilots.numbering import numberings_printed
from pilots.plan_fixtures import (
    MAX_DEPTH,
    MAX_TEXT,
    PlanFixtureInvalid,
    plan_document_parse,
    section_children,
)
from pilots.roles import ROLES, AgencyRole

# libyaml when present: composing a long draft in pure Python takes seconds.
_COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# The review page of an unchanged draft is kept this long (it depends on nothing else).
REVIEW_PAGE_SECONDS = 60 * 60
_PATH_PIECE = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
_REVIEW = re.compile(r"^(\s*)#\s*review:\s*(.*)$")
# Marks drawn inside a passage (a task or goal) rather than around one.
INNER = frozenset({"target", "annotation"})
# Characters of the source shown on each side of a task's passage on its 原文 view.
CONTEXT_CHARS = 800


def anchor(path: str) -> str:
    return Passage("", path, 0, 0).anchor


# Brackets, quoted ones too: an upper bound of how deep the flow collections nest.
_BRACKET = re.compile(r"[\[\]{}]")


def _nests_at_most(text: str, depth: int) -> bool:
    level = 0
    for bracket in _BRACKET.findall(text):
        level += 1 if bracket in "[{" else -1
        if level > depth:
            return False
    return True


def _compose(text: str):
    # libyaml composes recursively in C: ~50,000 nested brackets crash the process (SIGSEGV).
    # Deeper than a plan may nest, the draft is not loadable anyway: no line numbers for it.
    if len(text) > MAX_TEXT or not _nests_at_most(text, MAX_DEPTH):
        return None
    try:
        return yaml.compose(text, Loader=_COMPOSER)
    except yaml.YAMLError:
        return None


def yaml_line_of(text: str, path: str) -> int | None:
    """The line (1-based) of the YAML where the item at ``path`` is, or the nearest item above
    it."""
    node = _compose(text)
    if node is None:
        return None
    line = node.start_mark.line
    for key, index in _PATH_PIECE.findall(path or ""):
        if isinstance(node, yaml.MappingNode) and key:
            found = next(((k, v) for k, v in node.value if k.value == key), None)
            if found is None:
                break
            line, node = found[0].start_mark.line, found[1]
        elif isinstance(node, yaml.SequenceNode) and index and int(index) < len(node.value):
            node = node.value[int(index)]
            line = node.start_mark.line
        else:
            break
    return line + 1


def _line_paths(node, path: str, paths: dict[int, str], seen: set[int] | None = None) -> None:
    """Each line's path in the data; an alias is walked once (it may name a node holding it)."""
    seen = set() if seen is None else seen
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            here = f"{path}.{key.value}" if path else str(key.value)
            paths.setdefault(key.start_mark.line, here)
            _line_paths(value, here, paths, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            here = f"{path}[{index}]"
            paths.setdefault(item.start_mark.line, here)
            _line_paths(item, here, paths, seen)


@dataclass(frozen=True)
class Review:
    line: int  # of the note, 1-based
    path: str  # of the item it is about ("" for the whole draft)
    note: str


def draft_reviews(text: str) -> list[Review]:
    """The ``# review:`` notes as the draft now stands, each with the item it stands above."""
    root = _compose(text)
    paths: dict[int, str] = {}
    if root is not None:
        _line_paths(root, "", paths)
    lines = text.splitlines()
    first_content = next(
        (i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")),
        len(lines),
    )
    reviews = []
    for number, line in enumerate(lines):
        found = _REVIEW.match(line)
        if not found:
            continue
        after = next((i for i in range(number + 1, len(lines)) if i in paths), None)
        path = "" if number < first_content or after is None else paths[after]
        reviews.append(Review(number + 1, path, found[2].strip()))
    return reviews


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
                "target", path, target["metric"], target["code"], _target_detail(target),
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


def _target_detail(target: dict) -> str:
    value = f"{target['value']:g}" if isinstance(target["value"], float) else target["value"]
    if target["comparator"] == "range":
        shown = f"{value}–{target['value_max']}"
    else:
        shown = f"{_COMPARATORS[target['comparator']]} {value}"
    per_year = _("每年") if target.get("per_year") else ""
    return f"{per_year}{shown} {target['unit']} ({target['deadline']})"


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
    pieces = _PATH_PIECE.findall(path)
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
    cuts = sorted({0, len(text), *opens, *closes})
    for at, stop in zip(cuts, [*cuts[1:], None], strict=True):
        for passage in sorted(closes.get(at, []), key=lambda p: p.kind not in INNER):
            pieces.append(_close(passage, back))
        for passage in sorted(opens.get(at, []), key=lambda p: p.kind in INNER):
            pieces.append(_open(passage))
        if stop is not None:
            pieces.append(escape(text[at:stop]))
    return mark_safe("".join(pieces))  # every piece of text above is escaped


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


@dataclass(frozen=True)
class TaskPassage:
    before: str
    passage: str
    after: str
    starts_mid_text: bool
    ends_mid_text: bool


def task_passage(source_text: str, span: list[int]) -> TaskPassage | None:
    """A task's passage with the source text around it, cut at line ends."""
    start, end = span
    if not 0 <= start < end <= len(source_text):
        return None
    from_at = source_text.rfind("\n", 0, max(0, start - CONTEXT_CHARS)) + 1
    to_at = source_text.find("\n", min(len(source_text), end + CONTEXT_CHARS))
    to_at = len(source_text) if to_at < 0 else to_at
    return TaskPassage(
        source_text[from_at:start], source_text[start:end], source_text[end:to_at],
        from_at > 0, to_at < len(source_text),
    )  # fmt: skip


def plan_sources_loaded(plan_id):
    """The sources the plan was loaded from, latest first (``plan_id`` may be an OuterRef)."""
    from pilots.models import PlanSource

    return PlanSource.objects.filter(plan_id=plan_id, loaded_at__isnull=False).order_by(
        "-loaded_at"
    )


def plan_source_loaded(plan_id: int):
    """The source document the plan was last loaded from, or None."""
    return plan_sources_loaded(plan_id).first()


def task_has_passage(*, plan_id: int, task_code: str) -> bool:
    """Whether the plan's latest loaded source locates the task (its text left unread)."""
    return plan_sources_locating(plan_id=plan_id, task_code=task_code).exists()


def plan_sources_locating(*, plan_id, task_code):
    """The plan's latest loaded source if it locates the task (both may be OuterRefs: on
    PostgreSQL only — SQLite cannot ask has_key of a column)."""
    from pilots.models import PlanSource

    latest = plan_sources_loaded(plan_id).values("pk")[:1]
    return PlanSource.objects.filter(pk__in=latest, passages__has_key=task_code)


def task_passage_full(source_text: str, span: list[int]) -> TaskPassage | None:
    """The whole source text, the task's passage marked."""
    start, end = span
    if not 0 <= start < end <= len(source_text):
        return None
    return TaskPassage(source_text[:start], source_text[start:end], source_text[end:], False, False)


@dataclass
class ReviewPage:
    """What the review page shows of a draft; ``outline`` is None while its YAML is invalid."""

    outline: dict[str, Any] | None
    reviews: list[tuple[Review, str | None]]
    source_html: SafeString
    counts: dict[str, int]


def review_page(*, name: str, draft_text: str, source_text: str) -> ReviewPage:
    """The review page of a draft, kept under the digest of what it is made from (the page is
    read again and again while a long draft is reviewed; an edit changes the digest)."""
    digest = hashlib.sha256(
        "\0".join((get_language() or "", draft_text, source_text)).encode("utf-8", "surrogatepass")
    ).hexdigest()
    key = f"draft-review:1:{digest}"
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
    reviews = [(note, review_place(note.path, anchors)) for note in draft_reviews(draft_text)]
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

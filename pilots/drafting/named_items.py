"""Unnumbered named items under a heading: paragraphs each led by a short name ("深度学习理论。…",
"数据要素工程：…", a bold phrase in print), or unnumbered heading lines each over its paragraph
("加强前沿技术攻关" + text). Each is a task of the heading, which is then a section; one unnamed
paragraph before the first item (the section's own words, "把握发展趋势，…") is its intro."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from pilots.drafting.annotations import annotations_in
from pilots.drafting.field_lines import support_item
from pilots.drafting.headings import (
    annotation_stripped,
    heading_only,
    heading_phrase,
    heading_text,
    named_item,
)
from pilots.drafting.labelled_entries import labelled_entry
from pilots.drafting.outline import Node


@dataclass
class NamedItems:
    items: list[tuple[str | None, Node]]  # (name, paragraph); a nameless one continues an item
    intro: Node | None = None


def named_items_under(node: Node) -> NamedItems | None:
    """The named items under a bare heading: at least two, the first paragraph one of them (or
    the intro before them, when every paragraph after it is one); a paragraph with no name
    continues the item before it. A task list's entry printed as labelled lines (任务名称：X /
    工作内容：… / 完成时限：…) has cells under it, not items; so has a 申报指南's support item
    (申报条件：… / 支持标准：… / 受理部门：…, field_lines.py)."""
    if labelled_entry(node) or support_item(node):
        return None
    paragraphs = [p for p in node.paragraphs if not annotation_only(p)]
    bare = node.heading_only or annotated_heading_over_items(node)
    headed = _headed_paragraphs(paragraphs)
    if headed is not None:
        return NamedItems(headed) if node.line is None or bare else None
    if node.line is not None and node.line.style is not None and not bare:
        return None
    names = _item_names(paragraphs)
    intro = None
    if len(paragraphs) >= 3 and not names[0] and all(names[1:]) and _introduces(node):
        intro, paragraphs, names = paragraphs[0], paragraphs[1:], names[1:]
    if not paragraphs or not names[0] or sum(1 for n in names if n) < 2:
        return None
    if (node.line is None or node.line.style is None) and not all(names):
        return None
    return NamedItems(list(zip(names, paragraphs, strict=True)), intro)


def annotated_heading_over_items(node: Node) -> bool:
    """ "（一）X行动（牵头单位：…）" over two or more paragraphs each named ("建设…中心。…",
    annotated itself or not): a heading whose annotation is written once for its items."""
    paragraphs = [p for p in node.paragraphs if not annotation_only(p)]
    stripped = annotation_stripped(node.body)
    return (
        node.numbered
        and not node.children
        and stripped != node.body
        and heading_only(stripped)
        and len(paragraphs) >= 2
        and all(_item_names(paragraphs))
    )


def _item_names(paragraphs: list[Node]) -> list[str | None]:
    """The name leading each item; when every paragraph (but an intro before them) closes with an
    annotation of its own, also a longer lead phrase before the first 。 (推动人工智能与有色金属、
    绿色硅…融合发展。…〔…〕)."""
    annotated = [bool(annotations_in(p.line.raw)) for p in paragraphs]
    phrases = len(paragraphs) >= 2 and all(annotated[1:])
    names = []
    for paragraph, own in zip(paragraphs, annotated, strict=True):
        name = named_item(paragraph.line.raw)
        names.append(heading_phrase(paragraph.line.raw) if not name and phrases and own else name)
    return names


def _introduces(node: Node) -> bool:
    """The first paragraph under the heading is its intro, not its first item's text: it names
    no agency, and the paragraphs after it are not one item annotated once at its end (2.建设…平台
    / 依托… / 部署公共服务平台。… / 行业交流服务平台。…（责任单位：…）: the annotation covers the
    heading's item, its named points are text)."""
    first, *rest = node.paragraphs
    annotated = [bool(annotations_in(p.line.raw)) for p in rest]
    return not annotations_in(first.line.raw) and not (sum(annotated) == 1 and annotated[-1])


def _headed_paragraphs(paragraphs: list[Node]) -> list[tuple[str | None, Node]] | None:
    """Unnumbered heading lines, each over the paragraph it names: at least two, the first
    paragraph one of them, and never two in a row."""
    bare = [_bare_heading(p.line.raw) for p in paragraphs]
    if len(paragraphs) < 3 or not bare[0] or sum(bare) < 2:
        return None
    if any(a and b for a, b in pairwise(bare)) or (bare[-1] and sum(bare) < 3):
        return None
    pairs: list[tuple[str | None, Node]] = []
    name = None
    for is_heading, paragraph in zip(bare, paragraphs, strict=True):
        if is_heading:
            name = heading_text(paragraph.line.raw)
        else:
            pairs.append((name, paragraph))
            name = None
    return pairs


def _bare_heading(raw: str) -> bool:
    """A short line of one phrase, no comma: "加强前沿技术攻关" (a cut-off sentence has commas)."""
    return heading_only(raw) and not re.search("[,，、]", raw) and not annotations_in(raw)


def annotation_only(paragraph: Node) -> bool:
    found = annotations_in(paragraph.line.raw)
    return len(found) == 1 and found[0].end - found[0].start >= len(paragraph.line.raw) - 1

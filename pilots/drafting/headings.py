"""Headings of numbered lines: the phrase a line is named by, and whether it is only a heading.

A numbered line is a heading when it holds nothing but a short phrase ("1.开展应用基础理论研究"),
or opens with one before its first 。 or ： ("建设平台。支持高校…"); an annotation ending the line
("推进研究（牵头单位：X）") is no part of it. The limits are in data/outline.yaml.
"""

from __future__ import annotations

import re

from pilots.drafting.annotations import annotations_in, has_annotation
from pilots.drafting.lexicon import table


def heading_max() -> int:
    return table("outline")["heading_max"]


def heading_text(body: str) -> str:
    return body.rstrip("。.:：;；").strip()


def annotation_stripped(body: str) -> str:
    """A line without the one annotation ending it: "推进研究（牵头单位：X）" → "推进研究"."""
    found = annotations_in(body)
    if len(found) == 1 and not body[found[0].end :].strip(" 。.;；"):
        return body[: found[0].start].rstrip(" ,，、")
    return body


def heading_phrase(text: str) -> str | None:
    """The phrase before the first 。 (or ：) when it reads as a heading: short, no annotation,
    and followed by more text (a short paragraph of one sentence has no heading). An annotation
    right after the phrase ("1.推进研究（牵头单位：X）。推进…") is no part of it."""
    first = next(iter(annotations_in(text.split("\n", 1)[0])), None)
    before = text[: first.start] if first else ""
    if (
        first
        and before.strip()
        and len(before) <= heading_max()
        and not re.search("[。：:]", before)
        and re.match(r"\s*([。：:]|$)", text[first.end :])
    ):
        return heading_phrase(before.rstrip() + text[first.end :].lstrip())
    match = re.match(rf"^([^。：:]{{1,{heading_max()}}})[。：:]\s*\S", text)
    if match and not has_annotation(match[1]) and not re.search(r"[;；]", match[1]):
        return match[1].strip()
    return None


def heading_only(body: str) -> bool:
    """A numbered line holding nothing but its heading ("1.开展应用基础理论研究")."""
    inner = heading_text(body)
    return (
        bool(inner)
        and "。" not in inner
        and len(inner) <= heading_max()
        and not has_annotation(inner)
        and not re.search(r"[;；]", inner)
    )


def named_item(text: str) -> str | None:
    """The name of an unnumbered named item ("智能电网。智能电网即…", "数据要素工程：…")."""
    limit = table("outline")["named_item_max"]
    match = re.match(rf"^([^。,，、;；:：()（）]{{2,{limit}}})[。：:]\s*\S", text)
    return match[1].strip() if match else None


def first_clause(text: str) -> str:
    clause = re.split(r"[,，;；:：。]", text, maxsplit=1)[0].strip()
    return clause[: heading_max()] or text[: heading_max()]

"""Paragraphs a web copy ran together, put back on lines of their own.

Reposts print a whole notice and plan on one line with single spaces between the paragraphs, or
one paragraph holding the measures one after another ("…制定以下措施。(一)…〕(二)…"). A number of
the outline printed inside a line starts a paragraph when it follows a sentence end, a closing
bracket or a space, and continues the numbering: the number before it was printed (at the start
of a line or inside one), or it is a first number and its second follows in the same line. Where
such a number follows a space, or a long line holds several sentence ends followed by a space (a
copy cut before its second item), the line was joined with spaces: every space between words is
a paragraph break. A part heading run into its body ("一、总体要求深入贯彻…") is put on a line of
its own. Ordinal points "。第二，…" continue a "第一，" printed before them; an annex run
on after the last paragraph ("…）附件：X清单一、…") starts a line. Only whitespace changes, so
the fixture checks (which ignore whitespace) hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pilots.drafting.lexicon import numbering_styles, table, with_numerals
from pilots.drafting.numerals import numeral_value
from pilots.source_text import STRAY_SPACE


@dataclass(frozen=True, order=True)
class _Marker:
    at: int
    style: str
    value: int


@cache
def _inline_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    outline = table("outline")
    boundary = outline["inline_boundary"]
    return tuple(
        (style, re.compile(f"(?<={boundary}){with_numerals(pattern)}"))
        for style, pattern in outline["inline_styles"].items()
    )


def paragraphs_split(text: str) -> tuple[str, int]:
    """The text with run-together paragraphs on lines of their own, and how many were split."""
    last: dict[str, int] = {}
    lines: list[str] = []
    splits = 0
    # a part heading run into its first item ("三、保障措施(一)…。(二)…") is two lines before the
    # numbers inside them are read: the item's (一) is then printed, and its (二) continues it
    runs = [piece for line in text.split("\n") for piece in _heading_run_on(line)]
    for line in runs:
        _line_start_seen(line.strip(), last)
        cuts = sorted(
            set(_inline_cuts(line, last)) | set(_annotated_run_cuts(line)) | set(_annex_cuts(line))
        )
        spaced = _joined_with_spaces(line) or any(line[at - 1].isspace() for at in cuts)
        if not cuts and not spaced:
            lines.append(line)
            continue
        pieces = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
        if spaced:  # joined with spaces: each space between words is a break
            pieces = [p for piece in pieces for p in STRAY_SPACE.split(piece)]
        pieces = [p.strip() for p in pieces if p.strip()]
        pieces = [part for piece in pieces for part in _heading_run_on(piece)]  # a cut's heading
        splits += len(pieces) - 1
        lines += pieces
    run_on = len(runs) - text.count("\n") - 1
    return "\n".join(lines), run_on + splits


def _heading_run_on(line: str) -> list[str]:
    """A usual part title run into its body or its first item: "一、总体要求深入贯彻…，…" →
    ["一、总体要求", "深入贯彻…，…"], "二、重点任务(一)建设…" → ["二、重点任务", "(一)建设…"], and
    so on into the item ("一、总体要求(一)指导思想深入…": three lines); any other line as it is."""
    rule = table("outline")["heading_run_on"]
    for style in numbering_styles():
        numbered = style.pattern.match(line)
        if not numbered:
            continue
        title = re.match(rf"(?:{rule['titles']})", numbered["body"])
        body = numbered["body"][title.end() :] if title else ""
        sentence = (
            len(body) >= rule["min_body"]
            and re.match(rule["body_opens"], body)
            and re.search(rule["stop"], body[: rule["stop_within"]])
            and not re.match(rule["item_heading"], body)
        )
        if title and (sentence or re.match(rule["first_item"], body)):
            return [line[: numbered.start("body") + title.end()], *_heading_run_on(body)]
        return [line]
    return [line]


@cache
def _annotated_run_patterns() -> tuple[re.Pattern, re.Pattern]:
    outline = table("outline")
    rule = outline["annotated_run"]
    labels = "|".join(label for group in table("annotations")["labels"].values() for label in group)
    number = with_numerals(rule["number"])
    after = rule["after"].replace("{labels}", labels)
    return re.compile(f"{after}(?={number})"), re.compile(number)


def _annotated_run_cuts(line: str) -> list[int]:
    """Offsets of the items of a digest run together on one line, each after an annotation."""
    after, number = _annotated_run_patterns()
    cuts = [m.end() for m in after.finditer(line) if m.end() < len(line)]
    if len(cuts) < table("outline")["annotated_run"]["min_items"]:
        return []
    for at in list(cuts):  # a part heading "二,、…": its first item follows its words
        head = number.match(line, at)
        if head and not head.group().startswith(("(", "（")):
            item = re.compile(r"[(（]").search(line, head.end())
            if item and number.match(line, item.start()):
                cuts.append(item.start())
    return sorted(set(cuts))


def _joined_with_spaces(line: str) -> bool:
    rule = table("outline")["space_joined"]
    joins = re.findall(rule["pattern"], line)
    return len(line) >= rule["min_length"] and len(joins) >= rule["min_joins"]


def _line_start_seen(line: str, last: dict[str, int]) -> None:
    for style in numbering_styles():
        match = style.pattern.match(line)
        if match and match["body"].strip() and numeral_value(match["number"]):
            last[style.name] = numeral_value(match["number"])
            return


def _inline_cuts(line: str, last: dict[str, int]) -> list[int]:
    """Offsets of the numbers that start a paragraph inside the line."""
    found = sorted(
        _Marker(m.start(), style, numeral_value(m["number"]))
        for style, pattern in _inline_patterns()
        for m in pattern.finditer(line)
        if m.start() > 0 and line[: m.start()].strip()
    )
    continuing_only = table("outline")["inline_continuing_only"]
    cuts = []
    for index, marker in enumerate(found):
        follows = last.get(marker.style) == marker.value - 1 and marker.value > 1
        opens = marker.value == 1 and marker.style not in continuing_only
        opens = opens and any(
            later.style == marker.style and later.value == 2 for later in found[index + 1 :]
        )
        if follows or opens:
            cuts.append(marker.at)
            last[marker.style] = marker.value
    return cuts


@cache
def _annex_run_on() -> re.Pattern:
    return re.compile(with_numerals(table("outline")["inline_annex"]))


def _annex_cuts(line: str) -> list[int]:
    """Offsets around an annex's label and title run on after the plan's last paragraph."""
    found = _annex_run_on().finditer(line)
    return [at for m in found for at in m.span("annex") if 0 < at < len(line)]

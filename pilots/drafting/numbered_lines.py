"""The lines of a plan document, each with the numbering it opens with (一、 / (一) / 1. / ① /
第X章 …, the styles of data/outline.yaml) or none: what ``outline`` builds its tree from."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pilots.drafting.broken_lines import CLOSING
from pilots.drafting.bullet_outline import bullet_levels
from pilots.drafting.decimal_outline import decimal_tops
from pilots.drafting.labelled_entries import entry_field
from pilots.drafting.lexicon import compiled, numbering_styles, table, with_numerals
from pilots.drafting.numerals import numeral_value
from pilots.drafting.reposts import (
    chapter_mark,
    heading_unbracketed,
    marker_stripped,
    pictograph_heading,
    pictograph_stripped,
)


@dataclass
class Line:
    index: int
    raw: str  # the line as printed, stripped
    style: str | None  # numbering style, None for a paragraph
    number: str  # the number as written: 四, 12, ③
    body: str  # the text after the number (or after a bullet)
    inferred: bool = False  # a number the copy lost, given back (_first_number_lost)

    @property
    def marker(self) -> str:
        """The number as the genre prints it: 四、 (一) 1. (1) ①, 第二章 or 第二部分 as written
        (第二， or 第二、 without its comma)."""
        if self.style is None:
            return ""
        if self.style == "closing":
            return ""  # a part opened by an unnumbered heading (closing_parts)
        if self.style == "box":
            return f"专栏{self.number}"
        if self.style == "card":  # 任务一, 项目卡01: as printed
            return card_heading(self.raw)["marker"]
        template = next(s.marker for s in numbering_styles() if s.name == self.style)
        if template.startswith("第"):
            return re.sub(r"[\s，,、]+", "", self.raw[: len(self.raw) - len(self.body)])
        return template.replace("{n}", self.number)

    @property
    def value(self) -> int:
        return numeral_value(self.number)


def _closing_lines_joined(raws: list[str]) -> list[tuple[int, str]]:
    """(index, line) of the lines printing a word. A line of nothing but closing brackets ends
    the line before it ("…各镇（街道" / "））": an annotation wrapped just before its last marks, as
    an OCR layer reads a scanned page line by line): it is joined to it, not dropped."""
    printed: list[tuple[int, str]] = []
    for index, raw in enumerate(raws):
        line = raw.strip()
        if line and printed and not line.strip(CLOSING):
            printed[-1] = (printed[-1][0], printed[-1][1] + line)
        elif re.search(r"\w", line):
            printed.append((index, line))
    return printed


def card_heading(line: str) -> re.Match | None:
    """任务一：X / 任务1：X / 项目卡01: the heading of a task card (task_cards.py) — one only where
    its labelled lines follow it."""
    return _card_heading().match(line.strip())


@cache
def _card_heading() -> re.Pattern:
    return re.compile(with_numerals(table("outline")["card_heading"]))


def lines_read(text: str) -> list[Line]:
    lines = []
    bullet = compiled("outline", "bullet")
    # a line of no word (a bare bullet "·", a rule "——") holds nothing to draft
    printed = _closing_lines_joined(text.splitlines())
    emoji_count: dict[str, int] = {}
    skip, bracketed = False, 0
    for at, (index, raw) in enumerate(printed):
        if skip:  # the heading line of a chapter mark, read with it
            skip = False
            continue
        inner = heading_unbracketed(raw)  # 【（一）筑牢底座】: the heading it wraps
        if inner != raw and not any(s.pattern.match(inner) for s in numbering_styles()):
            bracketed += 1  # 【发展目标】: an unnumbered heading, numbered as the others so printed
            lines.append(Line(index, raw, "bracketed", str(bracketed), inner))
            continue
        raw = inner
        following = printed[at + 1][1] if at + 1 < len(printed) else None
        mark = chapter_mark(raw, following)
        if mark:  # "01" then "总体要求": a part numbered 1
            heading = heading_unbracketed(following)
            lines.append(Line(index, f"{raw} {heading}", "mark", mark, heading))
            skip = True
            continue
        led = pictograph_heading(raw)
        if led:  # 📌加强组织领导: an item, numbered by how often its emoji has led one
            emoji_count[led[0]] = emoji_count.get(led[0], 0) + 1
            lines.append(Line(index, raw, "pictograph", str(emoji_count[led[0]]), led[1]))
            continue
        raw = marker_stripped(pictograph_stripped(raw))  # 👉 / ▶ / ◆ before a number
        card = card_heading(raw)
        if card and following and entry_field(following):  # 任务一：X over its labelled lines
            lines.append(Line(index, raw, "card", card["number"], card["body"].strip()))
            continue
        for style in numbering_styles():
            match = style.pattern.match(raw)
            if match and match["body"].strip() and numeral_value(match["number"]):
                body = match["body"].strip()
                lines.append(Line(index, raw, style.name, match["number"], body))
                break
        else:
            lines.append(Line(index, raw, None, "", bullet.sub("", raw)))
    if lines and lines[-1].style and len(lines[-1].body) <= table("outline")["cut_item_max"]:
        lines.pop()  # "(三)强" ending a truncated copy: an item of which nothing survives
    return decimal_tops(bullet_levels(lines))

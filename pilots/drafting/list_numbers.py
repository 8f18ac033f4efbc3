"""The numbers a browser prints before the items of an ordered list (<ol>), written into the text.

A page whose outline is HTML list numbering holds no "一、" or "1." in its text: the browser draws
them from the list's style — `list-style-type: cjk-ideographic` 一、二、…, `decimal` 1. 2. …, a
nested list counting on its own from 1 (or from `start`, an item's `value`). Only a list that
names its style (`style="list-style-type: …"`, `list-style: …`, the `type` attribute) is numbered:
a bare <ol> is often restyled to no numbers by the site's stylesheet, which is not read. An item
whose text already opens on a number is left as it is.
"""

from __future__ import annotations

import re

from bs4 import NavigableString, Tag

from pilots.drafting.numerals import chinese_numeral

_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([\w-]+)", re.I)
_TYPES = {"1": "decimal", "a": "lower-alpha", "A": "upper-alpha", "i": "lower-roman"}
_TYPES["I"] = "upper-roman"
_NUMBERED = re.compile(
    r"^\s*(?:[(（]?\s*[一二三四五六七八九十百\d]+\s*[、.．)）]|第[一二三四五六七八九十百\d]+[章节条部分])"
)
_CJK_STYLES = ("cjk-ideographic", "cjk-decimal", "simp-chinese-informal", "trad-chinese-informal")
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]  # fmt: skip


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _marker(style: str, n: int) -> str | None:
    if style in ("decimal", "decimal-leading-zero") and n >= 0:
        return f"{n:02d}." if style == "decimal-leading-zero" and n < 10 else f"{n}."
    if style in _CJK_STYLES:
        return f"{chinese_numeral(n)}、" if 1 <= n < 100 else None
    if style in ("lower-alpha", "lower-latin", "upper-alpha", "upper-latin") and 1 <= n <= 26:
        letter = chr(ord("a") + n - 1)
        return f"{letter.upper() if style.startswith('upper') else letter}."
    if style in ("lower-roman", "upper-roman") and 1 <= n < 4000:
        return f"{_roman(n).upper() if style == 'upper-roman' else _roman(n)}."
    return None


def _list_style(ol: Tag) -> str | None:
    found = _STYLE.search(str(ol.get("style") or ""))
    if found:
        return found.group(1).lower()
    kind = str(ol.get("type") or "").strip()
    return _TYPES.get(kind)


def _int(value, default: int) -> int:
    text = str(value or "").strip()
    return int(text) if re.fullmatch(r"-?\d{1,6}", text) else default


def list_numbers_written(article: Tag) -> None:
    for ol in article.find_all("ol"):
        style = _list_style(ol)
        if style is None or style == "none":
            continue
        n = _int(ol.get("start"), 1)
        for li in ol.find_all("li", recursive=False):
            n = _int(li.get("value"), n)
            marker = _marker(style, n)
            n += 1
            if marker is None or _NUMBERED.match(li.get_text()):
                continue
            texts = (d for d in li.descendants if isinstance(d, NavigableString) and d.strip())
            first = next(texts, None)
            if first is None:
                continue
            first.replace_with(NavigableString(marker + str(first).lstrip()))

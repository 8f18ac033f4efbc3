"""Running heads, footers and page numbers of a PDF's pages (``pdf_text``): lines repeated at the
top or bottom edge of most pages, the title repeated small at the edge of a later page (the
title set large on the first page, or on a later one after a notice), and the
page numbers ("— 3 —", "第3页 共9页") wherever they sit, left or right on alternate pages (a bare
number only where it counts the pages: ``_page_numbers``)."""

from __future__ import annotations

import re
from collections import Counter
from statistics import median

from django.utils.translation import gettext as _

from pilots.drafting.lexicon import compiled

EDGE = 0.09  # share of the page height at top and bottom where running heads and numbers sit
WATERMARK_PAGES = 3  # pages a watermark stands on in the same place at the least
WATERMARK_MAX = 12  # characters of a watermark's line at the most


def _shape(text: str) -> str:
    """A line with its digits blanked, so "- 3 -" and "- 4 -" repeat as the same running line."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def running_lines_dropped(pages: list[list[dict]], notes: list[str]) -> list[list[dict]]:
    """Pages without the lines repeated at their top or bottom edge (in the same words and size:
    a title at the top of the first page is not the running head repeating it in small print),
    without the title repeated in smaller print at the edge of a later page (a running head on
    every page but the first, in a document of two pages said only once), and without page
    numbers."""
    edges = Counter(
        shape for page in pages for shape in {_running(line) for line in page if _at_edge(line)}
    )
    repeated = {
        shape
        for shape, count in edges.items()
        if len(pages) >= 2 and count >= max(2, len(pages) / 2)
    }
    first = [line for line in pages[0] if _running(line) not in repeated] if pages else []
    body = median(line["size"] for line in first) if first else 0.0
    first = [line for i, line in enumerate(first) if i < 8 or line["size"] > body + 1]
    large = [  # set large on a later page: the title after a notice of a page or more
        line
        for page in pages[1:]
        for line in page
        if line["size"] > body + 1 and not _at_edge(line)
    ]
    titles = {}  # the title: a line of the first page's top or set large, or 2-3 in a row: its size
    for lines in (large, first):
        titles |= {
            _shape("".join(line["text"] for line in lines[start : start + n])): lines[start]["size"]
            for start in range(len(lines))
            for n in (1, 2, 3)
            if not lines[start].get("row")
        }
    numbers = _page_numbers(pages) | _watermarks(pages)
    dropped = 0
    kept_pages = []
    for index, page in enumerate(pages):
        kept = []
        for line in page:
            running = _at_edge(line) and (
                _running(line) in repeated
                or (index > 0 and line["size"] < titles.get(_shape(line["text"]), 0) - 1)
            )
            if running or id(line) in numbers:
                dropped += 1
            else:
                kept.append(line)
        kept_pages.append(kept)
    if dropped:
        notes.append(_("已去掉 %(n)s 处页眉、页脚和页码") % {"n": dropped})
    return kept_pages


def _page_numbers(pages: list[list[dict]]) -> set[int]:
    """The ids of the page number lines: framed or worded ("— 3 —", "第3页") wherever they sit;
    a bare number ("3", "3/12") at its page's edge or as its first or last line, when it counts
    with the pages (the page's own number, or less the page's index the same as on other pages:
    an unnumbered cover). Other bare numbers are a table's cells set on lines of their own (序号
    1, a value 120 opening a page)."""
    worded = compiled("documents", "text_page_number")
    numbered = compiled("documents", "page_number")
    found, bare = set(), []
    for index, page in enumerate(pages, start=1):
        top = min((line["top"] for line in page), default=0)
        bottom = max((line["bottom"] for line in page), default=0)
        for line in page:
            if worded.match(line["text"]):
                found.add(id(line))
            elif numbered.match(line["text"]) and (
                _at_edge(line) or line["top"] <= top or line["bottom"] >= bottom
            ):
                bare.append((line, int(re.search(r"\d+", line["text"])[0]) - index))
    offsets = Counter(offset for _, offset in bare).most_common(1)
    counting = {0} | {offset for offset, count in offsets if count >= 2}
    return found | {id(line) for line, offset in bare if offset in counting}


def _watermarks(pages: list[list[dict]]) -> set[int]:
    """The ids of a watermark's lines ("内部资料", "征求意见稿" printed over or beside the body):
    a short line standing in the same place, in the same words and size, on most pages (at least
    three), set larger or smaller than the body — inside the page, where no body line repeats so."""
    sizes = [line["size"] for page in pages for line in page if not line.get("row")]
    body = median(sizes) if sizes else 0.0
    places = Counter(
        place
        for page in pages
        for place in {_place(line) for line in page if _mark_like(line, body)}
    )
    repeated = {
        place for place, count in places.items() if count >= max(WATERMARK_PAGES, len(pages) / 2)
    }
    return {id(line) for page in pages for line in page if _mark_like(line, body)
            and _place(line) in repeated}  # fmt: skip


def _mark_like(line: dict, body: float) -> bool:
    short = len(line["text"].strip()) <= WATERMARK_MAX
    return short and not line.get("row") and abs(line["size"] - body) > 1


def _place(line: dict) -> tuple:
    return _running(line), round(line["top"], 2), round(line.get("x0", 0.0) / 4)


def _running(line: dict) -> tuple[str, int]:
    return _shape(line["text"]), round(line["size"])


def _at_edge(line: dict) -> bool:
    return line["top"] < EDGE or line["bottom"] > 1 - EDGE

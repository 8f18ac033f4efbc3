"""Paragraphs a PDF's text broke at the page's width, read as paragraphs again.

Text copied or saved from a PDF (a .txt, a page that reposts one) keeps the PDF's lines: each
paragraph broken wherever the page's width ends, mid-sentence, inside a name or an annotation
("…、省政府战" / "略部署，…"). Such a text shows it: many of its long lines end near one width and
without a sentence end. There, a line that reaches that width goes on in the next line unless the
next is a numbered heading, is indented, is a labelled annotation line of its own, or — after a
line ending a sentence at the margin — opens with a named item ("自主协同控制技术。研究…"), the
signs ``pdf_text`` reads in a PDF's own layout. A numbered item's first line short of the width by
the first-line indent a copy dropped goes on too when its text runs on. Only line breaks change.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from pilots.drafting.lexicon import compiled, numbering_styles, table

_LONG = 20  # display width of a line long enough to tell the page's width (10 CJK characters)
_SLACK = 8  # a full line may stop this short of the width (a mark pushed down, narrow digits)
_HEADING_SLACK = 2  # a numbered heading goes on only when it fills the line to one character
_INDENT = 4  # a paragraph's first-line indent: two full-width characters
_MOST_FULL_SHARE = 0.35  # of the long lines near the width, for a text broken at a page's width
_MIN_FULL = 4
_FOLDED = ",;:()!?"
_TABLE_CELL = "|"
_SENTENCE_ENDS = ("。", "！", "？", "；", "：", ";", ":", "!", "?")
_SENTENCE_MARKS = "，。；：、！？"  # a title or a heading holds none of them
_ASCII_NUMBER = re.compile(r"\d{1,3}[.、]")


def _width(line: str) -> int:
    """Display width: a CJK character 2, an ASCII one 1, punctuation 2 (the PDF printed it full
    width; a copy may have folded it to ASCII)."""
    return sum(
        2 if unicodedata.east_asian_width(c) in "WF" or c in _FOLDED else 1 for c in line.rstrip()
    )


def page_width(lines: list[str]) -> int | None:
    """The width the text's lines were broken at, if they were: most long lines end within a few
    characters of it, most of those mid-sentence."""
    lines = [line for line in lines if _TABLE_CELL not in line]
    long = sorted(_width(line) for line in lines if _width(line) >= _LONG)
    if len(long) < _MIN_FULL:
        return None
    width = long[int(len(long) * 0.9)]
    full = [line for line in lines if width - _SLACK <= _width(line) <= width]
    open_ended = [line for line in full if not line.rstrip().endswith(_SENTENCE_ENDS)]
    if len(full) < max(_MIN_FULL, _MOST_FULL_SHARE * len(long)) or len(open_ended) * 2 < len(full):
        return None
    # A paragraph broken at the width ends in a shorter line closing its sentence; lines of
    # their own of about one length (a list of projects, a table's rows) end in none.
    ends = [line for line in lines if line.rstrip().endswith(_SENTENCE_ENDS)]
    if not any(_width(line) < width - _SLACK for line in ends):
        return None
    return width


def page_lines_joined(text: str) -> tuple[str, int]:
    """The text with each paragraph a PDF broke at the page's width on one line, and how many
    line breaks were taken out."""
    lines = text.split("\n")
    width = page_width(lines)
    if width is None:
        return text, 0
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    joined: list[str] = []
    for index, (previous, line) in enumerate(zip(["", *lines], lines, strict=False)):
        if (
            joined
            and _goes_on(previous.rstrip(), line, width)
            and not _after_title(index - 1 == first, previous, line, width)
        ):
            joined[-1] = joined[-1].rstrip() + line.strip()
        else:
            joined.append(line)
    return "\n".join(joined), len(lines) - len(joined)


def _after_title(title: bool, last: str, line: str, width: int) -> bool:
    """The text's first line, a title that happens to fill the width ("…三年行动方案"), over a
    full line of sentences: the paragraph below it starts there. A title broken at the width
    goes on in a short line (its tail) or one without a sentence's punctuation."""
    return (
        title
        and not any(mark in last for mark in _SENTENCE_MARKS)
        and _width(line) >= width - _SLACK
        and any(mark in line for mark in _SENTENCE_MARKS)
    )


def _goes_on(last: str, line: str, width: int) -> bool:
    if not line.strip() or line[:1].isspace() or _width(last) < width - _SLACK:
        return False
    if _TABLE_CELL in last or _TABLE_CELL in line:
        return False  # a table's rows, printed as text, are lines of their own
    full = _width(last) + _narrow_number(last.strip())
    short = full < width - _HEADING_SLACK and not _indent_lost(last.strip(), width)
    if _numbered(last.strip()) and short:
        return False  # a heading a little short of the width is whole: the text starts below
    text = line.strip()
    if last[-1:].isascii() and last[-1:].isalnum() and text[:1].isdigit():
        return True  # a word or figure broken at the margin ("IPv" / "6、物联网"): no heading
    if _numbered(text) or compiled("outline", "box").match(text):
        return False  # a numbered line, a box's title (专栏1 …): lines of their own
    if text[:1] not in "(（〔[【" and compiled("annotations", "standalone_line").match(text):
        return False  # 责任单位：… on a line of its own; "（责任单位：…）" ends the text before it
    return not (last.endswith(_SENTENCE_ENDS) and _named_item().match(text))


def _indent_lost(last: str, width: int) -> bool:
    """A numbered item's first line short of the width by the paragraph's first-line indent,
    which a copy dropped: its text runs on (a sentence's marks inside, none at its end)."""
    return (
        _width(last) >= width - _INDENT - _HEADING_SLACK
        and any(mark in last[:-1] for mark in _SENTENCE_MARKS)
        and not last.endswith(_SENTENCE_ENDS)
    )


def _narrow_number(text: str) -> int:
    """How much wider a numbered item's ASCII number (12.) was printed: the PDF set it full width
    (１２．) and the cleaning read it as ASCII before the lines are joined, so its first line
    measures that much short of the width."""
    number = _ASCII_NUMBER.match(text)
    return sum(c.isascii() for c in number.group()) if number else 0


def _numbered(text: str) -> bool:
    return any(style.pattern.match(text) for style in numbering_styles())


@cache
def _named_item() -> re.Pattern:
    """A short name ending in 。 or ： that opens a line, as the outline reads named items."""
    limit = table("outline")["named_item_max"]
    return re.compile(rf"[^。,，、;；:：()（）]{{2,{limit}}}[。：:]\s*\S")

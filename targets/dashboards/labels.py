"""Chart labels broken into lines for Plotly (``<br>``) by their printed width: Chinese between
any two characters, Latin text between words; no line starts with a closing mark (、,。) or
ends with an opening one ((“), as Chinese typesetting has it; the lines of a label that fits
as even as they can be. Past its last line a label is cut where a line could break, and ends
in "…" (the chart's hover text and table hold it whole)."""

from __future__ import annotations

# Marks a line may not start with, and marks it may not end with.
CLOSING = frozenset("、,，。.;；:：)）」』》〉]】〕〗!！?？%…·")
OPENING = frozenset("(（「『《〈[【〔〖“‘")
SEPARATORS = " 、,，;；:：·"  # not left before a "…"
ELLIPSIS = "…"


def columns(char: str) -> int:
    """Printed width: a CJK character or full-width mark takes two columns."""
    return 2 if ord(char) > 0x2E7F else 1


def _width(text: str) -> int:
    return sum(columns(c) for c in text)


def _breakable(before: str, after: str) -> bool:
    """Whether a line may break between two characters that touch (no space between them)."""
    if after in CLOSING or before in OPENING:
        return False
    return columns(before) == 2 or columns(after) == 2  # never inside a Latin word


def _pieces(text: str) -> list[str]:
    """The text in the pieces a line never breaks inside; spaces as pieces of their own."""
    pieces: list[str] = []
    for char in text:
        if pieces and char != " " and pieces[-1] != " " and not _breakable(pieces[-1][-1], char):
            pieces[-1] += char
        else:
            pieces.append(char)
    return pieces


def _lines(pieces: list[str], width: int) -> list[list[str]]:
    rows: list[list[str]] = [[]]
    used = 0
    for piece in pieces:
        if piece == " ":
            if rows[-1]:
                rows[-1].append(piece)
                used += 1
            continue
        size = _width(piece)
        if used + size > width and rows[-1]:
            while rows[-1] and rows[-1][-1] == " ":
                rows[-1].pop()
            rows.append([])
            used = 0
        while size > width:  # one word wider than a line: cut it by characters
            head = ""
            for char in piece:
                if _width(head) + columns(char) > width:
                    break
                head += char
            rows[-1].append(head)
            rows.append([])
            piece = piece[len(head) :]
            size = _width(piece)
        rows[-1].append(piece)
        used += size
    while rows[-1] and rows[-1][-1] == " ":
        rows[-1].pop()
    return [row for row in rows if row]


def _with_ellipsis(row: list[str], width: int) -> str:
    """The line's pieces, dropped from its end until "…" fits, then "…"."""
    row = list(row)
    while row and (_width("".join(row)) + 1 > width or row[-1] == " "):
        row.pop()
    text = "".join(row).rstrip(SEPARATORS)
    return text + ELLIPSIS if text else ELLIPSIS


def wrap_label(text: str, *, columns: int, lines: int = 99) -> str:
    """Break a label into lines of at most ``columns`` (a CJK character takes two), at most
    ``lines`` of them; a label cut short ends in "…"."""
    if _width(text) <= columns:
        return text
    pieces = _pieces(text)
    rows = _lines(pieces, columns)
    if len(rows) <= lines:  # as even as the same number of lines allows: no "局" alone
        narrowest = -(-_width(text) // len(rows))
        rows = next(
            even
            for width in range(narrowest, columns + 1)
            if len(even := _lines(pieces, width)) <= len(rows)
        )
    if len(rows) > lines:
        rows = [*rows[: lines - 1], [_with_ellipsis(rows[lines - 1], columns)]]
    return "<br>".join("".join(row) for row in rows)

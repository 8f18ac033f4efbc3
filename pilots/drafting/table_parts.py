"""A table cut in two where the page ended, as a "PDF 转 Word" converter rebuilds a PDF page by
page: the rows on the next page are a table of their own, without the header row (or with it
printed again), and only the page's number and break stand between the two. Read as one table,
the first of those rows is no header and the last ones no stray line of figures."""

from __future__ import annotations

from pilots.drafting.cell_lines import ROW_NUMBER
from pilots.drafting.lexicon import compiled


def table_rest(
    before: list[list[str]], after: list[list[str]], between: list[str]
) -> list[list[str]] | None:
    """The rows of ``after`` that go on the table ``before`` (its repeated header left out), or
    None when ``after`` is a table of its own. It goes on when nothing but page numbers and blank
    lines stand between them, it has as many columns, and its first row is numbered on from the
    last numbered row before it."""
    page_number = compiled("documents", "text_page_number")
    if not before or not after or len(before[0]) != len(after[0]):
        return None
    if any(line.strip() and not page_number.match(line) for line in between):
        return None
    rest = after[1:] if _plain(after[0]) == _plain(before[0]) else after
    numbers = [int(row[0]) for row in before if row and ROW_NUMBER.fullmatch(row[0].strip())]
    if not rest or not numbers or rest[0][0].strip() != str(numbers[-1] + 1):
        return None
    return rest


def _plain(row: list[str]) -> list[str]:
    return ["".join(cell.split()) for cell in row]

"""Spreadsheet cells and files, made safe: the generic half of the exports. The tables
themselves are built where their data is (``tasks/exports.py``, ``targets/exports.py``, which
also composes the workbook). XLSX holds every table as a sheet; CSV holds one.

Every text cell is made safe for a spreadsheet on the way out; the stored data is not altered:
- control characters are dropped (one stray ``\x01`` in a note made the XLSX writer fail);
- a text a spreadsheet would evaluate (starting with = + - @, a tab or a carriage return: the
  OWASP CSV-injection rule) is prefixed with an apostrophe in CSV, unless it is a plain number;
- XLSX cells hold text as text, never as formulas, and such a text carries Excel's own
  "quote prefix" so that editing the cell does not turn it into one either.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import openpyxl
from django.utils import timezone
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from pilots.validators import text_clean


def labels(model, field: str) -> dict[str, str]:
    """A choice field's labels in the active language, translated once per table (not per row)."""
    return {value: str(label) for value, label in model._meta.get_field(field).flatchoices}


@dataclass
class Table:
    """A table's title, headers and rows. The rows are read while the file is written, never all
    held at once (an export of every plan at 100× the demo data has 930,000 history rows); they
    can be read once."""

    title: str
    headers: list[str]
    rows: Iterable[list]

    def __iter__(self) -> Iterator[list]:
        return iter(self.rows)

    @property
    def dict(self) -> list[dict]:
        return [dict(zip(self.headers, row, strict=True)) for row in self.rows]


def dataset(title: str, headers: list[str], rows: Iterable[list]) -> Table:
    return Table(title=title[:31], headers=headers, rows=rows)


def of_plan(queryset, plan_code: str | None, field: str = "plan__code"):
    return queryset.filter(**{field: plan_code}) if plan_code else queryset


def local_time(moment, zone=None) -> str:
    """The moment in the active time zone (``zone``: that zone, looked up once by the caller)."""
    if not moment:
        return ""
    return moment.astimezone(zone or timezone.get_current_timezone()).strftime("%Y-%m-%d %H:%M")


FORMULA_START = tuple("=+-@\t\r")
PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def formula_like(text: str) -> bool:
    """Would a spreadsheet evaluate this text typed into a cell? (A plain number is a number.)"""
    return text.lstrip(" ").startswith(FORMULA_START) and not PLAIN_NUMBER.fullmatch(text.strip())


def csv_cell(value):
    if not isinstance(value, str):
        return value
    text = text_clean(value)
    return "'" + text if formula_like(text) else text


def csv_uncell(value: str) -> str:
    """The text a CSV cell of this export stood for (the import reads exports back)."""
    return value[1:] if value.startswith("'") and formula_like(value[1:]) else value


def csv_bytes(data: Table) -> bytes:
    out = io.StringIO()
    # Text quoted, numbers bare: a number stays a number, a text stays one cell in any locale.
    writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    writer.writerow([csv_cell(h) for h in data.headers])
    for row in data:
        writer.writerow(["" if v is None else csv_cell(v) for v in row])
    # A byte-order mark so Excel opens the Chinese text as UTF-8.
    return ("\ufeff" + out.getvalue()).encode("utf-8")


XLSX_MAX_ROWS = 1_048_576  # a sheet's limit in Excel (header row included)


def xlsx_bytes(
    tables: Iterable[Table],
    max_rows: int = XLSX_MAX_ROWS,
    progress: Callable[[int], None] = lambda written: None,
) -> bytes:
    """The tables as sheets, written as a stream (openpyxl's write-only mode: no cell objects
    kept). A table longer than a sheet holds continues on sheets named "<title> (2)" and on.
    ``progress(n)`` after the n-th table is written."""
    book = openpyxl.Workbook(write_only=True)
    for number, data in enumerate(tables, 1):
        part = 0
        sheet = None
        written = max_rows
        for row in data:
            if written >= max_rows:
                part += 1
                sheet = _sheet_start(book, data, part)
                written = 1
            sheet.append([_xlsx_cell(sheet, v) for v in row])
            written += 1
        if sheet is None:
            _sheet_start(book, data, 1)
        progress(number)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet_start(book, data: Table, part: int):
    title = data.title if part == 1 else f"{data.title[: 31 - 3 - len(str(part))]} ({part})"
    sheet = book.create_sheet(title=title)
    sheet.freeze_panes = "A2"
    header = []
    for h in data.headers:
        cell = _text_cell(sheet, text_clean(h))
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    return sheet


def _xlsx_cell(sheet, value):
    if not isinstance(value, str):
        return value
    text = text_clean(value)
    if text.startswith("=") or formula_like(text):
        return _text_cell(sheet, text)
    return text


def _text_cell(sheet, text: str) -> WriteOnlyCell:
    """A cell holding ``text`` as text, never as a formula (openpyxl reads a leading "=" as
    one), with Excel's quote prefix where editing it would make it one."""
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    if formula_like(text):
        cell.quotePrefix = True
    return cell

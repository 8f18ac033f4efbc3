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

import openpyxl
import tablib
from django.utils import timezone
from openpyxl.styles import Font

from pilots.validators import text_clean


def dataset(title: str, headers: list[str], rows) -> tablib.Dataset:
    data = tablib.Dataset(headers=headers, title=title[:31])
    for row in rows:
        data.append(row)
    return data


def of_plan(queryset, plan_code: str | None, field: str = "plan__code"):
    return queryset.filter(**{field: plan_code}) if plan_code else queryset


def local_time(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


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


def csv_bytes(data: tablib.Dataset) -> bytes:
    out = io.StringIO()
    # Text quoted, numbers bare: a number stays a number, a text stays one cell in any locale.
    writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    writer.writerow([csv_cell(h) for h in data.headers])
    for row in data:
        writer.writerow(["" if v is None else csv_cell(v) for v in row])
    # A byte-order mark so Excel opens the Chinese text as UTF-8.
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def xlsx_bytes(datasets: list[tablib.Dataset]) -> bytes:
    book = openpyxl.Workbook(write_only=False)
    book.remove(book.active)
    for data in datasets:
        sheet = book.create_sheet(title=data.title)
        sheet.append([text_clean(h) for h in data.headers])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in data:
            sheet.append([text_clean(v) if isinstance(v, str) else v for v in row])
        for row in sheet.iter_rows(min_row=1):
            for cell in row:
                if cell.data_type == "f":  # openpyxl reads a leading "=" as a formula
                    cell.data_type = "s"
                if cell.data_type == "s" and formula_like(str(cell.value)):
                    cell.quotePrefix = True
        sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()

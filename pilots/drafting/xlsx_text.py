"""An Excel workbook (.xlsx, .xlsm) read as a plan's text: offices circulate 任务分解表, 主要指标
tables and 督办台账 as spreadsheets, and some put the plan's paragraphs in a sheet of their own.

Every sheet Excel shows, in order, as a reader sees it: each cell as its number format displays
it (0.85 in a 0% cell is 85%, a date cell 2026年6月), a merged range's value in every cell it
covers (as a Word table's merged cell reads), hidden rows and columns left out, a formula as the
value Excel last saved. A sheet's rows fall into blocks at its empty rows; in a block, the rows
before the first that holds several values (a title merged across, a 填表说明 line, a paragraph
of the plan in column A) are lines of the text, and the rest is a table, read by ``table_lines``
as a Word table is: a task table becomes annotated task lines, an indicator table goal sentences.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile

from openpyxl.utils.cell import range_boundaries

from pilots.drafting.tables import table_lines

# Cells a workbook may span: openpyxl makes an object for every cell a merged range covers and
# every cell of a sheet's rows read, so a range or a stray cell at XFD1048576 would take hours.
# A task list or indicator table spans a few thousand.
CELLS_MAX = 1_000_000
_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"')

# A format's parts Excel does not print: colours, conditions, locale and calendar codes.
_BRACKETS = re.compile(r"\[[^\]]*\]")
_QUOTED = re.compile(r'"([^"]*)"|\\(.)|_.|\*.')
_DIGITS = re.compile(r"[#0?][#0?,]*(?:\.[#0?]*)?")
# Excel's built-in short date (number format 14) prints as the system's short date: 2026/6/30
# on a Chinese system, whatever openpyxl names it.
_BUILT_IN_SHORT_DATE = "mm-dd-yy"
_DATE_TOKEN = re.compile(r"yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am/pm", re.I)


class WorkbookTooLarge(Exception):
    """A workbook spanning more than CELLS_MAX cells."""


def merged_cells_declared(archive: zipfile.ZipFile) -> int:
    """How many cells the merged ranges of the package's sheets cover, read before openpyxl
    makes them."""
    total = 0
    for member in archive.namelist():
        if member.startswith("xl/worksheets/") and member.endswith(".xml"):
            for ref in _MERGE_REF.findall(archive.read(member)):
                first_column, first_row, last_column, last_row = range_boundaries(ref.decode())
                total += (last_column - first_column + 1) * (last_row - first_row + 1)
    return total


def workbook_lines(book) -> list[str]:
    """The lines of every visible sheet of an openpyxl workbook (loaded with data_only)."""
    lines: list[str] = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        if sheet.max_row * sheet.max_column > CELLS_MAX:
            raise WorkbookTooLarge(sheet.title)
        for block in _blocks(_sheet_rows(sheet)):
            lines += _block_lines(block, lines, sheet.title)
    return lines


def _sheet_rows(sheet) -> list[list[str]]:
    """The sheet's visible rows of displayed cell texts, merged values repeated."""
    hidden_columns = {
        index
        for dimension in sheet.column_dimensions.values()
        if dimension.hidden and dimension.min
        for index in range(dimension.min, (dimension.max or dimension.min) + 1)
    }
    merged = {}
    for cells in sheet.merged_cells.ranges:
        value = cell_display(sheet.cell(cells.min_row, cells.min_col))
        for row in range(cells.min_row, cells.max_row + 1):
            for column in range(cells.min_col, cells.max_col + 1):
                merged[row, column] = value
    rows = []
    for row in sheet.iter_rows():
        if not row or sheet.row_dimensions[row[0].row].hidden:
            continue
        texts = [
            merged.get((cell.row, cell.column)) or cell_display(cell)
            for cell in row
            if cell.column not in hidden_columns
        ]
        rows.append(texts)
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


def _blocks(rows: list[list[str]]) -> list[list[list[str]]]:
    blocks, block = [], []
    for row in rows:
        if any(cell.strip() for cell in row):
            block.append(row)
        elif block:
            blocks.append(block)
            block = []
    return [*blocks, block] if block else blocks


def _values(row: list[str]) -> list[str]:
    return list(dict.fromkeys(cell.strip() for cell in row if cell.strip()))


def _block_lines(block: list[list[str]], before: list[str], sheet_title: str) -> list[str]:
    """A block's leading rows of one value as lines, the rest as a table; the rows of one value
    after its last row of several are lines after it (备注, 填表人)."""
    several = [i for i, row in enumerate(block) if len(_values(row)) > 1]
    if not several:
        return [line for row in block for line in _values(row)[0].splitlines() if line.strip()]
    first, last = several[0], several[-1]
    lines = [_values(row)[0] for row in block[:first]]
    caption = lines[-1] if lines else sheet_title
    table = _columns_used(block[first : last + 1])
    lines += table_lines(table, [*before, *lines], caption)
    return lines + [_values(row)[0] for row in block[last + 1 :]]


def _columns_used(rows: list[list[str]]) -> list[list[str]]:
    """The rows without the columns empty in every row (a sheet's margin column, a spacer)."""
    used = [i for i in range(len(rows[0])) if any(row[i].strip() for row in rows)]
    return [[row[i] for i in used] for row in rows]


def cell_display(cell) -> str:
    """The cell's value as Excel displays it in its number format."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("_x000D_", "").replace("\r\n", "\n").strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (dt.datetime, dt.date)):
        return date_display(value, cell.number_format)
    if isinstance(value, (int, float)):
        return number_display(value, cell.number_format)
    return str(value).strip()


def _format_section(number_format: str) -> str:
    return _BRACKETS.sub("", (number_format or "General").split(";")[0])


def number_display(value: float, number_format: str) -> str:
    """A number as a format of digits (0, #, thousands commas, decimals, %) with its literal text
    ("家", "万元" quoted or escaped) displays it; General as Excel does, without a trailing .0."""
    form = _format_section(number_format)
    digits = _DIGITS.search(form)
    if form.lower() == "general" or not digits:
        text = f"{value:.10g}" if isinstance(value, float) else str(value)
        return text.replace("e+", "E+")
    if "%" in form:
        value *= 100
    places = len(digits.group().partition(".")[2])
    number = f"{value:,.{places}f}" if "," in digits.group() else f"{value:.{places}f}"
    literal = _literal(form)
    shown = _DIGITS.search(literal)
    return literal[: shown.start()] + number + literal[shown.end() :] if shown else number


def date_display(value: dt.date, number_format: str) -> str:
    """A date as its format shows it: 2026年6月, 2026/6/30, 2026-06-30; a format Excel names but
    openpyxl does not know (General, or a locale's own) as 2026年6月30日."""
    form = re.split(r"\s*[hH]", _format_section(number_format))[0]  # the time of day left out
    if form == _BUILT_IN_SHORT_DATE:
        form = "yyyy/m/d"
    if not re.search(r"[yd]", form, re.I):
        return f"{value.year}年{value.month}月{value.day}日"
    out, at = [], 0
    for token in _DATE_TOKEN.finditer(form):
        out.append(_literal(form[at : token.start()]))
        out.append(_date_part(token.group().lower(), value))
        at = token.end()
    out.append(_literal(form[at:]))
    return "".join(out)


def _literal(form: str) -> str:
    """A format's text as printed: quoted and escaped characters kept, padding and fill dropped."""
    return _QUOTED.sub(lambda m: m.group(1) or m.group(2) or "", form)


def _date_part(token: str, value: dt.date) -> str:
    parts = {
        "yyyy": f"{value.year}",
        "yy": f"{value.year % 100:02d}",
        "mm": f"{value.month:02d}",
        "m": f"{value.month}",
        "mmm": f"{value.month}月",
        "mmmm": f"{value.month}月",
        "dd": f"{value.day:02d}",
        "d": f"{value.day}",
    }
    return parts.get(token, "")

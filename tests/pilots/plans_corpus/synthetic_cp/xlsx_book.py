"""The Excel writers the three synthetic_cp workbooks share (openpyxl): cell styles as offices
set them (宋体 body, 黑体 headers, a 方正小标宋简体 title row, thin borders, wrapped
text), and a save that gives the same bytes on every run — the workbook's created / modified
properties fixed (openpyxl's save_workbook would stamp the time of saving), every zip entry dated
FIXED, and each SUM formula's cached value written in as Excel stores it when it saves (openpyxl
writes an empty <v/>: Excel would compute it on opening, a reader of the file's cached values
would see nothing)."""

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

FIXED = (2026, 4, 1, 9, 0, 0)
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
WRAP_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def new_workbook(title: str, created: datetime) -> Workbook:
    wb = Workbook()
    props = wb.properties
    props.creator = "Administrator"
    props.lastModifiedBy = "Administrator"
    props.title = title
    props.created = created
    props.modified = created
    return wb


def title_row(ws, row: int, text: str, last_col: int, size=16, height=36):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
    cell = ws.cell(row=row, column=1)
    cell.font = Font(name="方正小标宋简体", size=size)
    cell.alignment = WRAP_CENTRE
    ws.row_dimensions[row].height = height


def put(ws, row, col, value, *, header=False, centre=False, fmt=None, bold=False, size=11):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name="黑体" if header else "宋体", size=size, bold=bold)
    cell.alignment = WRAP_CENTRE if header or centre else WRAP_LEFT
    cell.border = BOX
    if fmt:
        cell.number_format = fmt
    return cell


def box_range(ws, first_row, last_row, first_col, last_col):
    """Borders on every cell of a range (merged cells keep theirs on the covered cells too)."""
    for r in range(first_row, last_row + 1):
        for c in range(first_col, last_col + 1):
            ws.cell(row=r, column=c).border = BOX


def merge(ws, first_row, last_row, first_col, last_col):
    if (first_row, first_col) != (last_row, last_col):
        ws.merge_cells(
            start_row=first_row, start_column=first_col, end_row=last_row, end_column=last_col
        )
    box_range(ws, first_row, last_row, first_col, last_col)


def widths(ws, cms):
    for i, w in enumerate(cms, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def save(wb: Workbook, path: Path, cached: dict | None = None):
    """cached: {sheet title: {cell coordinate: value}} for the formula cells."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    sheet_file = {ws.title: f"xl/worksheets/sheet{i}.xml" for i, ws in enumerate(wb.worksheets, 1)}
    patches = {sheet_file[title]: values for title, values in (cached or {}).items()}
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src:
        entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries:
            for coord, value in patches.get(name, {}).items():
                data, n = re.subn(
                    rf'(<c r="{coord}"[^>]*><f>[^<]*</f>)<v\s*/?>(</v>)?'.encode(),
                    rb"\1<v>" + str(value).encode() + b"</v>",
                    data,
                )
                assert n == 1, (name, coord)
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)


def landscape_fit(ws, orientation="landscape"):
    """Printed landscape (or as told), all columns on one page's width, as offices set a table
    before printing."""
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

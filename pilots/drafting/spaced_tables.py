"""A task table printed as text with no rules: its cells apart by runs of spaces or tabs, or one
cell a line, as a page's table reaches a copy (序号 重点工作任务 主要责任单位 协同配合单位 …).

A line (or a run of one-cell lines) naming only a table's columns, among them a task and a role
column, opens the table; its rows are written with | between the cells, the form
``text_tables.text_tables_as_lines`` reads. A row starts at its number (the table's own, never a
figure), or without a 序号 column at a line of several cells; a category row (一、… across the
table) stays a row of one cell; the header printed again at the top of a page is dropped. A cell
that wraps goes on on the next lines: the task cell until the first names of bodies, a list of
names after a line ending in 、 or ，. Names on lines of their own fill the role columns from the
last: the last list is the last role column's (配合单位), every name before it the first one's.
"""

from __future__ import annotations

import re
from functools import cache

from pilots.drafting.cell_lines import ROW_NUMBER, cell_lines_plain
from pilots.drafting.cleaning import ideographs_restored, record_line
from pilots.drafting.lexicon import compiled, table
from pilots.drafting.names import agency_names_split, looks_like_agency
from pilots.drafting.tab_rows import tab_rows_joined

_SEPARATOR = re.compile(r"[ \t\u3000\xa0]{1,}")
_JOINERS = ("、", "，", ",", "及", "和")


def spaced_tables(text: str) -> str:
    """The text with each task table it prints without rules written with | between cells."""
    lines = cell_lines_plain(tab_rows_joined(text).split("\n"), _header_cells)
    out: list[str] = []
    index = 0
    while index < len(lines):
        header, after = _header_at(lines, index)
        if header is None:
            out.append(lines[index])
            index += 1
            continue
        rows, end = _rows(lines, after, header)
        if any(len(row) > 1 for row in rows):
            out += [" | ".join(row) + (" | |" if len(row) < 2 else " |") for row in [header, *rows]]
            index = end
        else:  # a line of column words with no rows under it: no table
            out += lines[index:after]
            index = after
    return "\n".join(out)


@cache
def _words() -> dict:
    rules = table("annotations")
    return {
        "number": re.compile(rules["table_number_column"]),
        "category": re.compile(rules["table_category_column"]),
        "other": re.compile(rules["table_other_column"]),
        "task": re.compile(rules["table_task_column"]),
        "time": re.compile(rules["table_time_cell"]),
        "body": re.compile(rules["table_body_name"]),
    }


def _column(cell: str) -> str | None:
    """What a header cell names: number, category, task, role, other; None if no column."""
    from pilots.drafting.annotation_roles import role_of_label

    words = _words()
    cell = ideographs_restored(cell)  # a PDF font's 目 may be the radical ⽬
    if len(cell) > 10:
        return None
    if words["number"].fullmatch(cell):
        return "number"
    if role_of_label(cell):
        return "role"
    if words["task"].fullmatch(cell):
        return "task"
    if words["category"].fullmatch(cell):
        return "category"
    if words["other"].search(cell):
        return "other"
    return None


def _a_header(cells: list[str]) -> bool:
    kinds = [_column(cell) for cell in cells]
    return len(cells) >= 3 and None not in kinds and "task" in kinds and "role" in kinds


def _header_cells(cells: list[str], partial: bool = False) -> bool:
    """Cells that name a task table's columns: all of them (``partial``: so far, each one a
    column), or a whole header."""
    if partial:
        return bool(cells) and all(_column(cell) for cell in cells)
    return _a_header(cells)


def _header_at(lines: list[str], index: int) -> tuple[list[str] | None, int]:
    """The header opening a table at ``index`` (cells on one line, or one cell a line) and the
    index after it; (None, index) when no header starts there."""
    line = lines[index].strip()
    if "|" in line:
        return None, index  # ruled already: ``tables`` reads it
    cells = _SEPARATOR.split(line) if line else []
    if len(cells) >= 3:
        return (cells, index + 1) if _a_header(cells) else (None, index)
    cells = []
    at = index
    while at < len(lines) and lines[at].strip() and _column(lines[at].strip()):
        cells.append(lines[at].strip())
        at += 1
    return (cells, at) if _a_header(cells) else (None, index)


def _rows(lines: list[str], index: int, header: list[str]) -> tuple[list[list[str]], int]:
    """The table's rows as cells under ``header``, and the index of the first line after it."""
    kinds = [_column(cell) for cell in header]
    numbered = kinds[0] == "number"
    rows: list[list[str]] = []
    tokens: list[str] = []  # the current row's cells as printed, a wrapped cell in pieces
    number = 0
    named = False  # the row's cells so far name bodies
    forms: set[str] = set()  # the numbering forms of the table's own category rows
    while index < len(lines):
        line = lines[index].strip()
        cells = _SEPARATOR.split(line) if line else []
        if not cells:
            if not _goes_on(lines, index + 1, numbered, number, forms):
                break
        elif record_line(line):
            break  # the 版记 (抄送：…, …印发) closes the document: its bodies are no row's
        elif _header_at(lines, index)[0] == header:
            index = _header_at(lines, index)[1]
            continue  # the header printed again at the top of a page
        elif _page_number(line):
            pass
        elif (whole := _tab_row(lines[index], len(header))) and _row_start(whole, numbered, number):
            if tokens:
                rows.append(_cells_of(tokens, kinds))
            rows.append(whole)
            number, tokens, named = int(whole[0]) if numbered else number, [], False
        elif _row_start(cells, numbered, number):
            if tokens:
                rows.append(_cells_of(tokens, kinds))
            number = int(cells[0]) if numbered else number
            tokens = cells
            named = any(_names(cell) for cell in cells[_task_start(kinds) + 1 :])
        elif _category(line) and _next_part(line, forms):
            break
        elif _category(line):
            forms.add(_category_form(line))
            if tokens:
                rows.append(_cells_of(tokens, kinds))
            rows.append([line])
            tokens = []
        elif tokens and _continues(tokens, cells, kinds, named):
            tokens += cells
            named = named or any(_names(cell) for cell in cells)
        else:
            break
        index += 1
    if tokens:
        rows.append(_cells_of(tokens, kinds))
    if not any(line.strip() for line in lines[index:]) and rows and len(rows[-1]) > 1:
        _cut_name_dropped(rows[-1], kinds)
    return rows, index


def _cut_name_dropped(row: list[str], kinds: list[str | None]) -> None:
    """The text ends inside the last row's list of names (…，谯城经开): the name it cuts off
    names nobody."""
    filled = [i for i, kind in enumerate(kinds) if kind == "role" and row[i]]
    if not filled or filled[-1] != max(i for i, cell in enumerate(row) if cell):
        return
    cell = row[filled[-1]]
    head, _, last = cell.rpartition(next((c for c in reversed(cell) if c in "、，,"), "、"))
    if head and not looks_like_agency(last):
        row[filled[-1]] = head


def _goes_on(lines: list[str], index: int, numbered: bool, number: int, forms: set[str]) -> bool:
    """A blank line inside the table: the next line printed goes on with a row or category."""
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index >= len(lines):
        return False
    line = lines[index].strip()
    if _row_start(_SEPARATOR.split(line), numbered, number):
        return True
    return bool(_category(line)) and not _next_part(line, forms)


def _category_form(line: str) -> str:
    """How a category line is numbered: 一、 → "、", （一） → "（"."""
    return "、" if re.match(r"^[一二三四五六七八九十]+、", ideographs_restored(line)) else "（"


def _next_part(line: str, forms: set[str]) -> bool:
    """A line numbered as the document's parts are, in a form the table's own categories have
    not used, with a number they could not start on (三、保障措施 after the table under 二、重点
    任务): the document's next part, which ends the table."""
    numeral = re.match(r"^[(（]?([一二三四五六七八九十]+)", ideographs_restored(line))
    return _category_form(line) not in forms and bool(numeral) and numeral[1] != "一"


def _tab_row(line: str, width: int) -> list[str] | None:
    """A row copied with one tab between each two cells, as wide as the header: its cells as
    they stand, a blank one too (a category or a measure printed once over the rows it spans)."""
    cells = [cell.strip(" \u3000\xa0") for cell in line.strip(" \u3000\xa0").split("\t")]
    return cells if len(cells) == width and "" in cells else None


def _row_start(cells: list[str], numbered: bool, number: int) -> bool:
    if numbered:
        return bool(ROW_NUMBER.fullmatch(cells[0])) and int(cells[0]) > number
    return len(cells) >= 2 and not _names(cells[0])


def _page_number(line: str) -> bool:
    dashes = "[-—–－]+"
    return bool(
        re.fullmatch(rf"{dashes}\s*\d{{1,3}}\s*{dashes}|第\s*\d+\s*页(共\s*\d+\s*页)?", line)
    )


def _category(line: str) -> str | None:
    numeral = "[一二三四五六七八九十]+"  # a PDF font's 一 may be the radical ⼀
    return (
        line
        if re.match(rf"^({numeral}、|[(（]{numeral}[)）])", ideographs_restored(line))
        else None
    )


def _continues(tokens: list[str], cells: list[str], kinds: list[str | None], named: bool) -> bool:
    """A line that goes on with the row: the task cell wrapped (no names of bodies yet, the row
    numbered and its task cell started), names of bodies, a list wrapped after 、, or the
    time cell."""
    if tokens[-1].endswith(_JOINERS):
        return True
    first = cells[0]
    if not named and not _names(first):
        return True  # the task cell wrapped over lines
    return _names(first) or ("other" in kinds and bool(_words()["time"].search(first)))


def _task_start(kinds: list[str | None]) -> int:
    return 1 if kinds[0] == "number" else 0


def _names(cell: str) -> bool:
    """The cell lists bodies (区发改委、区经信局等区政府有关部门，谯城经开区管委会): most of its
    names end as a body's and are written as one (a place or level first, or a short form)."""
    mark = compiled("annotations", "lead_mark")  # 某某园区管委会（牵头）: judged without the mark
    names = [mark.sub("", name) for name in agency_names_split(cell.strip("。；;，,、"))]
    if not names:
        return False
    bodies = [
        n for n in names if looks_like_agency(n) and (len(n) <= 6 or _words()["body"].search(n))
    ]
    return len(bodies) * 2 > len(names)


def _cells_of(tokens: list[str], kinds: list[str | None]) -> list[str]:
    """A row's printed pieces put in its columns: the number, the task cell(s) up to the first
    names of bodies, a time cell at the end, the names between in the role columns from the last
    (a list each), every earlier name in the first role column."""
    tokens = _joined(tokens)
    row = [""] * len(kinds)
    start = _task_start(kinds)
    if start:
        row[0] = tokens[0]
    rest = tokens[start:]
    others = [i for i, kind in enumerate(kinds) if kind == "other"]
    if others and len(rest) > 1 and _words()["time"].search(rest[-1]):
        times = [i for i in others if _words()["time"].search(rest[-1]) and i > 0]
        row[times[0] if times else others[-1]] = rest.pop()
    tasks = [i for i, kind in enumerate(kinds) if kind in ("task", "category")]
    roles = [i for i, kind in enumerate(kinds) if kind == "role"]
    task_cells = rest[:1]
    rest = rest[1:]
    while rest and not _names(rest[0]):
        task_cells.append(rest.pop(0))
    for i, cell in zip(tasks, task_cells[: len(tasks) - 1], strict=False):
        row[i] = cell
    row[tasks[-1]] = "".join(task_cells[len(tasks) - 1 :])
    if rest:
        tail = rest[-(len(roles) - 1) :] if len(roles) > 1 else []
        head = rest[: len(rest) - len(tail)]
        if len(rest) < len(roles):
            head, tail = rest[:1], rest[1:]
        row[roles[0]] = "、".join(cell.strip("。；;，,、") for cell in head)
        for i, cell in zip(roles[1:], tail, strict=False):
            row[i] = cell.strip("。；;，,、")
    return row


def _joined(tokens: list[str]) -> list[str]:
    """Pieces of a cell wrapped after 、 or ， (or before one) joined again."""
    joined: list[str] = []
    for token in tokens:
        if joined and (joined[-1].endswith(_JOINERS) or token.startswith(("、", "，", ",", "等"))):
            joined[-1] += token
        else:
            joined.append(token)
    return joined

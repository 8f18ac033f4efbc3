"""Tables a PDF prints without rules (no lines at all, or only the three rules of a 三线表): text in
columns apart by wide gaps. Extracted as lines, a row's cells run together ("1人工智能核心产业规模
亿元120 300"); read by their columns, each row becomes one line of its cells between |, as a ruled
table is read (``pdf_text``). Only a run of lines headed the way an indicator table (指标 … 单位 /
目标值) or a division of tasks (牵头单位, 责任单位 …) is headed is taken for a table: columns of
figures elsewhere (a contents page, a signature block) stay text."""

from __future__ import annotations

import re

from pilots.drafting.cleaning import ideographs_restored

GAP = 1.0  # ems between two characters that part a table's cells; running text has none this wide
HEADER_GAP = 0.5  # ems between two column names of a header line that part them
DIVISION_HEADS = ("牵头单位", "责任单位", "配合单位", "牵头部门", "责任部门")


def line_cells(chars: list[dict]) -> list[dict]:
    """A line's characters grouped into cells at gaps of ``GAP`` ems or more; each cell keeps its
    characters' edges (``edges``) and size, where a header's cell may be split again."""
    cells: list[dict] = []
    previous = None
    for char in chars:
        if not char.get("text", "").strip():
            continue
        size = float(char.get("size") or 10.0)
        if previous is None or float(char["x0"]) - float(previous["x1"]) >= GAP * size:
            cells.append({"x0": float(char["x0"]), "x1": float(char["x1"]), "text": "",
                          "edges": [], "size": size})  # fmt: skip
        cells[-1]["text"] += char["text"]
        cells[-1]["x1"] = float(char["x1"])
        cells[-1]["edges"].append((float(char["x0"]), float(char["x1"])))
        previous = char
    return cells


def _header_split(cells: list[dict]) -> list[dict]:
    """A header's cells with two column names set closer than ``GAP`` ("序号 重点任务", a narrow
    number column's padding) parted where ``HEADER_GAP`` ems or more stand between two names of
    two characters or more; a name spaced out letter by letter ("指　标") stays whole."""
    parted: list[dict] = []
    for cell in cells:
        edges, start = cell.get("edges") or [], 0
        for at in range(2, len(edges) - 1):
            if edges[at][0] - edges[at - 1][1] >= HEADER_GAP * cell["size"] and at - start >= 2:
                parted.append(_cell_of(cell, start, at))
                start = at
        parted.append(_cell_of(cell, start, len(edges)) if start else cell)
    return parted


def _cell_of(cell: dict, start: int, end: int) -> dict:
    edges = cell["edges"][start:end]
    return {**cell, "x0": edges[0][0], "x1": edges[-1][1], "text": cell["text"][start:end],
            "edges": edges}  # fmt: skip


def unruled_tables(lines: list[dict]) -> list[dict]:
    """A page's lines (top to bottom, each with its ``cells``) with every unruled table's lines
    replaced by its rows."""
    result: list[dict] = []
    index = 0
    while index < len(lines):
        if _header(lines[index]):
            rows, index = _table(lines, index)
            result.extend(rows)
        else:
            result.append(lines[index])
            index += 1
    return result


def _header(line: dict) -> bool:
    if line.get("row") or len(line.get("cells", ())) < 3:
        return False
    texts = [ideographs_restored(cell["text"]) for cell in line["cells"]]
    indicators = any("指标" in t for t in texts) and any(re.search("单位|目标", t) for t in texts)
    return indicators or any(t in DIVISION_HEADS for t in texts)


def _table(lines: list[dict], start: int) -> tuple[list[dict], int]:
    """The rows of the table headed at ``start`` and the index of the first line after it. A line
    with nothing in the first column whose cells start where the row above has its cells
    continues that row (a cell's text wrapped); one standing nearer the next line with a first
    cell, on its page, starts that row (a wrapped cell centred on its row, half above the row's
    line); any other line without a first cell, or one cell running across a column's edge, is
    the text after the table."""
    header = lines[start]
    columns = _header_split(header["cells"])
    rows = [_row(header, [[cell["text"]] for cell in columns], columns)]
    held: tuple[list[list[str]], list[dict]] | None = None  # a row's cells set above its line
    last = header  # the last line read into the table
    index = start + 1
    while index < len(lines):
        line = lines[index]
        cells = line.get("cells", [])
        if line.get("row") or not cells or (len(cells) == 1 and _spills(cells[0], columns)):
            break
        texts: list[list[str]] = [[] for _ in columns]
        for cell in cells:
            texts[_column(cell, columns)].append(cell["text"])
        if not texts[0] and held is None and _row_below(lines, index, last, columns):
            held = (texts, cells)
        elif texts[0] and held is not None:
            parts = [above + below for above, below in zip(held[0], texts, strict=True)]
            rows.append(_row({**line, "top": lines[index - 1]["top"]}, parts, cells + held[1]))
            held = None
        elif held is not None:
            break
        elif texts[0] or len(rows) == 1:
            rows.append(_row(line, texts, cells))
        elif _aligned(cells, rows[-1]["starts"], line["size"]):
            previous = rows[-1]
            texts = _wrapped_texts(cells, previous["starts"], columns, line["size"])
            for parts, more in zip(previous["parts"], texts, strict=True):
                parts.extend(more)
            previous.update(
                _row({**previous, "bottom": line["bottom"]}, previous["parts"], previous["starts"])
            )
        else:
            break
        last = line
        index += 1
    if held is not None:
        index -= 1  # a line held for a row that never came is the text after the table
    if len(rows) < 2:
        return [lines[start]], start + 1
    return rows, index


def _row_below(lines: list[dict], index: int, last: dict, columns: list[dict]) -> bool:
    """Whether the line at ``index`` (no first cell) stands nearer the next line, a row's line
    with a first cell on the same page, than the last line read, and fills only columns that
    row's line leaves empty."""
    line = lines[index]
    if index + 1 >= len(lines) or line.get("page") != last.get("page"):
        return False
    below = lines[index + 1]
    cells = below.get("cells", [])
    if below.get("row") or below.get("page") != line.get("page") or not cells:
        return False
    filled = {_column(cell, columns) for cell in cells}
    if 0 not in filled or filled & {_column(cell, columns) for cell in line["cells"]}:
        return False
    return below["top"] - line["bottom"] < line["top"] - last["bottom"]


def _spills(cell: dict, columns: list[dict]) -> bool:
    column = _column(cell, columns)
    return column + 1 < len(columns) and cell["x1"] > columns[column + 1]["x0"]


def _wrapped_texts(
    cells: list[dict], starts: list[dict], columns: list[dict], size: float
) -> list[list[str]]:
    """The texts of a line continuing a row, each cell in the column of the row's cell it starts
    under: a short rest of a wrapped cell ("局" under "县教育局、…、县商务") lies at that cell's
    left edge, nearer the middle of the column before it when the last column is wide."""
    texts: list[list[str]] = [[] for _ in columns]
    for cell in cells:
        start = min(starts, key=lambda s: abs(cell["x0"] - s["x0"]))
        column = _column(start, columns) if abs(cell["x0"] - start["x0"]) < size / 2 else None
        texts[_column(cell, columns) if column is None else column].append(cell["text"])
    return texts


def _aligned(cells: list[dict], starts: list[dict], size: float) -> bool:
    return all(any(abs(cell["x0"] - start["x0"]) < size / 2 for start in starts) for cell in cells)


def _column(cell: dict, columns: list[dict]) -> int:
    """The column whose heading's centre is nearest the cell's: cells are centred or set left."""
    middle = (cell["x0"] + cell["x1"]) / 2
    return min(
        range(len(columns)), key=lambda i: abs((columns[i]["x0"] + columns[i]["x1"]) / 2 - middle)
    )


def _row(line: dict, parts: list[list[str]], starts: list[dict]) -> dict:
    """A table's row as the reader's line; ``parts`` the texts of each column, ``starts`` the
    cells of the row's first line (where a wrapped cell's next line starts)."""
    return {
        "text": " | ".join("".join(texts) for texts in parts) + " |",
        "x0": line["x0"], "x1": line["x1"], "top": line["top"], "bottom": line["bottom"],
        "size": line.get("size", 10.0), "row": True, "parts": parts, "starts": starts,
    }  # fmt: skip

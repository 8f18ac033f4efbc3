"""Ruled tables of a PDF (``pdf_text``), read as rows: each row one line of its cells between |,
the form a table printed as text takes and the drafting reads (``tables``). Extracted as text
lines, a row's cells run together ("1人工智能核心产业规模亿元120 300").

A table goes on over a page break. A row broken there is left open: its cells have no rule
under them at the foot of the page, and none over them at the top of the next, so no cell would
be closed; the ends of the columns' rules close them. A cell merged over rows is read in each
of them, as a table printed as text repeats it. The part of the row on the next page has
no number of its own (an empty first cell) and goes on with the row before it, cell by cell
("省卫生健" / "康委"); a header row printed again on the next page is dropped."""

from __future__ import annotations

import re

JOIN = 2.0  # points by which the rules of one table on two pages may differ


def ruled_tables(page) -> list[tuple[tuple, list[dict]]]:
    """The page's ruled tables (bounding box, rows)."""
    height = float(page.height) or 1.0
    settings = {"explicit_horizontal_lines": _open_ends(page)}
    found = []
    for table in page.find_tables(settings):
        rows = []
        spans: dict[int, float] = {}
        for row, cells in zip(table.rows, table.extract(), strict=False):
            texts = [re.sub(r"\s+", "", cell or "") for cell in cells]
            covered = _covered(row, texts, spans)
            if any(texts):
                top, bottom = float(row.bbox[1]) / height, float(row.bbox[3]) / height
                rows.append({"text": " | ".join(texts) + " |", "x0": float(row.bbox[0]),
                             "x1": float(row.bbox[2]), "top": top, "bottom": bottom,
                             "size": 10.0, "row": True, "texts": texts,
                             "page": page.page_number, "table": table.bbox,
                             "covered": covered})  # fmt: skip
        found.append((table.bbox, rows))
    return found


def _covered(row, texts: list[str], spans: dict[int, float]) -> list[int]:
    """The columns where the row has no cell of its own, a cell of a row above reaching down
    past its top (merged over rows); ``spans`` the bottom of each column's last cell."""
    top = float(row.bbox[1])
    covered = []
    for column, cell in enumerate(row.cells):
        if cell is not None:
            spans[column] = float(cell[3])
        elif column in spans and spans[column] > top + 1:
            covered.append(column)
    return covered


def _open_ends(page) -> list[dict]:
    """Rules across the lowest and the highest ends of the page's vertical rules: where a table
    breaks at a page's foot or goes on at the next page's top, its columns' rules stop with no
    rule across them. Where a rule is there already the two are one."""
    verticals = [edge for edge in page.edges if edge["orientation"] == "v"]
    if not verticals:
        return []
    ends = []
    for y, side in ((max(e["bottom"] for e in verticals), "bottom"),
                    (min(e["top"] for e in verticals), "top")):  # fmt: skip
        reaching = [e["x0"] for e in verticals if abs(e[side] - y) <= 1]
        if len(reaching) >= 2:
            ends.append({"object_type": "line", "x0": min(reaching), "x1": max(reaching),
                         "top": y, "bottom": y, "width": max(reaching) - min(reaching),
                         "height": 0})  # fmt: skip
    return ends


def continued_rows(lines: list[dict]) -> list[dict]:
    """The document's lines with each table row broken over a page joined to the row before
    it, and a header row repeated on the next page dropped."""
    result: list[dict] = []
    header = None
    for line in lines:
        previous = result[-1] if result else None
        if not line.get("row"):
            result.append(line)
            continue
        if previous is None or not previous.get("row"):
            header = line
        elif _goes_on(previous, line):
            if header is not None and line["texts"] == header["texts"] and header is not previous:
                continue  # the header printed again over the table's part on this page
            if not line["texts"][0]:
                result[-1] = _joined(previous, line)
                continue
        elif line.get("covered") and "texts" in previous:
            line = _spanned(line, previous)
        result.append(line)
    return result


def _spanned(line: dict, previous: dict) -> dict:
    """The row with each cell merged with the one above given its text, as a table printed as
    text or a Word file repeats it (the cell above whole, when it was broken over a page)."""
    texts = [
        previous["texts"][i] if i in line["covered"] else text
        for i, text in enumerate(line["texts"])
    ]
    return {**line, "texts": texts, "text": " | ".join(texts) + " |"}


def _goes_on(previous: dict, line: dict) -> bool:
    """Whether a row opening a page is of the table the previous page ends with: as many
    columns, the same edges (the table's: a row's own stop short where its last cells are
    merged with the row above)."""
    return (
        "texts" in previous
        and "texts" in line
        and previous.get("page") != line.get("page")
        and len(previous["texts"]) == len(line["texts"])
        and abs(previous["table"][0] - line["table"][0]) <= JOIN
        and abs(previous["table"][2] - line["table"][2]) <= JOIN
    )


def _joined(previous: dict, line: dict) -> dict:
    cells = [before + after for before, after in zip(previous["texts"], line["texts"], strict=True)]
    return {**previous, "texts": cells, "text": " | ".join(cells) + " |", "page": line["page"]}

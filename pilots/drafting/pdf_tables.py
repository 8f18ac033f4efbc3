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

from pilots.drafting.cleaning import ideographs_restored
from pilots.drafting.lexicon import alternation, compiled, table as data_table
from pilots.drafting.names import agency_is_generic, looks_like_agency

EDGE = 0.09  # share of the page height at its foot where the page number sits (``pdf_running``)
JOIN = 2.0  # points by which the rules of one table on two pages may differ
NAMES_APART = r"[、，,；;。]"
NAME_ENDS = "、，,；;。：:）)"  # marks a cell ending after a whole name or sentence ends with


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
                             "covered": covered, "boxes": row.cells})  # fmt: skip
        if rows:
            rows[-1]["filled"] = _filled(page, rows[-1]["boxes"])
        found.append((table.bbox, rows))
    return found


def _filled(page, cells: list) -> list[int]:
    """The columns of a row whose text runs down to the foot of its cell, within a line: at a
    page's foot, a cell that may go on over the page."""
    filled = []
    for column, cell in enumerate(cells):
        if cell is None:
            continue
        inside = [c for c in page.chars if c["text"].strip() and _within(c, cell)]
        last = max(inside, key=lambda c: c["bottom"], default=None)
        if last is not None and float(cell[3]) - float(last["bottom"]) < 2 * float(last["size"]):
            filled.append(column)
    return filled


def _within(char: dict, cell: tuple) -> bool:
    middle = (float(char["x0"]) + float(char["x1"])) / 2, (char["top"] + char["bottom"]) / 2
    return cell[0] <= middle[0] <= cell[2] and cell[1] <= middle[1] <= cell[3]


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
        if side == "bottom":
            y = min(y, _page_number_top(page))
        if len(reaching) >= 2:
            ends.append({"object_type": "line", "x0": min(reaching), "x1": max(reaching),
                         "top": y, "bottom": y, "width": max(reaching) - min(reaching),
                         "height": 0})  # fmt: skip
    return ends


def _page_number_top(page) -> float:
    """The top of the page number at the page's foot (or the page's height): the rules of a row
    broken there may run past it into the margin (Chromium draws them to the page's edge), and
    the cells they close would hold it ("无—", "2026年12月13—")."""
    height = float(page.height)
    foot = [c for c in page.chars if c["top"] > (1 - EDGE) * height and c["text"].strip()]
    lines: dict[int, list[dict]] = {}
    for char in foot:
        lines.setdefault(round(char["top"]), []).append(char)
    numbers = [
        min(c["top"] for c in chars)
        for chars in lines.values()
        if compiled("documents", "page_number").match(
            "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"]))
        )
    ]
    return min(numbers, default=height) - 1.0


def continued_rows(lines: list[dict]) -> list[dict]:
    """The document's lines with each table row broken over a page joined to the row before
    it, and a header row repeated on the next page dropped, and the "续表" line over it."""
    result: list[dict] = []
    header = None
    for line in lines:
        previous = result[-1] if result else None
        if not line.get("row"):
            if not (previous and previous.get("row") and _continued_mark(line)):
                result.append(line)
            continue  # 续表 over a table's part on the next page: the rows go on
        if previous is None or not previous.get("row"):
            header = line
        elif _goes_on(previous, line):
            if header is not None and line["texts"] == header["texts"] and header is not previous:
                continue  # the header printed again over the table's part on this page
            if not line["texts"][0]:
                result[-1] = _joined(previous, line)
                continue
            result[-1], line = _merged_over_the_break(previous, line)
        elif line.get("covered") and "texts" in previous:
            line = _spanned(line, previous)
        result.append(line)
    return result


def _continued_mark(line: dict) -> bool:
    return bool(compiled("documents", "table_continued").match(line["text"]))


def _spanned(line: dict, previous: dict) -> dict:
    """The row with each cell merged with the one above given its text, as a table printed as
    text or a Word file repeats it (the cell above whole, when it was broken over a page)."""
    texts = [
        previous["texts"][i] if i in line["covered"] else text
        for i, text in enumerate(line["texts"])
    ]
    return {**line, "texts": texts, "text": " | ".join(texts) + " |"}


def _merged_over_the_break(previous: dict, line: dict) -> tuple[dict, dict]:
    """The last row of a page and the numbered row opening the next where cells merged over
    both were broken at the page break: a cell of the opening row merged over rows below it
    and blank is the one above, its text all before the break; a cell going on from one that
    ran to the foot of the page cut a name in two ("省卫生健" / "康委、…") is the rest of it.
    Both rows read the whole cell, as a table printed as text repeats a merged one."""
    before, after = list(previous["texts"]), list(line["texts"])
    own_bottom = min((float(cell[3]) for cell in line["boxes"] if cell is not None), default=0.0)
    for column, cell in enumerate(line["boxes"]):
        if cell is None or column >= len(before):
            continue
        if not after[column] and (
            float(cell[3]) > own_bottom + 1 or column in previous.get("covered", ())
        ):  # merged over rows below it, or over the rows above the break down to it
            after[column] = before[column]
        elif after[column] and column in previous.get("filled", ()) and _cut(before[column]):
            name = _last_name(before[column]) + re.split(NAMES_APART, after[column])[0]
            if looks_like_agency(name):
                before[column] = after[column] = before[column] + after[column]
    return _with_texts(previous, before), _with_texts(line, after)


def _cut(text: str) -> bool:
    """A cell's text ends inside a name: no mark after it, its last name none a body's and no
    word a cell names nobody with (无, 有关部门), nor a figure with its unit (a task cell's
    "…新增人工智能企业15家": a clause ends there, no name breaks after a count)."""
    last = ideographs_restored(_last_name(text))  # 无 may be the radical ⽆
    return (
        bool(text)
        and text[-1] not in NAME_ENDS
        and not looks_like_agency(last)
        and not agency_is_generic(last)
        and not _counted(last)
    )


def _counted(text: str) -> bool:
    units = alternation([*data_table("quantities")["base_units"], "%", "％"])
    return bool(re.search(rf"\d\s*(?:{units})$", text))


def _last_name(text: str) -> str:
    return re.split(NAMES_APART, text)[-1]


def _with_texts(row: dict, texts: list[str]) -> dict:
    return {**row, "texts": texts, "text": " | ".join(texts) + " |"}


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

"""An indicator table laid on its side: the indicators across the header, each with its unit
(人工智能核心产业规模（亿元） | 智能算力规模（P） | …), and a row per YEAR (年份: 2026年 / 2027年 /
2028年, a schedule of each year's figures) or per PLACE below the plan's level (地区: each city or
county by name, the table's year in its caption: "…主要目标任务分解表（2027年）").

Each cell is the indicator's figure for its row, as the goal sentence the genre would print: a
year's row dates it ("到2027年，智能算力规模达到600P"); a place's row names the place in the metric
("到2027年，A市智能算力规模达到300P") — the plan's quota for that place, which nobody may read as
the plan's own total. A row totalling the places (全省, 全市, 合计) restates the plan's own
figures: no sentence. A year's row marked as the base (2025年（基期）, 现状) is where the later rows
start from. Every cell below the header must be a figure or an empty mark (—), so a task table
or a list of names is never read so. Words are in data/quantities.yaml (side_indicator_table).

A place's table may divide each indicator by YEAR too: a year in the column's header (…（亿元）
2026年, or a header of two rows, the years under each indicator or over them) dates the column's
cells. The total row's cell of a thing and year the plan prints nowhere else (the places' 2026
scenes summed, the goals naming 2027's alone) is the plan's own figure, first printed there: it is
given as the plan's sentence (no place), and a figure the goals state already is dropped where
the goals are read, as any table's restatement is (goals._restates).
"""

from __future__ import annotations

import re

from pilots.drafting.indicators import indicator_sentence, metric_and_unit, year_of
from pilots.drafting.lexicon import table


def side_indicator_lines(rows: list[list[str]], caption: str = "") -> list[str] | None:
    """The table's cells as one goal line, or None when it is no indicator table on its side;
    ``caption``, the line printed above the table (its title, where a year may stand)."""
    words = table("quantities")["side_indicator_table"]
    empty = table("quantities")["indicator_table"]["empty_cell"]
    rows = [[" ".join(cell.split()) for cell in row] for row in rows]
    if len(rows) < 2 or len(rows[0]) < 3 or not re.fullmatch(words["label_column"], rows[0][0]):
        return None
    header, rows = _header_of_two_rows(rows, words["column_year"])
    columns = {i: _column(c, words["column_year"]) for i, c in enumerate(header) if i and c}
    if len(columns) < 2 or not all(unit for _, unit, _ in columns.values()):
        return None  # each indicator with its unit in its header cell
    body = [row for row in rows if row and row[0]]
    for row in body:
        cells = [row[i] if i < len(row) else "" for i in columns]
        if year_of(row[0]) is None and re.search(r"\d", row[0]):
            return None
        if not all(re.fullmatch(words["value_cell"], c) or re.fullmatch(empty, c) for c in cells):
            return None
    if not body:
        return None
    dated = year_of(caption) or year_of(header[0])
    by_year = any(year_of(row[0]) for row in body)  # a schedule: its total sums the years
    starts: dict[int, str] = {}
    sentences: list[str] = []
    for row in body:
        label, year = row[0], year_of(row[0])
        total = bool(re.search(words["total_row"], label))  # the plan's own: no place named
        if total and by_year:
            continue
        if year and re.search(table("quantities")["indicator_table"]["base"], label):
            starts = {i: row[i] for i in columns if i < len(row) and re.search(r"\d", row[i])}
            continue
        place = "" if year or total else label
        for i, (metric, unit, column_year) in columns.items():
            value = row[i] if i < len(row) else ""
            if not re.search(r"\d", value):
                continue  # — : no figure set that year
            start = starts.get(i, "")
            due = year or column_year or dated
            sentences.append(indicator_sentence(place + metric, unit, start, value, due))
    return ["；".join(sentences) + "。"] if sentences else None


def _header_of_two_rows(
    rows: list[list[str]], column_year: str
) -> tuple[list[str], list[list[str]]]:
    """(the header, the rows under it): a second header row of years (2026年 | 2027年 under each
    indicator, merged across them) is joined to the first, column by column."""
    first, second = rows[0], rows[1]
    below = zip(first[1:], second[1:], strict=False)
    years = [b for a, b in below if b and b != a]  # not a cell merged down over both rows
    if not years or not all(re.fullmatch(column_year, cell) for cell in years):
        return first, rows[1:]
    width = max(len(first), len(second))
    first, second = first + [""] * (width - len(first)), second + [""] * (width - len(second))
    pairs = zip(first, second, strict=True)
    joined = [a if a == b or not b else f"{a} {b}".strip() for a, b in pairs]
    return joined, rows[2:]


def _column(cell: str, column_year: str) -> tuple[str, str, int | None]:
    """(metric, unit, year) of a header cell: 人工智能核心产业规模（亿元）2026年 → the metric, 亿元
    and 2026; a cell with no year, the caption's."""
    found = re.search(column_year, cell)
    rest = f"{cell[: found.start()]} {cell[found.end() :]}".strip() if found else cell
    metric, unit = metric_and_unit(rest, "")
    return metric, unit, year_of(found[0]) if found else None

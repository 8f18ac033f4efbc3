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
    columns = {i: metric_and_unit(cell, "") for i, cell in enumerate(rows[0]) if i and cell}
    if len(columns) < 2 or not all(unit for _, unit in columns.values()):
        return None  # each indicator with its unit in its header cell
    body = [row for row in rows[1:] if row and row[0]]
    for row in body:
        cells = [row[i] if i < len(row) else "" for i in columns]
        if year_of(row[0]) is None and re.search(r"\d", row[0]):
            return None
        if not all(re.fullmatch(words["value_cell"], c) or re.fullmatch(empty, c) for c in cells):
            return None
    if not body:
        return None
    dated = year_of(caption) or year_of(rows[0][0])
    starts: dict[int, str] = {}
    sentences: list[str] = []
    for row in body:
        label, year = row[0], year_of(row[0])
        if re.search(words["total_row"], label):
            continue  # the places' sum: the plan's own figures, stated in its body
        if year and re.search(table("quantities")["indicator_table"]["base"], label):
            starts = {i: row[i] for i in columns if i < len(row) and re.search(r"\d", row[i])}
            continue
        place = "" if year else label
        for i, (metric, unit) in columns.items():
            value = row[i] if i < len(row) else ""
            if not re.search(r"\d", value):
                continue  # — : no figure set that year
            start = starts.get(i, "")
            sentences.append(indicator_sentence(place + metric, unit, start, value, year or dated))
    return ["；".join(sentences) + "。"] if sentences else None

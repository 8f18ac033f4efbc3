"""A plan's table of main indicators (主要指标) as the goal sentences the genre would print.

Many plans give their targets in a table rather than in sentences: 序号 | 指标 | 单位 | 2024年 |
2027年 (a base year, then target years), or 指标名称 | 基期值 | 目标值. Each row becomes one
sentence per target column, dated by the column's year, with the base as the change's start:
"到2027年，人工智能核心产业规模从100亿元提高到300亿元". The sentences of one table make one goal
line, read by the goal grammar like any other; a row's 责任单位 / 牵头单位 cell (one per year, or
one for the row) follows each figure as a mark (〘区工信局〙) read as the target's owner and
dropped before the figures are read (target_owners). A table pasted
from a PDF or a page one cell per line is read by its header cells (序号 / 指标 / 单位 / 2024年 /
2027年) and then as many cells per row. Header words are in data/quantities.yaml.
"""

from __future__ import annotations

import re

from pilots.drafting.lexicon import alternation, table
from pilots.drafting.target_owners import owner_annotation, owner_columns


def indicator_lines(rows: list[list[str]]) -> list[str] | None:
    """The table's rows as one goal line, or None when it is no indicator table."""
    words = table("quantities")["indicator_table"]
    rows = _header_of_two_rows(rows, f"{words['header_cell']}|{words['owner']}")
    header = rows[0] if rows else []
    name = _name_column(header)
    if name is None:
        return None
    years = {i: year_of(cell) for i, cell in enumerate(header) if i != name}
    base = [i for i in years if re.search(words["base"], header[i])]
    targets = [
        i
        for i in years
        if i not in base
        and (years[i] or re.search(words["target"], header[i]))
        and not re.search(words["owner"], header[i])  # 2026年责任单位: who answers, no figure
    ]
    dated = sorted((i for i in targets if years[i]), key=lambda i: years[i])
    if not base and len(dated) >= 2 and not re.search(words["target"], header[dated[0]]):
        base = [dated[0]]  # 2024年 | 2027年: the earliest year is where the plan starts from
        targets.remove(dated[0])
    if not targets:
        return None
    unit_column = _column(header, words["unit"])
    remark = _column(header, words["remark"])
    rates = next(
        (i for i in years if not years[i] and i not in targets and i not in base
         and re.search(words["rate_column"], header[i])),
        None,
    )  # fmt: skip
    last_year = max((years[i] for i in targets if years[i]), default=None)
    owners = owner_columns(header)
    sentences = []
    for row in rows[1:]:
        if len(row) <= max([name, *targets]) or not row[name].strip():
            continue
        metric, unit = metric_and_unit(
            row[name], row[unit_column] if unit_column is not None else ""
        )
        start = row[base[0]].strip() if base and base[0] < len(row) else ""
        columns = [column for column in targets if re.search(r"\d", row[column])]
        stated = [
            indicator_sentence(metric, unit, start, row[column].strip(), years[column])
            for column in columns
        ]
        if stated and remark is not None and remark < len(row):
            stated[-1] += _remark_clause(row[remark])
        stated = [  # …达到20家〘区工信局〙: who answers for the figure (target_owners)
            sentence + owner_annotation(row, owners, years[column])
            for sentence, column in zip(stated, columns, strict=True)
        ]
        if rates is not None and rates < len(row):
            rated = _rate_sentences(metric, unit, row[rates].strip(), last_year)
            stated += [sentence + owner_annotation(row, owners, None) for sentence in rated]
        sentences += stated
    return ["；".join(sentences) + "。"] if sentences else None


def _rate_sentences(metric: str, unit: str, cell: str, year: int | None) -> list[str]:
    """The cell of a 年均增速/累计 column as the sentence the genre prints for it: a growth rate
    (23.4% → 年均增长23.4%; a cell worded 年均增长15%以上 as it is), or a bracketed sum over the
    period ([40] → 累计新增40个; in a row of % 累计提高35个百分点). "—" or no figure: none."""
    if not re.search(r"\d", cell):
        return []
    dated = f"到{year}年，" if year else ""
    total = re.match(table("quantities")["indicator_table"]["period_sum"], cell)
    if total:
        if unit in ("%", "％"):
            return [f"{dated}{metric}累计提高{total[1]}个百分点"]
        return [f"{dated}{metric}累计新增{_with_unit(total[1], unit)}"]
    if re.search(r"[\u4e00-\u9fff]", cell) and re.search(r"增长|增速", cell):
        return [f"{dated}{metric}{cell}"]  # 年均增长15%以上: worded already
    if re.fullmatch(r"[≥≧＞>]?\s*\d+(?:\.\d+)?\s*[%％](?:以上|左右)?", cell):
        return [f"{dated}{metric}年均增长{cell}"]
    return []


def _remark_clause(cell: str) -> str:
    """A remark holding a figure of its own (较上年增长25%, 新增12家, 其中亿元以上项目4个) is a
    clause after the row's last target sentence: the goal grammar reads it as a target of the
    row's indicator (a part of it after 其中); a remark with no figure (累计, 预期性) adds none."""
    cell = " ".join(cell.split()).strip("。；;，, ")
    return f"，{cell}" if re.search(r"\d", cell) and not re.search(r"[。；;]", cell) else ""


def _header_of_two_rows(rows: list[list[str]], header_cell: str) -> list[list[str]]:
    """The rows with a header of two rows made one: 发展目标 across 2024年 | 2027年 under it, the
    other header cells merged down (Word repeats a merged cell in each row it covers, a page or a
    PDF leaves it blank). A label
    across several columns gives way to the cells under it — unless it is a year the cells
    under it lack (2026年 across 目标值 | 责任单位: 2026年目标值, 2026年责任单位, each year's figure
    and the body answering for it); one over a single column is prefixed to its cell (基期值 over
    2024年: 基期值2024年)."""
    if len(rows) < 3 or len(rows[0]) != len(rows[1]):
        return rows
    top, under = rows[0], rows[1]
    if top == under or not all(
        a == b or not b.strip() or re.search(header_cell, b.strip())
        for a, b in zip(top, under, strict=True)
    ):
        return rows
    merged = [
        a if a == b or not b.strip()
        else b if (top.count(a) > 1 and not (year_of(a) and not year_of(b))) or not a.strip()
        else a + b
        for a, b in zip(top, under, strict=True)
    ]  # fmt: skip
    return [merged, *rows[2:]]


def _column(header: list[str], pattern: str) -> int | None:
    return next((i for i, cell in enumerate(header) if re.search(pattern, cell)), None)


def year_of(cell: str) -> int | None:
    found = re.search(r"(20\d\d)\s*年?", cell)
    return int(found[1]) if found else None


def metric_and_unit(cell: str, unit: str) -> tuple[str, str]:
    """人工智能核心产业规模（亿元）→ (人工智能核心产业规模, 亿元); a 单位 column wins."""
    cell = " ".join(cell.split())
    bracket = re.search(r"[（(]([^（()）]{1,8})[)）]\s*$", cell)
    metric = cell[: bracket.start()].strip() if bracket else cell
    unit = unit.strip() or (bracket[1].strip() if bracket else "")
    return metric, "" if unit in ("—", "-", "/") else unit


def indicator_sentence(metric: str, unit: str, start: str, value: str, year: int | None) -> str:
    words = table("quantities")["indicator_table"]["symbols"]
    symbol = next((s for s in words if value.startswith(s)), None)
    comparator = words[symbol] if symbol else ""
    value = value[len(symbol) :].strip() if symbol else value
    figure = rf"\d+(?:\.\d+)?\s*(?:{alternation(table('quantities')['multipliers'])})?"
    post = re.fullmatch(rf"({figure})\s*({_post_words()})", value)  # 300以上: 300家以上
    if post:
        value = f"{_with_unit(post[1], unit)}{post[2]}"
    elif re.fullmatch(figure, value) or not re.search(r"\d[^\d.]+$", value):
        value = _with_unit(value, unit)  # 70% keeps its unit
    dated = f"到{year}年，" if year else ""
    if not comparator and re.fullmatch(r"\d+(?:\.\d+)?", start):
        return f"{dated}{metric}从{start}{unit}提高到{value}"
    return f"{dated}{metric}{comparator or '达到'}{value}"


def _with_unit(figure: str, unit: str) -> str:
    """A figure of the row with the row's unit: 8 (个) 8个, 1万 (人次) 1万人次; a figure in the
    unit's own multiplier takes it once: 300亿 (亿元) 300亿元."""
    multiplier = re.search(r"[^\d.\s]+$", figure)
    if multiplier and unit.startswith(multiplier[0]):
        return figure[: multiplier.start()] + unit
    return f"{figure}{unit}"


def _post_words() -> str:
    """The comparators written after a figure (以上, 左右 …)."""
    return alternation(list(table("quantities")["post_comparators"]))


def cell_per_line_table(lines: list[str], index: int) -> tuple[list[str] | None, int]:
    """A table pasted one cell per line (序号 / 指标 / 单位 / 2024年 / 2027年 each on its own line,
    then each row's cells): (its goal line, the index after it), or (None, index)."""
    words = table("quantities")["indicator_table"]
    header: list[str] = []
    while index + len(header) < len(lines):
        cell = lines[index + len(header)].strip()
        if len(cell) > 16 or not re.search(words["header_cell"], cell):
            break
        header.append(cell)
    if len(header) < 3 or not any(re.search(words["name"], cell) for cell in header):
        return None, index
    numbered = re.fullmatch(r"序号|编号", header[0]) is not None
    rows, at = [header], index + len(header)
    name = _name_column(header)
    while (read := _wrapped_row(lines, at, header, name, numbered, len(rows))) is not None:
        row, at = read
        rows.append(row)
    found = indicator_lines(rows) if len(rows) >= 2 else None
    return (found, at) if found else (None, index)


def _wrapped_row(
    lines: list[str], at: int, header: list[str], name: int | None, numbered: bool, position: int
) -> tuple[list[str], int] | None:
    """The row pasted one cell a line from lines[at]: (its cells, the index after it), or None.
    A name too long for its narrow column ``name`` is printed on two or three lines, one cell
    again."""
    for extra in range(3 if name is not None else 1):
        end = at + len(header) + extra
        if end > len(lines):
            return None
        cells = [cell.strip() for cell in lines[at:end]]
        if extra:
            cells[name : name + extra + 1] = ["".join(cells[name : name + extra + 1])]
        if _a_row(header, cells, numbered, position):
            return cells, end
    return None


def _name_column(header: list[str]) -> int | None:
    """The column naming the indicators: the last one (二级指标 after 一级指标), never 指标属性."""
    words = table("quantities")["indicator_table"]
    names = [
        i
        for i, cell in enumerate(header)
        if re.search(words["name"], cell) and not re.search(words["name_not"], cell)
    ]
    return names[-1] if names else None


def spaced_tables_as_cells(text: str) -> str:
    """The text with each indicator table it prints with its cells apart by spaces (序号  指标名称
    单位  2024年  2027年, then a row a line: a page's table as its text reaches a copy) written with
    | between the cells, as ``tables`` reads them; before the lines are joined and the spaces
    between Chinese characters dropped. Every cell of the header line is a header word, and each
    row has as many cells."""
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        end = _spaced_table_end(lines, index)
        for at in range(index, end):
            lines[at] = " | ".join(lines[at].split())
        index = max(end, index + 1)
    return "\n".join(lines)


def _spaced_table_end(lines: list[str], index: int) -> int:
    """The index after the spaced indicator table whose header is lines[index]; index if none."""
    words = table("quantities")["indicator_table"]
    header = lines[index].split()
    if len(header) < 3 or not all(re.search(words["header_cell"], cell) for cell in header):
        return index
    if not any(re.search(words["name"], cell) for cell in header):
        return index
    numbered = re.fullmatch(r"序号|编号", header[0]) is not None
    rows, at = [header], index + 1
    while at < len(lines):
        row = lines[at].split()
        if len(row) != len(header) or not _a_row(header, row, numbered, len(rows)):
            break
        rows.append(row)
        at += 1
    return at if len(rows) >= 2 and indicator_lines(rows) else index


def _a_row(header: list[str], row: list[str], numbered: bool, position: int) -> bool:
    """Cells that read as the next row: its number, a name that is no figure, and every year or
    value column a figure or empty."""
    words = table("quantities")["indicator_table"]
    if numbered and row[0] != str(position):
        return False
    for cell, name in zip(row, header, strict=True):
        valued = year_of(name) or re.search(f"{words['base']}|{words['target']}", name)
        if valued and not (re.search(r"\d", cell) or re.fullmatch(words["empty_cell"], cell)):
            return False
        if re.search(words["name"], name) and (not cell or re.fullmatch(r"[\d.,%≥≤<>]+", cell)):
            return False
    return True

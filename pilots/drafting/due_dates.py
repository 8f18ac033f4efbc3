"""A task's due date from its table's time column or its annotation (完成时限：2025年12月底).

The genre writes the time a task is due as a year (2026年, 2026年底前), a month (2025年6月底), a
day, a half year or a quarter; "持续推进", "长期坚持" name no date. The fixture's ``due`` is the
last day the words allow (2025年6月底 → 2025-06-30); several dates give the latest.
"""

from __future__ import annotations

import calendar
import datetime
import re

from pilots.drafting.lexicon import compiled, table

_DATE = re.compile(
    r"(?P<year>(?:19|20)\d\d)\s*年"
    r"(?:\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?"
    r"|\s*(?:第\s*)?(?P<quarter>[一二三四1-4])\s*季度|\s*(?P<half>[上下])半年)?"
)
_QUARTERS = {"一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12}


_YEARLESS = re.compile(
    r"(?<![\d年])(?:(?P<month>\d{1,2})\s*月|(?:第\s*)?(?P<quarter>[一二三四1-4])\s*季度"
    r"|(?P<half>[上下])半年|年底|年末|(?:全年|年内)(?!持续|推进|常态|坚持))"
)  # 全年 / 年内 in a year's work points: by the year's end; 全年持续推进 is ongoing, no date


def due_of(words: str, year: int | None = None) -> str | None:
    """The ISO date a time cell or group names (its latest), or None; with ``year`` (the one the
    document is for), a time printed without its year (6月底前, 三季度, 年底前) falls in it."""
    dates = [_last_day(found) for found in _DATE.finditer(words)]
    if len(dates) == 1 and re.search(table("annotations")["first_step_only"], words):
        return None  # 2026年6月底前发布第一批: a step's date, not the task's
    if not dates and year:
        dates = [_last_day(found, year) for found in _YEARLESS.finditer(words)]
    return max(dates).isoformat() if dates else None


def annual_year(title: str) -> int | None:
    """The one year a document is for, by its title (某市…2026年工作要点), or None."""
    found = re.search(table("documents")["annual_title"], title or "")
    return int(found[1]) if found else None


def year_list_at(annex: list[str]) -> tuple[int, int] | None:
    """(the line, the year) of the annex's title naming a list of one year's tasks (附件
    2026年度重点任务清单), or None. Its rows are that year's steps of the body's tasks: their times
    date the steps, not the tasks of a plan running over more years."""
    heading = compiled("outline", "annex_task_list")
    at = next((i for i, raw in enumerate(annex) if heading.search(raw.strip())), None)
    year = annual_year(annex[at]) if at is not None else None
    return (at, year) if at is not None and year is not None else None


def _last_day(found: re.Match, year: int | None = None) -> datetime.date:
    year = year or int(found["year"])
    month = 12
    if found.re is _DATE and found["day"] and 1 <= int(found["month"]) <= 12:
        day = min(int(found["day"]), calendar.monthrange(year, int(found["month"]))[1])
        return datetime.date(year, int(found["month"]), max(day, 1))
    if found["month"] and 1 <= int(found["month"]) <= 12:
        month = int(found["month"])
    elif found["quarter"]:
        month = _QUARTERS[found["quarter"]]
    elif found["half"] == "上":
        month = 6
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def annotation_due(inside: str, year: int | None = None) -> tuple[str | None, str]:
    """(the due date an annotation's time group names, the annotation without that group):
    "牵头单位：X；完成时限：2025年底" → ("2025-12-31", "牵头单位：X"); "X牵头，2026年9月底前完成" →
    ("2026-09-30", "X牵头")."""
    labels = "|".join(map(re.escape, table("annotations")["other_labels"]))
    group = re.search(rf"[；;，,]?\s*(?:{labels})\s*[:：](?P<words>[^；;]*)", inside)
    group = group or re.search(table("annotations")["done_by"], inside)
    if not group:
        return None, inside
    return due_of(group["words"], year), (inside[: group.start()] + inside[group.end() :]).strip()


def time_line_due(text: str, year: int | None = None) -> str | None:
    """The due date a line of its own giving the task's times names (时间节点：2026年6月底前完成…；
    2026年11月底前…): the latest of its dates, as a task's milestones end with it; else None."""
    dates = []
    for line in text.splitlines():
        label = compiled("annotations", "standalone_time_line").match(line.strip())
        dates.append(due_of(line.strip()[label.end() :], year) if label else None)
    return max(filter(None, dates), default=None)

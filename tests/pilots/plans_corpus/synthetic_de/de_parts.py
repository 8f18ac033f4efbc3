"""What the three synthetic_de documents share: reading a 完成时限 as the task's due
date (a date, or none for 持续推进 / 长期坚持) and dating a task's undated figures by it
(SOURCES.md: "A task's figure with no year of its own is due at its row's / annotation's
完成时限 … with no 完成时限, at the plan's end")."""

import re

from synthetic_model import Target

MONTH_END = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
QUARTER_END = {"一": 3, "二": 6, "三": 9, "四": 12}


def due_of(limit: str) -> str | None:
    """'2026年12月底前' / '2026年12月' → '2026-12-31';
    '2026年第三季度' → '2026-09-30'; 持续推进 → None."""
    m = re.search(r"(\d{4})年(\d{1,2})月", limit)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        return f"{year}-{month:02d}-{MONTH_END[month]}"
    m = re.search(r"(\d{4})年第([一二三四])季度", limit)
    if m:
        month = QUARTER_END[m.group(2)]
        return f"{m.group(1)}-{month:02d}-{MONTH_END[month]}"
    return None


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def dated(targets, due):
    """The task's figures with no year of their own fall due in its 完成时限's year
    (持续推进: none set, so the plan's end)."""
    for t in targets:
        if t.deadline is None and due:
            t.deadline = int(due[:4])
    return targets

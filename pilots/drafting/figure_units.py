"""Units, scales and ranges of a figure in a goal sentence.

A scaled count is read in its base unit (万人 → ×10000 人, 亿条 → ×10^8 条), money in 亿元 (万亿元 →
×10000 亿元); 万 scales a count of things but stays part of a unit of money (万元). A range's upper
figure follows a dash or 至 (3-5个, 1—2项, 5至8个), or the unit is printed after both figures
(20%—30%, 3个-5个); a scale written once after the second figure is the range's (1—2百家). The
word tables are in data/quantities.yaml.
"""

from __future__ import annotations

from pilots.drafting.figure_patterns import patterns
from pilots.drafting.lexicon import table
from pilots.drafting.numerals import number_value, scaled


def base_unit_scale(unit: str, scale: str) -> tuple[int, str]:
    """(factor, unit) of a scaled figure: a count in its base unit (万人 → ×10000 人, 亿条 → ×10^8
    条), money in 亿元 (万亿元 → ×10000 亿元; 亿元 and 万元 as printed)."""
    if not scale or not unit.startswith(scale):
        return 1, unit
    if counted_unit(unit[len(scale) :]):
        return table("quantities")["multiplier_values"][scale], unit[len(scale) :]
    if scale == "万亿":
        return 10000, unit[1:]
    return 1, unit


def counted_unit(unit: str) -> bool:
    """A count of things (人, 个, 人次), not money: 万 scales the count."""
    return bool(unit) and not unit.endswith(tuple(table("quantities")["money_units"]))


def range_after(clause: str, at: int) -> tuple[int, float | int | None, str]:
    """(where the unit starts, the range's upper figure, that figure as written): 3-5个, and
    20%—30% or 3个-5个 with the unit printed after both figures (then read after the second)."""
    ranged = patterns().range.match(clause[at:])
    if ranged:
        value_max = number_value(ranged[1])
        if value_max is not None:
            return at + ranged.end(), value_max, ranged[1]
    unit = patterns().base_unit.match(clause[at:])
    ranged = patterns().range.match(clause[at + unit.end() :]) if unit else None
    if unit and ranged and clause.startswith(unit[0], at + unit.end() + ranged.end()):
        value_max = number_value(ranged[1])
        if value_max is not None:
            return at + unit.end() + ranged.end(), value_max, ranged[1]
    return at, None, ""


def shared_scale(first: str, value: float | int, second: str) -> float | int:
    """A scale written once after the second figure of a range is the range's (1—2百家, 3至5千人):
    a bare first figure below the second's figure takes it too."""
    scales = table("quantities")["range_shared_scales"]
    if len(second) < 2 or second[-1] not in scales or any(c in scales for c in first):
        return value
    figure = number_value(second[:-1])
    return scaled(value, scales[second[-1]]) if figure and value < figure else value

"""A target quantity read from a clause: where it stands, its value, unit and comparator."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Quantity:
    start: int  # offsets in the clause
    end: int
    value: float | int
    value_max: float | int | None
    unit: str
    comparator: str
    notes: list[str]

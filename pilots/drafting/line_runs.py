"""Rewriting the runs of lines a reader finds in a text (a table printed as cells, a task card,
numbered field lines), every other line left as it is."""

from __future__ import annotations

from collections.abc import Callable

# (the lines, an index) → the run found there, as written, and the index after it; or None
RunAt = Callable[[list[str], int], "tuple[list[str], int] | None"]


def runs_rewritten(lines: list[str], run_at: RunAt) -> list[str]:
    """``lines`` with each run ``run_at`` finds replaced by the lines it writes for it."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        run = run_at(lines, index)
        if run is None:
            out.append(lines[index])
            index += 1
            continue
        written, index = run
        out += written
    return out

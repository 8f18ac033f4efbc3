"""One run at a time of a piece of work on one row, across processes (web requests, workers)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

from django.db import DatabaseError, connection

# The works that run alone, each its own space of keys.
DRAFTING = 1


@contextlib.contextmanager
def run_alone(work: int, key: int, *, wait: float | None = None) -> Iterator[bool]:
    """Whether this is the only run of ``work`` on ``key`` now, having waited for the one
    before it to end (as long as it takes, or ``wait`` seconds): a PostgreSQL session lock,
    released as the run ends — or as its connection goes, so a killed worker holds none.
    Elsewhere (SQLite: the tests' one process) always alone."""
    if connection.vendor != "postgresql":
        yield True
        return
    alone = _locked(work, key, wait)
    try:
        yield alone
    finally:
        if alone:
            with contextlib.suppress(DatabaseError), connection.cursor() as cursor:
                cursor.execute("select pg_advisory_unlock(%s, %s)", [work, key])


def _locked(work: int, key: int, wait: float | None) -> bool:
    with connection.cursor() as cursor:
        if wait is None:
            cursor.execute("select pg_advisory_lock(%s, %s)", [work, key])
            return True
        until = time.monotonic() + wait
        while True:
            cursor.execute("select pg_try_advisory_lock(%s, %s)", [work, key])
            if cursor.fetchone()[0]:
                return True
            if time.monotonic() >= until:
                return False
            time.sleep(0.2)

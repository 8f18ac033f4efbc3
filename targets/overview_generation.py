"""The overview's generation: a number that moves after every commit that can change which zone
rows the all-zones totals of today are summed from — a rollup that wrote snapshot rows (of any
date: a zone's first rows may be of a past one), a plan or a zone deleted with its rows — or
how many zones they count (a zone added). The
overview keys its cached totals by one read of it (a PostgreSQL sequence) instead of a stamp of
every plan; no row is locked by every rollup. Other databases (the zero-setup SQLite) keep it in a
table of one row instead (``counter_create``).

The order is what makes the key exact: the number moves once the transaction that wrote has
committed (``transaction.on_commit``), and a page reads it before it reads the totals. A page
that sees the number of after the commit reads the committed rows; a page that read an earlier
number may keep newer totals under it, which no page asks for once the number has moved. Moved
only inside the transaction (a sequence is not transactional), a page could read the new number
and the rows not yet committed, and keep the old totals under the new key for good.

A process that dies between a commit and the move leaves the totals as they were until the
next move or until their cache entry ends (``TOTALS_SECONDS``).
"""

from __future__ import annotations

import secrets

from django.db import connection, transaction

SEQUENCE = "targets_overview_generation"
TOTALS_SECONDS = 3600  # bounds how long a move lost to a crash can keep old totals


def sequence_create(schema_editor) -> None:
    """The sequence, starting anywhere: a database made again (tests, a reset demo) must not
    count through numbers an earlier one cached totals under in the same cache."""
    if schema_editor.connection.vendor == "postgresql":
        start = secrets.randbelow(2**62)
        schema_editor.execute(f"CREATE SEQUENCE IF NOT EXISTS {SEQUENCE} START WITH {start}")


def sequence_drop(schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP SEQUENCE IF EXISTS {SEQUENCE}")


def counter_create(schema_editor) -> None:
    """Without sequences, the generation is one row a move updates, starting anywhere like the
    sequence. It is transactional where the sequence is not: a move inside a transaction shows
    to other connections only once it commits, as the move after the commit does anyway. Not a
    model, so a test database's flush leaves its row."""
    if schema_editor.connection.vendor != "postgresql":
        schema_editor.execute(f"CREATE TABLE IF NOT EXISTS {SEQUENCE} (value bigint NOT NULL)")
        schema_editor.execute(f"DELETE FROM {SEQUENCE}")
        schema_editor.execute(
            f"INSERT INTO {SEQUENCE} (value) VALUES (%s)", [secrets.randbelow(2**62)]
        )


def counter_drop(schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        schema_editor.execute(f"DROP TABLE IF EXISTS {SEQUENCE}")


def generation_move() -> None:
    """Move the generation once the current transaction commits (now, outside one), and, in
    one, at once too: reads later in the same transaction see its rows, so they must not find
    totals cached before it under the number they read. Only the move after the commit makes
    the key exact for every other page."""
    if connection.in_atomic_block:
        _move()
    transaction.on_commit(_move)


def on_rows_deleted(sender, **kwargs) -> None:
    """A plan or a zone deleted: its snapshot rows went with it."""
    generation_move()


def on_zone_saved(sender, created: bool = False, **kwargs) -> None:
    """A zone added: the overview counts it (a zone renamed or moved is in the filters' stamp)."""
    if created:
        generation_move()


def _move() -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT nextval(%s)", [SEQUENCE])
        else:
            cursor.execute(f"UPDATE {SEQUENCE} SET value = value + 1")


# ``last_value`` stays put on the first nextval after the start (``is_called`` flips instead).
GENERATION_SQL = f"SELECT last_value || ':' || is_called FROM {SEQUENCE}"
COUNTER_SQL = f"SELECT CAST(value AS text) FROM {SEQUENCE}"


def generation_sql() -> str:
    """The statement that reads the generation on this database: one short text row."""
    return GENERATION_SQL if connection.vendor == "postgresql" else COUNTER_SQL

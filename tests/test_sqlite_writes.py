"""Two saves at once on the embedded SQLite database: the second waits for the first.

Found by the tester on the demo (SQLite): four simultaneous "add member" posts gave three
503s ("数据库暂时无法连接") from ``sqlite3.OperationalError: database is locked``. SQLite's
deferred transactions take the write lock only at their first write: a transaction that read
first and then wants to write while another holds the lock is refused at once (no wait can
help: each waits for the other). The settings begin every transaction with the write lock.
"""

import threading
import time

import pytest
from django.conf import settings
from django.db.backends.sqlite3.base import DatabaseWrapper
from django.db.utils import ConnectionHandler


@pytest.fixture
def scratch(tmp_path, django_db_blocker):
    """A fresh SQLite file with the settings' options (SQLITE_OPTIONS), and a way to open
    connections to it (not the test database: connections of their own, one per thread)."""
    # The settings' SQLite options whatever database the suite runs on (CI: PostgreSQL).
    name = str(tmp_path / "scratch.sqlite3")
    settings_dict = ConnectionHandler(
        {
            "default": {
                "ENGINE": "django.db.backends.sqlite3",
                "NAME": name,
                "OPTIONS": dict(settings.SQLITE_OPTIONS),
            }
        }
    ).settings["default"]

    def open_connection(alias):
        wrapper = DatabaseWrapper(dict(settings_dict), alias=alias)
        wrapper.ensure_connection()
        return wrapper

    with django_db_blocker.unblock():
        first = open_connection("setup")
        with first.cursor() as cursor:
            cursor.execute("CREATE TABLE saves (who TEXT)")
        first.close()
        yield open_connection


def test_two_saves_at_once_both_land(scratch):
    """Each thread is a request: begin, read, write, commit (what ``transaction.atomic``
    around a form's save does); the first holds its transaction open for half a second."""
    started, errors = threading.Event(), []

    def save(who: str, hold: float) -> None:
        wrapper = scratch(who)
        try:
            if who == "second":
                started.wait(5)
            wrapper._start_transaction_under_autocommit()  # BEGIN as the settings say
            with wrapper.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM saves")
                cursor.execute("INSERT INTO saves VALUES (%s)", [who])
            started.set()
            time.sleep(hold)
            wrapper.connection.commit()
        except Exception as exc:  # the refusal the pages showed as a 503
            wrapper.connection.rollback()
            errors.append(exc)
        finally:
            wrapper.close()

    threads = [
        threading.Thread(target=save, args=("first", 0.5)),
        threading.Thread(target=save, args=("second", 0.0)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    check = scratch("check")
    with check.cursor() as cursor:
        cursor.execute("SELECT who FROM saves ORDER BY rowid")
        assert [row[0] for row in cursor.fetchall()] == ["first", "second"]
    check.close()

"""Fixtures of the fault and load tests: our own Redis, the app's processes on the test database.

Every one of these needs the real services (PostgreSQL, redis-server, the PostgreSQL server
binaries): locally they skip without them, in CI (CI=true) they fail.
"""

import shutil

import pytest
from django.db import connection

from tests.conftest import unavailable
from tests.stack import AppStack, RedisServer, manage, stack_env


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    """collectstatic once per run: the stack runs with DEBUG off, on the hashed manifest."""
    folder = tmp_path_factory.mktemp("static")
    env = stack_env(
        database_url="sqlite:///unused.sqlite3", redis_url="", folder=folder, static_root=folder
    )
    manage(env, "collectstatic", "--no-input", "-v0")
    return folder


@pytest.fixture
def needs_postgres():
    if connection.vendor != "postgresql":
        unavailable("needs PostgreSQL: set DATABASE_URL=postgres://…")


@pytest.fixture
def redis_server(tmp_path):
    """A redis-server of this test's own, on a free port; stopped at the end."""
    if not shutil.which("redis-server"):
        unavailable("redis-server is not installed (apt-get install redis-server)")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


def database_url_of_tests() -> str:
    db = connection.settings_dict
    return (
        f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )


def waiting_on_lock(query: str) -> int:
    """How many statements of this database matching ``query`` (ILIKE) wait on a lock."""
    with connection.cursor() as cursor:
        cursor.execute(
            "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
            " and query ilike %s and datname = current_database()",
            [query],
        )
        return cursor.fetchone()[0]


@pytest.fixture
def stack(needs_postgres, transactional_db, redis_server, static_root, tmp_path):
    """gunicorn + worker + beat (started by the test as it needs them) on the test database
    and this test's own Redis; stopped before the test database is flushed."""
    env = stack_env(
        database_url=database_url_of_tests(), redis_url=redis_server.url(),
        folder=tmp_path, static_root=static_root,
    )  # fmt: skip
    app = AppStack(env, tmp_path)
    yield app
    app.stop()


@pytest.fixture(autouse=True)
def _real_secret_key(settings):
    """Sessions made here are read by the stack's processes: one secret for both."""
    from tests.stack import SECRET_KEY

    settings.SECRET_KEY = SECRET_KEY

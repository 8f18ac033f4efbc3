"""One PostgreSQL database per scale: created beside the configured one on the same server,
the Django connection pointed at it for the measurement, dropped afterwards (they are big)."""

from __future__ import annotations

import contextlib
from urllib.parse import quote, urlunsplit

import psycopg2
from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection
from psycopg2 import sql


def server_check() -> None:
    if connection.vendor != "postgresql":
        raise CommandError(
            "the benchmark needs PostgreSQL: set DATABASE_URL=postgres://… (it creates one "
            "database per scale beside the configured one)"
        )


def _admin_connection():
    """A connection to the server's maintenance database, for CREATE / DROP DATABASE."""
    params = settings.DATABASES["default"]
    conn = psycopg2.connect(
        dbname="postgres",
        user=params.get("USER") or None,
        password=params.get("PASSWORD") or None,
        host=params.get("HOST") or None,
        port=params.get("PORT") or None,
    )
    conn.autocommit = True
    return conn


def database_drop(name: str) -> None:
    with contextlib.closing(_admin_connection()) as conn, conn.cursor() as cursor:
        cursor.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def database_create(name: str, *, template: str | None = None) -> None:
    """A fresh database (a copy of ``template`` when given: a file copy, seconds)."""
    database_drop(name)
    statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    if template:
        statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
    with contextlib.closing(_admin_connection()) as conn, conn.cursor() as cursor:
        cursor.execute(statement)


def database_size(name: str) -> int:
    with contextlib.closing(_admin_connection()) as conn, conn.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(%s)", [name])
        return cursor.fetchone()[0]


@contextlib.contextmanager
def using_database(name: str):
    """Point Django's default connection at another database on the same server (as the test
    runner does for its test database), and back afterwards."""
    original = connection.settings_dict["NAME"]
    connection.close()
    connection.settings_dict["NAME"] = name
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = original


def database_url(name: str) -> str:
    """The URL of a database on the configured server, for the gunicorn processes."""
    params = settings.DATABASES["default"]
    user = quote(params.get("USER") or "", safe="")
    password = quote(params.get("PASSWORD") or "", safe="")
    credentials = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = params.get("HOST") or "127.0.0.1"
    port = f":{params['PORT']}" if params.get("PORT") else ""
    return urlunsplit(("postgres", f"{credentials}{host}{port}", f"/{name}", "", ""))


def default_prefix() -> str:
    """Scale databases are named after the configured one: ``<name>_bench_10x``."""
    return f"{settings.DATABASES['default']['NAME']}_bench"

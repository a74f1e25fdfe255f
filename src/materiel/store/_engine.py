"""Opening a database: the default URL, the engine with SQLite's settings, and migration to head."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import platformdirs
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

ENV_VAR = "MATERIEL_DB"
SUPPORTED_DIALECTS = ("sqlite", "postgresql")
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Execution option that makes a SQLite transaction take the write lock at BEGIN (BEGIN IMMEDIATE),
# so that a writer never fails half-way when another process wrote since its first read.
WRITE = "materiel_write"
# How long a connection waits for another one's lock before it gives up.
BUSY_TIMEOUT_S = 30


class StoreError(Exception):
    """The database cannot be opened, a lookup is ambiguous, or an analysis cannot be stored."""


def default_url() -> str:
    """`$MATERIEL_DB` (a URL, or a path to a SQLite file) or `materiel.db` in the user data folder."""
    configured = os.environ.get(ENV_VAR, "").strip()
    if configured:
        return configured if "://" in configured else sqlite_url(Path(configured).expanduser())
    folder = Path(platformdirs.user_data_dir("materiel"))
    folder.mkdir(parents=True, exist_ok=True)
    return sqlite_url(folder / "materiel.db")


def sqlite_url(path: Path) -> str:
    return sa.URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def create_engine(url: str) -> Engine:
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"not a database URL: {url!r}") from exc
    if parsed.get_backend_name() not in SUPPORTED_DIALECTS:
        raise StoreError(f"unsupported database {parsed.get_backend_name()!r} in {url!r}: use sqlite or postgresql")
    # Keep Japanese readable in the stored JSON.
    serializer = partial(json.dumps, ensure_ascii=False)
    try:
        engine = sa.create_engine(parsed, json_serializer=serializer)
    except ImportError as exc:  # e.g. postgresql without a driver installed
        raise StoreError(f"no driver for {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # SQLAlchemy emits BEGIN itself (below) so that reads and DDL are transactional too.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
            cursor.execute("PRAGMA foreign_keys = ON")
            _enter_wal(cursor)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")


def _enter_wal(cursor: Any) -> None:
    """Put the file in WAL mode once; openers racing on a fresh file wait for each other.

    Switching the journal mode needs the file to itself, and SQLite answers "database is locked"
    at once, without its busy handler, while another connection holds it: so retry here, within
    the same patience as `busy_timeout`.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                return
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A connection inside a transaction that holds the write lock from its start; committed on exit."""
    with engine.connect() as conn:
        conn.execution_options(**{WRITE: True})
        with conn.begin():
            yield conn


def alembic_config(connection: Connection | None = None) -> Config:
    """The Alembic configuration built in code: no alembic.ini, revisions inside the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database to `revision` in one transaction (concurrent openers wait for each other)."""
    try:
        with write_transaction(engine) as conn:
            command.upgrade(alembic_config(conn), revision)
    except sa.exc.DBAPIError as exc:  # no such folder, not a database, server unreachable
        raise StoreError(f"cannot open {engine.url.render_as_string(hide_password=True)}: {exc.orig}") from exc

"""Bring a database up to the latest schema, one numbered migration at a time."""

from __future__ import annotations

from tandem_desktop.storage import migrations
from tandem_desktop.storage.database import Database
from tandem_desktop.storage.errors import NewerSchemaError


def latest_version() -> int:
    """The schema version this app writes (looked up at call time, so tests can add one)."""
    return migrations.MIGRATIONS[-1][0]


def pending(version: int) -> list[int]:
    """The migrations a file at ``version`` still needs; refuses a file from a newer app."""
    latest = latest_version()
    if version > latest:
        raise NewerSchemaError(version, latest)
    return [number for number, _ in migrations.MIGRATIONS if number > version]


def migrate(database: Database, target: int | None = None) -> list[int]:
    """Run every pending migration (up to ``target``); each in one transaction with its bump.

    Statements run one by one through ``execute``, and a callable step gets the
    connection (``executescript`` would commit the open transaction first and
    leave a half-migrated file after a crash).
    ``target`` exists so tests can build a database of any earlier version.
    """
    pending(database.schema_version)  # refuses a file from a newer app
    applied: list[int] = []
    for number, statements in migrations.MIGRATIONS:
        if number <= database.schema_version or (target is not None and number > target):
            continue
        with database.transaction():
            for statement in statements:
                if callable(statement):  # a step that needs Python, on the same connection
                    statement(database.conn)
                else:
                    database.conn.execute(statement)
            database.conn.execute(f"PRAGMA user_version = {number}")
        applied.append(number)
    return applied

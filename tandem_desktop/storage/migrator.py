"""Bring a database up to the latest schema, one numbered migration at a time."""

from __future__ import annotations

from tandem_desktop.storage.database import Database
from tandem_desktop.storage.errors import NewerSchemaError
from tandem_desktop.storage.migrations import LATEST_VERSION, MIGRATIONS


def pending(version: int) -> list[int]:
    if version > LATEST_VERSION:
        raise NewerSchemaError(version, LATEST_VERSION)
    return [number for number, _ in MIGRATIONS if number > version]


def migrate(database: Database) -> list[int]:
    """Run every pending migration; each with its version bump in one transaction.

    Statements run one by one through ``execute`` (``executescript`` would commit
    the open transaction first and leave a half-migrated file after a crash).
    """
    pending(database.schema_version)  # refuses a file from a newer app
    applied: list[int] = []
    for number, statements in MIGRATIONS:
        if number <= database.schema_version:
            continue
        with database.transaction():
            for statement in statements:
                database.conn.execute(statement)
            database.conn.execute(f"PRAGMA user_version = {number}")
        applied.append(number)
    return applied

"""Copies of one database for merge tests: each with its own device, and a dump to compare."""

from __future__ import annotations

from typing import Any

from tandem_desktop.domain.changes import Change
from tandem_desktop.storage.journal import journal_of, synced_fields
from tandem_desktop.storage.merge import MergeReport, apply_changes
from tandem_desktop.storage.migrations.m002_journal import SYNCED_TABLES
from tandem_desktop.storage.store import Store


def changes_of(store: Store, after: int = 0) -> list[Change]:
    journal = journal_of(store.database)
    assert journal is not None
    return [change for _, change in journal.changes(after=after)]


def send(source: Store, target: Store, **options: Any) -> MergeReport:
    """Everything ``source`` ever journalled, applied to ``target``."""
    return apply_changes(target, changes_of(source), confirm_deletions=True, **options)


def dump(store: Store) -> dict[str, Any]:
    """Every synced table's synced fields, and the tombstones: what two copies must share."""
    database = store.database
    result: dict[str, Any] = {}
    for table in SYNCED_TABLES:
        columns = [row[1] for row in database.conn.execute(f"PRAGMA table_info({table})")]
        fields = ["id", *synced_fields(table, columns)]
        private = " WHERE private = 0" if table == "feedback" else ""  # never leaves a copy
        rows = database.conn.execute(
            f"SELECT {', '.join(fields)} FROM {table}{private} ORDER BY id").fetchall()
        result[table] = [dict(zip(fields, row, strict=True)) for row in rows]
    result["tombstones"] = sorted(database.conn.execute(
        "SELECT kind, record_id FROM sync_tombstone").fetchall())
    return result


def problems(store: Store) -> list[Any]:
    """What SQLite's own checks find: nothing, after every merge."""
    conn = store.database.conn
    return [*conn.execute("PRAGMA foreign_key_check").fetchall(),
            *[row for row in conn.execute("PRAGMA integrity_check").fetchall()
              if row[0] != "ok"]]

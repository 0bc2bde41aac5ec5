"""Records exactly as stored and as given, stamps included: what an archive needs.

The repositories stamp ids and timestamps on every ``add``; a record coming back
from an archive must keep the ones it left with, so that exporting it again
gives the same file. These helpers still go through the repository's row
conversion and full-text index, and report changed tables like any write.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tandem_desktop.domain.records import Record
from tandem_desktop.storage.database import Database
from tandem_desktop.storage.errors import NotFoundError
from tandem_desktop.storage.repository import Repository


def every_record(repository: Repository[Any], tandem_id: str | None = None) -> list[Any]:
    """Every record (of one tandem), Trash included, in an order that survives a round trip."""
    where, params = ("tandem_id = ?", [tandem_id]) if tandem_id is not None else ("", [])
    records = repository.list(where, params) + repository.list(where, params, deleted=True)
    return sorted(records, key=lambda record: (record.created_at, record.id))


def stored_version(repository: Repository[Any], record_id: str) -> Record | None:
    """The record with this id, also when it sits in the Trash; None when there is none."""
    try:
        found: Record = repository.get(record_id, include_deleted=True)
    except NotFoundError:
        return None
    return found


def stored_ids(repository: Repository[Any], record_ids: Iterable[str]) -> set[str]:
    """Which of ``record_ids`` are stored (also in the Trash), in a few queries."""
    wanted = list(dict.fromkeys(record_ids))
    found: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        found.update(str(row["id"]) for row in repository.database.query(
            f"SELECT id FROM {repository.table} WHERE id IN ({marks})", chunk))
    return found


_CHUNK = 500  # ids per query, well under SQLite's limit on parameters


def put(repository: Repository[Any], record: Record, *, replace: bool) -> None:
    """Insert ``record`` as it is, or (``replace``) overwrite the row with its id.

    Runs inside the caller's transaction, without a savepoint of its own.
    """
    repository.put_verbatim(record, replace=replace)


def foreign_keys(database: Database) -> dict[str, dict[str, str]]:
    """For every table: which column refers to which other table (from the schema)."""
    tables = [row["name"] for row in database.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'fts_%'")]
    found: dict[str, dict[str, str]] = {}
    for table in tables:
        found[table] = {
            str(row["from"]): str(row["table"])
            for row in database.query(f"PRAGMA foreign_key_list({table})")
        }
    return found

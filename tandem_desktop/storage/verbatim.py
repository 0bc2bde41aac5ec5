"""Writing records exactly as given, stamps included: what an archive import needs.

The repositories stamp ids and timestamps on every ``add``; a record coming back
from an archive must keep the ones it left with, so that exporting it again
gives the same file. These helpers still go through the repository's row
conversion and full-text index, and report changed tables like any write.

An archive of format version 2 also carries the clock stamp of every synced
field and the tombstones of its tandem: ``field_stamps_of`` and ``tombstones_of``
read them for the export, and ``put_received`` writes a record new to this
database with the stamps it came with, as the merge writes a partner's record.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tandem_desktop.domain.records import Record
from tandem_desktop.storage.database import Database
from tandem_desktop.storage.errors import NotFoundError
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.repository import Repository


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


def column_values(repository: Repository[Any], record: Record) -> dict[str, Any]:
    """The record's fields as its table stores them (lists as JSON text, flags as 0/1)."""
    return repository._to_row(record)


@dataclass(frozen=True)
class FieldStamps:
    """The stamps of one stored record's synced fields, and ``deleted_at`` as last written.

    ``bases``: for a field whose value replaced an earlier one, that value's stamp
    (how a later edit is told from a concurrent one). ``deleted_at`` as written
    differs from the row's when an edit newer than the delete brought the record back.
    """

    stamps: dict[str, str]
    bases: dict[str, str]
    written_deleted_at: str | None


def field_stamps_of(repository: Repository[Any], tandem_id: str) -> dict[str, FieldStamps]:
    """The field stamps of every record of a tandem in this table, by record id."""
    if repository.table == "tandem":
        join, where = "", "f.record_id = ?"
    else:
        join, where = f" JOIN {repository.table} AS r ON r.id = f.record_id", "r.tandem_id = ?"
    journal = journal_of(repository.database)
    if journal is not None:
        journal.flush()  # records added or received in an open transaction
    stamps: dict[str, dict[str, str]] = {}
    bases: dict[str, dict[str, str]] = {}
    written: dict[str, str | None] = {}
    for record_id, field, stamp, base, value in repository.database.conn.execute(
            f"SELECT f.record_id, f.field, f.stamp, f.base, f.value FROM sync_field AS f{join}"
            f" WHERE f.kind = ? AND {where}", [repository.table, tandem_id]):
        stamps.setdefault(record_id, {})[field] = stamp
        if base:
            bases.setdefault(record_id, {})[field] = base
        if field == "deleted_at":
            written[record_id] = value
    return {record_id: FieldStamps(fields, bases.get(record_id, {}), written.get(record_id))
            for record_id, fields in stamps.items()}


@dataclass(frozen=True)
class Tombstone:
    """A record deleted for good: no change may bring it back."""

    kind: str
    record_id: str
    stamp: str


def tombstones_of(database: Database, tandem_id: str) -> list[Tombstone]:
    """The tombstones of a tandem's records, in a stable order."""
    return [Tombstone(*row) for row in database.conn.execute(
        "SELECT kind, record_id, stamp FROM sync_tombstone WHERE tandem_id = ?"
        " ORDER BY kind, record_id", [tandem_id])]


def tombstoned_ids(database: Database, kind: str, record_ids: Iterable[str]) -> set[str]:
    """Which of ``record_ids`` of this kind were deleted for good here."""
    wanted = list(dict.fromkeys(record_ids))
    found: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        found.update(row[0] for row in database.conn.execute(
            f"SELECT record_id FROM sync_tombstone WHERE kind = ? AND record_id IN ({marks})",
            [kind, *chunk]))
    return found


def put_received(repository: Repository[Any], record: Record, stamps: Mapping[str, str],
                 bases: Mapping[str, str], written_deleted_at: str | None) -> None:
    """Insert a partner's record, new to this database, with the stamps its fields carry
    (and, per field, the stamp of the value it replaced: ``bases``).

    As the merge does with a record it receives, this is not journalled as a change
    of this device: the stamps say who changed what when. The caller shows the
    record deleted only when its delete is newer than every edit (``record.deleted_at``)
    and runs this inside its transaction.
    """
    row = repository._to_row(record)
    table = repository.table
    with repository._writing(savepoint=False):
        rowid = repository._insert(row)
        if record.deleted_at is None:
            repository._index(rowid, record)
        journal = journal_of(repository.database)
        assert journal is not None  # an open store is at the latest schema
        # Written with those of every record added in the transaction, before it
        # commits: one statement instead of one bound row per field.
        journal.stamp_received(table, record.id, stamps, bases, written_deleted_at)


def synced_field_names(repository: Repository[Any]) -> Sequence[str]:
    """The fields of the repository's records that travel to the partner, with a stamp each."""
    return tuple(repository._synced)


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

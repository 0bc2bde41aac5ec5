"""Texts that lost a concurrent edit (``sync_conflict``): list, count, mark resolved.

The merge writes a row here when a text field takes the partner's version
although it was changed on this computer too (``storage.merge``). A row is never
deleted: resolving one only notes when, so both texts stay on record. Resolving
is a use case (``services.conflicts``); the names records are shown by live here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tandem_desktop.domain.changes import Change
from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.storage.database import Database
from tandem_desktop.storage.trash import LABEL_COLUMNS

TABLE = "sync_conflict"

# The column that names a record of each kind (the Trash's, and a tandem's name).
_LABELS = {"tandem": "name", **LABEL_COLUMNS}


@dataclass(frozen=True)
class StoredConflict:
    """One row: ``kept_*`` is the version the record took, ``lost_*`` the one it replaced.

    Values are JSON text of the column value (as a change carries it).
    """

    number: int
    kind: str
    record_id: str
    tandem_id: str
    field: str
    kept_value: str | None
    kept_stamp: str
    lost_value: str | None
    lost_stamp: str
    noticed_at: str
    resolved_at: str | None

    @property
    def kept(self) -> Any:
        return Change(self.kind, self.record_id, self.tandem_id, self.field,
                      self.kept_value, self.kept_stamp).column_value

    @property
    def lost(self) -> Any:
        return Change(self.kind, self.record_id, self.tandem_id, self.field,
                      self.lost_value, self.lost_stamp).column_value


_COLUMNS = ("n, kind, record_id, tandem_id, field, kept_value, kept_stamp, lost_value,"
            " lost_stamp, noticed_at, resolved_at")


def _conflict(row: tuple[Any, ...]) -> StoredConflict:
    return StoredConflict(*row)


def open_conflicts(database: Database, tandem_id: str) -> list[StoredConflict]:
    """The tandem's conflicts nobody has resolved yet, oldest first."""
    rows = database.conn.execute(
        f"SELECT {_COLUMNS} FROM {TABLE} WHERE tandem_id = ? AND resolved_at IS NULL"
        " ORDER BY noticed_at, n", [tandem_id]).fetchall()
    return [_conflict(row) for row in rows]


def count_open(database: Database, tandem_id: str) -> int:
    """How many of the tandem's conflicts wait for review."""
    return int(database.scalar(
        f"SELECT count(*) FROM {TABLE} WHERE tandem_id = ? AND resolved_at IS NULL",
        [tandem_id]))


def find_conflict(database: Database, number: int) -> StoredConflict | None:
    row = database.conn.execute(f"SELECT {_COLUMNS} FROM {TABLE} WHERE n = ?",
                                [number]).fetchone()
    return None if row is None else _conflict(row)


def mark_resolved(database: Database, number: int) -> None:
    """Note that the user has decided (the row and both texts stay)."""
    with database.transaction():
        database.conn.execute(
            f"UPDATE {TABLE} SET resolved_at = ? WHERE n = ? AND resolved_at IS NULL",
            [utc_stamp(database.clock.now()), number])
        database.mark_changed(TABLE)


def record_label(database: Database, kind: str, record_id: str) -> str | None:
    """What names a record (its title, text …) on one line; None when it is gone for good."""
    column = _LABELS.get(kind)
    if column is None:
        return None
    row = database.conn.execute(
        f"SELECT substr(trim({column}), 1, 300) FROM {kind} WHERE id = ?", [record_id]).fetchone()
    if row is None:
        return None
    return " ".join(str(row[0] or "").split())

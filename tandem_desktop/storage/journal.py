"""The change journal: every write to a synced table, field by field, on a hybrid clock.

The repository base calls ``record`` (``record_added``, ``record_purge``) inside
the write's own transaction, so a change is journalled exactly when it is saved.
Each field keeps the stamp of its current value in ``sync_field``; the journal
holds this device's changes in order, for the partner to read.

Some of the work is done once per transaction, just before it commits: the
clock is saved, and the rows of the records added in it are written together
(``storage.added_records``; ``flush`` writes them earlier).

Private content never enters the journal: a meeting's private notes and
``my_role`` are not synced fields at all, and a record whose ``private`` flag is
set is withheld whole (the partner sees it withdrawn, as a deletion; when it is
shared again it is sent whole).
"""

from __future__ import annotations

import hashlib
import socket
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tandem_desktop.domain.changes import PURGE, Change, encode
from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.domain.hlc import HybridClock, new_device_id
from tandem_desktop.storage.added_records import AddedRecords
from tandem_desktop.storage.database import Database
from tandem_desktop.storage.migrations.m002_journal import (
    ALWAYS_LOCAL,
    LOCAL_FIELDS,
    SYNCED_TABLES,
)


def synced_fields(table: str, fields: Iterable[str]) -> list[str]:
    """The fields of a table that travel to the partner."""
    local = LOCAL_FIELDS.get(table, frozenset())
    return [name for name in fields if name not in ALWAYS_LOCAL and name not in local]


def home_of(path: object) -> str:
    """Where a data file lives (computer and folder), as a short digest."""
    text = f"{socket.gethostname()}\0{path}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Device:
    id: str
    name: str


class Journal:
    """The journal of one database; ``Database.journal`` hands it out."""

    def __init__(self, database: Database) -> None:
        self.database = database
        row = database.conn.execute("SELECT device_id, clock FROM sync_device").fetchone()
        self.clock = HybridClock(row[0], self._wall_ms, last=row[1] or None)
        self._saved_clock = self.clock.last
        self._added = AddedRecords(database.conn)
        database.after_begin(self._catch_up)
        database.before_commit(self._before_commit)
        database.after_rollback(self._after_rollback)

    def _wall_ms(self) -> int:
        return int(self.database.clock.now().timestamp() * 1000)

    def _catch_up(self) -> None:
        """Take the clock (and device id) another connection to the file saved.

        The window and the background sync each hold a connection with a journal
        of its own; without this, stamps of the partner's that one connection
        observed would not bound the other's next stamps, and an edit made here
        just after could lose against the change it replaced.
        """
        device, stored = self.database.conn.execute(
            "SELECT device_id, clock FROM sync_device").fetchone()
        if device != self.clock.device or (stored and stored[:18] > self.clock.last[:18]):
            mine = self.clock.last
            last = stored if stored and stored[:18] > mine[:18] else mine
            self.clock = HybridClock(device, self._wall_ms, last=last)
            self._saved_clock = stored

    def _before_commit(self) -> None:
        # Once per transaction rather than with every change: saving the clock
        # after each change was a third of the journal's share of a large import.
        self._added.flush()
        if self.clock.last != self._saved_clock:
            self.save_clock()

    def _after_rollback(self) -> None:
        if self.database.in_transaction:
            self._added.forget_missing()
        else:
            self._added.forget()

    # -- identity -------------------------------------------------------------
    @property
    def device(self) -> Device:
        row = self.database.conn.execute(
            "SELECT device_id, device_name FROM sync_device").fetchone()
        return Device(row[0], row[1])

    def rename_device(self, name: str) -> None:
        with self.database.transaction():
            self.database.conn.execute("UPDATE sync_device SET device_name = ?", [name.strip()])

    def take_new_device_id(self) -> str:
        """A new device id (after a restore, or in a copied data folder).

        The clock keeps its last stamp, so the new id's stamps follow the old one's.
        In every shared folder the new id writes files of its own, numbered from 1
        and with everything in the journal (a partner reads each device in order).
        """
        device = new_device_id()
        with self.database.transaction():
            self.database.conn.execute("UPDATE sync_device SET device_id = ?", [device])
            self.database.conn.execute(
                "UPDATE sync_share SET file_number = 0, sent_seq = 0, writing_number = NULL,"
                " writing_upto = NULL")
        self.clock = HybridClock(device, self._wall_ms, last=self.clock.last)
        self.save_clock()
        return device

    def settle_home(self, home: str) -> bool:
        """Note where the file lives; True when it moved there (and took a new device id)."""
        stored = self.database.conn.execute("SELECT home FROM sync_device").fetchone()[0]
        if stored == home:
            return False
        with self.database.transaction():
            if stored:
                self.take_new_device_id()
            self.database.conn.execute("UPDATE sync_device SET home = ?", [home])
        return bool(stored)

    # -- recording local writes -------------------------------------------------
    def record(
        self,
        kind: str,
        record_id: str,
        tandem_id: str,
        changed: Mapping[str, Any],
        *,
        withheld: bool = False,
        withdraw: bool = False,
        new: bool = False,
    ) -> str | None:
        """Journal the fields that changed in one write (column values); its stamp.

        ``withheld``: the record is private; stamps move but nothing is journalled.
        ``withdraw``: it just became private; the partner is told it is gone.
        ``new``: the record was just added (no field has a stamp to replace yet).
        """
        if not changed and not withdraw:
            return None
        self._added.flush()  # the record may have been added in this transaction
        stamp = self.clock.now()
        conn = self.database.conn
        bases = self.field_stamps(kind, record_id) if not new else {}
        conn.executemany(
            "INSERT OR REPLACE INTO sync_field (kind, record_id, field, stamp, base, value)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(kind, record_id, field, stamp, bases.get(field, ""),
              value if field == "deleted_at" else None) for field, value in changed.items()])
        if not withheld:
            conn.executemany(
                "INSERT INTO sync_journal (kind, record_id, tandem_id, field, value, stamp, base)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(kind, record_id, tandem_id, field, encode(value), stamp, bases.get(field, ""))
                 for field, value in changed.items()])
        if withdraw:
            self._append(Change(kind, record_id, tandem_id, "deleted_at",
                                encode(utc_stamp(self.database.clock.now())), stamp,
                                bases.get("deleted_at", "")))
        self._clock_moved()
        return stamp

    def record_added(
        self, kind: str, record_id: str, tandem_id: str, row: Mapping[str, Any],
        fields: Sequence[str], *, withheld: bool = False,
    ) -> str:
        """Journal every synced field of a record just inserted (``row``); its stamp.

        The same as ``record(..., new=True)`` with every field, except that inside
        a transaction the rows are written together with those of every other
        record added in it, just before it commits (see ``storage.added_records``).
        """
        names = tuple(fields)
        if not self._added.takes(kind, names):
            stamp = self.record(kind, record_id, tandem_id, {name: row[name] for name in names},
                                withheld=withheld, new=True)
            assert stamp is not None
            return stamp
        stamp = self.clock.now()
        self._added.add(kind, names, record_id, stamp, withheld)
        if not self.database.in_transaction:
            self._added.flush()
        self._clock_moved()
        return stamp

    def stamp_received(self, kind: str, record_id: str, stamps: Mapping[str, str],
                       bases: Mapping[str, str], written_deleted_at: str | None) -> None:
        """Note the field stamps of a record received with them (inserted just now);
        not this device's change, so nothing is journalled. Inside a transaction they
        are written with the added records' rows, just before it commits."""
        self._added.receive(kind, record_id, stamps, bases, written_deleted_at)
        if not self.database.in_transaction:
            self._added.flush()

    def flush(self) -> None:
        """Write what waits for the end of the transaction (the added records' rows) now.

        The journal does so itself before it touches its tables; other code that
        reads ``sync_field`` or ``sync_journal`` inside a transaction calls it first.
        """
        self._added.flush()

    def record_purge(self, kind: str, record_id: str, tandem_id: str) -> None:
        """A record deleted for good: a tombstone, and the partner is told."""
        stamp = self.clock.now()
        self.bury(kind, record_id, tandem_id, stamp)
        self._append(Change(kind, record_id, tandem_id, PURGE, None, stamp))
        self._clock_moved()

    def bury(self, kind: str, record_id: str, tandem_id: str, stamp: str) -> None:
        """Leave a tombstone and forget the record's field stamps."""
        self._added.flush()
        conn = self.database.conn
        conn.execute("INSERT OR IGNORE INTO sync_tombstone (kind, record_id, tandem_id, stamp)"
                     " VALUES (?, ?, ?, ?)", [kind, record_id, tandem_id, stamp])
        conn.execute("DELETE FROM sync_field WHERE kind = ? AND record_id = ?", [kind, record_id])

    def _append(self, change: Change) -> None:
        self.database.conn.execute(
            "INSERT INTO sync_journal (kind, record_id, tandem_id, field, value, stamp, base)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [change.kind, change.record_id, change.tandem_id, change.field, change.value,
             change.stamp, change.base])

    def save_clock(self) -> None:
        """Keep the clock's last stamp, so the next start issues only greater ones."""
        last = self.clock.last
        self.database.conn.execute("UPDATE sync_device SET clock = ?", [last])
        self._saved_clock = last

    def _clock_moved(self) -> None:
        if not self.database.in_transaction:
            self.save_clock()
        # Otherwise the transaction saves it once, just before it commits.

    # -- reading ----------------------------------------------------------------
    def field_stamps(self, kind: str, record_id: str) -> dict[str, str]:
        """The stamp of each synced field's current value."""
        self._added.flush()
        return dict(self.database.conn.execute(
            "SELECT field, stamp FROM sync_field WHERE kind = ? AND record_id = ?",
            [kind, record_id]).fetchall())

    def changes(self, *, after: int = 0, tandem_id: str | None = None,
                limit: int | None = None) -> list[tuple[int, Change]]:
        """This device's changes after sequence number ``after``, in order."""
        self._added.flush()
        sql = ("SELECT seq, kind, record_id, tandem_id, field, value, stamp, base"
               " FROM sync_journal WHERE seq > ?")
        params: list[Any] = [after]
        if tandem_id is not None:
            sql += " AND tandem_id = ?"
            params.append(tandem_id)
        sql += " ORDER BY seq"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [(row[0], Change(*row[1:])) for row in self.database.conn.execute(sql, params)]

    def last_seq(self) -> int:
        self._added.flush()
        return int(self.database.conn.execute(
            "SELECT coalesce(max(seq), 0) FROM sync_journal").fetchone()[0])

    def size(self) -> int:
        self._added.flush()
        return int(self.database.conn.execute("SELECT count(*) FROM sync_journal").fetchone()[0])

    def compact(self, seen_by_all: int) -> int:
        """Drop changes every known device has read (seq <= ``seen_by_all``) that a
        later change of the same field has replaced; how many went.

        What is left is at most one change per field up to the horizon: enough for
        a device that joins later to rebuild every record.
        """
        # Two passes over the journal rather than an index on (kind, record_id,
        # field): the index would cost every change about a third more bytes.
        conn = self.database.conn
        with self.database.transaction():
            self._added.flush()
            cursor = conn.execute(
                "DELETE FROM sync_journal WHERE seq <= ?1 AND seq NOT IN ("
                " SELECT max(seq) FROM sync_journal WHERE seq <= ?1"
                " GROUP BY kind, record_id, field)", [seen_by_all])
            dropped = int(cursor.rowcount)
            # A purged record needs nothing but its tombstone.
            cursor = conn.execute(
                "DELETE FROM sync_journal WHERE seq <= ?1 AND field != ?2"
                " AND (kind, record_id) IN ("
                " SELECT kind, record_id FROM sync_journal WHERE field = ?2 AND seq <= ?1)",
                [seen_by_all, PURGE])
            return dropped + int(cursor.rowcount)


def is_synced_table(table: str) -> bool:
    return table in SYNCED_TABLES


def journal_of(database: Database) -> Journal | None:
    """The database's journal; None for a file older than schema version 2."""
    journal: Journal | None = database.journal
    if journal is None and database.schema_version >= 2:
        journal = database.journal = Journal(database)
    return journal

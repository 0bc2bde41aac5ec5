"""What waits in sync for a shared tandem: this device's changes not yet written
to the folder, and the partner's deletions held until the user says yes.

A held deletion is a row of ``sync_pending`` with the reason ``held`` (see
``storage.merge``). Keeping a record instead is a restore of this device's with
a newer stamp than the partner's delete, so both copies end with the record.
"""

from __future__ import annotations

from dataclasses import dataclass

from tandem_desktop.domain.changes import PURGE
from tandem_desktop.storage.conflicts import record_label
from tandem_desktop.storage.database import Database
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.merge import HELD, Merger, MergeReport
from tandem_desktop.storage.store import Store


@dataclass(frozen=True)
class HeldRecord:
    kind: str
    record_id: str
    label: str
    for_good: bool  # the partner deleted it for good: it cannot be kept


def changes_to_send(database: Database, tandem_id: str, after: int) -> int:
    """This device's journalled changes of a tandem after sequence number ``after``."""
    journal = journal_of(database)
    if journal is not None:
        journal.flush()
    return int(database.scalar(
        "SELECT count(*) FROM sync_journal WHERE seq > ? AND tandem_id = ?", [after, tandem_id]))


def held_records(database: Database, tandem_id: str) -> list[HeldRecord]:
    """The records the partner's held deletions would delete, in the order they arrived."""
    rows = database.conn.execute(
        "SELECT kind, record_id, max(field = ?) FROM sync_pending"
        " WHERE reason = ? AND tandem_id = ? GROUP BY kind, record_id ORDER BY min(stamp)",
        [PURGE, HELD, tandem_id]).fetchall()
    return [HeldRecord(kind, record_id, record_label(database, kind, record_id) or "",
                       bool(for_good)) for kind, record_id, for_good in rows]


def count_held(database: Database, tandem_id: str) -> int:
    return int(database.scalar(
        "SELECT count(DISTINCT kind || ' ' || record_id) FROM sync_pending"
        " WHERE reason = ? AND tandem_id = ?", [HELD, tandem_id]))


def confirm_held(store: Store, tandem_id: str) -> MergeReport:
    """Apply the held deletions of one tandem (those of other tandems stay held)."""
    database = store.database
    conn = database.conn
    with database.transaction():
        others = conn.execute(
            "SELECT kind, record_id, tandem_id, field, value, stamp, base, reason"
            " FROM sync_pending WHERE reason = ? AND tandem_id != ?", [HELD, tandem_id]).fetchall()
        conn.execute("DELETE FROM sync_pending WHERE reason = ? AND tandem_id != ?",
                     [HELD, tandem_id])
        report = Merger(store).apply([], confirm_deletions=True)
        conn.executemany(
            "INSERT OR REPLACE INTO sync_pending"
            " (kind, record_id, tandem_id, field, value, stamp, base, reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", others)
        database.mark_changed("sync_pending")
    return report


def keep_held(store: Store, tandem_id: str) -> int:
    """Keep the records the held deletions would delete; how many were kept.

    Each gets a restore stamped after the partner's delete: the delete no longer
    applies here, and the partner's copy brings the record back when it reads the
    restore. A record deleted for good cannot come back and stays held.
    """
    database = store.database
    journal = journal_of(database)
    if journal is None:
        raise RuntimeError("the data file predates the change journal")
    kept = 0
    with database.transaction():
        for record in held_records(database, tandem_id):
            if record.for_good:
                continue
            journal.record(record.kind, record.record_id, tandem_id, {"deleted_at": None})
            database.conn.execute(
                "DELETE FROM sync_pending WHERE reason = ? AND kind = ? AND record_id = ?",
                [HELD, record.kind, record.record_id])
            kept += 1
        database.mark_changed("sync_pending")
    return kept

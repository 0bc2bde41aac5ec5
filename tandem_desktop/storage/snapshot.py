"""A tandem's state as this copy holds it, as field changes: what a snapshot file carries.

Every synced field of every record of the tandem with the stamp (and base) of
its current value, every tombstone as a purge, and the changes this copy keeps
waiting (``sync_pending``). A device that applies them ends up as if it had read
every change file they stand for: the merge is order-free and idempotent.

Nothing private: a record marked private is represented only by what this
device itself once sent of it (its journal), as a device reading the change
files would have it; a meeting's private notes and ``my_role`` are not synced
fields at all.
"""

from __future__ import annotations

from tandem_desktop.domain.changes import PURGE, Change, encode
from tandem_desktop.storage.database import Database
from tandem_desktop.storage.journal import journal_of, synced_fields
from tandem_desktop.storage.migrations.m002_journal import SYNCED_TABLES

PRIVATE_FLAGS = {"feedback": "private"}


def tandem_state(database: Database, tandem_id: str) -> tuple[list[Change], list[Change]]:
    """(the state of every record and tombstone, the changes kept waiting) of one tandem."""
    journal = journal_of(database)
    if journal is not None:
        journal.flush()
    conn = database.conn
    state: list[Change] = []
    for table in SYNCED_TABLES:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        fields = synced_fields(table, columns)
        owner = "id" if table == "tandem" else "tandem_id"
        flag = PRIVATE_FLAGS.get(table)
        shared = f" AND r.{flag} = 0" if flag else ""
        rows = {row[0]: row for row in conn.execute(
            f"SELECT id, {', '.join(fields)} FROM {table} AS r WHERE {owner} = ?{shared}",
            [tandem_id])}
        position = {name: number + 1 for number, name in enumerate(fields)}
        for record_id, field, stamp, base, raw in conn.execute(
                f"SELECT f.record_id, f.field, f.stamp, f.base, f.value FROM sync_field AS f"
                f" JOIN {table} AS r ON r.id = f.record_id WHERE f.kind = ? AND r.{owner} = ?"
                f"{shared} ORDER BY f.record_id, f.field", [table, tandem_id]):
            if field not in position:
                continue  # a field this version no longer has
            value = raw if field == "deleted_at" else rows[record_id][position[field]]
            state.append(Change(table, record_id, tandem_id, field, encode(value), stamp, base))
        if flag:
            state.extend(_sent_of_private(database, table, flag, tandem_id))
    state.extend(Change(kind, record_id, tandem_id, PURGE, None, stamp)
                 for kind, record_id, stamp in conn.execute(
                     "SELECT kind, record_id, stamp FROM sync_tombstone WHERE tandem_id = ?"
                     " ORDER BY kind, record_id", [tandem_id]))
    pending = [Change(*row) for row in conn.execute(
        "SELECT kind, record_id, tandem_id, field, value, stamp, base FROM sync_pending"
        " WHERE tandem_id = ? ORDER BY kind, record_id, field, stamp", [tandem_id])]
    return state, pending


def _sent_of_private(database: Database, table: str, flag: str,
                     tandem_id: str) -> list[Change]:
    """The newest change of each field this device journalled of its private records."""
    private = {row[0] for row in database.conn.execute(
        f"SELECT id FROM {table} WHERE tandem_id = ? AND {flag} = 1", [tandem_id])}
    if not private:
        return []
    newest: dict[tuple[str, str], Change] = {}
    for row in database.conn.execute(
            "SELECT kind, record_id, tandem_id, field, value, stamp, base FROM sync_journal"
            " WHERE kind = ? AND tandem_id = ? ORDER BY seq", [table, tandem_id]):
        if row[1] in private:
            newest[(row[1], row[3])] = Change(*row)
    return list(newest.values())

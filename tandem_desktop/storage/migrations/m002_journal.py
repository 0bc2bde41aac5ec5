"""Schema version 2: the change journal that keeps two copies of a tandem in step.

- ``sync_device``: this database's device id and name, the hybrid clock's last
  stamp, and where the file lives (a copy elsewhere takes a new id).
- ``sync_field``: the stamp of every synced field's current value, the stamp it
  replaced (``base``, to tell a concurrent edit from a later one) and, for
  ``deleted_at``, the value as last written (what the row holds is derived: an
  edit newer than the delete keeps the record alive).
- ``sync_journal``: this device's own changes, in order, for the partner.
- ``sync_tombstone``: records deleted for good, so no old change brings one back.
- ``sync_pending``: changes received that cannot be applied yet (the parent has
  not arrived, a newer app's kind or field, a clock far ahead, a large deletion
  waiting for the user's yes).
- ``sync_conflict``: a text that lost a concurrent edit, kept for review.
- ``sync_share``: the tandems shared through a folder: where, the data key, how
  far this device has written (``writing_*``: a file begun but not yet noted).
- ``sync_peer``: the other devices of a shared tandem and how far they were read.

Every field that exists is stamped once (from the record's ``updated_at``) and
put in the journal, so that the first share carries everything.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

# Not synced: the row number, the id (it names the record), the local time of
# the last write, this computer's role, and a meeting's private notes.
LOCAL_FIELDS: dict[str, frozenset[str]] = {
    "tandem": frozenset({"my_role"}),
    "meeting": frozenset({"private_notes"}),
}
ALWAYS_LOCAL = frozenset({"n", "id", "updated_at"})

SYNCED_TABLES = (
    "tandem", "area", "question", "access_item", "checkin_series", "meeting",
    "agenda_item", "goal", "decision_rule", "level_change", "task", "agreement",
    "feedback", "feedback_prompt", "vision", "goal_rule", "health_check",
)


def _stamp_existing(conn: sqlite3.Connection) -> None:
    device = conn.execute("SELECT device_id FROM sync_device").fetchone()[0]
    millis = "CAST(round((julianday(r.updated_at) - 2440587.5) * 86400000) AS INTEGER)"
    # One stamp for all the fields of a record (a record in the Trash stays there:
    # a delete as new as every edit wins, see storage.merge.shown_deleted_at).
    stamp = f"printf('%013d-0000-%s', {millis}, '{device}')"
    for table in SYNCED_TABLES:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        synced = [c for c in columns
                  if c not in ALWAYS_LOCAL and c not in LOCAL_FIELDS.get(table, frozenset())]
        tandem = "r.id" if table == "tandem" else "r.tandem_id"
        private = " WHERE r.private = 0" if table == "feedback" else ""
        # Record by record, each one's fields in the order of the stamps' key: the
        # table then grows at its end rather than at random places.
        source = (f" FROM {table} AS r CROSS JOIN json_each('{json.dumps(sorted(synced))}')"
                  " AS f")
        values = " ".join(f"WHEN '{column}' THEN json_quote(r.{column})" for column in synced)
        conn.execute(
            "INSERT INTO sync_field (kind, record_id, field, stamp, base, value)"
            f" SELECT '{table}', r.id, f.value, {stamp}, '',"
            f" CASE f.value WHEN 'deleted_at' THEN r.deleted_at END{source}"
            " ORDER BY r.id, f.value")
        conn.execute(
            "INSERT INTO sync_journal (kind, record_id, tandem_id, field, value, stamp, base)"
            f" SELECT '{table}', r.id, {tandem}, f.value, CASE f.value {values} END, {stamp}, ''"
            f"{source}{private} ORDER BY r.created_at, r.id, f.value")
    clock = conn.execute("SELECT max(stamp) FROM sync_field").fetchone()[0]
    if clock:
        conn.execute("UPDATE sync_device SET clock = ?", [clock])


STATEMENTS: list[str | Callable[[sqlite3.Connection], None]] = [
    """CREATE TABLE sync_device (
    only INTEGER PRIMARY KEY CHECK (only = 1),
    device_id TEXT NOT NULL,
    device_name TEXT NOT NULL DEFAULT '',
    home TEXT NOT NULL DEFAULT '',
    clock TEXT NOT NULL DEFAULT '')""",
    "INSERT INTO sync_device (only, device_id) VALUES (1, lower(hex(randomblob(8))))",
    """CREATE TABLE sync_field (
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    stamp TEXT NOT NULL,
    base TEXT NOT NULL DEFAULT '',
    value TEXT,
    PRIMARY KEY (kind, record_id, field)) WITHOUT ROWID""",
    """CREATE TABLE sync_journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    tandem_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT,
    stamp TEXT NOT NULL,
    base TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE sync_tombstone (
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    tandem_id TEXT NOT NULL,
    stamp TEXT NOT NULL,
    PRIMARY KEY (kind, record_id)) WITHOUT ROWID""",
    """CREATE TABLE sync_pending (
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    tandem_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT,
    stamp TEXT NOT NULL,
    base TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL,
    PRIMARY KEY (kind, record_id, field, stamp)) WITHOUT ROWID""",
    """CREATE TABLE sync_conflict (
    n INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    tandem_id TEXT NOT NULL,
    field TEXT NOT NULL,
    kept_value TEXT,
    kept_stamp TEXT NOT NULL,
    lost_value TEXT,
    lost_stamp TEXT NOT NULL,
    noticed_at TEXT NOT NULL,
    resolved_at TEXT)""",
    """CREATE TABLE sync_share (
    tandem_id TEXT PRIMARY KEY,
    folder TEXT NOT NULL,
    data_key BLOB NOT NULL,
    sent_seq INTEGER NOT NULL DEFAULT 0,
    file_number INTEGER NOT NULL DEFAULT 0,
    writing_number INTEGER,
    writing_upto INTEGER,
    last_round TEXT,
    problem TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE sync_peer (
    tandem_id TEXT NOT NULL REFERENCES sync_share(tandem_id) ON DELETE CASCADE,
    device_id TEXT NOT NULL,
    device_name TEXT NOT NULL DEFAULT '',
    read_number INTEGER NOT NULL DEFAULT 0,
    last_seen TEXT,
    PRIMARY KEY (tandem_id, device_id)) WITHOUT ROWID""",
    _stamp_existing,
]

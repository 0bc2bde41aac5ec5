"""Records added in the open transaction, journalled together just before it commits.

An import adds tens of thousands of records with a dozen synced fields each.
Journalling them one at a time (two statements per record, one bound row per
field) took three times as long as writing the records; one statement per
table and journal table, reading the values from the stored rows, takes a
fraction of that. Records received with stamps of their own (an archive of
version 2) are not journalled, but their field stamps wait here the same way.

Until then an added record's rows are missing from ``sync_field`` and
``sync_journal``: the journal writes them (``flush``) before it reads or writes
either table itself, and before the transaction commits. Code that reads those
tables with its own SQL inside the same transaction calls ``Journal.flush`` first.
Since the statements read the stored rows, a record whose insert was rolled back
(to a savepoint) leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Mapping
from typing import Any

# Kind and synced fields of a table (the statements depend on both).
_Key = tuple[str, tuple[str, ...]]


class AddedRecords:
    """The records added since the last flush, by table and id: their stamp, and
    whether they are withheld (private: stamped, not journalled); and those
    received, with the stamps and bases of their fields (as JSON) and ``deleted_at``
    as written."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._waiting: dict[_Key, dict[str, tuple[str, bool]]] = {}
        self._received: dict[str, dict[str, tuple[str, str, str | None]]] = {}
        self._statements: dict[_Key, tuple[str, str] | None] = {}

    def takes(self, kind: str, fields: tuple[str, ...]) -> bool:
        """Whether records of this table can wait: not with a REAL column, whose
        values SQLite's ``json_quote`` writes with fewer digits than Python."""
        return self._statements_for((kind, fields)) is not None

    def add(self, kind: str, fields: tuple[str, ...], record_id: str, stamp: str,
            withheld: bool) -> None:
        waiting = self._waiting.setdefault((kind, fields), {})
        waiting.pop(record_id, None)  # added again after a rollback: the latest counts
        waiting[record_id] = (stamp, withheld)

    def receive(self, kind: str, record_id: str, stamps: Mapping[str, str],
                bases: Mapping[str, str], written_deleted_at: str | None) -> None:
        waiting = self._received.setdefault(kind, {})
        waiting[record_id] = (json.dumps(dict(stamps)), json.dumps(dict(bases)),
                              written_deleted_at)

    def flush(self) -> None:
        """Write the field stamps and journal rows of every waiting record, in order."""
        if self._received:
            self._flush_received()
        if not self._waiting:
            return
        conn = self._conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_added ("
                     "record_id TEXT NOT NULL, stamp TEXT NOT NULL, withheld INTEGER NOT NULL)")
        for key, waiting in self._waiting.items():
            statements = self._statements_for(key)
            assert statements is not None
            conn.executemany("INSERT INTO temp.sync_added (record_id, stamp, withheld)"
                             " VALUES (?, ?, ?)",
                             [(record_id, stamp, int(withheld))
                              for record_id, (stamp, withheld) in waiting.items()])
            for statement in statements:
                conn.execute(statement)
            conn.execute("DELETE FROM temp.sync_added")
        self._waiting.clear()

    def _flush_received(self) -> None:
        conn = self._conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_received (record_id TEXT NOT NULL,"
                     " stamps TEXT NOT NULL, bases TEXT NOT NULL, deleted_at TEXT)")
        for kind, waiting in self._received.items():
            conn.executemany("INSERT INTO temp.sync_received VALUES (?, ?, ?, ?)",
                             [(record_id, *values) for record_id, values in waiting.items()])
            conn.execute(
                "INSERT OR REPLACE INTO sync_field (kind, record_id, field, stamp, base, value)"
                f" SELECT '{kind}', r.id, s.key, s.value,"
                " coalesce(json_extract(a.bases, '$.' || s.key), ''),"
                " CASE s.key WHEN 'deleted_at' THEN a.deleted_at END"
                f" FROM temp.sync_received AS a CROSS JOIN {kind} AS r"
                " CROSS JOIN json_each(a.stamps) AS s WHERE r.id = a.record_id")
            conn.execute("DELETE FROM temp.sync_received")
        self._received.clear()

    def forget(self) -> None:
        """The transaction was rolled back: nothing waits any more."""
        self._waiting.clear()
        self._received.clear()

    def forget_missing(self) -> None:
        """A savepoint was rolled back: drop the records it had added."""
        groups: list[tuple[str, dict[str, Any]]] = [
            (kind, waiting) for (kind, _), waiting in self._waiting.items()]
        groups += self._received.items()
        for kind, waiting in groups:
            ids = list(waiting)
            stored: set[str] = set()
            with contextlib.suppress(sqlite3.Error):  # the flush skips them anyway
                for start in range(0, len(ids), 500):
                    chunk = ids[start:start + 500]
                    marks = ", ".join("?" for _ in chunk)
                    stored.update(row[0] for row in self._conn.execute(
                        f"SELECT id FROM {kind} WHERE id IN ({marks})", chunk))
                for record_id in ids:
                    if record_id not in stored:
                        del waiting[record_id]

    def _statements_for(self, key: _Key) -> tuple[str, str] | None:
        if key not in self._statements:
            self._statements[key] = self._build(*key)
        return self._statements[key]

    def _build(self, kind: str, fields: tuple[str, ...]) -> tuple[str, str] | None:
        types = {row[1]: str(row[2]).upper()
                 for row in self._conn.execute(f"PRAGMA table_info({kind})")}
        if any(types.get(name) == "REAL" for name in fields):
            return None
        tandem = "r.id" if kind == "tandem" else "r.tandem_id"
        values = " ".join(f"WHEN '{name}' THEN json_quote(r.\"{name}\")" for name in fields)
        # CROSS JOIN keeps the loops in this order: records as added, each one
        # looked up once, then its fields in their order.
        source = (f" FROM temp.sync_added AS a CROSS JOIN {kind} AS r"
                  f" CROSS JOIN json_each('{json.dumps(list(fields))}') AS f"
                  " WHERE r.id = a.record_id")
        return (
            "INSERT OR REPLACE INTO sync_field (kind, record_id, field, stamp, base, value)"
            f" SELECT '{kind}', r.id, f.value, a.stamp, '',"
            " CASE f.value WHEN 'deleted_at' THEN r.deleted_at END" + source,
            "INSERT INTO sync_journal (kind, record_id, tandem_id, field, value, stamp, base)"
            f" SELECT '{kind}', r.id, {tandem}, f.value, CASE f.value {values} END, a.stamp, ''"
            + source + " AND NOT a.withheld",
        )

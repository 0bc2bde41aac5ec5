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

import json
from typing import Any

from tandem_desktop.domain.changes import PURGE, Change, encode
from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.domain.hlc import HybridClock
from tandem_desktop.storage.database import Database
from tandem_desktop.storage.journal import is_synced_table, journal_of, synced_fields
from tandem_desktop.storage.merge import SOME_TEXT, Merger, shown_deleted_at
from tandem_desktop.storage.migrations.m002_journal import SYNCED_TABLES
from tandem_desktop.storage.store import Store

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


def insert_whole_new_records(store: Store, changes: list[Change]) -> list[Change]:
    """Insert, in bulk, the records of a snapshot that are whole and new to this copy; the
    changes left for the merge.

    For a copy joining a large tandem: the merge takes a record at a time, with its
    questions (is it here, are its parents, is it complete, does a text lose). A
    record is taken here only when none of them can matter: its kind and every
    synced field known, each field once, its stamps admitted by the clock, some
    text where one is needed, and every parent either absent or inserted here
    before it. Everything else (and the rest of a record's table order) goes to
    the merge, which then finds these records in place.
    """
    merger = Merger(store)
    journal = merger.journal
    groups: dict[tuple[str, str], dict[str, Change]] = {}
    left: list[Change] = []
    spoilt: set[tuple[str, str]] = set()
    for change in changes:
        key = (change.kind, change.record_id)
        group = groups.setdefault(key, {})
        if change.field in group or change.field == PURGE or not is_synced_table(change.kind):
            spoilt.add(key)
        group[change.field] = change
    order = {table: number for number, table in enumerate(SYNCED_TABLES)}
    verdicts: dict[str, bool] = {}
    whole: dict[tuple[str, str], dict[str, Any]] = {}
    present: dict[str, set[str]] = {}
    for kind in {kind for kind, _ in groups if is_synced_table(kind)}:
        present[kind] = {row[0] for row in store.database.conn.execute(f"SELECT id FROM {kind}")}
    for key, group in groups.items():
        kind, record_id = key
        if key in spoilt or record_id in present[kind]:
            continue
        repository = store.repository_for(kind)
        if set(group) != set(repository._synced) or not all(
                _admitted(journal.clock, change.stamp, verdicts) for change in group.values()):
            continue
        values = {name: _decoded(change.value) for name, change in group.items()}
        texts = SOME_TEXT.get(kind, ())
        if texts and all(str(values[name] or "").strip(" ") == "" for name in texts):
            continue
        whole[key] = values
    # A record whose parent is not taken here waits for the merge too, and so on down.
    references = {table: merger._references_of(table) for table in {k for k, _ in whole}}
    changed = True
    while changed:
        changed = False
        for (kind, record_id), values in list(whole.items()):
            for reference in references[kind]:
                parent = values.get(reference.column)
                if parent is not None and ((reference.parent, parent) not in whole
                                           or order[reference.parent] >= order[kind]):
                    del whole[(kind, record_id)]
                    changed = True
                    break
    now = utc_stamp(store.database.clock.now())
    for key in sorted(whole, key=lambda key: (order[key[0]], key[1])):
        kind, record_id = key
        repository = store.repository_for(kind)
        group = groups[key]
        values = whole[key]
        stamps = {name: change.stamp for name, change in group.items()}
        raw_deleted = values["deleted_at"]
        values["deleted_at"] = shown_deleted_at(raw_deleted, stamps)
        row = {**{name: None for name in repository._fields}, **values, "id": record_id,
               "updated_at": now}
        row.update(merger._local_defaults(kind, row))
        rowid = repository._insert({name: row[name] for name in repository._fields})
        journal.stamp_received(kind, record_id, stamps,
                               {name: change.base for name, change in group.items()},
                               raw_deleted)
        if values["deleted_at"] is None:
            repository._index(rowid, repository.from_row(row))
        store.database.mark_changed(kind)
    for key, group in groups.items():
        if key not in whole:
            left.extend(group.values())
    return left


def _decoded(value: str | None) -> Any:
    """A change's column value; plain texts and numbers without the JSON parser."""
    if value is None or value == "null":
        return None
    if value[:1] == '"' and "\\" not in value:
        return value[1:-1]
    if value.isascii() and value.isdigit():
        return int(value)
    return json.loads(value)


def _admitted(clock: HybridClock, stamp: str, verdicts: dict[str, bool]) -> bool:
    if stamp not in verdicts:
        try:
            clock.observe(stamp)
            verdicts[stamp] = True
        except ValueError:  # far ahead, or not a stamp: the merge keeps it back
            verdicts[stamp] = False
    return verdicts[stamp]

"""Applying the partner's changes: per field, the newer stamp wins.

The result depends only on the set of changes a copy has seen, never on their
order or on how often one arrived:

- a field takes a change whose stamp is greater than the stamp of its value;
- ``deleted_at`` is a field like any other, but what the row shows is derived:
  the record is deleted only while no edit of it is newer than its delete (an
  edit made after the delete, on the other computer, brings it back, and the
  report says so);
- "deleted for good" leaves a tombstone that outlives every change; a reference
  to a record that is gone for good reads as empty, and a record that cannot
  live without it goes too;
- a change that cannot be applied yet (its record or parent has not arrived, a
  newer app's kind or field, a stamp far ahead of this clock, a large deletion
  waiting for the user's yes) is kept in ``sync_pending`` and tried again with
  every batch.

When a text field takes a change that was made without seeing this copy's text,
the text that lost is kept in ``sync_conflict`` for the user to review.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tandem_desktop.domain.changes import PURGE, Change, encode
from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.domain.hlc import TooFarAhead
from tandem_desktop.storage.journal import Journal, is_synced_table, journal_of
from tandem_desktop.storage.migrations.m002_journal import SYNCED_TABLES
from tandem_desktop.storage.repository import Repository
from tandem_desktop.storage.store import Store

# A batch deleting more than this many records, or more than this share of a
# tandem's records, waits until the user confirms it.
MAX_UNASKED_DELETIONS = 20
MAX_UNASKED_SHARE = 0.25

UNKNOWN, INCOMPLETE, PARENT, FUTURE, HELD, PRIVATE = (
    "unknown", "incomplete", "parent", "future", "held", "private")

# Kinds whose record must keep at least one of these texts (the schema checks it).
# Two partners who each blank a different one would leave none: then this copy
# keeps its own text, as a change of its own that the partners take too.
SOME_TEXT: dict[str, tuple[str, ...]] = {
    "feedback": ("situation", "behaviour", "impact", "request"),
}
NO_TEXT_LEFT = "…"  # what a new record shows when no copy ever had a text in these fields


@dataclass
class MergeReport:
    """What one batch did; the window and the sync status tell the user."""

    applied: int = 0  # field changes that took effect
    records: set[tuple[str, str]] = field(default_factory=set)  # (kind, id) changed here
    came_back: list[tuple[str, str]] = field(default_factory=list)  # an edit beat a delete
    conflicts: int = 0
    waiting: dict[str, int] = field(default_factory=dict)  # kept for later, by reason
    too_far_ahead: list[str] = field(default_factory=list)  # stamps not let in
    held_deletions: int = 0

    @property
    def pending(self) -> int:
        return sum(self.waiting.values())


@dataclass(frozen=True)
class _Reference:
    column: str
    parent: str
    nullable: bool


class Merger:
    """Applies batches of changes to one store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.database = store.database
        journal = journal_of(self.database)
        if journal is None:
            raise RuntimeError("the data file predates the change journal")
        self.journal: Journal = journal
        self._references: dict[str, list[_Reference]] = {}
        self._defaults: dict[str, dict[str, Any]] = {}

    # -- the batch --------------------------------------------------------------
    def apply(self, changes: Iterable[Change], *, confirm_deletions: bool = False) -> MergeReport:
        """Apply a batch (with everything kept from earlier ones) in one transaction."""
        report = MergeReport()
        with self.database.transaction():
            self.journal.flush()  # records added earlier in this transaction, before any burial
            batch = self._admit([*changes, *self._take_pending()], report)
            groups: dict[tuple[str, str], dict[tuple[str, str], Change]] = defaultdict(dict)
            for change in batch:  # duplicates collapse here
                groups[(change.kind, change.record_id)][(change.field, change.stamp)] = change
            if not confirm_deletions:
                self._hold_mass_deletions(groups, report)
            order = {table: number for number, table in enumerate(SYNCED_TABLES)}
            todo = sorted(groups, key=lambda key: (order.get(key[0], len(order)), key[1]))
            waiting: dict[tuple[str, str], tuple[str, list[Change]]] = {}
            while todo:  # parents first; a child whose parent came later gets another round
                again = []
                for key in todo:
                    left = self._apply_record(key, list(groups[key].values()), report)
                    if left is None:
                        waiting.pop(key, None)
                    else:
                        waiting[key] = left
                        if left[0] == PARENT:
                            again.append(key)
                progressed = len(again) < len(todo)
                todo = again if progressed else []
            for reason, kept in waiting.values():
                self._keep(kept, reason, report)
            self.journal.save_clock()
        return report

    def _admit(self, changes: list[Change], report: MergeReport) -> list[Change]:
        """Let the clock see every stamp; keep back those far ahead of this computer."""
        admitted = []
        # The fields of one write share a stamp: each stamp is looked at once.
        verdicts: dict[str, str] = {}
        for change in changes:
            verdict = verdicts.get(change.stamp)
            if verdict is None:
                try:
                    self.journal.clock.observe(change.stamp)
                    verdict = ""
                except TooFarAhead:
                    verdict = FUTURE
                except ValueError:
                    verdict = UNKNOWN  # a stamp of a newer format
                verdicts[change.stamp] = verdict
            if verdict == FUTURE:
                report.too_far_ahead.append(change.stamp)
            if verdict:
                self._keep([change], verdict, report)
                continue
            admitted.append(change)
        return admitted

    def _take_pending(self) -> list[Change]:
        conn = self.database.conn
        rows = conn.execute("SELECT kind, record_id, tandem_id, field, value, stamp, base"
                            " FROM sync_pending").fetchall()
        conn.execute("DELETE FROM sync_pending")
        return [Change(*row) for row in rows]

    def _keep(self, changes: Iterable[Change], reason: str, report: MergeReport) -> None:
        rows = [(c.kind, c.record_id, c.tandem_id, c.field, c.value, c.stamp, c.base, reason)
                for c in changes]
        self.database.conn.executemany(
            "INSERT OR REPLACE INTO sync_pending"
            " (kind, record_id, tandem_id, field, value, stamp, base, reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        report.waiting[reason] = report.waiting.get(reason, 0) + len(rows)

    # -- large deletions wait for a yes -------------------------------------------
    def _hold_mass_deletions(
        self, groups: dict[tuple[str, str], dict[tuple[str, str], Change]], report: MergeReport
    ) -> None:
        deleting: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for key, group in groups.items():
            if self._would_delete(key, list(group.values())):
                tandem_id = next(iter(group.values())).tandem_id
                deleting[tandem_id].append(key)
        for tandem_id, keys in deleting.items():
            if len(keys) <= MAX_UNASKED_DELETIONS and \
                    len(keys) <= MAX_UNASKED_SHARE * self._records_of(tandem_id):
                continue
            held = []
            for key in keys:
                group = groups[key]
                for name in [n for n, change in group.items() if _deletes(change)]:
                    held.append(group.pop(name))
            self._keep(held, HELD, report)
            report.held_deletions += len(keys)

    def _would_delete(self, key: tuple[str, str], group: list[Change]) -> bool:
        kind, record_id = key
        # Most groups delete nothing: they need no query.
        if not is_synced_table(kind) or not any(_deletes(change) for change in group):
            return False
        live = self.database.scalar(
            f"SELECT 1 FROM {kind} WHERE id = ? AND deleted_at IS NULL", [record_id])
        if not live:
            return False
        if any(change.field == PURGE for change in group):
            return True
        deletes = [c for c in group if c.field == "deleted_at"]
        if not deletes:
            return False
        newest = max(deletes, key=lambda change: change.stamp)
        stamps = self.journal.field_stamps(kind, record_id)
        return newest.value not in (None, "null") and newest.stamp > max(stamps.values(),
                                                                         default="")

    def _records_of(self, tandem_id: str) -> int:
        total = 0
        for table in SYNCED_TABLES:
            column = "id" if table == "tandem" else "tandem_id"
            total += int(self.database.scalar(
                f"SELECT count(*) FROM {table} WHERE {column} = ? AND deleted_at IS NULL",
                [tandem_id]))
        return total

    # -- one record ---------------------------------------------------------------
    def _apply_record(
        self, key: tuple[str, str], group: list[Change], report: MergeReport
    ) -> tuple[str, list[Change]] | None:
        """Apply one record's changes; (reason, the changes kept) when some must wait."""
        kind, record_id = key
        if not group:
            return None
        if not is_synced_table(kind):
            return UNKNOWN, group
        if self._tombstone(kind, record_id):
            return None  # gone for good: nothing brings it back
        purge = [change for change in group if change.field == PURGE]
        if purge:
            self._bury(kind, record_id, purge[0].tandem_id, min(c.stamp for c in purge))
            report.records.add(key)
            return None
        repository = self.store.repository_for(kind)
        synced = set(repository._synced)
        unknown = [change for change in group if change.field not in synced]
        if unknown:
            self._keep(unknown, UNKNOWN, report)
        newest: dict[str, Change] = {}
        for change in group:
            if change.field in synced and (
                    change.field not in newest or change.stamp > newest[change.field].stamp):
                newest[change.field] = change
        if not newest:
            return None
        row = self._row(kind, record_id)
        if row is None:
            return self._insert(repository, record_id, newest, group, report)
        return self._update(repository, row, newest, report)

    def _insert(
        self, repository: Repository[Any], record_id: str, newest: dict[str, Change],
        group: list[Change], report: MergeReport,
    ) -> tuple[str, list[Change]] | None:
        kind = repository.table
        values = {name: change.column_value for name, change in newest.items()}
        missing = set(repository._synced) - set(newest)
        if missing:
            filled = self._defaults_for_older_writer(kind, newest, missing)
            if filled is None:
                return INCOMPLETE, list(newest.values())
            values.update(filled)  # unstamped: any later change of them wins
        stamps = {name: change.stamp for name, change in newest.items()}
        for reference in self._references_of(kind):
            parent_id = values.get(reference.column)
            if parent_id is None or self._row(reference.parent, parent_id) is not None:
                continue
            if not self._tombstone(reference.parent, parent_id):
                return PARENT, list(newest.values())
            if not reference.nullable:
                tandem_id = next(iter(newest.values())).tandem_id
                self.journal.bury(kind, record_id, tandem_id, max(stamps.values()))
                return None
            values[reference.column] = None
        raw_deleted = values["deleted_at"]
        values["deleted_at"] = self._effective_delete(raw_deleted, stamps)
        kept = self._texts_to_keep(kind, values, _earlier_texts(kind, group))
        values.update(kept)
        row = {**{name: None for name in repository._fields}, **values, "id": record_id,
               "updated_at": utc_stamp(self.database.clock.now())}
        row.update(self._local_defaults(kind, row))
        rowid = repository._insert({name: row[name] for name in repository._fields})
        self._save_stamps(kind, record_id, newest, raw_deleted)
        self._journal_kept(repository, row, kept, raw_deleted)
        if values["deleted_at"] is None:
            repository._index(rowid, repository.from_row(row))
        self.database.mark_changed(kind)
        report.applied += len(newest)
        report.records.add((kind, record_id))
        return None

    def _update(
        self, repository: Repository[Any], row: dict[str, Any], newest: dict[str, Change],
        report: MergeReport,
    ) -> tuple[str, list[Change]] | None:
        kind, record_id = repository.table, str(row["id"])
        flag = repository.private_flag
        if flag and row[flag]:
            return PRIVATE, list(newest.values())  # withheld here; applied once shared again
        stamps = self.journal.field_stamps(kind, record_id)
        taken: dict[str, Change] = {}
        values: dict[str, Any] = {}
        waiting: list[Change] = []
        references = {reference.column: reference for reference in self._references_of(kind)}
        for name, change in newest.items():
            local = stamps.get(name, "")
            if change.stamp <= local:
                continue  # older, or seen before
            value = change.column_value
            reference = references.get(name)
            if reference is not None and value is not None and \
                    self._row(reference.parent, value) is None:
                if not self._tombstone(reference.parent, value):
                    waiting.append(change)
                    continue
                value = None  # its record is gone for good (references here are nullable)
            if name in repository.search_fields and change.base != local and \
                    row[name] not in (None, "") and row[name] != value:
                self._keep_conflict(row, name, change, local)
                report.conflicts += 1
            taken[name] = change
            values[name] = value
        if taken:
            merged = {**stamps, **{name: change.stamp for name, change in taken.items()}}
            raw_deleted = values["deleted_at"] if "deleted_at" in taken else \
                self._raw_deleted(kind, record_id)
            deleted = self._effective_delete(raw_deleted, merged)
            if row["deleted_at"] is not None and deleted is None and raw_deleted is not None:
                report.came_back.append((kind, record_id))
            values["deleted_at"] = deleted
            values["updated_at"] = utc_stamp(self.database.clock.now())
            kept = self._texts_to_keep(kind, {**row, **values}, row)
            values.update(kept)
            assignments = ", ".join(f"{name} = ?" for name in values)
            self.database.conn.execute(f"UPDATE {kind} SET {assignments} WHERE id = ?",
                                       [*values.values(), record_id])
            self._save_stamps(kind, record_id, taken, raw_deleted)
            self._journal_kept(repository, {**row, **values}, kept, raw_deleted)
            rowid = int(row["n"])
            repository._unindex(rowid)
            if deleted is None:
                repository._index(rowid, repository.from_row({**row, **values}))
            self.database.mark_changed(kind)
            report.applied += len(taken)
            report.records.add((kind, record_id))
        return (PARENT, waiting) if waiting else None

    # -- a record that must keep some text ------------------------------------------------
    def _texts_to_keep(
        self, kind: str, merged: dict[str, Any], earlier: dict[str, Any]
    ) -> dict[str, Any]:
        """The texts to put back when ``merged`` would leave none of ``SOME_TEXT[kind]``.

        ``earlier`` holds the texts this copy knew before (its row, or the older
        changes of a record new here); without any, the record says so.
        """
        names = SOME_TEXT.get(kind, ())
        if not names or not _blank(merged[name] for name in names):
            return {}
        kept = {name: earlier[name] for name in names
                if not _blank([earlier.get(name)]) and merged[name] != earlier[name]}
        return kept or {names[0]: NO_TEXT_LEFT}

    def _journal_kept(
        self, repository: Repository[Any], row: dict[str, Any], kept: dict[str, Any],
        raw_deleted: Any,
    ) -> None:
        """Journal the texts kept as this copy's own edit, so that every copy takes them.

        A record in the Trash stays there: its delete is journalled again after them
        (a delete shows only while no other field is newer than it).
        """
        if not kept:
            return
        kind, record_id = repository.table, str(row["id"])
        tandem_id = repository._tandem_of(row)
        self.journal.record(kind, record_id, tandem_id, kept)
        if row["deleted_at"] is not None:
            self.journal.record(kind, record_id, tandem_id, {"deleted_at": raw_deleted})

    # -- helpers ----------------------------------------------------------------------
    def _effective_delete(self, raw: Any, stamps: dict[str, str]) -> Any:
        return shown_deleted_at(raw, stamps)

    def _raw_deleted(self, kind: str, record_id: str) -> Any:
        return self.database.scalar(
            "SELECT value FROM sync_field WHERE kind = ? AND record_id = ? AND field = ?",
            [kind, record_id, "deleted_at"])

    def _save_stamps(
        self, kind: str, record_id: str, taken: dict[str, Change], raw_deleted: Any
    ) -> None:
        self.database.conn.executemany(
            "INSERT OR REPLACE INTO sync_field (kind, record_id, field, stamp, base, value)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(kind, record_id, name, change.stamp, change.base,
              raw_deleted if name == "deleted_at" else None) for name, change in taken.items()])

    def _keep_conflict(self, row: dict[str, Any], name: str, change: Change, local: str) -> None:
        tandem_id = row["id"] if change.kind == "tandem" else row["tandem_id"]
        self.database.conn.execute(
            "INSERT INTO sync_conflict (kind, record_id, tandem_id, field, kept_value, kept_stamp,"
            " lost_value, lost_stamp, noticed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [change.kind, change.record_id, tandem_id, name, change.value, change.stamp,
             encode(row[name]), local, utc_stamp(self.database.clock.now())])
        self.database.mark_changed("sync_conflict")

    def _row(self, kind: str, record_id: str) -> dict[str, Any] | None:
        rows = self.database.query(f"SELECT * FROM {kind} WHERE id = ?", [record_id])
        return rows[0] if rows else None

    def _tombstone(self, kind: str, record_id: str) -> bool:
        return self.database.scalar(
            "SELECT 1 FROM sync_tombstone WHERE kind = ? AND record_id = ?",
            [kind, record_id]) is not None

    def _local_defaults(self, kind: str, row: dict[str, Any]) -> dict[str, Any]:
        """Values of fields that never travel, for a record new to this copy."""
        if kind == "tandem":
            # The partner's copy has the other role; this computer keeps its own.
            return {"my_role": row.get("my_role") or "assistant"}
        if kind == "meeting":
            return {"private_notes": ""}
        return {}

    def _defaults_for_older_writer(
        self, kind: str, newest: dict[str, Change], missing: set[str]
    ) -> dict[str, Any] | None:
        """The schema's defaults for fields the record's creator did not know, or None.

        A record's creation carries every field its writer knows (``created_at``
        with no base among them); a field missing from it belongs to a newer
        version than the writer's. Without the creation the missing fields may
        still be on their way, and the record waits.
        """
        created = newest.get("created_at")
        if created is None or created.base != "":
            return None
        if kind not in self._defaults:
            self._defaults[kind] = {
                row[1]: _literal(row[4]) for row in
                self.database.conn.execute(f"PRAGMA table_info({kind})")
                if row[4] is not None or not row[3]}
        defaults = self._defaults[kind]
        if not missing <= set(defaults):
            return None  # a required field without a default: wait for its value
        return {name: defaults[name] for name in missing}

    def _references_of(self, kind: str) -> list[_Reference]:
        if kind not in self._references:
            nullable = {row[1]: not row[3] for row in
                        self.database.conn.execute(f"PRAGMA table_info({kind})")}
            self._references[kind] = [
                _Reference(row[3], row[2], nullable[row[3]]) for row in
                self.database.conn.execute(f"PRAGMA foreign_key_list({kind})")]
        return self._references[kind]

    def _bury(self, kind: str, record_id: str, tandem_id: str, stamp: str) -> None:
        """Delete a record for good, with what cannot live without it."""
        for table in SYNCED_TABLES:
            for reference in self._references_of(table):
                if reference.parent != kind:
                    continue
                children = [row[0] for row in self.database.conn.execute(
                    f"SELECT id FROM {table} WHERE {reference.column} = ?", [record_id])]
                if not children:
                    continue
                if reference.nullable:
                    self.database.conn.execute(
                        f"UPDATE {table} SET {reference.column} = NULL"
                        f" WHERE {reference.column} = ?", [record_id])
                else:
                    for child in children:
                        self._bury(table, child, tandem_id, stamp)
                self.database.mark_changed(table)
        row = self._row(kind, record_id)
        if row is not None:
            self.store.repository_for(kind)._unindex(int(row["n"]))
            self.database.conn.execute(f"DELETE FROM {kind} WHERE id = ?", [record_id])
            self.database.mark_changed(kind)
        self.journal.bury(kind, record_id, tandem_id, stamp)


def _literal(default: str | None) -> Any:
    """A column's default as SQLite's table_info spells it: 'text', a number or NULL."""
    if default is None or default.upper() == "NULL":
        return None
    if default.startswith("'") and default.endswith("'"):
        return default[1:-1].replace("''", "'")
    try:
        return int(default)
    except ValueError:
        return float(default)


def _blank(texts: Iterable[Any]) -> bool:
    """Whether texts are all empty as the schema's check sees it (``trim`` strips spaces)."""
    return "".join(str(text or "") for text in texts).strip(" ") == ""


def _earlier_texts(kind: str, group: list[Change]) -> dict[str, Any]:
    """For a record new here: the newest non-empty value of each of its required texts."""
    found: dict[str, tuple[str, Any]] = {}
    for change in group:
        if change.field in SOME_TEXT.get(kind, ()):
            value = change.column_value
            if not _blank([value]) and change.stamp > found.get(change.field, ("", None))[0]:
                found[change.field] = (change.stamp, value)
    return {name: value for name, (_, value) in found.items()}


def _deletes(change: Change) -> bool:
    """Whether a change deletes (a restore or the blank of a new record does not)."""
    return change.field == PURGE or (
        change.field == "deleted_at" and change.value not in (None, "null"))


def shown_deleted_at(raw: Any, stamps: Mapping[str, str]) -> Any:
    """What ``deleted_at`` shows: the delete, unless an edit is newer than it.

    A delete and an edit with the same stamp were one write (a record stored in
    the Trash, or the first stamps of schema version 2): the record stays deleted.
    """
    if raw is None:
        return None
    delete_stamp = stamps.get("deleted_at", "")
    others = [stamp for name, stamp in stamps.items() if name != "deleted_at"]
    return raw if delete_stamp >= max(others, default="") else None


def apply_changes(store: Store, changes: Iterable[Change], *,
                  confirm_deletions: bool = False) -> MergeReport:
    """Apply a batch of the partner's changes; see ``Merger.apply``."""
    return Merger(store).apply(changes, confirm_deletions=confirm_deletions)


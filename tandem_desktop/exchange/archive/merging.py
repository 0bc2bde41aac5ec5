"""A version 2 archive brought in by its stamps, as the partner sync brings in changes.

Every record of the file becomes one change per synced field, with the stamp the
file gives it, and every tombstone a "deleted for good"; the merge then applies
them as it applies the partner's changes: per field the newer stamp wins, a
delete wins only when it is newer than every edit, tombstones outlive
everything, large deletions wait for the user's yes.

A record new to this database is written whole with its stamps, as the merge
would write it, but at once and with what never travels (the tandem's
``my_role``, a meeting's private notes when the file has them) as the file says.
A record that exists here is merged only with ``update``; without it, it is kept
as it is. What this computer holds of its own (``my_role``, private notes,
feedback marked private) is never changed by an import.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tandem_desktop.domain.changes import PURGE, Change, encode
from tandem_desktop.domain.hlc import MAX_AHEAD_MS
from tandem_desktop.domain.records import Record
from tandem_desktop.domain.translation import Translate
from tandem_desktop.exchange.archive.format import (
    Archive,
    ArchiveError,
    Progress,
    RecordStamps,
    TandemPart,
    record_where,
)
from tandem_desktop.exchange.archive.planning import ImportResult
from tandem_desktop.exchange.archive.tables import tandem_tables
from tandem_desktop.storage.journal import Journal, journal_of
from tandem_desktop.storage.merge import HELD, Merger, MergeReport, shown_deleted_at
from tandem_desktop.storage.migrations.m002_journal import LOCAL_FIELDS
from tandem_desktop.storage.repository import Repository
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.verbatim import (
    FieldStamps,
    column_values,
    field_stamps_of,
    foreign_keys,
    put,
    put_received,
    stored_ids,
    stored_version,
    tombstoned_ids,
)

# What became of one record of the file, decided parents first.
_WRITTEN = "written"  # new here: written at once with its stamps
_MERGED = "merged"  # new here, but through the merge (its parent is gone for good here, or
#                     its stamps lie too far ahead of this clock): the merge decides
_HERE = "here"  # stored here already: merged with ``update``, else kept
_GONE = "gone"  # deleted for good here: nothing brings it back


@dataclass
class _Entry:
    repository: Repository[Any]
    record: Record
    where: str
    stamps: RecordStamps | None  # None: private content, which carries none

    @property
    def key(self) -> tuple[str, str]:
        return self.repository.table, self.record.id


@dataclass
class _Plan:
    written: list[_Entry] = field(default_factory=list)
    bare: list[_Entry] = field(default_factory=list)  # private, new here: stamped here
    merged_new: list[_Entry] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    merging: set[tuple[str, str]] = field(default_factory=set)  # stored here, with changes
    burying: set[tuple[str, str]] = field(default_factory=set)  # stored here, a tombstone
    kept: int = 0

    @property
    def empty(self) -> bool:
        return not (self.written or self.bare or self.merged_new or self.changes)


def merge_archive(
    store: Store,
    archive: Archive,
    *,
    translate: Translate,
    update: bool,
    confirm_deletions: bool = False,
    progress: Progress | None = None,
    back_up: bool = True,
) -> ImportResult:
    """Bring in a checked version 2 archive in one transaction, after a backup."""
    journal = journal_of(store.database)
    if journal is None:  # an open store is always at the latest schema
        raise RuntimeError("the data file predates the change journal")
    result = ImportResult(tandems=[part.tandem.name for part in archive.parts], merged=True)
    plan = _Planner(store, journal, update, translate).plan(archive)
    result.skipped = plan.kept
    if plan.empty:
        return result
    if back_up and store.backups is not None:
        result.backup = store.back_up("import")
    total = len(plan.written) + len(plan.bare) + 1
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress and (done % 100 == 0 or done == total):
            progress(done, total)

    with store.transaction():
        newest = max((stamp for entry in plan.written if entry.stamps
                      for stamp in entry.stamps.stamps.values()), default=None)
        if newest is not None:
            journal.clock.observe(newest)  # later local stamps must be greater
        for entry in plan.written:
            _write(entry, translate, received=True)
            step()
        try:
            report = Merger(store).apply(plan.changes, confirm_deletions=confirm_deletions)
        except sqlite3.IntegrityError as error:
            raise ArchiveError(translate(
                "Archive", "the database refused a change of the file: {reason}").format(
                reason=str(error)), archive.source) from None
        arrived = _after_merge(store, plan, translate)
        for entry in plan.bare:
            _write(entry, translate, received=False)
            step()
        journal.save_clock()
        step()
    _count(result, plan, report, arrived)
    return result


class _Planner:
    """Decides, record by record and parents first, what the import does with each."""

    def __init__(self, store: Store, journal: Journal, update: bool, translate: Translate) -> None:
        self.store = store
        self.journal = journal
        self.update = update
        self.translate = translate
        self.tables = tandem_tables(store)
        self.references = foreign_keys(store.database)
        self.fate: dict[tuple[str, str], str] = {}
        self.result = _Plan()

    def plan(self, archive: Archive) -> _Plan:
        for part in archive.parts:
            self._part(part)
        return self.result

    def _part(self, part: TandemPart) -> None:
        entries = [_Entry(self.store.tandems, part.tandem, f"{part.where}.tandem",
                          part.stamps.get(("tandem", part.tandem.id)))]
        for kind in self.tables:
            for index, record in enumerate(part.records.get(kind.table, [])):
                entries.append(_Entry(
                    kind, record,
                    record_where(f"{part.where}.records.{kind.table}[{index}]", record.id),
                    part.stamps.get((kind.table, record.id))))
        by_table: dict[str, list[_Entry]] = {}
        for entry in entries:
            by_table.setdefault(entry.repository.table, []).append(entry)
        for table, group in by_table.items():
            repository = group[0].repository
            ids = [entry.record.id for entry in group]
            stored = stored_ids(repository, ids)
            gone = tombstoned_ids(self.store.database, table, ids)
            local = field_stamps_of(repository, part.tandem.id)
            for entry in group:
                self._decide(entry, part, stored, gone, local)
        self._tombstones(part)

    def _decide(self, entry: _Entry, part: TandemPart, stored: set[str], gone: set[str],
                local: dict[str, FieldStamps]) -> None:
        record_id = entry.record.id
        if record_id in gone:
            self.fate[entry.key] = _GONE
            self.result.kept += 1
            return
        if record_id in stored:
            self.fate[entry.key] = _HERE
            own = local.get(record_id)
            if own is None:
                self._check_same_tandem(entry, part)
            if not self.update or entry.stamps is None:
                self.result.kept += 1  # kept as it is (private content is never merged)
                return
            changes = [change for change in self._changes(entry, part)
                       if change.stamp > (own.stamps.get(change.field, "") if own else "")]
            if not changes:
                self.result.kept += 1  # nothing in the file is newer than what is here
                return
            self.result.changes.extend(changes)
            self.result.merging.add(entry.key)
            return
        if entry.stamps is None:
            self.result.bare.append(entry)
            self.fate[entry.key] = _WRITTEN
            return
        if self._parents_ready(entry) and self._stamps_admissible(entry.stamps):
            self.result.written.append(entry)
            self.fate[entry.key] = _WRITTEN
        else:
            self.result.merged_new.append(entry)
            self.result.changes.extend(self._changes(entry, part))
            self.fate[entry.key] = _MERGED

    def _check_same_tandem(self, entry: _Entry, part: TandemPart) -> None:
        if entry.repository.table == "tandem":
            return
        existing = stored_version(entry.repository, entry.record.id)
        if existing is not None and getattr(existing, "tandem_id", None) != part.tandem.id:
            raise ArchiveError(
                self.translate(
                    "Archive", "a record with this id already belongs to another tandem"),
                entry.where,
            )

    def _parents_ready(self, entry: _Entry) -> bool:
        """Whether every record this one refers to is here, or written before it."""
        for column, target in self.references.get(entry.repository.table, {}).items():
            parent = getattr(entry.record, column, None)
            if parent is not None and self.fate.get((target, parent)) not in (_WRITTEN, _HERE):
                return False
        return True

    def _stamps_admissible(self, stamps: RecordStamps) -> bool:
        """False when a stamp lies so far ahead of this clock that the merge keeps it back."""
        newest = max(stamps.stamps.values(), default=None)
        return newest is None or self.journal.clock.ahead_of_wall(newest) <= MAX_AHEAD_MS

    def _changes(self, entry: _Entry, part: TandemPart) -> Iterable[Change]:
        assert entry.stamps is not None
        values = column_values(entry.repository, entry.record)
        values["deleted_at"] = entry.stamps.undone_delete or values["deleted_at"]
        table = entry.repository.table
        bases = entry.stamps.bases
        for name, stamp in entry.stamps.stamps.items():
            yield Change(table, entry.record.id, part.tandem.id, name, encode(values[name]), stamp,
                         bases.get(name, ""))

    def _tombstones(self, part: TandemPart) -> None:
        by_kind: dict[str, list[str]] = {}
        for stone in part.tombstones:
            by_kind.setdefault(stone.kind, []).append(stone.record_id)
        present: dict[str, set[str]] = {}
        buried: dict[str, set[str]] = {}
        for kind, ids in by_kind.items():
            repository = self.store.repository_for(kind)
            present[kind] = stored_ids(repository, ids)
            buried[kind] = tombstoned_ids(self.store.database, kind, ids)
        for stone in part.tombstones:
            if stone.record_id in buried[stone.kind]:
                continue
            if stone.record_id in present[stone.kind]:
                if not self.update:
                    continue  # without --update, what is here stays
                self.result.burying.add((stone.kind, stone.record_id))
            self.result.changes.append(
                Change(stone.kind, stone.record_id, part.tandem.id, PURGE, None, stone.stamp))


def _write(entry: _Entry, translate: Translate, *, received: bool) -> None:
    """Write one new record; the database refusing it refuses the whole file."""
    try:
        if received:
            assert entry.stamps is not None
            stamps = entry.stamps.stamps
            written = entry.stamps.undone_delete or entry.record.deleted_at
            shown = shown_deleted_at(written, stamps)
            record = entry.record if shown == entry.record.deleted_at else \
                dataclasses.replace(entry.record, deleted_at=shown)
            put_received(entry.repository, record, stamps, entry.stamps.bases, written)
        else:
            put(entry.repository, entry.record, replace=False)
    except sqlite3.IntegrityError as error:
        raise ArchiveError(
            translate("Archive", "the database refused this record: {reason}").format(
                reason=str(error)
            ),
            entry.where,
        ) from None


def _after_merge(store: Store, plan: _Plan, translate: Translate) -> int:
    """Give the records the merge brought in what never travels; drop private records'
    references to what did not arrive. How many of the new records arrived."""
    arrived = 0
    for entry in plan.merged_new:
        stored = stored_version(entry.repository, entry.record.id)
        if stored is None:
            continue  # waits for what it needs, or was gone for good
        arrived += 1
        local = {name: getattr(entry.record, name)
                 for name in LOCAL_FIELDS.get(entry.repository.table, ())}
        if any(getattr(stored, name) != value for name, value in local.items()):
            put(entry.repository, dataclasses.replace(stored, **local), replace=True)
    references = foreign_keys(store.database)
    kept = []
    for entry in plan.bare:
        record = _attachable(store, entry, references.get(entry.repository.table, {}))
        if record is not None:
            kept.append(dataclasses.replace(entry, record=record))
    plan.bare[:] = kept
    return arrived


def _attachable(store: Store, entry: _Entry, columns: dict[str, str]) -> Record | None:
    """A private record with its references to what is not here emptied; None without
    its tandem."""
    record = entry.record
    for column, target in columns.items():
        parent = getattr(record, column, None)
        if parent is None or stored_ids(store.repository_for(target), [parent]):
            continue
        if column == "tandem_id":
            return None
        emptied: dict[str, Any] = {column: None}
        record = dataclasses.replace(record, **emptied)
    return record


def _count(result: ImportResult, plan: _Plan, report: MergeReport, arrived: int) -> None:
    result.added = len(plan.written) + len(plan.bare) + arrived
    result.updated = len(plan.merging & report.records)
    result.skipped += len(plan.merging - report.records)
    result.removed = len(plan.burying & report.records)
    result.came_back = len(report.came_back)
    result.conflicts = report.conflicts
    result.held_deletions = report.held_deletions
    result.waiting = {reason: count for reason, count in report.waiting.items()
                      if reason != HELD}

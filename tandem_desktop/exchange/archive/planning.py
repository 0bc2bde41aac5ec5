"""Which records of a checked archive an import adds, overwrites or keeps."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tandem_desktop.domain.records import Record, TandemRecord
from tandem_desktop.domain.translation import Translate
from tandem_desktop.exchange.archive.format import (
    PRIVATE_FIELDS,
    Archive,
    ArchiveError,
    record_where,
)
from tandem_desktop.exchange.archive.tables import tandem_tables
from tandem_desktop.storage.repository import Repository
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.verbatim import stored_ids, stored_version


@dataclass
class ImportResult:
    """What an import did. A version 1 file overwrites (``updated``) or keeps records; a
    version 2 file is merged by its stamps (``merged``), which may also bring records
    back, keep texts that lost as conflicts, and keep changes waiting."""

    added: int = 0
    updated: int = 0  # overwritten (version 1) or changed by the merge (version 2)
    skipped: int = 0  # already here and kept as they are
    backup: Path | None = None
    tandems: list[str] = field(default_factory=list)
    merged: bool = False
    removed: int = 0  # deleted for good, as the file's tombstones say
    came_back: int = 0  # deleted here, but a newer change in the file brought them back
    conflicts: int = 0  # texts edited on both sides: the one that lost is kept for review
    held_deletions: int = 0  # records the file would delete, waiting for the user's yes
    waiting: dict[str, int] = field(default_factory=dict)  # changes kept for later, by reason

    @property
    def pending(self) -> int:
        return sum(self.waiting.values())


@dataclass
class ImportStep:
    """One record to write, where the file holds it, and whether it replaces a stored one."""

    repository: Repository[Any]
    record: Record
    where: str
    replace: bool


def plan_import(
    store: Store, archive: Archive, update: bool, result: ImportResult, translate: Translate
) -> Iterable[ImportStep]:
    """The records to write, parents first; counts the added, updated and kept in ``result``.

    Records whose id is already stored are kept, or overwritten with ``update``.
    """
    tables = tandem_tables(store)
    for part in archive.parts:
        parts: list[tuple[Repository[Any], Record, str]] = [
            (store.tandems, part.tandem, f"{part.where}.tandem")
        ]
        for table in tables:
            for index, row in enumerate(part.records.get(table.table, [])):
                parts.append(
                    (
                        table,
                        row,
                        record_where(f"{part.where}.records.{table.table}[{index}]", row.id),
                    )
                )
        # Which ids are here already: a few queries per table, not one per record.
        ids: dict[Repository[Any], list[str]] = {}
        for repository, record, _ in parts:
            ids.setdefault(repository, []).append(record.id)
        stored = {repository: stored_ids(repository, wanted) for repository, wanted in ids.items()}
        for repository, record, where in parts:
            existing = (stored_version(repository, record.id)
                        if record.id in stored[repository] else None)
            if existing is None:
                result.added += 1
                yield ImportStep(repository, record, where, replace=False)
                continue
            if (
                isinstance(existing, TandemRecord)
                and isinstance(record, TandemRecord)
                and (existing.tandem_id != record.tandem_id)
            ):
                raise ArchiveError(
                    translate("Archive", "a record with this id already belongs to another tandem"),
                    where,
                )
            if update:
                result.updated += 1
                if not archive.include_private:
                    # The file left private notes out; updating must not blank ours.
                    kept = {
                        name: getattr(existing, name)
                        for name in PRIVATE_FIELDS.get(repository.table, ())
                    }
                    record = dataclasses.replace(record, **kept) if kept else record
                yield ImportStep(repository, record, where, replace=True)
            else:
                result.skipped += 1

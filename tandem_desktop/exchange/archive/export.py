"""Records to the archive file: one tandem or all, private content only when asked for.

Each record carries the clock stamps of its synced fields, and each tandem its
tombstones (format version 2), so that an import elsewhere can merge them as the
partner sync does. Private content carries no stamps: a meeting's private notes
are not a synced field, and feedback marked private travels, if at all, bare.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tandem_desktop import __version__
from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.domain.records import Record, Tandem
from tandem_desktop.domain.translation import Translate
from tandem_desktop.exchange.archive.format import (
    EVERY_OTHER_FIELD,
    FORMAT_NAME,
    FORMAT_VERSION,
    PRIVATE_FIELDS,
    PRIVATE_FLAGS,
    ArchiveError,
    Progress,
)
from tandem_desktop.exchange.archive.tables import tandem_tables
from tandem_desktop.storage.files import atomic_write
from tandem_desktop.storage.migrations import LATEST_VERSION
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.verbatim import FieldStamps, field_stamps_of, tombstones_of


@dataclass
class ExportResult:
    path: Path
    tandems: int
    records: int


def find_tandem(store: Store, name: str, *, translate: Translate) -> Tandem:
    """The tandem with this name (case does not matter); ArchiveError when there is none."""
    tandems = store.tandems.list()
    for tandem in tandems:
        if tandem.name.casefold() == name.strip().casefold():
            return tandem
    known = ", ".join(tandem.name for tandem in tandems) or translate("Archive", "none")
    raise ArchiveError(
        translate("Archive", "there is no tandem called “{name}” (tandems: {known})").format(
            name=name, known=known
        )
    )


def _as_dict(record: Record) -> dict[str, Any]:
    return {item.name: _plain(getattr(record, item.name)) for item in dataclasses.fields(record)}


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def build_archive(
    store: Store,
    *,
    tandem_id: str | None = None,
    include_private: bool = False,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """The archive as plain data: one tandem (``tandem_id``) or all of them."""
    if tandem_id is None:
        tandems = store.tandems.every_record()
    else:
        tandems = [store.tandems.get(tandem_id, include_deleted=True)]
    tables = tandem_tables(store)
    entries = []
    for index, tandem in enumerate(tandems):
        records: dict[str, list[dict[str, Any]]] = {}
        for repository in tables:
            stamps = field_stamps_of(repository, tandem.id)
            rows = []
            for record in repository.every_record_of(tandem.id):
                flag = PRIVATE_FLAGS.get(repository.table)
                private = bool(flag and getattr(record, flag))
                if not include_private and private:
                    continue
                row = _as_dict(record)
                if not include_private:
                    for name in PRIVATE_FIELDS.get(repository.table, ()):
                        row[name] = ""
                if not private:
                    _add_stamps(row, stamps.get(record.id))
                rows.append(row)
            records[repository.table] = rows
        tandem_row = _as_dict(tandem)
        _add_stamps(tandem_row, field_stamps_of(store.tandems, tandem.id).get(tandem.id))
        entries.append({
            "tandem": tandem_row,
            "records": records,
            "tombstones": [
                {"kind": stone.kind, "id": stone.record_id, "stamp": stone.stamp}
                for stone in tombstones_of(store.database, tandem.id)
            ],
        })
        if progress:
            progress(index + 1, len(tandems))
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": utc_stamp(store.database.clock.now()),
        "app_version": __version__,
        "schema_version": LATEST_VERSION,
        "include_private": include_private,
        "tandems": entries,
    }


def _add_stamps(row: dict[str, Any], found: FieldStamps | None) -> None:
    """Add a record's field stamps to its entry: the most common one stands for the rest."""
    if found is None or not found.stamps:
        return
    common = max(Counter(found.stamps.values()).items(), key=lambda item: (item[1], item[0]))[0]
    stamps = {EVERY_OTHER_FIELD: common}
    stamps.update((name, stamp) for name, stamp in sorted(found.stamps.items())
                  if stamp != common)
    row["stamps"] = stamps
    if found.bases:
        row["replaced"] = dict(sorted(found.bases.items()))
    if row.get("deleted_at") is None and found.written_deleted_at is not None:
        row["undone_delete"] = found.written_deleted_at


def dump_archive(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def export_archive(
    store: Store,
    path: Path,
    *,
    tandem_id: str | None = None,
    include_private: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the archive to ``path`` atomically (a temporary file renamed into place)."""
    data = build_archive(
        store, tandem_id=tandem_id, include_private=include_private, progress=progress
    )
    payload = dump_archive(data)
    with atomic_write(path) as stream:
        stream.write(payload)
    count = sum(
        1 + sum(len(rows) for rows in entry["records"].values()) for entry in data["tandems"]
    )
    return ExportResult(path, len(data["tandems"]), count)

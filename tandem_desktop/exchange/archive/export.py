"""Records to the archive file: one tandem or all, private content only when asked for."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tandem_desktop import __version__
from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.domain.records import Record, Tandem
from tandem_desktop.domain.translation import Translate
from tandem_desktop.exchange.archive.format import (
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
            rows = []
            for record in repository.every_record_of(tandem.id):
                flag = PRIVATE_FLAGS.get(repository.table)
                if not include_private and flag and getattr(record, flag):
                    continue
                row = _as_dict(record)
                if not include_private:
                    for name in PRIVATE_FIELDS.get(repository.table, ()):
                        row[name] = ""
                rows.append(row)
            records[repository.table] = rows
        entries.append({"tandem": _as_dict(tandem), "records": records})
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

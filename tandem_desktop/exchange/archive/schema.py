"""Parsed JSON checked against the format and the app's own records, first problem first.

The checks use a scratch in-memory store, so that what a record may hold is what
the app's schema and repositories say, not a second copy of the rules. The
stamps and tombstones of format version 2 are checked in ``stamps.py``.
"""

from __future__ import annotations

from typing import Any

from tandem_desktop.domain.records import Record, Tandem, TandemRecord
from tandem_desktop.domain.translation import Translate
from tandem_desktop.exchange.archive.fields import STAMP, checked_value, field_specs, show
from tandem_desktop.exchange.archive.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    PRIVATE_FLAGS,
    STAMPED_VERSION,
    Archive,
    ArchiveError,
    RecordStamps,
    TandemPart,
    record_where,
)
from tandem_desktop.exchange.archive.stamps import (
    STAMP_KEYS,
    check_tombstones_against_records,
    checked_stamps,
    checked_tombstones,
)
from tandem_desktop.exchange.archive.tables import tandem_tables
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.verbatim import foreign_keys, synced_field_names

_TOP_KEYS = {
    "format",
    "version",
    "exported_at",
    "app_version",
    "schema_version",
    "include_private",
    "tandems",
}


def check_archive(data: Any, source: str = "", *, translate: Translate) -> Archive:
    """Check parsed JSON against the format; ArchiveError on the first problem found."""
    if not isinstance(data, dict):
        raise ArchiveError(
            translate("Archive", "the file does not hold a Tandem archive (no object at the top)"),
            source,
        )
    if data.get("format") != FORMAT_NAME:
        raise ArchiveError(
            translate(
                "Archive",
                "the file is not a Tandem archive (format is {found}, expected “{expected}”)",
            ).format(found=show(data.get("format"), translate), expected=FORMAT_NAME),
            source,
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ArchiveError(
            translate("Archive", "the archive version {found} is not valid").format(
                found=show(version, translate)
            ),
            source,
        )
    if version > FORMAT_VERSION:
        raise ArchiveError(
            translate(
                "Archive",
                "the archive has version {found}, made by a newer Tandem; "
                "this app reads up to version {supported}. Update Tandem "
                "to import it.",
            ).format(found=version, supported=FORMAT_VERSION),
            source,
        )
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise ArchiveError(
            translate("Archive", "unknown entry “{name}” at the top of the archive").format(
                name=unknown[0][:80]
            ),
            source,
        )
    exported_at = data.get("exported_at")
    if not isinstance(exported_at, str) or not STAMP.match(exported_at):
        raise ArchiveError(
            translate("Archive", "“exported_at” must be a UTC time like 2026-01-31T09:00:00Z"),
            source,
        )
    include_private = data.get("include_private", False)
    if not isinstance(include_private, bool):
        raise ArchiveError(translate("Archive", "“include_private” must be true or false"), source)
    entries = data.get("tandems")
    if not isinstance(entries, list):
        raise ArchiveError(translate("Archive", "“tandems” must be a list"), source)
    with _Schema(translate, version) as schema:
        parts = [
            schema.part(entry, f"{source}: tandems[{index}]") for index, entry in enumerate(entries)
        ]
        schema.check_references(parts, source)
    return Archive(exported_at, include_private, parts, source, version)


class _Schema:
    """What the app's own schema says a record may hold; uses a scratch in-memory store."""

    def __init__(self, translate: Translate, version: int) -> None:
        self.translate = translate
        self.stamped = version >= STAMPED_VERSION

    def __enter__(self) -> _Schema:
        self.store = Store.in_memory()
        self.tables = {repo.table: repo for repo in tandem_tables(self.store)}
        self.references = foreign_keys(self.store.database)
        self.specs = {table: field_specs(repo.record_type) for table, repo in self.tables.items()}
        self.specs["tandem"] = field_specs(Tandem)
        self.synced = {table: synced_field_names(repo) for table, repo in self.tables.items()}
        self.synced["tandem"] = synced_field_names(self.store.tandems)
        return self

    def __exit__(self, *_: object) -> None:
        self.store.close()

    def part(self, entry: Any, where: str) -> TandemPart:
        translate = self.translate
        if not isinstance(entry, dict):
            raise ArchiveError(translate("Archive", "each tandem must be an object"), where)
        keys = {"tandem", "records", "tombstones"} if self.stamped else {"tandem", "records"}
        unknown = sorted(set(entry) - keys)
        if unknown:
            raise ArchiveError(
                translate("Archive", "unknown entry “{name}”").format(name=unknown[0][:80]), where
            )
        stamps: dict[tuple[str, str], RecordStamps] = {}
        tandem = self.record("tandem", entry.get("tandem"), f"{where}.tandem", stamps)
        assert isinstance(tandem, Tandem)
        groups = entry.get("records", {})
        if not isinstance(groups, dict):
            raise ArchiveError(translate("Archive", "“records” must be an object of lists"), where)
        records: dict[str, list[TandemRecord]] = {}
        for table, rows in groups.items():
            if table not in self.tables:
                raise ArchiveError(
                    translate("Archive", "unknown kind of record “{name}”").format(name=table[:80]),
                    f"{where}.records",
                )
            if not isinstance(rows, list):
                raise ArchiveError(
                    translate("Archive", "must be a list of records"), f"{where}.records.{table}"
                )
            checked = []
            for index, row in enumerate(rows):
                record = self.record(table, row, f"{where}.records.{table}[{index}]", stamps)
                assert isinstance(record, TandemRecord)
                if record.tandem_id != tandem.id:
                    raise ArchiveError(
                        translate(
                            "Archive",
                            "tandem_id “{found}” does not match the tandem it is "
                            "filed under (“{expected}”)",
                        ).format(found=record.tandem_id[:80], expected=tandem.id[:80]),
                        record_where(f"{where}.records.{table}[{index}]", record.id),
                    )
                checked.append(record)
            records[table] = checked
        tombstones = []
        if self.stamped:
            kinds = {"tandem", *self.tables}
            tombstones = checked_tombstones(entry.get("tombstones", []), kinds,
                                            f"{where}.tombstones", translate)
        return TandemPart(tandem, records, where, stamps, tombstones)

    def record(self, table: str, row: Any, where: str,
               stamps: dict[tuple[str, str], RecordStamps]) -> Record:
        """The checked record; its stamps (version 2) go into ``stamps``."""
        translate = self.translate
        if not isinstance(row, dict):
            raise ArchiveError(
                translate("Archive", "must be an object with the record's fields"), where
            )
        specs = self.specs[table]
        record_id = row.get("id")
        where = record_where(where, record_id if isinstance(record_id, str) else None)
        extra = {}
        if self.stamped:
            extra = {key: row[key] for key in STAMP_KEYS if key in row}
            row = {key: value for key, value in row.items() if key not in STAMP_KEYS}
        unknown = sorted(set(row) - set(specs))
        if unknown:
            raise ArchiveError(
                translate("Archive", "unknown field “{name}”").format(name=unknown[0][:80]), where
            )
        values: dict[str, Any] = {}
        for name, spec in specs.items():
            if name not in row:
                if spec.required:
                    raise ArchiveError(
                        translate("Archive", "the field “{name}” is missing").format(name=name),
                        where,
                    )
                continue
            values[name] = checked_value(name, spec, row[name], where, translate)
        record_type = Tandem if table == "tandem" else self.tables[table].record_type
        record: Record = record_type(**values)
        try:
            if table == "tandem":
                self.store.tandems.validate(record)  # type: ignore[arg-type]
            else:
                self.tables[table].validate(record)
        except ValidationError as error:
            raise ArchiveError(
                translate("Archive", "the field “{name}” is not valid: {reason}").format(
                    name=error.field, reason=error.message
                ),
                where,
            ) from None
        if self.stamped:
            flag = PRIVATE_FLAGS.get(table)
            private = bool(flag and getattr(record, flag))
            found = checked_stamps(extra, self.synced[table], record, where, private=private,
                                   translate=translate)
            if found is not None:
                stamps[(table, record.id)] = found
        return record

    def check_references(self, parts: list[TandemPart], source: str) -> None:
        """Refuse duplicate ids and references to records the file does not hold."""
        translate = self.translate
        seen: dict[str, dict[str, str]] = {}

        def note(table: str, record: Record, where: str) -> None:
            first = seen.setdefault(table, {}).get(record.id)
            if first is not None:
                first = first.removeprefix(f"{source}: ")
                raise ArchiveError(
                    translate("Archive", "the id “{id}” appears twice (first at {first})").format(
                        id=record.id, first=first
                    ),
                    where,
                )
            seen[table][record.id] = where

        for part in parts:
            note("tandem", part.tandem, f"{part.where}.tandem")
            for table, records in part.records.items():
                for index, record in enumerate(records):
                    note(
                        table,
                        record,
                        record_where(f"{part.where}.records.{table}[{index}]", record.id),
                    )
        check_tombstones_against_records(parts, seen, translate)
        for part in parts:
            for table, records in part.records.items():
                columns = self.references.get(table, {})
                for index, record in enumerate(records):
                    for column, target in columns.items():
                        value = getattr(record, column, None)
                        if value is not None and value not in seen.get(target, {}):
                            raise ArchiveError(
                                translate(
                                    "Archive",
                                    "the field “{name}” refers to {target} “{id}”, which is not "
                                    "in the file",
                                ).format(name=column, target=target, id=value),
                                record_where(f"{part.where}.records.{table}[{index}]", record.id),
                            )

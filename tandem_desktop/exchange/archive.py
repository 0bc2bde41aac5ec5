"""The JSON archive: every record of one or all tandems, out and back in.

Export writes the format name and version first, then one entry per tandem with
its records grouped by kind (see docs/archive-format.md). Import reads the whole
file and checks it completely (size, nesting, encoding, types, required fields,
references, duplicate ids, NaN, version) before anything is written; then it
backs up the database and writes everything in one transaction, keeping every
record's id and timestamps so that a second export gives the same file.

Private content (a meeting's private notes, feedback marked private) leaves the
computer only when the caller asks for it.
"""

from __future__ import annotations

import codecs
import dataclasses
import json
import math
import re
import sqlite3
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from tandem_desktop import __version__
from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.domain.records import Record, Tandem, TandemRecord
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.files import atomic_write
from tandem_desktop.storage.migrations import LATEST_VERSION
from tandem_desktop.storage.repository import Repository, TandemRepository
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.verbatim import foreign_keys, put, stored_ids, stored_version

# lupdate finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate

FORMAT_NAME = "tandem-archive"
FORMAT_VERSION = 1

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_STRING_CHARS = 1_000_000
MAX_DEPTH = 16  # the format itself needs 7 levels
MAX_ID_CHARS = 100
_SQLITE_INT = (-(2**63), 2**63 - 1)

# Content that never leaves this computer unless asked for.
PRIVATE_FIELDS: dict[str, tuple[str, ...]] = {"meeting": ("private_notes",)}
PRIVATE_FLAGS: dict[str, str] = {"feedback": "private"}

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_STAMPS = ("created_at", "updated_at", "deleted_at")
_TOP_KEYS = {
    "format",
    "version",
    "exported_at",
    "app_version",
    "schema_version",
    "include_private",
    "tandems",
}
# Outside strings, the things a bad file may hold: brackets (depth), NaN, Infinity.
_TOKENS = re.compile(r'"(?:[^"\\]+|\\.)*(?P<end>")?|[\[\]{}]|NaN|-?Infinity')

Progress = Callable[[int, int], None]


class ArchiveError(Exception):
    """A file that cannot be imported (or written): what is wrong, and where."""

    def __init__(self, what: str, where: str = "") -> None:
        super().__init__(f"{where}: {what}" if where else what)
        self.what = what
        self.where = where


@dataclass
class TandemPart:
    """One tandem of an archive with its records, by table, in file order."""

    tandem: Tandem
    records: dict[str, list[TandemRecord]]
    where: str = ""


@dataclass
class Archive:
    """A checked archive, ready to import."""

    exported_at: str
    include_private: bool
    parts: list[TandemPart]
    source: str = ""

    @property
    def record_count(self) -> int:
        return sum(1 + sum(len(rows) for rows in part.records.values()) for part in self.parts)


@dataclass
class ExportResult:
    path: Path
    tandems: int
    records: int


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    backup: Path | None = None
    tandems: list[str] = field(default_factory=list)


# -- the tables -------------------------------------------------------------------


def tandem_tables(store: Store) -> list[TandemRepository[Any]]:
    """The repositories of per-tandem records, parents before the records that refer to them."""
    repositories = {
        repo.table: repo for repo in store.repositories if isinstance(repo, TandemRepository)
    }
    references = foreign_keys(store.database)
    ordered: list[TandemRepository[Any]] = []
    placed: set[str] = {"tandem"}
    remaining = list(repositories)
    while remaining:
        ready = [
            table
            for table in remaining
            if all(
                target in placed or target == table for target in references.get(table, {}).values()
            )
        ]
        if not ready:  # a reference cycle: keep the rest in schema order
            ready = remaining[:1]
        for table in ready:
            ordered.append(repositories[table])
            placed.add(table)
            remaining.remove(table)
    return ordered


def _as_dict(record: Record) -> dict[str, Any]:
    return {item.name: _plain(getattr(record, item.name)) for item in dataclasses.fields(record)}


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


# -- export -----------------------------------------------------------------------


def find_tandem(store: Store, name: str) -> Tandem:
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


# -- reading and checking ----------------------------------------------------------


def read_archive(path: Path) -> Archive:
    """Read and check an archive file completely; ArchiveError names what and where."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ArchiveError(
                translate(
                    "Archive", "the file is {size} MB; archives may be at most {limit} MB"
                ).format(size=size // 2**20, limit=MAX_FILE_BYTES // 2**20),
                source,
            )
        raw = path.read_bytes()
    except OSError as error:
        raise ArchiveError(
            translate("Archive", "the file cannot be read: {reason}").format(
                reason=error.strerror or str(error)
            ),
            source,
        ) from None
    return check_archive(parse_json(raw, source), source)


def parse_json(raw: bytes, source: str) -> Any:
    """Bytes to JSON values, refusing what no archive holds (binary, NaN, deep nesting)."""
    if len(raw) > MAX_FILE_BYTES:
        raise ArchiveError(
            translate("Archive", "the file is larger than {limit} MB").format(
                limit=MAX_FILE_BYTES // 2**20
            ),
            source,
        )
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    if not raw.strip():
        raise ArchiveError(translate("Archive", "the file is empty"), source)
    zero = raw.find(b"\x00")
    if zero >= 0:
        raise ArchiveError(
            translate(
                "Archive",
                "this is not a text file (a zero byte at byte {offset}); "
                "a Tandem archive is JSON text",
            ).format(offset=zero),
            source,
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArchiveError(
            translate(
                "Archive",
                "this is not UTF-8 text (byte {offset} cannot be read); "
                "a Tandem archive is JSON text",
            ).format(offset=error.start),
            source,
        ) from None
    unclosed = _prescan(text, source)
    try:
        return json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_float=_finite_float,
            object_pairs_hook=_object_without_repeats,
        )
    except json.JSONDecodeError as error:
        where = _position(text, error.pos, source)
        if unclosed or not text[error.pos :].strip():
            raise ArchiveError(
                translate(
                    "Archive", "the file ends too early, it is probably cut off ({reason})"
                ).format(reason=error.msg),
                where,
            ) from None
        raise ArchiveError(
            translate("Archive", "this is not valid JSON: {reason}").format(reason=error.msg), where
        ) from None
    except RecursionError:
        raise ArchiveError(
            translate("Archive", "the file is nested too deeply to be an archive"), source
        ) from None
    except _Refused as refused:
        raise ArchiveError(refused.what, source) from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise ArchiveError(
            translate("Archive", "the file holds a value that cannot be read: {reason}").format(
                reason=str(error)[:200]
            ),
            source,
        ) from None


class _Refused(ValueError):
    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def _refuse_constant(name: str) -> Any:
    raise _Refused(
        translate("Archive", "the file holds {name}, which is not a number").format(name=name)
    )


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(
            translate("Archive", "the number {text} is too large").format(text=text[:40])
        )
    return value


def _object_without_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(
                translate("Archive", "the key “{key}” appears twice in one object").format(
                    key=key[:80]
                )
            )
        result[key] = value
    return result


def _position(text: str, offset: int, source: str) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return translate("Archive", "{source}, line {line}, column {column}").format(
        source=source, line=line, column=column
    )


def _prescan(text: str, source: str) -> bool:
    """Refuse deep nesting, NaN/Infinity and huge strings before the parser sees them.

    True when the text ends inside a string or with brackets still open (cut off).
    """
    depth = 0
    unterminated = False
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token[0] == '"':
            unterminated = match.group("end") is None
            # A string may hold escapes, so its JSON form may be up to 6x longer.
            if len(token) - 2 > MAX_STRING_CHARS * 6:
                raise ArchiveError(
                    translate(
                        "Archive",
                        "a text of {size} characters is longer than the {limit} a field may hold",
                    ).format(size=len(token) - 2, limit=MAX_STRING_CHARS),
                    _position(text, match.start(), source),
                )
        elif token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise ArchiveError(
                    translate("Archive", "the data is nested more than {limit} levels deep").format(
                        limit=MAX_DEPTH
                    ),
                    _position(text, match.start(), source),
                )
        elif token in "]}":
            depth -= 1
        else:
            raise ArchiveError(
                translate("Archive", "the file holds {name}, which is not a number").format(
                    name=token
                ),
                _position(text, match.start(), source),
            )
    return depth > 0 or unterminated


def check_archive(data: Any, source: str = "") -> Archive:
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
            ).format(found=_show(data.get("format")), expected=FORMAT_NAME),
            source,
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ArchiveError(
            translate("Archive", "the archive version {found} is not valid").format(
                found=_show(version)
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
    if not isinstance(exported_at, str) or not _STAMP.match(exported_at):
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
    with _Schema() as schema:
        parts = [
            schema.part(entry, f"{source}: tandems[{index}]") for index, entry in enumerate(entries)
        ]
        schema.check_references(parts, source)
    return Archive(exported_at, include_private, parts, source)


def _show(value: Any) -> str:
    text = (
        json.dumps(value, ensure_ascii=False)
        if value is not None
        else translate("Archive", "missing")
    )
    return text if len(text) <= 60 else text[:57] + "…"


@dataclass(frozen=True)
class _FieldSpec:
    kind: type
    nullable: bool
    required: bool
    item: type | None = None  # element type of a list, value type of a dict


def _field_specs(record_type: type[Record]) -> dict[str, _FieldSpec]:
    hints = typing.get_type_hints(record_type)
    specs = {}
    for item in dataclasses.fields(record_type):
        hint = hints[item.name]
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        nullable = type(None) in typing.get_args(hint)
        origin = typing.get_origin(hint)
        if origin in (list, dict):
            kind: type = origin
            element = typing.get_args(hint)[-1]
        else:
            kind = args[0] if nullable else hint
            element = None
        required = (
            item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING
        ) or item.name in ("id", "created_at", "updated_at", "tandem_id")
        specs[item.name] = _FieldSpec(kind, nullable, required, element)
    return specs


class _Schema:
    """What the app's own schema says a record may hold; uses a scratch in-memory store."""

    def __enter__(self) -> _Schema:
        self.store = Store.in_memory()
        self.tables = {repo.table: repo for repo in tandem_tables(self.store)}
        self.references = foreign_keys(self.store.database)
        self.specs = {table: _field_specs(repo.record_type) for table, repo in self.tables.items()}
        self.specs["tandem"] = _field_specs(Tandem)
        return self

    def __exit__(self, *_: object) -> None:
        self.store.close()

    def part(self, entry: Any, where: str) -> TandemPart:
        if not isinstance(entry, dict):
            raise ArchiveError(translate("Archive", "each tandem must be an object"), where)
        unknown = sorted(set(entry) - {"tandem", "records"})
        if unknown:
            raise ArchiveError(
                translate("Archive", "unknown entry “{name}”").format(name=unknown[0][:80]), where
            )
        tandem = self.record("tandem", entry.get("tandem"), f"{where}.tandem")
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
                record = self.record(table, row, f"{where}.records.{table}[{index}]")
                assert isinstance(record, TandemRecord)
                if record.tandem_id != tandem.id:
                    raise ArchiveError(
                        translate(
                            "Archive",
                            "tandem_id “{found}” does not match the tandem it is "
                            "filed under (“{expected}”)",
                        ).format(found=record.tandem_id[:80], expected=tandem.id[:80]),
                        _record_where(f"{where}.records.{table}[{index}]", record.id),
                    )
                checked.append(record)
            records[table] = checked
        return TandemPart(tandem, records, where)

    def record(self, table: str, row: Any, where: str) -> Record:
        if not isinstance(row, dict):
            raise ArchiveError(
                translate("Archive", "must be an object with the record's fields"), where
            )
        specs = self.specs[table]
        record_id = row.get("id")
        where = _record_where(where, record_id if isinstance(record_id, str) else None)
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
            values[name] = _checked_value(name, spec, row[name], where)
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
        return record

    def check_references(self, parts: list[TandemPart], source: str) -> None:
        """Refuse duplicate ids and references to records the file does not hold."""
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
                        _record_where(f"{part.where}.records.{table}[{index}]", record.id),
                    )
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
                                _record_where(f"{part.where}.records.{table}[{index}]", record.id),
                            )


def _record_where(where: str, record_id: str | None) -> str:
    if record_id and " (id " not in where:
        return f"{where} (id {record_id[:MAX_ID_CHARS]})"
    return where


def _checked_value(name: str, spec: _FieldSpec, value: Any, where: str) -> Any:
    def wrong(expected: str) -> ArchiveError:
        return ArchiveError(
            translate("Archive", "the field “{name}” must be {expected}, not {found}").format(
                name=name, expected=expected, found=_show(value)
            ),
            where,
        )

    if value is None:
        if spec.nullable:
            return None
        raise wrong(_kind_name(spec))
    if spec.kind is str:
        if not isinstance(value, str):
            raise wrong(_kind_name(spec))
        _check_text(name, value, where)
        _check_format(name, value, where)
        return value
    if spec.kind is bool:
        if not isinstance(value, bool):
            raise wrong(_kind_name(spec))
        return value
    if spec.kind is int:
        if not _is_int(value):
            raise wrong(_kind_name(spec))
        return value
    if spec.kind is float:
        if not (_is_int(value) or isinstance(value, float)) or not math.isfinite(value):
            raise wrong(_kind_name(spec))
        return float(value)
    if spec.kind is list:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise wrong(_kind_name(spec))
        for item in value:
            _check_text(name, item, where)
        return list(value)
    if spec.kind is dict:
        if not isinstance(value, dict) or not all(_is_int(item) for item in value.values()):
            raise wrong(_kind_name(spec))
        for key in value:
            _check_text(name, key, where)
        return dict(value)
    raise wrong(_kind_name(spec))


def _is_int(value: Any) -> bool:
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and _SQLITE_INT[0] <= value <= _SQLITE_INT[1]
    )


def _kind_name(spec: _FieldSpec) -> str:
    names = {
        str: translate("Archive", "text"),
        bool: translate("Archive", "true or false"),
        int: translate("Archive", "a whole number"),
        float: translate("Archive", "a number"),
        list: translate("Archive", "a list of texts"),
        dict: translate("Archive", "an object of whole numbers"),
    }
    name = names.get(spec.kind, spec.kind.__name__)
    return translate("Archive", "{kind} or null").format(kind=name) if spec.nullable else name


def _check_text(name: str, value: str, where: str) -> None:
    if len(value) > MAX_STRING_CHARS:
        raise ArchiveError(
            translate(
                "Archive", "the field “{name}” holds {size} characters; at most {limit} are allowed"
            ).format(name=name, size=len(value), limit=MAX_STRING_CHARS),
            where,
        )


def _check_format(name: str, value: str, where: str) -> None:
    if name == "id":
        if not value.strip() or len(value) > MAX_ID_CHARS:
            raise ArchiveError(
                translate("Archive", "the id must be a text of 1 to {limit} characters").format(
                    limit=MAX_ID_CHARS
                ),
                where,
            )
    elif name in _STAMPS:
        if not _STAMP.match(value):
            raise ArchiveError(
                translate(
                    "Archive",
                    "the field “{name}” must be a UTC time like 2026-01-31T09:00:00Z, not {found}",
                ).format(name=name, found=_show(value)),
                where,
            )
    elif name.endswith("_on") or name == "since":
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ArchiveError(
                translate(
                    "Archive", "the field “{name}” must be a date like 2026-01-31, not {found}"
                ).format(name=name, found=_show(value)),
                where,
            ) from None


# -- import -----------------------------------------------------------------------


@dataclass
class _Step:
    repository: Repository[Any]
    record: Record
    where: str
    replace: bool


def import_archive(
    store: Store,
    archive: Archive,
    *,
    update: bool = False,
    progress: Progress | None = None,
    back_up: bool = True,
) -> ImportResult:
    """Write a checked archive: all or nothing, after a backup.

    Records whose id is already stored are left alone, or overwritten with
    ``update``. Raises ArchiveError (nothing written) when the database refuses one.
    """
    result = ImportResult(tandems=[part.tandem.name for part in archive.parts])
    steps = list(_plan(store, archive, update, result))
    if not steps:
        return result
    if back_up and store.backups is not None:
        result.backup = store.back_up("import")
    total = len(steps)
    try:
        with store.transaction():
            for done, step in enumerate(steps, start=1):
                try:
                    put(step.repository, step.record, replace=step.replace)
                except sqlite3.IntegrityError as error:
                    raise ArchiveError(
                        translate("Archive", "the database refused this record: {reason}").format(
                            reason=str(error)
                        ),
                        step.where,
                    ) from None
                if progress and (done % 100 == 0 or done == total):
                    progress(done, total)
    except ArchiveError:
        result.added = result.updated = 0
        raise
    return result


def _plan(store: Store, archive: Archive, update: bool, result: ImportResult) -> Iterable[_Step]:
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
                        _record_where(f"{part.where}.records.{table.table}[{index}]", row.id),
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
                yield _Step(repository, record, where, replace=False)
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
                yield _Step(repository, record, where, replace=True)
            else:
                result.skipped += 1

"""The generic repository every kind of record uses.

A repository maps one table to one dataclass. It stamps ids and timestamps,
keeps the table's full-text index current, soft-deletes, restores and purges,
and wraps every call in a transaction (a savepoint when the caller already
opened one). Kind-specific queries live in the subclasses beside this module,
each under a name that says what it finds: the parts that take SQL (``_select``,
``_count_where``, ``_search_clause``) are for the subclasses only, so no caller
outside storage ever passes SQL.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import functools
import json
import sqlite3
import typing
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Any, ClassVar, Generic, TypeVar

from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.domain.tandem import Record
from tandem_desktop.domain.text import fold
from tandem_desktop.storage import search_words
from tandem_desktop.storage.database import Database, environment_reason
from tandem_desktop.storage.errors import NotFoundError, ValidationError, WriteFailedError
from tandem_desktop.storage.journal import is_synced_table, journal_of, synced_fields

R = TypeVar("R", bound=Record)

_STAMPS = ("id", "created_at", "updated_at", "deleted_at")


def _converters(cls: type[Record]) -> dict[str, str]:
    """Which fields need converting between Python and SQLite: 'json' or 'bool'."""
    hints = typing.get_type_hints(cls)
    kinds: dict[str, str] = {}
    for name, hint in hints.items():
        origin = typing.get_origin(hint) or hint
        if origin in (list, dict):
            kinds[name] = "json"
        elif hint is bool:
            kinds[name] = "bool"
    return kinds


def check_choice(field: str, value: object, choices: type[StrEnum]) -> None:
    """Refuse a value that is not one of an enum's stored values."""
    allowed = _stored_values(choices)
    if value not in allowed:
        raise ValidationError(field, f"must be one of {', '.join(sorted(allowed))}")


@functools.cache
def _stored_values(choices: type[StrEnum]) -> frozenset[str]:
    # Once per enum: an import checks every record's choices.
    return frozenset(member.value for member in choices)


class Repository(Generic[R]):
    """Add, get, list, update, soft delete, restore and purge one kind of record."""

    table: ClassVar[str]
    record_type: type[R]
    search_fields: ClassVar[tuple[str, ...]] = ()
    default_order: ClassVar[str] = "created_at"
    # Fields checked for blank text before a write (the schema checks them too).
    required_text: ClassVar[tuple[str, ...]] = ()
    # A flag that makes a record private: it is then never journalled for the partner.
    private_flag: ClassVar[str | None] = None

    def __init__(self, database: Database) -> None:
        self.database = database
        self._fields = [f.name for f in dataclasses.fields(self.record_type)]
        self._data_fields = [name for name in self._fields if name not in _STAMPS]
        self._convert = _converters(self.record_type)
        self._synced = synced_fields(self.table, self._fields) if is_synced_table(self.table) \
            else []

    # -- conversion ---------------------------------------------------------
    def _to_row(self, record: R) -> dict[str, Any]:
        row: dict[str, Any] = {}
        for name in self._fields:
            value = getattr(record, name)
            kind = self._convert.get(name)
            if kind == "json":
                value = json.dumps(value, ensure_ascii=False, sort_keys=True)
            elif kind == "bool":
                value = int(bool(value))
            row[name] = value
        return row

    def from_row(self, row: Mapping[str, Any]) -> R:
        values: dict[str, Any] = {}
        for name in self._fields:
            value = row[name]
            kind = self._convert.get(name)
            if kind == "json":
                value = json.loads(value) if value else None
            elif kind == "bool":
                value = bool(value)
            values[name] = value
        return self.record_type(**values)

    # -- validation ---------------------------------------------------------
    def validate(self, record: R) -> None:
        """Refuse a record that must not be stored; subclasses add their rules."""
        for name in self.required_text:
            value = getattr(record, name)
            if not isinstance(value, str) or not value.strip():
                raise ValidationError(name, "must not be empty")

    # -- writes -------------------------------------------------------------
    def add(self, record: R) -> R:
        import uuid  # on first use: it loads the platform module, a cost the start can spare

        self.validate(record)
        now = utc_stamp(self.database.clock.now())
        stamped = dataclasses.replace(
            record, id=record.id or str(uuid.uuid4()), created_at=now, updated_at=now,
            deleted_at=None,
        )
        row = self._to_row(stamped)
        with self._writing():
            self._index(self._insert(row), stamped)
            self._journal(None, row)
            self._remember(None, row)
        return stamped

    def add_many(self, records: Iterable[R]) -> int:
        """Insert many records in one transaction (imports, demo data, benchmarks).

        Not a step to undo: such bulk comes with a backup of its own.
        """
        count = 0
        undo = self.database.undo
        with self._writing(), undo.paused() if undo else contextlib.nullcontext():
            for record in records:
                self.add(record)
                count += 1
        return count

    def update(self, record: R) -> R:
        """Store every data field of ``record``; the id says which row."""
        self.validate(record)
        before = self._row(record.id)
        current = self.from_row(before)
        stamped = dataclasses.replace(
            record, created_at=current.created_at, deleted_at=current.deleted_at,
            updated_at=utc_stamp(self.database.clock.now()),
        )
        row = self._to_row(stamped)
        assignments = ", ".join(f"{name} = ?" for name in self._data_fields)
        values = [row[name] for name in self._data_fields]
        with self._writing():
            self.database.conn.execute(
                f"UPDATE {self.table} SET {assignments}, updated_at = ? WHERE id = ?",
                [*values, row["updated_at"], record.id],
            )
            if stamped.deleted_at is None:
                self._index(self._rowid(record.id), stamped)
            self._journal(before, row)
            self._remember(before, row)
        return stamped

    def put_verbatim(self, record: R, *, replace: bool) -> None:
        """Write ``record`` with its own id and stamps (an archive import).

        Inserts it, or (``replace``) overwrites the row with its id. The
        full-text index follows; a record in the Trash stays out of it. Inside
        an open transaction it takes no savepoint of its own: an import is all or
        nothing anyway, and SQLite's full-text index writes out its pending
        entries at every savepoint, which made a 20,000-record import a fifth slower.
        """
        row = self._to_row(record)
        rowid: int | None
        with self._writing(savepoint=False):
            conn = self.database.conn
            before = self._row(record.id, include_deleted=True) if replace else None
            if replace:
                names = [name for name in row if name != "id"]
                assignments = ", ".join(f"{name} = ?" for name in names)
                conn.execute(f"UPDATE {self.table} SET {assignments} WHERE id = ?",
                             [*(row[name] for name in names), record.id])
                rowid = self._rowid(record.id)
                self._unindex(rowid)
            else:
                rowid = self._insert(row)
            if record.deleted_at is None:
                self._index(rowid, record)
            self._journal(before, row)

    def change(self, record_id: str, **changes: Any) -> R:
        """Update some fields of one record."""
        unknown = set(changes) - set(self._data_fields)
        if unknown:
            raise TypeError(f"{self.table} has no field {', '.join(sorted(unknown))}")
        return self.update(dataclasses.replace(self.get(record_id), **changes))

    def delete(self, record_id: str) -> None:
        """Soft delete: the record moves to the Trash."""
        before = self._row(record_id)
        now = utc_stamp(self.database.clock.now())
        with self._writing():
            self.database.conn.execute(
                f"UPDATE {self.table} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [now, now, record_id],
            )
            self._unindex(self._rowid(record_id))
            after = {**before, "deleted_at": now, "updated_at": now}
            self._journal(before, after)
            self._remember(before, after)

    def restore(self, record_id: str) -> R:
        before = self._row(record_id, include_deleted=True)
        now = utc_stamp(self.database.clock.now())
        with self._writing():
            self.database.conn.execute(
                f"UPDATE {self.table} SET deleted_at = NULL, updated_at = ? WHERE id = ?",
                [now, record_id],
            )
            restored = self.get(record_id)
            self._index(self._rowid(record_id), restored)
            after = {**before, "deleted_at": None, "updated_at": now}
            self._journal(before, after)
            self._remember(before, after)
        return restored

    def revert(self, record_id: str, *, start: Mapping[str, Any] | None,
               goal: Mapping[str, Any] | None) -> None:
        """Take a record from the row ``start`` to the row ``goal`` (storage.undo).

        None stands for a record that is not there: it goes to the Trash, or comes
        back from it. A field whose value is no longer that of ``start`` was changed
        by someone since and keeps its newer value; so does the Trash state.
        """
        current = self._row(record_id, include_deleted=True)
        now = utc_stamp(self.database.clock.now())
        row = dict(current)
        if start is not None and goal is not None:
            for name in self._data_fields:
                if current[name] == start[name] != goal[name]:
                    row[name] = goal[name]
        start_live = start is not None and start["deleted_at"] is None
        goal_live = goal is not None and goal["deleted_at"] is None
        if start_live != goal_live and (current["deleted_at"] is None) == start_live:
            row["deleted_at"] = None if goal_live else now
        if row == current:
            return
        row["updated_at"] = now
        names = [*self._data_fields, "deleted_at", "updated_at"]
        with self._writing():
            self.database.conn.execute(
                f"UPDATE {self.table} SET {', '.join(f'{name} = ?' for name in names)} "
                "WHERE id = ?", [*(row[name] for name in names), record_id])
            rowid = self._rowid(record_id)
            if row["deleted_at"] is None:
                self._index(rowid, self.from_row(row))
            else:
                self._unindex(rowid)
            self._journal(current, row)

    def purge(self, record_id: str) -> None:
        """Delete for good. Only records in the Trash can be purged."""
        record = self.get(record_id, include_deleted=True)
        if record.deleted_at is None:
            raise ValidationError("deleted_at", "only deleted records can be purged")
        with self._writing():
            self._unindex(self._rowid(record_id))
            self.database.conn.execute(f"DELETE FROM {self.table} WHERE id = ?", [record_id])
            journal = journal_of(self.database) if self._synced else None
            if journal is not None:
                tandem_id = self._tandem_of(dataclasses.asdict(record))
                journal.record_purge(self.table, record_id, tandem_id)

    # -- the journal ------------------------------------------------------------
    def _row(self, record_id: str, *, include_deleted: bool = False) -> dict[str, Any]:
        """The stored row as it is (column values), for comparing before and after."""
        sql = f"SELECT * FROM {self.table} WHERE id = ?"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        rows = self.database.query(sql, [record_id])
        if not rows:
            raise NotFoundError(f"{self.table} {record_id}")
        return dict(rows[0])

    def _remember(self, before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> None:
        """Tell the undo history what this write changed (storage.undo)."""
        undo = self.database.undo
        if undo is not None:
            undo.remember(self.table, self._tandem_of(after), before, after)

    def _tandem_of(self, row: Mapping[str, Any]) -> str:
        return str(row["id"] if self.table == "tandem" else row["tandem_id"])

    def _journal(self, before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> None:
        """Record the synced fields this write changed, in its transaction."""
        if not self._synced:
            return
        journal = journal_of(self.database)
        if journal is None:
            return
        flag = self.private_flag
        is_private = bool(flag and after[flag])
        if before is None:
            journal.record_added(self.table, str(after["id"]), self._tandem_of(after), after,
                                 self._synced, withheld=is_private)
            return
        changed = {name: after[name] for name in self._synced if before[name] != after[name]}
        if changed and after["deleted_at"] is not None:
            # Stored in the Trash: the delete must stay as new as the edit, or the
            # partner's copy (where the newer edit undoes a delete) would show it live.
            changed["deleted_at"] = after["deleted_at"]
        was_private = bool(flag and before[flag])
        if was_private and not is_private:  # shared again: the partner gets it whole
            changed = {name: after[name] for name in self._synced}
        journal.record(self.table, str(after["id"]), self._tandem_of(after), changed,
                       withheld=is_private, withdraw=is_private and not was_private)

    # -- reads --------------------------------------------------------------
    def get(self, record_id: str, *, include_deleted: bool = False) -> R:
        sql = f"SELECT * FROM {self.table} WHERE id = ?"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        rows = self.database.query(sql, [record_id])
        if not rows:
            raise NotFoundError(f"{self.table} {record_id}")
        return self.from_row(rows[0])

    def find(self, record_id: str | None) -> R | None:
        if not record_id:
            return None
        try:
            return self.get(record_id)
        except NotFoundError:
            return None

    def list(self, *, deleted: bool = False) -> builtins.list[R]:
        """Every live record (or, ``deleted``, every one in the Trash), in the default order."""
        return self._select(deleted=deleted)

    def count(self) -> int:
        """How many live records there are."""
        return self._count_where()

    def every_record(self) -> builtins.list[R]:
        """Every record, Trash included, oldest first (a stable order for archives)."""
        return [self.from_row(row) for row in self.database.query(
            f"SELECT * FROM {self.table} ORDER BY created_at, id")]

    # -- queries for the subclasses -------------------------------------------
    # Only the repositories write SQL: callers elsewhere ask their named queries.
    def _select(
        self,
        where: str = "",
        params: Sequence[Any] = (),
        *,
        order_by: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        deleted: bool = False,
    ) -> builtins.list[R]:
        """Records matching an SQL condition, sorted and paged in the query."""
        if self.database.journal is not None:
            # Some orders read the field stamps: those of records added in the open
            # transaction are written now (see storage.added_records).
            self.database.journal.flush()
        clauses = ["deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"]
        if where:
            clauses.append(f"({where})")
        sql = f"SELECT * FROM {self.table} WHERE {' AND '.join(clauses)}"
        # Ties go by id, not by the local row number: two copies of a tandem insert
        # the same records in different orders, and must still list them alike.
        sql += f" ORDER BY {order_by or self.default_order}, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [self.from_row(row) for row in self.database.query(sql, builtins.list(params))]

    def _count_where(self, where: str = "", params: Sequence[Any] = ()) -> int:
        sql = f"SELECT count(*) FROM {self.table} WHERE deleted_at IS NULL"
        if where:
            sql += f" AND ({where})"
        return int(self.database.scalar(sql, builtins.list(params)))

    def _search_clause(
        self, text: str, *, any_word: bool = False, alias: str = ""
    ) -> tuple[str, builtins.list[Any]]:
        """An SQL condition (and its parameters) that keeps rows matching ``text``.

        Empty when ``text`` holds no word, so callers can always add it. ``alias``
        names the table in a query that joins others.
        """
        if not self.search_fields:
            return "", []
        match = search_words.match_expression(self.database, text, any_word=any_word)
        if match is None:
            return "", []
        column = f"{alias}.n" if alias else "n"
        return (
            f"{column} IN (SELECT rowid FROM fts_{self.table} WHERE fts_{self.table} MATCH ?)",
            [match],
        )

    # -- internals ----------------------------------------------------------
    def _writing(self, *, savepoint: bool = True) -> Any:
        return _WriteGuard(self.database, self.table, savepoint=savepoint)

    def _insert(self, row: Mapping[str, Any]) -> int | None:
        """Insert one row (every column given); its ``n``."""
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = self.database.conn.execute(
            f"INSERT INTO {self.table} ({columns}) VALUES ({marks})", list(row.values())
        )
        return cursor.lastrowid

    def _rowid(self, record_id: str) -> int:
        return int(self.database.scalar(f"SELECT n FROM {self.table} WHERE id = ?", [record_id]))

    def _index(self, rowid: int | None, record: R) -> None:
        if not self.search_fields or rowid is None:
            return
        self._unindex(rowid)
        texts = []
        for name in self.search_fields:
            value = getattr(record, name)
            if isinstance(value, list):
                value = "\n".join(str(item) for item in value)
            texts.append(str(value or ""))
        folded = [fold(text) for text in texts]
        columns = ", ".join(self.search_fields)
        marks = ", ".join("?" for _ in texts)
        self.database.conn.execute(
            f"INSERT INTO fts_{self.table} (rowid, {columns}) VALUES (?, {marks})",
            [rowid, *folded],
        )
        search_words.remember(self.database, texts, folded)

    def _unindex(self, rowid: int) -> None:
        if self.search_fields:
            self.database.conn.execute(f"DELETE FROM fts_{self.table} WHERE rowid = ?", [rowid])


class _WriteGuard:
    """A transaction that turns environmental SQLite errors into WriteFailedError.

    Without ``savepoint``, a write inside an open transaction joins it instead of
    nesting a savepoint: it then stands or falls with the whole.
    """

    def __init__(self, database: Database, table: str, *, savepoint: bool = True) -> None:
        self._database = database
        self._table = table
        self._context: Any = None
        self._savepoint = savepoint

    def __enter__(self) -> Database:
        if not self._savepoint and self._database.in_transaction:
            return self._database
        self._context = self._database.transaction()
        entered: Database = self._context.__enter__()
        return entered

    def __exit__(self, kind: Any, error: Any, trace: Any) -> None:
        if error is None:
            self._database.mark_changed(self._table)
        try:
            if self._context is not None:
                self._context.__exit__(kind, error, trace)
        except sqlite3.Error as failure:
            reason = environment_reason(failure)
            if reason:
                raise WriteFailedError(reason) from failure
            raise
        if isinstance(error, sqlite3.Error):
            reason = environment_reason(error)
            if reason:
                raise WriteFailedError(reason) from error


class TandemRepository(Repository[R]):
    """A repository whose records belong to a tandem."""

    def for_tandem(
        self, tandem_id: str, *, limit: int | None = None, deleted: bool = False
    ) -> list[R]:
        """The tandem's live records (or those in its Trash), in the default order."""
        return self._select_for(tandem_id, limit=limit, deleted=deleted)

    def count_for(self, tandem_id: str) -> int:
        """How many live records the tandem has."""
        return self._count_for(tandem_id)

    def every_record_of(self, tandem_id: str) -> list[R]:
        """Every record of the tandem, Trash included, oldest first (for archives)."""
        return [self.from_row(row) for row in self.database.query(
            f"SELECT * FROM {self.table} WHERE tandem_id = ? ORDER BY created_at, id",
            [tandem_id])]

    def _select_for(
        self,
        tandem_id: str,
        where: str = "",
        params: Sequence[Any] = (),
        **options: Any,
    ) -> list[R]:
        condition = "tandem_id = ?" + (f" AND ({where})" if where else "")
        return self._select(condition, [tandem_id, *params], **options)

    def _count_for(self, tandem_id: str, where: str = "", params: Sequence[Any] = ()) -> int:
        condition = "tandem_id = ?" + (f" AND ({where})" if where else "")
        return self._count_where(condition, [tandem_id, *params])

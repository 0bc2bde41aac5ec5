"""The one connection to the data file: pragmas, transactions, change notices.

Every write happens inside ``Database.transaction()``. The outermost block is a
``BEGIN IMMEDIATE`` transaction; nested blocks become savepoints, so one user
action that calls several repositories commits all or nothing. Listeners hear
about changed tables only after the outermost commit.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tandem_desktop.domain.clock import Clock, SystemClock
from tandem_desktop.storage.errors import WriteFailedError
from tandem_desktop.storage.notifier import ChangeNotifier

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 5000

# sqlite3 error names that mean the machine is at fault, not the program.
_ENVIRONMENT_ERRORS = {
    "SQLITE_FULL": "the disk is full",
    "SQLITE_READONLY": "the data file is read-only",
    "SQLITE_READONLY_DBMOVED": "the data file was moved or deleted",
    "SQLITE_IOERR": "the disk reported an input/output error",
    "SQLITE_BUSY": "the data file is locked by another program",
    "SQLITE_LOCKED": "the data file is locked by another program",
    "SQLITE_CANTOPEN": "the data file cannot be opened",
    "SQLITE_CORRUPT": "the data file is damaged",
    "SQLITE_NOTADB": "the data file is not a Tandem database",
    "SQLITE_PERM": "the data file may not be accessed",
    "SQLITE_PROTOCOL": "the data file's locks failed (is it on a network drive?)",
}


def environment_reason(error: sqlite3.Error) -> str | None:
    """A sentence for errors the environment causes, None for programming errors."""
    name = getattr(error, "sqlite_errorname", "") or ""
    # The longest matching name wins: SQLITE_READONLY_DBMOVED before SQLITE_READONLY.
    for prefix in sorted(_ENVIRONMENT_ERRORS, key=len, reverse=True):
        if name.startswith(prefix):
            return _ENVIRONMENT_ERRORS[prefix]
    text = str(error).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return _ENVIRONMENT_ERRORS["SQLITE_FULL"]
    if "readonly" in text or "read-only" in text:
        return _ENVIRONMENT_ERRORS["SQLITE_READONLY"]
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return _ENVIRONMENT_ERRORS["SQLITE_FULL"]
    return None


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the pragmas every connection of the app must have."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def connect_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A connection that can never write to (or checkpoint into) the file.

    ``immutable`` reads the main file alone, ignoring any WAL beside it.
    """
    option = "immutable=1" if immutable else "mode=ro"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{option}", uri=True)


class Database:
    """Owns the connection; repositories borrow it."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None = None,
        clock: Clock | None = None,
        notifier: ChangeNotifier | None = None,
    ) -> None:
        self.conn = conn
        self.path = path
        self.clock: Clock = clock or SystemClock()
        self.notifier = notifier or ChangeNotifier()
        self._depth = 0
        self._changed: set[str] = set()
        # The change journal (storage.journal.journal_of sets it on first use).
        self.journal: Any = None
        # Words indexed in the open transaction (storage.search_words sets it on first use).
        self.search_words: Any = None
        # What the user's actions changed, to undo them (storage.undo sets it).
        self.undo: Any = None
        self._savepoints: list[str] = []
        self._after_begin: list[Callable[[], None]] = []
        self._before_commit: list[Callable[[], None]] = []
        self._after_commit: list[Callable[[], None]] = []
        self._after_rollback: list[Callable[[], None]] = []

    @functools.cached_property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils' view of the same connection (table introspection, bulk inserts).

        Imported on first use: it costs more start-up time than the app can spare.
        """
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def close(self) -> None:
        self.conn.close()

    def after_begin(self, hook: Callable[[], None]) -> None:
        """Run ``hook`` at the start of every outermost transaction, once it holds the lock."""
        self._after_begin.append(hook)

    def before_commit(self, hook: Callable[[], None]) -> None:
        """Run ``hook`` inside every outermost transaction, just before its COMMIT.

        For work that belongs to the transaction as a whole rather than to each
        write in it (the journal writes the changes of added records in one go,
        and saves its clock once, not after every change).
        """
        self._before_commit.append(hook)

    def after_commit(self, hook: Callable[[], None]) -> None:
        """Run ``hook`` once an outermost transaction has committed, before listeners hear."""
        self._after_commit.append(hook)

    @property
    def savepoints(self) -> tuple[str, ...]:
        """The names of the savepoints open inside the transaction, outermost first.

        While an ``after_rollback`` hook runs for a savepoint, it is the last one.
        """
        return tuple(self._savepoints)

    def after_rollback(self, hook: Callable[[], None]) -> None:
        """Run ``hook`` after a transaction, or a savepoint inside one, was rolled back.

        ``in_transaction`` tells which: False when the whole transaction went.
        """
        self._after_rollback.append(hook)

    def _rolled_back(self) -> None:
        for hook in self._after_rollback:
            hook()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One unit of work: commits on success, rolls back on any exception."""
        if self._depth == 0:
            self._begin("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                for hook in self._after_begin:
                    hook()
                yield self
                for hook in self._before_commit:
                    hook()
                self.conn.execute("COMMIT")
            except BaseException as error:
                self._depth = 0
                self._changed.clear()
                self._roll_back()
                self._rolled_back()
                # A full disk or a vanished file can strike at COMMIT, outside any
                # repository call: the caller gets the same WriteFailedError either way.
                if isinstance(error, sqlite3.Error):
                    reason = environment_reason(error)
                    if reason:
                        raise WriteFailedError(reason) from error
                raise
            self._depth = 0
            for hook in self._after_commit:
                hook()
            changed = frozenset(self._changed)
            self._changed.clear()
            if changed:
                self.notifier.publish(changed)
            return
        name = f"sp_{os.urandom(6).hex()}"
        self.conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        self._savepoints.append(name)
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                self._rolled_back()
            raise
        finally:
            self._depth -= 1
            self._savepoints.pop()
        self.conn.execute(f"RELEASE {name}")

    def _roll_back(self) -> None:
        """Undo the open transaction; SQLite may already have done so after an I/O error."""
        if not self.conn.in_transaction:
            return
        # The original error matters more; SQLite rolls back by itself when the
        # connection closes.
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("ROLLBACK")

    def _begin(self, statement: str) -> None:
        try:
            self.conn.execute(statement)
        except sqlite3.OperationalError as error:
            reason = environment_reason(error)
            if reason:
                raise WriteFailedError(reason) from error
            raise

    @property
    def in_transaction(self) -> bool:
        """Whether a unit of work (``transaction``) is open."""
        return self._depth > 0

    def mark_changed(self, table: str) -> None:
        self._changed.add(table)

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [column[0] for column in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

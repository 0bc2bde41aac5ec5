"""Open the data folder: check the file, migrate, and hand out the repositories.

This is the storage side of the composition root: ``open_store`` is called once
by the app (or a command) and the resulting ``Store`` is passed to whoever needs it.
"""

from __future__ import annotations

import contextlib
import errno
import importlib
import os
import sqlite3
import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tandem_desktop.domain.clock import Clock, SystemClock
from tandem_desktop.storage.database import (
    Database,
    connect,
    connect_read_only,
    environment_reason,
)
from tandem_desktop.storage.errors import (
    CorruptDatabaseError,
    DataFolderError,
    WriteFailedError,
)
from tandem_desktop.storage.files import FOLDER_MODE, make_private, make_private_folder
from tandem_desktop.storage.files import database_path as database_path  # where the store lives
from tandem_desktop.storage.journal import home_of, journal_of
from tandem_desktop.storage.migrator import latest_version, migrate, pending
from tandem_desktop.storage.recovery import (
    companions,
    move_aside,
    set_aside_orphans,
    set_aside_wal,
)
from tandem_desktop.storage.undo import UndoHistory

if TYPE_CHECKING:
    from tandem_desktop.storage.backups import Backups
    from tandem_desktop.storage.communication import (
        AgendaItemRepository,
        AgreementRepository,
        CheckInSeriesRepository,
        MeetingRepository,
        TaskRepository,
    )
    from tandem_desktop.storage.delegation import (
        AreaRepository,
        DecisionRuleRepository,
        LevelChangeRepository,
    )
    from tandem_desktop.storage.feedback import FeedbackPromptRepository, FeedbackRepository
    from tandem_desktop.storage.health import HealthCheckRepository
    from tandem_desktop.storage.repository import Repository
    from tandem_desktop.storage.tandems import TandemRepository
    from tandem_desktop.storage.trust import AccessItemRepository, QuestionRepository
    from tandem_desktop.storage.vision import (
        GoalRepository,
        GoalRuleRepository,
        VisionRepository,
    )

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class OpenReport:
    """What happened while opening, for the UI to mention."""

    migrated_from: int | None = None
    backup_taken: Path | None = None
    notes: list[str] = field(default_factory=list)


# Store attribute -> (module under tandem_desktop.storage, repository class).
_REPOSITORIES: dict[str, tuple[str, str]] = {
    "tandems": ("tandems", "TandemRepository"),
    "questions": ("trust", "QuestionRepository"),
    "access_items": ("trust", "AccessItemRepository"),
    "series": ("communication", "CheckInSeriesRepository"),
    "meetings": ("communication", "MeetingRepository"),
    "agenda": ("communication", "AgendaItemRepository"),
    "tasks": ("communication", "TaskRepository"),
    "agreements": ("communication", "AgreementRepository"),
    "feedback": ("feedback", "FeedbackRepository"),
    "feedback_prompts": ("feedback", "FeedbackPromptRepository"),
    "areas": ("delegation", "AreaRepository"),
    "rules": ("delegation", "DecisionRuleRepository"),
    "level_changes": ("delegation", "LevelChangeRepository"),
    "visions": ("vision", "VisionRepository"),
    "goals": ("vision", "GoalRepository"),
    "goal_rules": ("vision", "GoalRuleRepository"),
    "health_checks": ("health", "HealthCheckRepository"),
}


class Store:
    """The open database with one repository per kind of record.

    A repository (and the module behind it) is created on first use: the window
    can open before the code for every kind of record is loaded.
    """

    tandems: TandemRepository
    questions: QuestionRepository
    access_items: AccessItemRepository
    series: CheckInSeriesRepository
    meetings: MeetingRepository
    agenda: AgendaItemRepository
    tasks: TaskRepository
    agreements: AgreementRepository
    feedback: FeedbackRepository
    feedback_prompts: FeedbackPromptRepository
    areas: AreaRepository
    rules: DecisionRuleRepository
    level_changes: LevelChangeRepository
    visions: VisionRepository
    goals: GoalRepository
    goal_rules: GoalRuleRepository
    health_checks: HealthCheckRepository

    def __init__(self, database: Database, data_dir: Path | None = None) -> None:
        self.database = database
        self.data_dir = data_dir
        self.report = OpenReport()
        self.undo = UndoHistory(database, self.repository_for)

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not set yet: the repositories.
        if name not in _REPOSITORIES:
            raise AttributeError(name)
        module, class_name = _REPOSITORIES[name]
        repository_class = getattr(
            importlib.import_module(f"tandem_desktop.storage.{module}"), class_name)
        repository = repository_class(self.database)
        setattr(self, name, repository)
        return repository

    @cached_property
    def backups(self) -> Backups | None:
        from tandem_desktop.storage.backups import Backups

        return Backups(self.data_dir, self.database.clock) if self.data_dir else None

    @classmethod
    def in_memory(cls, clock: Clock | None = None) -> Store:
        """An in-memory store with the schema, for fast tests."""
        database = Database(connect(Path(":memory:")), None, clock)
        migrate(database)
        return cls(database)

    @property
    def repositories(self) -> list[Repository]:  # type: ignore[type-arg]
        return [getattr(self, name) for name in _REPOSITORIES]

    def repository_for(self, table: str) -> Repository:  # type: ignore[type-arg]
        for repository in self.repositories:
            if repository.table == table:
                return repository
        raise KeyError(table)

    def integrity_problem(self) -> str | None:
        """What SQLite's quick check finds wrong with the file; None when it reads well.

        It reads through a read-only connection of its own, which does it in about
        half the time the writing connection takes.
        """
        path = self.database.path
        if path is None or self.database.conn.in_transaction:
            return _quick_check(self.database.conn)
        try:
            conn = connect_read_only(path)
        except sqlite3.Error as error:
            return environment_reason(error) or str(error)
        try:
            return _quick_check(conn)
        finally:
            conn.close()

    def background_check(self) -> QuickCheck:
        """The quick check, to run on another thread while the app goes on working."""
        path = self.database.path
        if path is None:
            raise WriteFailedError("an in-memory database has no file to check")
        return QuickCheck(path)

    def transaction(self) -> contextlib.AbstractContextManager[Database]:
        """One user action: every repository call inside commits together or not at all."""
        return self.database.transaction()

    def back_up(self, reason: str = "manual") -> Path:
        if self.backups is None:
            raise WriteFailedError("an in-memory database has no backups")
        backup = self.backups.create(self.database.conn, reason)
        return backup.path

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.database.conn.execute("PRAGMA optimize")
        self.database.close()


def _header_problem(path: Path) -> str | None:
    size = path.stat().st_size
    if size == 0:
        return "the file is empty"
    with path.open("rb") as stream:
        header = stream.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return "the file is not an SQLite database"
    return None


def open_store(data_dir: Path, clock: Clock | None = None, *,
               full_check: bool = True) -> Store:
    """Open (or create) the database in ``data_dir``.

    Raises DataFolderError when the folder cannot be used (nothing is created or
    deleted then; a missing folder is created only when the folder above it
    exists), NewerSchemaError for a file from a newer app (left untouched byte for
    byte), and CorruptDatabaseError after moving a damaged file aside. A WAL left
    beside the file that does not belong to it is set aside instead of replayed
    (see ``store.report.notes``).

    ``full_check=False`` checks only the header, the schema and the version: the
    quick check reads every page, which takes time in proportion to the data.
    The app runs it (``Store.background_check``) on another thread once its first
    tab is on screen.
    """
    clock = clock or SystemClock()
    _prepare_folder(data_dir)
    path = database_path(data_dir)
    notes: list[str] = []
    existed = path.exists()
    try:
        if existed:
            problem = _header_problem(path) or _preflight(path, clock, notes, full_check)
            if problem:
                raise CorruptDatabaseError(path, move_aside(path, clock), problem)
        else:
            set_aside_orphans(path, clock, notes)
    except OSError as error:  # e.g. a file we may not read or move
        raise DataFolderError(data_dir, _os_reason(error)) from error
    try:
        conn = connect(path)
    except sqlite3.Error as error:
        raise DataFolderError(data_dir, environment_reason(error) or str(error)) from error
    database = Database(conn, path, clock)
    try:
        if not existed:
            # Still in rollback-journal mode: the identity lands in the file itself,
            # before any data can sit in a WAL (see _wal_problem).
            _stamp_identity(database)
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as error:
        conn.close()
        raise DataFolderError(data_dir, environment_reason(error) or str(error)) from error
    store = Store(database, data_dir)
    store.report.notes.extend(notes)
    try:
        version = database.schema_version
        if existed and version < latest_version() and store.backups is not None:
            store.report.backup_taken = store.backups.create(conn, "migration").path
            store.report.migrated_from = version
        migrate(database)
        _stamp_identity(database)
        _settle_device(database, path)
    except BaseException:
        conn.close()
        raise
    for companion in [*companions(path), data_dir / "tandem.lock"]:
        make_private(companion)
    return store


def _settle_device(database: Database, path: Path) -> None:
    """A data file that now lives elsewhere (a copied folder, another computer) takes a
    new device id, so that two copies of it never issue the same clock stamps."""
    journal = journal_of(database)
    if journal is not None:
        journal.settle_home(home_of(path.resolve()))


def renew_device(database: Database, seen: str | None = None) -> str:
    """Give the database a new device id after its content was replaced by a backup.

    The journal is read anew from the restored file; its clock also takes note of
    ``seen`` (the last stamp of what it replaced), so no later stamp is smaller.
    Returns the new id.
    """
    database.journal = None
    journal = journal_of(database)
    if journal is None:
        raise RuntimeError("the data file predates the change journal")
    if seen:
        with contextlib.suppress(ValueError):  # TooFarAhead: a wrong clock is not carried on
            journal.clock.observe(seen)
    with database.transaction():
        if database.path is None or not journal.settle_home(home_of(database.path.resolve())):
            journal.take_new_device_id()
    return journal.device.id


def renew_device_of_file(path: Path) -> None:
    """``renew_device`` for a closed data file (a backup just put in place)."""
    database = Database(connect(path), path)
    try:
        if database.schema_version >= 2:
            renew_device(database)
    finally:
        database.close()


def _prepare_folder(data_dir: Path) -> None:
    """Make sure the data folder exists, is a folder, is writable and private."""
    if data_dir.exists():
        if not data_dir.is_dir():
            raise DataFolderError(data_dir, "it is not a folder")
    elif not data_dir.parent.is_dir():
        raise DataFolderError(data_dir, "the folder that should contain it does not exist")
    else:
        try:
            data_dir.mkdir(mode=FOLDER_MODE)
        except OSError as error:
            raise DataFolderError(data_dir, _os_reason(error)) from error
    if not _writable(data_dir):
        raise DataFolderError(data_dir, "the folder is read-only")
    make_private_folder(data_dir)


def _os_reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the folder is read-only"
    return error.strerror or str(error)


def _preflight(path: Path, clock: Clock, notes: list[str], full_check: bool) -> str | None:
    """Check an existing file before any writing connection touches it.

    None when it reads well; otherwise what is wrong. Raises NewerSchemaError.
    """
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        foreign = _wal_problem(path)
        if foreign:
            moved = set_aside_wal(path, clock)
            notes.append(f"a journal file that did not fit the database ({foreign}) was "
                         f"set aside as {moved.name}")
    before = {companion for companion in companions(path) if companion.exists()}
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as error:
        return environment_reason(error) or str(error)
    try:
        return _check(conn, full_check)
    finally:
        conn.close()
        _remove_own_companions(path, before)


def _remove_own_companions(path: Path, before: set[Path]) -> None:
    """Remove the empty WAL and SHM a read-only look created (it cannot clean up itself).

    So a refused file (e.g. from a newer app) is left exactly as it was found.
    """
    wal, shm = companions(path)[1:]
    if wal in before or shm in before:
        return
    if wal.exists() and wal.stat().st_size > 0:
        return
    for companion in (wal, shm):
        with contextlib.suppress(OSError):
            companion.unlink()


def _wal_problem(path: Path) -> str | None:
    """Whether the WAL beside ``path`` may be replayed into it; None when it may.

    SQLite replays any WAL whose frames are well-formed: it keeps no record of
    which database a WAL belongs to, so a WAL from another file would overlay
    that file's pages and the next checkpoint would write them into ours for
    good. Before any writing connection opens, the file alone (its header) is
    compared with the file plus WAL (read-only, so nothing is checkpointed):
    the identity stamped in the header must match, the version may not go back,
    and the combined view must pass quick_check and foreign_key_check.
    """
    # The file alone is read from its header bytes: after a kill during a
    # checkpoint, its pages are only consistent together with the WAL.
    own_id, own_version = _header_identity(path)
    try:
        combined = connect_read_only(path)
    except sqlite3.Error as error:
        return environment_reason(error) or str(error)
    try:
        seen_id, seen_version = combined.execute(
            "SELECT * FROM pragma_application_id, pragma_user_version").fetchone()
        # A file from before identities were stamped (0) can only be judged by the
        # checks below.
        if own_id and own_id != seen_id:
            return "it belongs to a different database"
        if seen_version < own_version:
            return "it holds an older schema version"
        result = combined.execute("PRAGMA quick_check").fetchone()
        if result is None or result[0] != "ok":
            return "together they fail the integrity check"
        if combined.execute("PRAGMA foreign_key_check").fetchone() is not None:
            return "together they break references"
    except sqlite3.DatabaseError as error:
        return environment_reason(error) or str(error)
    finally:
        combined.close()
    return None


def _header_identity(path: Path) -> tuple[int, int]:
    """application_id and user_version as the file's own header holds them."""
    with path.open("rb") as stream:
        header = stream.read(100)
    return (int.from_bytes(header[68:72], "big", signed=True),
            int.from_bytes(header[60:64], "big", signed=True))


def _stamp_identity(database: Database) -> None:
    """Give the file a random identity in its header (see ``_wal_problem``).

    The identity must reach the main file, not only the WAL: a checkpoint follows.
    """
    if database.scalar("PRAGMA application_id"):
        return
    identity = int.from_bytes(os.urandom(4), "big") % (2**31 - 1) + 1
    with database.transaction():
        database.conn.execute(f"PRAGMA application_id = {identity}")
    database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _check(conn: sqlite3.Connection, full_check: bool) -> str | None:
    """None when the file reads well; otherwise what is wrong. Refuses newer files."""
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        pending(version)
        tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
    except sqlite3.DatabaseError as error:
        return environment_reason(error) or str(error)
    problem = _quick_check(conn) if full_check else None
    if problem:
        return problem
    if version == 0 and tables:
        # Another program's database: migrating would mix Tandem's tables into it.
        return "the file is not a Tandem database"
    return None


class QuickCheck:
    """SQLite's quick check of a data file on a read-only connection of its own.

    ``run`` reads every page, which takes time in proportion to the data, so the
    app runs it on another thread while the user already works: in WAL mode it
    reads one snapshot of the file while the app's own connection goes on
    reading and writing. ``cancel`` (from any thread) stops it early.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._guard = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._cancelled = False

    def run(self) -> str | None:
        """What the check finds wrong with the file; None when it reads well or was
        cancelled. Opens and closes its connection on the calling thread."""
        try:
            conn = connect_read_only(self.path)
        except sqlite3.Error as error:
            return environment_reason(error) or str(error)
        with self._guard:
            if self._cancelled:
                conn.close()
                return None
            self._conn = conn
        try:
            problem = _quick_check(conn)
        finally:
            with self._guard:
                self._conn = None
            conn.close()
        return None if self._cancelled else problem

    def cancel(self) -> None:
        with self._guard:
            self._cancelled = True
            if self._conn is not None:
                self._conn.interrupt()


def _quick_check(conn: sqlite3.Connection) -> str | None:
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as error:
        return environment_reason(error) or str(error)
    if result is None or result[0] != "ok":
        return f"integrity check failed: {result[0] if result else 'no answer'}"
    return None


def _writable(folder: Path) -> bool:
    probe = folder / ".tandem-write-test"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        return False
    return True

"""Open the data folder: check the file, migrate, and hand out the repositories.

This is the storage side of the composition root: ``open_store`` is called once
by the app (or a command) and the resulting ``Store`` is passed to whoever needs it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from tandem_desktop.domain.clock import Clock, SystemClock
from tandem_desktop.storage.backups import Backups, copy_database, verify
from tandem_desktop.storage.communication import (
    AgendaItemRepository,
    AgreementRepository,
    CheckInSeriesRepository,
    MeetingRepository,
    TaskRepository,
)
from tandem_desktop.storage.database import Database, connect, environment_reason
from tandem_desktop.storage.delegation import (
    AreaRepository,
    DecisionRuleRepository,
    LevelChangeRepository,
)
from tandem_desktop.storage.errors import (
    CorruptDatabaseError,
    DataFolderError,
    NewerSchemaError,
    WriteFailedError,
)
from tandem_desktop.storage.feedback import FeedbackPromptRepository, FeedbackRepository
from tandem_desktop.storage.files import make_private, make_private_folder
from tandem_desktop.storage.health import HealthCheckRepository
from tandem_desktop.storage.migrations import LATEST_VERSION
from tandem_desktop.storage.migrator import migrate, pending
from tandem_desktop.storage.repository import Repository
from tandem_desktop.storage.tandems import TandemRepository
from tandem_desktop.storage.trust import AccessItemRepository, QuestionRepository
from tandem_desktop.storage.vision import GoalRepository, GoalRuleRepository, VisionRepository

DB_NAME = "tandem.db"
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class OpenReport:
    """What happened while opening, for the UI to mention."""

    migrated_from: int | None = None
    backup_taken: Path | None = None
    notes: list[str] = field(default_factory=list)


class Store:
    """The open database with one repository per kind of record."""

    def __init__(self, database: Database, data_dir: Path | None = None) -> None:
        self.database = database
        self.data_dir = data_dir
        self.backups = Backups(data_dir, database.clock) if data_dir else None
        self.report = OpenReport()
        self.tandems = TandemRepository(database)
        self.questions = QuestionRepository(database)
        self.access_items = AccessItemRepository(database)
        self.series = CheckInSeriesRepository(database)
        self.meetings = MeetingRepository(database)
        self.agenda = AgendaItemRepository(database)
        self.tasks = TaskRepository(database)
        self.agreements = AgreementRepository(database)
        self.feedback = FeedbackRepository(database)
        self.feedback_prompts = FeedbackPromptRepository(database)
        self.areas = AreaRepository(database)
        self.rules = DecisionRuleRepository(database)
        self.level_changes = LevelChangeRepository(database)
        self.visions = VisionRepository(database)
        self.goals = GoalRepository(database)
        self.goal_rules = GoalRuleRepository(database)
        self.health_checks = HealthCheckRepository(database)

    @classmethod
    def in_memory(cls, clock: Clock | None = None) -> Store:
        return cls(Database.open_memory(clock))

    @property
    def repositories(self) -> list[Repository]:  # type: ignore[type-arg]
        return [value for value in vars(self).values() if isinstance(value, Repository)]

    def repository_for(self, table: str) -> Repository:  # type: ignore[type-arg]
        for repository in self.repositories:
            if repository.table == table:
                return repository
        raise KeyError(table)

    def transaction(self) -> contextlib.AbstractContextManager[Database]:
        """One user action: every repository call inside commits together or not at all."""
        return self.database.transaction()

    def back_up(self, reason: str = "manual") -> Path:
        if self.backups is None:
            raise WriteFailedError("an in-memory database has no backups")
        backup = self.backups.create(self.database.conn, reason)
        return backup.path

    def restore_from(self, backup_path: Path) -> Path:
        """Replace the live data with a backup, after backing up the current state."""
        if not verify(backup_path):
            raise CorruptDatabaseError(backup_path, backup_path, "not a valid backup")
        safety = self.back_up("before-restore")
        source = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
        try:
            version = int(source.execute("PRAGMA user_version").fetchone()[0])
            pending(version)
            source.backup(self.database.conn)
        finally:
            source.close()
        migrate(self.database)
        self.database.notifier.publish(frozenset(r.table for r in self.repositories))
        return safety

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.database.conn.execute("PRAGMA optimize")
        self.database.close()


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


def _companions(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def move_aside(path: Path, clock: Clock) -> Path:
    """Move a damaged database (and its WAL and SHM) out of the way; never delete it."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    for companion in _companions(path):
        if companion.exists():
            companion.replace(target.with_name(target.name + companion.name[len(path.name):]))
    return target


def _header_problem(path: Path) -> str | None:
    size = path.stat().st_size
    if size == 0:
        return "the file is empty"
    with path.open("rb") as stream:
        header = stream.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return "the file is not an SQLite database"
    return None


def open_store(data_dir: Path, clock: Clock | None = None) -> Store:
    """Open (or create) the database in ``data_dir``.

    Raises DataFolderError when the folder cannot be used, NewerSchemaError for a
    file from a newer app (left untouched), and CorruptDatabaseError after moving
    a damaged file aside.
    """
    clock = clock or SystemClock()
    try:
        make_private_folder(data_dir)
    except OSError as error:
        raise DataFolderError(data_dir, error.strerror or str(error)) from error
    if not data_dir.is_dir():
        raise DataFolderError(data_dir, "not a folder")
    path = database_path(data_dir)
    existed = path.exists()
    if existed:
        problem = _header_problem(path)
        if problem:
            raise CorruptDatabaseError(path, move_aside(path, clock), problem)
    elif not _writable(data_dir):
        raise DataFolderError(data_dir, "the folder is read-only")
    try:
        conn = connect(path)
    except sqlite3.Error as error:
        raise DataFolderError(data_dir, environment_reason(error) or str(error)) from error
    try:
        problem = _check(conn)
    except NewerSchemaError:
        conn.close()
        raise
    if problem:
        conn.close()
        raise CorruptDatabaseError(path, move_aside(path, clock), problem)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as error:
        conn.close()
        raise DataFolderError(data_dir, environment_reason(error) or str(error)) from error
    database = Database(conn, path, clock)
    store = Store(database, data_dir)
    version = database.schema_version
    try:
        if existed and 0 < version < LATEST_VERSION and store.backups is not None:
            store.report.backup_taken = store.backups.create(conn, "migration").path
            store.report.migrated_from = version
        migrate(database)
    except BaseException:
        conn.close()
        raise
    for companion in [*_companions(path), data_dir / "tandem.lock"]:
        make_private(companion)
    return store


def _check(conn: sqlite3.Connection) -> str | None:
    """None when the file reads well; otherwise what is wrong. Refuses newer files."""
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        pending(version)
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


def restore_into_new(backup_path: Path, data_dir: Path) -> None:
    """Start over from a backup after the live file was moved aside."""
    target = database_path(data_dir)
    if target.exists():
        raise DataFolderError(data_dir, "a database is already there")
    source = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
    try:
        copy_database(source, target)
    finally:
        source.close()

"""Recovering from a damaged data file: move it aside, set a stray WAL aside, restore a backup.

Nothing here ever deletes a file the user's data might live in: damaged files
and journals that do not belong are renamed beside the database, and a restore
first takes a backup of what it replaces. Opening the store (``store.py``)
calls on these when its checks find something wrong.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tandem_desktop.domain.clock import Clock
from tandem_desktop.storage.database import Database, connect_read_only
from tandem_desktop.storage.errors import CorruptDatabaseError, DataFolderError
from tandem_desktop.storage.files import database_path, fsync_folder
from tandem_desktop.storage.migrator import migrate, pending

if TYPE_CHECKING:
    from tandem_desktop.storage.backups import Backups


def companions(path: Path) -> list[Path]:
    """The database file with its WAL and SHM (whether they exist or not)."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _free_name(base: Path, suffix: str) -> Path:
    """``base`` + ``suffix`` (+ a counter) such that no file of that family exists yet."""
    counter = 1
    while True:
        tail = suffix if counter == 1 else f"{suffix}-{counter}"
        candidates = [c.with_name(c.name + tail) for c in companions(base)]
        if not any(candidate.exists() for candidate in candidates):
            return base.with_name(base.name + tail)
        counter += 1


def move_aside(path: Path, clock: Clock) -> Path:
    """Move a damaged database (and its WAL and SHM) out of the way; never delete it.

    The WAL goes with it: left behind, SQLite would replay it into the next,
    fresh database of the same name.
    """
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = _free_name(path, f".corrupt-{stamp}")
    for companion in companions(path):
        if companion.exists():
            companion.replace(target.with_name(target.name + companion.name[len(path.name):]))
    fsync_folder(path.parent)
    return target


def set_aside_wal(path: Path, clock: Clock) -> Path:
    """Move a WAL (and SHM) that must not be replayed into ``path`` aside; never delete it.

    Returns the WAL's new name, e.g. ``tandem.db-wal.set-aside-20261129-100000``.
    """
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    counter = 1
    while True:
        suffix = f".set-aside-{stamp}" + ("" if counter == 1 else f"-{counter}")
        wal_target = wal.with_name(wal.name + suffix)
        shm_target = shm.with_name(shm.name + suffix)
        if not wal_target.exists() and not shm_target.exists():
            break
        counter += 1
    for source, target in ((wal, wal_target), (shm, shm_target)):
        if source.exists():
            source.replace(target)
    fsync_folder(path.parent)
    return wal_target


def set_aside_orphans(path: Path, clock: Clock, notes: list[str]) -> None:
    """A WAL without its database would be replayed into the new, empty one."""
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    if wal.exists() or shm.exists():
        moved = set_aside_wal(path, clock)
        notes.append(f"a journal file without its database was set aside as {moved.name}")


def restore_into_new(backup_path: Path, data_dir: Path) -> None:
    """Start over from a backup after the live file was moved aside."""
    from tandem_desktop.storage.backups import copy_database  # on use: not needed to start

    target = database_path(data_dir)
    if target.exists():
        raise DataFolderError(data_dir, "a database is already there")
    source = connect_read_only(backup_path)
    try:
        copy_database(source, target)
    finally:
        source.close()


def restore_over(database: Database, backups: Backups, backup_path: Path) -> Path:
    """Replace the open database's data with a backup; returns the backup of what it held.

    The current state is backed up first ("before-restore"), so a restore can be
    undone by restoring that one. A backup from an older app is migrated.
    """
    from tandem_desktop.storage.backups import verify

    if not verify(backup_path):
        raise CorruptDatabaseError(backup_path, backup_path, "not a valid backup")
    safety = backups.create(database.conn, "before-restore").path
    source = connect_read_only(backup_path)
    try:
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
        pending(version)
        source.backup(database.conn)
    finally:
        source.close()
    migrate(database)
    return safety


def full_check(path: Path) -> tuple[list[str], int]:
    """What SQLite's integrity check says of a file (``["ok"]`` when all is well) and how
    many references point at nothing; read-only. Raises sqlite3.DatabaseError when the
    file cannot be read at all."""
    conn = connect_read_only(path)
    try:
        integrity = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
        broken = len(conn.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        conn.close()
    return integrity, broken

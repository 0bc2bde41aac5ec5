"""Backups through SQLite's backup API, verified, thinned to 7 daily, 4 weekly, 12 monthly.

A backup is never a file copy: the backup API takes a consistent snapshot even
while the app writes, including what still sits in the WAL.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tandem_desktop.domain.clock import Clock
from tandem_desktop.domain.retention import backups_to_keep
from tandem_desktop.storage.database import connect_read_only, environment_reason
from tandem_desktop.storage.errors import WriteFailedError
from tandem_desktop.storage.files import fsync_folder, make_private, make_private_folder

FOLDER_NAME = "backups"
_NAME = re.compile(r"^tandem-(\d{8}-\d{6})(?:-([\w-]+))?\.db$")
STALE_AFTER = timedelta(hours=24)
PARTIAL_SUFFIX = ".part"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


class BackupError(WriteFailedError):
    pass


def verify(path: Path) -> bool:
    """True when the file is an SQLite database whose integrity check passes."""
    try:
        conn = connect_read_only(path)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return result is not None and result[0] == "ok"


def copy_database(source: sqlite3.Connection, target_path: Path) -> None:
    """Write a consistent snapshot of ``source`` to ``target_path`` (replaced whole).

    The snapshot is written and verified under a ``.part`` name and renamed only
    then, so a crash or a full disk never leaves a half file under the final name.
    """
    partial = target_path.with_name(target_path.name + PARTIAL_SUFFIX)
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        _write_verified(source, partial, target_path)
    except BaseException:
        # Whatever went wrong (full disk, failed check, interruption): no half file.
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def _write_verified(source: sqlite3.Connection, partial: Path, target_path: Path) -> None:
    try:
        target = sqlite3.connect(str(partial))
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        make_private(partial)
        if not verify(partial):
            raise BackupError("the backup copy did not pass its integrity check")
        partial.replace(target_path)
        fsync_folder(target_path.parent)
    except (sqlite3.Error, OSError) as error:
        if isinstance(error, sqlite3.Error):
            raise BackupError(environment_reason(error) or str(error)) from error
        raise BackupError(error.strerror or str(error)) from error


class Backups:
    """The backups of one data folder."""

    def __init__(self, data_dir: Path, clock: Clock) -> None:
        self.folder = data_dir / FOLDER_NAME
        self.clock = clock

    def all(self) -> list[Backup]:
        """Every backup, newest first."""
        found: list[Backup] = []
        if not self.folder.is_dir():
            return found
        for path in self.folder.iterdir():
            match = _NAME.match(path.name)
            if not match:
                continue
            taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            found.append(Backup(path, taken, match.group(2) or "auto"))
        return sorted(found, key=lambda backup: backup.taken_at, reverse=True)

    def newest(self) -> Backup | None:
        backups = self.all()
        return backups[0] if backups else None

    def newest_verified(self) -> Backup | None:
        for backup in self.all():
            if verify(backup.path):
                return backup
        return None

    def is_due(self) -> bool:
        newest = self.newest()
        return newest is None or self.clock.now() - newest.taken_at >= STALE_AFTER

    def create(self, conn: sqlite3.Connection, reason: str = "auto") -> Backup:
        """Take a verified backup now, then thin the folder. Raises BackupError."""
        if not re.fullmatch(r"[\w-]+", reason):
            raise ValueError(f"a backup reason is one word: {reason!r}")
        try:
            make_private_folder(self.folder)
        except OSError as error:
            raise BackupError(error.strerror or str(error)) from error
        self._remove_partials()
        taken = self.clock.now().astimezone(UTC).replace(microsecond=0)
        # One backup per second whatever the reason, so the retention rule, which
        # works on moments, never sees two files as one.
        taken_moments = {backup.taken_at for backup in self.all()}
        while taken in taken_moments:
            taken += timedelta(seconds=1)
        path = self.folder / f"tandem-{taken:%Y%m%d-%H%M%S}-{reason}.db"
        copy_database(conn, path)
        self.thin()
        return Backup(path, taken, reason)

    def _remove_partials(self) -> None:
        """Drop half-written copies an interrupted backup left (never a finished one)."""
        for path in self.folder.glob(f"tandem-*.db{PARTIAL_SUFFIX}*"):  # with its journal
            with contextlib.suppress(OSError):
                path.unlink()

    def thin(self) -> list[Path]:
        """Remove backups the retention rule no longer keeps; returns what went."""
        backups = self.all()
        keep = backups_to_keep(backup.taken_at for backup in backups)
        removed = []
        for backup in backups:
            # Whatever the last day produced stays: a backup made by hand or before a
            # restore must not vanish minutes later because a newer one exists.
            recent = self.clock.now() - backup.taken_at < STALE_AFTER
            if backup.taken_at not in keep and not recent:
                with contextlib.suppress(OSError):
                    backup.path.unlink()
                    removed.append(backup.path)
        return removed

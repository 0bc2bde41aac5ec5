"""Errors the storage layer raises, sorted by who is at fault.

``EnvironmentFault`` covers what the user's machine causes (disk full, folder
read-only, file corrupt or from a newer app); the UI explains these. Anything
else escaping the storage layer is a bug.
"""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Base of every error raised on purpose by the storage layer."""


class ValidationError(StorageError, ValueError):
    """A record was refused because a field holds a value it may not hold."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFoundError(StorageError, KeyError):
    pass


class EnvironmentFault(StorageError):
    """Something about the machine, the folder or the file, not a bug."""


class DataFolderError(EnvironmentFault):
    def __init__(self, folder: Path, reason: str) -> None:
        super().__init__(f"{folder}: {reason}")
        self.folder = folder
        self.reason = reason


class NewerSchemaError(EnvironmentFault):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"the database has schema version {found}; this app knows up to {supported}"
        )
        self.found = found
        self.supported = supported


class CorruptDatabaseError(EnvironmentFault):
    """The database file could not be read; it has been moved aside, never overwritten."""

    def __init__(self, path: Path, moved_to: Path, reason: str) -> None:
        super().__init__(f"{path} is damaged ({reason}); moved aside to {moved_to.name}")
        self.path = path
        self.moved_to = moved_to
        self.reason = reason


class WriteFailedError(EnvironmentFault):
    """A write failed for an environmental reason (disk full, read-only, locked)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class LockedError(EnvironmentFault):
    """Another running Tandem holds this data folder."""

    def __init__(self, folder: Path, pid: int | None) -> None:
        super().__init__(f"{folder} is in use by another Tandem (process {pid})")
        self.folder = folder
        self.pid = pid

"""File-system care: the data file's place, private modes, writes that never leave half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

FOLDER_MODE = 0o700
FILE_MODE = 0o600
DB_NAME = "tandem.db"


def database_path(data_dir: Path) -> Path:
    """The live database file of a data folder."""
    return data_dir / DB_NAME


def make_private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    with contextlib.suppress(OSError):  # e.g. a folder on a file system without modes
        folder.chmod(FOLDER_MODE)


def make_private(path: Path) -> None:
    if path.exists():
        with contextlib.suppress(OSError):
            path.chmod(FILE_MODE)


def fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (a no-op where folders cannot be synced)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(handle)
    finally:
        os.close(handle)


@contextlib.contextmanager
def atomic_write(target: Path, mode: str = "wb") -> Iterator[IO[bytes]]:
    """Write to a temporary file beside ``target`` and rename it into place.

    A crash or an error leaves ``target`` as it was (and no half file under its
    name); the temporary file is removed on error.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                         dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, mode) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
        fsync_folder(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise

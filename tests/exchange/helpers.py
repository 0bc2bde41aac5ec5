"""Shared helpers for the exchange tests: a data folder holding the demo tandem."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from tandem_desktop.demo import create_demo
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Tandem
from tandem_desktop.storage import files
from tandem_desktop.storage.store import Store, database_path, open_store


def demo_folder(folder: Path, clock: FixedClock, language: str = "en") -> Tandem:
    """Create the demo tandem in ``folder`` and close the database again."""
    store = open_store(folder, clock)
    try:
        return create_demo(store, language, clock.today())
    finally:
        store.close()


def database_bytes(folder: Path) -> dict[str, bytes]:
    """The database file and its companions, byte for byte."""
    path = database_path(folder)
    return {candidate.name: candidate.read_bytes()
            for candidate in (path, path.with_name(path.name + "-wal"))
            if candidate.exists()}


@contextlib.contextmanager
def failing_atomic_write(target: Path, mode: str = "wb") -> Iterator[IO[bytes]]:
    """Like atomic_write, but the disk 'fills up' halfway through the first write."""
    with files.atomic_write(target, mode) as stream:
        real_write = stream.write

        def half_then_fail(data: bytes) -> int:
            real_write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

        stream.write = half_then_fail  # type: ignore[method-assign]
        yield stream


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".part"))


def open_demo_store(folder: Path, clock: FixedClock) -> Store:
    return open_store(folder, clock)


def as_version_1(data: dict[str, Any]) -> dict[str, Any]:
    """A version 2 archive as the app wrote it before field stamps: no stamps, no
    tombstones, and the schema version of that time."""
    old = json.loads(json.dumps(data))
    old["version"] = 1
    old["schema_version"] = 1
    for entry in old["tandems"]:
        entry.pop("tombstones", None)
        for row in [entry["tandem"], *(row for rows in entry["records"].values() for row in rows)]:
            row.pop("stamps", None)
            row.pop("replaced", None)
            row.pop("undone_delete", None)
    return old


def write_version_1(source: Path, target: Path) -> Path:
    """``source`` (version 2) rewritten as a version 1 file at ``target``."""
    data = json.loads(source.read_text(encoding="utf-8"))
    target.write_text(json.dumps(as_version_1(data), ensure_ascii=False), encoding="utf-8")
    return target

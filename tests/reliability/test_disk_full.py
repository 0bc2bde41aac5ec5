"""A full disk: saves and backups fail with a clear error, and nothing saved before changes."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Question, Task
from tandem_desktop.storage.errors import WriteFailedError
from tandem_desktop.storage.files import atomic_write
from tandem_desktop.storage.store import open_store
from tests.reliability.helpers import checks, fill, mounted_tmpfs, snapshot

FILLER = "filler.bin"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "disk"
    with mounted_tmpfs(folder, "4m") as reason:
        if reason:
            pytest.skip(f"no small disk to fill: {reason}")
        yield folder


def _fill_up(folder: Path) -> None:
    """Write until the disk refuses another byte."""
    chunk = b"\0" * 4096
    with (folder / FILLER).open("wb", buffering=0) as stream:
        while True:
            try:
                stream.write(chunk)
            except OSError as error:
                assert error.errno == errno.ENOSPC
                break
        for size in (512, 64, 1):  # the last crumbs too
            try:
                while True:
                    stream.write(chunk[:size])
            except OSError:
                continue


def _without(found: dict[str, bytes], *names: str) -> dict[str, bytes]:
    return {key: value for key, value in found.items()
            if not any(key.endswith(name) for name in names)}


def test_full_disk_during_save_and_backup(small_disk: Path, clock: FixedClock) -> None:
    data_dir = small_disk / "data"
    store = open_store(data_dir, clock)
    tandem = fill(store, count=20)
    store.back_up("daily")
    store.close()
    before = snapshot(small_disk)

    store = open_store(data_dir, clock)
    try:
        _fill_up(small_disk)
        with pytest.raises(WriteFailedError) as raised:
            store.tasks.add(Task(tandem_id=tandem.id, title="Big", owner="leader",
                                 notes="x" * 50_000))
        assert "disk is full" in raised.value.reason
        with pytest.raises(WriteFailedError), store.transaction():  # one user action
            store.questions.add(Question(tandem_id=tandem.id, text="Lost?",
                                         asked_by="leader", asked_on="2026-11-29"))
            store.tasks.add(Task(tandem_id=tandem.id, title="Lost?", owner="leader",
                                 notes="y" * 50_000))
        with pytest.raises(WriteFailedError):
            store.back_up("manual")
        # What was saved before is all still there, and nothing of the failed saves.
        assert store.tasks.count_for(tandem.id) == 20
        assert store.questions.count_for(tandem.id) == 20
        assert not {t.title for t in store.tasks.list()} & {"Big", "Lost?"}
    finally:
        store.close()
    after = _without(snapshot(small_disk), FILLER, "-wal", "-shm")
    assert after == _without(before, "-wal", "-shm")  # byte for byte, no half backup

    (small_disk / FILLER).unlink()
    store = open_store(data_dir, clock)
    try:
        store.tasks.add(Task(tandem_id=tandem.id, title="After", owner="leader"))
        assert store.tasks.count_for(tandem.id) == 21
        store.back_up("manual")
    finally:
        store.close()
    assert checks(data_dir / "tandem.db") == (["ok"], [])


def test_full_disk_during_atomic_write(small_disk: Path) -> None:
    target = small_disk / "export.json"
    target.write_bytes(b'{"kept": true}')
    _fill_up(small_disk)
    with pytest.raises(OSError) as raised, atomic_write(target) as stream:
        stream.write(b"z" * 100_000)
    assert raised.value.errno == errno.ENOSPC
    assert target.read_bytes() == b'{"kept": true}'
    assert sorted(path.name for path in small_disk.iterdir()) == ["export.json", FILLER]

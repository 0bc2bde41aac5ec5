"""Restoring a backup over the open store."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Task
from tandem_desktop.services.backups import restore_backup, start_over_from_backup
from tandem_desktop.storage.backups import verify
from tandem_desktop.storage.errors import CorruptDatabaseError
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.store import Store, database_path, open_store
from tests.reliability.helpers import checks, fill


def _titles(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT title FROM task")}
    finally:
        conn.close()


def test_restore_backs_up_the_current_state_first(file_store: Store, clock: FixedClock) -> None:
    tandem = fill(file_store)
    saved = file_store.back_up("manual")
    clock.advance(timedelta(hours=1))
    with file_store.transaction():
        file_store.tasks.add(Task(tandem_id=tandem.id, title="After the backup", owner="leader"))
    heard: list[frozenset[str]] = []
    file_store.database.notifier.subscribe(heard.append)
    clock.advance(timedelta(hours=1))

    safety = restore_backup(file_store, saved)

    assert "before-restore" in safety.name and verify(safety)
    assert "After the backup" in _titles(safety)
    titles = {task.title for task in file_store.tasks.for_tandem(tandem.id)}
    assert titles == {f"Task {n}" for n in range(5)}
    assert heard and "task" in heard[-1]
    assert checks(file_store.database.path) == (["ok"], [])  # type: ignore[arg-type]
    assert file_store.database.scalar("PRAGMA journal_mode") == "wal"
    # The safety copy is listed and found again as the newest backup.
    assert file_store.backups.newest().path == safety  # type: ignore[union-attr]


def test_restore_refuses_a_damaged_backup(file_store: Store, tmp_path: Path) -> None:
    fill(file_store)
    bad = tmp_path / "tandem-20261101-100000-manual.db"
    bad.write_bytes(b"not a backup")
    with pytest.raises(CorruptDatabaseError):
        restore_backup(file_store, bad)
    assert file_store.tasks.count() == 5
    assert file_store.backups.all() == []  # type: ignore[union-attr]


def _device(store: Store) -> str:
    journal = journal_of(store.database)
    assert journal is not None
    return journal.device.id


def test_a_restored_database_takes_a_new_device_id(file_store: Store, clock: FixedClock) -> None:
    tandem = fill(file_store)
    saved = file_store.back_up("manual")
    before = _device(file_store)
    clock.advance(timedelta(hours=1))
    task = file_store.tasks.add(Task(tandem_id=tandem.id, title="After the backup",
                                     owner="leader"))
    last = journal_of(file_store.database).field_stamps("task", task.id)["title"]  # type: ignore[union-attr]
    clock.set(clock.now() - timedelta(hours=2))  # and the wall clock went back since

    restore_backup(file_store, saved)

    renewed = _device(file_store)
    assert renewed != before
    reopened = journal_of(file_store.database)
    assert reopened is not None and reopened.clock.device == renewed
    # Edits after the restore carry the new id and sort after everything before it.
    edited = file_store.tasks.add(Task(tandem_id=tandem.id, title="After the restore",
                                       owner="leader"))
    stamp = reopened.field_stamps("task", edited.id)["title"]
    assert stamp.endswith(renewed) and stamp > last


def test_starting_over_from_a_backup_takes_a_new_device_id(
        data_dir: Path, clock: FixedClock) -> None:
    store = open_store(data_dir, clock)
    fill(store)
    backup = store.backups.create(store.database.conn, "daily")  # type: ignore[union-attr]
    before = _device(store)
    store.close()
    database_path(data_dir).rename(data_dir / "damaged.db")

    start_over_from_backup(backup.path, data_dir)

    restored = open_store(data_dir, clock)
    try:
        assert _device(restored) != before
        assert restored.tasks.count() == 5
    finally:
        restored.close()

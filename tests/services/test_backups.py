"""Restoring a backup over the open store."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Task
from tandem_desktop.services.backups import restore_backup
from tandem_desktop.storage.backups import verify
from tandem_desktop.storage.errors import CorruptDatabaseError
from tandem_desktop.storage.store import Store
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

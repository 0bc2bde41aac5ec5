"""Diagnosing a data file: the integrity check and broken references, read-only."""

from __future__ import annotations

from pathlib import Path

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Task
from tandem_desktop.storage.recovery import full_check
from tandem_desktop.storage.store import database_path, open_store
from tests.conftest import make_tandem


def test_full_check_finds_broken_references(data_dir: Path, clock: FixedClock) -> None:
    store = open_store(data_dir, clock)
    tandem = make_tandem(store)
    task = store.tasks.add(Task(tandem_id=tandem.id, title="Book", owner="leader"))
    assert full_check(database_path(data_dir)) == (["ok"], 0)
    store.database.conn.execute("PRAGMA foreign_keys = OFF")
    store.database.conn.execute("UPDATE task SET area_id = 'nowhere' WHERE id = ?", [task.id])
    store.close()
    assert full_check(database_path(data_dir)) == (["ok"], 1)

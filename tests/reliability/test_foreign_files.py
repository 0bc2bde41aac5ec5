"""Files that do not belong: a WAL from another database, a newer schema, orphans.

What SQLite does with a foreign WAL: it keeps no record of which database a WAL
belongs to and replays any WAL whose frames are well-formed. Opened as is, our
file would show the other database's pages, and the checkpoint on close would
write them into ``tandem.db`` for good. ``open_store`` therefore compares the
file's own header identity with the combined view through a read-only
connection (which never checkpoints) and sets a WAL that does not fit aside as
``tandem.db-wal.set-aside-<timestamp>``, never deleting it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Task
from tandem_desktop.storage.errors import NewerSchemaError
from tandem_desktop.storage.store import Store, open_store
from tests.reliability.helpers import checks, fill, snapshot


def _wal_of_open_store(store: Store) -> bytes:
    """The WAL of a store that is still open, holding commits not yet checkpointed."""
    path = store.database.path
    assert path is not None
    return path.with_name(path.name + "-wal").read_bytes()


def _ours(tmp_path: Path, clock: FixedClock) -> tuple[Path, str]:
    data_dir = tmp_path / "ours"
    store = open_store(data_dir, clock)
    tandem = fill(store, count=30)
    store.close()
    return data_dir, tandem.id


def _assert_ours_intact(data_dir: Path, tandem_id: str, clock: FixedClock,
                        foreign_wal: bytes) -> None:
    store = open_store(data_dir, clock)
    try:
        assert store.tasks.count_for(tandem_id) == 30
        assert store.tandems.get(tandem_id).name == "Office"
        assert any("set aside" in note for note in store.report.notes)
    finally:
        store.close()
    assert checks(data_dir / "tandem.db") == (["ok"], [])
    (kept,) = data_dir.glob("tandem.db-wal.set-aside-*")
    assert kept.read_bytes() == foreign_wal  # kept, never deleted


def test_wal_of_another_tandem_database_is_set_aside(tmp_path: Path, clock: FixedClock) -> None:
    data_dir, tandem_id = _ours(tmp_path, clock)
    other = open_store(tmp_path / "other", clock)
    try:
        other.database.conn.execute("PRAGMA wal_autocheckpoint = 0")
        fill(other, count=60)
        foreign = _wal_of_open_store(other)
    finally:
        other.close()
    (data_dir / "tandem.db-wal").write_bytes(foreign)
    _assert_ours_intact(data_dir, tandem_id, clock, foreign)


def test_wal_of_an_unrelated_database_is_set_aside(tmp_path: Path, clock: FixedClock) -> None:
    data_dir, tandem_id = _ours(tmp_path, clock)
    conn = sqlite3.connect(tmp_path / "recipes.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE recipe (name TEXT, steps TEXT)")
    conn.executemany("INSERT INTO recipe VALUES (?, ?)", [(f"r{n}", "s" * 500) for n in range(200)])
    foreign = (tmp_path / "recipes.db-wal").read_bytes()
    conn.close()
    (data_dir / "tandem.db-wal").write_bytes(foreign)
    _assert_ours_intact(data_dir, tandem_id, clock, foreign)


def test_own_wal_after_a_crash_is_replayed(tmp_path: Path, clock: FixedClock) -> None:
    """The WAL of the same file (what a crash leaves) is kept: its commits are data."""
    store = open_store(tmp_path / "live", clock)
    tandem = fill(store, count=3)
    store.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.database.conn.execute("PRAGMA wal_autocheckpoint = 0")
    store.tasks.add(Task(tandem_id=tandem.id, title="Only in the WAL", owner="leader"))
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("tandem.db", "tandem.db-wal"):  # what the disk holds at a crash
        shutil.copy2(tmp_path / "live" / name, crashed / name)
    store.close()
    reopened = open_store(crashed, clock)
    try:
        assert [t.title for t in reopened.tasks.list()].count("Only in the WAL") == 1
        assert reopened.report.notes == []
    finally:
        reopened.close()
    assert not list(crashed.glob("*set-aside*"))


def test_wal_without_its_database_is_set_aside(tmp_path: Path, clock: FixedClock) -> None:
    other = open_store(tmp_path / "other", clock)
    try:
        other.database.conn.execute("PRAGMA wal_autocheckpoint = 0")
        fill(other)
        foreign = _wal_of_open_store(other)
    finally:
        other.close()
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "tandem.db-wal").write_bytes(foreign)
    store = open_store(data_dir, clock)
    try:
        assert store.tandems.count() == 0  # a fresh file, not the other one's pages
        assert store.report.notes
    finally:
        store.close()
    (kept,) = data_dir.glob("tandem.db-wal.set-aside-*")
    assert kept.read_bytes() == foreign


def test_newer_schema_with_pending_wal_is_refused_untouched(
        tmp_path: Path, clock: FixedClock) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / "tandem.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE future (x)")
    conn.execute("INSERT INTO future VALUES ('from a newer app')")
    conn.execute("PRAGMA user_version = 7")
    shutil.copy2(data_dir / "tandem.db", tmp_path / "db")
    shutil.copy2(data_dir / "tandem.db-wal", tmp_path / "wal")
    conn.close()
    (data_dir / "tandem.db-shm").unlink(missing_ok=True)
    shutil.copy2(tmp_path / "db", data_dir / "tandem.db")
    shutil.copy2(tmp_path / "wal", data_dir / "tandem.db-wal")
    before = snapshot(data_dir)
    with pytest.raises(NewerSchemaError) as raised:
        open_store(data_dir, clock)
    assert raised.value.found == 7
    after = snapshot(data_dir)
    after.pop("tandem.db-shm", None)  # the shared-memory index is no data
    assert after == before

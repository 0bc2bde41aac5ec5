"""Migrations: every earlier version upgrades, with a verified backup first, all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.storage import migrations
from tandem_desktop.storage.backups import verify
from tandem_desktop.storage.database import Database, connect
from tandem_desktop.storage.errors import NewerSchemaError
from tandem_desktop.storage.migrator import latest_version, migrate, pending
from tandem_desktop.storage.store import database_path, open_store
from tests.reliability.helpers import checks, fill

EARLIER = [0] + [number for number, _ in migrations.MIGRATIONS[:-1]]


def _schema(path: Path) -> set[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return {tuple(row) for row in conn.execute(
            "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")}
    finally:
        conn.close()


def build_version(path: Path, version: int) -> None:
    """A database file at ``version``, made by running the migrations up to it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    conn.execute("PRAGMA journal_mode = WAL")  # writes the header: a real, empty v0 file
    database = Database(conn, path)
    migrate(database, target=version)
    assert database.schema_version == version
    conn.close()


@pytest.mark.parametrize("version", EARLIER)
def test_every_earlier_version_upgrades_with_a_backup_first(
        tmp_path: Path, clock: FixedClock, version: int) -> None:
    fresh_dir = tmp_path / "fresh"
    open_store(fresh_dir, clock).close()
    data_dir = tmp_path / "old"
    build_version(database_path(data_dir), version)

    store = open_store(data_dir, clock)
    try:
        assert store.database.schema_version == latest_version()
        assert store.report.migrated_from == version
        backup = store.report.backup_taken
        assert backup is not None and verify(backup) and "migration" in backup.name
        conn = sqlite3.connect(backup)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        conn.close()
        fill(store)  # the upgraded file takes every kind of write
    finally:
        store.close()
    assert _schema(database_path(data_dir)) == _schema(database_path(fresh_dir))
    assert checks(database_path(data_dir)) == (["ok"], [])


def test_a_new_file_takes_no_backup(data_dir: Path, clock: FixedClock) -> None:
    store = open_store(data_dir, clock)
    try:
        assert store.report.backup_taken is None
        assert not (data_dir / "backups").exists()
    finally:
        store.close()


def _add_migration(monkeypatch: pytest.MonkeyPatch, statements: list[str]) -> int:
    number = latest_version() + 1
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, (number, statements)))
    return number


def test_a_future_migration_keeps_data_and_backs_up(
        data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(data_dir, clock)
    tandem = fill(store)
    store.close()
    number = _add_migration(monkeypatch, [
        "ALTER TABLE task ADD COLUMN effort INTEGER",
        "UPDATE task SET effort = 1",
    ])
    store = open_store(data_dir, clock)
    try:
        assert store.database.schema_version == number
        assert store.report.migrated_from == number - 1
        assert store.database.scalar("SELECT count(*) FROM task WHERE effort = 1") == 5
        assert store.tandems.get(tandem.id).name == "Office"
        assert store.report.backup_taken is not None
    finally:
        store.close()


def test_a_failing_migration_changes_nothing(
        data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(data_dir, clock)
    fill(store)
    store.close()
    _add_migration(monkeypatch, [
        "CREATE TABLE half_done (x)",
        "ALTER TABLE no_such_table ADD COLUMN y",
    ])
    with pytest.raises(sqlite3.OperationalError):
        open_store(data_dir, clock)
    conn = sqlite3.connect(database_path(data_dir))
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version() - 1
        assert conn.execute(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM task").fetchone()[0] == 5
    finally:
        conn.close()


def test_pending_lists_and_refuses() -> None:
    assert pending(0) == [number for number, _ in migrations.MIGRATIONS]
    assert pending(latest_version()) == []
    with pytest.raises(NewerSchemaError):
        pending(latest_version() + 1)


def test_migrations_are_numbered_in_order_and_complete() -> None:
    numbers = [number for number, _ in migrations.MIGRATIONS]
    assert numbers == list(range(1, len(numbers) + 1))
    for _, statements in migrations.MIGRATIONS:
        for statement in statements:
            if callable(statement):  # a Python step
                continue
            assert sqlite3.complete_statement(statement.rstrip().rstrip(";") + ";")

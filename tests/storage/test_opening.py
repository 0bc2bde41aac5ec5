"""Opening the data folder: fresh schema, pragmas, refusals, damaged files, file modes."""

from __future__ import annotations

import os
import random
import re
import sqlite3
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Task
from tandem_desktop.storage.backups import Backups
from tandem_desktop.storage.database import environment_reason
from tandem_desktop.storage.errors import (
    CorruptDatabaseError,
    DataFolderError,
    NewerSchemaError,
    WriteFailedError,
)
from tandem_desktop.storage.lock import FolderLock
from tandem_desktop.storage.migrations import m001_initial
from tandem_desktop.storage.migrator import latest_version
from tandem_desktop.storage.recovery import restore_into_new
from tandem_desktop.storage.store import database_path, open_store
from tests.reliability.helpers import (
    fill,
    last_pages_overwritten,
    read_only,
    snapshot,
    truncated,
)

SCHEMA_TABLES = {
    re.match(r"CREATE TABLE (\w+)", statement).group(1)  # type: ignore[union-attr]
    for statement in m001_initial.STATEMENTS
    if statement.startswith("CREATE TABLE")
}


def _names(conn: sqlite3.Connection, kind: str) -> set[str]:
    return {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = ?", [kind])}


def test_fresh_schema_has_every_table_index_and_pragma(data_dir: Path, clock: FixedClock) -> None:
    store = open_store(data_dir, clock)
    try:
        conn = store.database.conn
        tables = _names(conn, "table")
        design = {"tandem", "question", "access_item", "checkin_series", "meeting",
                  "agenda_item", "task", "agreement", "feedback", "area", "decision_rule",
                  "level_change", "vision", "goal", "health_check"}
        assert design <= SCHEMA_TABLES <= tables
        for repository in store.repositories:
            assert repository.table in tables
            if repository.search_fields:
                assert f"fts_{repository.table}" in tables
                columns = {row[1] for row in conn.execute(
                    f"PRAGMA table_info(fts_{repository.table})")}
                assert set(repository.search_fields) <= columns
        for table in m001_initial.FTS_COLUMNS:
            sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?",
                               [f"fts_{table}"]).fetchone()[0]
            assert "USING fts5" in sql
        assert {f"ix_{table}_tandem" for table in m001_initial._TANDEM_TABLES} <= _names(
            conn, "index")
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 5 == latest_version()
        assert "ix_question_open" in _names(conn, "index")
        assert "search_word" in tables
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
        assert conn.execute("PRAGMA application_id").fetchone()[0] != 0
        assert [row[0] for row in conn.execute("PRAGMA integrity_check")] == ["ok"]
    finally:
        store.close()


def test_reopening_keeps_data_and_takes_no_backup(data_dir: Path, clock: FixedClock) -> None:
    store = open_store(data_dir, clock)
    tandem = fill(store)
    identity = store.database.scalar("PRAGMA application_id")
    store.close()
    again = open_store(data_dir, clock)
    try:
        assert again.tandems.get(tandem.id).name == "Office"
        assert again.tasks.count_for(tandem.id) == 5
        assert again.report.backup_taken is None and again.report.notes == []
        assert again.database.scalar("PRAGMA application_id") == identity
    finally:
        again.close()


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_newer_schema_is_refused_and_untouched(data_dir: Path, clock: FixedClock,
                                               journal: str) -> None:
    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute("CREATE TABLE future (x)")
    conn.execute("INSERT INTO future VALUES ('kept')")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = snapshot(data_dir)
    with pytest.raises(NewerSchemaError) as raised:
        open_store(data_dir, clock)
    assert (raised.value.found, raised.value.supported) == (99, latest_version())
    assert snapshot(data_dir) == before


def test_a_missing_folder_is_created_private(tmp_path: Path, clock: FixedClock) -> None:
    folder = tmp_path / "new"
    open_store(folder, clock).close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_missing_parent_folder_is_refused_and_nothing_created(
        tmp_path: Path, clock: FixedClock) -> None:
    folder = tmp_path / "absent" / "data"
    with pytest.raises(DataFolderError):
        open_store(folder, clock)
    assert not (tmp_path / "absent").exists()


def test_a_file_instead_of_a_folder_is_refused(tmp_path: Path, clock: FixedClock) -> None:
    folder = tmp_path / "data"
    folder.write_text("not a folder")
    with pytest.raises(DataFolderError):
        open_store(folder, clock)
    assert folder.read_text() == "not a folder"


@pytest.mark.parametrize("with_database", [False, True])
def test_read_only_folder_is_refused_and_nothing_changes(
        data_dir: Path, clock: FixedClock, with_database: bool) -> None:
    data_dir.mkdir(mode=0o700)
    if with_database:
        store = open_store(data_dir, clock)
        fill(store)
        store.back_up("manual")
        store.close()
    before = snapshot(data_dir)
    with read_only(data_dir) as reason:
        if reason:
            pytest.skip(reason)
        with pytest.raises(DataFolderError) as raised:
            open_store(data_dir, clock)
        assert "read-only" in raised.value.reason
        assert snapshot(data_dir) == before


def test_foreign_key_violation_raises(file_store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(sqlite3.IntegrityError):
        file_store.tasks.add(Task(tandem_id="no-such-tandem", title="Orphan", owner="leader"))
    with pytest.raises(sqlite3.IntegrityError), file_store.transaction():
        file_store.database.conn.execute(
            "INSERT INTO task (id, created_at, updated_at, tandem_id, title, owner) "
            "VALUES ('x', 'a', 'a', 'missing', 'Orphan', 'leader')")
    assert file_store.tasks.count() == 0


def test_file_modes(data_dir: Path, clock: FixedClock) -> None:
    old_umask = os.umask(0)  # modes must not depend on a careful umask
    try:
        store = open_store(data_dir, clock)
        lock = FolderLock(data_dir)
        lock.acquire()
        try:
            fill(store)
            backup = store.back_up("manual")
            path = database_path(data_dir)
            assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
            assert stat.S_IMODE((data_dir / "backups").stat().st_mode) == 0o700
            for private in (path, path.with_name("tandem.db-wal"),
                            path.with_name("tandem.db-shm"), backup, lock.path):
                assert private.exists(), private
                assert stat.S_IMODE(private.stat().st_mode) == 0o600, private
        finally:
            lock.release()
            store.close()
    finally:
        os.umask(old_umask)


def _zeroed_header(original: bytes) -> bytes:
    return bytes(100) + original[100:]


def _random_bytes(original: bytes) -> bytes:
    return random.Random(7).randbytes(len(original))


def _empty(original: bytes) -> bytes:
    return b""


def _text(original: bytes) -> bytes:
    return "Notizen für das Tandem – keine Datenbank\n".encode() * 50


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "truncated": truncated, "zeroed header": _zeroed_header, "random bytes": _random_bytes,
    "empty": _empty, "not sqlite": _text,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_file_is_moved_aside_never_overwritten(
        data_dir: Path, clock: FixedClock, damage: str) -> None:
    store = open_store(data_dir, clock)
    tandem = fill(store, count=200)
    store.back_up("daily")
    store.close()
    path = database_path(data_dir)
    damaged = DAMAGE[damage](path.read_bytes())
    path.write_bytes(damaged)

    with pytest.raises(CorruptDatabaseError) as raised:
        open_store(data_dir, clock)
    moved = raised.value.moved_to
    assert moved.name == "tandem.db.corrupt-20261129-100000"
    assert moved.read_bytes() == damaged
    assert not path.exists()
    assert not path.with_name("tandem.db-wal").exists()

    # The user picks the newest verified backup: the data is back, the damaged copy stays.
    backup = Backups(data_dir, clock).newest_verified()
    assert backup is not None
    restore_into_new(backup.path, data_dir)
    restored = open_store(data_dir, clock)
    try:
        assert restored.tasks.count_for(tandem.id) == 200
    finally:
        restored.close()
    assert moved.read_bytes() == damaged

    # Damaged again in the same second: a second name, the first file untouched.
    path.write_bytes(damaged)
    with pytest.raises(CorruptDatabaseError) as again:
        open_store(data_dir, clock)
    assert again.value.moved_to.name == "tandem.db.corrupt-20261129-100000-2"
    assert again.value.moved_to.read_bytes() == damaged
    assert moved.read_bytes() == damaged


def test_damaged_file_moves_with_its_wal(data_dir: Path, clock: FixedClock) -> None:
    data_dir.mkdir(mode=0o700)
    path = database_path(data_dir)
    path.write_bytes(b"garbage" * 100)
    wal = path.with_name("tandem.db-wal")
    wal.write_bytes(b"old journal")
    with pytest.raises(CorruptDatabaseError) as raised:
        open_store(data_dir, clock)
    moved = raised.value.moved_to
    assert moved.with_name(moved.name + "-wal").read_bytes() == b"old journal"
    assert not wal.exists()
    fresh = open_store(data_dir, clock)  # the next start begins with an empty file
    try:
        assert fresh.tandems.count() == 0
    finally:
        fresh.close()


def test_another_programs_database_is_not_migrated(data_dir: Path, clock: FixedClock) -> None:
    data_dir.mkdir(mode=0o700)
    path = database_path(data_dir)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.commit()
    conn.close()
    original = path.read_bytes()
    with pytest.raises(CorruptDatabaseError) as raised:
        open_store(data_dir, clock)
    assert "not a Tandem database" in raised.value.reason
    assert raised.value.moved_to.read_bytes() == original


def test_environment_errors_reach_callers_as_write_failed(file_store) -> None:  # type: ignore[no-untyped-def]
    tandem = fill(file_store)
    file_store.database.conn.execute("PRAGMA query_only = ON")
    try:
        with pytest.raises(WriteFailedError):
            file_store.tasks.add(Task(tandem_id=tandem.id, title="Blocked", owner="leader"))
        with pytest.raises(WriteFailedError), file_store.transaction():
            file_store.database.conn.execute("UPDATE task SET title = 'x'")
    finally:
        file_store.database.conn.execute("PRAGMA query_only = OFF")
    assert file_store.tasks.count_for(tandem.id) == 5


def test_environment_reasons_are_classified() -> None:
    def error(name: str, text: str = "x") -> sqlite3.OperationalError:
        made = sqlite3.OperationalError(text)
        made.sqlite_errorname = name
        return made

    assert environment_reason(error("SQLITE_FULL")) == "the disk is full"
    assert environment_reason(error("SQLITE_IOERR_WRITE")) == \
        "the disk reported an input/output error"
    assert environment_reason(error("SQLITE_READONLY_DBMOVED")) == \
        "the data file was moved or deleted"
    assert environment_reason(error("SQLITE_READONLY")) == "the data file is read-only"
    assert environment_reason(error("", "database or disk is full")) == "the disk is full"
    assert environment_reason(error("SQLITE_ERROR", "no such table: x")) is None
    assert environment_reason(sqlite3.IntegrityError("FOREIGN KEY constraint failed")) is None


def _damage_last_pages(path: Path) -> None:
    """Overwrite the file's last pages: the header and the schema still read well."""
    path.write_bytes(last_pages_overwritten(path.read_bytes(), 3))


def test_full_check_can_wait_until_the_window_is_up(data_dir: Path, clock: FixedClock) -> None:
    store = open_store(data_dir, clock)
    fill(store, count=300)
    assert store.integrity_problem() is None
    store.close()
    _damage_last_pages(database_path(data_dir))

    # The quick open reads only header, schema and version; the check finds the damage.
    quick = open_store(data_dir, clock, full_check=False)
    try:
        problem = quick.integrity_problem()
    finally:
        quick.close()
    assert problem  # "integrity check failed: …" or "the data file is damaged"

    # The check on another thread, on a read-only connection of its own, finds it too.
    quick = open_store(data_dir, clock, full_check=False)
    try:
        found: list[str | None] = []
        worker = threading.Thread(target=lambda: found.append(quick.background_check().run()))
        worker.start()
        worker.join()
    finally:
        quick.close()
    assert found == [problem]

    # The default open checks in full, and moves the file aside.
    with pytest.raises(CorruptDatabaseError) as raised:
        open_store(data_dir, clock)
    assert raised.value.reason == problem
    assert raised.value.moved_to.exists()


def test_quick_open_still_refuses_what_the_header_and_schema_show(
        data_dir: Path, clock: FixedClock) -> None:
    open_store(data_dir, clock).close()
    path = database_path(data_dir)
    path.write_bytes(truncated(path.read_bytes())[:50])
    with pytest.raises(CorruptDatabaseError):
        open_store(data_dir, clock, full_check=False)


def test_the_background_check_reads_while_the_app_writes(data_dir: Path,
                                                       clock: FixedClock) -> None:
    store = open_store(data_dir, clock)
    try:
        tandem = fill(store, count=300)
        check = store.background_check()
        with store.transaction():  # an open write does not block the reading check
            store.tasks.add(Task(tandem_id=tandem.id, title="Written meanwhile", owner="leader"))
            assert check.run() is None
        assert store.tasks.count_for(tandem.id) == 301
    finally:
        store.close()


def test_a_cancelled_background_check_reports_nothing(data_dir: Path,
                                                      clock: FixedClock) -> None:
    store = open_store(data_dir, clock)
    fill(store, count=10)
    store.close()
    _damage_last_pages(database_path(data_dir))
    quick = open_store(data_dir, clock, full_check=False)
    try:
        check = quick.background_check()
        check.cancel()  # the window closed before the check began
        assert check.run() is None
        assert quick.background_check().run()
    finally:
        quick.close()

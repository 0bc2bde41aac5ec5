"""SIGKILL during a backup and during a migration: live data intact, no half file."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Task
from tandem_desktop.storage import migrations
from tandem_desktop.storage.backups import verify
from tandem_desktop.storage.store import open_store
from tests.reliability import kill_worker
from tests.reliability.helpers import checks, fill

WORKER = Path(__file__).with_name("kill_worker.py")
TASKS = 400

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _start(mode: str, data_dir: Path) -> subprocess.Popen[str]:
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    return subprocess.Popen([sys.executable, str(WORKER), mode, str(data_dir)],
                            stdout=subprocess.PIPE, text=True, env=environment)


def _wait_for(child: subprocess.Popen[str], word: str) -> float:
    assert child.stdout is not None
    while True:
        line = child.stdout.readline().strip()
        assert line or child.poll() is None, f"the worker ended before {word!r}"
        if line == word:
            return time.perf_counter()


def _kill(child: subprocess.Popen[str]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    if child.stdout is not None:
        child.stdout.close()


def _base(tmp_path: Path, clock: FixedClock) -> Path:
    base = tmp_path / "base"
    store = open_store(base, clock)
    with store.transaction():
        tandem = fill(store, count=1)
        for number in range(TASKS):
            store.tasks.add(Task(tandem_id=tandem.id, title=f"Bulk {number}", owner="leader",
                                 notes="n" * 300))
    store.close()
    return base


def _finished_backups_are_whole(data_dir: Path, version: int | None = None) -> int:
    folder = data_dir / "backups"
    finished = 0
    for path in folder.iterdir() if folder.exists() else []:
        if path.name.endswith(".db"):
            assert verify(path), path.name
            if version is not None:
                conn = sqlite3.connect(path)
                assert conn.execute("PRAGMA user_version").fetchone()[0] == version
                conn.close()
            finished += 1
        else:
            assert ".db.part" in path.name, path.name  # unfinished work never has a final name
    return finished


def test_kill_during_backup(tmp_path: Path, clock: FixedClock) -> None:
    data_dir = _base(tmp_path, clock)
    rng = random.Random(11)
    for _ in range(12):
        child = _start("backup", data_dir)
        _wait_for(child, "ready")
        time.sleep(rng.random() * 0.08)
        _kill(child)
        assert checks(data_dir / "tandem.db") == (["ok"], [])
        _finished_backups_are_whole(data_dir)
        for path in (data_dir / "backups").glob("*.db"):
            path.unlink()  # keep the folder small; the next round leaves its own
    store = open_store(data_dir, clock)
    try:
        assert store.tasks.count() == TASKS + 1
        store.back_up("manual")  # clears what the kills left half-written
    finally:
        store.close()
    assert [path.name for path in (data_dir / "backups").iterdir()] == [
        "tandem-20261129-100000-manual.db"]


def test_kill_during_migration(tmp_path: Path, clock: FixedClock,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    base = _base(tmp_path, clock)
    # One undisturbed run tells how long the migration takes here.
    probe = tmp_path / "probe"
    shutil.copytree(base, probe)
    child = _start("migrate", probe)
    started = _wait_for(child, "migrating")
    duration = _wait_for(child, "done") - started
    child.wait()
    assert child.stdout is not None
    child.stdout.close()

    rng = random.Random(12)
    outcomes: list[int] = []
    for cycle in range(12):
        work = tmp_path / f"work{cycle}"
        shutil.copytree(base, work)
        child = _start("migrate", work)
        # Half the kills anywhere from the start (the backup first), half inside the migration.
        _wait_for(child, "ready" if cycle % 2 else "migrating")
        time.sleep(rng.random() * duration * 1.2)
        _kill(child)
        db = work / "tandem.db"
        assert checks(db) == (["ok"], [])
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema")}
            notes = {row[0] for row in conn.execute("SELECT DISTINCT notes FROM task")}
            if version == migrations.LATEST_VERSION + 1:  # all of the migration, never a part
                assert conn.execute("SELECT count(*) FROM bulk").fetchone()[0] == \
                    kill_worker.BULK_ROWS
                assert all(note.endswith(" migrated") for note in notes)
            else:
                assert version == migrations.LATEST_VERSION and "bulk" not in tables
                assert not any(note.endswith(" migrated") for note in notes)
            assert conn.execute("SELECT count(*) FROM task").fetchone()[0] == TASKS + 1
        finally:
            conn.close()
        _finished_backups_are_whole(work, version=migrations.LATEST_VERSION)
        outcomes.append(version)
    assert migrations.LATEST_VERSION in outcomes  # a kill hit before the migration committed

    # The next start finishes the job.
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS)  # restored after
    kill_worker.add_heavy_migration()
    store = open_store(tmp_path / "work0", clock)
    try:
        assert store.database.schema_version == migrations.LATEST_VERSION + 1
        assert store.database.scalar("SELECT count(*) FROM bulk") == kill_worker.BULK_ROWS
    finally:
        store.close()

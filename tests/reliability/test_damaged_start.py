"""A file whose damage only the full check finds: the app has opened its window
by then, so it closes it, moves the file aside, restores the newest backup and
opens again."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.storage.store import database_path, open_store
from tests.reliability.helpers import fill


def _damage_last_pages(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[-3 * page:] = random.Random(5).randbytes(3 * page)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_damage_found_after_the_first_paint_restores_the_backup(
        tmp_path: Path, clock: FixedClock) -> None:
    data_dir = tmp_path / "data"
    store = open_store(data_dir, clock)
    tandem = fill(store, count=300)
    store.back_up("daily")
    store.close()
    damaged = _damage_last_pages(database_path(data_dir))

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CI": "true"}
    result = subprocess.run(
        [sys.executable, "-m", "tandem_desktop", "--data-dir", str(data_dir),
         "--quit-after-start"], capture_output=True, text=True, timeout=120, env=env,
        check=False)

    assert result.returncode == 0, result.stderr
    assert "moved aside" in result.stdout
    assert "content-ms: " in result.stdout
    moved = list(data_dir.glob("tandem.db.corrupt-*"))
    assert [path.read_bytes() for path in moved if "-wal" not in path.name] == [damaged]
    restored = open_store(data_dir, clock)
    try:
        assert restored.integrity_problem() is None
        assert restored.tasks.count_for(tandem.id) == 300
    finally:
        restored.close()

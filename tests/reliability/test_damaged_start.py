"""A file whose damage the quick open does not see (header and schema read well):
the app finds it when reading the tandems or with the quick check that runs on its
own thread once the data is on screen, moves the file aside, restores the newest
backup and opens again."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.storage.store import database_path, open_store
from tests.reliability.helpers import fill, last_pages_overwritten, truncated

DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "last pages overwritten": lambda data: last_pages_overwritten(data, 5),
    "truncated": truncated}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damage_found_after_opening_restores_the_backup(
        tmp_path: Path, clock: FixedClock, damage: str) -> None:
    data_dir = tmp_path / "data"
    store = open_store(data_dir, clock)
    tandem = fill(store, count=300)
    store.back_up("daily")
    store.close()
    path = database_path(data_dir)
    damaged = DAMAGE[damage](path.read_bytes())
    path.write_bytes(damaged)

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CI": "true"}
    result = subprocess.run(
        [sys.executable, "-m", "tandem_desktop", "--data-dir", str(data_dir),
         "--quit-after-start"], capture_output=True, text=True, timeout=120, env=env,
        check=False)

    assert result.returncode == 0, result.stderr
    assert "moved aside" in result.stdout
    assert "content-ms: " in result.stdout
    if damage == "last pages overwritten":
        # The tandem and its Overview read well: the user saw them, and the check on
        # its own thread found the damage while they worked.
        assert result.stdout.index("content-ms: ") < result.stdout.index("moved aside")
    moved = list(data_dir.glob("tandem.db.corrupt-*"))
    assert [path.read_bytes() for path in moved if "-wal" not in path.name] == [damaged]
    restored = open_store(data_dir, clock)
    try:
        assert restored.integrity_problem() is None
        assert restored.tasks.count_for(tandem.id) == 300
    finally:
        restored.close()

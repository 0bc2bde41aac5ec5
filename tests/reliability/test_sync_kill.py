"""SIGKILL between writing a change file and noting that it was written: the next round
writes the same file again; the partner loses nothing and takes nothing twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tandem_desktop.demo import create_demo
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.exchange.syncfolder import pairing
from tandem_desktop.exchange.syncfolder.rounds import join, run_round, share
from tandem_desktop.storage.store import open_store
from tandem_desktop.storage.sync_state import SyncState
from tests.reliability.sync_pairs import NOW, new_store
from tests.storage.copies import dump, problems

WORKER = Path(__file__).with_name("kill_sync_worker.py")

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairing, "SCRYPT_N", 2**10)


def test_a_kill_between_writing_and_noting_loses_and_doubles_nothing(tmp_path: Path) -> None:
    root = tmp_path / "shared"
    root.mkdir()
    leader = open_store(tmp_path / "leader", FixedClock(NOW))
    tandem = create_demo(leader, "de", date(2026, 12, 7))
    leader.tandems.change(tandem.id, my_role="leader")
    code = share(leader, tandem.id, root)
    assistant = new_store()
    join(assistant, root, code)
    task = leader.tasks.for_tandem(tandem.id)[0]
    leader.tasks.change(task.id, title="Vor dem Absturz")
    leader.close()

    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    child = subprocess.Popen([sys.executable, str(WORKER), str(tmp_path / "leader"), tandem.id],
                             stdout=subprocess.PIPE, text=True, env=environment)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "written"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    child.stdout.close()

    leader = open_store(tmp_path / "leader", FixedClock(NOW))
    shared = SyncState(leader.database).share(tandem.id)
    assert shared is not None and shared.writing_number is not None  # begun, not noted
    written = shared.writing_number
    received = run_round(assistant, tandem.id)  # the partner may read the file already
    assert received.received > 0
    leader.tasks.change(task.id, notes="Nach dem Absturz")
    for _ in range(2):
        for copy in (leader, assistant):
            assert run_round(copy, tandem.id).problem == ""
    shared = SyncState(leader.database).share(tandem.id)
    assert shared is not None and shared.writing_number is None
    assert shared.file_number == written + 1  # the same number again, then the next
    peer = {p.device_id: p.read_number for p in SyncState(assistant.database).peers(tandem.id)}
    assert peer[leader.database.scalar("SELECT device_id FROM sync_device")] == written + 1
    both = assistant.tasks.get(task.id)
    assert (both.title, both.notes) == ("Vor dem Absturz", "Nach dem Absturz")
    assert dump(assistant) == dump(leader)
    assert problems(assistant) == problems(leader) == []
    leader.close()
    assistant.close()

"""A large batch of changes goes out in several files, each applied in a transaction of
its own, so that the window's writes on the partner's computer never wait long."""

from __future__ import annotations

from pathlib import Path

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Task
from tandem_desktop.exchange.syncfolder import layout, pairing, rounds
from tandem_desktop.exchange.syncfolder.rounds import join, run_round, share
from tandem_desktop.storage.store import Store
from tests.conftest import NOW, make_tandem


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairing, "SCRYPT_N", 2**10)
    monkeypatch.setattr(rounds, "MAX_CHANGES_PER_FILE", 50)


def test_a_large_batch_goes_out_in_files_of_bounded_size(tmp_path: Path) -> None:
    leader, assistant = Store.in_memory(FixedClock(NOW)), Store.in_memory(FixedClock(NOW))
    tandem = make_tandem(leader, my_role="leader")
    join(assistant, tmp_path, share(leader, tandem.id, tmp_path))
    leader.tasks.add_many(Task(tandem_id=tandem.id, title=f"Task {n}", owner="leader")
                          for n in range(40))
    sent = run_round(leader, tandem.id)
    own = tmp_path / layout.tandem_folder_name(tandem.id)
    device = next(path for path in own.iterdir() if path.is_dir() and any(
        layout.CHANGES.match(file.name) for file in path.iterdir())
        and path.name != assistant.database.journal.device.id)
    files = [file for file in device.iterdir() if layout.CHANGES.match(file.name)]
    assert sent.sent > 100
    assert len(files) >= sent.sent // 50 + 1
    received = run_round(assistant, tandem.id)
    assert received.received == sent.sent
    assert assistant.tasks.count_for(tandem.id) == 40

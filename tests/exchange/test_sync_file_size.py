"""A round with many changes writes them into several files of a bounded size."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Task
from tandem_desktop.exchange.syncfolder import layout, pairing, rounds
from tandem_desktop.exchange.syncfolder.folder import TandemFolder
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.sync_state import SyncState
from tests.conftest import make_tandem
from tests.storage.copies import dump

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def test_many_changes_go_out_in_files_of_at_most_file_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairing, "SCRYPT_N", 2**10)
    monkeypatch.setattr(rounds, "FILE_CHANGES", 10)
    leader, assistant = Store.in_memory(FixedClock(NOW)), Store.in_memory(FixedClock(NOW))
    try:
        tandem = make_tandem(leader, my_role="leader")
        for number in range(30):
            leader.tandems.change(tandem.id, name=f"Office {number}")
        journal = journal_of(leader.database)
        assert journal is not None
        pending = len(journal.changes(tandem_id=tandem.id))
        code = rounds.share(leader, tandem.id, tmp_path)

        shared = SyncState(leader.database).share(tandem.id)
        assert shared is not None
        view = TandemFolder(Path(shared.folder), tandem.id, journal.device.id, shared.data_key)
        numbers = view.numbers(journal.device.id)
        assert numbers == list(range(1, (pending + 9) // 10 + 1))
        assert all(len(view.read_changes(journal.device.id, n)) <= 10 for n in numbers)
        assert sum(len(view.read_changes(journal.device.id, n)) for n in numbers) == pending
        assert shared.file_number == numbers[-1] and shared.writing_number is None

        rounds.join(assistant, tmp_path, code)
        assert dump(assistant) == dump(leader)
        assert (tmp_path / layout.tandem_folder_name(tandem.id) / layout.MARKER).exists()
    finally:
        leader.close()
        assistant.close()


def test_a_large_batch_goes_out_in_files_the_partner_applies_one_by_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairing, "SCRYPT_N", 2**10)
    monkeypatch.setattr(rounds, "FILE_CHANGES", 50)
    leader, assistant = Store.in_memory(FixedClock(NOW)), Store.in_memory(FixedClock(NOW))
    try:
        tandem = make_tandem(leader, my_role="leader")
        rounds.join(assistant, tmp_path, rounds.share(leader, tandem.id, tmp_path))
        leader.tasks.add_many(Task(tandem_id=tandem.id, title=f"Task {n}", owner="leader")
                              for n in range(40))
        sent = rounds.run_round(leader, tandem.id)
        own = tmp_path / layout.tandem_folder_name(tandem.id) / leader.database.journal.device.id
        files = [file for file in own.iterdir() if layout.CHANGES.match(file.name)]
        assert sent.sent > 100
        assert len(files) >= sent.sent // 50 + 1
        received = rounds.run_round(assistant, tandem.id)
        assert received.received == sent.sent
        assert assistant.tasks.count_for(tandem.id) == 40
    finally:
        leader.close()
        assistant.close()

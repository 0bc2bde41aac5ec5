"""A data file restored from a backup or copied to another folder syncs on under its new id."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tandem_desktop.demo import create_demo
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.exchange.syncfolder import pairing
from tandem_desktop.exchange.syncfolder.rounds import join, run_round, share
from tandem_desktop.services.backups import restore_backup
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.store import Store, open_store
from tests.conftest import NOW
from tests.storage.copies import dump, problems


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairing, "SCRYPT_N", 2**10)


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[tuple[Store, Store, str]]:
    """The leader's copy in a data folder, the assistant's joined through a shared folder."""
    folder = tmp_path / "shared"
    folder.mkdir()
    leader = open_store(tmp_path / "leader", FixedClock(NOW))
    assistant = Store.in_memory(FixedClock(NOW))
    tandem = create_demo(leader, "en", date(2026, 11, 29))
    leader.tandems.change(tandem.id, my_role="leader")
    join(assistant, folder, share(leader, tandem.id, folder))
    yield leader, assistant, tandem.id
    leader.close()
    assistant.close()


def _rounds(*copies: Store, tandem_id: str) -> None:
    for _ in range(2):
        for copy in copies:
            report = run_round(copy, tandem_id)
            assert report.problem == "", report.message


def _device(store: Store) -> str:
    journal = journal_of(store.database)
    assert journal is not None
    return journal.device.id


def test_after_a_restore_the_partner_receives_the_new_edits(
        shared: tuple[Store, Store, str]) -> None:
    leader, assistant, tandem_id = shared
    backup = leader.back_up("manual")
    task = leader.tasks.for_tandem(tandem_id)[0]
    leader.tasks.change(task.id, title="Edited after the backup")
    _rounds(leader, assistant, tandem_id=tandem_id)
    before = _device(leader)

    restore_backup(leader, backup)
    assert _device(leader) != before
    leader.tasks.change(task.id, notes="Edited after the restore")
    _rounds(leader, assistant, tandem_id=tandem_id)

    assert assistant.tasks.get(task.id).notes == "Edited after the restore"
    # The files of the id before the restore bring back what the backup missed.
    assert leader.tasks.get(task.id).title == "Edited after the backup"
    assert dump(leader) == dump(assistant)
    assert problems(leader) == problems(assistant) == []


def test_a_copied_data_folder_syncs_under_its_own_id(
        shared: tuple[Store, Store, str], tmp_path: Path) -> None:
    leader, assistant, tandem_id = shared
    _rounds(leader, assistant, tandem_id=tandem_id)
    leader.close()
    shutil.copytree(tmp_path / "leader", tmp_path / "laptop")
    laptop = open_store(tmp_path / "laptop", FixedClock(NOW))
    try:
        leader = open_store(tmp_path / "leader", FixedClock(NOW))
        assert _device(laptop) != _device(leader)
        task = laptop.tasks.for_tandem(tandem_id)[0]
        laptop.tasks.change(task.id, notes="Written on the laptop")
        _rounds(laptop, assistant, leader, tandem_id=tandem_id)
        assert assistant.tasks.get(task.id).notes == "Written on the laptop"
        assert leader.tasks.get(task.id).notes == "Written on the laptop"
        assert dump(laptop) == dump(assistant) == dump(leader)
    finally:
        laptop.close()
        leader.close()

"""A data file keeps its device id where it lives; a copy elsewhere takes a new one."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.store import Store, open_store


def _device(store: Store) -> str:
    journal = journal_of(store.database)
    assert journal is not None
    return journal.device.id


def _opened(data_dir: Path, clock: FixedClock) -> str:
    store = open_store(data_dir, clock)
    try:
        return _device(store)
    finally:
        store.close()


def test_the_same_folder_keeps_its_device_id(data_dir: Path, clock: FixedClock) -> None:
    first = _opened(data_dir, clock)
    assert _opened(data_dir, clock) == first


def test_a_copied_data_folder_takes_a_new_device_id(
        data_dir: Path, tmp_path: Path, clock: FixedClock) -> None:
    store = open_store(data_dir, clock)
    original = _device(store)
    store.close()
    copy = tmp_path / "elsewhere" / "data"
    copy.parent.mkdir()
    shutil.copytree(data_dir, copy)

    moved = _opened(copy, clock)

    assert moved != original
    assert _opened(copy, clock) == moved  # settled there
    assert _opened(data_dir, clock) == original  # the original stays who it was


def test_the_same_folder_on_another_computer_takes_a_new_device_id(
        data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> None:
    original = _opened(data_dir, clock)
    monkeypatch.setattr(socket, "gethostname", lambda: "the-other-laptop")
    assert _opened(data_dir, clock) != original


def test_stamps_after_a_move_follow_those_before(
        data_dir: Path, tmp_path: Path, clock: FixedClock) -> None:
    store = open_store(data_dir, clock)
    journal = journal_of(store.database)
    assert journal is not None
    before = journal.clock.now()
    journal.save_clock()
    store.close()
    copy = tmp_path / "copy"
    shutil.copytree(data_dir, copy)
    moved = open_store(copy, clock)
    try:
        after = journal_of(moved.database).clock.now()  # type: ignore[union-attr]
    finally:
        moved.close()
    assert after[:18] > before[:18]  # the same millisecond, a higher counter

"""Two connections to one data file (the window's and the background sync's)
issue stamps as one clock."""

from __future__ import annotations

from pathlib import Path

from tandem_desktop.domain.changes import Change, encode
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.hlc import parse
from tandem_desktop.storage.database import Database, connect
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.merge import apply_changes
from tandem_desktop.storage.store import Store
from tests.conftest import make_tandem

PARTNER = "00000000000000ab"


def _second(store: Store, clock: FixedClock) -> Store:
    assert store.database.path is not None
    return Store(Database(connect(store.database.path), store.database.path, clock),
                 store.data_dir)


def test_a_stamp_one_connection_saw_bounds_the_others_next_stamp(
        file_store: Store, clock: FixedClock, data_dir: Path) -> None:
    tandem = make_tandem(file_store)
    worker = _second(file_store, clock)
    try:
        window_journal = journal_of(file_store.database)
        assert window_journal is not None
        mine = window_journal.clock.last
        ahead = parse(mine).millis + 60_000  # the partner's clock runs a minute ahead
        partner_stamp = f"{ahead:013d}-0000-{PARTNER}"
        apply_changes(worker, [Change("tandem", tandem.id, tandem.id, "name",
                                      encode("Büro"), partner_stamp, "")])
        assert file_store.tandems.get(tandem.id).name == "Büro"
        file_store.tandems.change(tandem.id, name="Office again")
        stamps = window_journal.field_stamps("tandem", tandem.id)
        assert stamps["name"] > partner_stamp  # the newer edit wins on both copies
    finally:
        worker.close()


def test_a_new_device_id_taken_by_one_connection_is_used_by_the_other(
        file_store: Store, clock: FixedClock) -> None:
    tandem = make_tandem(file_store)
    worker = _second(file_store, clock)
    try:
        worker_journal = journal_of(worker.database)
        assert worker_journal is not None
        new_id = worker_journal.take_new_device_id()
        file_store.tandems.change(tandem.id, name="Renamed")
        window_journal = journal_of(file_store.database)
        assert window_journal is not None
        assert parse(window_journal.field_stamps("tandem", tandem.id)["name"]).device == new_id
    finally:
        worker.close()

"""Two connections to one data file (the window's and a job's) share one clock and device id."""

from __future__ import annotations

from pathlib import Path

from tandem_desktop.domain.changes import Change, encode
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.hlc import parse
from tandem_desktop.storage.database import Database, connect
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.merge import apply_changes
from tandem_desktop.storage.store import Store, open_store
from tests.conftest import make_tandem
from tests.storage.copies import changes_of, send

PARTNER = "00000000000000ab"


def _second_connection(store: Store, data_dir: Path, clock: FixedClock) -> Store:
    path = store.database.path
    assert path is not None
    return Store(Database(connect(path), path, clock), data_dir)


def test_an_edit_after_a_job_merged_newer_stamps_wins(data_dir: Path, clock: FixedClock) -> None:
    window = open_store(data_dir, clock)
    partner = Store.in_memory(clock)
    try:
        tandem = make_tandem(partner, my_role="leader")
        for number in range(40):  # one wall-clock millisecond: the counter climbs
            partner.tandems.change(tandem.id, name=f"Office {number}")
        journal_of(window.database)  # the window's journal exists before the job runs
        job = _second_connection(window, data_dir, clock)
        send(partner, job)
        job.close()

        window.tandems.change(tandem.id, name="Our office")
        send(window, partner)
        assert partner.tandems.get(tandem.id).name == "Our office"
        assert window.tandems.get(tandem.id).name == "Our office"
    finally:
        partner.close()
        window.close()


def test_a_new_device_id_taken_by_a_job_is_used_by_the_window(
        data_dir: Path, clock: FixedClock) -> None:
    window = open_store(data_dir, clock)
    try:
        tandem = make_tandem(window)
        job = _second_connection(window, data_dir, clock)
        job_journal = journal_of(job.database)
        assert job_journal is not None
        new_id = job_journal.take_new_device_id()
        job.close()
        window.tandems.change(tandem.id, name="Renamed")
        assert changes_of(window)[-1].stamp.endswith(new_id)
    finally:
        window.close()


def test_a_stamp_one_connection_saw_bounds_the_others_next_stamp(
        file_store: Store, clock: FixedClock, data_dir: Path) -> None:
    tandem = make_tandem(file_store)
    worker = _second_connection(file_store, data_dir, clock)
    try:
        window_journal = journal_of(file_store.database)
        assert window_journal is not None
        ahead = parse(window_journal.clock.last).millis + 60_000  # the partner runs a minute ahead
        partner_stamp = f"{ahead:013d}-0000-{PARTNER}"
        apply_changes(worker, [Change("tandem", tandem.id, tandem.id, "name",
                                      encode("Büro"), partner_stamp, "")])
        assert file_store.tandems.get(tandem.id).name == "Büro"
        file_store.tandems.change(tandem.id, name="Office again")
        assert window_journal.field_stamps("tandem", tandem.id)["name"] > partner_stamp
    finally:
        worker.close()

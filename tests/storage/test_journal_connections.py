"""Two connections to one data file (the window's and a job's) share one clock and device id."""

from __future__ import annotations

from pathlib import Path

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.storage.database import Database, connect
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.store import Store, open_store
from tests.conftest import make_tandem
from tests.storage.copies import changes_of, send


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

"""A delete and an edit that carry one stamp were one write: the record stays deleted.

That happens to every record in the Trash when schema version 2 stamps all
fields alike, and to a record written in the Trash as a whole (an archive of
version 1): the partner's copy must not bring it back.
"""

from __future__ import annotations

from pathlib import Path

from tandem_desktop.demo import create_demo
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Tandem, Task
from tandem_desktop.storage.database import Database, connect
from tandem_desktop.storage.migrator import migrate
from tandem_desktop.storage.store import Store, database_path, open_store
from tandem_desktop.storage.verbatim import put
from tests.old_files import old_store
from tests.storage.copies import dump, send


def test_a_record_in_the_trash_before_the_upgrade_stays_there(tmp_path: Path,
                                                              clock: FixedClock) -> None:
    path = database_path(tmp_path / "old")
    path.parent.mkdir()
    conn = connect(path)
    database = Database(conn, path, clock)
    migrate(database, target=1)
    old = old_store(database)
    create_demo(old, "en", clock.today())
    task = old.tasks.list()[0]
    old.tasks.delete(task.id)
    conn.close()

    upgraded, partner = open_store(tmp_path / "old", clock), Store.in_memory(clock)
    try:
        send(upgraded, partner)
        assert partner.tasks.get(task.id, include_deleted=True).deleted_at is not None
        assert dump(partner) == dump(upgraded)
    finally:
        upgraded.close()
        partner.close()


def test_a_record_written_in_the_trash_stays_there(store: Store, tandem: Tandem) -> None:
    partner = Store.in_memory()
    try:
        task = Task(id="t-1", tandem_id=tandem.id, title="Old receipt",
                    owner="assistant", created_at="2026-01-05T09:00:00Z",
                    updated_at="2026-02-01T09:00:00Z", deleted_at="2026-02-01T09:00:00Z")
        with store.transaction():
            put(store.tasks, task, replace=False)
        send(store, partner)
        assert partner.tasks.get("t-1", include_deleted=True).deleted_at == task.deleted_at
        assert dump(partner) == dump(store)
    finally:
        partner.close()

"""The journal's work done once per transaction: added records written together, the
clock saved once. Whatever is batched, the rows are the ones a write-by-write journal
would hold, and every reader of the journal sees them."""

from __future__ import annotations

import dataclasses
import itertools
import uuid
from datetime import date
from typing import Any

import pytest

from tandem_desktop.demo import create_demo
from tandem_desktop.domain.changes import PURGE
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Feedback, Task, Vision
from tandem_desktop.storage.added_records import AddedRecords
from tandem_desktop.storage.journal import Journal, journal_of
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.verbatim import field_stamps_of, put_received
from tests.conftest import make_tandem
from tests.storage.copies import dump, problems, send


def _journal(store: Store) -> Journal:
    journal = journal_of(store.database)
    assert journal is not None
    return journal


def _rows(store: Store) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """sync_journal and sync_field rows, stamps without the (random) device id."""
    conn = store.database.conn
    journal = sorted((kind, record_id, tandem_id, field, value, stamp[:18], base[:18])
                     for kind, record_id, tandem_id, field, value, stamp, base in conn.execute(
                         "SELECT kind, record_id, tandem_id, field, value, stamp, base"
                         " FROM sync_journal"))
    fields = sorted((kind, record_id, field, stamp[:18], base[:18], value)
                    for kind, record_id, field, stamp, base, value in conn.execute(
                        "SELECT kind, record_id, field, stamp, base, value FROM sync_field"))
    return journal, fields


def _demo(clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> Store:
    numbers = itertools.count()
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=next(numbers)))
    store = Store.in_memory(clock)
    create_demo(store, "de", date(2026, 11, 29))
    return store


def test_added_records_give_the_rows_of_a_journal_written_record_by_record(
        clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> None:
    batched = _demo(clock, monkeypatch)
    with monkeypatch.context() as patch:
        patch.setattr(AddedRecords, "takes", lambda self, kind, fields: False)
        one_by_one = _demo(clock, monkeypatch)
    assert _rows(batched) == _rows(one_by_one)
    journal, fields = _rows(batched)
    assert len(journal) > 700 and len(fields) > len(journal)  # private feedback: stamps only
    assert problems(batched) == []


def test_a_record_added_and_changed_in_one_transaction(store: Store) -> None:
    tandem = make_tandem(store)
    journal = _journal(store)
    with store.transaction():
        task = store.tasks.add(Task(tandem_id=tandem.id, title="Draft", owner="leader"))
        added = journal.field_stamps("task", task.id)  # seen before the commit
        store.tasks.change(task.id, title="Final")
    stamps = journal.field_stamps("task", task.id)
    assert stamps["title"] > added["title"] == stamps["owner"]
    titles = [(change.value, change.base) for _, change in journal.changes()
              if change.record_id == task.id and change.field == "title"]
    assert titles == [('"Draft"', ""), ('"Final"', added["title"])]
    assert store.database.scalar(
        "SELECT base FROM sync_field WHERE record_id = ? AND field = 'title'",
        [task.id]) == added["title"]


def test_readers_inside_the_transaction_see_the_added_records(store: Store) -> None:
    tandem = make_tandem(store)
    journal = _journal(store)
    with store.transaction():
        before = journal.size()
        task = store.tasks.add(Task(tandem_id=tandem.id, title="Draft", owner="leader"))
        fields = len(store.tasks._synced)
        assert journal.size() == before + fields
        assert journal.last_seq() == max(seq for seq, _ in journal.changes())
        assert {change.record_id for _, change in journal.changes(after=before)} == {task.id}


def test_a_rolled_back_savepoint_leaves_nothing_in_the_journal(store: Store) -> None:
    tandem = make_tandem(store)
    journal = _journal(store)
    with store.transaction():
        kept = store.tasks.add(Task(tandem_id=tandem.id, title="Kept", owner="leader"))
        with pytest.raises(RuntimeError), store.transaction():
            store.tasks.add(Task(id="gone-1", tandem_id=tandem.id, title="Gone",
                                 owner="leader"))
            raise RuntimeError("undo")
    ids = {change.record_id for _, change in journal.changes()}
    assert kept.id in ids and "gone-1" not in ids
    assert store.database.scalar("SELECT count(*) FROM sync_field WHERE record_id = 'gone-1'") \
        == 0
    assert problems(store) == []


def test_a_rolled_back_transaction_leaves_nothing_waiting(store: Store) -> None:
    tandem = make_tandem(store)
    journal = _journal(store)
    before = journal.size()
    with pytest.raises(RuntimeError), store.transaction():
        store.tasks.add(Task(id="gone-2", tandem_id=tandem.id, title="Gone", owner="leader"))
        raise RuntimeError("undo")
    store.tasks.add(Task(tandem_id=tandem.id, title="Next", owner="leader"))
    assert journal.size() == before + len(store.tasks._synced)
    assert "gone-2" not in {change.record_id for _, change in journal.changes()}


def test_private_feedback_gets_stamps_but_no_journal_rows(store: Store) -> None:
    tandem = make_tandem(store)
    with store.transaction():
        secret = store.feedback.add(Feedback(
            tandem_id=tandem.id, direction="leader_to_assistant", given_on="2026-11-01",
            situation="canary-7f3a", private=True))
    assert store.database.scalar(
        "SELECT count(*) FROM sync_field WHERE record_id = ?", [secret.id]) \
        == len(store.feedback._synced)
    assert store.database.scalar(
        "SELECT count(*) FROM sync_journal WHERE record_id = ? OR value LIKE '%canary%'",
        [secret.id]) == 0


def test_the_clock_is_saved_once_per_transaction(store: Store) -> None:
    tandem = make_tandem(store)
    journal = _journal(store)
    statements: list[str] = []
    store.database.conn.set_trace_callback(statements.append)
    try:
        with store.transaction():
            for number in range(30):
                task = store.tasks.add(Task(tandem_id=tandem.id, title=f"T{number}",
                                            owner="leader"))
                store.tasks.change(task.id, notes="more")
    finally:
        store.database.conn.set_trace_callback(None)
    assert sum("UPDATE sync_device SET clock" in sql for sql in statements) == 1
    assert store.database.scalar("SELECT clock FROM sync_device") == journal.clock.last
    assert journal.clock.last == max(stamp for (stamp,) in store.database.conn.execute(
        "SELECT stamp FROM sync_field"))


def test_compacting_keeps_the_newest_change_of_each_field(store: Store) -> None:
    tandem = make_tandem(store)
    journal = _journal(store)
    task = store.tasks.add(Task(tandem_id=tandem.id, title="T0", owner="leader"))
    gone = store.tasks.add(Task(tandem_id=tandem.id, title="Gone", owner="leader"))
    for number in range(1, 20):
        store.tasks.change(task.id, title=f"T{number}")
    store.tasks.delete(gone.id)
    store.tasks.purge(gone.id)
    horizon = journal.last_seq()
    store.tasks.change(task.id, title="after the horizon")
    journal.compact(seen_by_all=horizon)
    kept = [change for _, change in journal.changes()]
    titles = [change.value for change in kept if change.record_id == task.id
              and change.field == "title"]
    assert titles == ['"T19"', '"after the horizon"']
    assert [change.field for change in kept if change.record_id == gone.id] == [PURGE]
    fields = {(change.record_id, change.field) for change in kept
              if change.record_id == task.id}
    assert len(fields) == len(store.tasks._synced)  # the task can still be rebuilt


@pytest.mark.parametrize("batched", [True, False], ids=["batched", "one-by-one"])
def test_a_record_imported_in_the_trash_stays_there_for_the_partner(
        clock: FixedClock, monkeypatch: pytest.MonkeyPatch, batched: bool) -> None:
    if not batched:
        monkeypatch.setattr(AddedRecords, "takes", lambda self, kind, fields: False)
    source, copy = Store.in_memory(clock), Store.in_memory(clock)
    tandem = make_tandem(source)
    stamp = "2026-11-01T08:00:00Z"
    trashed = Task(id="in-the-trash", tandem_id=tandem.id, title="Old", owner="leader",
                   created_at=stamp, updated_at=stamp, deleted_at=stamp)
    live = Task(id="live", tandem_id=tandem.id, title="Live", owner="leader",
                created_at=stamp, updated_at=stamp)
    with source.transaction():
        source.tasks.put_verbatim(trashed, replace=False)
        source.tasks.put_verbatim(live, replace=False)
    # An archive's newer version: deleted, and edited, in one write.
    source.tasks.put_verbatim(dataclasses.replace(live, title="Gone", deleted_at=stamp),
                              replace=True)
    send(source, copy)
    assert copy.tasks.get("in-the-trash", include_deleted=True).deleted_at == stamp
    assert copy.tasks.get("live", include_deleted=True).deleted_at == stamp
    assert dump(copy) == dump(source)


def test_lists_ordered_by_field_stamps_see_records_added_in_the_transaction(
        store: Store) -> None:
    tandem = make_tandem(store)
    store.visions.save_version(Vision(tandem_id=tandem.id, statement="First",
                                      saved_on="2026-11-29"))
    with store.transaction():  # the same second on the fixed clock: the stamps decide
        second = store.visions.save_version(Vision(tandem_id=tandem.id, statement="Second",
                                                   saved_on="2026-11-29"))
        current = store.visions.current(tandem.id)
        assert current is not None and current.id == second.id


def test_received_records_get_their_own_stamps_and_no_journal_rows(store: Store) -> None:
    tandem = make_tandem(store)
    journal = _journal(store)
    before = journal.size()
    partner = "1795946400000-0007-00000000000000aa"
    fields = store.tasks._synced
    stamps = {name: partner for name in fields}
    stamp = "2026-11-01T08:00:00Z"
    task = Task(id="received", tandem_id=tandem.id, title="From the partner", owner="leader",
                created_at=stamp, updated_at=stamp)
    with store.transaction():
        put_received(store.tasks, task, stamps, {"title": partner[:-2] + "ab"}, None)
        with pytest.raises(RuntimeError), store.transaction():
            put_received(store.tasks, dataclasses.replace(task, id="rolled-back"), stamps, {},
                         None)
            raise RuntimeError("undo")
        seen = field_stamps_of(store.tasks, tandem.id)["received"]  # before the commit
    assert seen.stamps == stamps and seen.bases["title"] == partner[:-2] + "ab"
    assert journal.field_stamps("task", "received") == stamps
    assert journal.field_stamps("task", "rolled-back") == {}
    assert journal.size() == before  # the partner's change, not this device's

"""The change journal: every write records exactly the fields it changed, private content never."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from tandem_desktop.domain.changes import PURGE, Change, encode
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.hlc import is_stamp
from tandem_desktop.domain.records import Feedback, Meeting, Tandem, Task
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.store import Store
from tests.conftest import NOW, make_tandem
from tests.storage.copies import changes_of, dump, problems, send

CANARY = "Kanarienvogel-7f3a"
FEEDBACK_TEXTS = ("situation", "behaviour", "impact", "request")


def _since(store: Store, seq: int) -> list[Change]:
    return changes_of(store, after=seq)


def _seq(store: Store) -> int:
    journal = journal_of(store.database)
    assert journal is not None
    return journal.last_seq()


def _fields(changes: list[Change]) -> set[str]:
    return {change.field for change in changes}


def _stamps(store: Store, kind: str, record_id: str) -> dict[str, str]:
    journal = journal_of(store.database)
    assert journal is not None
    return journal.field_stamps(kind, record_id)


def _task(store: Store, tandem: Tandem, **values: object) -> Task:
    fields: dict[str, object] = {"title": "Book the room", "owner": "assistant"}
    fields.update(values)
    return store.tasks.add(Task(tandem_id=tandem.id, **fields))  # type: ignore[arg-type]


def _feedback(store: Store, tandem: Tandem, **values: object) -> Feedback:
    fields: dict[str, object] = {"direction": "leader_to_assistant", "given_on": "2026-11-20",
                                 "situation": "Board papers"}
    fields.update(values)
    return store.feedback.add(Feedback(tandem_id=tandem.id, **fields))  # type: ignore[arg-type]


def test_an_added_record_journals_every_synced_field_under_one_stamp(
        store: Store, tandem: Tandem) -> None:
    seq = _seq(store)
    task = _task(store, tandem, notes="Room 4")
    changes = _since(store, seq)
    expected = {"created_at", "deleted_at", "tandem_id", "title", "owner", "due_on", "priority",
                "status", "done_on", "area_id", "goal_id", "meeting_id", "rule_id", "notes"}
    assert _fields(changes) == expected and len(changes) == len(expected)
    assert {change.stamp for change in changes} == {changes[0].stamp}
    assert is_stamp(changes[0].stamp)
    assert {(c.kind, c.record_id, c.tandem_id, c.base) for c in changes} == {
        ("task", task.id, tandem.id, "")}
    values = {change.field: change.value for change in changes}
    assert values["notes"] == encode("Room 4") and values["due_on"] == "null"
    assert _stamps(store, "task", task.id) == dict.fromkeys(expected, changes[0].stamp)


def test_an_update_journals_only_the_fields_whose_value_changed(
        store: Store, tandem: Tandem) -> None:
    task = _task(store, tandem)
    before = _stamps(store, "task", task.id)
    seq = _seq(store)
    store.tasks.change(task.id, title="Book the big room", notes="", priority="normal")
    [change] = _since(store, seq)  # notes and priority kept their values
    assert (change.field, change.value, change.base) == (
        "title", encode("Book the big room"), before["title"])
    seq = _seq(store)
    store.tasks.update(store.tasks.get(task.id))  # saved unchanged
    assert _since(store, seq) == []
    after = _stamps(store, "task", task.id)
    assert after["title"] == change.stamp > before["title"]
    assert {k: v for k, v in after.items() if k != "title"} == {
        k: v for k, v in before.items() if k != "title"}


def test_delete_and_restore_journal_deleted_at_alone(store: Store, tandem: Tandem) -> None:
    task = _task(store, tandem)
    seq = _seq(store)
    store.tasks.delete(task.id)
    [deleted] = _since(store, seq)
    assert deleted.field == "deleted_at" and deleted.column_value is not None
    seq = _seq(store)
    store.tasks.restore(task.id)
    [restored] = _since(store, seq)
    assert (restored.field, restored.value, restored.base) == (
        "deleted_at", "null", deleted.stamp)


def test_purge_journals_a_purge_and_leaves_a_tombstone(store: Store, tandem: Tandem) -> None:
    task = _task(store, tandem)
    store.tasks.delete(task.id)
    seq = _seq(store)
    store.tasks.purge(task.id)
    [purge] = _since(store, seq)
    assert (purge.kind, purge.record_id, purge.field, purge.value) == (
        "task", task.id, PURGE, None)
    assert store.database.query("SELECT kind, record_id, tandem_id, stamp FROM sync_tombstone") \
        == [{"kind": "task", "record_id": task.id, "tandem_id": tandem.id, "stamp": purge.stamp}]
    assert _stamps(store, "task", task.id) == {}


def test_put_verbatim_journals_a_new_record_whole_and_a_replaced_one_by_field(
        store: Store, tandem: Tandem) -> None:
    record = Task(id="imported-task", tandem_id=tandem.id, title="From the archive",
                  owner="leader", created_at="2026-01-01T08:00:00Z",
                  updated_at="2026-01-01T08:00:00Z")
    seq = _seq(store)
    store.tasks.put_verbatim(record, replace=False)
    assert len(_since(store, seq)) == len(store.tasks._synced)
    seq = _seq(store)
    store.tasks.put_verbatim(dataclasses.replace(record, notes="Revised"), replace=True)
    assert [(c.field, c.value) for c in _since(store, seq)] == [("notes", encode("Revised"))]


def test_a_rolled_back_transaction_leaves_no_journal_row(store: Store, tandem: Tandem) -> None:
    task = _task(store, tandem)
    seq = _seq(store)
    stamps = _stamps(store, "task", task.id)
    with pytest.raises(RuntimeError), store.transaction():
        store.tasks.change(task.id, title="Never saved")
        _task(store, tandem, title="Never added either")
        store.tasks.delete(task.id)
        raise RuntimeError("the user action failed half-way")
    assert _since(store, seq) == []
    assert _stamps(store, "task", task.id) == stamps
    assert store.database.scalar("SELECT count(*) FROM sync_field WHERE kind = 'task'") \
        == len(stamps)


def test_my_role_and_private_notes_are_never_journalled(store: Store, tandem: Tandem) -> None:
    seq = _seq(store)
    store.tandems.change(tandem.id, my_role="leader")
    meeting = store.meetings.add(Meeting(tandem_id=tandem.id, starts_at="2026-12-01T09:00:00Z",
                                         private_notes=CANARY))
    store.meetings.change(meeting.id, private_notes=CANARY + " again")
    changes = _since(store, seq)
    assert "my_role" not in _fields(changes)
    assert "private_notes" not in _fields(changes)
    assert [c for c in changes if c.kind == "tandem"] == []
    assert [c for c in changes if c.kind == "meeting" and c.base] == []  # the edit: nothing


def _journal_text(store: Store) -> str:
    rows = store.database.conn.execute("SELECT * FROM sync_journal").fetchall()
    return "\n".join(repr(row) for row in rows)


def test_a_canary_in_every_private_field_never_reaches_the_journal(
        store: Store, tandem: Tandem) -> None:
    meeting = store.meetings.add(Meeting(tandem_id=tandem.id, starts_at="2026-12-01T09:00:00Z",
                                         title="Check-in", private_notes=f"{CANARY} notes"))
    store.meetings.change(meeting.id, private_notes=f"{CANARY} more notes", title="Renamed")
    texts = {name: f"{CANARY} {name}" for name in FEEDBACK_TEXTS}
    secret = _feedback(store, tandem, private=True, **texts)
    store.feedback.change(secret.id, **{name: f"{CANARY} edited {name}"
                                        for name in FEEDBACK_TEXTS})
    store.feedback.delete(secret.id)
    store.feedback.restore(secret.id)
    # Shared first, then made private, then typed into.
    shared = _feedback(store, tandem, situation="Open words")
    store.feedback.change(shared.id, private=True)
    store.feedback.change(shared.id, **{name: f"{CANARY} later {name}"
                                        for name in FEEDBACK_TEXTS})
    assert CANARY not in _journal_text(store)
    assert secret.id not in _journal_text(store)  # a private record is not even named
    assert store.feedback.get(shared.id).situation == f"{CANARY} later situation"


def test_a_record_shared_again_is_sent_whole(store: Store, tandem: Tandem) -> None:
    entry = _feedback(store, tandem, private=True)
    store.feedback.change(entry.id, impact="It helped")
    seq = _seq(store)
    store.feedback.change(entry.id, private=False)
    changes = _since(store, seq)
    assert _fields(changes) == set(store.feedback._synced)
    assert len({change.stamp for change in changes}) == 1
    values = {change.field: change.column_value for change in changes}
    assert values["impact"] == "It helped" and values["private"] == 0


def test_a_record_made_private_is_withdrawn_from_the_partner(
        store: Store, tandem: Tandem) -> None:
    partner = Store.in_memory(FixedClock(NOW + timedelta(minutes=1)))
    entry = _feedback(store, tandem)
    send(store, partner)
    assert partner.feedback.get(entry.id).situation == "Board papers"
    seq = _seq(store)
    store.feedback.change(entry.id, private=True, situation=f"{CANARY} private now")
    [withdrawal] = _since(store, seq)
    assert withdrawal.field == "deleted_at" and withdrawal.column_value is not None
    report = send(store, partner)
    assert report.applied == 1
    assert partner.feedback.find(entry.id) is None  # gone from the partner's log
    gone = partner.feedback.get(entry.id, include_deleted=True)
    assert gone.situation == "Board papers" and not gone.private
    assert store.feedback.get(entry.id).deleted_at is None  # still here, private
    # Shared again: the partner has it back, with what was typed meanwhile.
    store.feedback.change(entry.id, private=False, situation="Board papers, revised")
    report = send(store, partner)
    assert report.came_back == []  # it is sent whole: not an edit against a delete
    assert partner.feedback.get(entry.id).situation == "Board papers, revised"
    assert dump(partner) == dump(store)
    assert problems(partner) == []
    partner.close()


def _per_field(changes: list[tuple[int, Change]], horizon: int) -> dict[tuple[str, str, str],
                                                                         int]:
    counts: dict[tuple[str, str, str], int] = {}
    for seq, change in changes:
        if seq <= horizon:
            key = (change.kind, change.record_id, change.field)
            counts[key] = counts.get(key, 0) + 1
    return counts


def test_compact_keeps_at_most_one_change_per_field_up_to_the_horizon(
        store: Store, clock: FixedClock) -> None:
    tandem = make_tandem(store)
    journal = journal_of(store.database)
    assert journal is not None
    tasks = [_task(store, tandem, title=f"Task {number}") for number in range(5)]
    for round_ in range(10):
        for task in tasks:
            store.tasks.change(task.id, title=f"{task.title}, round {round_}")
        clock.advance(timedelta(seconds=1))
    store.tasks.delete(tasks[0].id)
    store.tasks.purge(tasks[0].id)
    horizon = journal.last_seq()
    for task in tasks[1:]:
        store.tasks.change(task.id, notes="after the horizon")
        store.tasks.change(task.id, notes="after the horizon, again")
    size = journal.size()
    dropped = journal.compact(horizon)
    assert dropped > 0 and journal.size() == size - dropped
    left = journal.changes()
    assert max(_per_field(left, horizon).values()) == 1
    assert [c for _, c in left if c.record_id == tasks[0].id] == [
        c for _, c in left if c.record_id == tasks[0].id and c.field == PURGE]
    after = [(seq, c.field) for seq, c in left if seq > horizon]
    assert len(after) == 8 and {field for _, field in after} == {"notes"}
    # What is left is enough for a device that joins now.
    newcomer = Store.in_memory(FixedClock(NOW + timedelta(minutes=5)))
    send(store, newcomer)
    assert dump(newcomer) == dump(store)
    assert journal.compact(horizon) == 0
    newcomer.close()

"""Applying the partner's changes: per field, newest stamp wins, and every copy converges."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta

import pytest

from tandem_desktop.domain.changes import Change, encode
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.hlc import parse
from tandem_desktop.domain.records import (
    AgendaItem,
    Area,
    Feedback,
    HealthCheck,
    Meeting,
    Tandem,
    Task,
)
from tandem_desktop.storage import journal as journal_module
from tandem_desktop.storage import merge as merge_module
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.merge import apply_changes
from tandem_desktop.storage.search import search_everything
from tandem_desktop.storage.store import Store
from tests.conftest import NOW, make_tandem
from tests.storage.copies import changes_of, dump, problems, send


class Copies:
    """Two copies of one tandem, each on its own computer with its own clock."""

    def __init__(self) -> None:
        self.clock_a = FixedClock(NOW)
        self.clock_b = FixedClock(NOW + timedelta(seconds=30))
        self.a = Store.in_memory(self.clock_a)
        self.b = Store.in_memory(self.clock_b)
        self.tandem = make_tandem(self.a)
        send(self.a, self.b)

    def later(self, seconds: int = 60) -> None:
        """Both computers' clocks move on."""
        self.clock_a.advance(timedelta(seconds=seconds))
        self.clock_b.advance(timedelta(seconds=seconds))

    def exchange(self) -> None:
        send(self.a, self.b)
        send(self.b, self.a)

    def converged(self) -> bool:
        return dump(self.a) == dump(self.b) and problems(self.a) == problems(self.b) == []

    def close(self) -> None:
        self.a.close()
        self.b.close()


@pytest.fixture
def copies() -> Iterator[Copies]:
    pair = Copies()
    yield pair
    pair.close()


def _task(store: Store, tandem: Tandem, **values: object) -> Task:
    fields: dict[str, object] = {"title": "Book the room", "owner": "assistant"}
    fields.update(values)
    return store.tasks.add(Task(tandem_id=tandem.id, **fields))  # type: ignore[arg-type]


def _fts_rows(store: Store, table: str, word: str) -> list[int]:
    return [row[0] for row in store.database.conn.execute(
        f"SELECT rowid FROM fts_{table} WHERE fts_{table} MATCH ?", [word])]


def _pending(store: Store) -> list[tuple[str, str, str]]:
    return store.database.conn.execute(
        "SELECT kind, field, reason FROM sync_pending ORDER BY kind, field").fetchall()


# -- per field, newest wins ------------------------------------------------------------
def test_partners_editing_different_fields_of_one_task_both_keep_their_edit(
        copies: Copies) -> None:
    task = _task(copies.a, copies.tandem)
    send(copies.a, copies.b)
    copies.later()
    copies.a.tasks.change(task.id, title="Book the big room")
    copies.b.tasks.change(task.id, notes="Ask for the projector", priority="high")
    copies.exchange()
    for store in (copies.a, copies.b):
        merged = store.tasks.get(task.id)
        assert (merged.title, merged.notes, merged.priority) == (
            "Book the big room", "Ask for the projector", "high")
    assert copies.converged()
    assert copies.a.database.scalar("SELECT count(*) FROM sync_conflict") == 0


def test_the_text_that_lost_a_concurrent_edit_is_kept_with_both_versions(
        copies: Copies) -> None:
    task = _task(copies.a, copies.tandem, notes="Room 4")
    send(copies.a, copies.b)
    copies.later()
    copies.a.tasks.change(task.id, notes="Room 4, with coffee")
    copies.clock_b.advance(timedelta(seconds=5))
    copies.b.tasks.change(task.id, notes="Room 5 instead")  # the later edit
    report = apply_changes(copies.a, changes_of(copies.b))
    assert report.conflicts == 1
    send(copies.a, copies.b)  # the older edit reaches b: it loses there, nothing to keep
    for store in (copies.a, copies.b):
        assert store.tasks.get(task.id).notes == "Room 5 instead"
    [conflict] = copies.a.database.query("SELECT * FROM sync_conflict")
    assert (conflict["kind"], conflict["record_id"], conflict["field"]) == (
        "task", task.id, "notes")
    assert conflict["kept_value"] == encode("Room 5 instead")
    assert conflict["lost_value"] == encode("Room 4, with coffee")
    assert parse(conflict["kept_stamp"]).device != parse(conflict["lost_stamp"]).device
    assert conflict["tandem_id"] == copies.tandem.id and conflict["resolved_at"] is None
    assert copies.b.database.scalar("SELECT count(*) FROM sync_conflict") == 0
    assert copies.converged()


def test_a_later_edit_made_after_seeing_the_text_is_no_conflict(copies: Copies) -> None:
    task = _task(copies.a, copies.tandem, notes="Room 4")
    send(copies.a, copies.b)
    copies.later()
    copies.b.tasks.change(task.id, notes="Room 5")
    report = send(copies.b, copies.a)
    assert report.conflicts == 0 and copies.a.tasks.get(task.id).notes == "Room 5"


# -- edit against delete -----------------------------------------------------------------
def test_a_delete_newer_than_every_edit_wins(copies: Copies) -> None:
    task = _task(copies.a, copies.tandem)
    send(copies.a, copies.b)
    copies.later()
    copies.a.tasks.change(task.id, title="Book the big room")
    copies.later()
    copies.b.tasks.delete(task.id)
    copies.exchange()
    for store in (copies.a, copies.b):
        assert store.tasks.find(task.id) is None
        assert store.tasks.get(task.id, include_deleted=True).title == "Book the big room"
    assert copies.converged()


def test_an_edit_newer_than_the_delete_brings_the_record_back(copies: Copies) -> None:
    task = _task(copies.a, copies.tandem, notes="draft")
    send(copies.a, copies.b)
    copies.later()
    copies.b.tasks.delete(task.id)
    copies.later()
    copies.a.tasks.change(task.id, notes="still needed")  # without seeing the delete
    report = send(copies.b, copies.a)
    assert report.came_back == [] and copies.a.tasks.find(task.id) is not None
    report = send(copies.a, copies.b)
    assert report.came_back == [("task", task.id)]
    assert copies.b.tasks.get(task.id).notes == "still needed"
    assert _fts_rows(copies.b, "task", "needed") == [copies.b.tasks._rowid(task.id)]
    assert copies.converged()
    # The delete, made again after seeing the edit, wins once more.
    copies.later()
    copies.b.tasks.delete(task.id)
    copies.exchange()
    assert copies.a.tasks.find(task.id) is None and copies.converged()


def test_a_restore_newer_than_the_delete_brings_it_back_everywhere(copies: Copies) -> None:
    task = _task(copies.a, copies.tandem)
    copies.a.tasks.delete(task.id)
    send(copies.a, copies.b)
    assert copies.b.tasks.find(task.id) is None
    copies.later()
    copies.b.tasks.restore(task.id)
    report = send(copies.b, copies.a)
    assert report.came_back == [] and copies.a.tasks.find(task.id) is not None
    assert copies.converged()


def test_a_tombstone_outlives_a_late_edit(copies: Copies) -> None:
    task = _task(copies.a, copies.tandem)
    send(copies.a, copies.b)
    copies.later()
    copies.a.tasks.delete(task.id)
    copies.a.tasks.purge(task.id)
    copies.later()
    copies.b.tasks.change(task.id, title="Edited after the purge, without knowing")
    copies.exchange()
    copies.exchange()
    for store in (copies.a, copies.b):
        assert store.database.scalar("SELECT count(*) FROM task") == 0
        assert store.database.query("SELECT kind, record_id FROM sync_tombstone") == [
            {"kind": "task", "record_id": task.id}]
        assert store.database.scalar(
            "SELECT count(*) FROM sync_field WHERE record_id = ?", [task.id]) == 0
        assert _fts_rows(store, "task", "Edited") == []
    assert copies.converged()


def test_a_purge_empties_references_and_buries_what_cannot_live_without_it(
        copies: Copies) -> None:
    from tandem_desktop.domain.records import DecisionRule, LevelChange

    area = copies.a.areas.add(Area(tandem_id=copies.tandem.id, name="Travel", owner="shared"))
    rule = copies.a.rules.add(DecisionRule(tandem_id=copies.tandem.id, decision="Book trains",
                                           level=3))
    send(copies.a, copies.b)
    copies.later()
    # b links a task to the area and records a level change of the rule ...
    task = _task(copies.b, copies.tandem, area_id=area.id)
    change = copies.b.level_changes.add(LevelChange(
        tandem_id=copies.tandem.id, rule_id=rule.id, changed_on="2026-11-29", from_level=3,
        to_level=4))
    # ... while a deletes both for good.
    for repository, record_id in ((copies.a.areas, area.id), (copies.a.rules, rule.id)):
        repository.delete(record_id)
        repository.purge(record_id)
    copies.exchange()
    for store in (copies.a, copies.b):
        assert store.tasks.get(task.id).area_id is None
        assert store.level_changes.find(change.id) is None
        assert store.database.scalar(
            "SELECT count(*) FROM sync_tombstone WHERE record_id = ?", [change.id]) == 1
    assert copies.converged()


# -- parents before children ------------------------------------------------------------
def test_a_child_that_arrives_before_its_parent_waits_for_it(copies: Copies) -> None:
    area = copies.a.areas.add(Area(tandem_id=copies.tandem.id, name="Travel", owner="shared"))
    task = _task(copies.a, copies.tandem, area_id=area.id)
    changes = changes_of(copies.a)
    report = apply_changes(copies.b, [c for c in changes if c.kind == "task"])
    assert report.waiting == {"parent": len(copies.a.tasks._synced)}
    assert copies.b.tasks.find(task.id) is None
    assert problems(copies.b) == []
    report = apply_changes(copies.b, [c for c in changes if c.kind == "area"])
    assert report.pending == 0 and _pending(copies.b) == []
    assert copies.b.tasks.get(task.id).area_id == area.id
    assert problems(copies.b) == [] and copies.converged()


def test_a_changed_reference_waits_for_its_new_parent(copies: Copies) -> None:
    task = _task(copies.a, copies.tandem)
    send(copies.a, copies.b)
    copies.later()
    area = copies.a.areas.add(Area(tandem_id=copies.tandem.id, name="Travel", owner="shared"))
    copies.a.tasks.change(task.id, area_id=area.id, notes="now in Travel")
    changes = [c for c in changes_of(copies.a) if c.kind == "task"]
    apply_changes(copies.b, changes)
    waiting = copies.b.tasks.get(task.id)
    assert (waiting.notes, waiting.area_id) == ("now in Travel", None)
    assert _pending(copies.b) == [("task", "area_id", "parent")]
    assert problems(copies.b) == []
    send(copies.a, copies.b)
    assert copies.b.tasks.get(task.id).area_id == area.id and copies.converged()


def test_a_record_missing_fields_waits_until_they_arrive(copies: Copies) -> None:
    task = _task(copies.a, copies.tandem)
    changes = [c for c in changes_of(copies.a) if c.kind == "task"]
    report = apply_changes(copies.b, changes[:3])
    assert report.waiting == {"incomplete": 3} and copies.b.tasks.find(task.id) is None
    apply_changes(copies.b, changes[3:])
    assert copies.b.tasks.get(task.id).title == "Book the room" and copies.converged()


# -- order on both copies -----------------------------------------------------------------
def test_agenda_order_is_the_same_on_both_copies_after_concurrent_moves(
        copies: Copies) -> None:
    meeting = copies.a.meetings.add(Meeting(tandem_id=copies.tandem.id,
                                            starts_at="2026-12-01T09:00:00Z"))
    # Ids that sort the other way round from the order the items were added in, so
    # that the copies' row numbers (insertion order) disagree.
    x, y, z = (copies.a.agenda.add(AgendaItem(
        id=f"item-{9 - position}", tandem_id=copies.tandem.id, meeting_id=meeting.id,
        text=text, added_by="leader", position=position))
        for position, text in enumerate(["x", "y", "z"]))
    send(copies.a, copies.b)
    copies.later()
    copies.b.agenda.reorder([z.id, x.id, y.id])  # z 0, y 2
    copies.later()
    copies.a.agenda.reorder([y.id, x.id, z.id])  # y 0 (later than b's y), x 1
    copies.exchange()
    orders = [[item.text for item in store.agenda.for_meeting(meeting.id)]
              for store in (copies.a, copies.b)]
    positions = {item.text: item.position for item in copies.a.agenda.for_meeting(meeting.id)}
    assert positions == {"y": 0, "z": 0, "x": 1}  # a tie the order must break alike
    assert orders[0] == orders[1] == ["z", "y", "x"]  # ties by id: item-7 before item-8
    assert copies.converged()


# -- what cannot be applied yet ----------------------------------------------------------
def test_a_field_of_a_newer_app_is_kept_and_applied_after_the_upgrade(
        copies: Copies, monkeypatch: pytest.MonkeyPatch) -> None:
    task = _task(copies.a, copies.tandem)
    send(copies.a, copies.b)
    copies.later()
    colour = Change("task", task.id, copies.tandem.id, "colour", encode("green"),
                    copies.a.tasks.database.journal.clock.now())
    report = apply_changes(copies.b, [colour])
    assert report.waiting == {"unknown": 1} and _pending(copies.b) == [
        ("task", "colour", "unknown")]
    report = apply_changes(copies.b, [])  # still unknown: still kept
    assert report.waiting == {"unknown": 1}
    # The upgrade: the table has the column and the field travels.
    copies.b.database.conn.execute("ALTER TABLE task ADD COLUMN colour TEXT")
    monkeypatch.setattr(copies.b.tasks, "_synced", [*copies.b.tasks._synced, "colour"])
    report = apply_changes(copies.b, [])
    assert report.applied == 1 and report.pending == 0
    assert copies.b.database.scalar("SELECT colour FROM task WHERE id = ?", [task.id]) == "green"


def test_a_kind_of_a_newer_app_is_kept_and_applied_after_the_upgrade(
        copies: Copies, monkeypatch: pytest.MonkeyPatch) -> None:
    check = copies.a.health_checks.add(HealthCheck(
        tandem_id=copies.tandem.id, taken_on="2026-11-29", by_role="leader", trust=4,
        communication=4, feedback=3, delegation=3, vision=5, note="Good month"))
    copies.b.health_checks  # noqa: B018 - the repository exists before the older app's view
    older = tuple(t for t in merge_module.SYNCED_TABLES if t != "health_check")
    monkeypatch.setattr(journal_module, "SYNCED_TABLES", older)
    monkeypatch.setattr(merge_module, "SYNCED_TABLES", older)
    report = send(copies.a, copies.b)
    assert report.waiting == {"unknown": len(copies.a.health_checks._synced)}
    assert copies.b.health_checks.find(check.id) is None
    monkeypatch.undo()  # the upgrade
    report = apply_changes(copies.b, [])
    assert report.pending == 0 and copies.b.health_checks.get(check.id).note == "Good month"
    assert _fts_rows(copies.b, "health_check", "month") == [
        copies.b.health_checks._rowid(check.id)]
    assert copies.converged()


def test_a_stamp_far_ahead_is_kept_and_applied_once_the_clock_catches_up(
        copies: Copies) -> None:
    task = _task(copies.a, copies.tandem)
    send(copies.a, copies.b)
    copies.clock_b.advance(timedelta(days=2))  # b's clock is two days wrong
    copies.b.tasks.change(task.id, title="From the future")
    clock_before = journal_of(copies.a.database).clock.last  # type: ignore[union-attr]
    report = send(copies.b, copies.a)
    assert len(report.too_far_ahead) == 1 and report.waiting == {"future": 1}
    assert copies.a.tasks.get(task.id).title == "Book the room"
    assert journal_of(copies.a.database).clock.last == clock_before  # type: ignore[union-attr]
    copies.clock_a.advance(timedelta(days=1))  # still more than a day behind
    assert apply_changes(copies.a, []).waiting == {"future": 1}
    copies.clock_a.advance(timedelta(hours=2))
    report = apply_changes(copies.a, [])
    assert report.too_far_ahead == [] and report.pending == 0
    assert copies.a.tasks.get(task.id).title == "From the future" and copies.converged()


def test_a_batch_deleting_more_than_twenty_records_is_held_until_confirmed(
        copies: Copies) -> None:
    tasks = [_task(copies.a, copies.tandem, title=f"Task {n}") for n in range(100)]
    send(copies.a, copies.b)
    copies.later()
    for task in tasks[:21]:
        copies.a.tasks.delete(task.id)
    copies.a.tasks.change(tasks[50].id, notes="an edit in the same batch")
    report = apply_changes(copies.b, changes_of(copies.a))
    assert report.held_deletions == 21 and report.waiting == {"held": 21}
    assert copies.b.tasks.count_for(copies.tandem.id) == 100
    assert copies.b.tasks.get(tasks[50].id).notes == "an edit in the same batch"
    assert apply_changes(copies.b, []).held_deletions == 21  # asked again with every batch
    report = apply_changes(copies.b, [], confirm_deletions=True)
    assert report.held_deletions == 0 and report.pending == 0
    assert copies.b.tasks.count_for(copies.tandem.id) == 79 and copies.converged()


def test_twenty_deletions_in_a_large_tandem_are_not_held(copies: Copies) -> None:
    tasks = [_task(copies.a, copies.tandem, title=f"Task {n}") for n in range(100)]
    send(copies.a, copies.b)
    for task in tasks[:20]:
        copies.a.tasks.delete(task.id)
    report = apply_changes(copies.b, changes_of(copies.a))
    assert report.held_deletions == 0 and copies.converged()


def test_deleting_more_than_a_quarter_of_a_small_tandem_is_held(copies: Copies) -> None:
    tasks = [_task(copies.a, copies.tandem, title=f"Task {n}") for n in range(7)]
    send(copies.a, copies.b)  # 8 records with the tandem: a quarter is 2
    for task in tasks[:2]:
        copies.a.tasks.delete(task.id)
    assert apply_changes(copies.b, changes_of(copies.a)).held_deletions == 0
    copies.later()
    copies.a.tasks.delete(tasks[2].id)
    copies.a.tasks.delete(tasks[3].id)
    copies.a.tasks.purge(tasks[3].id)
    report = apply_changes(copies.b, changes_of(copies.a))
    assert report.held_deletions == 2  # 2 of the 6 still live
    assert copies.b.tasks.count_for(copies.tandem.id) == 5
    apply_changes(copies.b, [], confirm_deletions=True)
    assert copies.converged()


# -- order-free, idempotent ----------------------------------------------------------------
def test_the_same_batch_twice_or_reversed_gives_the_same_database(copies: Copies) -> None:
    from tandem_desktop.demo import create_demo

    create_demo(copies.a, "en", copies.clock_a.today())
    copies.later()
    for task in copies.a.tasks.list()[:3]:
        copies.a.tasks.change(task.id, notes="revised")
    copies.a.tasks.delete(copies.a.tasks.list()[0].id)
    changes = changes_of(copies.a)
    twice = Store.in_memory(FixedClock(NOW))
    reversed_ = Store.in_memory(FixedClock(NOW))
    try:
        apply_changes(twice, changes, confirm_deletions=True)
        apply_changes(twice, changes, confirm_deletions=True)
        apply_changes(reversed_, list(reversed(changes)), confirm_deletions=True)
        assert dump(twice) == dump(reversed_) == dump(copies.a)
        assert _pending(twice) == _pending(reversed_) == []
        assert problems(twice) == problems(reversed_) == []
    finally:
        twice.close()
        reversed_.close()


# -- what the window sees -------------------------------------------------------------------
def test_search_finds_the_partners_text_and_no_longer_a_deleted_record(
        copies: Copies) -> None:
    task = _task(copies.a, copies.tandem, notes="Zeppelin tickets")
    send(copies.a, copies.b)

    def found(word: str) -> list[str]:
        return [hit.id for group in search_everything(copies.b.database,
                                                             copies.tandem.id, word)
                for hit in group.hits]

    assert found("Zeppelin") == [task.id]
    copies.later()
    copies.a.tasks.change(task.id, notes="Airship tickets")
    send(copies.a, copies.b)
    assert found("Airship") == [task.id] and found("Zeppelin") == []
    copies.later()
    copies.a.tasks.delete(task.id)
    send(copies.a, copies.b)
    assert found("Airship") == [] and _fts_rows(copies.b, "task", "Airship") == []


def test_applied_changes_are_announced_once_per_batch(copies: Copies) -> None:
    _task(copies.a, copies.tandem)
    copies.a.areas.add(Area(tandem_id=copies.tandem.id, name="Travel", owner="shared"))
    heard: list[frozenset[str]] = []
    copies.b.database.notifier.subscribe(heard.append)
    send(copies.a, copies.b)
    assert heard == [frozenset({"task", "area"})]
    send(copies.a, copies.b)  # nothing new: nothing to announce
    assert heard == [frozenset({"task", "area"})]


def test_a_failed_batch_changes_nothing(copies: Copies, monkeypatch: pytest.MonkeyPatch) -> None:
    task = _task(copies.a, copies.tandem)
    before = dump(copies.b)

    def broken(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(merge_module.Merger, "_save_stamps", broken)
    with pytest.raises(sqlite3.OperationalError):
        send(copies.a, copies.b)
    assert dump(copies.b) == before and _pending(copies.b) == []
    monkeypatch.undo()
    send(copies.a, copies.b)
    assert copies.b.tasks.get(task.id).title == "Book the room"


def test_feedback_reaches_the_partner_and_private_feedback_never(copies: Copies) -> None:
    shared = copies.a.feedback.add(Feedback(
        tandem_id=copies.tandem.id, direction="leader_to_assistant", given_on="2026-11-20",
        situation="Board papers"))
    secret = copies.a.feedback.add(Feedback(
        tandem_id=copies.tandem.id, direction="leader_to_assistant", given_on="2026-11-20",
        situation="Only mine", private=True))
    send(copies.a, copies.b)
    assert copies.b.feedback.get(shared.id).situation == "Board papers"
    assert copies.b.feedback.find(secret.id) is None
    assert copies.converged()


# -- a feedback entry keeps some text -------------------------------------------------------
def _two_texts(copies: Copies) -> Feedback:
    entry = copies.a.feedback.add(Feedback(
        tandem_id=copies.tandem.id, direction="leader_to_assistant", given_on="2026-11-20",
        situation="Board papers", behaviour="Sent early"))
    send(copies.a, copies.b)
    copies.later()
    copies.a.feedback.change(entry.id, situation="")  # each blanks the other's text
    copies.clock_b.advance(timedelta(seconds=1))
    copies.b.feedback.change(entry.id, behaviour="")
    return entry


def test_partners_blanking_different_texts_of_one_feedback_keep_one(copies: Copies) -> None:
    entry = _two_texts(copies)
    send(copies.a, copies.b)  # b would be left with no text: it keeps its own
    assert copies.b.feedback.get(entry.id).situation == "Board papers"
    send(copies.b, copies.a)  # and a takes that back as b's edit
    copies.exchange()
    for store in (copies.a, copies.b):
        merged = store.feedback.get(entry.id)
        assert (merged.situation, merged.behaviour) == ("Board papers", "")
    assert copies.converged()
    assert _pending(copies.a) == _pending(copies.b) == []


def test_a_copy_new_to_a_feedback_whose_texts_were_all_blanked_takes_an_earlier_one(
        copies: Copies) -> None:
    entry = _two_texts(copies)
    third = Store.in_memory(FixedClock(NOW + timedelta(hours=1)))
    try:
        apply_changes(third, [*changes_of(copies.a), *changes_of(copies.b)])
        kept = third.feedback.get(entry.id)
        assert "Board papers" in (kept.situation, kept.behaviour) or \
            "Sent early" in (kept.situation, kept.behaviour)
        for _ in range(2):
            for target in (copies.a, copies.b, third):
                apply_changes(target, [c for s in (copies.a, copies.b, third) if s is not target
                                       for c in changes_of(s)])
        assert dump(third) == dump(copies.a) == dump(copies.b)
        assert problems(third) == []
    finally:
        third.close()


def test_a_feedback_blanked_and_deleted_keeps_its_text_in_the_trash(copies: Copies) -> None:
    entry = _two_texts(copies)
    copies.clock_b.advance(timedelta(seconds=1))
    copies.b.feedback.delete(entry.id)
    copies.exchange()
    copies.exchange()
    for store in (copies.a, copies.b):
        assert store.feedback.find(entry.id) is None
        gone = store.feedback.get(entry.id, include_deleted=True)
        assert (gone.situation, gone.behaviour) == ("Board papers", "")
    assert copies.converged()


def test_a_record_that_arrives_in_the_trash_whole_stays_there(copies: Copies) -> None:
    """An archive import (or the first share after the upgrade) stamps a record in the
    Trash with one stamp for every field: its delete is as new as its fields."""
    record = Task(id="imported-task", tandem_id=copies.tandem.id, title="From the archive",
                  owner="leader", created_at="2026-01-01T08:00:00Z",
                  updated_at="2026-01-02T08:00:00Z", deleted_at="2026-01-02T08:00:00Z")
    copies.a.tasks.put_verbatim(record, replace=False)
    send(copies.a, copies.b)
    assert copies.b.tasks.find(record.id) is None
    assert copies.b.tasks.get(record.id, include_deleted=True).deleted_at == record.deleted_at
    assert copies.converged()


def test_the_first_share_after_the_upgrade_keeps_the_trash_in_the_trash() -> None:
    from pathlib import Path

    from tandem_desktop.storage.database import Database, connect
    from tandem_desktop.storage.migrator import migrate

    clock = FixedClock(NOW)
    database = Database(connect(Path(":memory:")), None, clock)
    migrate(database, target=1)  # a data file from before the journal
    old = Store(database)
    tandem = make_tandem(old)
    kept, trashed = (_task(old, tandem, title=title) for title in ("Kept", "Trashed"))
    clock.advance(timedelta(hours=1))
    old.tasks.delete(trashed.id)
    migrate(database)
    partner = Store.in_memory(FixedClock(NOW + timedelta(days=1)))
    try:
        send(old, partner)
        assert partner.tasks.find(kept.id) is not None
        assert partner.tasks.find(trashed.id) is None
        assert dump(partner) == dump(old) and problems(partner) == []
    finally:
        partner.close()
        old.close()


def test_vision_versions_saved_in_one_second_are_current_alike_on_both_copies(
        copies: Copies) -> None:
    from tandem_desktop.domain.records import Vision

    copies.clock_b.set(NOW)  # both save in the same second
    copies.a.visions.save_version(Vision(tandem_id=copies.tandem.id, statement="Calm weeks",
                                         saved_on="2026-11-29"))
    copies.b.visions.save_version(Vision(tandem_id=copies.tandem.id, statement="Bold moves",
                                         saved_on="2026-11-29"))
    copies.exchange()
    histories = [[v.statement for v in store.visions.history(copies.tandem.id)]
                 for store in (copies.a, copies.b)]
    assert histories[0] == histories[1] and len(histories[0]) == 2
    assert copies.a.visions.current(copies.tandem.id) == \
        copies.b.visions.current(copies.tandem.id)

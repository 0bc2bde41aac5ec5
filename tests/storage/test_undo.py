"""Undo and redo of whole actions through the repositories (storage.undo)."""

from __future__ import annotations

import dataclasses

import pytest

from tandem_desktop.domain.records import Question, Task
from tandem_desktop.domain.tandem import Tandem
from tandem_desktop.storage import undo as undo_module
from tandem_desktop.storage.errors import NotFoundError
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.store import Store
from tests.conftest import make_tandem


def _task(store: Store, tandem: Tandem, title: str = "Book the train") -> Task:
    return store.tasks.add(Task(tandem_id=tandem.id, title=title, owner="assistant"))


def test_an_added_record_goes_to_the_trash_and_comes_back(store: Store, tandem: Tandem) -> None:
    task = _task(store, tandem)
    step = store.undo.next_undo(tandem.id)
    assert step is not None and [change.kind for change in step.changes] == ["added"]

    store.undo.undo(tandem.id)
    assert store.tasks.find(task.id) is None
    assert [t.id for t in store.tasks.for_tandem(tandem.id, deleted=True)] == [task.id]

    store.undo.redo(tandem.id)
    assert store.tasks.get(task.id).title == "Book the train"
    assert store.undo.next_redo(tandem.id) is None


def test_an_edit_is_taken_back_and_done_again(store: Store, tandem: Tandem) -> None:
    task = _task(store, tandem)
    store.tasks.change(task.id, title="Book the night train", priority="high")

    store.undo.undo(tandem.id)
    back = store.tasks.get(task.id)
    assert (back.title, back.priority) == ("Book the train", "normal")
    store.undo.redo(tandem.id)
    again = store.tasks.get(task.id)
    assert (again.title, again.priority) == ("Book the night train", "high")


def test_a_delete_and_a_restore_are_undone(store: Store, tandem: Tandem) -> None:
    task = _task(store, tandem)
    store.tasks.delete(task.id)
    store.undo.undo(tandem.id)
    assert store.tasks.get(task.id).deleted_at is None
    store.tasks.delete(task.id)
    store.tasks.restore(task.id)
    store.undo.undo(tandem.id)
    assert store.tasks.find(task.id) is None


def test_an_undone_edit_is_found_by_search_under_its_old_words(store: Store,
                                                               tandem: Tandem) -> None:
    question = store.questions.add(Question(tandem_id=tandem.id, text="May I book Köln?",
                                            asked_by="assistant", asked_on="2026-11-01"))
    store.questions.change(question.id, text="May I book Hamburg?")
    store.undo.undo(tandem.id)
    assert [line.id for line in store.questions.lines(tandem.id, "all", "koln")] == \
        [question.id]
    assert store.questions.lines(tandem.id, "all", "hamburg") == []


def test_one_transaction_is_one_step_and_is_undone_whole(store: Store, tandem: Tandem) -> None:
    first = _task(store, tandem, "First")
    with store.transaction():
        store.tasks.change(first.id, status="done", done_on="2026-11-29")
        second = _task(store, tandem, "Second")
    step = store.undo.next_undo(tandem.id)
    assert step is not None and len(step.changes) == 2

    store.undo.undo(tandem.id)
    assert store.tasks.get(first.id).status == "open"
    assert store.tasks.find(second.id) is None
    assert store.undo.next_undo(tandem.id) is not None  # the add of "First" is still there


def test_a_rolled_back_savepoint_leaves_nothing_to_undo(store: Store, tandem: Tandem) -> None:
    kept = _task(store, tandem, "Kept")
    before = store.undo.next_undo(tandem.id)
    with store.transaction():
        store.tasks.change(kept.id, title="Kept, renamed")
        with pytest.raises(RuntimeError), store.transaction():
            _task(store, tandem, "Gone")
            raise RuntimeError
    step = store.undo.next_undo(tandem.id)
    assert step is not before and step is not None
    assert [change.record_id for change in step.changes] == [kept.id]

    with pytest.raises(RuntimeError), store.transaction():
        store.tasks.change(kept.id, title="Never")
        raise RuntimeError
    assert store.undo.next_undo(tandem.id) is step


def test_each_tandem_has_its_own_stack(store: Store, tandem: Tandem) -> None:
    other = make_tandem(store, name="Second office")
    mine = _task(store, tandem)
    theirs = _task(store, other)
    store.undo.undo(tandem.id)
    assert store.tasks.find(mine.id) is None
    assert store.tasks.find(theirs.id) is not None


def test_a_new_action_ends_the_redo(store: Store, tandem: Tandem) -> None:
    task = _task(store, tandem)
    store.tasks.change(task.id, title="Renamed")
    store.undo.undo(tandem.id)
    assert store.undo.next_redo(tandem.id) is not None
    store.tasks.change(task.id, priority="high")
    assert store.undo.next_redo(tandem.id) is None


def test_the_stack_keeps_the_last_hundred_steps(store: Store, tandem: Tandem) -> None:
    task = _task(store, tandem, "0")
    for number in range(1, 151):
        store.tasks.change(task.id, title=str(number))
    undone = 0
    while store.undo.undo(tandem.id) is not None:
        undone += 1
    assert undone == undo_module.LIMIT
    assert store.tasks.get(task.id).title == "50"


def test_a_field_changed_since_keeps_its_newer_value(store: Store, tandem: Tandem) -> None:
    task = _task(store, tandem)
    store.tasks.change(task.id, title="Mine", priority="high")
    with store.undo.paused():  # as a partner's change arrives: not a step of its own
        store.tasks.change(task.id, title="The partner's")
    store.undo.undo(tandem.id)
    after = store.tasks.get(task.id)
    assert after.title == "The partner's"
    assert after.priority == "normal"


def test_a_record_deleted_for_good_cannot_be_undone(store: Store, tandem: Tandem) -> None:
    task = _task(store, tandem)
    store.tasks.change(task.id, title="Renamed")
    with store.undo.paused():
        store.tasks.delete(task.id)
        store.tasks.purge(task.id)
    with pytest.raises(undo_module.CannotUndoError):
        store.undo.undo(tandem.id)
    # The step is gone; the one before it (the add) is next and fails the same way.
    step = store.undo.next_undo(tandem.id)
    assert step is not None and step.changes[0].kind == "added"
    with pytest.raises(NotFoundError):
        store.tasks.get(task.id, include_deleted=True)


def test_bulk_inserts_are_no_step(store: Store, tandem: Tandem) -> None:
    store.tasks.add_many(Task(tandem_id=tandem.id, title=f"T{n}", owner="leader")
                         for n in range(5))
    assert store.undo.next_undo(tandem.id) is None


def test_creating_a_tandem_is_no_step(store: Store, tandem: Tandem) -> None:
    # Undoing it would take the tandem away from under the window, its redo with it.
    assert store.undo.next_undo(tandem.id) is None
    store.tandems.change(tandem.id, name="Front office")
    step = store.undo.next_undo(tandem.id)
    assert step is not None and step.changes[0].table == "tandem"


def test_an_undo_is_journalled_for_the_partner(store: Store, tandem: Tandem) -> None:
    task = _task(store, tandem)
    store.tasks.change(task.id, title="Renamed")
    journal = journal_of(store.database)
    assert journal is not None
    seen = journal.last_seq()
    store.undo.undo(tandem.id)
    changes = [change for _, change in journal.changes(after=seen)]
    assert [(c.record_id, c.field, c.value) for c in changes] == \
        [(task.id, "title", '"Book the train"')]


def test_undoing_an_add_sends_the_delete(store: Store, tandem: Tandem) -> None:
    task = _task(store, tandem)
    journal = journal_of(store.database)
    assert journal is not None
    seen = journal.last_seq()
    store.undo.undo(tandem.id)
    fields = [change.field for _, change in journal.changes(after=seen)]
    assert fields == ["deleted_at"]
    stored = store.tasks.get(task.id, include_deleted=True)
    assert dataclasses.replace(stored, deleted_at=None, updated_at=task.updated_at) == task

"""The Trash: restore, delete for good (never what others still refer to), empty."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Area, Question, Tandem, Task
from tandem_desktop.services import trash
from tandem_desktop.services.questions import agenda_items_of, delete_question, put_on_agenda
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.trash import StillReferencedError


def test_restoring_a_question_brings_its_agenda_item_back(store: Store, tandem: Tandem,
                                                          clock: FixedClock) -> None:
    question = store.questions.add(Question(tandem_id=tandem.id, text="Paper filing?",
                                            asked_by="assistant", asked_on="2026-11-20"))
    put_on_agenda(store, question.id, "assistant")
    delete_question(store, question.id)
    [entry] = [e for e in trash.deleted_records(store, tandem.id) if e.table == "question"]
    clock.advance(timedelta(minutes=5))
    trash.restore(store, entry)
    assert store.questions.get(question.id).deleted_at is None
    assert len(agenda_items_of(store, question.id)) == 1
    assert trash.deleted_records(store, tandem.id) == []


def test_purge_refuses_what_others_refer_to_and_empty_takes_children_first(
        store: Store, tandem: Tandem) -> None:
    area = store.areas.add(Area(tandem_id=tandem.id, name="Travel", owner="assistant"))
    task = store.tasks.add(Task(tandem_id=tandem.id, title="Book", owner="assistant",
                                area_id=area.id))
    store.areas.delete(area.id)
    store.tasks.delete(task.id)
    by_table = {e.table: e for e in trash.deleted_records(store, tandem.id)}
    with pytest.raises(StillReferencedError):
        trash.purge(store, by_table["area"])
    assert store.areas.get(area.id, include_deleted=True).deleted_at is not None
    assert trash.empty(store, tandem.id) == 2
    assert trash.deleted_records(store, tandem.id) == []

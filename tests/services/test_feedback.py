"""Feedback on the agenda: put on once, discussed with its items, deleted with them."""

from __future__ import annotations

from tandem_desktop.domain.records import AgendaItem, Feedback, Tandem
from tandem_desktop.services.feedback import delete_feedback, mark_discussed, put_on_agenda
from tandem_desktop.storage.store import Store

L2A = "leader_to_assistant"


def note(store: Store, tandem: Tandem, **values: object) -> Feedback:
    fields: dict[str, object] = {"direction": L2A, "given_on": "2026-11-20",
                                 "situation": "Board papers"}
    fields.update(values)
    return store.feedback.add(Feedback(tandem_id=tandem.id, **fields))  # type: ignore[arg-type]


def test_put_on_agenda_once_and_mark_discussed(store: Store, tandem: Tandem) -> None:
    entry = note(store, tandem)
    other = store.agenda.add(AgendaItem(tandem_id=tandem.id, text="Holiday cover",
                                        added_by="leader"))
    item = put_on_agenda(store, entry.id, "Feedback: papers", "assistant")
    assert (item.meeting_id, item.kind, item.source_kind, item.source_id) == (
        None, "feedback", "feedback", entry.id)
    assert item.position == other.position + 1
    again = put_on_agenda(store, entry.id, "Feedback: papers", "assistant")
    assert again.id == item.id
    assert store.feedback.on_agenda(tandem.id) == {entry.id}
    mark_discussed(store, entry.id)
    assert store.feedback.get(entry.id).status == "discussed"
    assert store.agenda.get(item.id).discussed
    assert store.feedback.on_agenda(tandem.id) == set()


def test_put_on_agenda_is_one_transaction(store: Store, tandem: Tandem) -> None:
    entry = note(store, tandem)
    heard: list[frozenset[str]] = []
    store.database.notifier.subscribe(heard.append)
    put_on_agenda(store, entry.id, "Feedback", "assistant")
    assert heard == [frozenset({"agenda_item"})]


def test_delete_takes_waiting_agenda_items_along(store: Store, tandem: Tandem) -> None:
    entry = note(store, tandem)
    item = put_on_agenda(store, entry.id, "Feedback", "assistant")
    delete_feedback(store, entry.id)
    assert store.agenda.find(item.id) is None
    assert store.feedback.find(entry.id) is None

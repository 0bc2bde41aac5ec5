"""A question on the agenda: put on once, answered from the discussed item, withdrawn, deleted."""

from __future__ import annotations

from datetime import timedelta

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Question, Tandem
from tandem_desktop.services.questions import (
    agenda_items_of,
    delete_question,
    on_agenda_discussed,
    put_on_agenda,
    restore_question,
    withdraw_question,
)
from tandem_desktop.storage.store import Store


def _ask(store: Store, tandem: Tandem, text: str, asked_on: str = "2026-11-20",
         **changes: object) -> Question:
    values: dict[str, object] = {"tandem_id": tandem.id, "text": text, "asked_by": "assistant",
                                 "asked_on": asked_on}
    values.update(changes)
    return store.questions.add(Question(**values))  # type: ignore[arg-type]


def test_put_on_agenda_once_and_answer_from_discussed_item(store: Store, tandem: Tandem) -> None:
    question = _ask(store, tandem, "Move the jour fixe?")
    item = put_on_agenda(store, question.id, "assistant")
    assert put_on_agenda(store, question.id, "assistant").id == item.id
    assert (item.meeting_id, item.kind, item.source_kind, item.source_id, item.added_by) == (
        None, "question", "question", question.id, "assistant")
    assert store.agenda.backlog(tandem.id) == [item]
    assert store.questions.lines(tandem.id, "open")[0].on_agenda
    # Discussed without an outcome: the question stays open.
    item = store.agenda.change(item.id, discussed=True)
    assert on_agenda_discussed(store, item) is None
    assert store.questions.get(question.id).status == "open"
    assert not store.questions.lines(tandem.id, "open")[0].on_agenda
    # Discussed with an outcome: the outcome becomes the answer.
    item = store.agenda.change(item.id, outcome="Yes, with a day's notice")
    answered = on_agenda_discussed(store, item)
    assert answered is not None
    stored = store.questions.get(question.id)
    assert (stored.status, stored.answer, stored.answered_on) == (
        "answered", "Yes, with a day's notice", "2026-11-29")
    # A second call changes nothing.
    assert on_agenda_discussed(store, item) is None


def test_discussed_item_from_elsewhere_is_ignored(store: Store, tandem: Tandem) -> None:
    from tandem_desktop.domain.records import AgendaItem

    item = store.agenda.add(AgendaItem(tandem_id=tandem.id, text="Holiday", added_by="leader",
                                       discussed=True, outcome="Fine"))
    assert on_agenda_discussed(store, item) is None


def test_delete_and_restore_take_the_agenda_item_along(store: Store, tandem: Tandem,
                                                       clock: FixedClock) -> None:
    question = _ask(store, tandem, "Paper filing?")
    put_on_agenda(store, question.id, "leader")
    delete_question(store, question.id)
    assert store.questions.lines(tandem.id, "open") == []
    assert [line.id for line in store.questions.lines(tandem.id, "deleted")] == [question.id]
    assert store.agenda.backlog(tandem.id) == []
    clock.advance(timedelta(minutes=5))
    restore_question(store, question.id)
    assert [line.id for line in store.questions.lines(tandem.id, "open")] == [question.id]
    assert len(agenda_items_of(store, question.id)) == 1


def test_withdraw_takes_it_off_the_agenda(store: Store, tandem: Tandem) -> None:
    question = _ask(store, tandem, "Still needed?")
    put_on_agenda(store, question.id, "assistant")
    withdraw_question(store, question.id)
    assert store.questions.get(question.id).status == "withdrawn"
    assert agenda_items_of(store, question.id) == []
    store.questions.reopen(question.id)
    assert store.questions.open_summary(tandem.id) == (1, "2026-11-20")

"""A question on its way through the agenda: put on, taken off, answered, withdrawn, deleted.

The rule that ties a discussed agenda item back to its question lives here
(``on_agenda_discussed``), so that whichever screen marks an item discussed gets
the same behaviour.
"""

from __future__ import annotations

from datetime import timedelta

from tandem_desktop.domain.clock import parse_stamp, utc_stamp
from tandem_desktop.domain.enums import AgendaKind, QuestionStatus
from tandem_desktop.domain.records import AgendaItem, Question
from tandem_desktop.storage.store import Store

# What agenda items that come from a question carry as source_kind.
SOURCE_KIND = "question"


def agenda_items_of(store: Store, question_id: str) -> list[AgendaItem]:
    """The agenda items that came from a question and are still waiting to be discussed."""
    return store.agenda.waiting_for(SOURCE_KIND, question_id)


def put_on_agenda(store: Store, question_id: str, added_by: str) -> AgendaItem:
    """Add a question to the backlog of the next check-in (once), in one transaction."""
    with store.transaction():
        question = store.questions.get(question_id)
        return store.agenda.add_to_backlog(
            question.tandem_id, question.text, AgendaKind.QUESTION.value, added_by,
            source_kind=SOURCE_KIND, source_id=question.id)


def take_off_agenda(store: Store, question_id: str) -> int:
    """Remove a question's undiscussed agenda items (soft); how many were removed."""
    with store.transaction():
        waiting = agenda_items_of(store, question_id)
        for item in waiting:
            store.agenda.delete(item.id)
    return len(waiting)


def on_agenda_discussed(store: Store, item: AgendaItem) -> Question | None:
    """Call after an agenda item was marked discussed: answers the question it came from.

    When the item came from a question (source_kind 'question'), is discussed and
    carries an outcome, the open question becomes answered with that outcome as its
    answer, dated today. Questions that are already answered or withdrawn keep
    their state. Returns the question when it changed.
    """
    if item.source_kind != SOURCE_KIND or not item.source_id:
        return None
    if not item.discussed or not item.outcome.strip():
        return None
    with store.transaction():
        question = store.questions.find(item.source_id)
        if question is None or question.status != QuestionStatus.OPEN:
            return None
        return store.questions.answer(
            question.id, item.outcome, store.database.clock.today().isoformat()
        )


def delete_question(store: Store, question_id: str) -> None:
    """Move a question to the Trash with the agenda items still waiting for it."""
    with store.transaction():
        take_off_agenda(store, question_id)
        store.questions.delete(question_id)


def restore_question(store: Store, question_id: str) -> Question:
    """Bring a question back, with the agenda items that went to the Trash with it."""
    with store.transaction():
        deleted = store.questions.get(question_id, include_deleted=True).deleted_at
        question = store.questions.restore(question_id)
        if deleted:
            # The items were stamped in the same transaction, within a second or two.
            since = utc_stamp(parse_stamp(deleted) - timedelta(seconds=5))
            for item in store.agenda.trashed_waiting_for(SOURCE_KIND, question_id,
                                                         since, deleted):
                store.agenda.restore(item.id)
        return question


def withdraw_question(store: Store, question_id: str) -> Question:
    """Withdraw a question; it no longer needs a place on the agenda."""
    with store.transaction():
        take_off_agenda(store, question_id)
        return store.questions.withdraw(question_id)

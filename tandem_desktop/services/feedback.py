"""Feedback on its way through the agenda: put on it, discussed, deleted with its items."""

from __future__ import annotations

from typing import Any

from tandem_desktop.domain.enums import AgendaKind, FeedbackStatus
from tandem_desktop.domain.records import AgendaItem, Feedback
from tandem_desktop.storage.feedback import SOURCE_KIND
from tandem_desktop.storage.store import Store


def put_on_agenda(store: Store, feedback_id: str, text: str, added_by: str) -> AgendaItem:
    """Add the entry to the backlog for the next check-in (once while it waits there)."""
    with store.transaction():
        entry = store.feedback.get(feedback_id)
        return store.agenda.add_to_backlog(
            entry.tandem_id, text, AgendaKind.FEEDBACK.value, added_by,
            source_kind=SOURCE_KIND, source_id=entry.id)


def mark_discussed(store: Store, feedback_id: str, meeting_id: str | None = None) -> Feedback:
    """The entry was talked about; agenda items still waiting for it are done too."""
    with store.transaction():
        changes: dict[str, Any] = {"status": FeedbackStatus.DISCUSSED.value}
        if meeting_id is not None:
            changes["meeting_id"] = meeting_id
        entry = store.feedback.change(feedback_id, **changes)
        for item in store.agenda.waiting_for(SOURCE_KIND, feedback_id):
            store.agenda.change(item.id, discussed=True)
    return entry


def delete_feedback(store: Store, feedback_id: str) -> None:
    """Move the entry to the Trash with the backlog items still waiting to discuss it."""
    with store.transaction():
        store.feedback.delete(feedback_id)
        for item in store.agenda.waiting_for(SOURCE_KIND, feedback_id):
            if item.meeting_id is None:
                store.agenda.delete(item.id)

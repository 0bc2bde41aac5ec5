"""The Trash of one tandem: list it, restore from it, delete for good, empty it."""

from __future__ import annotations

from tandem_desktop.services.questions import restore_question
from tandem_desktop.storage import trash
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.trash import StillReferencedError, TrashEntry


def deleted_records(store: Store, tandem_id: str) -> list[TrashEntry]:
    """What the tandem has in the Trash, newest deletion first."""
    return trash.deleted_records(store.database, tandem_id)


def restore(store: Store, entry: TrashEntry) -> None:
    """Bring a record back; a question brings back the agenda item deleted with it."""
    with store.transaction():
        if entry.table == "question":
            restore_question(store, entry.record_id)
            return
        store.repository_for(entry.table).restore(entry.record_id)


def purge(store: Store, entry: TrashEntry) -> None:
    """Delete a record for good; StillReferencedError while other records refer to it."""
    with store.transaction():
        trash.purge_for_good(store.repository_for(entry.table), entry.record_id)


def empty(store: Store, tandem_id: str) -> int:
    """Delete for good everything in the Trash that nothing else refers to; how many went."""
    removed = 0
    # Children before parents: retry until nothing more can go.
    while True:
        progress = False
        for entry in deleted_records(store, tandem_id):
            try:
                purge(store, entry)
            except StillReferencedError:
                continue
            removed += 1
            progress = True
        if not progress:
            return removed

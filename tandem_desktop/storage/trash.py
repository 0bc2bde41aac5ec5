"""The Trash: deleted records of one tandem across every kind, newest first."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.store import Store

# The column that names a record of each kind in the Trash.
LABEL_COLUMNS: dict[str, str] = {
    "question": "text",
    "access_item": "title",
    "checkin_series": "title",
    "meeting": "starts_at",
    "agenda_item": "text",
    "task": "title",
    "agreement": "text",
    "feedback": "situation || ' ' || behaviour || ' ' || impact || ' ' || request",
    "feedback_prompt": "text",
    "area": "name",
    "decision_rule": "decision",
    "level_change": "changed_on",
    "vision": "statement",
    "goal": "title",
    "goal_rule": "goal_id",
    "health_check": "taken_on",
}


@dataclass(frozen=True)
class TrashEntry:
    table: str
    record_id: str
    label: str
    deleted_at: str


class StillReferencedError(ValidationError):
    """Deleting for good would leave other records pointing at nothing."""


def deleted_records(store: Store, tandem_id: str, limit: int = 5000) -> list[TrashEntry]:
    parts = [
        f"SELECT '{table}' AS tbl, id, substr(trim({column}), 1, 300) AS label, deleted_at "
        f"FROM {table} WHERE tandem_id = :tandem AND deleted_at IS NOT NULL"
        for table, column in LABEL_COLUMNS.items()
    ]
    sql = " UNION ALL ".join(parts) + f" ORDER BY deleted_at DESC LIMIT {int(limit)}"
    rows = store.database.query(sql, {"tandem": tandem_id})
    return [TrashEntry(row["tbl"], row["id"], row["label"] or "", row["deleted_at"])
            for row in rows]


def restore(store: Store, entry: TrashEntry) -> None:
    if entry.table == "question":
        # A question brings back the agenda item that was deleted with it.
        from tandem_desktop.services.questions import restore_question

        restore_question(store, entry.record_id)
        return
    store.repository_for(entry.table).restore(entry.record_id)


def purge(store: Store, entry: TrashEntry) -> None:
    try:
        store.repository_for(entry.table).purge(entry.record_id)
    except sqlite3.IntegrityError as error:
        raise StillReferencedError(
            "id", "other records still refer to this one; delete those first"
        ) from error


def empty(store: Store, tandem_id: str) -> int:
    """Delete for good everything in the Trash that nothing else refers to."""
    removed = 0
    # Children before parents: retry until nothing more can go.
    while True:
        progress = False
        for entry in deleted_records(store, tandem_id):
            try:
                with store.transaction():
                    purge(store, entry)
            except StillReferencedError:
                continue
            removed += 1
            progress = True
        if not progress:
            return removed

"""The Trash: deleted records of one tandem across every kind, newest first.

Restoring and deleting for good are use cases: ``services.trash``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from tandem_desktop.storage.database import Database
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.repository import Repository

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


def deleted_records(database: Database, tandem_id: str, limit: int = 5000) -> list[TrashEntry]:
    """What the tandem has in the Trash, newest deletion first."""
    parts = [
        f"SELECT '{table}' AS tbl, id, substr(trim({column}), 1, 300) AS label, deleted_at "
        f"FROM {table} WHERE tandem_id = :tandem AND deleted_at IS NOT NULL"
        for table, column in LABEL_COLUMNS.items()
    ]
    sql = " UNION ALL ".join(parts) + f" ORDER BY deleted_at DESC LIMIT {int(limit)}"
    rows = database.query(sql, {"tandem": tandem_id})
    return [TrashEntry(row["tbl"], row["id"], row["label"] or "", row["deleted_at"])
            for row in rows]


def purge_for_good(repository: Repository[Any], record_id: str) -> None:
    """Delete one record in the Trash for good; StillReferencedError while others need it."""
    try:
        repository.purge(record_id)
    except sqlite3.IntegrityError as error:
        raise StillReferencedError(
            "id", "other records still refer to this one; delete those first"
        ) from error

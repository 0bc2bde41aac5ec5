"""The conflict rows the merge leaves: listed per tandem, counted, resolved but never deleted."""

from __future__ import annotations

from datetime import timedelta

from tandem_desktop.storage import conflicts
from tests.conftest import make_tandem
from tests.services.partners import partners
from tests.storage.copies import send


def test_open_conflicts_are_listed_counted_and_marked_resolved() -> None:
    made = partners()
    made.both_edit_notes("Aisle", "Window")
    made.both_edit_notes("Aisle, please", "Window, please")
    send(made.theirs, made.mine)  # only the newest of their edits counts: one conflict
    database = made.mine.database
    [row] = conflicts.open_conflicts(database, made.tandem.id)
    assert (row.kind, row.record_id, row.field) == ("task", made.task.id, "notes")
    assert (row.kept, row.lost) == ("Window, please", "Aisle, please")
    assert conflicts.count_open(database, made.tandem.id) == 1
    assert conflicts.count_open(database, make_tandem(made.mine, name="Other").id) == 0

    made.my_clock.advance(timedelta(minutes=3))
    conflicts.mark_resolved(database, row.number)
    conflicts.mark_resolved(database, row.number)  # a second time changes nothing

    assert conflicts.count_open(database, made.tandem.id) == 0
    resolved = conflicts.find_conflict(database, row.number)
    assert resolved is not None and resolved.resolved_at == "2026-11-29T10:05:00Z"
    assert (resolved.kept, resolved.lost) == ("Window, please", "Aisle, please")
    assert conflicts.find_conflict(database, 999) is None


def test_a_record_is_named_by_its_label_column() -> None:
    made = partners()
    database = made.mine.database
    assert conflicts.record_label(database, "task", made.task.id) == "Book the flights"
    assert conflicts.record_label(database, "tandem", made.tandem.id) == "Office"
    assert conflicts.record_label(database, "task", "no such id") is None
    assert conflicts.record_label(database, "no_such_kind", made.task.id) is None

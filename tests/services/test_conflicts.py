"""Reviewing a text that lost a concurrent edit: keep it, take the other, or combine both."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tandem_desktop.services import conflicts
from tandem_desktop.services.conflicts import RecordState
from tandem_desktop.storage import conflicts as stored
from tandem_desktop.storage.errors import NotFoundError, ValidationError
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.search import search_everything
from tandem_desktop.storage.sync_state import SyncState
from tests.services.partners import Partners, add_series, partners
from tests.storage.copies import changes_of, problems, send


@pytest.fixture
def pair() -> Partners:
    made = partners()
    made.both_edit_notes("Economy, aisle seat", "Economy, window seat")
    send(made.theirs, made.mine)
    return made


def _notes(pair: Partners) -> tuple[str, str]:
    return (pair.mine.tasks.get(pair.task.id).notes, pair.theirs.tasks.get(pair.task.id).notes)


def test_the_text_that_lost_waits_with_both_versions_who_and_when(pair: Partners) -> None:
    [conflict] = conflicts.open_conflicts(pair.mine, pair.tandem.id)
    assert conflicts.count_open(pair.mine, pair.tandem.id) == 1
    assert (conflict.kind, conflict.field, conflict.label) == ("task", "notes", "Book the flights")
    assert conflict.state is RecordState.LIVE and conflict.can_change
    assert conflict.current.text == "Economy, window seat"
    assert not conflict.current.by_this_device
    assert conflict.other.text == "Economy, aisle seat"
    assert conflict.other.by_this_device
    assert conflict.current.device == journal_of(pair.theirs.database).device.id  # type: ignore[union-attr]
    assert conflict.current.written_at == datetime(2026, 11, 29, 10, 2, tzinfo=UTC)
    assert conflict.other.written_at == datetime(2026, 11, 29, 10, 1, tzinfo=UTC)
    assert conflict.combined == "Economy, window seat\n\nEconomy, aisle seat"
    # The partner's copy kept its own text: nothing to review there.
    assert conflicts.count_open(pair.theirs, pair.tandem.id) == 0


def test_keeping_the_current_version_marks_it_resolved_and_keeps_the_row(pair: Partners) -> None:
    [conflict] = conflicts.open_conflicts(pair.mine, pair.tandem.id)
    journalled = len(changes_of(pair.mine))
    heard: list[frozenset[str]] = []
    pair.mine.database.notifier.subscribe(heard.append)

    conflicts.keep_current(pair.mine, conflict.number)

    assert conflicts.open_conflicts(pair.mine, pair.tandem.id) == []
    row = stored.find_conflict(pair.mine.database, conflict.number)
    assert row is not None and row.resolved_at == "2026-11-29T10:01:00Z"
    assert row.lost == "Economy, aisle seat"
    assert len(changes_of(pair.mine)) == journalled  # nothing to tell the partner
    assert heard == [frozenset({"sync_conflict"})]
    with pytest.raises(NotFoundError):
        conflicts.keep_current(pair.mine, conflict.number)


def test_taking_the_other_version_is_an_edit_the_partner_receives(pair: Partners) -> None:
    [conflict] = conflicts.open_conflicts(pair.mine, pair.tandem.id)
    pair.my_clock.advance(timedelta(minutes=5))

    conflicts.take_other(pair.mine, conflict.number)

    assert pair.mine.tasks.get(pair.task.id).notes == "Economy, aisle seat"
    assert conflicts.count_open(pair.mine, pair.tandem.id) == 0
    report = send(pair.mine, pair.theirs)
    assert report.conflicts == 0  # made after seeing their text: no new conflict there
    assert _notes(pair) == ("Economy, aisle seat", "Economy, aisle seat")
    assert problems(pair.mine) == [] and problems(pair.theirs) == []


def test_a_combined_text_is_saved_journalled_and_searchable(pair: Partners) -> None:
    [conflict] = conflicts.open_conflicts(pair.mine, pair.tandem.id)
    pair.my_clock.advance(timedelta(minutes=5))

    conflicts.save_combined(pair.mine, conflict.number, "Economy, aisle or window seat")

    assert conflicts.count_open(pair.mine, pair.tandem.id) == 0
    send(pair.mine, pair.theirs)
    assert _notes(pair) == ("Economy, aisle or window seat", "Economy, aisle or window seat")
    [group] = search_everything(pair.mine.database, pair.tandem.id, "aisle window")
    assert [hit.id for hit in group.hits] == [pair.task.id]


def test_a_refused_text_changes_nothing() -> None:
    made = partners()
    made.my_clock.advance(timedelta(minutes=1))
    made.mine.tasks.change(made.task.id, title="Book the trains")
    made.their_clock.advance(timedelta(minutes=2))
    made.theirs.tasks.change(made.task.id, title="Book the bus")
    send(made.theirs, made.mine)
    [conflict] = conflicts.open_conflicts(made.mine, made.tandem.id)
    assert conflict.field == "title"
    journalled = len(changes_of(made.mine))

    with pytest.raises(ValidationError):
        conflicts.save_combined(made.mine, conflict.number, "   ")

    assert made.mine.tasks.get(made.task.id).title == "Book the bus"
    assert conflicts.count_open(made.mine, made.tandem.id) == 1
    assert len(changes_of(made.mine)) == journalled


def test_a_record_in_the_trash_or_gone_for_good_can_only_be_kept(pair: Partners) -> None:
    [conflict] = conflicts.open_conflicts(pair.mine, pair.tandem.id)
    pair.mine.tasks.delete(pair.task.id)
    [in_trash] = conflicts.open_conflicts(pair.mine, pair.tandem.id)
    assert in_trash.state is RecordState.IN_TRASH and not in_trash.can_change
    with pytest.raises(ValidationError):
        conflicts.take_other(pair.mine, conflict.number)

    pair.mine.tasks.purge(pair.task.id)
    [gone] = conflicts.open_conflicts(pair.mine, pair.tandem.id)
    assert gone.state is RecordState.GONE and gone.label == ""
    assert (gone.current.text, gone.other.text) == ("Economy, window seat", "Economy, aisle seat")
    conflicts.keep_current(pair.mine, conflict.number)
    assert conflicts.count_open(pair.mine, pair.tandem.id) == 0


def test_a_list_of_lines_is_shown_and_saved_as_lines() -> None:
    made = partners()
    series = add_series(made.mine, made.tandem.id, ["Priorities"])
    send(made.mine, made.theirs)
    made.my_clock.advance(timedelta(minutes=1))
    made.mine.series.change(series.id, standing_items=["Priorities", "Travel"])
    made.their_clock.advance(timedelta(minutes=2))
    made.theirs.series.change(series.id, standing_items=["Priorities", "Budget"])
    send(made.theirs, made.mine)
    [conflict] = conflicts.open_conflicts(made.mine, made.tandem.id)
    assert (conflict.current.text, conflict.other.text) == ("Priorities\nBudget",
                                                            "Priorities\nTravel")

    conflicts.save_combined(made.mine, conflict.number, "Priorities\nBudget\n\n Travel ")

    assert made.mine.series.get(series.id).standing_items == ["Priorities", "Budget", "Travel"]

    # Taking the other version of a list puts the list back, not its JSON text.
    made.their_clock.advance(timedelta(minutes=10))
    made.theirs.series.change(series.id, standing_items=["Budget"])
    send(made.theirs, made.mine)
    [again] = conflicts.open_conflicts(made.mine, made.tandem.id)
    conflicts.take_other(made.mine, again.number)
    assert made.mine.series.get(series.id).standing_items == ["Priorities", "Budget", "Travel"]


def test_conflicts_belong_to_their_tandem(pair: Partners) -> None:
    from tests.conftest import make_tandem

    other = make_tandem(pair.mine, name="Second client")
    assert conflicts.count_open(pair.mine, other.id) == 0
    assert conflicts.open_conflicts(pair.mine, other.id) == []


def test_a_device_is_named_as_the_shared_folder_names_it(pair: Partners) -> None:
    their_device = journal_of(pair.theirs.database).device.id  # type: ignore[union-attr]
    state = SyncState(pair.mine.database)
    state.start_sharing(pair.tandem.id, "/shared/Office", b"k" * 32)
    state.saw(pair.tandem.id, their_device, "Claudia's laptop", "2026-11-29T10:03:00Z")
    [conflict] = conflicts.open_conflicts(pair.mine, pair.tandem.id)
    assert (conflict.current.device, conflict.current.device_name) == (
        their_device, "Claudia's laptop")
    assert conflict.other.device_name == ""  # this computer

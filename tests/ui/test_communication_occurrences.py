"""One check-in through the window: cancel, move, undo, change the series from here, and a
one-off meeting; each checked in the upcoming list, the database and the exported .ics."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from tandem_desktop.ui.communication.occurrence_dialogs import in_zone_note
from tandem_desktop.ui.communication.tab import CommunicationTab
from tandem_desktop.ui.dates import when_text
from tandem_desktop.ui.main_window import MainWindow
from tests.ui.conftest import click_ok
from tests.ui.test_communication_meeting import weekly
from tests.ui.test_communication_series import comm_tab


def _select(tab: CommunicationTab, row: int) -> None:
    tab.show_page(0)
    tab.checkins.refresh()
    tab.checkins.occurrence_view.selectRow(row)


def _state(tab: CommunicationTab, row: int) -> str:
    return str(tab.checkins.occurrence_model.index(row, 3).data())


def _export(tab: CommunicationTab, tmp_path: Path) -> str:
    path = tmp_path / "tandem.ics"
    assert tab.checkins.export(None, path) >= 1
    return path.read_text()


def test_cancel_move_undo_split_and_one_off(qtbot: QtBot, window: MainWindow,
                                             tmp_path: Path) -> None:
    store = window.context.store
    series = weekly(window, "2026-11-30T09:00")  # Mondays, the clock stands on 2026-11-29
    tab = comm_tab(window)

    # Cancel the first check-in with a note.
    _select(tab, 0)
    qtbot.mouseClick(tab.checkins.cancel_button, Qt.MouseButton.LeftButton)
    dialog = tab.checkins.dialog
    qtbot.keyClicks(dialog.note, "Public holiday")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: _state(tab, 0) == "Cancelled: Public holiday")
    [cancelled] = store.meetings.list()
    assert (cancelled.status, cancelled.occurrence_start, cancelled.cancel_note) == (
        "cancelled", "2026-11-30T08:00:00Z", "Public holiday")
    assert not tab.checkins.open_button.isEnabled()
    assert "EXDATE;TZID=Europe/Berlin:20261130T090000" in _export(tab, tmp_path)

    # Undo brings it back into its slot.
    qtbot.mouseClick(tab.checkins.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _state(tab, 0) in ("Prepared", ""))
    assert store.meetings.get(cancelled.id).status == "planned"
    assert "EXDATE" not in _export(tab, tmp_path)

    # Move the second check-in to Tuesday 14:00 for 45 minutes.
    _select(tab, 1)
    qtbot.mouseClick(tab.checkins.move_button, Qt.MouseButton.LeftButton)
    dialog = tab.checkins.dialog
    dialog.day.setDate(QDate(2026, 12, 8))
    dialog.time.setTime(QTime(14, 0))
    dialog.duration.setValue(45)
    click_ok(qtbot, dialog)
    moved = store.meetings.for_slot(series.id, "2026-12-07T08:00:00Z")
    assert moved is not None
    assert (moved.starts_at, moved.duration_minutes) == ("2026-12-08T13:00:00Z", 45)
    qtbot.waitUntil(lambda: _state(tab, 1).startswith("Moved from"))
    assert "45 min" in str(tab.checkins.occurrence_model.index(1, 2).data())
    text = _export(tab, tmp_path)
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20261207T090000" in text
    assert "DTSTART;TZID=Europe/Berlin:20261208T140000" in text

    # Undo the move.
    _select(tab, 1)
    qtbot.mouseClick(tab.checkins.undo_button, Qt.MouseButton.LeftButton)
    assert store.meetings.get(moved.id).starts_at == "2026-12-07T08:00:00Z"
    assert "RECURRENCE-ID" not in _export(tab, tmp_path)

    # Change the series from the third check-in on: 10:00 from then, the old one ends.
    store.meetings.change(cancelled.id, status="held")
    _select(tab, 1)
    qtbot.mouseClick(tab.checkins.split_button, Qt.MouseButton.LeftButton)
    dialog = tab.checkins.dialog
    dialog.first_time.setTime(QTime(10, 0))
    click_ok(qtbot, dialog)
    both = store.series.list()
    assert len(both) == 2
    old = store.series.get(series.id)
    new = next(s for s in both if s.id != series.id)
    assert "UNTIL=20261207T075959Z" in old.rrule
    assert new.first_start == "2026-12-07T10:00"
    assert store.meetings.get(cancelled.id).series_id == series.id  # held: stays
    tab.checkins.refresh()
    rows = tab.checkins.occurrence_model.rows
    assert (rows[1].series.id, rows[1].start.isoformat()) == (new.id, "2026-12-07T09:00:00+00:00")
    assert _export(tab, tmp_path).count("RRULE:") == 2

    # A one-off meeting stands with the check-ins and in the calendar file.
    qtbot.mouseClick(tab.checkins.one_off_button, Qt.MouseButton.LeftButton)
    dialog = tab.checkins.dialog
    qtbot.keyClicks(dialog.title, "Trade fair")
    dialog.day.setDate(QDate(2026, 12, 2))
    dialog.time.setTime(QTime(13, 0))
    click_ok(qtbot, dialog)
    [one_off] = [m for m in store.meetings.list() if m.series_id is None]
    tab.show_page(0)
    texts = [tab.checkins.occurrence_model.index(row, 1).data()
             for row in range(tab.checkins.occurrence_model.rowCount())]
    assert "One-off: Trade fair" in texts
    assert f"UID:{one_off.id}@tandem" in _export(tab, tmp_path)


def test_the_dialogs_name_their_buttons_and_the_series_zone(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:

    weekly(window, "2026-11-30T09:00")  # Mondays 09:00 Berlin
    tab = comm_tab(window)
    _select(tab, 0)
    qtbot.mouseClick(tab.checkins.cancel_button, Qt.MouseButton.LeftButton)
    box = tab.checkins.dialog.findChild(QDialogButtonBox)
    # "Cancel" would answer both ways in a dialog that cancels a check-in.
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Cancel check-in"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Keep check-in"
    tab.checkins.dialog.reject()
    qtbot.mouseClick(tab.checkins.move_button, Qt.MouseButton.LeftButton)
    dialog = tab.checkins.dialog
    assert dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Ok).text() == "Move"
    start = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    assert dialog.findChildren(QLabel)[0].text().endswith(
        when_text(start) + in_zone_note(start, "Europe/Berlin"))
    dialog.reject()

    # Away from Berlin the heading says the time there too, as the fields below do.
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        assert in_zone_note(start, "Europe/Berlin") == " (09:00 Europe/Berlin)"
        late = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)  # Tuesday 00:30 in Berlin
        assert in_zone_note(late, "Europe/Berlin") == " (2026-12-01 00:30 Europe/Berlin)"
        assert in_zone_note(start, "America/New_York") == ""
        assert in_zone_note(start, "") == ""
    finally:
        monkeypatch.undo()
        time.tzset()

"""Check-in series as a user creates, edits, pauses and exports them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot

from tandem_desktop.domain.records import CheckInSeries
from tandem_desktop.ui.communication.series import SeriesDialog
from tandem_desktop.ui.communication.tab import CommunicationTab
from tandem_desktop.ui.main_window import MainWindow
from tests.ui.conftest import click_ok

HTML = '<b>x</b><img src="http://127.0.0.1/x">'


def comm_tab(window: MainWindow) -> CommunicationTab:
    window.tabs.setCurrentIndex(2)
    tab = window.step_tabs[2]
    assert isinstance(tab, CommunicationTab)
    return tab


def pick(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def new_dialog(qtbot: QtBot, tab: CommunicationTab) -> SeriesDialog:
    qtbot.mouseClick(tab.checkins.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.checkins.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def series_texts(tab: CommunicationTab, column: int) -> list[str]:
    model = tab.checkins.series_model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_create_weekly_series_shows_rhythm_and_upcoming(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    tab = comm_tab(window)
    assert tab.checkins.empty_hint.isVisible()
    dialog = new_dialog(qtbot, tab)
    qtbot.keyClicks(dialog.title_edit, "Weekly " + HTML)
    pick(dialog.cadence, "weekly")
    for box in dialog.weekday_boxes:
        box.setChecked(False)
    qtbot.mouseClick(dialog.weekday_boxes[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.weekday_boxes[3], Qt.MouseButton.LeftButton)
    dialog.first_date.setDate(QDate(2026, 11, 30))
    dialog.first_time.setTime(QTime(9, 0))
    dialog.time_zone.setCurrentText("Europe/Berlin")
    pick(dialog.channel, "phone")
    qtbot.keyClicks(dialog.standing, "Priorities")
    qtbot.keyClick(dialog.standing, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.standing, "Blockers")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    stored = window.context.store.series.list()
    assert len(stored) == 1
    series = stored[0]
    assert (series.rrule, series.first_start, series.time_zone, series.channel) == (
        "FREQ=WEEKLY;BYDAY=MO,TH", "2026-11-30T09:00", "Europe/Berlin", "phone")
    assert series.standing_items == ["Priorities", "Blockers"]
    assert series_texts(tab, 0) == ["Weekly " + HTML]
    assert "Monday" in series_texts(tab, 1)[0] and "Thursday" in series_texts(tab, 1)[0]
    upcoming = tab.checkins.occurrence_model
    assert upcoming.rowCount() >= 10
    assert upcoming.rows[0].start.isoformat() == "2026-11-30T08:00:00+00:00"


def test_monthly_last_friday_and_edit(qtbot: QtBot, window: MainWindow) -> None:
    tab = comm_tab(window)
    dialog = new_dialog(qtbot, tab)
    qtbot.keyClicks(dialog.title_edit, "Planning")
    pick(dialog.cadence, "monthly_weekday")
    pick(dialog.nth, -1)
    pick(dialog.weekday, 4)
    dialog.first_date.setDate(QDate(2026, 12, 1))
    click_ok(qtbot, dialog)
    series = window.context.store.series.list()[0]
    assert series.rrule == "FREQ=MONTHLY;BYDAY=-1FR"
    # The first start moved to the first date the rule produces.
    assert series.first_start.startswith("2026-12-25")
    tab.checkins.series_view.selectRow(0)
    qtbot.mouseClick(tab.checkins.edit_button, Qt.MouseButton.LeftButton)
    editor = tab.checkins.dialog
    assert editor is not None and editor.title_edit.text() == "Planning"
    assert editor.cadence.currentData() == "monthly_weekday"
    editor.duration.setValue(45)
    click_ok(qtbot, editor)
    assert window.context.store.series.get(series.id).duration_minutes == 45


def test_bad_input_gets_a_message_at_the_field(qtbot: QtBot, window: MainWindow) -> None:
    tab = comm_tab(window)
    dialog = new_dialog(qtbot, tab)
    click_ok(qtbot, dialog)
    assert dialog.title_error.isVisible()
    qtbot.keyClicks(dialog.title_edit, "Custom")
    pick(dialog.cadence, "custom")
    qtbot.keyClicks(dialog.custom, "FREQ=SOMETIMES")
    click_ok(qtbot, dialog)
    assert dialog.rule_error.isVisible() and dialog.isVisible()
    dialog.custom.setText("FREQ=WEEKLY;INTERVAL=3;BYDAY=WE")
    dialog.duration.setValue(0)
    click_ok(qtbot, dialog)
    assert dialog.duration_error.isVisible()
    assert not dialog.rule_error.isVisible()
    dialog.duration.setValue(30)
    dialog.has_end.setChecked(True)
    dialog.end_date.setDate(dialog.first_date.date().addDays(-3))
    click_ok(qtbot, dialog)
    assert dialog.end_error.isVisible()
    assert window.context.store.series.count() == 0
    dialog.end_date.setDate(dialog.first_date.date().addDays(60))
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    stored = window.context.store.series.list()[0]
    assert stored.rrule.startswith("FREQ=WEEKLY;INTERVAL=3;BYDAY=WE;UNTIL=")


def add_series(window: MainWindow, **changes: object) -> CheckInSeries:
    values: dict[str, object] = {
        "tandem_id": window.context.tandem_id, "title": "Weekly", "rrule": "FREQ=WEEKLY;BYDAY=MO",
        "first_start": "2026-11-02T09:00", "time_zone": "Europe/Berlin"}
    values.update(changes)
    return window.context.store.series.add(CheckInSeries(**values))  # type: ignore[arg-type]


def test_pause_resume_and_export(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    series = add_series(window)
    tab = comm_tab(window)
    qtbot.waitUntil(lambda: tab.checkins.series_model.rowCount() == 1)
    tab.checkins.series_view.selectRow(0)
    qtbot.mouseClick(tab.checkins.pause_button, Qt.MouseButton.LeftButton)
    assert window.context.store.series.get(series.id).active is False
    assert series_texts(tab, 4) == ["Paused"]
    assert series_texts(tab, 2) == ["—"]
    assert tab.checkins.occurrence_model.rowCount() == 0
    assert tab.checkins.pause_button.text() == "Resume"
    qtbot.mouseClick(tab.checkins.pause_button, Qt.MouseButton.LeftButton)
    assert window.context.store.series.get(series.id).active is True
    menu = tab.checkins.series_menu(window.context.store.series.get(series.id))
    texts = [action.text() for action in menu.actions()]
    assert "Export to calendar…" in texts
    target = tmp_path / "weekly.ics"
    assert tab.checkins.export(window.context.store.series.get(series.id), target) == 1
    assert b"RRULE:FREQ=WEEKLY;BYDAY=MO" in target.read_bytes()


def test_series_from_new_menu_and_show_record(qtbot: QtBot, window: MainWindow) -> None:
    tab = comm_tab(window)
    actions = {action.text(): action for action in tab.new_actions()}
    assert set(actions) == {"Task…", "Agenda topic…", "Check-in series…"}
    window.tabs.setCurrentIndex(0)
    actions["Check-in series…"].trigger()
    assert window.tabs.currentIndex() == 2
    dialog = tab.checkins.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    series = add_series(window, title="Other")
    window.tabs.setCurrentIndex(0)
    window.show_record("checkin_series", series.id)
    assert window.tabs.currentIndex() == 2
    assert tab.checkins.current_series() is not None
    assert tab.checkins.current_series().id == series.id  # type: ignore[union-attr]

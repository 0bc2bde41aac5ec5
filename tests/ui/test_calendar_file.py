"""Settings ▸ calendar file: one .ics in a chosen folder, kept up to date after every
change, written under a temporary name; a vanished or unwritable folder is told once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tandem_desktop.services import occurrences
from tandem_desktop.services.schedule import upcoming
from tandem_desktop.ui.communication.calendar_file import CALENDAR_FILE_NAME
from tandem_desktop.ui.communication.tab import CommunicationTab
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import click_ok
from tests.ui.test_communication_meeting import weekly


def _tab(window: MainWindow) -> CommunicationTab:
    tab = window.step_tabs[2]
    assert isinstance(tab, CommunicationTab)
    return tab


def _settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_calendar_file_follows_every_change(qtbot: QtBot, window: MainWindow,
                                            tmp_path: Path) -> None:
    store, tab = window.context.store, _tab(window)
    folder = tmp_path / "subscribed"
    folder.mkdir()
    path = folder / CALENDAR_FILE_NAME
    series = weekly(window, "2026-11-30T09:00")

    # A folder that does not exist is refused in the dialog.
    dialog = _settings(qtbot, window)
    qtbot.keyClicks(dialog.calendar_folder, str(tmp_path / "nowhere"))
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.calendar_error.text().startswith("There is no folder")
    assert not str(window.context.settings.value("calendar/folder", ""))
    # The right one is taken, and the file is there at once.
    dialog.calendar_folder.clear()
    qtbot.keyClicks(dialog.calendar_folder, str(folder))
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert window.context.settings.value("calendar/folder") == str(folder)
    qtbot.waitUntil(path.exists)
    text = path.read_text()
    assert "SUMMARY:Weekly" in text and "EXDATE" not in text
    assert [p.name for p in folder.iterdir()] == [CALENDAR_FILE_NAME]  # no temporary left

    # Cancel a check-in through the window: the file follows.
    tab.show_page(0)
    tab.checkins.refresh()
    tab.checkins.occurrence_view.selectRow(0)
    qtbot.mouseClick(tab.checkins.cancel_button, Qt.MouseButton.LeftButton)
    click_ok(qtbot, tab.checkins.dialog)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "EXDATE;TZID=Europe/Berlin:20261130T090000" in path.read_text())
    assert store.meetings.list()[0].status == "cancelled"

    # The folder vanishes: one notice that does not block, and nothing breaks.
    path.unlink()
    folder.rmdir()
    now = window.context.clock.now()
    second = upcoming(store, window.context.tandem_id, now, now + timedelta(days=30))[0]
    occurrences.cancel(store, second, "Trade fair")
    qtbot.waitUntil(lambda: tab.reminders.banner is not None and any(
        "is not there any more" in text for text in tab.reminders.banner.texts))
    banner = tab.reminders.banner
    assert banner is not None
    told = [text for text in banner.texts if text.startswith("Calendar file")]
    assert len(told) == 1 and str(folder) in told[0]
    assert not folder.exists()  # not made again behind the user's back
    moved_away = store.meetings.for_slot(series.id, "2026-12-07T08:00:00Z")
    assert moved_away is not None and moved_away.status == "cancelled"
    occurrences.restore(store, moved_away.id)
    assert len([t for t in banner.texts if t.startswith("Calendar file")]) == 1  # said once
    assert store.meetings.list()  # the changes themselves were saved

    # A folder that cannot take the file (here its name is taken by a folder): told.
    folder.mkdir()
    (folder / CALENDAR_FILE_NAME).mkdir()
    store.series.change(store.series.list()[0].id, title="Weekly call")
    qtbot.waitUntil(lambda: any("could not be written" in text for text in banner.texts))
    # Back to normal once it can be written again.
    (folder / CALENDAR_FILE_NAME).rmdir()
    store.series.change(store.series.list()[0].id, title="Weekly sync")
    qtbot.waitUntil(lambda: path.exists() and "SUMMARY:Weekly sync" in path.read_text())

    # Emptying the field keeps no file any more.
    dialog = _settings(qtbot, window)
    assert dialog.calendar_folder.text() == str(folder)
    dialog.calendar_folder.clear()
    click_ok(qtbot, dialog)
    path.unlink()
    store.series.change(store.series.list()[0].id, title="Weekly again")
    assert tab.calendar_file.write_now() is None
    assert not path.exists()

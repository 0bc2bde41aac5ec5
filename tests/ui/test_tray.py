"""With "keep running in the tray" the window hides on close; File ▸ Quit still quits."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.settings_dialog import SettingsDialog
from tandem_desktop.ui.tray import KEEP_RUNNING_KEY


@pytest.fixture
def tray(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> QSystemTrayIcon:
    icon = QSystemTrayIcon(window)
    # The offscreen platform has no tray; pretend the icon is showing.
    monkeypatch.setattr(QSystemTrayIcon, "isVisible", lambda self: True)
    return icon


def test_closing_hides_into_the_tray_when_chosen(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                 tray: QSystemTrayIcon) -> None:
    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.keep_in_tray.setEnabled(True)  # no tray offscreen: the box starts disabled
    dialog.keep_in_tray.setChecked(True)
    dialog.save()
    assert str(window.context.settings.value(KEEP_RUNNING_KEY)).lower() == "true"
    window.close()
    assert not window.isVisible()
    assert not window._quitting  # hidden, still running
    comm = window.step_tabs[2]
    assert comm.reminders.timer.isActive()  # type: ignore[attr-defined]


def test_quit_closes_for_good_and_stops_reminders(window: MainWindow,
                                                  tray: QSystemTrayIcon) -> None:
    window.context.settings.setValue(KEEP_RUNNING_KEY, True)
    comm = window.step_tabs[2]
    window.quit_app()
    assert not window.isVisible()
    assert not comm.reminders.timer.isActive()  # type: ignore[attr-defined]


def test_without_the_setting_closing_closes(window: MainWindow,
                                            tray: QSystemTrayIcon) -> None:
    comm = window.step_tabs[2]
    window.close()
    assert not comm.reminders.timer.isActive()  # type: ignore[attr-defined]

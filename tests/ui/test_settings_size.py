"""Settings ▸ Preferences on a small screen: at its natural size it fits 1280×800, in
German and with every section filled (a shared tandem, partner devices, a calendar
folder); where the screen is smaller still, it scrolls and squeezes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot

from tandem_desktop.exchange.syncfolder.rounds import share
from tandem_desktop.storage.sync_state import SyncState
from tandem_desktop.ui.communication.calendar_file import CALENDAR_FOLDER_KEY
from tandem_desktop.ui.main_window import MainWindow
from tandem_desktop.ui.settings_dialog import SettingsDialog
from tandem_desktop.ui.translators import Translators

# What a 1280×800 screen leaves for a dialog: its title bar and a desktop's panel.
ROOM_HEIGHT = 800 - 80


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translators = Translators()
    translators.install("de")
    yield
    translators.install("en")


def _shared_with_devices(window: MainWindow, tmp_path: Path) -> None:
    context = window.context
    folder = tmp_path / "Nextcloud" / "Büro der Geschäftsführung"
    folder.mkdir(parents=True)
    share(context.store, context.tandem_id, folder)
    for number, name in enumerate(("MacBook von Claudia", "Büro-PC", "Laptop unterwegs")):
        SyncState(context.store.database).saw(context.tandem_id, f"5f3a9c0d1e2b4a6{number}",
                                              name, "2026-11-29T08:12:00Z")
    context.settings.setValue(CALENDAR_FOLDER_KEY, str(tmp_path))


def _dialog(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_preferences_fit_a_1280_by_800_screen(qtbot: QtBot, window: MainWindow,
                                              tmp_path: Path, german: None) -> None:
    _shared_with_devices(window, tmp_path)
    dialog = _dialog(qtbot, window)
    hint = dialog.sizeHint()
    assert hint.height() <= ROOM_HEIGHT and hint.width() <= 1280 - 40
    # The whole body, not a scroll area's few hundred pixels.
    body = dialog.body
    assert dialog.scroll_area.sizeHint().height() >= body.heightForWidth(
        body.sizeHint().width())


def test_preferences_scroll_on_a_smaller_screen(qtbot: QtBot, window: MainWindow,
                                                tmp_path: Path, german: None,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _shared_with_devices(window, tmp_path)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1024, 500))
    dialog = _dialog(qtbot, window)
    area, body = dialog.scroll_area, dialog.body
    assert dialog.height() <= 500 - 60
    assert area.verticalScrollBar().isVisible()
    qtbot.waitUntil(lambda: body.height() >= body.heightForWidth(body.width()))
    # The body keeps the height its wrapped texts need; the button stays below the table.
    sharing = dialog.sharing
    assert sharing.stop_button.geometry().top() >= sharing.peer_view.geometry().bottom()
    # Nothing is cut off at the side: the scroll bar has room of its own.
    assert body.width() <= area.viewport().width()
    for box in body.findChildren(QCheckBox):
        assert box.width() >= box.sizeHint().width()
    area.ensureWidgetVisible(sharing.stop_button)
    assert area.verticalScrollBar().value() > 0


def test_preferences_do_not_scroll_where_they_fit(qtbot: QtBot, window: MainWindow,
                                                  german: None) -> None:
    dialog = _dialog(qtbot, window)
    area, body = dialog.scroll_area, dialog.body
    assert not area.verticalScrollBar().isVisible()
    assert area.viewport().height() >= body.heightForWidth(area.viewport().width())
    for box in body.findChildren(QCheckBox):
        assert box.width() >= box.sizeHint().width()
